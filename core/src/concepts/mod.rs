//! The concept registry: what a figure in a report can mean.
//!
//! The registry is data: `registry.toml` beside this module holds every concept — its id,
//! Chinese and English labels, kind of value, units, and the *wordings* reports use for it —
//! and the domains (procedures and fields such as 行政复议 or 人民调解) that counts belong
//! to. The build compiles that file into the static [`CONCEPTS`] and [`DOMAINS`] tables (read
//! by the extractor, the checks, the schema export and the bindings) and into the typed area
//! views ([`Report::dispute_resolution`] and its siblings), so they cannot drift.
//!
//! ## How a wording is read
//!
//! The extractor gives each figure a *frame* from the structure of its clause: the act that
//! governs it (受理, 审结, 清理), the things its noun phrase names (案件, 规范性文件, 化解率),
//! its domain (from its own words, else carried from the clauses before it in its paragraph,
//! else from the headings above it) and what makes it a part of a larger count. A
//! [`Wording`] fits a frame when its domains, acts, things and marks are all satisfied; a
//! concept fits when one of its wordings does and none of its `exclude` words is written in
//! the figure's words. Two concepts that fit equally well give none: the figure keeps its
//! label and no concept.

use crate::model::{Fact, Report};
use schemars::JsonSchema;
use serde::Serialize;

mod format;
pub(crate) mod interned;
mod registry;

pub use registry::Registry;
#[cfg(test)]
pub(crate) use registry::failing as failing_examples;

/// A field of government work that a concept belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Area {
    /// Leaders studying and answering for the rule of law (领导干部学法、述法、法治建设第一责任人).
    Leadership,
    /// Local regulations and government rules (立法).
    Legislation,
    /// Major administrative decisions (重大行政决策).
    MajorDecisions,
    /// Normative documents (行政规范性文件).
    NormativeDocuments,
    /// Administrative law enforcement (行政执法).
    Enforcement,
    /// The business environment under the rule of law (法治化营商环境).
    BusinessEnvironment,
    /// Government services (政务服务、放管服).
    GovernmentServices,
    /// Credit supervision (信用监管).
    Credit,
    /// Administrative reconsideration, litigation and mediation (矛盾纠纷化解).
    DisputeResolution,
    /// Public legal services (公共法律服务).
    LegalServices,
    /// Legal aid (法律援助).
    LegalAid,
    /// Law popularisation (普法).
    LawPopularization,
}

impl Area {
    /// Every area, in the order reports usually follow.
    pub const ALL: [Area; 12] = [
        Area::Leadership,
        Area::Legislation,
        Area::MajorDecisions,
        Area::NormativeDocuments,
        Area::Enforcement,
        Area::BusinessEnvironment,
        Area::GovernmentServices,
        Area::Credit,
        Area::DisputeResolution,
        Area::LegalServices,
        Area::LegalAid,
        Area::LawPopularization,
    ];

    /// The id, also the first part of every concept id of the area.
    pub fn id(self) -> &'static str {
        self.labels().0
    }

    /// The Chinese label.
    pub fn zh(self) -> &'static str {
        self.labels().1
    }

    /// The English label.
    pub fn en(self) -> &'static str {
        self.labels().2
    }

    fn labels(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Area::Leadership => ("leadership", "党政领导与法治建设", "Leadership"),
            Area::Legislation => ("legislation", "立法", "Legislation"),
            Area::MajorDecisions => ("major_decisions", "重大行政决策", "Major decisions"),
            Area::NormativeDocuments => (
                "normative_documents",
                "行政规范性文件",
                "Normative documents",
            ),
            Area::Enforcement => ("enforcement", "行政执法", "Enforcement"),
            Area::BusinessEnvironment => (
                "business_environment",
                "法治化营商环境",
                "Business environment",
            ),
            Area::GovernmentServices => ("government_services", "政务服务", "Government services"),
            Area::Credit => ("credit", "信用监管", "Credit supervision"),
            Area::DisputeResolution => ("dispute_resolution", "矛盾纠纷化解", "Dispute resolution"),
            Area::LegalServices => ("legal_services", "公共法律服务", "Legal services"),
            Area::LegalAid => ("legal_aid", "法律援助", "Legal aid"),
            Area::LawPopularization => ("law_popularization", "普法", "Law popularisation"),
        }
    }
}

