//! The typed model of a law-based government annual report.
//!
//! A [`Report`] is what the extractor produces and what the checks, the JSON
//! form, the JSON Schema and the bindings share. Every record that stands for
//! something in the source text carries a [`Span`] pointing back at it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The years a report can be about: the People's Republic's, to 2100. A year outside them in a
/// text is no report year, one given in [`crate::Options`] is an error, and
/// [`crate::json::from_json`] refuses one in `meta.year`.
pub const REPORT_YEARS: std::ops::RangeInclusive<i32> = 1949..=2100;

/// A whole report: its meta data, outline, facts, documents, narrative items,
/// findings and the numbers of the text that are deliberately not facts.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Who reports, for which year, where it was published.
    pub meta: Meta,
    /// The heading tree, flattened in reading order.
    pub outline: Vec<Section>,
    /// Every figure stated in the text, known concept or not.
    pub facts: Vec<Fact>,
    /// Every title in `《…》` (and nested `〈…〉`).
    pub documents: Vec<Document>,
    /// The shortcomings the report lists (存在问题).
    pub problems: Vec<NarrativeItem>,
    /// The plans for the next year the report lists (下一年工作安排).
    pub plans: Vec<NarrativeItem>,
    /// What the checks found wrong or suspicious in the figures.
    pub findings: Vec<Finding>,
    /// Numbers in the text that are not facts (years, titles, names, ordinals), each with its reason.
    pub not_facts: Vec<NotFact>,
    /// What the reporting rules ask of an annual report and where the text meets it.
    #[serde(default)]
    pub compliance: Compliance,
}

/// What the reporting rules ask of an annual law-based government report, and where the text
/// meets it. The 《法治政府建设与责任落实督察工作规定》 (2019) sets five parts: the year's main
/// measures and results; the shortfalls and their causes; how the principal leaders performed
/// their duties as first responsible persons; the main plans for the next year; other matters.
/// The `report.*` rules of the checks read it (see [`crate::rules`]).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Compliance {
    /// Whether the text is an annual report the rules govern: its title says so, or its
    /// outline opens three of the parts. News items, statistics and excerpts are not, and get
    /// no `report.*` findings.
    pub applies: bool,
    /// Whether the text runs to the report's end: its plans part (the last the rules ask
    /// for) is there, or a signature's date closes it. A part can be missing only from a
    /// text that is whole; an excerpt is not judged on what it leaves out.
    #[serde(default)]
    pub complete: bool,
    /// The five parts, in the rules' order, each with where it is covered.
    pub parts: Vec<PartCoverage>,
    /// Where the shortfalls' causes are stated (`原因`, `由于`, `究其根源`), when they are.
    pub causes: Option<Span>,
    /// The years the plans part names as its own (`2025年工作安排`).
    pub plan_years: Vec<i32>,
    /// The year the title names.
    pub title_year: Option<i32>,
    /// The year the body reports on: the one its sentences open with most often.
    pub content_year: Option<i32>,
}

/// Where one required part of a report is covered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PartCoverage {
    /// The part.
    pub part: Part,
    /// How the text covers it.
    pub coverage: Coverage,
    /// The outline section that covers it (or holds the passage that does).
    pub section: Option<String>,
    /// The heading or the passage that covers it.
    pub span: Option<Span>,
}

/// How the text covers a required part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    /// A top-level section of its own.
    Section,
    /// A sub-heading or a passage inside another part (the leaders' duties are often a
    /// point of the measures).
    Passage,
    /// Nowhere.
    Missing,
}

