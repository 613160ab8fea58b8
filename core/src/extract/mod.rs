//! The extractor: report text in, typed [`Report`] out.
//!
//! The work is split by what is found:
//!
//! | module | finds |
//! | --- | --- |
//! | `invisible` | format characters that show as nothing, taken out for reading and put back into the spans |
//! | `source` | offsets, clauses and sentences |
//! | `outline` | the heading tree and the part each heading opens |
//! | `documents` | titles in `《…》` with their kind and status |
//! | `figures` | every number: figures with unit and qualifier, and the numbers that are not figures |
//! | `labels` | the words that say what each figure counts |
//! | `lexicon` | the words the reader knows, and a stretch of text cut into them |
//! | `frame` | what the structure of each figure's clause says it counts: act, things, domain, part |
//! | `meaning` | the concept of each figure: its frame against the registry's wordings |
//! | `narrative` | the listed problems and plans |
//! | `meta` | year, jurisdiction, title, publication date |

mod compliance;
mod dates;
mod documents;
mod figures;
mod fold;
mod frame;
mod invisible;
mod labels;
pub(crate) mod lexicon;
pub(crate) mod meaning;
mod meta;
mod narrative;
mod outline;
mod period;
mod reporter;
mod scope;
pub(crate) mod source;
mod tables;
mod words;

pub use documents::kind_of as document_kind_of;

use crate::concepts::Registry;
use crate::error::{Error, Result};
use crate::model::{Document, Fact, FactKind, Label, NotFact, NotFactReason, Part, Report};
use chrono::NaiveDate;
use figures::{Candidate, Region};
use regex::Regex;
use source::Source;
use std::sync::LazyLock;

/// The largest text accepted, in bytes (a report is a few tens of kilobytes).
pub const MAX_TEXT_LEN: usize = 64 * 1024 * 1024;

/// What the caller knows about a report; what is given here wins over what the text says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The reporting government or department, e.g. `朔州市`.
    pub jurisdiction: Option<String>,
    /// The year the report is about.
    pub year: Option<i32>,
    /// The publication date.
    pub published: Option<NaiveDate>,
    /// The address the report was published at.
    pub source: Option<String>,
    /// The report's title as known outside the text (a web page's title). When the text opens
    /// with no title of its own, it is the title, and the jurisdiction and year it names are
    /// used where the text names none.
    pub title: Option<String>,
    /// The name of the file the text was read from (`蒙城县司法局2023年报告.txt`): where the
    /// text names no reporter, the one the name gives.
    pub file_name: Option<String>,
    /// What the user knows of report files, by file: read by
    /// [`crate::files::extract_file`], where it wins over the text and the page.
    pub known: Option<std::sync::Arc<crate::known::Known>>,
    /// The concepts figures are read against: the built-in registry unless the user's own
    /// extend it ([`Registry::from_toml`]).
    pub registry: Registry,
}

impl Options {
    /// Options with a jurisdiction and a year.
    pub fn new(jurisdiction: Option<String>, year: Option<i32>) -> Self {
        Options {
            jurisdiction,
            year,
            ..Options::default()
        }
    }

    /// These options, reading figures against `registry`.
    pub fn with_registry(mut self, registry: Registry) -> Self {
        self.registry = registry;
        self
    }
}

/// Reads a report.
///
/// ```
/// let report = fazhi::extract("一、主要举措和成效\n全年全市共排查各类矛盾纠纷2498件,化解2473件,化解率99。")?;
/// let view = report.dispute_resolution();
/// assert_eq!(view.mediation_disputes_resolved.unwrap().value, 2473.into());
/// assert_eq!(view.mediation_resolution_rate.unwrap().unit, "%");
/// # Ok::<(), fazhi::Error>(())
/// ```
pub fn extract(text: &str) -> Result<Report> {
    extract_with(text, &Options::default())
}

/// Reads a report, with what the caller knows of it.
pub fn extract_with(text: &str, options: &Options) -> Result<Report> {
    if text.len() > MAX_TEXT_LEN {
        return Err(Error::InvalidInput(format!(
            "the text is {} bytes, more than the {} accepted",
            text.len(),
            MAX_TEXT_LEN
        )));
    }
    if let Some(y) = options
        .year
        .filter(|y| !crate::model::REPORT_YEARS.contains(y))
    {
        return Err(Error::InvalidInput(format!(
            "the year {y} given is no year a report is about ({}–{})",
            crate::model::REPORT_YEARS.start(),
            crate::model::REPORT_YEARS.end()
        )));
    }
    // read without the characters that show as nothing; the spans are moved back at the end
    let (read, removed) = invisible::remove(text);
    if read.trim().is_empty() {
        return Err(Error::InvalidInput("the text is empty".into()));
    }
    let mut report = read_report(&read, options)?;
    removed.restore(&mut report);
    Ok(report)
}

