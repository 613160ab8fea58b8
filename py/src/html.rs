//! The HTML shown for a report in Jupyter: facts by area (then the facts whose concept is
//! unknown, by their label), findings highlighted. Linear in facts and findings.

use fazhi::{Area, Fact, Finding, Report, Severity, concepts};
use std::collections::HashMap;
use std::fmt::Write;

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A compact HTML table of the report.
pub fn report(r: &Report) -> String {
    let mut h = String::new();
    let m = &r.meta;
    let who = m
        .jurisdiction
        .as_ref()
        .map_or("?".to_string(), |j| j.name.clone());
    let _ = write!(
        h,
        "<div class=\"fazhi-report\"><b>{}</b> {} · {} facts · {} documents · {} findings",
        esc(&who),
        m.year.map_or(String::new(), |y| y.to_string()),
        r.facts.len(),
        r.documents.len(),
        r.findings.len()
    );
    h.push_str("<table><thead><tr><th>area</th><th>concept</th><th>label</th><th>value</th><th>unit</th><th>as written</th><th>finding</th></tr></thead><tbody>");
    // the findings of each fact, gathered once
    let mut on_fact: HashMap<&str, Vec<&Finding>> = HashMap::new();
    for finding in &r.findings {
        for id in &finding.facts {
            on_fact.entry(id.as_str()).or_default().push(finding);
        }
    }
    let mut by_area: HashMap<Option<Area>, Vec<&Fact>> = HashMap::new();
    for f in &r.facts {
        let area = f
            .concept
            .as_deref()
            .and_then(concepts::concept)
            .map(|c| c.area);
        by_area.entry(area).or_default().push(f);
    }
    let areas = Area::ALL.into_iter().map(Some).chain([None]);
    for area in areas {
        for f in by_area.get(&area).into_iter().flatten() {
            let concept = f.concept.as_deref().and_then(concepts::concept);
            let findings = on_fact.get(f.id.as_str()).map_or(&[][..], Vec::as_slice);
            let worst = findings.iter().map(|x| x.severity).max();
            let style = match worst {
                Some(Severity::Error) => " style=\"background:#fdd\"",
                Some(Severity::Warning) => " style=\"background:#ffd\"",
                _ => "",
            };
            let notes: Vec<String> = findings.iter().map(|x| esc(&x.message)).collect();
            let _ = write!(
                h,
                "<tr{style}><td>{}</td><td title=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(area.map_or("(unknown)", Area::en)),
                esc(concept.map_or("", |c| c.id)),
                esc(concept.map_or("", |c| c.zh)),
                esc(f.label.as_ref().map_or("", |l| l.text.as_str())),
                f.value,
                esc(&f.unit),
                esc(&f.text),
                notes.join("<br>")
            );
        }
    }
    if r.facts.is_empty() {
        h.push_str("<tr><td colspan=\"7\">no fact</td></tr>");
    }
    h.push_str("</tbody></table></div>");
    h
}
