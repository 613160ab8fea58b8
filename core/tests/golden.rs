//! Golden tests on the hand-checked Shuozhou 2024 report (tests/data/).

use fazhi::{FactKind, NotFactReason, Report, Severity};
use rust_decimal::Decimal;
use std::collections::HashSet;

const TEXT: &str = include_str!("data/shuozhou-2024.txt");
const FACTS: &str = include_str!("data/shuozhou-2024.facts.tsv");
const DOCUMENTS: &str = include_str!("data/shuozhou-2024.documents.tsv");

struct Row<'a> {
    concept: &'a str,
    value: Decimal,
    unit: &'a str,
    qualifier: &'a str,
    span: (usize, usize),
    text: &'a str,
    flag: &'a str,
}

fn rows() -> Vec<Row<'static>> {
    FACTS
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            Row {
                concept: c[0],
                value: c[1].parse().unwrap(),
                unit: c[2],
                qualifier: c[3],
                span: (c[4].parse().unwrap(), c[5].parse().unwrap()),
                text: c[6],
                flag: c.get(7).copied().unwrap_or(""),
            }
        })
        .collect()
}

fn report() -> Report {
    fazhi::extract(TEXT).unwrap()
}

#[test]
fn all_59_facts_with_concept_value_unit_qualifier_and_span() {
    let r = report();
    let rows = rows();
    assert_eq!(rows.len(), 59);
    let mut missing = Vec::new();
    for row in &rows {
        let found = r
            .facts
            .iter()
            .find(|f| (f.span.char_start, f.span.char_end) == row.span);
        let Some(f) = found else {
            missing.push(format!(
                "{} {} at {:?}: no fact",
                row.concept, row.text, row.span
            ));
            continue;
        };
        let got = (
            f.concept.as_deref(),
            f.value,
            f.unit.as_str(),
            f.qualifier.as_str(),
            f.text.as_str(),
        );
        let want = (
            Some(row.concept),
            row.value,
            row.unit,
            row.qualifier,
            row.text,
        );
        if got != want {
            missing.push(format!("{:?}: got {got:?}, want {want:?}", row.span));
        }
        assert_eq!(f.kind, FactKind::Level);
        assert_eq!(
            &TEXT[f.span.start..f.span.end],
            f.text,
            "byte span of {}",
            f.id
        );
    }
    assert!(
        missing.is_empty(),
        "{} of 59 facts wrong:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn no_other_fact_gets_a_concept() {
    let r = report();
    let spans: HashSet<(usize, usize)> = rows().iter().map(|r| r.span).collect();
    let extra: Vec<String> = r
        .facts
        .iter()
        .filter(|f| f.concept.is_some() && !spans.contains(&(f.span.char_start, f.span.char_end)))
        .map(|f| format!("{} {:?} {}", f.id, f.concept, f.text))
        .collect();
    assert!(
        extra.is_empty(),
        "facts with a concept the table does not give: {extra:?}"
    );
}

#[test]
fn all_27_documents_with_kinds_and_spans() {
    let r = report();
    let want: Vec<(usize, usize, String, String)> = DOCUMENTS
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let c: Vec<&str> = l.split('\t').collect();
            (
                c[0].parse().unwrap(),
                c[1].parse().unwrap(),
                c[2].to_string(),
                c[3].to_string(),
            )
        })
        .collect();
    assert_eq!(want.len(), 27);
    let got: Vec<(usize, usize, String, String)> = r
        .documents
        .iter()
        .map(|d| {
            (
                d.span.char_start,
                d.span.char_end,
                d.title.clone(),
                d.kind.as_str().to_string(),
            )
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn problems_plans_and_meta() {
    let r = report();
    assert_eq!(r.problems.len(), 3);
    assert!(r.problems[1].text.starts_with("基层法治机构职能弱化"));
    assert_eq!(r.plans.len(), 5);
    assert!(r.plans[4].text.starts_with("努力提升社会治理能力"));
    for item in r.problems.iter().chain(&r.plans) {
        assert_eq!(&TEXT[item.span.start..item.span.end], item.text);
    }
    assert_eq!(r.meta.year, Some(2024));
    let j = r.meta.jurisdiction.as_ref().unwrap();
    assert_eq!(j.name, "朔州市");
    assert_eq!(j.division_code.as_deref(), Some("140600"));
    let tops: Vec<&str> = r
        .outline
        .iter()
        .filter(|s| s.level == 1)
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(
        tops,
        ["主要举措和成效", "存在问题", "2025年法治政府建设初步安排"]
    );
    assert_eq!(r.outline.iter().filter(|s| s.level == 2).count(), 10);
}

#[test]
fn every_fact_knows_its_section() {
    let r = report();
    let accepted = r
        .fact("dispute_resolution.reconsideration.accepted")
        .unwrap();
    let section = r
        .outline
        .iter()
        .find(|s| Some(&s.id) == accepted.section.as_ref())
        .unwrap();
    assert_eq!(section.label, "一是");
    assert!(section.id.starts_with("1.5."), "{}", section.id);
    assert!(r.facts.iter().all(|f| f.section.is_some()));
}

/// Every run of Arabic digits is in a fact, or recorded as not a fact with its reason.
#[test]
fn every_run_of_digits_is_accounted_for() {
    let r = report();
    let chars: Vec<char> = TEXT.chars().collect();
    let mut i = 0;
    let mut unaccounted = Vec::new();
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let covered = |s: &fazhi::Span| s.char_start <= start && i <= s.char_end;
            let ok = r.facts.iter().any(|f| covered(&f.span))
                || r.not_facts.iter().any(|n| covered(&n.span));
            if !ok {
                unaccounted.push(chars[start..i].iter().collect::<String>());
            }
        } else {
            i += 1;
        }
    }
    assert!(
        unaccounted.is_empty(),
        "digit runs neither fact nor not-fact: {unaccounted:?}"
    );
    let reasons: HashSet<NotFactReason> = r.not_facts.iter().map(|n| n.reason).collect();
    for want in [
        NotFactReason::Year,
        NotFactReason::Title,
        NotFactReason::Quoted,
        NotFactReason::Hotline,
        NotFactReason::Date,
    ] {
        assert!(reasons.contains(&want), "no {want:?} among {reasons:?}");
    }
    let hotline = r
        .not_facts
        .iter()
        .find(|n| n.reason == NotFactReason::Hotline)
        .unwrap();
    assert_eq!(hotline.text, "12345");
}

