//! The extractor on phrasings of other reports than the fixture: counties, departments,
//! townships. Each case is a sentence as such reports write it and the facts it must give.

use fazhi::{Axis, FactKind, Qualifier, Report};
use rust_decimal::Decimal;

fn report(text: &str) -> Report {
    fazhi::extract(text).unwrap()
}

/// (concept, value, unit) of the level facts with a concept, in order.
fn levels(r: &Report) -> Vec<(String, String, String)> {
    r.facts
        .iter()
        .filter(|f| f.kind == FactKind::Level)
        .filter_map(|f| Some((f.concept.clone()?, f.value.to_string(), f.unit.clone())))
        .collect()
}

fn has(r: &Report, concept: &str, value: &str, unit: &str) {
    let got = levels(r);
    assert!(
        got.iter()
            .any(|(c, v, u)| c == concept && v == value && u == unit),
        "no {concept} = {value} {unit} in {got:?}"
    );
}

#[test]
fn reconsideration_and_litigation() {
    let r = report(
        "全年共收到行政复议申请56件，受理48件，审结45件，其中调解和解12件，纠错率15.6%。行政应诉案件32件，行政机关负责人出庭应诉率100%，败诉3件，败诉率9.4%。",
    );
    has(
        &r,
        "dispute_resolution.reconsideration.received",
        "56",
        "件",
    );
    has(
        &r,
        "dispute_resolution.reconsideration.accepted",
        "48",
        "件",
    );
    has(
        &r,
        "dispute_resolution.reconsideration.concluded",
        "45",
        "件",
    );
    has(
        &r,
        "dispute_resolution.reconsideration.mediated",
        "12",
        "件",
    );
    has(
        &r,
        "dispute_resolution.reconsideration.correction_rate",
        "15.6",
        "%",
    );
    has(&r, "dispute_resolution.litigation.cases", "32", "件");
    has(
        &r,
        "dispute_resolution.litigation.head_appearance_rate",
        "100",
        "%",
    );
    has(&r, "dispute_resolution.litigation.lost", "3", "件");
    has(&r, "dispute_resolution.litigation.loss_rate", "9.4", "%");
    // the parts after 其中 belong to the whole before them
    let mediated = r
        .fact("dispute_resolution.reconsideration.mediated")
        .unwrap();
    let concluded = r
        .fact("dispute_resolution.reconsideration.concluded")
        .unwrap();
    assert_eq!(mediated.part_of.as_deref(), Some(concluded.id.as_str()));
}

#[test]
fn rates_sharing_a_figure_or_listed_respectively() {
    let r = report("12345热线受理群众诉求3.2万件，办结率、满意率分别为98.6%、97.3%。");
    has(&r, "government_services.hotline.cases", "32000", "件");
    has(
        &r,
        "government_services.hotline.completion_rate",
        "98.6",
        "%",
    );
    has(
        &r,
        "government_services.hotline.satisfaction_rate",
        "97.3",
        "%",
    );
    let r = report("12345热线办结率、满意率均为100%。");
    has(
        &r,
        "government_services.hotline.completion_rate",
        "100",
        "%",
    );
    has(
        &r,
        "government_services.hotline.satisfaction_rate",
        "100",
        "%",
    );
    let both: Vec<_> = r.facts.iter().filter(|f| f.text == "100%").collect();
    assert_eq!(both.len(), 2);
    assert_eq!(both[0].span, both[1].span);
}

#[test]
fn normative_documents_and_study() {
    let r = report(
        "审核规范性文件25件，备案8件，清理规范性文件120件，废止15件。县政府常务会议学法6次。",
    );
    has(&r, "normative_documents.reviewed", "25", "件");
    has(&r, "normative_documents.filed", "8", "件");
    has(&r, "normative_documents.cleaned_up", "120", "件");
    has(&r, "normative_documents.abolished", "15", "件");
    has(&r, "leadership.study_sessions", "6", "次");
}

#[test]
fn law_popularisation_with_approximations() {
    let r = report("全年开展普法活动560余场次，发放宣传资料2.3万份，受众5万余人次。");
    has(&r, "law_popularization.events", "560", "场次");
    has(&r, "law_popularization.materials", "23000", "份");
    has(&r, "law_popularization.reach", "50000", "人次");
    assert_eq!(
        r.fact("law_popularization.reach").unwrap().qualifier,
        Qualifier::AtLeast
    );
}

