//! The `repr(C)` structs the accessors fill, and how each is made from a part of the report
//! and the C strings of that part (borrowed from the report, valid until it is freed).
//!
//! **ABI policy.** Every struct starts with `size_t size`, which the caller sets to the
//! `sizeof` of the struct its header declares. An accessor writes only the fields that fit in
//! that size (`write_sized`), so fields are only ever added at the end and a program built
//! against an older header keeps working.

use crate::strings::Texts;
use fazhi::{
    Compliance, Concept, Document, Fact, Finding, Meta, NarrativeItem, NotFact, PartCoverage,
    Section,
};
use rust_decimal::prelude::ToPrimitive;
use std::ffi::c_char;
use std::mem::size_of;

/// The JSON name of a model enum (`issued`, `measures`).
fn name<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// One fact, borrowed from its report.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_fact {
    /// Set by the caller to `sizeof(fazhi_fact)`: the fields that fit are written.
    pub size: usize,
    /// Stable id within the report (`f1`, `f2`, …).
    pub id: *const c_char,
    /// The concept id, or NULL when the figure's meaning is unknown.
    pub concept: *const c_char,
    /// The exact decimal value as text (`243150000`, `29.83`).
    pub value: *const c_char,
    /// The unit (`件`, `元`, `%`).
    pub unit: *const c_char,
    /// `exact`, `at_least`, `at_most` or `about`.
    pub qualifier: *const c_char,
    /// `level`, `change_percent`, `change_points`, `change_absolute` or `change_factor`.
    pub kind: *const c_char,
    /// The figure as written.
    pub text: *const c_char,
    /// The value as a double, for convenience (may round).
    pub value_f64: f64,
    /// First byte of the figure in the source text.
    pub start: usize,
    /// One past the last byte of the figure in the source text.
    pub end: usize,
    /// First code point of the figure.
    pub char_start: usize,
    /// One past the last code point of the figure.
    pub char_end: usize,
    /// The words of the text that say what the figure counts (`受理行政复议案件`), or NULL.
    pub label: *const c_char,
    /// First byte of the label (0 when there is none).
    pub label_start: usize,
    /// One past the last byte of the label.
    pub label_end: usize,
    /// For a change, the id of the fact it changes; else NULL.
    pub change_of: *const c_char,
    /// For a part listed after `其中`, the id of its whole; else NULL.
    pub part_of: *const c_char,
    /// The id of the outline section holding it, or NULL.
    pub section: *const c_char,
    /// For a part of a concept's count (the fact then has no concept of its own), that
    /// concept; else NULL.
    pub dimension_concept: *const c_char,
    /// `category`, `field`, `channel`, `stage`, `period` or `item`; NULL without a dimension.
    pub dimension_axis: *const c_char,
    /// The words that name the part (`投诉举报类`), or NULL.
    pub dimension_member: *const c_char,
    /// The act the concept was read from (`受理`), or NULL.
    pub evidence_act: *const c_char,
    /// The thing the concept was read from (`案件`), or NULL.
    pub evidence_thing: *const c_char,
    /// The id of the domain the concept was read in (`reconsideration`), or NULL.
    pub evidence_domain: *const c_char,
    /// Where the domain was read: `clause`, `clause_before`, `sentence_before`, `heading` or
    /// `paragraph_before`; NULL without a domain.
    pub evidence_domain_from: *const c_char,
}

pub(crate) fn fact_texts(f: &Fact) -> Texts {
    Texts::new([
        Some(f.id.as_str()),
        f.concept.as_deref(),
        Some(&f.value.to_string()),
        Some(f.unit.as_str()),
        Some(f.qualifier.as_str()),
        Some(f.kind.as_str()),
        Some(f.text.as_str()),
        f.label.as_ref().map(|l| l.text.as_str()),
        f.change_of.as_deref(),
        f.part_of.as_deref(),
        f.section.as_deref(),
        f.dimension.as_ref().map(|d| d.concept.as_str()),
        f.dimension.as_ref().map(|d| d.axis.as_str()),
        f.dimension.as_ref().map(|d| d.member.as_str()),
        f.evidence
            .as_ref()
            .and_then(|e| e.act.as_ref())
            .map(|c| c.text.as_str()),
        f.evidence
            .as_ref()
            .and_then(|e| e.thing.as_ref())
            .map(|c| c.text.as_str()),
        f.evidence.as_ref().and_then(|e| e.domain_id.as_deref()),
        f.evidence
            .as_ref()
            .and_then(|e| e.domain.as_ref())
            .map(|c| c.from.as_str()),
    ])
}

