//! The read-only Python classes of a report's parts, converted from the Rust model.

use pyo3::prelude::*;
use pyo3::types::PyDict;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// A dict of the named fields of `$obj`, each converted as its getter converts it.
macro_rules! dict_of {
    ($py:expr, $obj:expr; $($field:ident),* $(,)?) => {{
        let d = PyDict::new($py);
        $( d.set_item(stringify!($field), $obj.$field.clone())?; )*
        Ok::<_, PyErr>(d)
    }};
}

/// A str as Python's `repr` writes it: quoted, with backslashes, quotes and control
/// characters escaped (Chinese text stays as it is).
pub(crate) fn quoted(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// `None` as `?` in a repr.
fn or_unknown(s: Option<&str>) -> &str {
    s.unwrap_or("?")
}

/// (code-point start, code-point end): indices into the Python str of the report.
fn span(s: &fazhi::Span) -> (usize, usize) {
    (s.char_start, s.char_end)
}

/// One figure stated in the text.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fact {
    /// Stable id within the report (`f1`, `f2`, …).
    pub id: String,
    /// The concept id, or None when the figure's meaning is unknown.
    pub concept: Option<String>,
    /// The exact value, scale kept; money in yuan.
    pub value: Decimal,
    /// `元`, `%`, `个百分点` or the measure word (`件`, `人次`).
    pub unit: String,
    /// `exact`, `at_least`, `at_most` or `about`.
    pub qualifier: String,
    /// `level`, `change_percent`, `change_points`, `change_absolute` or `change_factor`.
    pub kind: String,
    /// For a change, the id of the fact it changes.
    pub change_of: Option<String>,
    /// For a part listed after 其中, the id of its whole.
    pub part_of: Option<String>,
    /// The count word after a rate whose % sign was lost.
    pub written_unit: Option<String>,
    /// The id of the outline section holding it.
    pub section: Option<String>,
    /// (start, end) indices into the report's str.
    pub span: (usize, usize),
    /// (start, end) offsets in the report's UTF-8 bytes.
    pub byte_span: (usize, usize),
    /// The figure as written.
    pub text: String,
    /// The words that say what the figure counts, or None when its sentence has none.
    pub label: Option<Label>,
    /// For a part of a concept's count, the concept and which part (the fact then has no
    /// concept of its own).
    pub dimension: Option<Dimension>,
    /// The words the concept was read from, or None without a concept.
    pub evidence: Option<Evidence>,
}

/// Which part of a concept's count a fact is: the concept, the axis and the member.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Dimension {
    /// The concept whose count the fact is a part of.
    pub concept: String,
    /// `category`, `field`, `channel`, `stage`, `period` or `item`.
    pub axis: String,
    /// The words that name the part, as written (empty for an unnamed item).
    pub member: String,
    /// (start, end) indices of the member into the report's str.
    pub span: (usize, usize),
    /// (start, end) offsets in the report's UTF-8 bytes.
    pub byte_span: (usize, usize),
}

#[pymethods]
impl Dimension {
    fn __repr__(&self) -> String {
        format!(
            "<Dimension {} {}={}>",
            self.concept,
            self.axis,
            quoted(&self.member)
        )
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; concept, axis, member, span, byte_span)
    }
}

impl From<&fazhi::Dimension> for Dimension {
    fn from(d: &fazhi::Dimension) -> Self {
        Dimension {
            concept: d.concept.clone(),
            axis: d.axis.as_str().to_string(),
            member: d.member.clone(),
            span: span(&d.span),
            byte_span: (d.span.start, d.span.end),
        }
    }
}

/// A word of the text a concept was read from, and where it was read.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Cited {
    /// The word as written (for a heading, its title).
    pub text: String,
    /// (start, end) indices into the report's str.
    pub span: (usize, usize),
    /// (start, end) offsets in the report's UTF-8 bytes.
    pub byte_span: (usize, usize),
    /// `clause`, `clause_before`, `sentence_before`, `heading` or `paragraph_before`.
    pub source: String,
}

