//! A review page: the report's text with every figure marked in place, for the people who
//! check the numbers before they trust them.
//!
//! [`review`] renders one self-contained HTML page (inline CSS and a small script, no network):
//! the outline as navigation; the full text with every fact marked and coloured by area (facts
//! of unknown concept marked apart, numbers that are not facts faint with their reason on
//! hover, document titles underlined); a panel that opens on a fact (click, or focus and
//! Enter) with its id, concept, label, exact value, unit, qualifier, kind, links and findings;
//! the findings, each jumping to its figure; and a table of the facts by area that filters by
//! area, by finding severity and by "no concept". It reads in light and dark colour schemes.
//!
//! The page is built with [`Markup`], which escapes every piece of text it is given: a
//! report that contains `<script>` shows it as text.
//!
//! ```
//! let text = "2024年全市共受理行政复议案件291件。";
//! let report = fazhi::extract(text)?;
//! let page = fazhi::html::review(text, &report);
//! assert!(page.contains(r#"data-fact="f1""#));
//! # Ok::<(), fazhi::Error>(())
//! ```

use crate::concepts::{Area, concept};
use crate::model::{Fact, Report, Severity};
use rust_decimal::Decimal;
use std::collections::HashMap;

/// HTML that is safe to emit: made only from escaped text, fixed tags and escaped attributes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Markup(String);

impl Markup {
    /// Nothing.
    pub fn new() -> Self {
        Markup(String::new())
    }

    /// `s` as text: `&`, `<`, `>`, `"` and `'` escaped.
    pub fn text(s: &str) -> Self {
        let mut m = Markup::new();
        m.push_text(s);
        m
    }

    /// Appends `s` as text.
    pub fn push_text(&mut self, s: &str) -> &mut Self {
        for c in s.chars() {
            match c {
                '&' => self.0.push_str("&amp;"),
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&#39;"),
                c => self.0.push(c),
            }
        }
        self
    }

    /// Appends other markup.
    pub fn push(&mut self, m: Markup) -> &mut Self {
        self.0.push_str(&m.0);
        self
    }

