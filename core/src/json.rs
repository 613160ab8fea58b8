//! JSON reading and writing of a [`Report`], with errors that name the path.
//!
//! Decimals are written as strings so that no reader loses digits. Reading
//! rejects unknown fields and wrong types, then checks the invariants that
//! types alone cannot express (see [`check_invariants`]).

use crate::concepts;
use crate::error::{Error, Result};
use crate::model::Report;
use std::collections::HashSet;

/// Reads a report from JSON.
///
/// ```
/// let err = fazhi::json::from_json(r#"{"meta": 1}"#).unwrap_err();
/// assert_eq!(err.path(), Some("meta"));
/// ```
pub fn from_json(json: &str) -> Result<Report> {
    let de = &mut serde_json::Deserializer::from_str(json);
    let report: Report = serde_path_to_error::deserialize(de).map_err(|e| Error::Json {
        path: e.path().to_string(),
        message: e.inner().to_string(),
    })?;
    check_invariants(&report)?;
    Ok(report)
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

fn invalid(path: String, message: impl Into<String>) -> Error {
    Error::Invalid {
        path,
        message: message.into(),
    }
}

/// Checks what the types cannot: known concepts, ordered spans, unique fact ids,
/// and references (`change_of`, `part_of`, `section`, `findings[].facts`) that resolve.
pub fn check_invariants(report: &Report) -> Result<()> {
    let sections: HashSet<&str> = report.outline.iter().map(|s| s.id.as_str()).collect();
    let mut ids = HashSet::new();
    let span_ok =
        |s: &crate::Span| s.start <= s.end && s.char_start <= s.char_end && s.char_end <= s.end;
    for (i, s) in report.outline.iter().enumerate() {
        if !span_ok(&s.span) || !span_ok(&s.body) {
            return Err(invalid(
                format!("outline[{i}].span"),
                "span ends before it starts",
            ));
        }
    }
    for (i, f) in report.facts.iter().enumerate() {
        if !ids.insert(f.id.as_str()) {
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
                format!("unknown concept {c:?}"),
            ));
        }
        if !span_ok(&f.span) {
            return Err(invalid(
                format!("facts[{i}].span"),
                "span ends before it starts",
            ));
        }
        if let Some(s) = &f.section
            && !sections.contains(s.as_str())
        {
            return Err(invalid(
                format!("facts[{i}].section"),
                format!("no section {s:?} in the outline"),
            ));
        }
    }
    for (i, f) in report.facts.iter().enumerate() {
        for (field, r) in [("change_of", &f.change_of), ("part_of", &f.part_of)] {
            if let Some(r) = r
                && !ids.contains(r.as_str())
            {
                return Err(invalid(
                    format!("facts[{i}].{field}"),
                    format!("no fact with id {r:?}"),
                ));
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
    }
    for (name, items) in [("problems", &report.problems), ("plans", &report.plans)] {
        for (i, n) in items.iter().enumerate() {
            if !span_ok(&n.span) {
                return Err(invalid(
                    format!("{name}[{i}].span"),
                    "span ends before it starts",
                ));
            }
        }
    }
    for (i, finding) in report.findings.iter().enumerate() {
        for (j, id) in finding.facts.iter().enumerate() {
            if !ids.contains(id.as_str()) {
                return Err(invalid(
                    format!("findings[{i}].facts[{j}]"),
                    format!("no fact with id {id:?}"),
                ));
            }
        }
    }
    Ok(())
}