#[test]
fn findings_flag_the_garbled_figures_and_nothing_clean() {
    let r = report();
    for row in rows() {
        let f = r
            .facts
            .iter()
            .find(|f| (f.span.char_start, f.span.char_end) == row.span)
            .unwrap();
        let on: Vec<_> = r
            .findings
            .iter()
            .filter(|x| x.facts.contains(&f.id))
            .collect();
        match row.flag {
            "must_flag" => assert!(
                on.iter()
                    .any(|x| x.severity == Severity::Error && x.suggestion.is_some()),
                "{} {}: no error with a suggestion in {on:?}",
                row.concept,
                row.text
            ),
            "may_flag" => assert!(
                on.iter().all(|x| x.severity <= Severity::Warning),
                "{}: {on:?}",
                row.concept
            ),
            _ => assert!(
                on.is_empty(),
                "clean fact {} {} flagged: {on:?}",
                row.concept,
                row.text
            ),
        }
    }
    // the suggested repairs: a lost decimal point, and a lost point, % sign and separator
    let repair = |concept: &str| {
        let fact = r.fact(concept).unwrap();
        r.findings
            .iter()
            .find(|x| x.facts == [fact.id.clone()] && x.rule == "rate.out_of_range")
            .and_then(|x| x.suggestion.as_ref())
            .map(|s| s.value.to_string())
    };
    assert_eq!(
        repair("legal_services.free_consultations.completion_rate").as_deref(),
        Some("143.27")
    );
    assert_eq!(
        repair("enforcement.townships.burden_reduction_rate").as_deref(),
        Some("54.23")
    );
    let burden = r
        .fact("enforcement.townships.burden_reduction_rate")
        .unwrap();
    assert_eq!(burden.written_unit.as_deref(), Some("项"));
}

#[test]
fn typed_views_agree_with_the_facts() {
    let r = report();
    let d = r.dispute_resolution();
    assert_eq!(
        d.reconsideration_accepted.unwrap().value,
        Decimal::from(291)
    );
    assert_eq!(
        d.reconsideration_concluded.unwrap().value,
        Decimal::from(224)
    );
    assert!(d.litigation_cases.is_none());
    assert_eq!(r.enforcement().fines_and_confiscations.unwrap().unit, "元");
    for (_, ids) in fazhi::concepts::view_concept_ids() {
        for id in ids {
            let by_view = serde_json::to_value(r.fact(id)).unwrap();
            let by_list = serde_json::to_value(
                r.facts
                    .iter()
                    .find(|f| f.concept.as_deref() == Some(id) && f.kind == FactKind::Level),
            )
            .unwrap();
            assert_eq!(by_view, by_list, "{id}");
        }
    }
}

#[test]
fn extraction_is_deterministic_and_survives_round_trip() {
    let a = report();
    let b = report();
    assert_eq!(a, b);
    let json = fazhi::json::to_json(&a);
    assert_eq!(fazhi::json::from_json(&json).unwrap(), a);
    assert_eq!(fazhi::validate(&a), a.findings);
}

#[test]
fn review_page_marks_every_fact_and_document_of_the_fixture() {
    let report = fazhi::extract(TEXT).unwrap();
    let page = fazhi::html::review(TEXT, &report);
    assert_eq!(page.matches("<mark data-fact=").count(), report.facts.len());
    for f in &report.facts {
        // each mark holds the figure exactly as written
        let mark = format!("<mark data-fact=\"{}\"", f.id);
        let at = page.find(&mark).unwrap();
        let body = &page[at..];
        let inner = &body[body.find('>').unwrap() + 1..body.find("</mark>").unwrap()];
        assert_eq!(inner, f.text, "{}", f.id);
    }
    assert_eq!(
        page.matches("<span class=\"document\"").count(),
        report.documents.len()
    );
    assert_eq!(
        page.matches("<li class=\"finding").count(),
        report.findings.len()
    );
    assert!(page.matches("sev-error").count() >= 2, "the garbled rates");
    // self-contained and small
    assert!(!page.contains("http://") && !page.contains("https://") && !page.contains(" src="));
    assert!(
        page.len() < 4 * TEXT.len() + 200_000,
        "{} bytes",
        page.len()
    );
    // the outline is the navigation: one anchor per section
    for s in &report.outline {
        assert!(page.contains(&format!("id=\"s-{}\"", s.id)), "{}", s.id);
    }
}