#[test]
fn changes_attach_to_the_fact_before_them() {
    let r = report(
        "办理法律援助案件1,234件，同比增长12.5%。查处违法案件215起，罚没款约86.5万元，较上年下降5.2%。",
    );
    has(&r, "legal_aid.cases", "1234", "件");
    let change = r.facts.iter().find(|f| f.text == "12.5%").unwrap();
    assert_eq!(change.kind, FactKind::ChangePercent);
    // a change has no concept of its own: it is a change of its base
    assert_eq!(change.concept, None);
    assert_eq!(
        change.change_of,
        r.fact("legal_aid.cases").map(|f| f.id.clone())
    );
    let fines = r.fact("enforcement.fines_and_confiscations").unwrap();
    assert_eq!(
        (fines.value, fines.qualifier),
        (Decimal::from(865_000), Qualifier::About)
    );
    let drop = r.facts.iter().find(|f| f.text == "5.2%").unwrap();
    assert_eq!(drop.value.to_string(), "-5.2");
    assert_eq!(drop.change_of.as_deref(), Some(fines.id.as_str()));
    let points = report("行政复议纠错率15%，提高2个百分点。");
    assert_eq!(points.facts[1].kind, FactKind::ChangePoints);
    assert_eq!(points.facts[1].unit, "个百分点");
}

#[test]
fn mediation_enforcement_and_counsel() {
    let r = report(
        "人民调解组织调解矛盾纠纷1200件，调解成功率98%。全年办理行政处罚案件86件，评查案卷320卷。聘请政府法律顾问12名。",
    );
    // 调解 counts the disputes mediated, not those resolved (the success rate says they differ)
    assert_eq!(concept_of(&r, "1200"), None);
    has(&r, "dispute_resolution.mediation.success_rate", "98", "%");
    has(&r, "enforcement.cases.investigated", "86", "件");
    has(&r, "enforcement.case_files_reviewed", "320", "卷");
    has(&r, "legal_services.government_counsel.count", "12", "名");
}

#[test]
fn unknown_meaning_is_kept_without_a_concept() {
    let r = report("执法人员培训率达到100%，完成“八五”普法中期评估，新建公园3个。");
    let park = r.facts.iter().find(|f| f.text == "3").unwrap();
    assert_eq!((park.concept.as_deref(), park.unit.as_str()), (None, "个"));
    assert!(
        !r.facts.iter().any(|f| f.text.contains(['八', '五'])),
        "a quoted campaign name is no figure"
    );
    let rate = r.facts.iter().find(|f| f.text == "100%").unwrap();
    assert_eq!(rate.concept, None);
}

#[test]
fn traps_are_not_facts() {
    let r = report(
        "深入学习贯彻党的二十大和二十届三中全会精神，落实中央八项规定，推进“一网通办”，拨打12345热线。截至2024年12月31日，村规民约修订完成。",
    );
    assert!(r.facts.is_empty(), "{:?}", r.facts);
    assert!(r.not_facts.iter().any(|n| n.text == "12345"));
}

#[test]
fn headings_points_and_narrative() {
    let r = report(
        "黄岩区司法局2024年法治政府建设情况报告\n一、主要工作\n（一）强化学法。\n二、存在的问题和不足\n1.法治意识有待提升。\n2.执法队伍专业化水平不高。\n三、下一步工作计划\n一是强化法治思维；二是规范执法行为。\n",
    );
    assert_eq!(r.meta.jurisdiction.as_ref().unwrap().name, "黄岩区司法局");
    let who = r.meta.reporter.as_ref().unwrap();
    assert_eq!(
        (who.code.as_str(), who.department.as_deref()),
        ("331003", Some("司法局"))
    );
    assert_eq!(r.meta.year, Some(2024));
    let problems: Vec<&str> = r.problems.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(problems, ["法治意识有待提升", "执法队伍专业化水平不高"]);
    let plans: Vec<&str> = r.plans.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(plans, ["强化法治思维", "规范执法行为"]);
}