#[pymethods]
impl Cited {
    fn __repr__(&self) -> String {
        format!("<Cited {} from {}>", quoted(&self.text), self.source)
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; text, span, byte_span, source)
    }
}

impl From<&fazhi::Cited> for Cited {
    fn from(c: &fazhi::Cited) -> Self {
        Cited {
            text: c.text.clone(),
            span: span(&c.span),
            byte_span: (c.span.start, c.span.end),
            source: c.from.as_str().to_string(),
        }
    }
}

/// The words a concept was read from: the act, the thing counted and the domain.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// The act that governs the figure (`受理`), if the concept's wording names one.
    pub act: Option<Cited>,
    /// The thing counted (`案件`), if the figure's words name one.
    pub thing: Option<Cited>,
    /// The word (or heading) that names the domain.
    pub domain: Option<Cited>,
    /// The domain's registry id (`reconsideration`).
    pub domain_id: Option<String>,
}

#[pymethods]
impl Evidence {
    fn __repr__(&self) -> String {
        let part = |name: &str, c: &Option<Cited>| {
            c.as_ref()
                .map_or(String::new(), |c| format!(" {name}={}", quoted(&c.text)))
        };
        format!(
            "<Evidence{}{}{}>",
            part("act", &self.act),
            part("thing", &self.thing),
            part("domain", &self.domain)
        )
    }

    /// The fields as a dict (each word a dict or None).
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (name, c) in [
            ("act", &self.act),
            ("thing", &self.thing),
            ("domain", &self.domain),
        ] {
            d.set_item(name, c.as_ref().map(|c| c.to_dict(py)).transpose()?)?;
        }
        d.set_item("domain_id", self.domain_id.as_deref())?;
        Ok(d)
    }
}

impl From<&fazhi::Evidence> for Evidence {
    fn from(e: &fazhi::Evidence) -> Self {
        Evidence {
            act: e.act.as_ref().map(Cited::from),
            thing: e.thing.as_ref().map(Cited::from),
            domain: e.domain.as_ref().map(Cited::from),
            domain_id: e.domain_id.clone(),
        }
    }
}

/// The words of the text that say what a figure counts (`受理行政复议案件`), as written.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Label {
    /// The words, exactly as written.
    pub text: String,
    /// (start, end) indices into the report's str.
    pub span: (usize, usize),
    /// (start, end) offsets in the report's UTF-8 bytes.
    pub byte_span: (usize, usize),
}

#[pymethods]
impl Label {
    fn __repr__(&self) -> String {
        format!(
            "<Label {} at {}..{}>",
            quoted(&self.text),
            self.span.0,
            self.span.1
        )
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; text, span, byte_span)
    }

    fn __str__(&self) -> String {
        self.text.clone()
    }
}

impl From<&fazhi::Label> for Label {
    fn from(l: &fazhi::Label) -> Self {
        Label {
            text: l.text.clone(),
            span: span(&l.span),
            byte_span: (l.span.start, l.span.end),
        }
    }
}

#[pymethods]
impl Fact {
    fn __repr__(&self) -> String {
        let label = self
            .label
            .as_ref()
            .map_or(String::new(), |l| format!(" label={}", quoted(&l.text)));
        let qualifier = if self.qualifier == "exact" {
            String::new()
        } else {
            format!(" ({})", self.qualifier)
        };
        format!(
            "<Fact {} {} = {} {}{qualifier} «{}»{label}>",
            self.id,
            or_unknown(self.concept.as_deref()),
            self.value,
            self.unit,
            self.text,
        )
    }

    /// The fields as a dict (`value` a `Decimal`; `label`, `dimension`, `evidence` dicts or
    /// None): a row of
    /// `pandas.DataFrame([f.to_dict() for f in report.facts])`.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = dict_of!(py, self; id, concept, value, unit, qualifier, kind, change_of, part_of,
            written_unit, section, span, byte_span, text)?;
        d.set_item(
            "label",
            self.label.as_ref().map(|l| l.to_dict(py)).transpose()?,
        )?;
        d.set_item(
            "dimension",
            self.dimension.as_ref().map(|x| x.to_dict(py)).transpose()?,
        )?;
        d.set_item(
            "evidence",
            self.evidence.as_ref().map(|x| x.to_dict(py)).transpose()?,
        )?;
        Ok(d)
    }
}