/// What kind of value a concept takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ValueKind {
    /// A count of things, in a measure word (`件`, `人次`).
    Count,
    /// An amount of money, in yuan (`元`).
    Money,
    /// A share between 0 and 100 % (resolution, satisfaction, coverage rates).
    Rate,
    /// A completion rate in %, which may pass 100 % when a target was exceeded.
    CompletionRate,
}

impl ValueKind {
    /// The snake_case name used in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            ValueKind::Count => "count",
            ValueKind::Money => "money",
            ValueKind::Rate => "rate",
            ValueKind::CompletionRate => "completion_rate",
        }
    }

    /// Whether values of this kind are percentages.
    pub fn is_rate(self) -> bool {
        matches!(self, ValueKind::Rate | ValueKind::CompletionRate)
    }
}

/// One concept of the registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Concept {
    /// Stable dotted id, `area.name[.detail]`.
    pub id: &'static str,
    /// Chinese label.
    pub zh: &'static str,
    /// English label.
    pub en: &'static str,
    /// The area it belongs to.
    pub area: Area,
    /// Count, money or rate.
    pub value_kind: ValueKind,
    /// The unit its facts usually carry (`件`, `元`, `%`).
    pub unit: &'static str,
    /// Measure words a count of this concept may be written in.
    pub units: &'static [&'static str],
    /// The ways reports word this concept; one must fit the figure's frame.
    pub wordings: &'static [Wording],
    /// Words that rule the concept out when they are written in the figure's own words or in
    /// a thing it carries from the clause before.
    pub exclude: &'static [&'static str],
    /// Whether the count is of a campaign whose scope the report chooses (a clean-up, an
    /// exam): then the modifiers of its noun phrase name that scope, not a part of it.
    pub scoped: bool,
}

/// One way reports word a concept: what the frame of a figure must hold for it to fit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Wording {
    /// The domains the figure may belong to (`none`: no domain found); empty: any.
    pub domains: &'static [&'static str],
    /// The measure words the figure may be written in, some of the concept's; empty: any of
    /// them (`行政处罚` alone counts decisions in 份, cases in 件).
    pub units: &'static [&'static str],
    /// The acts that may govern the figure; `""` stands for no act or a light verb
    /// (开展, 召开, 共有).
    pub acts: &'static [&'static str],
    /// Words of which one must be in the figure's noun phrase; `""` stands for a phrase
    /// that names no thing at all.
    pub things: &'static [&'static str],
    /// Words of which one must be written in the figure's own words; empty: none needed.
    pub marks: &'static [&'static str],
    /// For a rate: things of which one must be what the figure before it in its sentence
    /// counts (`提供免费法律咨询13754人次，完成率143.27%`); empty: none needed.
    pub of: &'static [&'static str],
    /// Whether the wording fits only two or more of its acts written together
    /// (`撤销、变更6件`): one alone names a kind of the count.
    pub coordinated: bool,
    /// When set, a figure the wording fits is a part of the concept's count on this axis,
    /// named by its act or thing (`确认违法150件` of the corrections), not its value.
    pub part: Option<crate::model::Axis>,
}

/// A domain: a procedure or field that counts belong to (行政复议, 人民调解, 仲裁 …).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Domain {
    /// Stable id (`reconsideration`).
    pub id: &'static str,
    /// The words that name it in a report.
    pub words: &'static [&'static str],
}

/// A phrasing example of the registry: sentences whose last figure must (or must not) take
/// the concept.
#[derive(Debug, Clone, Copy)]
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Example {
    /// The concept id.
    pub concept: &'static str,
    /// Sentences whose last figure takes the concept.
    pub matches: &'static [&'static str],
    /// Sentences whose last figure does not take it.
    pub rejects: &'static [&'static str],
}

/// Measure words that name one measure, whatever the concept: a count written in any of them
/// can be compared and added with the others (cases in 件, 起 or 宗; persons in 人, 名 or 位).
/// A person-time (人次) is no person, and a 项 no 件: measures not listed here stay apart.
pub const SAME_MEASURE: [&[&str]; 2] = [&["件", "起", "宗"], &["人", "名", "位"]];