#[test]
fn department_report_with_signature_and_thousands_separators() {
    let r = report(
        "浙江省司法厅关于2023年度法治政府建设情况的报告\n一、主要工作\n全市共有持证行政执法人员12,345名，培训执法人员1.2万人次。全市1,234个村（社区）实现法律顾问全覆盖。全年共办理政府信息公开申请321件，按时答复率100%。\n二、存在的不足\n一是法治意识不强。二是基层力量薄弱。\n三、下一步工作安排\n一是抓学习。二是抓考核。\n浙江省司法厅\n2024年3月28日\n",
    );
    let j = r.meta.jurisdiction.as_ref().unwrap();
    assert_eq!(
        (j.name.as_str(), j.level),
        ("浙江省司法厅", Some(fazhi::Level::Department))
    );
    assert_eq!(r.meta.year, Some(2023));
    assert_eq!(
        r.meta.published,
        chrono::NaiveDate::from_ymd_opt(2024, 3, 28)
    );
    has(&r, "enforcement.officers", "12345", "名");
    has(&r, "enforcement.officers_trained", "12000", "人次");
    has(
        &r,
        "government_services.information_disclosure.requests",
        "321",
        "件",
    );
    // villages covered by counsel are not a count of counsel: no concept rather than a wrong one
    let villages = r.facts.iter().find(|f| f.text == "1,234").unwrap();
    assert_eq!(villages.concept, None);
    let plans: Vec<&str> = r.plans.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(plans, ["抓学习", "抓考核"]);
}

#[test]
fn counts_listed_respectively() {
    let r =
        report("全年受理、审结行政复议案件分别为48件、45件，办结率、满意率分别为98.6%和97.3%。");
    has(
        &r,
        "dispute_resolution.reconsideration.accepted",
        "48",
        "件",
    );
    has(
        &r,
        "dispute_resolution.reconsideration.concluded",
        "45",
        "件",
    );
}

#[test]
fn a_figure_without_cue_joins_the_group_of_the_one_before() {
    let r = report(
        "全年组织任前法律知识考试3场，参考人员286人。创建省级民主法治示范村（社区）15个，累计达到128个。",
    );
    has(&r, "leadership.pre_appointment_exam.batches", "3", "场");
    has(&r, "leadership.pre_appointment_exam.persons", "286", "人");
    // the running total of the same concept is not given another concept
    let total = r.facts.iter().find(|f| f.text == "128").unwrap();
    assert_eq!(total.concept, None);
}

#[test]
fn combined_problems_and_plans_heading() {
    let r = report(
        "一、主要工作和成效\n（一）解决群众反映强烈的问题。全年受理行政复议12件。\n二、存在的问题和下一步工作打算\n（一）存在的问题\n一是学法不够深入；二是队伍力量薄弱。\n（二）下一步工作打算\n一是加强学习；二是充实队伍；三是严格考核。\n",
    );
    let problems: Vec<&str> = r.problems.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(problems, ["学法不够深入", "队伍力量薄弱"]);
    let plans: Vec<&str> = r.plans.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(plans, ["加强学习", "充实队伍", "严格考核"]);
    // a measure whose heading mentions 问题 stays a measure
    let first = r.outline.iter().find(|s| s.id == "1.1").unwrap();
    assert_eq!(first.part, fazhi::Part::Measures);
}

/// The concept of the first fact whose figure is written `figure`.
fn concept_of(r: &Report, figure: &str) -> Option<String> {
    r.facts
        .iter()
        .find(|f| f.text == figure)
        .unwrap_or_else(|| panic!("no fact written {figure} in {:?}", r.facts))
        .concept
        .clone()
}

#[test]
fn a_total_across_kinds_is_not_one_of_its_parts() {
    let r = report("对合同、规范性文件和决策事项开展合法性审核120件。");
    assert_eq!(
        concept_of(&r, "120").as_deref(),
        Some("major_decisions.legality_reviews")
    );
    // the same cue, alone, is the part
    let r = report("审查合同45份。");
    assert_eq!(
        concept_of(&r, "45").as_deref(),
        Some("major_decisions.contracts_reviewed")
    );
}