pub(crate) fn fact_view(f: &Fact, t: &Texts) -> fazhi_fact {
    fazhi_fact {
        size: size_of::<fazhi_fact>(),
        id: t.get(0),
        concept: t.get(1),
        value: t.get(2),
        unit: t.get(3),
        qualifier: t.get(4),
        kind: t.get(5),
        text: t.get(6),
        value_f64: f.value.to_f64().unwrap_or(f64::NAN),
        start: f.span.start,
        end: f.span.end,
        char_start: f.span.char_start,
        char_end: f.span.char_end,
        label: t.get(7),
        label_start: f.label.as_ref().map_or(0, |l| l.span.start),
        label_end: f.label.as_ref().map_or(0, |l| l.span.end),
        change_of: t.get(8),
        part_of: t.get(9),
        section: t.get(10),
        dimension_concept: t.get(11),
        dimension_axis: t.get(12),
        dimension_member: t.get(13),
        evidence_act: t.get(14),
        evidence_thing: t.get(15),
        evidence_domain: t.get(16),
        evidence_domain_from: t.get(17),
    }
}

/// One finding of the checks, borrowed from its report.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_finding {
    /// Set by the caller to `sizeof(fazhi_finding)`.
    pub size: usize,
    /// The rule id (`rate.out_of_range`).
    pub rule: *const c_char,
    /// `error`, `warning` or `info`.
    pub severity: *const c_char,
    /// What is wrong, in plain words.
    pub message: *const c_char,
    /// The ids of the facts concerned, separated by single spaces.
    pub facts: *const c_char,
    /// The suggested value as exact decimal text, or NULL when there is no suggestion.
    pub suggestion: *const c_char,
    /// The unit of the suggestion, or NULL.
    pub suggestion_unit: *const c_char,
    /// Why the suggestion is plausible, or NULL.
    pub suggestion_reason: *const c_char,
}

pub(crate) fn finding_texts(f: &Finding) -> Texts {
    let s = f.suggestion.as_ref();
    Texts::new([
        Some(f.rule.as_str()),
        Some(f.severity.as_str()),
        Some(f.message.as_str()),
        Some(&f.facts.join(" ")),
        s.map(|s| s.value.to_string()).as_deref(),
        s.map(|s| s.unit.as_str()),
        s.map(|s| s.reason.as_str()),
    ])
}

pub(crate) fn finding_view(_: &Finding, t: &Texts) -> fazhi_finding {
    fazhi_finding {
        size: size_of::<fazhi_finding>(),
        rule: t.get(0),
        severity: t.get(1),
        message: t.get(2),
        facts: t.get(3),
        suggestion: t.get(4),
        suggestion_unit: t.get(5),
        suggestion_reason: t.get(6),
    }
}

/// Who reports, for which year, where it was published; borrowed from the report.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_meta {
    /// Set by the caller to `sizeof(fazhi_meta)`.
    pub size: usize,
    /// The reporting government or department (`朔州市`), or NULL when unknown.
    pub jurisdiction: *const c_char,
    /// `province`, `prefecture`, `county`, `township` or `department`, or NULL.
    pub level: *const c_char,
    /// The 6-digit administrative division code (`140600`), or NULL.
    pub division_code: *const c_char,
    /// The year the report is about; 0 when unknown.
    pub year: i32,
    /// The title, or NULL.
    pub title: *const c_char,
    /// The publication date as `YYYY-MM-DD`, or NULL.
    pub published: *const c_char,
    /// The address it was published at, or NULL.
    pub source: *const c_char,
    /// The reporter's division of the gazetteer (`右玉县`; the county of a township), or NULL
    /// when no reporter is known.
    pub division: *const c_char,
    /// The reporter's own level: `national`, `province`, `prefecture`, `county` or
    /// `township`, or NULL.
    pub division_level: *const c_char,
    /// The department that reports in the division (`司法局`), or NULL.
    pub department: *const c_char,
    /// The code of the reporter's prefecture (its own, for a prefecture), or NULL.
    pub prefecture_code: *const c_char,
    /// The code of the reporter's province (its own, for a province), or NULL.
    pub province_code: *const c_char,
    /// Why no reporter is known, or NULL when one is.
    pub reporter_note: *const c_char,
}

