//! The concept registry: what a figure in a report can mean.
//!
//! Every concept is one line of data in the `registry!` invocation below: its
//! id, unit, Chinese and English labels, the measure words it is counted in,
//! and the cue words the extractor looks for around a figure. The same lines
//! generate the static [`CONCEPTS`] table (read by the extractor, the checks,
//! the schema export and the bindings) and the typed area views
//! ([`Report::dispute_resolution`] and its siblings), so the two cannot drift.
//!
//! ## How cues are read
//!
//! * `cues` are regular expressions looked for next to the figure: first in the
//!   words between the previous figure (or the start of the clause) and the
//!   figure, then in the words between the figure and the next figure (or the
//!   end of the clause), last anywhere in the clause. The nearest match wins.
//! * `context`: when not empty, one of these must occur in the same sentence or
//!   in the headings above it; the nearest occurrence before the figure breaks
//!   ties between concepts with the same cue (`完成率` after `法律咨询` or after
//!   `法律援助`).
//! * `exclude`: the concept is not considered when one of these occurs in the
//!   words where its cue matched.

use crate::model::{Fact, Report};
use schemars::JsonSchema;
use serde::Serialize;

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
    /// Regular expressions looked for next to the figure.
    pub cues: &'static [&'static str],
    /// Regular expressions of which one must occur in the sentence or the headings above it.
    pub context: &'static [&'static str],
    /// Regular expressions that rule the concept out where its cue matched.
    pub exclude: &'static [&'static str],
}

impl Concept {
    /// Whether a figure in this unit can be a value of this concept.
    pub fn accepts_unit(&self, unit: &str) -> bool {
        match self.value_kind {
            ValueKind::Money => unit == "元",
            ValueKind::Rate | ValueKind::CompletionRate => unit == "%",
            ValueKind::Count => self.units.contains(&unit),
        }
    }
}

/// All concepts, in registry order.
///
/// ```
/// let c = fazhi::concepts::concept("dispute_resolution.mediation.resolution_rate").unwrap();
/// assert_eq!(c.zh, "矛盾纠纷化解率");
/// assert!(c.value_kind.is_rate());
/// ```
pub fn concepts() -> &'static [Concept] {
    CONCEPTS
}

/// The concept with this id.
pub fn concept(id: &str) -> Option<&'static Concept> {
    CONCEPTS.iter().find(|c| c.id == id)
}