/// Who published the report, for which year, and where.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The government or department that reports, when known: derived from `reporter` when
    /// the gazetteer names it, or given by the caller.
    pub jurisdiction: Option<Jurisdiction>,
    /// Who reports, as a division of the gazetteer (with the department or township that
    /// reports in it), when the text or the caller names it for sure.
    #[serde(default)]
    pub reporter: Option<Reporter>,
    /// Why no reporter was given, or how an uncertain one was resolved.
    #[serde(default)]
    pub reporter_note: Option<String>,
    /// The year the report is about (not the year it was published), when known.
    pub year: Option<i32>,
    /// The report's title, when the text carries one.
    pub title: Option<String>,
    /// The publication date, when known.
    pub published: Option<NaiveDate>,
    /// The address the report was published at, when known.
    pub source: Option<String>,
}

/// A reporting government or department.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Jurisdiction {
    /// Its name as written, e.g. `朔州市`.
    pub name: String,
    /// Its administrative level, when it can be told.
    pub level: Option<Level>,
    /// Its 6-digit administrative division code, where known (e.g. `140600`).
    #[schemars(regex(pattern = r"^[0-9]{6}$"))]
    pub division_code: Option<String>,
}

/// Who reports: a division of the national code list (GB/T 2260), and the department or
/// township that reports in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reporter {
    /// What reports, as named: the division's full name (`朔州市`), the township's
    /// (`小营街道`), or `中华人民共和国` for a national ministry.
    pub name: String,
    /// Its level.
    pub level: Level,
    /// The division's 6-digit code: the county's for a township, `000000` for the nation.
    #[schemars(regex(pattern = r"^[0-9]{6}$"))]
    pub code: String,
    /// The division's full name (the county of a township).
    pub division: String,
    /// The codes of the divisions above it, nearest first.
    pub parents: Vec<String>,
    /// The department that reports, when one does (`司法局`, `生态环境部`).
    pub department: Option<String>,
    /// Where the text names it, when it does.
    pub span: Option<Span>,
}

impl Reporter {
    /// The code of the reporter's division at `level`: its own or that of the division above
    /// it (`prefecture` of a county gives its city's code); none above its own level.
    ///
    /// ```
    /// use fazhi::divisions::DivisionLevel;
    /// let r = fazhi::extract("右玉县2024年法治政府建设年度报告\n正文。")?.meta.reporter.unwrap();
    /// assert_eq!(r.code_at(DivisionLevel::Prefecture), Some("140600"));
    /// assert_eq!(r.code_at(DivisionLevel::Province), Some("140000"));
    /// assert_eq!(r.code_at(DivisionLevel::County), Some("140623"));
    /// # Ok::<(), fazhi::Error>(())
    /// ```
    pub fn code_at(&self, level: crate::divisions::DivisionLevel) -> Option<&'static str> {
        let own = crate::divisions::by_code(&self.code)?;
        std::iter::once(own)
            .chain(own.ancestors())
            .find(|d| d.level == level)
            .map(|d| d.code)
    }
}

/// The administrative level of a reporting body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The nation (a ministry of the State Council reporting).
    National,
    /// A province, autonomous region or municipality directly under the central government (省).
    Province,
    /// A prefecture-level city, prefecture or league (地级市、州、盟).
    Prefecture,
    /// A county, county-level city, district or banner (县、区、旗).
    County,
    /// A township, town or sub-district (乡、镇、街道).
    Township,
    /// A department of a government (局、厅、委).
    Department,
}

/// A half-open range of the source text, in UTF-8 bytes and in code points.
///
/// Byte offsets index Rust and C strings; code-point offsets index Python
/// strings and the hand-checked fixture tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
    /// First code point of the range.
    pub char_start: usize,
    /// One past the last code point of the range.
    pub char_end: usize,
}

/// Where a section stands in the report's usual three-part outline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// Measures taken and results (主要举措和成效).
    Measures,
    /// Shortcomings (存在问题、不足).
    Problems,
    /// Next year's plan (下一年工作安排、打算).
    Plans,
    /// The leaders' duty as first responsible persons (履行第一责任人职责).
    Leadership,
    /// Anything else (其他).
    Other,
}

