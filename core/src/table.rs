//! Every part of a report as a table: one row per item, each row led by the report's file,
//! jurisdiction, level, division code and year, so that the rows of many reports stack.
//!
//! This module is the one definition of the tables: their columns (name, type, meaning) and
//! their rows. The CSV export, the Arrow tables and Parquet files (feature `arrow`), the
//! command-line tool and the Python frames are all made from it.
//!
//! ```
//! use fazhi::table::{Cell, TableKind, columns, rows};
//! let report = fazhi::extract("2024年全市共受理行政复议案件291件。")?;
//! let facts = rows(TableKind::Facts, &report, Some("a.txt"));
//! let value = columns(TableKind::Facts).iter().position(|c| c.name == "value").unwrap();
//! assert_eq!(facts[0][value], Cell::Decimal(291.into()));
//! # Ok::<(), fazhi::Error>(())
//! ```

use crate::concepts::concept;
use crate::model::{Fact, Report, Section, Severity, Span};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// The parts of a report that become tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TableKind {
    /// One row per fact.
    Facts,
    /// One row per document title.
    Documents,
    /// One row per finding and fact concerned (a finding on two facts is two rows).
    Findings,
    /// One row per listed problem or plan.
    Narrative,
    /// One row per heading.
    Outline,
    /// One row per number that is not a fact.
    NotFacts,
    /// One row per report: its meta data, what it holds, its findings by severity and how it
    /// meets the reporting rules.
    Reports,
}

impl TableKind {
    /// Every table, in the order the tool writes them.
    pub const ALL: [TableKind; 7] = [
        TableKind::Facts,
        TableKind::Documents,
        TableKind::Findings,
        TableKind::Narrative,
        TableKind::Outline,
        TableKind::NotFacts,
        TableKind::Reports,
    ];

    /// The table's name (`facts`, `documents`, `findings`, `narrative`, `outline`,
    /// `not_facts`, `reports`).
    pub fn as_str(self) -> &'static str {
        match self {
            TableKind::Facts => "facts",
            TableKind::Documents => "documents",
            TableKind::Findings => "findings",
            TableKind::Narrative => "narrative",
            TableKind::Outline => "outline",
            TableKind::NotFacts => "not_facts",
            TableKind::Reports => "reports",
        }
    }

    /// The table of this name.
    pub fn parse(name: &str) -> Option<TableKind> {
        TableKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// The type of a column's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnType {
    /// Text.
    Text,
    /// Text from a small fixed set (area, unit, qualifier, kind, severity): a categorical.
    Category,
    /// A whole number.
    Int,
    /// An exact decimal.
    Decimal,
    /// A calendar date.
    Date,
}

/// One column of a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    /// Its name.
    pub name: &'static str,
    /// The type of its values.
    pub ty: ColumnType,
    /// Whether a value may be missing.
    pub nullable: bool,
    /// What it holds.
    pub doc: &'static str,
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    /// No value.
    Null,
    /// Text (for [`ColumnType::Text`] and [`ColumnType::Category`]).
    Text(String),
    /// A whole number.
    Int(i64),
    /// An exact decimal.
    Decimal(Decimal),
    /// A date.
    Date(NaiveDate),
}

impl Cell {
    /// The value as CSV writes it (empty for null; decimals exact; dates ISO 8601).
    pub fn to_text(&self) -> String {
        match self {
            Cell::Null => String::new(),
            Cell::Text(s) => s.clone(),
            Cell::Int(n) => n.to_string(),
            Cell::Decimal(d) => d.to_string(),
            Cell::Date(d) => d.to_string(),
        }
    }
}

impl Cell {
    /// The value as a CSV cell: [`Cell::to_text`], with a text that a spreadsheet would run as
    /// a formula (leading `=`, `+`, `-`, `@`, tab or carriage return) led by `'`, as OWASP
    /// advises. Numbers are written as they are (`-5` is a decrease, not a formula).
    pub fn to_csv(&self) -> String {
        match self {
            Cell::Text(s) if s.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{s}"),
            c => c.to_text(),
        }
    }
}