macro_rules! registry {
    ($(
        $(#[$vdoc:meta])*
        area $area:ident $area_id:literal => $view:ident, $method:ident {
            $( $field:ident = $suffix:literal, $kind:ident, $unit:literal, $zh:literal, $en:literal,
               units [$($u:literal),*], cues [$($c:literal),*],
               context [$($x:literal),*], exclude [$($e:literal),*]; )*
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
            cues: &[$($c),*],
            context: &[$($x),*],
            exclude: &[$($e),*],
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

registry! {
    /// Leadership: leaders studying and answering for the rule of law.
    area Leadership "leadership" => LeadershipView, leadership {
        pre_appointment_exam_batches = "pre_appointment_exam.batches", Count, "批次",
            "任前法律知识考试批次", "pre-appointment legal knowledge exams: batches",
            units ["批次", "批", "场", "次"], cues ["任前"], context [], exclude [];
        pre_appointment_exam_persons = "pre_appointment_exam.persons", Count, "人",
            "任前法律知识考试人数", "pre-appointment legal knowledge exams: persons",
            units ["人", "名", "人次"], cues ["任前"], context [], exclude [];
        law_exam_participants = "law_exam.participants", Count, "人",
            "学法考试参考人数", "law exam participants",
            units ["人", "名", "人次"], cues ["学法考试", "学法用法考试", "法律知识考试", "考法"],
            context [], exclude ["任前", "执法人员", "执法证"];
        law_exam_pass_rate = "law_exam.pass_rate", Rate, "%",
            "学法考试合格率", "law exam pass rate",
            units [], cues ["合格率", "通过率", "及格率", "达标率"], context ["考"], exclude ["执法"];
        law_reporting_persons = "law_reporting.persons", Count, "人",
            "述法人数", "leaders reporting on their rule-of-law duties",
            units ["人", "名", "位"], cues ["述法"], context [], exclude [];
        court_hearing_attendance_persons = "court_hearing_attendance.persons", Count, "人次",
            "旁听庭审人次", "leaders attending court hearings",
            units ["人", "名", "人次"], cues ["旁听"], context [], exclude [];
        rule_of_law_committee_meetings = "rule_of_law_committee.meetings", Count, "次",
            "依法治市(县)委员会会议", "rule-of-law committee meetings",
            units ["次", "场"], cues ["依法治[省市县区旗州盟]委员会", "法治建设委员会", "依法治[省市县区旗州盟]委(员会)?(全体)?会议"],
            context [], exclude ["办公室"];
        coordination_group_meetings = "coordination_group.meetings", Count, "次",
            "协调小组会议", "coordination group meetings",
            units ["次", "场"], cues ["协调小组"], context [], exclude [];
        study_sessions = "study_sessions", Count, "次",
            "常务会议学法、专题学法", "law study sessions",
            units ["次", "场", "期"], cues ["会前学法", "专题学法", "集体学法", "学法"], context [],
            exclude ["考试", "学法用法制度"];
        rule_of_law_meetings = "rule_of_law_meetings", Count, "次",
            "常务会议研究法治议题", "executive meetings on rule-of-law matters",
            units ["次", "项", "个"], cues ["研究.{0,8}法治", "法治(政府)?(建设)?议题", "听取.{0,12}法治.{0,10}汇报", "专题会议"],
            context ["法治"], exclude [];
    }

    /// Legislation: local regulations and government rules.
    area Legislation "legislation" => LegislationView, legislation {
        local_regulations_enacted = "local_regulations.enacted", Count, "件",
            "制定地方性法规", "local regulations enacted",
            units ["件", "部", "项"], cues ["(制定|出台|颁布|审议通过|通过)了?.{0,6}地方性法规", "地方性法规.{0,4}(制定|出台)"],
            context [], exclude ["建议", "修改", "修订", "修正", "废止", "清理"];
        local_regulations_revised = "local_regulations.revised", Count, "件",
            "修改地方性法规", "local regulations revised",
            units ["件", "部", "项"], cues ["修改", "修订", "修正"], context ["地方性法规"],
            exclude ["规章", "规范性文件"];
        local_regulations_proposals_solicited = "local_regulations.proposals_solicited", Count, "件",
            "征集地方性法规建议项目", "local regulation proposals solicited",
            units ["件", "项", "个", "条"], cues ["地方性法规.{0,8}建议"], context [], exclude [];
        government_rules_enacted = "government_rules.enacted", Count, "件",
            "制定政府规章", "government rules enacted",
            units ["件", "部", "项"], cues ["(制定|出台|颁布|审议通过|通过)了?.{0,6}(政府)?规章", "政府规章"],
            context [], exclude ["建议", "修改", "修订", "修正", "废止", "清理", "规章制度", "备案", "审查"];
        government_rules_revised = "government_rules.revised", Count, "件",
            "修改政府规章", "government rules revised",
            units ["件", "部", "项"], cues ["修改", "修订", "修正"], context ["政府规章"],
            exclude ["地方性法规", "规范性文件"];
        government_rules_proposals_solicited = "government_rules.proposals_solicited", Count, "件",
            "征集政府规章立法建议项目", "government rule proposals solicited",
            units ["件", "项", "个", "条"], cues ["规章.{0,8}建议"], context [], exclude [];
        contact_points = "contact_points", Count, "个",
            "基层立法联系点", "grassroots legislative contact points",
            units ["个", "家", "处"], cues ["立法联系点"], context [], exclude [];
        government_rules_in_force = "government_rules.in_force", Count, "件",
            "现行有效政府规章", "government rules in force",
            units ["件", "部", "项"], cues ["现行有效.{0,6}规章", "规章.{0,4}现行有效"], context [], exclude [];
    }

    /// Major administrative decisions.
    area MajorDecisions "major_decisions" => MajorDecisionsView, major_decisions {
        catalog_items = "catalog_items", Count, "项",
            "重大行政决策事项目录事项", "major decision catalogue items",
            units ["项", "件", "个"], cues ["决策事项", "纳入.{0,8}目录"], context ["决策"], exclude [];
        documents_reviewed = "documents_reviewed", Count, "件",
            "依法审查重大行政决策文件", "major decision documents reviewed",
            units ["件", "份", "个"], cues ["决策文件", "审查.{0,4}重大行政决策", "重大行政决策"],
            context ["审查", "审核"], exclude ["目录", "事项"];
        legality_reviews = "legality_reviews", Count, "件",
            "合法性审查", "legality reviews",
            units ["件", "份", "项", "个"], cues ["合法性审查", "合法性审核"], context [],
            exclude ["规范性文件", "合同", "清单", "决策文件"];
        contracts_reviewed = "contracts_reviewed", Count, "份",
            "审查合同", "contracts reviewed",
            units ["份", "件", "个"], cues ["合同"], context [], exclude [];
    }

    /// Normative documents.
    area NormativeDocuments "normative_documents" => NormativeDocumentsView, normative_documents {
        issued = "issued", Count, "件",
            "制发行政规范性文件", "normative documents issued",
            units ["件", "份", "个"], cues ["(制发|出台|印发|制定|发布).{0,10}规范性文件", "规范性文件.{0,4}(制发|出台|印发)"],
            context [], exclude ["审核", "审查", "备案", "清理"];
        reviewed = "reviewed", Count, "件",
            "审核行政规范性文件", "normative documents reviewed for legality",
            units ["件", "份", "个"], cues ["(审核|审查).{0,10}规范性文件", "规范性文件.{0,8}(审核|审查)"],
            context [], exclude ["备案", "清理"];
        filed = "filed", Count, "件",
            "备案行政规范性文件", "normative documents filed",
            units ["件", "份", "个"], cues ["备案", "报备"], context ["规范性文件"], exclude [];
        cleaned_up = "cleaned_up", Count, "件",
            "清理行政规范性文件", "normative documents cleaned up",
            units ["件", "份", "个"], cues ["清理"], context ["规范性文件", "政策文件"], exclude [];
        abolished = "abolished", Count, "件",
            "废止行政规范性文件", "normative documents abolished",
            units ["件", "份", "个"], cues ["废止", "宣布失效"], context ["规范性文件"], exclude [];
        revised = "revised", Count, "件",
            "修改行政规范性文件", "normative documents revised",
            units ["件", "份", "个"], cues ["修改", "修订"], context ["规范性文件"], exclude [];
        in_force = "in_force", Count, "件",
            "现行有效行政规范性文件", "normative documents in force",
            units ["件", "份", "个"], cues ["现行有效"], context [], exclude [];
    }

    /// Administrative law enforcement.
    area Enforcement "enforcement" => EnforcementView, enforcement {
        townships_evaluated = "townships.evaluated", Count, "个",
            "完成评估的乡镇街道", "townships and sub-districts evaluated",
            units ["个"], cues ["^乡镇", "^街道"], context ["评估"], exclude [];
        townships_avg_items_reclaimed = "townships.avg_items_reclaimed", Count, "项",
            "乡镇街道平均收回赋权事项", "average delegated items reclaimed per township",
            units ["项", "个", "件"], cues ["平均收回"], context [], exclude [];
        townships_avg_items_undertaken = "townships.avg_items_undertaken", Count, "项",
            "乡镇街道平均承接执法事项", "average enforcement items undertaken per township",
            units ["项", "个", "件"], cues ["平均承接"], context [], exclude [];
        townships_burden_reduction_rate = "townships.burden_reduction_rate", Rate, "%",
            "乡镇街道减负率", "township burden reduction rate",
            units [], cues ["减负率"], context [], exclude [];
        power_lists_reviewed = "power_lists_reviewed", Count, "项",
            "权责清单合法性审查", "power and responsibility lists reviewed",
            units ["项", "个", "份", "件"], cues ["权责清单"], context ["审查", "审核"], exclude [];
        cases_investigated = "cases.investigated", Count, "起",
            "查办案件", "enforcement cases investigated",
            units ["起", "件", "宗"], cues ["查办", "查处", "立案", "处罚案件", "行政处罚(案件|共)"], context [],
            exclude ["复议", "诉讼", "挂牌", "免予", "不予", "免罚"];
        cases_closed = "cases.closed", Count, "起",
            "执法案件结案", "enforcement cases closed",
            units ["起", "件", "宗"], cues ["结案"], context ["查办", "查处", "立案", "执法", "处罚"],
            exclude ["复议", "诉讼", "援助", "信访", "热线", "仲裁"];
        fines_and_confiscations = "fines_and_confiscations", Money, "元",
            "罚没款", "fines and confiscations",
            units [], cues ["罚没", "罚款"], context [], exclude [];
        penalty_exemptions = "penalty_exemptions", Count, "起",
            "免予处罚", "cases exempted from penalties",
            units ["起", "件", "宗"], cues ["免予.{0,6}处罚", "免罚", "不予.{0,6}处罚"], context [], exclude [];
        interviews_batches = "interviews.batches", Count, "批次",
            "行政约谈批次", "administrative interviews: batches",
            units ["批次", "批", "次", "场"], cues ["约谈"], context [], exclude [];
        interviews_entities = "interviews.entities", Count, "家",
            "约谈市场主体", "entities interviewed",
            units ["家", "户", "个"], cues ["约谈", "涉及"], context ["约谈"], exclude [];
        typical_cases_national = "typical_cases.national", Count, "起",
            "入选国家级典型案例", "national typical cases",
            units ["起", "件", "个"], cues ["(国家|全国|国务院|最高|部级).{0,10}典型"], context [], exclude [];
        typical_cases_provincial = "typical_cases.provincial", Count, "起",
            "入选省级典型案例", "provincial typical cases",
            units ["起", "件", "个"], cues ["省.{0,10}典型"], context [], exclude ["全省首例"];
        supervised_cases = "supervised_cases", Count, "起",
            "挂牌督办案件", "cases under listed supervision",
            units ["起", "件"], cues ["挂牌督办"], context [], exclude [];
        referrals_to_police = "referrals_to_police", Count, "起",
            "移送公安机关案件", "cases referred to the police",
            units ["起", "件", "宗"], cues ["移送.{0,6}(案件|线索)", "移送(至|给)?(公安|司法)"], context ["公安", "司法机关"],
            exclude [];
        case_files_reviewed = "case_files_reviewed", Count, "卷",
            "行政执法案卷评查", "enforcement case files reviewed",
            units ["卷", "份", "件", "宗", "本"], cues ["案卷"], context [],
            exclude ["优秀", "合格", "良好"];
        officers = "officers", Count, "人",
            "行政执法人员", "enforcement officers",
            units ["人", "名"], cues ["执法人员"], context [], exclude ["培训", "考试", "轮训", "参加", "参与", "申领", "注销", "吊销"];
        officers_trained = "officers_trained", Count, "人次",
            "培训执法人员", "enforcement officers trained",
            units ["人", "名", "人次"], cues ["(培训|轮训).{0,10}执法人员", "执法人员.{0,8}(培训|轮训)"],
            context [], exclude [];
        inspections = "inspections", Count, "次",
            "行政执法检查", "enforcement inspections",
            units ["次", "家次", "户次", "批次"], cues ["检查", "抽查", "巡查", "双随机"], context [],
            exclude ["案卷", "评查", "督查", "考试", "备案"];
        penalty_decisions = "penalty_decisions", Count, "份",
            "作出行政处罚决定", "administrative penalty decisions made",
            units ["份", "个"], cues ["处罚决定"], context [], exclude [];
        certificates_issued = "certificates.issued", Count, "张",
            "核发行政执法证件", "enforcement certificates issued",
            units ["张", "本", "个", "人", "名"], cues ["(申领|核发|换发|办理|发放|颁发|新领).{0,6}(执法证|执法证件)"],
            context [], exclude [];
        certificates_revoked = "certificates.revoked", Count, "张",
            "注销吊销行政执法证件", "enforcement certificates revoked or cancelled",
            units ["张", "本", "个", "人", "名"], cues ["(注销|吊销|收回|暂扣|撤销).{0,6}(执法证|执法证件)"],
            context [], exclude [];
    }

    /// The business environment under the rule of law.
    area BusinessEnvironment "business_environment" => BusinessEnvironmentView, business_environment {
        mechanisms_issued = "mechanisms_issued", Count, "项",
            "优化营商环境制度机制", "business-environment mechanisms issued",
            units ["项", "个", "件", "条"], cues ["制度机制", "工作机制", "机制", "制度"], context ["营商环境"],
            exclude [];
        litigation_over_3y_pending = "litigation_over_3y_pending", Count, "件",
            "三年以上未结诉讼案件", "lawsuits pending for over three years",
            units ["件", "起"], cues ["(三|3)年以上.{0,4}未结", "长期未结"], context [], exclude [];
    }

    /// Government services.
    area GovernmentServices "government_services" => GovernmentServicesView, government_services {
        tolerance_acceptance_items = "tolerance_acceptance_items", Count, "项",
            "容缺受理事项", "items accepted with documents pending",
            units ["项", "个", "件"], cues ["容缺"], context [], exclude [];
        one_thing_services = "one_thing_services", Count, "件",
            "“一件事”集成服务", "integrated one-thing services",
            units ["件", "项", "个"], cues ["一件事"], context [], exclude [];
        transactions = "transactions", Count, "件",
            "办理业务量", "service transactions",
            units ["件", "笔", "次", "件次"], cues ["业务量", "办件量", "网办量", "办理.{0,4}业务"], context [], exclude [];
        issues_found = "issues_found", Count, "个",
            "发现问题", "service issues found",
            units ["个", "项", "条", "件"], cues ["发现(各类)?问题", "排查(出)?问题"],
            context ["放管服", "政务服务", "营商环境", "审批", "办事", "难慢繁"], exclude [];
        issues_rectified = "issues_rectified", Count, "个",
            "问题整改完成", "service issues rectified",
            units ["个", "项", "条", "件"], cues ["整改"],
            context ["放管服", "政务服务", "营商环境", "审批", "办事", "难慢繁"], exclude [];
        enterprise_policies_published = "enterprise_policies_published", Count, "条",
            "发布涉企政策", "enterprise policies published",
            units ["条", "项", "个", "件"], cues ["涉企政策"], context [], exclude [];
        reward_items = "reward_items", Count, "项",
            "可兑现奖励事项", "reward items on offer",
            units ["项", "个", "条"], cues ["奖励事项", "奖补事项"], context [], exclude [];
        information_disclosure_requests = "information_disclosure.requests", Count, "件",
            "依申请公开政府信息", "information disclosure requests",
            units ["件", "个", "份"], cues ["依申请公开", "信息公开申请"], context [], exclude [];
        hotline_cases = "hotline.cases", Count, "件",
            "12345热线受理诉求", "hotline cases",
            units ["件", "个", "条", "件次"], cues ["热线", "诉求", "工单"], context ["热线"], exclude [];
        hotline_completion_rate = "hotline.completion_rate", CompletionRate, "%",
            "12345热线办结率", "hotline completion rate",
            units [], cues ["办结率"], context ["热线"], exclude [];
        hotline_satisfaction_rate = "hotline.satisfaction_rate", Rate, "%",
            "12345热线满意率", "hotline satisfaction rate",
            units [], cues ["满意率", "满意度"], context ["热线"], exclude [];
    }

    /// Credit supervision.
    area Credit "credit" => CreditView, credit {
        local_standards = "local_standards", Count, "个",
            "地方标准", "local standards",
            units ["个", "项", "部"], cues ["地方标准"], context [], exclude [];
        graded_supervision_fields = "graded_supervision_fields", Count, "个",
            "信用分级分类监管领域", "fields under graded credit supervision",
            units ["个"], cues ["分级分类"], context ["信用"], exclude [];
        commitment_records_reported = "commitment_records_reported", Count, "条",
            "报送信用承诺数据", "credit commitment records reported",
            units ["条", "份", "个"], cues ["信用承诺"], context [], exclude [];
        evaluation_results_returned = "evaluation_results_returned", Count, "条",
            "回流信用综合评价结果", "credit evaluation results returned",
            units ["条", "个"], cues ["评价结果", "综合评价"], context ["信用"], exclude [];
    }

    /// Administrative reconsideration, litigation and mediation.
    area DisputeResolution "dispute_resolution" => DisputeResolutionView, dispute_resolution {
        reconsideration_venues = "reconsideration.venues", Count, "个",
            "行政复议场所", "reconsideration venues",
            units ["个", "处"], cues ["复议场所", "复议.{0,4}(接待|服务)(场所|中心|窗口|室)"], context [], exclude [];
        reconsideration_received = "reconsideration.received", Count, "件",
            "收到行政复议申请", "reconsideration applications received",
            units ["件", "起", "宗"], cues ["收到", "接收", "新收"], context ["复议"], exclude [];
        reconsideration_accepted = "reconsideration.accepted", Count, "件",
            "受理行政复议案件", "reconsideration cases accepted",
            units ["件", "起", "宗"], cues ["受理", "立案"], context ["复议"], exclude ["不予受理"];
        reconsideration_concluded = "reconsideration.concluded", Count, "件",
            "审结行政复议案件", "reconsideration cases concluded",
            units ["件", "起", "宗"], cues ["审结", "办结", "结案"], context ["复议"], exclude ["诉讼"];
        reconsideration_mediated = "reconsideration.mediated", Count, "件",
            "行政复议调解和解", "reconsideration cases mediated",
            units ["件", "起", "宗"], cues ["调解", "和解", "调撤", "(调解|和解)[、和及]?(调解|和解)?等?(方式|形式)(结案|办结)"],
            context ["复议"], exclude ["诉讼"];
        reconsideration_corrected = "reconsideration.corrected", Count, "件",
            "行政复议纠错", "reconsideration decisions correcting the act",
            units ["件", "起", "宗"], cues ["纠错", "纠正", "撤销", "变更", "确认违法"], context ["复议"], exclude ["诉讼"];
        reconsideration_correction_rate = "reconsideration.correction_rate", Rate, "%",
            "行政复议纠错率", "reconsideration correction rate",
            units [], cues ["纠错率"], context ["复议"], exclude [];
        reconsideration_mediation_rate = "reconsideration.mediation_rate", Rate, "%",
            "行政复议调解和解率", "reconsideration mediation and withdrawal rate",
            units [], cues ["调解率", "调撤率", "和解率"], context ["复议"], exclude [];
        reconsideration_opinion_letters = "reconsideration.opinion_letters", Count, "份",
            "制发行政复议意见书、建议书", "reconsideration opinion and recommendation letters issued",
            units ["份", "件"], cues ["意见书", "建议书"], context ["复议"], exclude [];
        litigation_cases = "litigation.cases", Count, "件",
            "行政诉讼案件", "administrative lawsuits",
            units ["件", "起", "宗"], cues ["行政诉讼", "行政应诉", "应诉", "一审行政案件", "二审行政案件"], context [],
            exclude ["出庭"];
        litigation_concluded = "litigation.concluded", Count, "件",
            "行政诉讼结案", "administrative lawsuits concluded",
            units ["件", "起", "宗"], cues ["审结", "结案", "办结"], context ["诉讼"], exclude ["复议", "三年以上"];
        litigation_lost = "litigation.lost", Count, "件",
            "行政诉讼败诉", "administrative lawsuits lost",
            units ["件", "起", "宗"], cues ["败诉"], context [], exclude [];
        litigation_loss_rate = "litigation.loss_rate", Rate, "%",
            "行政诉讼败诉率", "administrative litigation loss rate",
            units [], cues ["败诉率"], context [], exclude [];
        litigation_head_appearance_rate = "litigation.head_appearance_rate", Rate, "%",
            "行政机关负责人出庭应诉率", "rate of agency heads appearing in court",
            units [], cues ["出庭(应诉)?率"], context [], exclude [];
        litigation_won = "litigation.won", Count, "件",
            "行政诉讼胜诉", "administrative lawsuits won",
            units ["件", "起", "宗"], cues ["胜诉"], context [], exclude [];
        litigation_win_rate = "litigation.win_rate", Rate, "%",
            "行政诉讼胜诉率", "administrative litigation win rate",
            units [], cues ["胜诉率"], context [], exclude [];
        mediation_disputes_investigated = "mediation.disputes_investigated", Count, "件",
            "排查矛盾纠纷", "disputes identified",
            units ["件", "起", "宗"], cues ["排查"], context ["纠纷"], exclude ["问题", "排查化解"];
        mediation_disputes_resolved = "mediation.disputes_resolved", Count, "件",
            "化解矛盾纠纷", "disputes resolved",
            units ["件", "起", "宗"], cues ["化解", "调处", "调解成功", "成功调解", "调解"],
            context ["纠纷", "调解"], exclude ["复议", "受理", "排查化解"];
        mediation_resolution_rate = "mediation.resolution_rate", Rate, "%",
            "矛盾纠纷化解率", "dispute resolution rate",
            units [], cues ["化解率", "调处率"], context [], exclude [];
        mediation_success_rate = "mediation.success_rate", Rate, "%",
            "调解成功率", "mediation success rate",
            units [], cues ["成功率"], context ["调解"], exclude [];
        mediation_cases_accepted = "mediation.cases_accepted", Count, "件",
            "受理调解案件", "disputes accepted for mediation",
            units ["件", "起", "宗"], cues ["受理.{0,4}调解", "调解.{0,6}受理"], context [], exclude ["复议"];
    }

    /// Public legal services.
    area LegalServices "legal_services" => LegalServicesView, legal_services {
        free_consultations = "free_consultations", Count, "人次",
            "免费法律咨询", "free legal consultations",
            units ["人次", "次", "件", "人"], cues ["法律咨询", "咨询"], context [], exclude [];
        free_consultations_completion_rate = "free_consultations.completion_rate", CompletionRate, "%",
            "免费法律咨询完成率", "free legal consultations: completion rate",
            units [], cues ["完成率"], context ["咨询"], exclude [];
        lawyers_cases_represented = "lawyers.cases_represented", Count, "件",
            "律师代理案件", "cases represented by lawyers",
            units ["件", "起", "宗"], cues ["律师.{0,8}(代理|办理)"], context [], exclude ["援助"];
        grassroots_workers_cases_represented = "grassroots_workers.cases_represented", Count, "件",
            "基层法律服务工作者代理案件", "cases represented by grassroots legal workers",
            units ["件", "起", "宗"], cues ["基层法律服务"], context [], exclude [];
        notary_cases = "notary.cases", Count, "件",
            "办理公证", "notarisations",
            units ["件", "起", "宗"], cues ["公证"], context [], exclude [];
        judicial_appraisal_cases = "judicial_appraisal.cases", Count, "件",
            "司法鉴定案件", "forensic appraisals",
            units ["件", "起", "宗"], cues ["鉴定"], context [], exclude [];
        arbitration_cases_accepted = "arbitration.cases_accepted", Count, "件",
            "受理仲裁案件", "arbitration cases accepted",
            units ["件", "起", "宗"], cues ["仲裁"], context [], exclude [];
        government_counsel_count = "government_counsel.count", Count, "名",
            "政府法律顾问", "government legal counsel",
            units ["名", "人", "家"], cues ["法律顾问"], context [], exclude ["村", "社区"];
        service_centers = "service_centers", Count, "个",
            "公共法律服务中心", "public legal service centres",
            units ["个", "家", "所"], cues ["公共法律服务中心"], context [], exclude [];
        service_stations = "service_stations", Count, "个",
            "公共法律服务工作站(室)", "public legal service stations and rooms",
            units ["个", "家", "所"], cues ["公共法律服务(工作)?(站|室|点)"], context [], exclude [];
    }

    /// Legal aid.
    area LegalAid "legal_aid" => LegalAidView, legal_aid {
        cases = "cases", Count, "件",
            "法律援助案件", "legal aid cases",
            units ["件", "起", "宗"], cues ["援助案件", "法律援助"], context [], exclude ["特殊群体"];
        special_groups_cases_concluded = "special_groups.cases_concluded", Count, "件",
            "特殊群体法律援助案件办结", "legal aid cases for special groups concluded",
            units ["件", "起", "宗"], cues ["办结", "结案"], context ["特殊群体"], exclude [];
        special_groups_completion_rate = "special_groups.completion_rate", CompletionRate, "%",
            "特殊群体法律援助完成率", "legal aid for special groups: completion rate",
            units [], cues ["完成率"], context ["特殊群体"], exclude [];
    }

    /// Law popularisation.
    area LawPopularization "law_popularization" => LawPopularizationView, law_popularization {
        events = "events", Count, "场",
            "法治宣传教育活动", "law popularisation events",
            units ["场", "次", "期", "场次"], cues ["宣传(教育)?活动", "普法(宣传)?活动", "活动", "讲座", "宣讲", "宣传"],
            context ["普法", "法治", "法律", "宣传教育"], exclude ["培训"];
        reach = "reach", Count, "人次",
            "普法受众", "people reached",
            units ["人次", "人"], cues ["惠及", "受众", "覆盖", "受益", "参与", "受教育"], context ["普法", "宣传"],
            exclude [];
        materials = "materials", Count, "份",
            "发放宣传资料", "materials handed out",
            units ["份", "册", "本", "件", "张"], cues ["资料", "材料", "宣传品", "宣传册", "小册子", "手册", "折页", "宣传单", "明白纸"],
            context ["发放", "宣传"],
            exclude [];
        demo_villages_national = "demo_villages.national", Count, "个",
            "国家级民主法治示范村(社区)", "national democracy and rule-of-law model villages",
            units ["个"], cues ["国家级", "全国"], context ["示范村", "示范社区"], exclude [];
        demo_villages_provincial = "demo_villages.provincial", Count, "个",
            "省级民主法治示范村(社区)", "provincial democracy and rule-of-law model villages",
            units ["个"], cues ["省级"], context ["示范村", "示范社区"], exclude [];
        legal_literates_trained = "legal_literates.trained", Count, "名",
            "培养法律明白人", "legal literates trained",
            units ["名", "人", "人次"], cues ["法律明白人"], context [], exclude [];
        legal_literates_trainings = "legal_literates.trainings", Count, "次",
            "法律明白人培训会", "legal literate trainings",
            units ["次", "场", "期"], cues ["培训"], context ["法律明白人"], exclude [];
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;
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
    fn every_pattern_compiles_and_counts_have_units() {
        for c in CONCEPTS {
            for p in c.cues.iter().chain(c.context).chain(c.exclude) {
                Regex::new(p).unwrap_or_else(|e| panic!("{}: {p}: {e}", c.id));
            }
            assert!(!c.cues.is_empty(), "{} has no cue", c.id);
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