/// One heading of the outline and the text it governs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Path-like id, `2` for the second top heading, `2.1` for its first sub-heading, `2.1.3` for a point.
    pub id: String,
    /// Depth: 1 for `一、`, 2 for `(一)`, 3 for `一是` or `1.`.
    pub level: u8,
    /// The numbering as written, e.g. `一、`, `(一)`, `一是`.
    pub label: String,
    /// The heading text after the numbering, up to the end of its line or first full stop.
    pub title: String,
    /// The top-level part this section belongs to.
    pub part: Part,
    /// The heading itself (numbering and title).
    pub span: Span,
    /// The heading and everything under it, up to the next heading of the same or a higher level.
    pub body: Span,
}

/// How a stated figure relates to the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// Stated as is.
    #[default]
    Exact,
    /// At least the value (余, 多, 以上, 超过, 逾).
    AtLeast,
    /// At most the value (近, 不足, 不到).
    AtMost,
    /// About the value (约, 左右).
    About,
}

/// Whether a fact is a level or a change of another fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    /// The level itself (`受理行政复议291件`).
    #[default]
    Level,
    /// A relative change in percent (`同比增长12.3%`).
    ChangePercent,
    /// A change in percentage points (`提高2个百分点`).
    ChangePoints,
    /// An absolute change in the fact's own unit (`较上年下降5件`).
    ChangeAbsolute,
    /// A change written as a multiple, in `倍` (`受案量增长2.5倍`, `翻一番` = 2 倍).
    ChangeFactor,
}

/// One figure stated in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable id within the report (`f1`, `f2`, … in reading order).
    pub id: String,
    /// The concept's registry id, or `null` when the figure's meaning is not known.
    pub concept: Option<String>,
    /// The normalised value, keeping the written precision (`12.50` keeps two decimals).
    /// Money is in yuan; a decrease is negative. In JSON a string of plain decimal digits.
    #[serde(deserialize_with = "exact_decimal::deserialize")]
    pub value: Decimal,
    /// The unit: `元` for money, `%` for percentages and percent changes, `个百分点` for
    /// percentage points, otherwise the measure word as written (`件`, `人次`, `个`).
    pub unit: String,
    /// Whether the value is exact, a lower or upper bound, or approximate.
    pub qualifier: Qualifier,
    /// A level, or a change of the fact named by `change_of`.
    pub kind: FactKind,
    /// For a change, the id of the fact it changes.
    pub change_of: Option<String>,
    /// For a part listed after `其中`, the id of the whole it is part of.
    pub part_of: Option<String>,
    /// The measure word written after the figure when it is not the unit, e.g. the `项` that
    /// follows a rate whose `%` sign was lost.
    pub written_unit: Option<String>,
    /// The id of the innermost outline section holding the figure.
    pub section: Option<String>,
    /// Where the figure is written.
    pub span: Span,
    /// The figure exactly as written (`24315万`, `10余万`, `清零`), without the invisible
    /// format characters (zero-width space, soft hyphen, byte-order mark) the text may
    /// carry inside it: the span then holds those too.
    pub text: String,
    /// The words of the text that say what the figure counts or rates (`受理行政复议案件`,
    /// `化解率`, `市本级`): a slice of the figure's sentence that never overlaps the figure.
    /// `null` only when the sentence holds no such words (a row of bare table cells).
    pub label: Option<Label>,
    /// For a figure that counts a part of a concept's quantity (`投诉举报类12件` of the
    /// reconsideration cases accepted), the concept and which part. Such a figure has no
    /// `concept` of its own: sums and panels take undimensioned facts only.
    #[serde(default)]
    pub dimension: Option<Dimension>,
    /// The words the concept (or the dimension's concept) was read from: the act, the
    /// thing counted and the domain, each with where it was read. `null` without a concept.
    #[serde(default)]
    pub evidence: Option<Evidence>,
}