/// [`extract_with`] on a text without invisible characters.
fn read_report(text: &str, options: &Options) -> Result<Report> {
    let src = Source::new(text);
    let (outline, heads) = outline::outline(&src);
    let titles = documents::titles(&src);

    let mut regions: Vec<Region> = titles
        .iter()
        .map(|t| Region {
            start: t.start,
            end: t.end,
            reason: NotFactReason::Title,
        })
        .chain(quotes(text).map(|(start, end)| Region {
            start,
            end,
            reason: NotFactReason::Quoted,
        }))
        .chain(heads.iter().map(|h| Region {
            start: h.label_start,
            end: h.label_end,
            reason: NotFactReason::Ordinal,
        }))
        .collect();
    regions.sort_by_key(|r| (r.start, r.end));

    let (mut candidates, mut skips) = figures::scan(&src, &regions);
    tables::read(&src, &mut candidates, &mut skips);
    let mut candidates = split_shared_subjects(&src.folded, candidates);
    let words = lexicon::Tokens::with(&src.folded, options.registry.overlay());
    labels::assign(&src, &words, &mut candidates);
    let sections = outline::SectionIndex::new(&outline);
    let title_spans: Vec<(usize, usize)> = titles.iter().map(|t| (t.start, t.end)).collect();
    let scope = report_scope(&src.folded, options.title.as_deref());
    let mut meta = meta::meta(text);
    if let Some(title) = options.title.as_ref().filter(|_| meta.title.is_none()) {
        meta.year = meta.year.or(meta::meta(title).year);
        meta.title = Some(title.clone());
    }
    meta.year = options.year.or(meta.year);
    let frames = frame::read(
        &src,
        &candidates,
        &outline,
        &sections,
        &title_spans,
        &frame::Covers {
            scope: &scope,
            year: meta.year,
            published: meta.published.map(|d| chrono::Datelike::year(&d)),
        },
        &words,
    );
    // who reported: read from the text alone, and needed to tell its counts from those of a
    // larger jurisdiction it quotes
    let (who, note) = reporter::reporter(
        &src.folded,
        &title_spans,
        &reporter::Hints {
            given: options.jurisdiction.as_deref(),
            page_title: options.title.as_deref(),
            file_name: options.file_name.as_deref(),
        },
    );
    let starts: Vec<usize> = candidates.iter().map(|c| c.start).collect();
    let quoted = scope::quoted(&src, &starts, who.as_ref());
    let meanings = meaning::assign(&src, &candidates, &frames, &quoted, &options.registry);

    let facts = build_facts(&src, &sections, candidates, &meanings, &frames, &mut skips);

    let mut not_facts: Vec<NotFact> = skips
        .into_iter()
        .map(|s| NotFact {
            reason: s.reason,
            span: src.span(s.start, s.end),
            text: text[s.start..s.end].to_string(),
        })
        .collect();
    not_facts.sort_by_key(|n| n.span.start);

    let documents = titles
        .iter()
        .map(|t| Document {
            title: text[t.start..t.end].to_string(),
            kind: t.kind,
            status: t.status,
            section: sections.id_at(t.start),
            span: src.span(t.start - '《'.len_utf8(), t.end + '》'.len_utf8()),
        })
        .collect();

    // the jurisdiction is the reporter's: never a name that is not a division of the gazetteer
    meta.jurisdiction = who.as_ref().map(reporter::jurisdiction_of);
    meta.reporter = who;
    meta.reporter_note = note;
    if let Some(name) = options
        .jurisdiction
        .as_ref()
        .filter(|_| meta.reporter.is_none())
    {
        meta.jurisdiction = Some(meta::jurisdiction_named(name));
    }
    meta.published = options.published.or(meta.published);
    meta.source = options.source.clone().or(meta.source);

    let problems = narrative::items(&src, &outline, &sections, Part::Problems);
    let plans = narrative::items(&src, &outline, &sections, Part::Plans);
    let compliance = compliance::compliance(&src, &outline, &sections, &meta);
    let mut report = Report {
        meta,
        outline,
        facts,
        documents,
        problems,
        plans,
        findings: Vec::new(),
        not_facts,
        compliance,
    };
    report.findings = crate::checks::validate(&report);
    Ok(report)
}