impl From<&fazhi::Fact> for Fact {
    fn from(f: &fazhi::Fact) -> Self {
        Fact {
            id: f.id.clone(),
            concept: f.concept.clone(),
            value: f.value,
            unit: f.unit.clone(),
            qualifier: f.qualifier.as_str().to_string(),
            kind: f.kind.as_str().to_string(),
            change_of: f.change_of.clone(),
            part_of: f.part_of.clone(),
            written_unit: f.written_unit.clone(),
            section: f.section.clone(),
            span: span(&f.span),
            byte_span: (f.span.start, f.span.end),
            text: f.text.clone(),
            label: f.label.as_ref().map(Label::from),
            dimension: f.dimension.as_ref().map(Dimension::from),
            evidence: f.evidence.as_ref().map(Evidence::from),
        }
    }
}

/// Who reports, for which year, where it was published.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Meta {
    /// The reporting government or department, e.g. 朔州市.
    pub jurisdiction: Option<String>,
    /// `province`, `prefecture`, `county`, `township` or `department`.
    pub level: Option<String>,
    /// The 6-digit administrative division code, where known.
    pub division_code: Option<String>,
    /// The year the report is about.
    pub year: Option<i32>,
    /// The title, when the text carries one.
    pub title: Option<String>,
    /// The publication date.
    pub published: Option<chrono::NaiveDate>,
    /// The address it was published at.
    pub source: Option<String>,
    /// Who reports: a division of the gazetteer, with the department or township reporting.
    pub reporter: Option<Reporter>,
    /// Why no reporter is given, when none is.
    pub reporter_note: Option<String>,
}

/// Who reports: a division of the gazetteer (name, level, code, the codes above it), with the
/// department or township that reports in it.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reporter {
    /// The division's full name (`朔州市`), the township's (`小营街道`), or `中华人民共和国`.
    pub name: String,
    /// `national`, `province`, `prefecture`, `county` or `township`.
    pub level: String,
    /// The division's 6-digit code (the county's for a township; `000000` for the nation).
    pub code: String,
    /// The division's full name (the county of a township).
    pub division: String,
    /// The codes of the divisions above it, nearest first.
    pub parents: Vec<String>,
    /// The department that reports (`司法局`), if one does.
    pub department: Option<String>,
    /// (start, end) str indices of where the text names it, if it does.
    pub span: Option<(usize, usize)>,
}

#[pymethods]
impl Reporter {
    fn __repr__(&self) -> String {
        let department = self.department.as_deref().unwrap_or("");
        format!(
            "<Reporter {}{department} {} {}>",
            self.name, self.level, self.code
        )
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; name, level, code, division, parents, department, span)
    }
}

impl From<&fazhi::Reporter> for Reporter {
    fn from(r: &fazhi::Reporter) -> Self {
        Reporter {
            name: r.name.clone(),
            level: level_name(r.level),
            code: r.code.clone(),
            division: r.division.clone(),
            parents: r.parents.clone(),
            department: r.department.clone(),
            span: r.span.as_ref().map(span),
        }
    }
}

fn level_name(l: fazhi::Level) -> String {
    serde_json::to_value(l)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

#[pymethods]
impl Meta {
    fn __repr__(&self) -> String {
        let mut parts = vec![or_unknown(self.jurisdiction.as_deref()).to_string()];
        parts.extend(self.level.clone());
        parts.extend(self.division_code.clone());
        parts.push(self.year.map_or("?".into(), |y| y.to_string()));
        if let Some(p) = self.published {
            parts.push(format!("published {p}"));
        }
        format!("<Meta {}>", parts.join(" "))
    }

    /// The fields as a dict (`published` a `datetime.date` or None, `reporter` a dict).
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = dict_of!(py, self; jurisdiction, level, division_code, year, title, published, source, reporter_note)?;
        d.set_item(
            "reporter",
            self.reporter.as_ref().map(|r| r.to_dict(py)).transpose()?,
        )?;
        Ok(d)
    }
}