    /// Appends an element: `tag` with its attributes (names fixed, values escaped) around
    /// `body`.
    pub fn element(
        &mut self,
        tag: &'static str,
        attrs: &[(&'static str, &str)],
        body: Markup,
    ) -> &mut Self {
        self.open(tag, attrs);
        self.0.push_str(&body.0);
        self.close(tag)
    }

    /// Appends an opening tag with its attributes.
    pub fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) -> &mut Self {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attrs {
            self.0.push(' ');
            self.0.push_str(name);
            self.0.push_str("=\"");
            self.push_text(value);
            self.0.push('"');
        }
        self.0.push('>');
        self
    }

    /// Appends a closing tag.
    pub fn close(&mut self, tag: &'static str) -> &mut Self {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// Appends a fixed piece of the page (a literal: never text from a report).
    fn raw(&mut self, s: &'static str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    /// The HTML.
    pub fn into_string(self) -> String {
        self.0
    }
}

/// An element with text inside.
fn el(tag: &'static str, attrs: &[(&'static str, &str)], text: &str) -> Markup {
    let mut m = Markup::new();
    m.element(tag, attrs, Markup::text(text));
    m
}

/// A decimal with thousands separators in its integer part (`243,150,000`, `29.83`).
pub fn thousands(value: Decimal) -> String {
    let s = value.to_string();
    let (sign, digits) = s.strip_prefix('-').map_or(("", s.as_str()), |d| ("-", d));
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::from(sign);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// The class of an area's colour (`area-dispute_resolution`), or `area-unknown`.
fn area_of(f: &Fact) -> &'static str {
    f.concept
        .as_deref()
        .and_then(concept)
        .map_or("unknown", |c| c.area.id())
}

/// The JSON name of a unit enum (`number_in_title`, `issued`).
fn snake_name<T: serde::Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A mark laid over the text: where it stands and what it opens.
enum Mark<'a> {
    Fact(&'a Fact),
    NotFact(&'a crate::NotFact),
    Document(&'a crate::Document),
}

/// The review page of `report`, extracted from `text` (the same text, or the marks will be
/// misplaced: marks whose spans do not fit the text are left out).
pub fn review(text: &str, report: &Report) -> String {
    let findings_of = findings_on(report);
    let worst = |id: &str| {
        findings_of
            .get(id)
            .into_iter()
            .flatten()
            .map(|f| f.severity)
            .max()
    };
    let mut page = Markup::new();
    let who = report
        .meta
        .jurisdiction
        .as_ref()
        .map_or("(jurisdiction unknown)".to_string(), |j| j.name.clone());
    let year = report.meta.year.map_or(String::new(), |y| y.to_string());
    let title = format!("{who} {year} — fazhi review");
    page.raw("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .push(el("title", &[], &title))
        .raw("<style>")
        .raw(STYLE)
        .raw("</style></head><body>");

    // header
    let mut head = Markup::new();
    head.push(el("h1", &[], &format!("{who} {year}")));
    let counts = format!(
        "{} facts ({} with a concept), {} documents, {} problems, {} plans, {} findings",
        report.facts.len(),
        report.facts.iter().filter(|f| f.concept.is_some()).count(),
        report.documents.len(),
        report.problems.len(),
        report.plans.len(),
        report.findings.len()
    );
    head.push(el("p", &[("class", "counts")], &counts));
    let reporter = match (&report.meta.reporter, &report.meta.reporter_note) {
        (Some(r), _) => format!(
            "reporter: {}{} · {} · division {} {}{}",
            r.name,
            r.department.as_deref().unwrap_or(""),
            r.level.as_str(),
            r.division,
            r.code,
            if r.parents.is_empty() {
                String::new()
            } else {
                format!(" (within {})", r.parents.join(", "))
            }
        ),
        (None, Some(note)) => format!("reporter unknown: {note}"),
        (None, None) => "reporter unknown".to_string(),
    };
    head.push(el("p", &[("class", "reporter")], &reporter));
    // the colours of the areas that hold facts
    let mut legend = Markup::new();
    for a in Area::ALL {
        if report.facts.iter().any(|f| {
            f.concept
                .as_deref()
                .and_then(concept)
                .is_some_and(|c| c.area == a)
        }) {
            let class = format!("chip area-{}", a.id());
            legend.push(el(
                "span",
                &[("class", &class)],
                &format!("{} {}", a.zh(), a.en()),
            ));
        }
    }
    legend.push(el("span", &[("class", "chip no-concept")], "no concept"));
    head.element("p", &[("class", "legend")], legend);
    page.element("header", &[], head);

    // outline
    let mut nav = Markup::new();
    nav.push(el("h2", &[], "Outline"));
    nav.open("ol", &[]);
    for s in &report.outline {
        let depth = format!("depth-{}", s.level);
        let target = format!("#s-{}", s.id);
        let mut item = Markup::new();
        item.push(el(
            "a",
            &[("href", &target)],
            &format!("{} {}", s.label, s.title),
        ));
        nav.element("li", &[("class", &depth)], item);
    }
    nav.close("ol");
    page.element("nav", &[("id", "outline")], nav);

    // the text with its marks
    page.open("main", &[]);
    page.open("article", &[("id", "text")]);
    marked_text(&mut page, text, report, &worst);
    page.close("article");

    // the panel a fact opens
    page.raw("<aside id=\"panel\" hidden aria-live=\"polite\"><button id=\"close\" aria-label=\"close\">×</button><div id=\"panel-body\"></div></aside>");

    // findings
    let mut list = Markup::new();
    list.push(el("h2", &[], "Findings"));
    list.open("ol", &[("id", "findings")]);
    for f in &report.findings {
        let first = f.facts.first().map_or("", String::as_str);
        let mut item = Markup::new();
        item.push(el("span", &[("class", "severity")], f.severity.as_str()));
        item.push_text(" ");
        item.push(el("code", &[], &f.rule));
        item.push_text(": ");
        item.push_text(&f.message);
        if let Some(s) = &f.suggestion {
            item.push(el(
                "span",
                &[("class", "suggestion")],
                &format!(" → {} {} ({})", thousands(s.value), s.unit, s.reason),
            ));
        }
        list.element(
            "li",
            &[
                ("class", &format!("finding sev-{}", f.severity.as_str())),
                ("data-target", first),
                ("tabindex", "0"),
                ("role", "button"),
            ],
            item,
        );
    }
    list.close("ol");
    page.element("section", &[("id", "findings-list")], list);

    // the five parts the reporting rules set, where the text covers them
    let c = &report.compliance;
    let mut rules = Markup::new();
    rules.push(el("h2", &[], "Reporting rules"));
    if c.applies {
        rules.open("ol", &[("id", "parts")]);
        for p in &c.parts {
            let mut item = Markup::new();
            item.push(el("code", &[], p.part.as_str()));
            item.push_text(": ");
            match &p.section {
                Some(id) => {
                    let target = format!("#s-{id}");
                    item.push(el(
                        "a",
                        &[("href", &target)],
                        &format!("{} in section {id}", p.coverage.as_str()),
                    ));
                }
                None => {
                    item.push_text(p.coverage.as_str());
                }
            }
            let class = format!("part coverage-{}", p.coverage.as_str());
            rules.element("li", &[("class", &class)], item);
        }
        rules.close("ol");
        if !c.complete {
            rules.push(el(
                "p",
                &[],
                "the text stops before the plans and is not signed: an excerpt is not judged on what it leaves out",
            ));
        }
    } else {
        rules.push(el(
            "p",
            &[],
            "not an annual report the rules govern (no such title, fewer than three of the parts): no report.* checks",
        ));
    }
    page.element("section", &[("id", "reporting-rules")], rules);

    // the table of facts by area, with its filters
    let mut table = Markup::new();
    table.push(el("h2", &[], "Facts by area"));
    table.open("div", &[("id", "filters")]);
    table
        .open("label", &[])
        .push_text("area ")
        .open("select", &[("id", "filter-area")]);
    table.element("option", &[("value", "")], Markup::text("all"));
    for a in Area::ALL {
        let label = format!("{} {}", a.zh(), a.en());
        table.element("option", &[("value", a.id())], Markup::text(&label));
    }
    table.element(
        "option",
        &[("value", "unknown")],
        Markup::text("no concept"),
    );
    table.close("select").close("label");
    table
        .open("label", &[])
        .push_text(" finding ")
        .open("select", &[("id", "filter-severity")]);
    for (v, l) in [
        ("", "any"),
        ("error", "error"),
        ("warning", "warning"),
        ("info", "info"),
    ] {
        table.element("option", &[("value", v)], Markup::text(l));
    }
    table.close("select").close("label");
    table.close("div");
    table.open("table", &[("id", "facts")]);
    table.raw("<thead><tr><th>id</th><th>area</th><th>concept</th><th>label</th><th>value</th><th>unit</th><th>qualifier</th><th>finding</th></tr></thead><tbody>");
    for f in by_area(report) {
        let c = f.concept.as_deref().and_then(concept);
        let sev = worst(&f.id).map_or("", Severity::as_str);
        let mut row = Markup::new();
        row.push(el("td", &[], &f.id));
        row.push(el("td", &[], c.map_or("—", |c| c.area.en())));
        row.push(el(
            "td",
            &[("title", f.concept.as_deref().unwrap_or(""))],
            c.map_or("—", |c| c.zh),
        ));
        row.push(el(
            "td",
            &[],
            f.label.as_ref().map_or("", |l| l.text.as_str()),
        ));
        row.push(el("td", &[("class", "num")], &thousands(f.value)));
        row.push(el("td", &[], &f.unit));
        row.push(el("td", &[], f.qualifier.as_str()));
        row.push(el("td", &[], sev));
        table.element(
            "tr",
            &[
                ("data-target", &f.id),
                ("data-area", area_of(f)),
                ("data-severity", sev),
                ("tabindex", "0"),
            ],
            row,
        );
    }
    table.raw("</tbody></table>");
    page.element("section", &[("id", "facts-table")], table);
    page.close("main");

    // the facts as data for the panel: JSON, with `<` escaped so that no text closes the tag
    let data = fact_data(report, &findings_of);
    page.raw("<script id=\"fazhi-data\" type=\"application/json\">");
    page.0.push_str(
        &data
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026"),
    );
    page.raw("</script><script>")
        .raw(SCRIPT)
        .raw("</script></body></html>\n");
    page.into_string()
}

/// Writes `text` into `page` as text, with its marks and the anchors of its headings.
///
/// Marks nest (a title inside a title, a number inside a title): they are opened in reading
/// order, the longer first at the same start, and closed at their end. A mark that would cross
/// the end of an open one, or whose span does not fit the text, is left out.
fn marked_text(
    page: &mut Markup,
    text: &str,
    report: &Report,
    worst: &dyn Fn(&str) -> Option<Severity>,
) {
    let mut marks: Vec<(usize, usize, Mark)> = Vec::new();
    marks.extend(
        report
            .facts
            .iter()
            .map(|f| (f.span.start, f.span.end, Mark::Fact(f))),
    );
    marks.extend(
        report
            .not_facts
            .iter()
            .map(|n| (n.span.start, n.span.end, Mark::NotFact(n))),
    );
    marks.extend(
        report
            .documents
            .iter()
            .map(|d| (d.span.start, d.span.end, Mark::Document(d))),
    );
    marks.sort_by_key(|&(s, e, _)| (s, std::cmp::Reverse(e)));
    let mut headings: Vec<(usize, &str)> = report
        .outline
        .iter()
        .map(|s| (s.span.start, s.id.as_str()))
        .collect();
    headings.sort_unstable();
    let mut cursor = Cursor {
        text,
        at: 0,
        headings: &headings,
        next: 0,
    };
    // the ends and tags of the open marks, innermost last
    let mut open: Vec<(usize, &'static str)> = Vec::new();
    let fits = |s: usize, e: usize| {
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    for (s, e, mark) in &marks {
        let (s, e) = (*s, *e);
        if s < cursor.at || !fits(s, e) {
            continue;
        }
        while let Some(&(end, tag)) = open.last() {
            if end > s {
                break;
            }
            cursor.advance(page, end);
            page.close(tag);
            open.pop();
        }
        if open.last().is_some_and(|&(end, _)| e > end) {
            continue;
        }
        cursor.advance(page, s);
        let tag = match mark {
            Mark::Fact(f) => {
                let class = format!(
                    "fact area-{}{}{}",
                    area_of(f),
                    if f.concept.is_none() {
                        " no-concept"
                    } else {
                        ""
                    },
                    worst(&f.id).map_or("", |w| match w {
                        Severity::Error => " sev-error",
                        Severity::Warning => " sev-warning",
                        Severity::Info => " sev-info",
                    })
                );
                let hint = format!("{} {} {}", f.id, thousands(f.value), f.unit);
                page.open(
                    "mark",
                    &[
                        ("data-fact", &f.id),
                        ("id", &format!("fact-{}", f.id)),
                        ("class", &class),
                        ("tabindex", "0"),
                        ("title", &hint),
                        ("role", "button"),
                    ],
                );
                "mark"
            }
            Mark::NotFact(n) => {
                let hint = format!("not a fact: {}", snake_name(&n.reason));
                page.open("span", &[("class", "not-fact"), ("title", &hint)]);
                "span"
            }
            Mark::Document(d) => {
                let hint = format!("document: {} ({})", d.kind.as_str(), snake_name(&d.status));
                page.open("span", &[("class", "document"), ("title", &hint)]);
                "span"
            }
        };
        open.push((e, tag));
    }
    while let Some((end, tag)) = open.pop() {
        cursor.advance(page, end);
        page.close(tag);
    }
    cursor.advance(page, text.len());
}

/// Where the writing of the text stands, and the heading anchors still to write.
struct Cursor<'a> {
    text: &'a str,
    at: usize,
    headings: &'a [(usize, &'a str)],
    next: usize,
}

impl Cursor<'_> {
    /// Writes the text up to `to` (a char boundary at or after `at`), with the anchor of each
    /// heading that starts on the way.
    fn advance(&mut self, page: &mut Markup, to: usize) {
        while let Some(&(h, id)) = self.headings.get(self.next) {
            if h > to {
                break;
            }
            if h >= self.at && self.text.is_char_boundary(h) {
                page.push_text(&self.text[self.at..h]);
                self.at = h;
                let anchor = format!("s-{id}");
                page.element(
                    "span",
                    &[("id", &anchor), ("class", "anchor")],
                    Markup::new(),
                );
            }
            self.next += 1;
        }
        if to > self.at {
            page.push_text(&self.text[self.at..to]);
            self.at = to;
        }
    }
}

/// One line of the index page of a folder run: a report's page and its counts, or the reason
/// the file gave no report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexRow {
    /// The file as given.
    pub file: String,
    /// The review page's address relative to the index (`None` for a failed file).
    pub page: Option<String>,
    /// The jurisdiction's name.
    pub jurisdiction: Option<String>,
    /// The report's year.
    pub year: Option<i32>,
    /// How many facts.
    pub facts: usize,
    /// How many findings of each severity: error, warning, info.
    pub findings: [usize; 3],
    /// Why the file gave no report.
    pub failure: Option<String>,
    /// The report's first level fact of each concept it states, for the charts across
    /// reports.
    pub values: Vec<IndexValue>,
}

/// One value of a report on the index page's charts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IndexValue {
    /// The concept id.
    pub concept: String,
    /// The unit: a chart never puts two units on one axis.
    pub unit: String,
    /// The exact value.
    pub value: Decimal,
    /// The fact's id, the anchor of its figure on the review page (`#fact-f12`).
    pub fact: String,
}