/// What the report says it covers: the short lines that open the text when more follows
/// (its title among them), and the title known outside it. Words of it name the report's own scope, not a part of it.
fn report_scope(text: &str, title: Option<&str>) -> String {
    // the short lines that open a text with more after them (a saved page puts its
    // navigation before the title), up to the first closed as a sentence: a title or a
    // heading is not (`全年受理…2680件。` under a heading is the body)
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(6)
        .collect();
    let mut scope = String::new();
    if lines.len() > 1 {
        let titled = |l: &&&str| l.chars().count() <= 80 && !l.ends_with(['。', '；', ';']);
        for l in lines.iter().take(5).take_while(titled) {
            scope.push_str(l);
            scope.push('\n');
        }
    }
    if let Some(t) = title {
        scope.push('\n');
        scope.push_str(&fold::fold(&invisible::remove(t).0));
    }
    scope
}

/// The frame and meaning of every figure of `text`, one block per figure: for reading why a
/// figure got (or did not get) a concept.
#[cfg(test)]
pub(crate) fn debug_frames(text: &str) -> String {
    use std::fmt::Write as _;
    let (text, _) = invisible::remove(text);
    let text: &str = &text;
    let src = Source::new(text);
    let (outline, heads) = outline::outline(&src);
    let titles = documents::titles(&src);
    let mut regions: Vec<Region> = titles
        .iter()
        .map(|t| Region {
            start: t.start,
            end: t.end,
            reason: NotFactReason::Title,
        })
        .chain(heads.iter().map(|h| Region {
            start: h.label_start,
            end: h.label_end,
            reason: NotFactReason::Ordinal,
        }))
        .collect();
    regions.sort_by_key(|r| (r.start, r.end));
    let (mut candidates, mut skips) = figures::scan(&src, &regions);
    tables::read(&src, &mut candidates, &mut skips);
    let candidates = split_shared_subjects(&src.folded, candidates);
    let words = lexicon::Tokens::new(&src.folded);
    let sections = outline::SectionIndex::new(&outline);
    let title_spans: Vec<(usize, usize)> = titles.iter().map(|t| (t.start, t.end)).collect();
    let scope = report_scope(&src.folded, None);
    // (what the text says of itself, read once)
    let own = meta::meta(text);
    let frames = frame::read(
        &src,
        &candidates,
        &outline,
        &sections,
        &title_spans,
        &frame::Covers {
            scope: &scope,
            year: own.year,
            published: own.published.map(|d| chrono::Datelike::year(&d)),
        },
        &words,
    );
    let meanings = meaning::assign(
        &src,
        &candidates,
        &frames,
        &vec![false; candidates.len()],
        &Registry::built_in(),
    );
    let f = &src.folded;
    let w = |c: &frame::Cite| {
        format!(
            "{}@{:?}",
            &f[c.start..c.end].chars().take(12).collect::<String>(),
            c.from
        )
    };
    let mut out = String::new();
    for ((c, fr), m) in candidates.iter().zip(&frames).zip(&meanings) {
        let _ = writeln!(
            out,
            "{} {} [{}|{}] acts {:?} things {:?} head {:?} domain {:?} across {} part {:?} narrowed {:?} blocks {} breakdown {} whole {:?}\n   => {:?} part {:?}",
            &text[c.start..c.end],
            c.unit,
            &f[fr.left.0..fr.left.1],
            &f[fr.right.0..fr.right.1],
            fr.acts.iter().map(w).collect::<Vec<_>>(),
            fr.things.iter().map(w).collect::<Vec<_>>(),
            match fr.head {
                frame::Head::Foreign(a, b) | frame::Head::Unknown(a, b) =>
                    format!("{:?}", &f[a..b]),
                h => format!("{h:?}"),
            },
            fr.domain
                .map(|(d, c)| (crate::concepts::domain_at(d).map_or("", |d| d.id), w(&c))),
            fr.across,
            fr.part.map(|p| (p.axis, &f[p.start..p.end])),
            fr.narrowed.map(|p| &f[p.start..p.end]),
            fr.blocks.len(),
            fr.after_part_marker,
            fr.whole
                .map(|w| &text[candidates[w].start..candidates[w].end]),
            m.concept.map(|c| c.id),
            m.part.map(|p| p.0.id),
        );
    }
    out
}