/// Which part of a concept's count a figure is, in the manner of XBRL's dimensional facts:
/// the concept, the axis the part lies on, and the member (the words that name the part).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Dimension {
    /// The concept whose count the figure is a part of.
    pub concept: String,
    /// What kind of part it is.
    pub axis: Axis,
    /// The words that name the part (`投诉举报类`, `民生领域`, `上半年`), as written; empty
    /// for an unnamed item of a list.
    pub member: String,
    /// Where those words stand (empty at the figure for an unnamed item).
    pub span: Span,
}

/// The axis a part lies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// A kind of case or thing (`投诉举报类`, `民事`, `复工复产`).
    Category,
    /// A field (`市场监管领域`, `涉企`, `民生`).
    Field,
    /// A channel (`来电`, `网络`, `“市长在线”`).
    Channel,
    /// A stage of the procedure (`案前`, `诉前`).
    Stage,
    /// A period shorter than the report's year (`上半年`).
    Period,
    /// An item of a list: after `其中`, or side by side with others of the same concept
    /// (`局机关27人、一大队15人`).
    Item,
}

impl Axis {
    /// The snake_case name used in JSON and tables.
    pub fn as_str(self) -> &'static str {
        match self {
            Axis::Category => "category",
            Axis::Field => "field",
            Axis::Channel => "channel",
            Axis::Stage => "stage",
            Axis::Period => "period",
            Axis::Item => "item",
        }
    }
}

/// The words a concept was read from: what was done, what was counted, in which domain.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    /// The act that governs the figure (`受理`, `审结`), if the concept's wording names one.
    pub act: Option<Cited>,
    /// The thing counted (`案件`, `化解率`), if the figure's words name one.
    pub thing: Option<Cited>,
    /// The word that names the domain (`行政复议`), or the heading that does.
    pub domain: Option<Cited>,
    /// The domain's registry id (`reconsideration`), when a domain was read.
    pub domain_id: Option<String>,
}

/// A word of the text that a concept was read from, and where it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cited {
    /// The word as written (for a heading, the heading's title).
    pub text: String,
    /// Where it stands.
    pub span: Span,
    /// Where it was read, relative to the figure.
    pub from: CitedFrom,
}

/// Where a word of the evidence was read, relative to the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CitedFrom {
    /// The figure's own words.
    Clause,
    /// An earlier clause of its sentence, or the figure it continues (an object left out).
    ClauseBefore,
    /// An earlier sentence of its paragraph.
    SentenceBefore,
    /// A heading above it.
    Heading,
    /// An earlier paragraph.
    ParagraphBefore,
}

impl CitedFrom {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            CitedFrom::Clause => "clause",
            CitedFrom::ClauseBefore => "clause_before",
            CitedFrom::SentenceBefore => "sentence_before",
            CitedFrom::Heading => "heading",
            CitedFrom::ParagraphBefore => "paragraph_before",
        }
    }
}

/// The words of the text that say what a figure counts, as written, with where they stand.
///
/// A label is what an analyst groups facts by across reports when no concept of the registry
/// fits: `开展法律和政策宣讲70场次` gives `法律和政策宣讲`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Label {
    /// The words, exactly as written.
    pub text: String,
    /// Where they stand in the text.
    pub span: Span,
}

/// What kind of instrument a document title names, from its last word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// A law (法).
    Law,
    /// A regulation (条例).
    Regulation,
    /// A decision (决定).
    Decision,
    /// Measures (办法、措施).
    Measures,
    /// Rules (规则、细则、规定).
    Rules,
    /// A notice (通知).
    Notice,
    /// An opinion (意见).
    Opinion,
    /// A plan or programme (方案、计划、规划).
    Plan,
    /// A yearly work plan (要点).
    WorkPlan,
    /// A list (清单).
    List,
    /// A catalogue (目录).
    Catalog,
    /// A guide or handbook (手册、指引、指南).
    Guide,
    /// An outline (纲要).
    Outline,
    /// A mechanism (机制).
    Mechanism,
    /// A system of rules (制度).
    System,
    /// A standard or norm (标准、规范).
    Standard,
    /// Anything else.
    Other,
}

