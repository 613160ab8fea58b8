//! JSON reading and writing of a [`Report`], with errors that name the path.
//!
//! Decimals are written as strings so that no reader loses digits. Reading
//! rejects unknown fields and wrong types, then checks the invariants that
//! types alone cannot express (see [`check_invariants`]).

use crate::concepts;
use crate::error::{Error, Result};
use crate::model::FactKind;
use crate::model::Report;
use std::collections::{HashMap, HashSet};

/// Reads a report from JSON.
///
/// ```
/// let err = fazhi::json::from_json(r#"{"meta": 1}"#).unwrap_err();
/// assert_eq!(err.path(), Some("meta"));
/// ```
pub fn from_json(json: &str) -> Result<Report> {
    // a byte-order mark before the document (editors on Windows write one) is no content
    let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
    // read at full speed; only a document that fails is read again to find the path of its
    // first offence (tracking paths costs a third of the time of reading)
    let report = match serde_json::from_str::<Report>(json) {
        Ok(report) => report,
        Err(_) => return Err(offence_in(json)),
    };
    check_invariants(&report)?;
    Ok(report)
}

/// The error of a JSON document that does not read as a report, with the path of its first
/// offence, or text after the report.
fn offence_in(json: &str) -> Error {
    let de = &mut serde_json::Deserializer::from_str(json);
    match serde_path_to_error::deserialize::<_, Report>(&mut *de) {
        Err(e) => Error::Json {
            path: e.path().to_string(),
            message: e.inner().to_string(),
        },
        Ok(_) => {
            // one document: nothing but white space after it
            let message = match de.end() {
                Err(e) => format!("text after the report: {e}"),
                Ok(()) => "the report could not be read".to_string(),
            };
            Error::Json {
                path: ".".into(),
                message,
            }
        }
    }
}

/// Reads a report from JSON bytes, which must be UTF-8.
pub fn from_json_bytes(bytes: &[u8]) -> Result<Report> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::Json {
        path: ".".into(),
        message: format!("invalid utf-8 at byte {}", e.valid_up_to()),
    })?;
    from_json(text)
}

/// Writes a report as compact JSON.
pub fn to_json(report: &Report) -> String {
    serde_json::to_string(report).unwrap_or_else(unreachable_serialization)
}

/// Writes a report as indented JSON.
pub fn to_json_pretty(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap_or_else(unreachable_serialization)
}

// Serialising the model cannot fail: every map key is a string and every number finite.
fn unreachable_serialization(e: serde_json::Error) -> String {
    format!("{{\"error\":\"serialisation failed: {e}\"}}")
}

use crate::model::REPORT_YEARS as YEARS;

fn invalid(path: String, message: impl Into<String>) -> Error {
    Error::Invalid {
        path,
        message: message.into(),
    }
}