#[test]
fn reversal_status_and_plans_rule_a_concept_out() {
    let r = report("吊销执法证件12个，注销执法证件3个。全市共有执法人员1200人。");
    // two values of one concept, told apart by their acts: each is a part of its count
    for (figure, member) in [("12", "吊销"), ("3", "注销")] {
        let f = r.facts.iter().find(|f| f.text == figure).unwrap();
        assert_eq!(f.concept, None);
        let d = f.dimension.as_ref().expect("a part");
        assert_eq!(
            (d.concept.as_str(), d.axis, d.member.as_str()),
            ("enforcement.certificates.revoked", Axis::Category, member)
        );
    }
    assert_eq!(
        concept_of(&r, "1200").as_deref(),
        Some("enforcement.officers")
    );
    let r = report("公布现行有效的规范性文件目录300件，拟废止5件，废止规范性文件8件。");
    assert_eq!(
        concept_of(&r, "300").as_deref(),
        Some("normative_documents.in_force")
    );
    assert_eq!(
        concept_of(&r, "5"),
        None,
        "拟废止 is a plan, not an abolition"
    );
    assert_eq!(
        concept_of(&r, "8").as_deref(),
        Some("normative_documents.abolished")
    );
    let r = report("复议受理前协商化解案件17件。");
    assert_ne!(
        concept_of(&r, "17").as_deref(),
        Some("dispute_resolution.reconsideration.accepted")
    );
}

#[test]
fn another_process_rate_and_a_neighbouring_subject() {
    let r = report("全年行政复议纠错率15%，复议调解率40%。");
    assert_eq!(
        concept_of(&r, "15%").as_deref(),
        Some("dispute_resolution.reconsideration.correction_rate")
    );
    assert_eq!(
        concept_of(&r, "40%").as_deref(),
        Some("dispute_resolution.reconsideration.mediation_rate")
    );
    // a cue of the clause before, about another subject, is not this figure's
    let r = report("全年受理行政复议案件30件，审结28件；行政诉讼案件12件，已办结9件。");
    assert_eq!(
        concept_of(&r, "28").as_deref(),
        Some("dispute_resolution.reconsideration.concluded")
    );
    assert_eq!(
        concept_of(&r, "9").as_deref(),
        Some("dispute_resolution.litigation.concluded")
    );
}

#[test]
fn sub_totals_beside_their_total_and_averages() {
    let r = report(
        "全年查办各类违法案件1200件，罚没款300万元；其中查办食品案件200件，罚没款40万元。案件平均罚款金额2500元。",
    );
    assert_eq!(
        concept_of(&r, "1200").as_deref(),
        Some("enforcement.cases.investigated")
    );
    assert_eq!(concept_of(&r, "200"), None, "food cases are a sub-total");
    assert_eq!(concept_of(&r, "40万"), None, "the fines of the food cases");
    assert_eq!(concept_of(&r, "2500"), None, "an average is no total");
}

#[test]
fn new_concepts_found_where_they_belong() {
    let r = report(
        "建成公共法律服务中心12个、公共法律服务工作站156个。全年受理调解案件3200件，调解成功3100件。制发行政复议意见书、建议书21份，复议调撤率32%。行政诉讼胜诉15件，胜诉率88%。作出行政处罚决定1300份，开展双随机抽查2100家次，为45名执法人员申领行政执法证，注销执法证件6张。现行有效政府规章42件。",
    );
    for (figure, concept) in [
        ("12", "legal_services.service_centers"),
        ("156", "legal_services.service_stations"),
        ("3200", "dispute_resolution.mediation.cases_accepted"),
        ("3100", "dispute_resolution.mediation.disputes_resolved"),
        ("21", "dispute_resolution.reconsideration.opinion_letters"),
        ("32%", "dispute_resolution.reconsideration.mediation_rate"),
        ("15", "dispute_resolution.litigation.won"),
        ("88%", "dispute_resolution.litigation.win_rate"),
        ("1300", "enforcement.penalty_decisions"),
        ("2100", "enforcement.inspections"),
        ("45", "enforcement.certificates.issued"),
        ("6", "enforcement.certificates.revoked"),
        ("42", "legislation.government_rules.in_force"),
    ] {
        assert_eq!(
            concept_of(&r, figure).as_deref(),
            Some(concept),
            "{figure} in {:?}",
            r.facts
        );
    }
}

