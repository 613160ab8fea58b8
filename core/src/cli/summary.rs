//! The human summary of one report (`fazhi summary`): facts by area, then those of unknown
//! concept by label, documents, problems, plans and findings.

use crate::{Area, Report, Severity, concepts};
use std::collections::HashMap;
use std::io::Write;

/// Writes the summary of `r`.
pub fn print_summary(w: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let m = &r.meta;
    let who = m
        .jurisdiction
        .as_ref()
        .map_or("(jurisdiction unknown)".to_string(), |j| {
            format!(
                "{}{}{}",
                j.name,
                j.level.map_or(String::new(), |l| format!(" [{l:?}]")),
                j.division_code
                    .as_ref()
                    .map_or(String::new(), |c| format!(" {c}"))
            )
        });
    writeln!(
        w,
        "{who}, year {}",
        m.year.map_or("unknown".to_string(), |y| y.to_string())
    )?;
    if let Some(t) = &m.title {
        writeln!(w, "{t}")?;
    }
    if let Some(d) = m.published {
        writeln!(w, "published {d}")?;
    }
    match (&m.reporter, &m.reporter_note) {
        (Some(r), _) => {
            let parents = if r.parents.is_empty() {
                String::new()
            } else {
                format!(", within {}", r.parents.join(" < "))
            };
            writeln!(
                w,
                "reporter: {}{} ({}, division {} {}{parents})",
                r.name,
                r.department.as_deref().unwrap_or(""),
                r.level.as_str(),
                r.division,
                r.code
            )?;
        }
        (None, Some(note)) => writeln!(w, "reporter: none ({note})")?,
        (None, None) => {}
    }
    let known = r.facts.iter().filter(|f| f.concept.is_some()).count();
    // the most severe finding on each fact, found once
    let mut worst: HashMap<&str, Severity> = HashMap::new();
    for finding in &r.findings {
        for id in &finding.facts {
            let w = worst.entry(id.as_str()).or_insert(finding.severity);
            *w = (*w).max(finding.severity);
        }
    }
    let by_id: HashMap<&str, &crate::Fact> = r.facts.iter().map(|f| (f.id.as_str(), f)).collect();
    writeln!(
        w,
        "{} facts ({known} with a concept), {} documents, {} problems, {} plans, {} findings, {} numbers that are not facts\n",
        r.facts.len(),
        r.documents.len(),
        r.problems.len(),
        r.plans.len(),
        r.findings.len(),
        r.not_facts.len()
    )?;
    for area in Area::ALL {
        let facts: Vec<_> = r
            .facts
            .iter()
            .filter(|f| {
                f.concept
                    .as_deref()
                    .and_then(concepts::concept)
                    .is_some_and(|c| c.area == area)
            })
            .collect();
        if facts.is_empty() {
            continue;
        }
        writeln!(w, "== {} / {}", area.zh(), area.en())?;
        for f in facts {
            let c = f
                .concept
                .as_deref()
                .and_then(concepts::concept)
                .expect("filtered on concept");
            let flag = worst.get(f.id.as_str()).copied();
            let change = match f.kind {
                crate::FactKind::Level => String::new(),
                kind => format!(
                    " ({} of {})",
                    kind.as_str(),
                    f.change_of.as_deref().unwrap_or("?")
                ),
            };
            writeln!(
                w,
                "  {:<4} {}{} {:>14} {} {:<9} «{}» {} [{}]{change}",
                f.id,
                flag_mark(flag),
                pad(c.zh, 24),
                f.value.to_string(),
                pad(&f.unit, 4),
                f.qualifier.as_str(),
                f.text,
                c.en,
                label(f)
            )?;
        }
    }
    let unknown: Vec<_> = r.facts.iter().filter(|f| f.concept.is_none()).collect();
    if !unknown.is_empty() {
        writeln!(
            w,
            "== concept unknown (grouped by what the text calls them)"
        )?;
        for f in unknown {
            let change = f
                .change_of
                .as_deref()
                .map_or(String::new(), |b| format!(" ({} of {b})", f.kind.as_str()));
            writeln!(
                w,
                "  {:<4} {}{} {:>14} {} {:<9} «{}»{change}",
                f.id,
                flag_mark(worst.get(f.id.as_str()).copied()),
                pad(label(f), 24),
                f.value.to_string(),
                pad(&f.unit, 4),
                f.qualifier.as_str(),
                f.text,
            )?;
        }
    }
    writeln!(w, "\n== documents")?;
    for d in &r.documents {
        writeln!(w, "  《{}》 {} {:?}", d.title, d.kind.as_str(), d.status)?;
    }
    for (name, items) in [("problems", &r.problems), ("plans", &r.plans)] {
        writeln!(w, "\n== {name}")?;
        for (i, n) in items.iter().enumerate() {
            let short: String = n.text.chars().take(60).collect();
            writeln!(
                w,
                "  {}. {short}{}",
                i + 1,
                if n.text.chars().count() > 60 {
                    "…"
                } else {
                    ""
                }
            )?;
        }
    }
    let c = &r.compliance;
    if c.applies {
        writeln!(w, "\n== the five parts the reporting rules set")?;
        for p in &c.parts {
            let at = p
                .section
                .as_deref()
                .map_or(String::new(), |s| format!(" (section {s})"));
            writeln!(w, "  {:<10} {}{at}", p.part.as_str(), p.coverage.as_str())?;
        }
    }
    writeln!(w, "\n== findings")?;
    if r.findings.is_empty() {
        writeln!(w, "  none")?;
    }
    for f in &r.findings {
        let texts: Vec<String> = f
            .facts
            .iter()
            .filter_map(|id| by_id.get(id.as_str()))
            .map(|x| format!("{} «{}»", x.id, x.text))
            .collect();
        writeln!(w, "  [{}] {}: {}", f.severity.as_str(), f.rule, f.message)?;
        if !texts.is_empty() {
            writeln!(w, "      on {}", texts.join(", "))?;
        }
        if let Some(s) = &f.suggestion {
            writeln!(w, "      suggestion: {} {} ({})", s.value, s.unit, s.reason)?;
        }
    }
    Ok(())
}

/// The fact's label, or `-` when its sentence has none.
fn label(f: &crate::Fact) -> &str {
    f.label.as_ref().map_or("-", |l| l.text.as_str())
}

fn flag_mark(s: Option<Severity>) -> &'static str {
    match s {
        Some(Severity::Error) => "✗ ",
        Some(Severity::Warning) => "! ",
        Some(Severity::Info) => "· ",
        None => "  ",
    }
}

/// `s` padded with spaces to `width` terminal columns: a Chinese character takes two, so
/// columns of Chinese labels line up (`format!("{:<24}")` counts characters).
fn pad(s: &str, width: usize) -> String {
    let used = unicode_width::UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(used)))
}

#[cfg(test)]
mod tests {
    use super::pad;

    #[test]
    fn padding_counts_terminal_columns() {
        assert_eq!(pad("行政复议", 10), "行政复议  ");
        assert_eq!(pad("abc", 5), "abc  ");
        assert_eq!(
            pad("任前法律知识考试批次次", 10),
            "任前法律知识考试批次次",
            "never cut"
        );
    }
}