/// Checks what the types cannot — everything [`crate::extract()`] guarantees, so that what it
/// could not have produced is refused with the path of the first offence:
///
/// * known concepts and rule ids, a 6-digit division code;
/// * spans that end after they start, with no fewer bytes than code points, and as many
///   bytes as the text they hold (facts, labels, not-facts);
/// * a label that does not overlap its figure;
/// * unique fact ids and outline ids;
/// * references that resolve: `change_of` to a level fact, `part_of` to a fact with no cycle,
///   `section` to an outline id, `findings[].facts` to fact ids.
pub fn check_invariants(report: &Report) -> Result<()> {
    let mut sections = HashSet::new();
    let span_ok = |s: &crate::Span| {
        s.start <= s.end
            && s.char_start <= s.char_end
            && s.char_end - s.char_start <= s.end - s.start
    };
    // a span holds its text, and may hold invisible format characters besides (two or three
    // bytes each), which the extractor leaves out of the texts it gives
    let holds = |s: &crate::Span, text: &str| {
        let extra_bytes = (s.end - s.start).checked_sub(text.len());
        let extra_chars = (s.char_end - s.char_start).checked_sub(text.chars().count());
        matches!((extra_bytes, extra_chars), (Some(b), Some(c)) if 2 * c <= b && b <= 3 * c)
    };
    if let Some(y) = report.meta.year
        && !(YEARS.contains(&y))
    {
        return Err(invalid(
            "meta.year".into(),
            format!(
                "{y} is no year a report is about ({}–{})",
                YEARS.start(),
                YEARS.end()
            ),
        ));
    }
    // an id names a fact or a section in tables and links: printable, never empty
    let id_ok = |id: &str| !id.is_empty() && !id.chars().any(char::is_control);
    let ids = [
        (
            "facts",
            report
                .facts
                .iter()
                .map(|f| f.id.as_str())
                .collect::<Vec<_>>(),
        ),
        (
            "outline",
            report.outline.iter().map(|s| s.id.as_str()).collect(),
        ),
    ];
    for (part, ids) in ids {
        if let Some((i, id)) = ids.iter().enumerate().find(|(_, id)| !id_ok(id)) {
            return Err(invalid(
                format!("{part}[{i}].id"),
                format!("{id:?} is no id: empty, or holding a control character"),
            ));
        }
    }
    if let Some(j) = &report.meta.jurisdiction
        && let Some(code) = &j.division_code
        && !(code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(invalid(
            "meta.jurisdiction.division_code".into(),
            format!("{code:?} is not a 6-digit division code"),
        ));
    }
    for (i, s) in report.outline.iter().enumerate() {
        if !span_ok(&s.span) || !span_ok(&s.body) {
            return Err(invalid(
                format!("outline[{i}].span"),
                "span ends before it starts",
            ));
        }
        if !sections.insert(s.id.as_str()) {
            return Err(invalid(
                format!("outline[{i}].id"),
                format!("duplicate outline id {:?}", s.id),
            ));
        }
    }
    let section_ok = |s: &Option<String>| s.as_deref().is_none_or(|s| sections.contains(s));
    let mut ids = HashMap::new();
    for (i, f) in report.facts.iter().enumerate() {
        if ids.insert(f.id.as_str(), i).is_some() {
            return Err(invalid(
                format!("facts[{i}].id"),
                format!("duplicate fact id {:?}", f.id),
            ));
        }
        if let Some(c) = &f.concept
            && concepts::concept(c).is_none()
        {
            return Err(invalid(
                format!("facts[{i}].concept"),
                format!(
                    "unknown concept {c:?} (a concept of your own is known once its registry file is loaded)"
                ),
            ));
        }
        if !span_ok(&f.span) {
            return Err(invalid(
                format!("facts[{i}].span"),
                "span ends before it starts",
            ));
        }
        if !holds(&f.span, &f.text) {
            return Err(invalid(
                format!("facts[{i}].span"),
                format!("the span does not hold the text {:?}", f.text),
            ));
        }
        if let Some(l) = &f.label {
            if !span_ok(&l.span) || !holds(&l.span, &l.text) {
                return Err(invalid(
                    format!("facts[{i}].label.span"),
                    format!("the span does not hold the label {:?}", l.text),
                ));
            }
            if l.span.start < f.span.end && f.span.start < l.span.end {
                return Err(invalid(
                    format!("facts[{i}].label.span"),
                    "the label overlaps its figure",
                ));
            }
        }
        if !section_ok(&f.section) {
            return Err(invalid(
                format!("facts[{i}].section"),
                format!(
                    "no section {:?} in the outline",
                    f.section.as_deref().unwrap_or("")
                ),
            ));
        }
    }
    for (i, f) in report.facts.iter().enumerate() {
        for (field, r) in [("change_of", &f.change_of), ("part_of", &f.part_of)] {
            let Some(r) = r else { continue };
            let Some(&j) = ids.get(r.as_str()) else {
                return Err(invalid(
                    format!("facts[{i}].{field}"),
                    format!("no fact with id {r:?}"),
                ));
            };
            let target = &report.facts[j];
            if field == "change_of" && (f.kind == FactKind::Level || target.kind != FactKind::Level)
            {
                return Err(invalid(
                    format!("facts[{i}].change_of"),
                    "only a change is a change of something, and only of a level",
                ));
            }
        }
        // a part of a part of … must end at a whole, not come back
        let mut seen = 0;
        let mut at = f;
        while let Some(w) = &at.part_of {
            seen += 1;
            match ids.get(w.as_str()) {
                Some(&j) if seen <= report.facts.len() && j != i => at = &report.facts[j],
                _ => {
                    return Err(invalid(
                        format!("facts[{i}].part_of"),
                        "the parts and wholes run in a circle",
                    ));
                }
            }
        }
    }
    for (i, d) in report.documents.iter().enumerate() {
        if !span_ok(&d.span) {
            return Err(invalid(
                format!("documents[{i}].span"),
                "span ends before it starts",
            ));
        }
        if !section_ok(&d.section) {
            return Err(invalid(
                format!("documents[{i}].section"),
                "no such section in the outline",
            ));
        }
    }
    for (name, items) in [("problems", &report.problems), ("plans", &report.plans)] {
        for (i, n) in items.iter().enumerate() {
            if !span_ok(&n.span) {
                return Err(invalid(
                    format!("{name}[{i}].span"),
                    "span ends before it starts",
                ));
            }
            if !section_ok(&n.section) {
                return Err(invalid(
                    format!("{name}[{i}].section"),
                    "no such section in the outline",
                ));
            }
        }
    }
    for (i, n) in report.not_facts.iter().enumerate() {
        if !span_ok(&n.span) || !holds(&n.span, &n.text) {
            return Err(invalid(
                format!("not_facts[{i}].span"),
                format!("the span does not hold the text {:?}", n.text),
            ));
        }
    }
    for (i, finding) in report.findings.iter().enumerate() {
        if crate::rules::rule(&finding.rule).is_none() {
            return Err(invalid(
                format!("findings[{i}].rule"),
                format!("unknown rule {:?}", finding.rule),
            ));
        }
        for (j, id) in finding.facts.iter().enumerate() {
            if !ids.contains_key(id.as_str()) {
                return Err(invalid(
                    format!("findings[{i}].facts[{j}]"),
                    format!("no fact with id {id:?}"),
                ));
            }
        }
    }
    Ok(())
}