/// What the report says it did with a document in the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// Issued in the year (出台、制定、印发).
    Issued,
    /// Implemented or enforced (实施、贯彻、落实).
    Implemented,
    /// Only cited.
    #[default]
    Cited,
}

/// A document title found in the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// The title without its brackets.
    pub title: String,
    /// The kind of instrument.
    pub kind: DocumentKind,
    /// Issued, implemented or cited.
    pub status: DocumentStatus,
    /// The id of the innermost outline section holding it.
    pub section: Option<String>,
    /// The title with its brackets `《…》` (or `〈…〉`).
    pub span: Span,
}

/// One listed problem or plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NarrativeItem {
    /// The item's text, without its numbering.
    pub text: String,
    /// The id of the outline section holding it.
    pub section: Option<String>,
    /// Where the item's text stands.
    pub span: Span,
}

/// How serious a finding is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Worth a look; often a formatting loss.
    Info,
    /// Suspicious, possibly right.
    Warning,
    /// Cannot be right as written.
    Error,
}

/// A likely repair of a garbled figure. The fact itself is never changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// The value probably meant. In JSON a string of plain decimal digits.
    #[serde(deserialize_with = "exact_decimal::deserialize")]
    pub value: Decimal,
    /// Its unit.
    pub unit: String,
    /// Why this value is plausible.
    pub reason: String,
}

/// Something a check found in the figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// The id of the rule that fired (see [`crate::rules`]).
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// What is wrong, in plain words.
    pub message: String,
    /// The ids of the facts concerned.
    pub facts: Vec<String>,
    /// A likely repair, when one is plausible.
    pub suggestion: Option<Suggestion>,
}

/// Why a number in the text is not a fact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NotFactReason {
    /// A year (`2024年`) or a span of years.
    Year,
    /// A date or month (`3月15日`, `12 • 4`).
    Date,
    /// Inside a document title.
    Title,
    /// Inside quotation marks: a campaign, slogan or name (`“七进”`).
    Quoted,
    /// A hotline or service number (`12345`).
    Hotline,
    /// Numbering of a heading or a point (`一是`, `(一)`, `1.`).
    Ordinal,
    /// Part of a name of a meeting, a congress or a body (`二十届三中全会`).
    Name,
    /// Part of a fixed phrase (`一网通办`, `一站式`).
    FixedPhrase,
    /// A duration (`3年以上`, `连续5年`), part of a wording rather than a figure.
    Duration,
    /// The numeral one used as an article, or a numeral inside an ordinary word (`一批`,
    /// `一个机制`, `百姓`): no count.
    Word,
    /// A number too large for an exact decimal (29 or more digits): never clamped or wrapped.
    OutOfRange,
    /// A number with no measure word, or one that cannot be read as a figure (`四几九个`).
    Bare,
    /// Digits one space before a figure that may be its first digits (`，1 6起`, a number a
    /// page's layout split): read apart, and the `figure.split_digits` finding gives the
    /// other reading.
    Split,
}

/// A number in the text that is deliberately not a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NotFact {
    /// Why it is not a fact.
    pub reason: NotFactReason,
    /// Where it stands.
    pub span: Span,
    /// The number as written.
    pub text: String,
}

