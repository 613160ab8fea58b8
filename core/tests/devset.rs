//! The development corpus (`data/devset/`): 76 real report passages with every fact annotated
//! by hand (see `data/devset/INDEX.md`); a concept cell of `-` says that no concept of the
//! registry fits the figure, so any concept given to it is wrong. The extractor is scored on
//! it the way `../shared/tools/devscore` scores it, and the test fails when a score falls
//! below the level reached: a ratchet, so that accuracy never drops without anyone noticing.
//! Raise the floors when the extractor gets better.
//!
//! The passages whose names start with a–g (15 of 76, a fixed fifth) are kept out of the
//! reading that rules are written from: their floors are those of text the rules were not
//! written for, and they are scored and bounded on their own.

use fazhi::{Fact, Qualifier};
use rust_decimal::Decimal;
use std::collections::HashSet;
use std::path::Path;

/// The floors: what the extractor reaches today on the whole corpus.
const MIN_FIGURES: usize = 746; // of 752 annotated facts: found with the right value and unit
const MIN_QUALIFIERS: usize = 746; // of those, with the right qualifier
const MIN_CONCEPTS: usize = 154; // of 169 annotated with a concept: exactly that concept
const MAX_WRONG: usize = 2; // given a concept where the annotation has another or `-`
const MAX_UNANNOTATED: usize = 4; // a concept where the annotation leaves the cell empty
const MAX_UNLABELLED: usize = 1; // facts without a label (jiangyin: `有320件已完成`)

/// The floors of the fifth not read (names a–g).
const HELD_OUT_MIN_CONCEPTS: usize = 31; // of 45
const HELD_OUT_MAX_WRONG: usize = 2;

/// Whether a passage belongs to the fifth kept out of the reading.
fn held_out(name: &str) -> bool {
    name.starts_with(|c: char| ('a'..='g').contains(&c))
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    annotated: usize,
    figures: usize,
    qualifiers: usize,
    with_concept: usize,
    concepts: usize,
    wrong: usize,
    unannotated: usize,
    unlabelled: usize,
}

impl std::ops::AddAssign for Score {
    fn add_assign(&mut self, o: Score) {
        self.annotated += o.annotated;
        self.figures += o.figures;
        self.qualifiers += o.qualifiers;
        self.with_concept += o.with_concept;
        self.concepts += o.concepts;
        self.wrong += o.wrong;
        self.unannotated += o.unannotated;
        self.unlabelled += o.unlabelled;
    }
}

/// A value and unit compared the way the annotation writes them: money in yuan, traditional
/// measure words as simplified ones.
fn normalised(value: Decimal, unit: &str) -> (Decimal, String) {
    let unit: String = unit
        .chars()
        .map(|c| match c {
            '個' => '个',
            '項' => '项',
            '場' => '场',
            '條' => '条',
            '處' => '处',
            '戶' => '户',
            '萬' => '万',
            '億' => '亿',
            '％' => '%',
            c => c,
        })
        .collect();
    match unit.as_str() {
        "万元" => (value * Decimal::from(10_000), "元".into()),
        "亿元" => (value * Decimal::from(100_000_000), "元".into()),
        _ => (value, unit),
    }
}

fn qualifier(s: &str) -> Qualifier {
    match s.trim() {
        "at_least" => Qualifier::AtLeast,
        "at_most" => Qualifier::AtMost,
        "about" => Qualifier::About,
        _ => Qualifier::Exact,
    }
}