impl IndexRow {
    /// The row of a report whose review page is at `page`.
    pub fn of(file: String, page: String, report: &Report) -> IndexRow {
        let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
        IndexRow {
            file,
            page: Some(page),
            jurisdiction: report.meta.jurisdiction.as_ref().map(|j| j.name.clone()),
            year: report.meta.year,
            facts: report.facts.len(),
            findings: [
                count(Severity::Error),
                count(Severity::Warning),
                count(Severity::Info),
            ],
            failure: None,
            values: {
                let mut seen = std::collections::HashSet::new();
                report
                    .facts
                    .iter()
                    .filter(|f| f.kind == crate::FactKind::Level)
                    .filter_map(|f| Some((f, f.concept.as_deref()?)))
                    .filter(|(_, c)| seen.insert(*c))
                    .map(|(f, c)| IndexValue {
                        concept: c.to_string(),
                        unit: f.unit.clone(),
                        value: f.value,
                        fact: f.id.clone(),
                    })
                    .collect()
            },
        }
    }

    /// The row of a file that gave no report.
    pub fn failed(file: String, reason: String) -> IndexRow {
        IndexRow {
            file,
            page: None,
            jurisdiction: None,
            year: None,
            facts: 0,
            findings: [0; 3],
            failure: Some(reason),
            values: Vec::new(),
        }
    }
}

