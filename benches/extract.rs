//! Benchmarks of extraction and JSON on the bundled report, in MB/s of report text.
//!
//! `cargo bench -p fazhi --bench extract`. The `baseline/aho_corasick_cues` line scans the
//! same text once for every word of the concept registry's wordings (acts, things, marks)
//! and domains: the floor that any extractor reading those words must pay. The ratio of the
//! two is reported in the README.

use aho_corasick::AhoCorasick;
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;

const TEXT: &str = include_str!("../examples/data/shuozhou-2024.txt");

#[path = "cue_words.rs"]
mod cue_words;
use cue_words::cue_words;

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("shuozhou-2024");
    group.throughput(Throughput::Bytes(TEXT.len() as u64));
    // warm the lazily compiled registry patterns outside the measurement
    let report = fazhi::extract(TEXT).expect("the bundled report extracts");
    group.bench_function("extract", |b| {
        b.iter(|| fazhi::extract(black_box(TEXT)).expect("extracts"))
    });
    let ac = AhoCorasick::new(cue_words()).expect("cue words build an automaton");
    group.bench_function("baseline/aho_corasick_cues", |b| {
        b.iter(|| ac.find_overlapping_iter(black_box(TEXT)).count())
    });
    let json = fazhi::json::to_json(&report);
    group.bench_function("to_json", |b| {
        b.iter(|| fazhi::json::to_json(black_box(&report)))
    });
    group.bench_function("from_json", |b| {
        b.iter(|| fazhi::json::from_json(black_box(&json)).expect("reads back"))
    });
    group.finish();

    // throughput stays flat as the input grows: the extractor is linear in the text
    let mut scaling = c.benchmark_group("scaling");
    for copies in [1usize, 10, 100] {
        let text = TEXT.repeat(copies);
        scaling.throughput(Throughput::Bytes(text.len() as u64));
        scaling.sample_size(if copies >= 100 { 10 } else { 30 });
        scaling.bench_function(format!("extract_x{copies}"), |b| {
            b.iter(|| fazhi::extract(black_box(&text)).expect("extracts"))
        });
    }
    scaling.finish();

    // hostile shapes a scraper can produce, at N and 10 N: the time must grow ~10×, not 100×
    let mut hostile = c.benchmark_group("adversarial");
    hostile.sample_size(10);
    for (name, shape) in ADVERSARIAL {
        for n in [300usize, 3000] {
            let text = shape(n);
            hostile.throughput(Throughput::Bytes(text.len() as u64));
            hostile.bench_function(format!("{name}/{n}"), |b| {
                b.iter(|| fazhi::extract(black_box(&text)))
            });
        }
    }
    hostile.finish();

    // a report with a finding on every figure, at N and 10 N: the review page and the checks
    // look findings up once, so the time grows ~10×, not 100×
    let mut findings = c.benchmark_group("findings");
    findings.sample_size(10);
    for n in [300usize, 3000] {
        let text = format!("一、人民调解\n{}", "调解成功率达150%，".repeat(n));
        let report = fazhi::extract(&text).expect("extracts");
        assert_eq!(report.findings.len(), n, "one finding per figure");
        findings.throughput(Throughput::Elements(n as u64));
        findings.bench_function(format!("review_page/{n}"), |b| {
            b.iter(|| fazhi::html::review(black_box(&text), black_box(&report)))
        });
        findings.bench_function(format!("validate/{n}"), |b| {
            b.iter(|| fazhi::validate(black_box(&report)))
        });
    }
    findings.finish();
}

/// Texts built to make a careless extractor quadratic: one long clause of figures or
/// numerals (a page whose punctuation was lost), lines that look like headings (or begin with
/// digits), a long `其中` list, many changes in one clause, many rates with their context
/// words, nested titles, unclosed quotes.
type Shape = fn(usize) -> String;
const ADVERSARIAL: [(&str, Shape); 10] = [
    ("clause_of_figures", |n| "受理行政复议案件3件".repeat(n)),
    ("heading_digits", |n| "\n12345".repeat(n)),
    ("changes", |n| "同比增长1%".repeat(n)),
    ("clause_of_numerals", |n| "三个".repeat(n)),
    ("heading_lines", |n| "（一）加强领导\n".repeat(n)),
    ("breakdown", |n| {
        format!("共{n}件，其中{}", "甲类1件、".repeat(n))
    }),
    ("rates_with_context", |n| "行政复议纠错率5%、".repeat(n)),
    ("nested_titles", |n| {
        format!("{}{}", "《〈".repeat(n), "〉》".repeat(n))
    }),
    ("unclosed_quotes", |n| "“受理3件".repeat(n)),
    ("mixed_rates", |n| {
        "复议纠错率5%，诉讼败诉率3%，调解成功率98%，".repeat(n)
    }),
];

criterion_group!(benches, bench);
criterion_main!(benches);