pub(crate) fn meta_texts(m: &Meta) -> Texts {
    let j = m.jurisdiction.as_ref();
    let who = m.reporter.as_ref();
    let at_level = |level| who.and_then(|r| r.code_at(level));
    Texts::new([
        j.map(|j| j.name.as_str()),
        j.and_then(|j| j.level).map(|l| name(&l)).as_deref(),
        j.and_then(|j| j.division_code.as_deref()),
        m.title.as_deref(),
        m.published
            .map(|d| d.format("%Y-%m-%d").to_string())
            .as_deref(),
        m.source.as_deref(),
        who.map(|r| r.division.as_str()),
        who.map(|r| name(&r.level)).as_deref(),
        who.and_then(|r| r.department.as_deref()),
        at_level(fazhi::divisions::DivisionLevel::Prefecture),
        at_level(fazhi::divisions::DivisionLevel::Province),
        m.reporter_note.as_deref(),
    ])
}

pub(crate) fn meta_view(m: &Meta, t: &Texts) -> fazhi_meta {
    fazhi_meta {
        size: size_of::<fazhi_meta>(),
        jurisdiction: t.get(0),
        level: t.get(1),
        division_code: t.get(2),
        year: m.year.unwrap_or(0),
        title: t.get(3),
        published: t.get(4),
        source: t.get(5),
        division: t.get(6),
        division_level: t.get(7),
        department: t.get(8),
        prefecture_code: t.get(9),
        province_code: t.get(10),
        reporter_note: t.get(11),
    }
}

/// A document title of the report, borrowed from it.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_document {
    /// Set by the caller to `sizeof(fazhi_document)`.
    pub size: usize,
    /// The title without its brackets.
    pub title: *const c_char,
    /// `regulation`, `measures`, `notice`, `plan`, … (see the JSON Schema).
    pub kind: *const c_char,
    /// `issued`, `implemented` or `cited`.
    pub status: *const c_char,
    /// The id of the outline section holding it, or NULL.
    pub section: *const c_char,
    /// First byte of the title with its brackets.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
}

pub(crate) fn document_texts(d: &Document) -> Texts {
    Texts::new([
        Some(d.title.as_str()),
        Some(d.kind.as_str()),
        Some(name(&d.status).as_str()),
        d.section.as_deref(),
    ])
}

pub(crate) fn document_view(d: &Document, t: &Texts) -> fazhi_document {
    fazhi_document {
        size: size_of::<fazhi_document>(),
        title: t.get(0),
        kind: t.get(1),
        status: t.get(2),
        section: t.get(3),
        start: d.span.start,
        end: d.span.end,
        char_start: d.span.char_start,
        char_end: d.span.char_end,
    }
}

/// A problem or a plan the report lists, borrowed from it.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_narrative {
    /// Set by the caller to `sizeof(fazhi_narrative)`.
    pub size: usize,
    /// The item's text, without its numbering.
    pub text: *const c_char,
    /// The id of the outline section holding it, or NULL.
    pub section: *const c_char,
    /// First byte of the item.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
}

pub(crate) fn narrative_texts(n: &NarrativeItem) -> Texts {
    Texts::new([Some(n.text.as_str()), n.section.as_deref()])
}

pub(crate) fn narrative_view(n: &NarrativeItem, t: &Texts) -> fazhi_narrative {
    fazhi_narrative {
        size: size_of::<fazhi_narrative>(),
        text: t.get(0),
        section: t.get(1),
        start: n.span.start,
        end: n.span.end,
        char_start: n.span.char_start,
        char_end: n.span.char_end,
    }
}