/// A link to a file beside the page, by construction a relative path: every byte but
/// unreserved ones percent-encoded (so `#`, `?`, `%` and `:` stay in the name), and led by
/// `./` (so `javascript:…` is a file name, never a scheme).
fn relative_link(name: &str) -> String {
    let mut out = String::from("./");
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The index page of a folder run: one row per file with its jurisdiction, year, facts and
/// findings by severity, linked to its review page; failed files with their reason.
pub fn index(rows: &[IndexRow]) -> String {
    let mut page = Markup::new();
    page.raw("<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .push(el("title", &[], "fazhi — reports"))
        .raw("<style>")
        .raw(STYLE)
        .raw("body { display: block; padding: 0 1rem; }</style></head><body>");
    let failed = rows.iter().filter(|r| r.failure.is_some()).count();
    page.push(el("h1", &[], "Reports"));
    page.push(el(
        "p",
        &[("class", "counts")],
        &format!(
            "{} files, {} read, {failed} failed",
            rows.len(),
            rows.len() - failed
        ),
    ));
    page.raw("<table id=\"reports\"><thead><tr><th>file</th><th>jurisdiction</th><th>year</th><th>facts</th><th>errors</th><th>warnings</th><th>info</th></tr></thead><tbody>");
    for r in rows {
        let mut row = Markup::new();
        let mut file = Markup::new();
        match &r.page {
            Some(page) => file.element(
                "a",
                &[("href", &relative_link(page))],
                Markup::text(&r.file),
            ),
            None => file.push_text(&r.file),
        };
        row.element("td", &[], file);
        if let Some(reason) = &r.failure {
            row.element(
                "td",
                &[("colspan", "6"), ("class", "failure")],
                Markup::text(reason),
            );
        } else {
            row.push(el("td", &[], r.jurisdiction.as_deref().unwrap_or("—")));
            row.push(el("td", &[], &r.year.map_or("—".into(), |y| y.to_string())));
            row.push(el("td", &[("class", "num")], &r.facts.to_string()));
            for (n, class) in r
                .findings
                .iter()
                .zip(["sev-error", "sev-warning", "sev-info"])
            {
                let class = format!("num {class}");
                row.push(el("td", &[("class", &class)], &n.to_string()));
            }
        }
        page.element("tr", &[], row);
    }
    page.raw("</tbody></table>");
    page.push(charts(rows));
    page.raw("</body></html>\n");
    page.into_string()
}

/// How many reports must state a concept for the index to chart it.
const CHART_MIN_REPORTS: usize = 3;

/// The charts across reports: for each concept and unit that three reports or more state, its
/// value by place and year as bars (inline SVG, no script), each linked to the figure on its
/// report's review page. Bars start at zero and share one scale per chart; a negative value
/// (a decrease) draws no bar, only its number.
fn charts(rows: &[IndexRow]) -> Markup {
    type Point<'a> = (&'a IndexRow, &'a IndexValue);
    let mut by: std::collections::BTreeMap<(&str, &str), Vec<Point<'_>>> = Default::default();
    for r in rows.iter().filter(|r| r.page.is_some()) {
        for v in &r.values {
            by.entry((v.concept.as_str(), v.unit.as_str()))
                .or_default()
                .push((r, v));
        }
    }
    let mut out = Markup::new();
    let charted: Vec<_> = by
        .into_iter()
        .filter(|(_, points)| points.len() >= CHART_MIN_REPORTS)
        .collect();
    if charted.is_empty() {
        return out;
    }
    out.raw("<section id=\"charts\"><h2>Across reports</h2>");
    out.raw("<style>#charts svg { font: 12px system-ui, sans-serif; fill: currentColor; } #charts .bar { fill: var(--info); } #charts a:hover .bar { fill: var(--warning); } #charts figure { margin: 1.5rem 0; }</style>");
    let (row_h, label_w, bar_w) = (20u32, 180u32, 320u32);
    for ((concept_id, unit), mut points) in charted {
        points.sort_by(|a, b| (&a.0.jurisdiction, a.0.year).cmp(&(&b.0.jurisdiction, b.0.year)));
        let max = points
            .iter()
            .map(|p| p.1.value)
            .fold(Decimal::ZERO, Decimal::max);
        let c = concept(concept_id);
        let title = format!(
            "{} ({unit}) — {}",
            c.map_or(concept_id, |c| c.zh),
            c.map_or("", |c| c.en)
        );
        let height = row_h * points.len() as u32 + 4;
        let width = label_w + bar_w + 110;
        let (w, h) = (width.to_string(), height.to_string());
        let view = format!("0 0 {width} {height}");
        let mut svg = Markup::new();
        svg.open(
            "svg",
            &[
                ("role", "img"),
                ("width", &w),
                ("height", &h),
                ("viewBox", &view),
            ],
        );
        svg.push(el("title", &[], &title));
        for (i, (row, v)) in points.iter().enumerate() {
            let y = row_h * i as u32;
            // the place and year, or the file's name; cut to the label's width, whole on hover
            let name = row
                .jurisdiction
                .as_deref()
                .unwrap_or_else(|| row.file.rsplit(['/', '\\']).next().unwrap_or(&row.file));
            let place = match row.year {
                Some(y) => format!("{name} {y}"),
                None => name.to_string(),
            };
            let shown = fit(&place, label_w - 8);
            // the bar's length in whole pixels, from the exact values
            let len = if max > Decimal::ZERO && v.value > Decimal::ZERO {
                (v.value * Decimal::from(bar_w) / max)
                    .round()
                    .try_into()
                    .unwrap_or(0u32)
                    .max(1)
            } else {
                0
            };
            let href = format!(
                "{}#fact-{}",
                relative_link(row.page.as_deref().unwrap_or("")),
                relative_link(&v.fact).trim_start_matches("./")
            );
            let baseline = (y + 14).to_string();
            let mut a = Markup::new();
            let mut label = Markup::new();
            label.push(el("title", &[], &place));
            label.push(Markup::text(&shown));
            a.element("text", &[("x", "0"), ("y", &baseline)], label);
            a.element(
                "rect",
                &[
                    ("class", "bar"),
                    ("x", &label_w.to_string()),
                    ("y", &(y + 3).to_string()),
                    ("width", &len.to_string()),
                    ("height", &(row_h - 6).to_string()),
                ],
                Markup::new(),
            );
            a.element(
                "text",
                &[("x", &(label_w + len + 6).to_string()), ("y", &baseline)],
                Markup::text(&format!("{} {unit}", thousands(v.value))),
            );
            svg.element("a", &[("href", &href)], a);
        }
        svg.close("svg");
        let mut figure = Markup::new();
        figure.push(el("figcaption", &[], &title));
        figure.push(svg);
        out.element("figure", &[("data-concept", concept_id)], figure);
    }
    out.raw("</section>");
    out
}

/// `label` cut to about `width` pixels of 12 px text (a Chinese character 12, another 7), an
/// ellipsis where it is cut.
fn fit(label: &str, width: u32) -> String {
    let px = |c: char| if c.is_ascii() { 7 } else { 12 };
    if label.chars().map(px).sum::<u32>() <= width {
        return label.to_string();
    }
    let mut used = px('…');
    let mut out = String::new();
    for c in label.chars() {
        used += px(c);
        if used > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// A compact view of `report` without its text, for a notebook cell: one table of the facts
/// by area (then those of no concept, with their labels), each fact's findings beside it.
/// Colours come from the surrounding page, so it reads on light and dark themes alike.
pub fn summary(report: &Report) -> String {
    let on_fact = findings_on(report);
    let m = &report.meta;
    let who = m.jurisdiction.as_ref().map_or("?", |j| j.name.as_str());
    let head = format!(
        " {} · {} facts · {} documents · {} findings",
        m.year.map_or(String::new(), |y| y.to_string()),
        report.facts.len(),
        report.documents.len(),
        report.findings.len()
    );
    let mut out = Markup::new();
    out.open("div", &[("class", "fazhi-report")]);
    out.push(el("b", &[], who)).push_text(&head);
    out.raw("<table><thead><tr><th>id</th><th>area</th><th>concept</th><th>label</th><th>value</th><th>unit</th><th>as written</th><th>finding</th></tr></thead><tbody>");
    for f in by_area(report) {
        let c = f.concept.as_deref().and_then(concept);
        let findings = on_fact.get(f.id.as_str()).map_or(&[][..], Vec::as_slice);
        let style = match findings.iter().map(|x| x.severity).max() {
            Some(Severity::Error) => "border-left:4px solid #d32f2f",
            Some(Severity::Warning) => "border-left:4px solid #f9a825",
            _ => "",
        };
        let notes: Vec<String> = findings
            .iter()
            .map(|x| format!("{}: {}", x.severity.as_str(), x.message))
            .collect();
        let mut row = Markup::new();
        row.push(el("td", &[], &f.id));
        row.push(el("td", &[], c.map_or("(unknown)", |c| c.area.en())));
        row.push(el(
            "td",
            &[("title", c.map_or("", |c| c.id))],
            c.map_or("", |c| c.zh),
        ));
        row.push(el(
            "td",
            &[],
            f.label.as_ref().map_or("", |l| l.text.as_str()),
        ));
        row.push(el(
            "td",
            &[("style", "text-align:right")],
            &thousands(f.value),
        ));
        row.push(el("td", &[], &f.unit));
        row.push(el("td", &[], &f.text));
        row.push(el("td", &[], &notes.join("; ")));
        out.element("tr", &[("style", style)], row);
    }
    if report.facts.is_empty() {
        out.raw("<tr><td colspan=\"8\">no fact</td></tr>");
    }
    out.raw("</tbody></table></div>");
    out.into_string()
}

/// The review page of `report` for a notebook cell: the page in a sandboxed `iframe` (its
/// style and script stay inside), `height` CSS pixels tall.
pub fn inline(text: &str, report: &Report, height: u32) -> String {
    framed(&review(text, report), height)
}

/// A page in a sandboxed `<iframe srcdoc>` of `height` pixels: its scripts run in the frame,
/// never in the page that embeds it.
pub fn framed(page: &str, height: u32) -> String {
    let style = format!("width:100%;height:{height}px;border:1px solid #8884");
    let mut m = Markup::new();
    m.element(
        "iframe",
        &[
            ("srcdoc", page),
            ("style", &style),
            ("sandbox", "allow-scripts"),
            ("title", "fazhi review"),
        ],
        Markup::new(),
    );
    m.into_string()
}

/// The facts in the order of the areas of the registry, those of no concept last, in reading
/// order within each.
fn by_area(report: &Report) -> Vec<&Fact> {
    let rank = |f: &Fact| {
        f.concept
            .as_deref()
            .and_then(concept)
            .and_then(|c| Area::ALL.iter().position(|a| *a == c.area))
            .unwrap_or(Area::ALL.len())
    };
    let mut ordered: Vec<&Fact> = report.facts.iter().collect();
    ordered.sort_by_key(|f| rank(f));
    ordered
}

/// The findings on each fact, by fact id, in the report's order: built once per page, so
/// that a page is linear in facts and findings.
fn findings_on(report: &Report) -> HashMap<&str, Vec<&crate::Finding>> {
    let mut on: HashMap<&str, Vec<&crate::Finding>> = HashMap::new();
    for finding in &report.findings {
        for id in &finding.facts {
            on.entry(id.as_str()).or_default().push(finding);
        }
    }
    on
}

/// The facts and findings the panel shows, as JSON keyed by fact id.
fn fact_data(report: &Report, on: &HashMap<&str, Vec<&crate::Finding>>) -> String {
    // written in the facts' order as they are made, from borrowed fields: no map to sort
    // the ids into, no copy of every string into a JSON value first
    let mut out: Vec<u8> = Vec::with_capacity(report.facts.len() * 512);
    out.push(b'{');
    for (i, f) in report.facts.iter().enumerate() {
        let c = f.concept.as_deref().and_then(concept);
        let findings = on
            .get(f.id.as_str())
            .into_iter()
            .flatten()
            .map(|x| PanelFinding {
                rule: &x.rule,
                severity: x.severity.as_str(),
                message: &x.message,
                suggestion: x
                    .suggestion
                    .as_ref()
                    .map(|s| format!("{} {}", thousands(s.value), s.unit)),
            })
            .collect();
        let word = |c: &Option<crate::model::Cited>| {
            c.as_ref()
                .map(|c| format!("{} ({})", c.text, c.from.as_str().replace('_', " ")))
        };
        let fact = PanelFact {
            id: &f.id,
            concept: f.concept.as_deref(),
            zh: c.map(|c| c.zh),
            en: c.map(|c| c.en),
            label: f.label.as_ref().map(|l| l.text.as_str()),
            value: thousands(f.value),
            unit: &f.unit,
            qualifier: f.qualifier.as_str(),
            kind: f.kind.as_str(),
            text: &f.text,
            change_of: f.change_of.as_deref(),
            part_of: f.part_of.as_deref(),
            section: f.section.as_deref(),
            dimension: f.dimension.as_ref().map(|d| PanelDimension {
                concept: &d.concept,
                zh: concept(&d.concept).map(|c| c.zh),
                axis: d.axis.as_str(),
                member: &d.member,
            }),
            evidence: f.evidence.as_ref().map(|e| PanelEvidence {
                act: word(&e.act),
                thing: word(&e.thing),
                domain: word(&e.domain),
                domain_id: e.domain_id.as_deref(),
            }),
            findings,
        };
        if i > 0 {
            out.push(b',');
        }
        // writing into a Vec cannot fail; a failure would leave the panel without this fact
        let _ = serde_json::to_writer(&mut out, &f.id);
        out.push(b':');
        let _ = serde_json::to_writer(&mut out, &fact);
    }
    out.push(b'}');
    String::from_utf8(out).unwrap_or_default()
}

/// A fact as the review page's panel shows it.
#[derive(serde::Serialize)]
struct PanelFact<'a> {
    id: &'a str,
    concept: Option<&'a str>,
    zh: Option<&'static str>,
    en: Option<&'static str>,
    label: Option<&'a str>,
    value: String,
    unit: &'a str,
    qualifier: &'static str,
    kind: &'static str,
    text: &'a str,
    change_of: Option<&'a str>,
    part_of: Option<&'a str>,
    section: Option<&'a str>,
    dimension: Option<PanelDimension<'a>>,
    evidence: Option<PanelEvidence<'a>>,
    findings: Vec<PanelFinding<'a>>,
}

/// A fact's dimension on the panel.
#[derive(serde::Serialize)]
struct PanelDimension<'a> {
    concept: &'a str,
    zh: Option<&'static str>,
    axis: &'static str,
    member: &'a str,
}

/// The words a fact's concept was read from, on the panel.
#[derive(serde::Serialize)]
struct PanelEvidence<'a> {
    act: Option<String>,
    thing: Option<String>,
    domain: Option<String>,
    domain_id: Option<&'a str>,
}

/// A finding on a fact, on the panel.
#[derive(serde::Serialize)]
struct PanelFinding<'a> {
    rule: &'a str,
    severity: &'static str,
    message: &'a str,
    suggestion: Option<String>,
}