fn score(text: &str, tsv: &str, facts: &[Fact], misses: &mut Vec<String>) -> Score {
    let mut s = Score {
        unlabelled: facts.iter().filter(|f| f.label.is_none()).count(),
        ..Score::default()
    };
    let chars: Vec<char> = text.chars().collect();
    let mut used = HashSet::new();
    for line in tsv.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [concept, phrase, value, unit, qual, ..] = cols[..] else {
            panic!("bad annotation line {line:?}");
        };
        let want = concept.trim();
        let Some(byte_at) = text.find(phrase) else {
            panic!("phrase {phrase:?} not in the text");
        };
        let a = text[..byte_at].chars().count();
        let b = a + phrase.chars().count();
        assert!(b <= chars.len());
        let Ok(value) = value.trim().parse::<Decimal>() else {
            panic!("bad value in {line:?}");
        };
        let target = normalised(value, unit.trim());
        s.annotated += 1;
        s.with_concept += usize::from(!want.is_empty() && want != "-");
        let hit = facts.iter().enumerate().find(|(i, f)| {
            f.span.char_start < b
                && a < f.span.char_end
                && normalised(f.value, &f.unit) == target
                && !used.contains(i)
        });
        let Some((i, f)) = hit else {
            misses.push(format!("missed {phrase} = {value}{unit}"));
            continue;
        };
        used.insert(i);
        s.figures += 1;
        if f.qualifier == qualifier(qual) {
            s.qualifiers += 1;
        } else {
            misses.push(format!("qualifier {phrase}: {:?}", f.qualifier));
        }
        match (want, f.concept.as_deref()) {
            ("-", Some(got)) => {
                s.wrong += 1;
                misses.push(format!("WRONG {phrase}: {got} (no concept fits)"));
            }
            ("-", None) => {}
            ("", Some(got)) => {
                s.unannotated += 1;
                misses.push(format!("unannotated {phrase}: {got}"));
            }
            ("", None) => {}
            (want, Some(got)) if got == want => s.concepts += 1,
            (want, Some(got)) => {
                s.wrong += 1;
                misses.push(format!("WRONG {phrase}: {got} (want {want})"));
            }
            (want, None) => misses.push(format!("no concept {phrase} (want {want})")),
        }
    }
    s
}

#[test]
fn scores_on_the_development_corpus_do_not_fall() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/devset/reports");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .expect("the corpus is in the repository")
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".txt").map(str::to_string)
        })
        .collect();
    names.sort();
    assert_eq!(names.len(), 76, "the corpus has 76 passages");
    let mut total = Score::default();
    let mut unread = Score::default();
    let mut notes = Vec::new();
    for name in &names {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let tsv = std::fs::read_to_string(dir.join(format!("{name}.facts.tsv"))).unwrap();
        let report = fazhi::extract(&text).unwrap();
        let mut misses = Vec::new();
        let s = score(&text, &tsv, &report.facts, &mut misses);
        total += s;
        if held_out(name) {
            // the misses of the unread fifth are not printed: they are not for reading
            unread += s;
        } else {
            notes.extend(misses.into_iter().map(|m| format!("{name}: {m}")));
        }
    }
    let line = format!(
        "figures {}/{}, qualifiers {}/{}, concepts {}/{}, wrong {}, unannotated {}, unlabelled {}",
        total.figures,
        total.annotated,
        total.qualifiers,
        total.annotated,
        total.concepts,
        total.with_concept,
        total.wrong,
        total.unannotated,
        total.unlabelled
    );
    let precision = |s: &Score| 100.0 * s.concepts as f64 / (s.concepts + s.wrong).max(1) as f64;
    println!(
        "{line}, precision {:.1}%\nunread fifth: concepts {}/{}, wrong {}, precision {:.1}%\n{}",
        precision(&total),
        unread.concepts,
        unread.with_concept,
        unread.wrong,
        precision(&unread),
        notes.join("\n")
    );
    assert_eq!(total.annotated, 752);
    assert_eq!(total.with_concept, 169);
    // (what, score, bound, whether the bound is a floor or a ceiling)
    let bounds = [
        ("figures", total.figures, MIN_FIGURES, true),
        ("qualifiers", total.qualifiers, MIN_QUALIFIERS, true),
        ("concepts", total.concepts, MIN_CONCEPTS, true),
        ("wrong concepts", total.wrong, MAX_WRONG, false),
        (
            "concepts of the unread fifth",
            unread.concepts,
            HELD_OUT_MIN_CONCEPTS,
            true,
        ),
        (
            "wrong concepts of the unread fifth",
            unread.wrong,
            HELD_OUT_MAX_WRONG,
            false,
        ),
        (
            "unannotated concepts",
            total.unannotated,
            MAX_UNANNOTATED,
            false,
        ),
        (
            "facts without a label",
            total.unlabelled,
            MAX_UNLABELLED,
            false,
        ),
    ];
    let fallen: Vec<String> = bounds
        .iter()
        .filter(|&&(_, got, bound, floor)| if floor { got < bound } else { got > bound })
        .map(|(what, got, bound, floor)| {
            format!(
                "{what}: {got}, {} {bound}",
                if *floor { "floor" } else { "ceiling" }
            )
        })
        .collect();
    assert!(
        fallen.is_empty(),
        "the development corpus scores fell ({}): {line}\n{}",
        fallen.join("; "),
        notes.join("\n")
    );
}