impl From<&str> for Cell {
    fn from(s: &str) -> Cell {
        Cell::Text(s.to_string())
    }
}

impl From<Option<&str>> for Cell {
    fn from(s: Option<&str>) -> Cell {
        s.map_or(Cell::Null, Cell::from)
    }
}

impl From<usize> for Cell {
    fn from(n: usize) -> Cell {
        i64::try_from(n).map_or(Cell::Null, Cell::Int)
    }
}

const fn col(name: &'static str, ty: ColumnType, nullable: bool, doc: &'static str) -> Column {
    Column {
        name,
        ty,
        nullable,
        doc,
    }
}

use ColumnType::{Category, Date as Day, Decimal as Dec, Int, Text};

/// The columns every table starts with: where the report came from and whom it is about.
const ORIGIN: [Column; 10] = [
    col("file", Text, true, "the file the report was read from"),
    col(
        "jurisdiction",
        Text,
        true,
        "the reporting government or department",
    ),
    col("level", Category, true, "its administrative level"),
    col(
        "division_code",
        Text,
        true,
        "its 6-digit administrative division code (the county's for a township)",
    ),
    col(
        "division",
        Text,
        true,
        "the reporter's division of the gazetteer (the county of a township)",
    ),
    col(
        "division_level",
        Category,
        true,
        "the reporter's own level: national, province, prefecture, county or township",
    ),
    col(
        "department",
        Text,
        true,
        "the department that reports in the division, if one does",
    ),
    col(
        "prefecture_code",
        Text,
        true,
        "the code of the reporter's prefecture (its own, for a prefecture)",
    ),
    col(
        "province_code",
        Text,
        true,
        "the code of the reporter's province (its own, for a province)",
    ),
    col("year", Int, true, "the year the report is about"),
];

const FACTS: [Column; 32] = [
    col(
        "fact_id",
        Text,
        false,
        "the fact's id in its report (f1, f2, …)",
    ),
    col(
        "concept",
        Text,
        true,
        "the concept's registry id; null when the meaning is unknown",
    ),
    col("area", Category, true, "the concept's area"),
    col("concept_zh", Text, true, "the concept's Chinese label"),
    col("concept_en", Text, true, "the concept's English label"),
    col(
        "label",
        Text,
        true,
        "the words of the text that say what the figure counts",
    ),
    col(
        "value",
        Dec,
        false,
        "the exact value (money in 元, a decrease negative)",
    ),
    col(
        "unit",
        Category,
        false,
        "the unit: 元, %, 个百分点 or the measure word",
    ),
    col(
        "qualifier",
        Category,
        false,
        "exact, at_least, at_most or about",
    ),
    col("kind", Category, false, "level, or the kind of change"),
    col(
        "change_of",
        Text,
        true,
        "for a change, the id of the fact it changes",
    ),
    col("part_of", Text, true, "for a part, the id of its whole"),
    col(
        "dimension_concept",
        Text,
        true,
        "for a part of a concept's count, that concept (the fact has no concept of its own)",
    ),
    col(
        "dimension_axis",
        Category,
        true,
        "what kind of part: category, field, channel, stage, period or item",
    ),
    col(
        "dimension_member",
        Text,
        true,
        "the words that name the part (投诉举报类, 民生领域)",
    ),
    col(
        "evidence_act",
        Text,
        true,
        "the act the concept was read from (受理, 审结)",
    ),
    col(
        "evidence_thing",
        Text,
        true,
        "the thing the concept was read from (案件, 化解率)",
    ),
    col(
        "evidence_domain",
        Category,
        true,
        "the domain the concept was read in (reconsideration, mediation, …)",
    ),
    col(
        "evidence_domain_from",
        Category,
        true,
        "where the domain was read: clause, clause_before, sentence_before, heading, paragraph_before",
    ),
    col(
        "written_unit",
        Text,
        true,
        "the measure word written after a rate whose % was lost",
    ),
    col(
        "section",
        Text,
        true,
        "the id of the innermost section holding the figure",
    ),
    col("section_title", Text, true, "that section's heading"),
    col("text", Text, false, "the figure as written"),
    col(
        "start",
        Int,
        false,
        "where the figure starts, in code points (a str index)",
    ),
    col("end", Int, false, "where it ends, in code points"),
    col("byte_start", Int, false, "where it starts, in UTF-8 bytes"),
    col("byte_end", Int, false, "where it ends, in UTF-8 bytes"),
    col(
        "label_start",
        Int,
        true,
        "where the label starts, in code points",
    ),
    col(
        "label_end",
        Int,
        true,
        "where the label ends, in code points",
    ),
    col(
        "finding",
        Category,
        true,
        "the severity of the most severe finding on the fact",
    ),
    col(
        "finding_count",
        Int,
        false,
        "how many findings concern the fact",
    ),
    col(
        "finding_rules",
        Text,
        true,
        "the rules of those findings, separated by spaces",
    ),
];