impl From<&fazhi::Meta> for Meta {
    fn from(m: &fazhi::Meta) -> Self {
        let level = m
            .jurisdiction
            .as_ref()
            .and_then(|j| j.level)
            .map(level_name);
        Meta {
            jurisdiction: m.jurisdiction.as_ref().map(|j| j.name.clone()),
            level,
            division_code: m
                .jurisdiction
                .as_ref()
                .and_then(|j| j.division_code.clone()),
            year: m.year,
            title: m.title.clone(),
            published: m.published,
            source: m.source.clone(),
            reporter: m.reporter.as_ref().map(Reporter::from),
            reporter_note: m.reporter_note.clone(),
        }
    }
}

/// Where one of the five parts the reporting rules set is covered.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PartCoverage {
    /// `measures`, `problems`, `leadership`, `plans` or `other`.
    pub part: String,
    /// `section` (a top-level section of its own), `passage` (inside another part) or
    /// `missing`.
    pub coverage: String,
    /// The id of the outline section that covers it or holds the passage.
    pub section: Option<String>,
    /// (start, end) str indices of the heading or passage.
    pub span: Option<(usize, usize)>,
}

#[pymethods]
impl PartCoverage {
    fn __repr__(&self) -> String {
        let at = self
            .section
            .as_deref()
            .map_or(String::new(), |s| format!(" in {s}"));
        format!("<PartCoverage {}: {}{at}>", self.part, self.coverage)
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; part, coverage, section, span)
    }
}

/// What the reporting rules ask of an annual report, and where the text meets it; the
/// `report.*` findings judge it.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Compliance {
    /// Whether the text is an annual report the rules govern (its title says so, or its
    /// outline opens three of the parts).
    pub applies: bool,
    /// Whether the text runs to the report's end (its plans, or a signature's date).
    pub complete: bool,
    /// The five parts, in the rules' order.
    pub parts: Vec<PartCoverage>,
    /// (start, end) str indices of where the shortfalls' causes are stated, if they are.
    pub causes: Option<(usize, usize)>,
    /// The years the plans part names as its own.
    pub plan_years: Vec<i32>,
    /// The year the title names.
    pub title_year: Option<i32>,
    /// The year the body's sentences open with most.
    pub content_year: Option<i32>,
}

#[pymethods]
impl Compliance {
    fn __repr__(&self) -> String {
        let parts: Vec<String> = self
            .parts
            .iter()
            .map(|p| format!("{}={}", p.part, p.coverage))
            .collect();
        format!(
            "<Compliance {}{} {}>",
            if self.applies {
                "applies"
            } else {
                "does not apply"
            },
            if self.complete { "" } else { ", incomplete" },
            parts.join(" ")
        )
    }

    /// The part's coverage (`"leadership"` → its `PartCoverage`).
    fn part(&self, part: &str) -> PyResult<PartCoverage> {
        self.parts
            .iter()
            .find(|p| p.part == part)
            .cloned()
            .ok_or_else(|| {
                pyo3::exceptions::PyKeyError::new_err(format!(
                    "{part:?} is none of measures, problems, leadership, plans, other"
                ))
            })
    }

    /// The fields as a dict (each part a dict).
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d =
            dict_of!(py, self; applies, complete, causes, plan_years, title_year, content_year)?;
        let parts = pyo3::types::PyList::empty(py);
        for p in &self.parts {
            parts.append(p.to_dict(py)?)?;
        }
        d.set_item("parts", parts)?;
        Ok(d)
    }
}

impl From<&fazhi::Compliance> for Compliance {
    fn from(c: &fazhi::Compliance) -> Self {
        Compliance {
            applies: c.applies,
            complete: c.complete,
            parts: c
                .parts
                .iter()
                .map(|p| PartCoverage {
                    part: p.part.as_str().to_string(),
                    coverage: p.coverage.as_str().to_string(),
                    section: p.section.clone(),
                    span: p.span.as_ref().map(span),
                })
                .collect(),
            causes: c.causes.as_ref().map(span),
            plan_years: c.plan_years.clone(),
            title_year: c.title_year,
            content_year: c.content_year,
        }
    }
}