/// The facts of the candidates, in reading order: ids, concepts (a change has none: its base
/// does), units of zero words, sections, spans, and the `其中` breakdowns. A zero word with no
/// concept (a bare `清零`) becomes a not-fact in `skips`.
fn build_facts(
    src: &Source,
    sections: &outline::SectionIndex,
    candidates: Vec<Candidate>,
    meanings: &[meaning::Meaning],
    frames: &[frame::Frame],
    skips: &mut Vec<figures::Skip>,
) -> Vec<Fact> {
    let text = src.text;
    let mut facts: Vec<Fact> = Vec::with_capacity(candidates.len());
    // the level facts of the current sentence (what a change there can be of), and its index
    let mut levels: Vec<usize> = Vec::new();
    let mut levels_sentence = usize::MAX;
    // the fact made of each candidate (a bare zero word makes none)
    let mut fact_of: Vec<Option<usize>> = Vec::with_capacity(candidates.len());
    // where bare digits end: a figure one space after them may be their continuation
    // (`，1 6起`), so what it counts is not known
    let bare_ends: std::collections::HashSet<usize> = skips
        .iter()
        .filter(|s| {
            s.reason == NotFactReason::Bare
                && text[s.start..s.end].bytes().all(|b| b.is_ascii_digit())
        })
        .map(|s| s.end)
        .collect();
    for (k, (c, m)) in candidates.into_iter().zip(meanings).enumerate() {
        let concept = m.concept;
        let sentence = src.sentence_index(c.start);
        if sentence != levels_sentence {
            levels.clear();
            levels_sentence = sentence;
        }
        let (mut concept_id, mut unit) = (concept.map(|k| k.id.to_string()), c.unit);
        let mut change_of = None;
        if c.kind != FactKind::Level {
            // a change belongs to the level stated before it in the same sentence that it can
            // be a change of: percentage points change a rate, an absolute change a figure in
            // its own unit, a percent or a multiple any figure
            let fits = |f: &Fact| match c.kind {
                FactKind::ChangePoints => f.unit == "%",
                FactKind::ChangeAbsolute => f.unit == unit,
                _ => true,
            };
            let base = levels.iter().rev().map(|&i| &facts[i]).find(|f| fits(f));
            // a change carries no concept of its own: its base does
            change_of = base.map(|b| b.id.clone());
            concept_id = None;
        }
        if c.zero_word {
            match concept.or(m.part.map(|p| p.0)) {
                Some(k) => unit = k.unit.to_string(),
                None => {
                    // a bare 清零 with no known subject says nothing countable
                    skips.push(figures::Skip {
                        start: c.start,
                        end: c.end,
                        reason: NotFactReason::Word,
                    });
                    fact_of.push(None);
                    continue;
                }
            }
        }
        let id = format!("f{}", facts.len() + 1);
        // the whole of a `其中` part, when it is in the same unit (or the part is a named item)
        let part_of = m
            .whole
            .or(frames[k].whole)
            .and_then(|w| fact_of.get(w).copied().flatten())
            .filter(|&w| {
                facts[w].unit == unit || m.part.is_some_and(|p| p.1.axis == frame::Axis::Item)
            })
            .map(|w| facts[w].id.clone());
        let (mut dimension, mut evidence) = meaning::describe(src, m, c.kind);
        let split = text[c.start..].starts_with(|c: char| c.is_ascii_digit())
            && text[..c.start].ends_with(' ')
            && bare_ends.contains(&(c.start - 1));
        if split {
            (concept_id, dimension, evidence) = (None, None, None);
            if let Some(s) = skips.iter_mut().find(|s| s.end + 1 == c.start) {
                s.reason = NotFactReason::Split;
            }
        }
        fact_of.push(Some(facts.len()));
        facts.push(Fact {
            id,
            concept: concept_id,
            value: c.value,
            unit,
            qualifier: c.qualifier,
            kind: c.kind,
            change_of,
            part_of,
            written_unit: c.written_unit,
            section: sections.id_at(c.start),
            span: src.span(c.start, c.end),
            text: text[c.start..c.end].to_string(),
            label: c.label.map(|(a, b)| Label {
                text: text[a..b].to_string(),
                span: src.span(a, b),
            }),
            dimension,
            evidence,
        });
        if facts.last().is_some_and(|f| f.kind == FactKind::Level) {
            levels.push(facts.len() - 1);
        }
    }
    facts
}