/// Decimals read from JSON exactly as written: a string of plain decimal digits (`"12.50"`,
/// `"-3"`), the pattern the JSON Schema states. A JSON number would pass through a float and
/// lose digits; `"1e5"`, `"+5"` or `"1_000"` are no plain decimals: all are refused.
mod exact_decimal {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Deserializer, de::Error};

    /// Whether `s` is `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: as a decimal writes itself, without
    /// leading zeros (`0005` is no value a report or fazhi writes).
    fn plain(s: &str) -> bool {
        let digits = s.strip_prefix('-').unwrap_or(s);
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
        let leading_zero = int.len() > 1 && int.starts_with('0');
        !int.is_empty()
            && !frac.is_empty()
            && !leading_zero
            && int.bytes().all(|b| b.is_ascii_digit())
            && frac.bytes().all(|b| b.is_ascii_digit())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written<'a> {
            Text(std::borrow::Cow<'a, str>),
            Number(serde_json::Number),
        }
        match Written::deserialize(d)? {
            Written::Text(s) if plain(&s) => Decimal::from_str_exact(&s)
                .map_err(|e| D::Error::custom(format!("{s:?} does not fit a decimal: {e}"))),
            Written::Text(s) => Err(D::Error::custom(format!(
                "{s:?} is not a plain decimal (digits without leading zeros, an optional - and . ): write it like \"12.50\""
            ))),
            Written::Number(n) => Err(D::Error::custom(format!(
                "the number {n} must be written as a string (\"{n}\") so that no digit is lost"
            ))),
        }
    }
}

impl Report {
    /// The first level fact of a concept, if the report states it.
    ///
    /// ```
    /// let report = fazhi::extract("2024年共受理行政复议291件。")?;
    /// let fact = report.fact("dispute_resolution.reconsideration.accepted").unwrap();
    /// assert_eq!(fact.value, 291.into());
    /// # Ok::<(), fazhi::Error>(())
    /// ```
    pub fn fact(&self, concept: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.is_level_of(concept))
    }

    /// All level facts of a concept, in reading order.
    pub fn facts_of<'a>(&'a self, concept: &'a str) -> impl Iterator<Item = &'a Fact> + 'a {
        self.facts.iter().filter(move |f| f.is_level_of(concept))
    }

    /// The fact with this id.
    pub fn fact_by_id(&self, id: &str) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }
}

impl Fact {
    /// Whether this is a level (not a change) of the concept with this id.
    pub fn is_level_of(&self, concept: &str) -> bool {
        self.kind == FactKind::Level && self.concept.as_deref() == Some(concept)
    }
}

impl DocumentKind {
    /// The snake_case name used in JSON and the fixture tables.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Law => "law",
            DocumentKind::Regulation => "regulation",
            DocumentKind::Decision => "decision",
            DocumentKind::Measures => "measures",
            DocumentKind::Rules => "rules",
            DocumentKind::Notice => "notice",
            DocumentKind::Opinion => "opinion",
            DocumentKind::Plan => "plan",
            DocumentKind::WorkPlan => "work_plan",
            DocumentKind::List => "list",
            DocumentKind::Catalog => "catalog",
            DocumentKind::Guide => "guide",
            DocumentKind::Outline => "outline",
            DocumentKind::Mechanism => "mechanism",
            DocumentKind::System => "system",
            DocumentKind::Standard => "standard",
            DocumentKind::Other => "other",
        }
    }
}

impl Qualifier {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::AtLeast => "at_least",
            Qualifier::AtMost => "at_most",
            Qualifier::About => "about",
        }
    }
}

impl FactKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FactKind::Level => "level",
            FactKind::ChangePercent => "change_percent",
            FactKind::ChangePoints => "change_points",
            FactKind::ChangeAbsolute => "change_absolute",
            FactKind::ChangeFactor => "change_factor",
        }
    }
}

impl Severity {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl Part {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Measures => "measures",
            Part::Problems => "problems",
            Part::Plans => "plans",
            Part::Leadership => "leadership",
            Part::Other => "other",
        }
    }
}

impl Coverage {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::Section => "section",
            Coverage::Passage => "passage",
            Coverage::Missing => "missing",
        }
    }
}

impl Level {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::National => "national",
            Level::Province => "province",
            Level::Prefecture => "prefecture",
            Level::County => "county",
            Level::Township => "township",
            Level::Department => "department",
        }
    }
}