const DOCUMENTS: [Column; 7] = [
    col("title", Text, false, "the title without its brackets"),
    col(
        "document_kind",
        Category,
        false,
        "law, regulation, measures, notice, plan, …",
    ),
    col("status", Category, false, "issued, implemented or cited"),
    col(
        "section",
        Text,
        true,
        "the id of the innermost section holding it",
    ),
    col("section_title", Text, true, "that section's heading"),
    col(
        "start",
        Int,
        false,
        "where the title (with its brackets) starts, in code points",
    ),
    col("end", Int, false, "where it ends, in code points"),
];

const FINDINGS: [Column; 12] = [
    col(
        "finding",
        Int,
        false,
        "the finding's index in its report (0, 1, …)",
    ),
    col("rule", Category, false, "the id of the rule that fired"),
    col("severity", Category, false, "error, warning or info"),
    col("message", Text, false, "what is wrong"),
    col(
        "fact_id",
        Text,
        true,
        "one fact concerned (one row per fact)",
    ),
    col("fact_text", Text, true, "that fact as written"),
    col("start", Int, true, "where that fact starts, in code points"),
    col("end", Int, true, "where it ends, in code points"),
    col("suggestion_value", Dec, true, "the value probably meant"),
    col("suggestion_unit", Category, true, "its unit"),
    col("suggestion_reason", Text, true, "why it is plausible"),
    col("concept", Text, true, "the concept of the fact concerned"),
];

const NARRATIVE: [Column; 7] = [
    col("part", Category, false, "problem or plan"),
    col(
        "item",
        Int,
        false,
        "the item's index among its part's items (0, 1, …)",
    ),
    col(
        "text",
        Text,
        false,
        "the item's text, without its numbering",
    ),
    col("section", Text, true, "the id of the section holding it"),
    col("section_title", Text, true, "that section's heading"),
    col("start", Int, false, "where the item starts, in code points"),
    col("end", Int, false, "where it ends, in code points"),
];

const OUTLINE: [Column; 9] = [
    col("section", Text, false, "the section's id (2.1.3)"),
    col(
        "depth",
        Int,
        false,
        "1 for 一、, 2 for (一), 3 for 一是 or 1.",
    ),
    col("numbering", Text, false, "the numbering as written"),
    col("title", Text, false, "the heading after the numbering"),
    col(
        "part",
        Category,
        false,
        "the top-level part: measures, problems, plans, leadership, other",
    ),
    col(
        "start",
        Int,
        false,
        "where the heading starts, in code points",
    ),
    col("end", Int, false, "where the heading ends, in code points"),
    col(
        "body_start",
        Int,
        false,
        "where the section's text starts, in code points",
    ),
    col("body_end", Int, false, "where it ends, in code points"),
];