impl Concept {
    /// The measure words of this concept that are one measure with its usual unit
    /// ([`SAME_MEASURE`]), the usual unit first: the ones a panel may put in one column.
    ///
    /// ```
    /// let c = fazhi::concept("dispute_resolution.reconsideration.accepted").unwrap();
    /// assert_eq!(c.same_units(), ["件", "起", "宗"]);
    /// let trained = fazhi::concept("enforcement.officers_trained").unwrap();
    /// assert_eq!(trained.same_units(), ["人次"], "人 and 名 are persons, not person-times");
    /// ```
    pub fn same_units(&self) -> Vec<&'static str> {
        let class = SAME_MEASURE.iter().find(|c| c.contains(&self.unit));
        let mut out = vec![self.unit];
        if let Some(class) = class {
            out.extend(
                self.units
                    .iter()
                    .filter(|u| class.contains(u) && **u != self.unit),
            );
        }
        out
    }

    /// Whether a figure in this unit can be a value of this concept.
    pub fn accepts_unit(&self, unit: &str) -> bool {
        match self.value_kind {
            ValueKind::Money => unit == "元",
            ValueKind::Rate | ValueKind::CompletionRate => unit == "%",
            ValueKind::Count => self.units.contains(&unit),
        }
    }
}

/// The built-in domain with this id.
pub fn domain(id: &str) -> Option<&'static Domain> {
    DOMAINS.iter().find(|d| d.id == id)
}

/// The domain at `index` of the reader's numbering: the built-in ones, then those users'
/// registries added.
pub(crate) fn domain_at(index: u16) -> Option<&'static Domain> {
    let i = usize::from(index);
    DOMAINS
        .get(i)
        .or_else(|| interned::domain(i - DOMAINS.len()))
}

/// The built-in concepts, in registry order (a [`Registry`] adds users' own).
///
/// ```
/// let c = fazhi::concepts::concept("dispute_resolution.mediation.resolution_rate").unwrap();
/// assert_eq!(c.zh, "矛盾纠纷化解率");
/// assert!(c.value_kind.is_rate());
/// ```
pub fn concepts() -> &'static [Concept] {
    CONCEPTS
}

/// The concept with this id: a built-in one, or the one last loaded under it from a user's
/// file ([`Registry::from_toml`]).
pub fn concept(id: &str) -> Option<&'static Concept> {
    CONCEPTS
        .iter()
        .find(|c| c.id == id)
        .or_else(|| interned::concept(id))
}

macro_rules! registry {
    ($(
        $(#[$vdoc:meta])*
        area $area:ident $area_id:literal => $view:ident, $method:ident {
            $( $field:ident = $suffix:literal, $kind:ident, $unit:literal, $zh:literal, $en:literal,
               units [$($u:literal),*], exclude [$($e:literal),*], scoped $scoped:literal,
               wordings [$({
                   domains [$($d:literal),*], units [$($wu:literal),*], acts [$($a:literal),*],
                   things [$($t:literal),*], marks [$($m:literal),*], of [$($o:literal),*],
                   coordinated $co:literal, part $part:expr
               }),*]; )*
        }
    )*) => {
        /// The registry: every concept fazhi knows, grouped by area.
        pub static CONCEPTS: &[Concept] = &[ $( $( Concept {
            id: concat!($area_id, ".", $suffix),
            zh: $zh,
            en: $en,
            area: Area::$area,
            value_kind: ValueKind::$kind,
            unit: $unit,
            units: &[$($u),*],
            wordings: &[$(Wording {
                domains: &[$($d),*],
                units: &[$($wu),*],
                acts: &[$($a),*],
                things: &[$($t),*],
                marks: &[$($m),*],
                of: &[$($o),*],
                coordinated: $co,
                part: $part,
            }),*],
            exclude: &[$($e),*],
            scoped: $scoped,
        }, )* )* ];

        $(
            $(#[$vdoc])*
            ///
            /// Each field holds the first level fact of its concept, derived from
            /// [`Report::facts`]; `None` when the report does not state it.
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
            pub struct $view<'a> {
                $(
                    #[doc = concat!("`", $area_id, ".", $suffix, "`: ", $zh, " (", $en, ").")]
                    pub $field: Option<&'a Fact>,
                )*
            }

            impl<'a> $view<'a> {
                /// The concept ids behind the fields, in field order.
                pub const CONCEPT_IDS: &'static [&'static str] =
                    &[$(concat!($area_id, ".", $suffix)),*];

                fn from_report(report: &'a Report) -> Self {
                    $view { $( $field: report.fact(concat!($area_id, ".", $suffix)), )* }
                }
            }

            impl Report {
                #[doc = concat!("The typed view of the `", $area_id, "` area, derived from the facts.")]
                pub fn $method(&self) -> $view<'_> {
                    $view::from_report(self)
                }
            }
        )*

        /// The fields of an area's typed view with their concept ids, in field order: what
        /// the bindings' views are built from (`report.dispute_resolution().reconsideration_accepted`
        /// in Python).
        ///
        /// ```
        /// use fazhi::concepts::{Area, view_fields};
        /// let fields = view_fields(Area::DisputeResolution);
        /// assert!(fields.contains(&("reconsideration_accepted", "dispute_resolution.reconsideration.accepted")));
        /// ```
        pub fn view_fields(area: Area) -> &'static [(&'static str, &'static str)] {
            match area {
                $( Area::$area => &[ $( (stringify!($field), concat!($area_id, ".", $suffix)), )* ], )*
            }
        }

        /// The concept ids of every typed area view, view by view (for cross-checks).
        pub fn view_concept_ids() -> Vec<(Area, &'static [&'static str])> {
            vec![ $( (Area::$area, $view::CONCEPT_IDS), )* ]
        }
    };
}