#[test]
fn new_concepts_not_taken_where_they_do_not_belong() {
    let r = report(
        "开展案卷评查抽查案卷60卷。法律顾问出具法律意见书30份。律师代理诉讼案件胜诉后回访12次。行政执法备案检查1200次。全市共有人民调解委员会320个。",
    );
    assert_ne!(
        concept_of(&r, "60").as_deref(),
        Some("enforcement.inspections")
    );
    assert_eq!(
        concept_of(&r, "30"),
        None,
        "a legal opinion is no reconsideration letter"
    );
    assert_eq!(concept_of(&r, "12"), None);
    assert_eq!(concept_of(&r, "1200"), None, "filings are no inspections");
    assert_eq!(concept_of(&r, "320"), None);
    // a campaign of clean-ups is not a count of documents cleaned up
    let r = report("开展规范性文件专项清理3次，清理规范性文件56件。");
    assert_eq!(concept_of(&r, "3"), None);
    assert_eq!(
        concept_of(&r, "56").as_deref(),
        Some("normative_documents.cleaned_up")
    );
}

#[test]
fn synonyms_local_hotlines_and_rates_under_a_heading() {
    let r = report("发放宣传材料1.2万份。");
    assert_eq!(
        concept_of(&r, "1.2万").as_deref(),
        Some("law_popularization.materials")
    );
    let r = report("发放普法手册3000册。");
    assert_eq!(
        concept_of(&r, "3000").as_deref(),
        Some("law_popularization.materials")
    );
    let r = report("“8890”便民服务热线全年受理群众诉求5.6万件，办结率99.2%。");
    assert_eq!(
        concept_of(&r, "5.6万").as_deref(),
        Some("government_services.hotline.cases")
    );
    assert_eq!(
        concept_of(&r, "99.2%").as_deref(),
        Some("government_services.hotline.completion_rate")
    );
    let r = report("（三）12345政务服务热线\n全年受理诉求8.1万件，办结率、满意率均为98%。");
    let rates: Vec<_> = r
        .facts
        .iter()
        .filter(|f| f.text == "98%")
        .map(|f| f.concept.clone())
        .collect();
    assert_eq!(
        rates,
        [
            Some("government_services.hotline.completion_rate".to_string()),
            Some("government_services.hotline.satisfaction_rate".to_string())
        ]
    );
}

#[test]
fn changes_link_only_to_what_they_can_change() {
    // percentage points change a rate, never a count
    let r = report("受理案件3,565件，同比增长12.5个百分点。");
    let points = r.facts.iter().find(|f| f.text == "12.5").unwrap();
    assert_eq!(points.kind, FactKind::ChangePoints);
    assert_eq!(points.change_of, None);
    let r = report("结案率95.5%，同比提高2.1个百分点。");
    let rate = r.facts.iter().find(|f| f.text == "95.5%").unwrap();
    let points = r.facts.iter().find(|f| f.text == "2.1").unwrap();
    assert_eq!(points.change_of.as_deref(), Some(rate.id.as_str()));
    // an absolute change keeps its unit
    let r = report("调解成功率98%，受理纠纷1200件，较上年减少50件。");
    let count = r.facts.iter().find(|f| f.text == "1200").unwrap();
    let change = r.facts.iter().find(|f| f.text == "50").unwrap();
    assert_eq!(change.kind, FactKind::ChangeAbsolute);
    assert_eq!(change.value, Decimal::from(-50));
    assert_eq!(change.change_of.as_deref(), Some(count.id.as_str()));
    // a multiple changes any figure
    let r = report("受理行政复议案件300件，受案量增长2.5倍。");
    let factor = r.facts.iter().find(|f| f.text == "2.5").unwrap();
    assert_eq!(
        (factor.kind, factor.unit.as_str()),
        (FactKind::ChangeFactor, "倍")
    );
    assert!(factor.change_of.is_some());
}

#[test]
fn a_figure_naming_its_own_thing_takes_no_concept_of_the_figure_before() {
    let r = report("某县2024年全年受理行政复议案件30件，审结28件，新建公园3个。");
    assert_eq!(
        concept_of(&r, "3"),
        None,
        "parks are no reconsideration venues"
    );
    // the people taking part in what the figure before counted do take its group's concept
    let r = report("组织任前法律知识考试3场，参考人员286人。");
    assert_eq!(
        concept_of(&r, "286").as_deref(),
        Some("leadership.pre_appointment_exam.persons")
    );
}