const REPORTS: [Column; 18] = [
    col(
        "encoding",
        Category,
        true,
        "the encoding the file was read in (utf-8, gb18030, …); empty for a text given directly",
    ),
    col(
        "format",
        Category,
        true,
        "text or html (a saved page); empty for a text given directly",
    ),
    col("title", Text, true, "the report's title"),
    col("published", Day, true, "when it was made public"),
    col("source", Text, true, "the address it was published at"),
    col(
        "reporter_note",
        Text,
        true,
        "why no reporter was named, or how it was told",
    ),
    col("facts", Int, false, "how many figures it states"),
    col(
        "facts_with_concept",
        Int,
        false,
        "how many of them have a concept",
    ),
    col("documents", Int, false, "how many titles in 《》 it names"),
    col("problems", Int, false, "how many shortfalls it lists"),
    col("plans", Int, false, "how many plans it lists"),
    col("errors", Int, false, "findings of severity error"),
    col("warnings", Int, false, "findings of severity warning"),
    col("infos", Int, false, "findings of severity info"),
    col(
        "annual_report",
        Category,
        false,
        "yes when the reporting rules govern the text (an annual report), else no",
    ),
    col(
        "complete",
        Category,
        false,
        "yes when the text runs to the report's end (its plans, or a signature's date)",
    ),
    col(
        "parts_missing",
        Text,
        true,
        "the parts the rules set that the text does not cover, space-separated",
    ),
    col(
        "rules",
        Text,
        true,
        "the ids of the reporting rules' findings (report.*), space-separated",
    ),
];

const NOT_FACTS: [Column; 5] = [
    col(
        "reason",
        Category,
        false,
        "why the number is not a fact (year, date, title, …)",
    ),
    col("text", Text, false, "the number as written"),
    col(
        "section",
        Text,
        true,
        "the id of the innermost section holding it",
    ),
    col("start", Int, false, "where it starts, in code points"),
    col("end", Int, false, "where it ends, in code points"),
];

/// The columns of a table, in order: the five of the report's origin, then the part's own.
pub fn columns(kind: TableKind) -> Vec<Column> {
    let own: &[Column] = match kind {
        TableKind::Facts => &FACTS,
        TableKind::Documents => &DOCUMENTS,
        TableKind::Findings => &FINDINGS,
        TableKind::Narrative => &NARRATIVE,
        TableKind::Outline => &OUTLINE,
        TableKind::NotFacts => &NOT_FACTS,
        TableKind::Reports => &REPORTS,
    };
    ORIGIN.iter().chain(own).copied().collect()
}

/// The JSON name of a unit enum (`prefecture`, `number_in_title`).
fn name<T: serde::Serialize>(value: &T) -> Cell {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => Cell::Text(s),
        _ => Cell::Null,
    }
}

/// The code-point start and end of a span.
fn span(s: &Span) -> [Cell; 2] {
    [Cell::from(s.char_start), Cell::from(s.char_end)]
}

/// Where a report was read from, as its rows show it: the file (the first column of every
/// table) and how its bytes were read (the reports table's `encoding` and `format`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReadFrom<'a> {
    /// The file, as [`crate::files::shown`] writes it.
    pub file: Option<&'a str>,
    /// The encoding its bytes were read in (`gb18030`).
    pub encoding: Option<&'a str>,
    /// `text` or `html`.
    pub format: Option<&'a str>,
}

/// The rows of one report's part, each as long as [`columns`]. `file` fills the first column.
///
/// ```
/// use fazhi::table::{columns, rows, TableKind};
/// let report = fazhi::extract("2024年，全市共受理行政复议案件291件。").unwrap();
/// let facts = rows(TableKind::Facts, &report, Some("a.txt"));
/// assert_eq!(facts.len(), 1);
/// assert_eq!(facts[0].len(), columns(TableKind::Facts).len());
/// ```
pub fn rows(kind: TableKind, report: &Report, file: Option<&str>) -> Vec<Vec<Cell>> {
    rows_read(
        kind,
        report,
        ReadFrom {
            file,
            ..ReadFrom::default()
        },
    )
}