include!(concat!(env!("OUT_DIR"), "/registry.rs"));

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn ids_are_unique_and_prefixed_by_their_area() {
        let mut seen = BTreeSet::new();
        for c in CONCEPTS {
            assert!(seen.insert(c.id), "duplicate concept id {}", c.id);
            assert!(
                c.id.starts_with(&format!("{}.", c.area.id())),
                "{} not in {:?}",
                c.id,
                c.area
            );
        }
        assert!(
            CONCEPTS.len() >= 90,
            "registry shrank to {}",
            CONCEPTS.len()
        );
    }

    #[test]
    fn every_wording_is_complete_and_counts_have_units() {
        for c in CONCEPTS {
            assert!(!c.wordings.is_empty(), "{} has no wording", c.id);
            for w in c.wordings {
                assert!(!w.things.is_empty(), "{}: a wording names no thing", c.id);
                assert!(!w.acts.is_empty(), "{}: a wording has no act", c.id);
                for d in w.domains {
                    assert!(*d == "none" || domain(d).is_some(), "{}: domain {d}", c.id);
                }
            }
            match c.value_kind {
                ValueKind::Count => {
                    assert!(c.units.contains(&c.unit), "{}: unit not in units", c.id)
                }
                ValueKind::Money => assert_eq!(c.unit, "元", "{}", c.id),
                ValueKind::Rate | ValueKind::CompletionRate => assert_eq!(c.unit, "%", "{}", c.id),
            }
        }
    }

    #[test]
    fn views_cover_the_registry_exactly() {
        let from_views: Vec<&str> = view_concept_ids()
            .into_iter()
            .flat_map(|(area, ids)| {
                for id in ids {
                    assert_eq!(concept(id).unwrap().area, area);
                }
                ids.iter().copied()
            })
            .collect();
        let from_registry: Vec<&str> = CONCEPTS.iter().map(|c| c.id).collect();
        assert_eq!(from_views, from_registry);
        assert_eq!(view_concept_ids().len(), Area::ALL.len());
        for (area, ids) in view_concept_ids() {
            let fields: Vec<&str> = view_fields(area).iter().map(|f| f.1).collect();
            assert_eq!(fields, ids, "{area:?}");
        }
        // the Dispute resolution view serialises its fields under the names view_fields gives
        let report = crate::extract("全年受理行政复议案件12件。").unwrap();
        let json = serde_json::to_value(report.dispute_resolution()).unwrap();
        let names: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut fields: Vec<&str> = view_fields(Area::DisputeResolution)
            .iter()
            .map(|f| f.0)
            .collect();
        fields.sort_unstable();
        assert_eq!(names, fields);
    }

    #[test]
    fn lookup_finds_known_ids_only() {
        assert_eq!(concept("legal_aid.cases").unwrap().unit, "件");
        assert!(concept("legal_aid").is_none());
        assert!(concept("").is_none());
    }
}