const STYLE: &str = r#"
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1b1b; --muted: #6b6b6b; --panel: #f6f6f6; --line: #ddd;
  --error: #c62828; --warning: #b26a00; --info: #1565c0; }
@media (prefers-color-scheme: dark) { :root { --bg: #161616; --fg: #e8e8e8; --muted: #a0a0a0; --panel: #232323; --line: #3a3a3a;
  --error: #ef5350; --warning: #ffb74d; --info: #64b5f6; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.7 system-ui, "Noto Sans CJK SC", sans-serif;
  display: grid; grid-template-columns: 16rem 1fr; }
header { grid-column: 1 / -1; padding: .5rem 1rem; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.3rem; } .counts { margin: 0; color: var(--muted); }
nav { padding: .5rem 1rem; border-right: 1px solid var(--line); position: sticky; top: 0; max-height: 100vh; overflow: auto; }
nav ol { list-style: none; padding: 0; margin: 0; } nav a { color: inherit; text-decoration: none; font-size: .9rem; }
nav .depth-2 { padding-left: 1em; } nav .depth-3 { padding-left: 2em; font-size: .85rem; }
main { padding: 0 1rem 4rem; min-width: 0; }
article { white-space: pre-wrap; max-width: 60rem; }
mark.fact { color: inherit; border-radius: 3px; padding: 0 1px; cursor: pointer; background: color-mix(in srgb, var(--c, #888) 22%, transparent); border-bottom: 2px solid var(--c, #888); }
mark.fact:focus, mark.fact.current { outline: 2px solid var(--fg); }
mark.no-concept { background: transparent; border-bottom: 2px dashed var(--muted); }
mark.sev-error { box-shadow: 0 0 0 2px var(--error); } mark.sev-warning { box-shadow: 0 0 0 2px var(--warning); }
mark.hidden-by-filter { background: transparent; border-bottom-color: transparent; }
.legend { margin: .2rem 0 0; font-size: .8rem; } .chip { display: inline-block; margin-right: .4rem; padding: 0 .4rem; border-radius: 3px;
  background: color-mix(in srgb, var(--c, #888) 22%, transparent); border-bottom: 2px solid var(--c, #888); }
.chip.no-concept { background: transparent; border-bottom: 2px dashed var(--muted); }
.not-fact { color: var(--muted); text-decoration: underline dotted; }
.document { text-decoration: underline; text-decoration-color: var(--muted); }
.area-leadership { --c: #8e24aa; } .area-legislation { --c: #3949ab; } .area-major_decisions { --c: #00897b; }
.area-normative_documents { --c: #5e35b1; } .area-enforcement { --c: #e53935; } .area-business_environment { --c: #f4511e; }
.area-government_services { --c: #039be5; } .area-credit { --c: #7cb342; } .area-dispute_resolution { --c: #fb8c00; }
.area-legal_services { --c: #6d4c41; } .area-legal_aid { --c: #d81b60; } .area-law_popularization { --c: #43a047; }
aside#panel { position: fixed; right: 1rem; top: 4rem; width: 22rem; max-height: 80vh; overflow: auto; background: var(--panel);
  border: 1px solid var(--line); border-radius: 6px; padding: .5rem 1rem; box-shadow: 0 4px 16px #0004; }
aside#panel dt { color: var(--muted); font-size: .8rem; } aside#panel dd { margin: 0 0 .3rem; }
#close { float: right; border: none; background: none; color: inherit; font-size: 1.2rem; cursor: pointer; }
#findings li, #facts tr { cursor: pointer; } .failure { color: var(--error); } .sev-error .severity { color: var(--error); font-weight: bold; }
.sev-warning .severity { color: var(--warning); font-weight: bold; } .sev-info .severity { color: var(--info); }
table { border-collapse: collapse; font-size: .9rem; } th, td { border-bottom: 1px solid var(--line); padding: .15rem .5rem; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } tr[hidden] { display: none; }
"#;

const SCRIPT: &str = r#"
(function () {
  const data = JSON.parse(document.getElementById('fazhi-data').textContent);
  const panel = document.getElementById('panel'), body = document.getElementById('panel-body');
  function row(list, name, value) {
    if (value === null || value === undefined || value === '') return;
    const dt = document.createElement('dt'); dt.textContent = name;
    const dd = document.createElement('dd');
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    list.append(dt, dd);
  }
  function link(id) {
    const a = document.createElement('a'); a.href = '#'; a.textContent = id;
    a.addEventListener('click', e => { e.preventDefault(); show(id); });
    return a;
  }
  function show(id) {
    const f = data[id]; if (!f) return;
    document.querySelectorAll('mark.current').forEach(m => m.classList.remove('current'));
    const mark = document.querySelector('mark[data-fact="' + CSS.escape(id) + '"]');
    if (mark) { mark.classList.add('current'); mark.scrollIntoView({block: 'center'}); mark.focus({preventScroll: true}); }
    body.textContent = '';
    const list = document.createElement('dl');
    row(list, 'fact', f.id); row(list, 'concept', f.concept ? f.zh + ' / ' + f.en + ' (' + f.concept + ')' : 'unknown');
    row(list, 'label', f.label); row(list, 'value', f.value + ' ' + f.unit); row(list, 'as written', f.text);
    row(list, 'qualifier', f.qualifier); row(list, 'kind', f.kind);
    if (f.change_of) row(list, 'change of', link(f.change_of));
    if (f.part_of) row(list, 'part of', link(f.part_of));
    if (f.dimension) row(list, 'a part of', (f.dimension.zh || f.dimension.concept) + ' — ' + f.dimension.axis + (f.dimension.member ? ': ' + f.dimension.member : ''));
    if (f.evidence) {
      row(list, 'read from: act', f.evidence.act); row(list, 'read from: thing', f.evidence.thing);
      row(list, 'read from: domain', f.evidence.domain ? f.evidence.domain + (f.evidence.domain_id ? ' = ' + f.evidence.domain_id : '') : null);
    }
    row(list, 'section', f.section);
    for (const x of f.findings) row(list, x.severity + ' ' + x.rule, x.message + (x.suggestion ? ' → ' + x.suggestion : ''));
    body.appendChild(list);
    panel.hidden = false;
  }
  function activate(el, id) {
    el.addEventListener('click', () => show(id));
    el.addEventListener('keydown', e => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); show(id); } });
  }
  document.querySelectorAll('mark[data-fact]').forEach(m => activate(m, m.dataset.fact));
  document.querySelectorAll('[data-target]').forEach(el => { if (el.dataset.target) activate(el, el.dataset.target); });
  document.getElementById('close').addEventListener('click', () => { panel.hidden = true; });
  document.addEventListener('keydown', e => { if (e.key === 'Escape') panel.hidden = true; });
  const area = document.getElementById('filter-area'), severity = document.getElementById('filter-severity');
  function filter() {
    const a = area.value, s = severity.value;
    document.querySelectorAll('#facts tbody tr').forEach(tr => {
      tr.hidden = (a && tr.dataset.area !== a) || (s && tr.dataset.severity !== s);
    });
    document.querySelectorAll('mark[data-fact]').forEach(m => {
      const off = (a && !m.classList.contains('area-' + a)) || (s && !m.classList.contains('sev-' + s));
      m.classList.toggle('hidden-by-filter', !!off);
    });
  }
  area.addEventListener('change', filter); severity.addEventListener('change', filter);
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_charts_a_concept_three_reports_state() {
        let report = |place: &str, n: u32, unit: &str| {
            let text = format!(
                "{place}2024年法治政府建设年度报告\n一、行政复议\n全年受理行政复议案件{n}{unit}，化解矛盾纠纷9件。"
            );
            crate::extract_with(&text, &crate::Options::new(Some(place.into()), Some(2024)))
                .unwrap()
        };
        let rows: Vec<IndexRow> = [
            ("右玉县", 30, "件"),
            ("平鲁区", 12, "件"),
            ("朔城区", 45, "件"),
            ("怀仁市", 7, "起"),
        ]
        .iter()
        .enumerate()
        .map(|(i, (p, n, u))| {
            IndexRow::of(format!("{i}.txt"), format!("{i}.html"), &report(p, *n, u))
        })
        .collect();
        let page = index(&rows);
        // disputes resolved: four reports; cases accepted: three in 件 — the 起 report is not
        // on that chart
        assert_eq!(page.matches("<figure").count(), 2, "{page}");
        let accepted = &page[page
            .find("data-concept=\"dispute_resolution.reconsideration.accepted\"")
            .unwrap()..];
        let accepted = &accepted[..accepted.find("</figure>").unwrap()];
        assert_eq!(accepted.matches("<rect").count(), 3);
        assert!(!accepted.contains("怀仁市") && accepted.contains("朔城区"));
        // each bar links to its figure on its review page; the largest is the full width
        assert!(accepted.contains("href=\"./2.html#fact-f1\""), "{accepted}");
        assert!(accepted.contains("width=\"320\""));
        assert!(!page.contains("<script"));
        // two reports are no comparison
        assert!(!index(&rows[..2]).contains("<figure"));
    }

    #[test]
    fn text_is_escaped_by_construction() {
        assert_eq!(
            Markup::text("<script>alert('x')&</script>").into_string(),
            "&lt;script&gt;alert(&#39;x&#39;)&amp;&lt;/script&gt;"
        );
        let mut m = Markup::new();
        m.element(
            "a",
            &[("title", "\"><img src=x onerror=alert(1)>")],
            Markup::text("t"),
        );
        assert!(!m.clone().into_string().contains("<img"));
    }

    #[test]
    fn chart_labels_fit_their_width() {
        assert_eq!(fit("朔州市 2024", 172), "朔州市 2024");
        let cut = fit("宁国市人民政府行政复议办公室 2024", 172);
        assert!(
            cut.ends_with('…') && cut.starts_with("宁国市人民政府"),
            "{cut}"
        );
        let width: u32 = cut.chars().map(|c| if c.is_ascii() { 7 } else { 12 }).sum();
        assert!(width <= 172, "{cut}: {width}");
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(Decimal::from(243_150_000)), "243,150,000");
        assert_eq!(thousands("29.83".parse().unwrap()), "29.83");
        assert_eq!(thousands("-1234.5".parse().unwrap()), "-1,234.5");
        assert_eq!(thousands(Decimal::from(999)), "999");
    }

    #[test]
    fn every_fact_is_marked_once_and_script_stays_text() {
        let text = "<script>alert(1)</script>\n一、主要举措\n全年受理行政复议案件291件，审结224件，新建公园3个。《关于<b>的通知》";
        let report = crate::extract(text).unwrap();
        let page = review(text, &report);
        assert_eq!(page.matches("<mark data-fact=").count(), report.facts.len());
        assert!(!page.contains("<script>alert"));
        assert!(page.contains("&lt;script&gt;alert("));
        assert!(!page.contains("<b>"));
        assert!(
            page.contains("class=\"fact area-unknown no-concept"),
            "公园 is of no concept"
        );
        assert_eq!(
            page.matches("<script").count(),
            2,
            "the data and the page's own script only"
        );
    }

    #[test]
    fn the_page_names_the_reporter_and_where_the_five_parts_are() {
        let text = include_str!("../tests/data/shuozhou-2024.txt");
        let report = crate::extract(text).unwrap();
        let page = review(text, &report);
        assert!(
            page.contains("reporter: 朔州市 · prefecture · division 朔州市 140600 (within 140000)")
        );
        assert!(page.contains("<li class=\"part coverage-passage\"><code>leadership</code>: <a href=\"#s-1.1.1\">passage in section 1.1.1</a></li>"));
        assert!(
            page.contains("<li class=\"part coverage-missing\"><code>other</code>: missing</li>")
        );
        assert!(page.contains("report.causes_missing"));
        let news = crate::extract("记者从司法部获悉，全国新收行政复议案件38.5万件。").unwrap();
        let page = review("记者从司法部获悉，全国新收行政复议案件38.5万件。", &news);
        assert!(page.contains("reporter: 中华人民共和国司法部 · national"));
        assert!(page.contains("not an annual report the rules govern"));
    }

    #[test]
    fn nested_titles_nest_and_crossing_marks_are_left_out() {
        let text = "印发《关于贯彻〈某某条例〉的通知》，办理案件3件。";
        let report = crate::extract(text).unwrap();
        assert_eq!(report.documents.len(), 2);
        let page = review(text, &report);
        assert_eq!(page.matches("<span class=\"document\"").count(), 2);
        let article = &page[page.find("<article").unwrap()..page.find("</article>").unwrap()];
        assert_eq!(
            article.matches("<span").count(),
            article.matches("</span>").count()
        );
        // a crossing mark (from a hand-edited report) is dropped, the text is still whole
        let mut crossing = report.clone();
        if let Some(f) = crossing.facts.first_mut() {
            f.span.start = report.documents[0].span.end - 3;
        }
        let page = review(text, &crossing);
        let article = &page[page.find("<article").unwrap()..page.find("</article>").unwrap()];
        assert!(article.contains("办理案件"));
        assert_eq!(
            article.matches("<mark").count(),
            article.matches("</mark>").count()
        );
    }
}