/// [`rows`] of a report read from a file, with how it was read.
///
/// ```
/// use fazhi::table::{columns, rows_read, Cell, ReadFrom, TableKind};
/// let report = fazhi::extract("2024年，全市共受理行政复议案件291件。").unwrap();
/// let from = ReadFrom { file: Some("a.txt"), encoding: Some("gb18030"), format: Some("text") };
/// let row = &rows_read(TableKind::Reports, &report, from)[0];
/// let at = |name| columns(TableKind::Reports).iter().position(|c| c.name == name).unwrap();
/// assert_eq!(row[at("encoding")], Cell::from("gb18030"));
/// assert_eq!(row[at("format")], Cell::from("text"));
/// ```
pub fn rows_read(kind: TableKind, report: &Report, from: ReadFrom<'_>) -> Vec<Vec<Cell>> {
    let file = from.file;
    let meta = &report.meta;
    let j = meta.jurisdiction.as_ref();
    let who = meta.reporter.as_ref();
    let at_level = |level| Cell::from(who.and_then(|r| r.code_at(level)));
    let origin = [
        Cell::from(file),
        Cell::from(j.map(|j| j.name.as_str())),
        j.and_then(|j| j.level.as_ref()).map_or(Cell::Null, name),
        Cell::from(j.and_then(|j| j.division_code.as_deref())),
        Cell::from(who.map(|r| r.division.as_str())),
        who.map_or(Cell::Null, |r| name(&r.level)),
        Cell::from(who.and_then(|r| r.department.as_deref())),
        at_level(crate::divisions::DivisionLevel::Prefecture),
        at_level(crate::divisions::DivisionLevel::Province),
        meta.year.map_or(Cell::Null, |y| Cell::Int(y.into())),
    ];
    let sections: HashMap<&str, &Section> =
        report.outline.iter().map(|s| (s.id.as_str(), s)).collect();
    let section = |id: &Option<String>| -> [Cell; 2] {
        let title = id
            .as_deref()
            .and_then(|id| sections.get(id))
            .map(|s| s.title.as_str());
        [Cell::from(id.as_deref()), Cell::from(title)]
    };
    let with_origin = |own: Vec<Cell>| -> Vec<Cell> { origin.iter().cloned().chain(own).collect() };
    match kind {
        TableKind::Facts => {
            let mut on_fact: HashMap<&str, Vec<(&str, Severity)>> = HashMap::new();
            for f in &report.findings {
                for id in &f.facts {
                    on_fact
                        .entry(id.as_str())
                        .or_default()
                        .push((f.rule.as_str(), f.severity));
                }
            }
            report
                .facts
                .iter()
                .map(|f| {
                    let findings = on_fact.get(f.id.as_str()).map_or(&[][..], Vec::as_slice);
                    with_origin(fact_row(f, findings, section(&f.section)))
                })
                .collect()
        }
        TableKind::Documents => report
            .documents
            .iter()
            .map(|d| {
                let mut own = vec![
                    Cell::from(d.title.as_str()),
                    Cell::from(d.kind.as_str()),
                    name(&d.status),
                ];
                own.extend(section(&d.section));
                own.extend(span(&d.span));
                with_origin(own)
            })
            .collect(),
        TableKind::Findings => {
            let facts: HashMap<&str, &Fact> =
                report.facts.iter().map(|f| (f.id.as_str(), f)).collect();
            let mut out = Vec::new();
            for (i, finding) in report.findings.iter().enumerate() {
                let ids: Vec<Option<&str>> = if finding.facts.is_empty() {
                    vec![None]
                } else {
                    finding.facts.iter().map(|id| Some(id.as_str())).collect()
                };
                for id in ids {
                    let fact = id.and_then(|id| facts.get(id).copied());
                    let s = finding.suggestion.as_ref();
                    let [start, end] = fact.map_or([Cell::Null, Cell::Null], |f| span(&f.span));
                    out.push(with_origin(vec![
                        Cell::from(i),
                        Cell::from(finding.rule.as_str()),
                        Cell::from(finding.severity.as_str()),
                        Cell::from(finding.message.as_str()),
                        Cell::from(id),
                        Cell::from(fact.map(|f| f.text.as_str())),
                        start,
                        end,
                        s.map_or(Cell::Null, |s| Cell::Decimal(s.value)),
                        Cell::from(s.map(|s| s.unit.as_str())),
                        Cell::from(s.map(|s| s.reason.as_str())),
                        Cell::from(fact.and_then(|f| f.concept.as_deref())),
                    ]));
                }
            }
            out
        }
        TableKind::Narrative => {
            let parts = [("problem", &report.problems), ("plan", &report.plans)];
            parts
                .into_iter()
                .flat_map(|(part, items)| {
                    items
                        .iter()
                        .enumerate()
                        .map(move |(i, item)| (part, i, item))
                })
                .map(|(part, i, item)| {
                    let mut own = vec![
                        Cell::from(part),
                        Cell::from(i),
                        Cell::from(item.text.as_str()),
                    ];
                    own.extend(section(&item.section));
                    own.extend(span(&item.span));
                    with_origin(own)
                })
                .collect()
        }
        TableKind::Outline => report
            .outline
            .iter()
            .map(|s| {
                let mut own = vec![
                    Cell::from(s.id.as_str()),
                    Cell::Int(s.level.into()),
                    Cell::from(s.label.as_str()),
                    Cell::from(s.title.as_str()),
                    name(&s.part),
                ];
                own.extend(span(&s.span));
                own.extend(span(&s.body));
                with_origin(own)
            })
            .collect(),
        TableKind::Reports => {
            let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
            let yes = |b: bool| Cell::from(if b { "yes" } else { "no" });
            let c = &report.compliance;
            let missing: Vec<&str> = c
                .parts
                .iter()
                .filter(|p| p.coverage == crate::model::Coverage::Missing)
                .map(|p| p.part.as_str())
                .collect();
            let rules: Vec<&str> = report
                .findings
                .iter()
                .filter(|f| f.rule.starts_with("report."))
                .map(|f| f.rule.as_str())
                .collect();
            let joined = |v: Vec<&str>| {
                if v.is_empty() {
                    Cell::Null
                } else {
                    Cell::Text(v.join(" "))
                }
            };
            vec![with_origin(vec![
                Cell::from(from.encoding),
                Cell::from(from.format),
                Cell::from(meta.title.as_deref()),
                meta.published.map_or(Cell::Null, Cell::Date),
                Cell::from(meta.source.as_deref()),
                Cell::from(meta.reporter_note.as_deref()),
                Cell::from(report.facts.len()),
                Cell::from(report.facts.iter().filter(|f| f.concept.is_some()).count()),
                Cell::from(report.documents.len()),
                Cell::from(report.problems.len()),
                Cell::from(report.plans.len()),
                Cell::from(count(Severity::Error)),
                Cell::from(count(Severity::Warning)),
                Cell::from(count(Severity::Info)),
                yes(c.applies),
                yes(c.complete),
                joined(missing),
                joined(rules),
            ])]
        }
        TableKind::NotFacts => report
            .not_facts
            .iter()
            .map(|n| {
                let section = innermost(&report.outline, &sections, n.span.start, n.span.end);
                let mut own = vec![
                    name(&n.reason),
                    Cell::from(n.text.as_str()),
                    Cell::from(section),
                ];
                own.extend(span(&n.span));
                with_origin(own)
            })
            .collect(),
    }
}