/// A document title found in the text.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Document {
    /// The title without brackets.
    pub title: String,
    /// `regulation`, `measures`, `notice`, `plan`, … or `other`.
    pub kind: String,
    /// `issued`, `implemented` or `cited`.
    pub status: String,
    /// The id of the outline section holding it.
    pub section: Option<String>,
    /// (start, end) str indices of the title with its brackets.
    pub span: (usize, usize),
}

#[pymethods]
impl Document {
    fn __repr__(&self) -> String {
        format!(
            "<Document 《{}》 {} {}>",
            self.title, self.kind, self.status
        )
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; title, kind, status, section, span)
    }
}

impl From<&fazhi::Document> for Document {
    fn from(d: &fazhi::Document) -> Self {
        Document {
            title: d.title.clone(),
            kind: d.kind.as_str().to_string(),
            status: enum_name(&d.status),
            section: d.section.clone(),
            span: span(&d.span),
        }
    }
}

/// One listed problem or plan.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NarrativeItem {
    /// The item's text without its numbering.
    pub text: String,
    /// The id of the outline section holding it.
    pub section: Option<String>,
    /// (start, end) str indices.
    pub span: (usize, usize),
}

#[pymethods]
impl NarrativeItem {
    fn __repr__(&self) -> String {
        let mut short: String = self.text.chars().take(24).collect();
        if short.len() < self.text.len() {
            short.push('…');
        }
        format!("<NarrativeItem {}>", quoted(&short))
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; text, section, span)
    }
}

impl From<&fazhi::NarrativeItem> for NarrativeItem {
    fn from(n: &fazhi::NarrativeItem) -> Self {
        NarrativeItem {
            text: n.text.clone(),
            section: n.section.clone(),
            span: span(&n.span),
        }
    }
}

/// Something a check found in the figures.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Finding {
    /// The rule id, e.g. `rate.out_of_range`.
    pub rule: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// What is wrong.
    pub message: String,
    /// The ids of the facts concerned.
    pub facts: Vec<String>,
    /// The value probably meant, when a repair is plausible.
    pub suggestion: Option<Decimal>,
    /// The suggestion's unit (`%`, `件`).
    pub suggestion_unit: Option<String>,
    /// Why the suggestion is plausible.
    pub suggestion_reason: Option<String>,
}

#[pymethods]
impl Finding {
    fn __repr__(&self) -> String {
        let suggestion = match (&self.suggestion, &self.suggestion_unit) {
            (Some(v), Some(u)) => format!(", probably {v} {u}"),
            (Some(v), None) => format!(", probably {v}"),
            _ => String::new(),
        };
        format!(
            "<Finding {} {} on {}{suggestion}>",
            self.severity,
            self.rule,
            self.facts.join(", ")
        )
    }

    /// The fields as a dict (`facts` a list of ids, `suggestion` a `Decimal` or None).
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; rule, severity, message, facts, suggestion, suggestion_unit,
            suggestion_reason)
    }
}

impl From<&fazhi::Finding> for Finding {
    fn from(f: &fazhi::Finding) -> Self {
        Finding {
            rule: f.rule.clone(),
            severity: f.severity.as_str().to_string(),
            message: f.message.clone(),
            facts: f.facts.clone(),
            suggestion: f.suggestion.as_ref().map(|s| s.value),
            suggestion_unit: f.suggestion.as_ref().map(|s| s.unit.clone()),
            suggestion_reason: f.suggestion.as_ref().map(|s| s.reason.clone()),
        }
    }
}

/// One heading of the outline.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Section {
    /// Path-like id, e.g. `1.5.2`.
    pub id: String,
    /// 1 for 一、, 2 for (一), 3 for 一是 / 1.
    pub level: u8,
    /// The numbering as written.
    pub label: String,
    /// The heading text.
    pub title: String,
    /// `measures`, `problems`, `plans`, `leadership` or `other`.
    pub part: String,
    /// (start, end) str indices of the heading.
    pub span: (usize, usize),
    /// (start, end) str indices of everything under it.
    pub body: (usize, usize),
}