/// One heading of the outline, borrowed from the report.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_section {
    /// Set by the caller to `sizeof(fazhi_section)`.
    pub size: usize,
    /// Path-like id: `2` for the second top heading, `2.1` for its first sub-heading.
    pub id: *const c_char,
    /// 1 for `一、`, 2 for `(一)`, 3 for `一是` or `1.`.
    pub level: i32,
    /// The numbering as written.
    pub label: *const c_char,
    /// The heading text.
    pub title: *const c_char,
    /// `measures`, `problems`, `plans`, `leadership` or `other`.
    pub part: *const c_char,
    /// First byte of the heading.
    pub start: usize,
    /// One past the last byte of the heading.
    pub end: usize,
    /// First byte of everything under it.
    pub body_start: usize,
    /// One past the last byte of everything under it.
    pub body_end: usize,
}

pub(crate) fn section_texts(s: &Section) -> Texts {
    Texts::new([
        Some(s.id.as_str()),
        Some(s.label.as_str()),
        Some(s.title.as_str()),
        Some(name(&s.part).as_str()),
    ])
}

pub(crate) fn section_view(s: &Section, t: &Texts) -> fazhi_section {
    fazhi_section {
        size: size_of::<fazhi_section>(),
        id: t.get(0),
        level: i32::from(s.level),
        label: t.get(1),
        title: t.get(2),
        part: t.get(3),
        start: s.span.start,
        end: s.span.end,
        body_start: s.body.start,
        body_end: s.body.end,
    }
}

/// A number of the text that is not a fact, borrowed from the report.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_not_fact {
    /// Set by the caller to `sizeof(fazhi_not_fact)`.
    pub size: usize,
    /// The number as written.
    pub text: *const c_char,
    /// Why it is no fact: `year`, `date`, `title`, `quoted`, `hotline`, `ordinal`, `name`,
    /// `fixed_phrase`, `duration`, `word`, `out_of_range`, `bare` or `split`.
    pub reason: *const c_char,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First code point.
    pub char_start: usize,
    /// One past the last code point.
    pub char_end: usize,
}

pub(crate) fn not_fact_texts(n: &NotFact) -> Texts {
    Texts::new([Some(n.text.as_str()), Some(name(&n.reason).as_str())])
}

pub(crate) fn not_fact_view(n: &NotFact, t: &Texts) -> fazhi_not_fact {
    fazhi_not_fact {
        size: size_of::<fazhi_not_fact>(),
        text: t.get(0),
        reason: t.get(1),
        start: n.span.start,
        end: n.span.end,
        char_start: n.span.char_start,
        char_end: n.span.char_end,
    }
}

/// One concept of the registry; its strings are static.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_concept_info {
    /// Set by the caller to `sizeof(fazhi_concept_info)`.
    pub size: usize,
    /// Stable dotted id (`dispute_resolution.reconsideration.accepted`).
    pub id: *const c_char,
    /// Chinese label.
    pub zh: *const c_char,
    /// English label.
    pub en: *const c_char,
    /// The area id (`dispute_resolution`).
    pub area: *const c_char,
    /// `count`, `money`, `rate` or `completion_rate`.
    pub value_kind: *const c_char,
    /// The canonical unit (`件`, `元`, `%`).
    pub unit: *const c_char,
}

pub(crate) fn concept_texts(c: &Concept) -> Texts {
    Texts::new([
        Some(c.id),
        Some(c.zh),
        Some(c.en),
        Some(c.area.id()),
        Some(c.value_kind.as_str()),
        Some(c.unit),
    ])
}

pub(crate) fn concept_view(_: &Concept, t: &Texts) -> fazhi_concept_info {
    fazhi_concept_info {
        size: size_of::<fazhi_concept_info>(),
        id: t.get(0),
        zh: t.get(1),
        en: t.get(2),
        area: t.get(3),
        value_kind: t.get(4),
        unit: t.get(5),
    }
}