/// Closed quotations `“…”`, `「…」`, `‘…’` of at most 60 characters within one sentence.
/// An unclosed one covers nothing: its numbers are read like any other.
fn quotes(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    // the opening marks are three-byte characters led by 0xE2 (“ ‘) or 0xE3 (「)
    memchr::memchr2_iter(0xE2, 0xE3, text.as_bytes()).filter_map(move |b| {
        let c = text.get(b..)?.chars().next()?;
        let close = match c {
            '“' => '”',
            '「' => '」',
            '‘' => '’',
            _ => return None,
        };
        let start = b + c.len_utf8();
        for (n, (i, d)) in text[start..].char_indices().enumerate() {
            if d == close {
                return Some((start, start + i));
            }
            if n >= 60 || d == c || matches!(d, '。' | '\n' | '“' | '「') {
                return None;
            }
        }
        None
    })
}

static SHARED_RATES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:\p{Han}{1,10}率)(?:[、和及]\p{Han}{1,10}率)+)(?:均|都)(?:为|达|达到|是|保持)?[ \u3000]*$").unwrap()
});
/// `A、B分别为`: a list of subjects whose figures follow in the same order.
static RESPECTIVELY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"([^，,；;：:。]*?、[^，,；;：:。]*?)分别(?:为|是|达到|达|有)?[ \u3000]*$").unwrap()
});

/// The pieces of a list (byte ranges): split at `、`, and at `和`/`及` right after a rate word
/// (a 和 inside a word such as 和解 stays).
fn list_pieces(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    let mut piece_start = start;
    let mut prev = ' ';
    for (i, ch) in text[start..end].char_indices() {
        let at = start + i;
        if ch == '、' || (prev == '率' && matches!(ch, '和' | '及')) {
            pieces.push((piece_start, at));
            piece_start = at + ch.len_utf8();
        }
        prev = ch;
    }
    pieces.push((piece_start, end));
    pieces
}

/// Subjects that share figures. `办结率、满意率均为100%` is two facts on one figure;
/// `办结率、满意率分别为98.6%、97.3%` and `受理、审结行政复议案件分别为48件、45件` give each
/// figure its own subject, in order. Each candidate then looks for its cue in its own piece.
fn split_shared_subjects(text: &str, candidates: Vec<Candidate>) -> Vec<Candidate> {
    let mut out = Vec::with_capacity(candidates.len());
    // subjects still waiting for their figure after `分别为`
    let mut pending: std::collections::VecDeque<(usize, usize)> = std::collections::VecDeque::new();
    let mut last_end = 0;
    for c in candidates {
        let joined = text[last_end.min(c.start)..c.start]
            .trim_matches(|ch: char| matches!(ch, '、' | ' ' | '和' | '及'));
        if !joined.is_empty() || c.kind != FactKind::Level {
            pending.clear();
        }
        last_end = c.extent_end;
        if c.kind != FactKind::Level {
            out.push(c);
            continue;
        }
        if let Some(window) = pending.pop_front() {
            out.push(Candidate {
                cue_window: Some(window),
                ..c
            });
            continue;
        }
        let before = &text[..c.start];
        let clause_start = source::clause_start(before);
        let left = &before[clause_start..];
        if let Some(list) = RESPECTIVELY.captures(left).and_then(|cap| cap.get(1)) {
            let pieces = list_pieces(text, clause_start + list.start(), clause_start + list.end());
            pending.extend(pieces.iter().skip(1));
            out.push(Candidate {
                cue_window: Some(pieces[0]),
                ..c
            });
            continue;
        }
        match SHARED_RATES.captures(left).and_then(|cap| cap.get(1)) {
            Some(list) if c.unit == "%" => {
                for window in
                    list_pieces(text, clause_start + list.start(), clause_start + list.end())
                {
                    out.push(Candidate {
                        cue_window: Some(window),
                        ..c.clone()
                    });
                }
            }
            _ => out.push(c),
        }
    }
    out
}