#[pymethods]
impl Section {
    fn __repr__(&self) -> String {
        format!(
            "<Section {} {} {} ({})>",
            self.id,
            self.label,
            quoted(&self.title),
            self.part
        )
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; id, level, label, title, part, span, body)
    }
}

impl From<&fazhi::Section> for Section {
    fn from(s: &fazhi::Section) -> Self {
        Section {
            id: s.id.clone(),
            level: s.level,
            label: s.label.clone(),
            title: s.title.clone(),
            part: enum_name(&s.part),
            span: span(&s.span),
            body: span(&s.body),
        }
    }
}

/// A number of the text that is not a fact.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NotFact {
    /// `year`, `date`, `title`, `quoted`, `hotline`, `ordinal`, `name`, `fixed_phrase`,
    /// `duration`, `word`, `out_of_range`, `bare` or `split`.
    pub reason: String,
    /// (start, end) str indices.
    pub span: (usize, usize),
    /// The number as written.
    pub text: String,
}

#[pymethods]
impl NotFact {
    fn __repr__(&self) -> String {
        format!(
            "<NotFact {} {} at {}..{}>",
            self.reason,
            quoted(&self.text),
            self.span.0,
            self.span.1
        )
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; reason, span, text)
    }
}

impl From<&fazhi::NotFact> for NotFact {
    fn from(n: &fazhi::NotFact) -> Self {
        NotFact {
            reason: enum_name(&n.reason),
            span: span(&n.span),
            text: n.text.clone(),
        }
    }
}

/// One concept of the registry.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Concept {
    /// Stable dotted id.
    pub id: String,
    /// Chinese label.
    pub zh: String,
    /// English label.
    pub en: String,
    /// The area id, e.g. `dispute_resolution`.
    pub area: String,
    /// `count`, `money`, `rate` or `completion_rate`.
    pub value_kind: String,
    /// The usual unit.
    pub unit: String,
    /// Every measure word a figure of it may be written in.
    pub units: Vec<String>,
    /// The measure words that are one measure with `unit` (`件`, `起`, `宗` for cases; never
    /// `人` with `人次`), `unit` first: `panel(units="merge")` puts them in one column.
    pub same_units: Vec<String>,
}

#[pymethods]
impl Concept {
    fn __repr__(&self) -> String {
        format!("<Concept {} {} / {}>", self.id, self.zh, self.en)
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; id, zh, en, area, value_kind, unit, units, same_units)
    }
}

impl From<&fazhi::Concept> for Concept {
    fn from(c: &fazhi::Concept) -> Self {
        Concept {
            id: c.id.to_string(),
            zh: c.zh.to_string(),
            en: c.en.to_string(),
            area: c.area.id().to_string(),
            value_kind: c.value_kind.as_str().to_string(),
            unit: c.unit.to_string(),
            units: c.units.iter().map(|u| u.to_string()).collect(),
            same_units: c.same_units().into_iter().map(String::from).collect(),
        }
    }
}

/// One rule of the checks.
#[pyclass(frozen, get_all, eq, hash, module = "fazhi._fazhi")]
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Rule {
    /// Stable id.
    pub id: String,
    /// `error`, `warning` or `info`.
    pub severity: String,
    /// What it means.
    pub summary: String,
    /// A text on which it fires.
    pub example: String,
}

#[pymethods]
impl Rule {
    fn __repr__(&self) -> String {
        format!("<Rule {} {}>", self.id, self.severity)
    }

    /// The fields as a dict.
    pub fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        dict_of!(py, self; id, severity, summary, example)
    }
}

impl From<&fazhi::rules::Rule> for Rule {
    fn from(r: &fazhi::rules::Rule) -> Self {
        Rule {
            id: r.id.to_string(),
            severity: r.severity.as_str().to_string(),
            summary: r.summary.to_string(),
            example: r.example.to_string(),
        }
    }
}

/// The snake_case JSON name of a model enum.
fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