/// Writes `value` into the caller's struct at `out`, whose first field `size` the caller
/// set: only the bytes that fit in both its struct and ours, after `size`, which is left as
/// the caller set it. `None` when `size` cannot hold even the `size` field.
///
/// # Safety
/// `out` must be valid for reads of a `usize` and writes of `size` bytes.
pub(crate) unsafe fn write_sized<T: Copy>(out: *mut T, value: T) -> Option<()> {
    // SAFETY: the caller promises `out` starts with a readable `size_t`.
    let caller = unsafe { out.cast::<usize>().read_unaligned() };
    let head = size_of::<usize>();
    if caller < head {
        return None;
    }
    let n = caller.min(size_of::<T>());
    // SAFETY: `value` is a plain `repr(C)` struct of `size_of::<T>()` bytes; the caller's struct
    // holds `caller` ≥ n bytes; the two do not overlap (`value` is a local).
    unsafe {
        std::ptr::copy_nonoverlapping(
            (&raw const value).cast::<u8>().add(head),
            out.cast::<u8>().add(head),
            n - head,
        );
    }
    Some(())
}

/// What the reporting rules ask of an annual report and where the text meets it (see
/// `fazhi_report_part` for each of the five parts).
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_compliance {
    /// Set by the caller to `sizeof(fazhi_compliance)`.
    pub size: usize,
    /// 1 when the text is an annual report the rules govern (its title says so, or its
    /// outline opens three of the parts); 0 for news items, statistics, excerpts.
    pub applies: i32,
    /// 1 when the text runs to the report's end (its plans, or a signature's date).
    pub complete: i32,
    /// 1 when the shortfalls' causes are stated; their bytes are then `causes_start..causes_end`.
    pub has_causes: i32,
    /// First byte of the sentence stating the causes (0 when none).
    pub causes_start: usize,
    /// One past its last byte (0 when none).
    pub causes_end: usize,
    /// The year the title names; 0 when none.
    pub title_year: i32,
    /// The year the body's sentences open with most; 0 when none.
    pub content_year: i32,
    /// The first year the plans part names as its own; 0 when none.
    pub plan_year: i32,
}

pub(crate) fn compliance_view(c: &Compliance) -> fazhi_compliance {
    let causes = c.causes.as_ref();
    fazhi_compliance {
        size: size_of::<fazhi_compliance>(),
        applies: i32::from(c.applies),
        complete: i32::from(c.complete),
        has_causes: i32::from(causes.is_some()),
        causes_start: causes.map_or(0, |s| s.start),
        causes_end: causes.map_or(0, |s| s.end),
        title_year: c.title_year.unwrap_or(0),
        content_year: c.content_year.unwrap_or(0),
        plan_year: c.plan_years.first().copied().unwrap_or(0),
    }
}

/// Where one of the five parts the reporting rules set is covered, borrowed from the report.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct fazhi_part_coverage {
    /// Set by the caller to `sizeof(fazhi_part_coverage)`.
    pub size: usize,
    /// `measures`, `problems`, `leadership`, `plans` or `other`.
    pub part: *const c_char,
    /// `section` (a top-level section of its own), `passage` (inside another part) or `missing`.
    pub coverage: *const c_char,
    /// The id of the outline section that covers it or holds the passage, or NULL.
    pub section: *const c_char,
    /// First byte of the heading or passage (0 when missing).
    pub start: usize,
    /// One past its last byte (0 when missing).
    pub end: usize,
}

pub(crate) fn part_texts(p: &PartCoverage) -> Texts {
    Texts::new([
        Some(p.part.as_str()),
        Some(p.coverage.as_str()),
        p.section.as_deref(),
    ])
}

pub(crate) fn part_view(p: &PartCoverage, t: &Texts) -> fazhi_part_coverage {
    fazhi_part_coverage {
        size: size_of::<fazhi_part_coverage>(),
        part: t.get(0),
        coverage: t.get(1),
        section: t.get(2),
        start: p.span.as_ref().map_or(0, |s| s.start),
        end: p.span.as_ref().map_or(0, |s| s.end),
    }
}
