//! The HTML shown for a report in Jupyter: facts by area, findings highlighted.

use fazhi::{Area, Report, Severity, concepts};
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
    h.push_str("<table><thead><tr><th>area</th><th>concept</th><th>value</th><th>unit</th><th>as written</th><th>finding</th></tr></thead><tbody>");
    let mut rows = 0;
    for area in Area::ALL {
        for f in &r.facts {
            let Some(c) = f.concept.as_deref().and_then(concepts::concept) else {
                continue;
            };
            if c.area != area {
                continue;
            }
            let findings: Vec<_> = r
                .findings
                .iter()
                .filter(|x| x.facts.contains(&f.id))
                .collect();
            let worst = findings.iter().map(|x| x.severity).max();
            let style = match worst {
                Some(Severity::Error) => " style=\"background:#fdd\"",
                Some(Severity::Warning) => " style=\"background:#ffd\"",
                _ => "",
            };
            let notes: Vec<String> = findings.iter().map(|x| esc(&x.message)).collect();
            let _ = write!(
                h,
                "<tr{style}><td>{}</td><td title=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(area.en()),
                esc(c.id),
                esc(c.zh),
                f.value,
                esc(&f.unit),
                esc(&f.text),
                notes.join("<br>")
            );
            rows += 1;
        }
    }
    if rows == 0 {
        h.push_str("<tr><td colspan=\"6\">no fact with a known concept</td></tr>");
    }
    h.push_str("</tbody></table></div>");
    h
}