/// The id of the innermost section whose body holds `start..end`: the last heading that
/// starts before it, or the nearest of that heading's parents (ids are paths: `2.1` holds
/// `2.1.3`) that holds it. Logarithmic in the outline, linear in its depth.
fn innermost<'a>(
    outline: &'a [Section],
    by_id: &HashMap<&str, &'a Section>,
    start: usize,
    end: usize,
) -> Option<&'a str> {
    let k = outline.partition_point(|s| s.body.start <= start);
    let mut s = outline.get(k.checked_sub(1)?)?;
    loop {
        if s.body.start <= start && end <= s.body.end {
            return Some(s.id.as_str());
        }
        let (parent, _) = s.id.rsplit_once('.')?;
        s = by_id.get(parent)?;
    }
}

/// The own cells of a fact's row.
fn fact_row(f: &Fact, findings: &[(&str, Severity)], section: [Cell; 2]) -> Vec<Cell> {
    let c = f.concept.as_deref().and_then(concept);
    let worst = findings.iter().map(|(_, s)| *s).max();
    let rules: Vec<&str> = findings.iter().map(|(r, _)| *r).collect();
    let label = f.label.as_ref();
    let (dimension, evidence) = (f.dimension.as_ref(), f.evidence.as_ref());
    let [section, section_title] = section;
    vec![
        Cell::from(f.id.as_str()),
        Cell::from(f.concept.as_deref()),
        Cell::from(c.map(|c| c.area.id())),
        Cell::from(c.map(|c| c.zh)),
        Cell::from(c.map(|c| c.en)),
        Cell::from(label.map(|l| l.text.as_str())),
        Cell::Decimal(f.value),
        Cell::from(f.unit.as_str()),
        Cell::from(f.qualifier.as_str()),
        Cell::from(f.kind.as_str()),
        Cell::from(f.change_of.as_deref()),
        Cell::from(f.part_of.as_deref()),
        Cell::from(dimension.map(|d| d.concept.as_str())),
        Cell::from(dimension.map(|d| d.axis.as_str())),
        Cell::from(dimension.map(|d| d.member.as_str())),
        Cell::from(
            evidence
                .and_then(|e| e.act.as_ref())
                .map(|c| c.text.as_str()),
        ),
        Cell::from(
            evidence
                .and_then(|e| e.thing.as_ref())
                .map(|c| c.text.as_str()),
        ),
        Cell::from(evidence.and_then(|e| e.domain_id.as_deref())),
        Cell::from(
            evidence
                .and_then(|e| e.domain.as_ref())
                .map(|c| c.from.as_str()),
        ),
        Cell::from(f.written_unit.as_deref()),
        section,
        section_title,
        Cell::from(f.text.as_str()),
        Cell::from(f.span.char_start),
        Cell::from(f.span.char_end),
        Cell::from(f.span.start),
        Cell::from(f.span.end),
        label.map_or(Cell::Null, |l| Cell::from(l.span.char_start)),
        label.map_or(Cell::Null, |l| Cell::from(l.span.char_end)),
        Cell::from(worst.map(Severity::as_str)),
        Cell::from(findings.len()),
        if rules.is_empty() {
            Cell::Null
        } else {
            Cell::Text(rules.join(" "))
        },
    ]
}

/// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
fn csv_field(out: &mut String, value: &str) {
    if value.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&value.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(value);
    }
}

/// Appends one CSV line (CRLF-terminated).
pub fn csv_line<'a>(out: &mut String, fields: impl IntoIterator<Item = &'a str>) {
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        csv_field(out, f);
    }
    out.push_str("\r\n");
}

/// The header line of a table as CSV.
pub fn csv_header(kind: TableKind) -> String {
    let mut out = String::new();
    csv_line(&mut out, columns(kind).iter().map(|c| c.name));
    out
}

/// Rows as CSV lines (no header): exact decimals, empty fields for nulls.
pub fn csv_rows(rows: &[Vec<Cell>]) -> String {
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row.iter().map(Cell::to_csv).collect();
        csv_line(&mut out, cells.iter().map(String::as_str));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "朔州市2024年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件291件，审结301件。调解矛盾纠纷200件，化解率达150%。印发《某某办法》。\n二、存在的不足\n一是宣传不够。\n三、下一步工作打算\n一是加强宣传。";

    #[test]
    fn every_row_is_as_long_as_its_columns_and_of_their_types() {
        let report = crate::extract(TEXT).unwrap();
        for kind in TableKind::ALL {
            let cols = columns(kind);
            let names: std::collections::HashSet<&str> = cols.iter().map(|c| c.name).collect();
            assert_eq!(names.len(), cols.len(), "{kind:?}: unique names");
            let rows = rows(kind, &report, Some("r.txt"));
            assert!(!rows.is_empty(), "{kind:?}");
            for row in &rows {
                assert_eq!(row.len(), cols.len(), "{kind:?}");
                for (cell, c) in row.iter().zip(&cols) {
                    let fits = match (cell, c.ty) {
                        (Cell::Null, _) => c.nullable,
                        (Cell::Text(_), ColumnType::Text | ColumnType::Category) => true,
                        (Cell::Int(_), ColumnType::Int) => true,
                        (Cell::Decimal(_), ColumnType::Decimal) => true,
                        (Cell::Date(_), ColumnType::Date) => true,
                        _ => false,
                    };
                    assert!(fits, "{kind:?}.{}: {cell:?}", c.name);
                }
                assert_eq!(row[0], Cell::from("r.txt"));
                assert_eq!(row[1], Cell::from("朔州市"));
                assert_eq!(row[2], Cell::from("prefecture"));
                assert_eq!(row[3], Cell::from("140600"));
                assert_eq!(row[4], Cell::from("朔州市"));
                assert_eq!(row[5], Cell::from("prefecture"));
                assert_eq!(row[6], Cell::Null, "the government reports, no department");
                assert_eq!(row[7], Cell::from("140600"));
                assert_eq!(row[8], Cell::from("140000"));
                assert_eq!(row[9], Cell::Int(2024));
            }
            assert_eq!(TableKind::parse(kind.as_str()), Some(kind));
        }
    }

    #[test]
    fn findings_are_one_row_per_fact_concerned_and_spans_slice_the_text() {
        let report = crate::extract(TEXT).unwrap();
        let cols = columns(TableKind::Findings);
        let at = |n: &str| cols.iter().position(|c| c.name == n).unwrap();
        let rows = rows(TableKind::Findings, &report, None);
        let expected: usize = report.findings.iter().map(|f| f.facts.len().max(1)).sum();
        assert_eq!(rows.len(), expected);
        let chars: Vec<char> = TEXT.chars().collect();
        for row in &rows {
            if let (Cell::Int(s), Cell::Int(e), Cell::Text(t)) =
                (&row[at("start")], &row[at("end")], &row[at("fact_text")])
            {
                let written: String = chars[*s as usize..*e as usize].iter().collect();
                assert_eq!(&written, t);
            }
        }
        let rate = rows
            .iter()
            .find(|r| r[at("rule")] == Cell::from("rate.out_of_range"))
            .expect("化解率 150% is out of range");
        assert_eq!(rate[at("fact_text")], Cell::from("150%"));
        let narrative = super::rows(TableKind::Narrative, &report, None);
        let part = cols_of(TableKind::Narrative, "part");
        let parts: Vec<String> = narrative.iter().map(|r| r[part].to_text()).collect();
        assert_eq!(parts, ["problem", "plan"]);
    }

    fn cols_of(kind: TableKind, name: &str) -> usize {
        columns(kind).iter().position(|c| c.name == name).unwrap()
    }

    #[test]
    fn a_department_s_rows_carry_its_division_and_the_codes_above() {
        let report =
            crate::extract("右玉县司法局2024年法治政府建设年度报告\n全年受理行政复议案件30件。")
                .unwrap();
        let row = &rows(TableKind::Facts, &report, None)[0];
        let at = |n| row[cols_of(TableKind::Facts, n)].clone();
        assert_eq!(at("jurisdiction"), Cell::from("右玉县司法局"));
        assert_eq!(at("level"), Cell::from("department"));
        assert_eq!(at("division_code"), Cell::from("140623"));
        assert_eq!(at("division"), Cell::from("右玉县"));
        assert_eq!(at("division_level"), Cell::from("county"));
        assert_eq!(at("department"), Cell::from("司法局"));
        assert_eq!(at("prefecture_code"), Cell::from("140600"));
        assert_eq!(at("province_code"), Cell::from("140000"));
    }

    #[test]
    fn csv_quotes_what_needs_quoting() {
        let mut out = String::new();
        csv_line(&mut out, ["a", "b,c", "say \"x\"", "line\nbreak"]);
        assert_eq!(out, "a,\"b,c\",\"say \"\"x\"\"\",\"line\nbreak\"\r\n");
        assert!(
            csv_header(TableKind::Facts)
                .starts_with("file,jurisdiction,level,division_code,division,division_level,department,prefecture_code,province_code,year,fact_id,")
        );
    }
}
