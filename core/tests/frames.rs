//! The kinds of meaning errors that come from reading the words near a figure instead of the
//! structure of its clause, one test per kind, each with sentences of our own: the right
//! reading, and the tempting wrong one that must not be given.

use fazhi::{Axis, Report};

fn report(text: &str) -> Report {
    fazhi::extract(text).unwrap()
}

/// The concept of the figure written as `figure` (the first such).
fn concept(r: &Report, figure: &str) -> Option<String> {
    r.facts
        .iter()
        .find(|f| f.text == figure)
        .unwrap_or_else(|| panic!("no figure {figure} in {:?}", r.facts))
        .concept
        .clone()
}

/// Asserts the concept of the figure written as `figure`, naming the text when it differs.
#[track_caller]
fn assert_concept(r: &Report, figure: &str, want: Option<&str>) {
    assert_eq!(
        concept(r, figure).as_deref(),
        want,
        "figure {figure} in {:?}",
        r.meta.title
    );
}

/// The member of the part the figure is (the words that name it), if it is one.
fn member(r: &Report, figure: &str) -> Option<String> {
    r.facts
        .iter()
        .find(|f| f.text == figure)
        .and_then(|f| f.dimension.as_ref())
        .map(|d| d.member.clone())
}

/// The concept and axis of the part the figure is, if it is one.
fn part(r: &Report, figure: &str) -> Option<(String, Axis)> {
    r.facts
        .iter()
        .find(|f| f.text == figure)
        .and_then(|f| f.dimension.as_ref())
        .map(|d| (d.concept.clone(), d.axis))
}

#[test]
fn the_verb_that_governs_the_object_decides() {
    // the status word modifies the object; the act is the clean-up
    let r = report("今年共清理现行有效的市政府规章27件。");
    assert_concept(&r, "27", None);
    let r = report("全县现行有效的规范性文件156件。");
    assert_concept(&r, "156", Some("normative_documents.in_force"));
    // 对…进行: the figure stands in the object, the act comes after it
    let r = report("对38件局党组议题、规范性文件进行合法性审查。");
    assert_concept(&r, "38", Some("major_decisions.legality_reviews"));
    // a verb in a 的 clause only describes the thing: the main verb governs
    let r = report("全年共收到依法提出的行政复议申请19件。");
    assert_concept(
        &r,
        "19",
        Some("dispute_resolution.reconsideration.received"),
    );
}

#[test]
fn the_cases_against_one_party_are_a_kind_of_them() {
    // one agency as the respondent or the defendant: those cases of all
    for (text, whole) in [
        (
            "全年共收到以县政府为被申请人的行政复议申请19件。",
            "dispute_resolution.reconsideration.received",
        ),
        (
            "以区政府为被告的行政诉讼案件22件。",
            "dispute_resolution.litigation.cases",
        ),
    ] {
        let r = report(text);
        let figure = if text.contains("19") { "19" } else { "22" };
        assert_eq!(concept(&r, figure), None, "{text}");
        assert_eq!(
            part(&r, figure),
            Some((whole.to_string(), Axis::Category)),
            "{text}"
        );
    }
    // what is said of them next is said of that kind too
    let r = report("以区政府为被告的行政诉讼案件22件，败诉1件。");
    assert_concept(&r, "1", None);
    // every agency of the division as the party: all the cases
    let r = report("全年共收到以各乡镇人民政府、县政府各部门为被申请人的行政复议申请35件。");
    assert_concept(
        &r,
        "35",
        Some("dispute_resolution.reconsideration.received"),
    );
    let r = report("以全区各级行政机关为被告的行政诉讼案件120件。");
    assert_concept(&r, "120", Some("dispute_resolution.litigation.cases"));
}

#[test]
fn an_aside_in_parentheses_is_not_the_head() {
    let r = report("新创建省级民主法治示范村（社区）4个。");
    assert_concept(&r, "4", Some("law_popularization.demo_villages.provincial"));
}

#[test]
fn a_verb_is_distributed_over_coordinated_objects() {
    let r = report("本年度修订4部地方性法规和1部政府规章。");
    assert_concept(&r, "4", Some("legislation.local_regulations.revised"));
    assert_concept(&r, "1", Some("legislation.government_rules.revised"));
    let r = report("建成国家级民主法治示范村3个、省级17个。");
    assert_concept(
        &r,
        "17",
        Some("law_popularization.demo_villages.provincial"),
    );
}

#[test]
fn an_object_left_out_is_carried_from_the_clause_before() {
    let r = report("全年新收行政复议申请64件，依法受理58件，调解结案11件。");
    assert_concept(
        &r,
        "58",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(
        &r,
        "11",
        Some("dispute_resolution.reconsideration.mediated"),
    );
    // the clause before names litigation: the heading's reconsideration does not apply
    let r = report("（三）行政复议和行政应诉\n全市发生行政应诉案件47件，已审结30件。");
    assert_concept(&r, "30", Some("dispute_resolution.litigation.concluded"));
    // carried into the next sentence of the paragraph
    let r = report("全年共收到行政复议申请40件。其中，受理36件。");
    assert_concept(
        &r,
        "36",
        Some("dispute_resolution.reconsideration.accepted"),
    );
}

#[test]
fn a_total_across_kinds_is_not_one_kind() {
    let r = report("对行政规范性文件、重大行政决策和村级合同开展合法性审查312件。");
    assert_concept(&r, "312", Some("major_decisions.legality_reviews"));
    let r = report("全年办理行政复议和行政诉讼案件95件。");
    assert_concept(&r, "95", None);
    // in the object of 对, a kind no concept counts coordinated with one it does
    let r = report("对会议纪要、行政规范性文件进行合法性审查87件。");
    assert_ne!(
        concept(&r, "87").as_deref(),
        Some("normative_documents.reviewed")
    );
    let r = report("对行政规范性文件进行合法性审查87件。");
    assert_concept(&r, "87", Some("normative_documents.reviewed"));
}

#[test]
fn another_quantity_sharing_a_noun_is_not_the_concept() {
    // the hotlines, townships and thank-you letters are not hotline cases
    let r = report("整合政务服务便民热线6条，12345热线受理群众诉求3.2万件，收到群众感谢信41封。");
    assert_concept(&r, "6", None);
    assert_concept(&r, "3.2万", Some("government_services.hotline.cases"));
    assert_concept(&r, "41", None);
    // a consultation of the hotline is not a free legal consultation
    let r = report("12345热线接听群众咨询电话8600个。");
    assert_concept(&r, "8600", None);
    // model enterprises are not model villages
    let r = report("创建省级法治示范企业6家，省级民主法治示范社区4个。");
    assert_concept(&r, "6", None);
    assert_concept(&r, "4", Some("law_popularization.demo_villages.provincial"));
    // a legislative plan's items are not rules enacted
    let r = report("年度立法计划安排政府规章项目5件。");
    assert_concept(&r, "5", None);
    // an average is no total
    let r = report("各乡镇平均化解矛盾纠纷83件。");
    assert_concept(&r, "83", None);
}

#[test]
fn parts_are_dimensions_not_totals() {
    // a category after 其中
    let r = report("全年受理行政复议案件126件，其中治安管理类41件，市场监管类37件。");
    assert_concept(
        &r,
        "126",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(&r, "41", None);
    assert_eq!(
        part(&r, "41"),
        Some((
            "dispute_resolution.reconsideration.accepted".to_string(),
            Axis::Category
        ))
    );
    // named by every word of the kind: no word of it may be read as a modifier that
    // narrows nothing (`管理` in `治安管理类`)
    assert_eq!(member(&r, "41").as_deref(), Some("治安管理类"));
    // per-unit counts in a listing, with no total stated
    let r = report("机关本级执法人员31人；城区中队执法人员18人；郊区中队执法人员12人。");
    for figure in ["31", "18", "12"] {
        assert_eq!(concept(&r, figure), None, "{figure}");
        assert_eq!(
            part(&r, figure).map(|p| p.0).as_deref(),
            Some("enforcement.officers")
        );
    }
    // a kind listed after 其中 is a kind of the whole, though its noun alone names another
    // concept (`行政案件` of the legal-aid cases is no litigation count)
    let r = report("共办理法律援助案件960件，其中民事案件610件，刑事案件300件，行政案件50件。");
    assert_concept(&r, "50", None);
    assert_eq!(
        part(&r, "50"),
        Some(("legal_aid.cases".to_string(), Axis::Category))
    );
    // a rate right after a part is the part's rate, not the whole's
    let r = report("12345热线受理涉企诉求3200件，办结率99%。");
    assert_concept(&r, "99%", None);
    assert_eq!(
        part(&r, "99%"),
        Some((
            "government_services.hotline.completion_rate".to_string(),
            Axis::Field
        ))
    );
    let r = report("12345热线受理群众诉求3200件，办结率99%。");
    assert_concept(
        &r,
        "99%",
        Some("government_services.hotline.completion_rate"),
    );
    // a field named before the count
    let r = report("查办各类违法案件900件，查办民生领域违法案件310件。");
    assert_concept(&r, "900", Some("enforcement.cases.investigated"));
    assert_eq!(
        part(&r, "310"),
        Some(("enforcement.cases.investigated".to_string(), Axis::Field))
    );
}

#[test]
fn a_sentence_opening_with_a_set_counts_parts_of_it() {
    // `X中，` names the set; a figure with no act of its own counts a part of it
    let r = report("行政诉讼案件中，以区政府为被告的案件7件。");
    assert_concept(&r, "7", None);
    assert_eq!(
        part(&r, "7").map(|p| p.0).as_deref(),
        Some("dispute_resolution.litigation.cases")
    );
    // one with an act of its own counts what the act does
    let r = report("在受理的行政复议案件中，审结41件。");
    assert_concept(
        &r,
        "41",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    // a rate is over the set, not a part of it
    let r = report("在已审结的行政诉讼案件中，胜诉18件，胜诉率90%。");
    assert_concept(&r, "90%", Some("dispute_resolution.litigation.win_rate"));
    // a course of action is no set
    let r = report("在执法工作中，查办案件230件。");
    assert_concept(&r, "230", Some("enforcement.cases.investigated"));
}

#[test]
fn a_larger_jurisdictions_total_is_not_the_reporters_count() {
    let accepted = Some("dispute_resolution.reconsideration.accepted");
    // a county quotes the nation's and its province's totals beside its own
    let r = report(
        "大足区2024年法治政府建设年度报告\n2024年，全国各级行政复议机关共受理行政复议案件38.6万件，\
         全市受理1.2万件。全区受理行政复议案件76件。",
    );
    assert_concept(&r, "38.6万", None);
    assert_eq!(part(&r, "38.6万"), None);
    assert_concept(&r, "76", accepted);
    // the province's total carries over its sentence until the reporter's own scope opens
    let r = report(
        "大足区2024年法治政府建设年度报告\n全省共受理行政复议案件2.1万件，审结1.9万件，我区受理76件。",
    );
    assert_concept(&r, "2.1万", None);
    assert_concept(&r, "1.9万", None);
    assert_concept(&r, "76", accepted);
    // a province's own 全省 is its count
    let r = report("四川省2024年法治政府建设年度报告\n全省共受理行政复议案件2.1万件。");
    assert_concept(&r, "2.1万", accepted);
    // a higher government as the subject acts for its own jurisdiction
    let issued = Some("normative_documents.issued");
    let r = report(
        "大足区2024年法治政府建设年度报告\n全区共制定行政规范性文件12件，市政府制定行政规范性文件45件。",
    );
    assert_concept(&r, "12", issued);
    assert_concept(&r, "45", None);
    // the nation's total needs no reporter to be a quote: a ministry names itself
    let r = report("2024年，全国各级行政复议机关共受理行政复议案件38.6万件。");
    assert_concept(&r, "38.6万", None);
}

#[test]
fn a_sub_period_is_a_part_of_the_year() {
    let period = |text: &str, figure: &str| {
        let r = report(text);
        assert_eq!(concept(&r, figure), None, "{text}");
        let p = r.facts.iter().find(|f| f.text == figure).unwrap();
        let d = p.dimension.as_ref().expect("a part");
        (d.concept.clone(), d.axis, d.member.clone())
    };
    let accepted = "dispute_resolution.reconsideration.accepted".to_string();
    // the clause's time adverbial, carried over the clauses after it
    assert_eq!(
        period(
            "今年1—8月，全县共收到申请70件，受理行政复议案件64件。",
            "64"
        ),
        (accepted.clone(), Axis::Period, "1—8月".to_string())
    );
    // a quarter standing before the act
    assert_eq!(
        period("全镇第三季度受理行政复议案件9件。", "9"),
        (accepted, Axis::Period, "第三季度".to_string())
    );
    assert_eq!(
        period("10月份，12345热线受理群众诉求3120件。", "3120").2,
        "10月份"
    );
    // the year, a span to the present, a date: the year's count
    for text in [
        "今年，全县受理行政复议案件64件。",
        "一月至今，全县受理行政复议案件64件。",
        "1—12月，全县受理行政复议案件64件。",
        "截至10月底，全县受理行政复议案件64件。",
        "3月15日，全县集中受理行政复议案件64件。",
        "上半年受理行政复议案件30件，全年受理行政复议案件64件。",
    ] {
        assert_eq!(
            concept(&report(text), "64").as_deref(),
            Some("dispute_resolution.reconsideration.accepted"),
            "{text}"
        );
    }
    // a monthly bulletin's own month restricts nothing
    let r = report("2024年10月份12345热线运行情况通报\n\n10月份，12345热线受理群众诉求3120件。");
    assert_concept(&r, "3120", Some("government_services.hotline.cases"));
}

#[test]
fn a_lecture_at_a_leaders_meeting_is_study() {
    let r = report("县政府常务会议安排法治讲座5次。");
    assert_concept(&r, "5", Some("leadership.study_sessions"));
    let r = report("深入开展普法宣传，举办法治讲座62场。");
    assert_concept(&r, "62", Some("law_popularization.events"));
}

#[test]
fn words_the_registry_did_not_know() {
    let r = report("党组理论学习中心组专题学习9次。");
    assert_concept(&r, "9", Some("leadership.study_sessions"));
    let r = report("发放《民法典》普法读本1200册。");
    assert_concept(&r, "1200", Some("law_popularization.materials"));
    // 办理 a reconsideration case: accepted or concluded? neither is known
    let r = report("全年办理行政复议案件73件。");
    assert_concept(&r, "73", None);
}

#[test]
fn an_object_left_out_keeps_its_coordination() {
    // the parts after 其中 count what the whole counts: rules and documents together
    let r = report("清理涉及民营经济的规章和规范性文件86件，其中修改9件，废止4件。");
    assert_concept(&r, "86", None);
    assert_concept(&r, "9", None);
    assert_concept(&r, "4", None);
    // one kind alone: its parts are that kind's
    let r = report("清理行政规范性文件86件，其中修改9件，废止4件。");
    assert_concept(&r, "4", Some("normative_documents.abolished"));
}

#[test]
fn coordinated_heads_share_the_modifier_before_them() {
    // 工作站 and 工作室 are 公共法律服务 ones; the centres keep their own count
    let r = report("全市建成公共法律服务中心12个、工作站186个、工作室1530个。");
    assert_concept(&r, "12", Some("legal_services.service_centers"));
    assert_eq!(part(&r, "12"), None);
    assert_eq!(
        part(&r, "186").map(|p| p.0).as_deref(),
        Some("legal_services.service_stations")
    );
    assert_eq!(
        part(&r, "1530").map(|p| p.0).as_deref(),
        Some("legal_services.service_stations")
    );
    // each item is named by its own words, not the act the list shares
    let r = report("全年制发行政复议意见书5份、建议书3份。");
    let members: Vec<&str> = r
        .facts
        .iter()
        .filter_map(|f| f.dimension.as_ref())
        .map(|d| d.member.as_str())
        .collect();
    assert_eq!(members, ["行政复议意见书", "建议书"]);
    // a head the modifier does not make a known thing stays without a concept
    let r = report("全市建成公共法律服务中心12个、调解室186个。");
    assert_concept(&r, "12", Some("legal_services.service_centers"));
    assert_concept(&r, "186", None);
    assert_eq!(part(&r, "186"), None);
}

#[test]
fn a_part_repeating_its_wholes_act_is_a_kind_of_the_whole() {
    // the lawyers' cases of one kind, not the county's administrative litigation
    let r = report("全市律师代理各类案件6500件，其中代理行政诉讼案件320件。");
    assert_concept(&r, "6500", Some("legal_services.lawyers.cases_represented"));
    assert_concept(&r, "320", None);
    assert_eq!(
        part(&r, "320"),
        Some((
            "legal_services.lawyers.cases_represented".to_string(),
            Axis::Category
        ))
    );
}

#[test]
fn the_means_before_an_act_say_what_was_done() {
    // 通过 + acts + act: the acts are the means (mediated), even without 方式
    let r = report("受理行政复议案件88件，全年审结81件，通过调解、和解结案21件。");
    assert_concept(
        &r,
        "81",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    assert_concept(
        &r,
        "21",
        Some("dispute_resolution.reconsideration.mediated"),
    );
    // 通过 after a verb is passing a law, not a means
    let r = report("市人大常委会审议通过地方性法规3部。");
    assert_concept(&r, "3", Some("legislation.local_regulations.enacted"));
    // 通过 before a noun is a channel: the act still governs
    let r = report("通过网络受理行政复议申请36件。");
    assert_concept(
        &r,
        "36",
        Some("dispute_resolution.reconsideration.accepted"),
    );
}

#[test]
fn additions_are_not_what_there_is() {
    let r = report("全区现有行政执法人员1380名，本年度新增持证执法人员97名。");
    assert_concept(&r, "1380", Some("enforcement.officers"));
    assert_concept(&r, "97", None);
    assert_eq!(part(&r, "97"), None);
}

#[test]
fn another_hotline_is_not_the_citizens_hotline() {
    // 12348 is the legal-services hotline: neither its calls nor its satisfaction are 12345's
    let r = report("12348法律服务热线全年接听来电1.8万人次，群众满意率98.6%。");
    assert_concept(&r, "98.6%", None);
    assert_eq!(part(&r, "98.6%"), None);
    let r = report("12345政务服务便民热线全年受理诉求9.6万件，满意率98.6%。");
    assert_concept(
        &r,
        "98.6%",
        Some("government_services.hotline.satisfaction_rate"),
    );
}

#[test]
fn entities_an_inspection_touches_are_not_entities_interviewed() {
    let r = report("开展跨部门联合抽查85次，涉及市场主体1260户。");
    assert_concept(&r, "1260", None);
    let r = report("全年开展行政约谈12批次，涉及市场主体86家。");
    assert_concept(&r, "86", Some("enforcement.interviews.entities"));
}

#[test]
fn a_plan_covers_the_clauses_that_continue_it() {
    let r = report("明年计划制定政府规章4部，修改3部。");
    assert_concept(&r, "4", None);
    assert_concept(&r, "3", None);
    let r = report("全年制定政府规章4部，修改3部。");
    assert_concept(&r, "3", Some("legislation.government_rules.revised"));
}

#[test]
fn a_kind_listed_after_its_whole_is_a_part_of_it() {
    // a kind named by a word of its whole's thing (`咨询` of `法律咨询服务`) is a part of it
    let r = report("开展法律咨询服务9600人次，其中现场咨询7100人次，网络咨询2500人次。");
    assert_concept(&r, "9600", Some("legal_services.free_consultations"));
    assert_concept(&r, "7100", None);
    let (c, axis) = part(&r, "7100").unwrap();
    assert_eq!(
        (c.as_str(), axis),
        ("legal_services.free_consultations", Axis::Item)
    );
    let member = r.facts.iter().find(|f| f.text == "7100").unwrap();
    assert_eq!(member.dimension.as_ref().unwrap().member, "现场咨询");
    // a kind that names its own domain is that domain's whole count
    let r = report("全年街道涉诉案件60起，其中民事诉讼41起，行政诉讼11起，行政复议8起。");
    assert_concept(&r, "11", Some("dispute_resolution.litigation.cases"));
    // and a thing of another kind is another quantity, not a part
    let r = report(
        "全区共办理行政执法案件12.1万宗，涉及金额3.2亿元。其中，行政处罚2860宗，罚没收入1930万元。",
    );
    assert_concept(&r, "1930万", Some("enforcement.fines_and_confiscations"));
}

#[test]
fn a_span_longer_than_the_year_is_no_count_of_it() {
    let text = "某县2024年法治政府建设年度报告\n自2021年以来，全县累计受理行政复议案件512件。“八五”普法以来，累计开展法治宣传活动3600场次。全年受理行政复议案件168件，开展法治宣传活动960场次。";
    let r = report(text);
    assert_concept(&r, "512", None);
    assert_concept(&r, "3600", None);
    // the year's own counts keep their concepts: the longer ones no longer look like a
    // second value of them
    assert_concept(
        &r,
        "168",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(&r, "960", Some("law_popularization.events"));
    // a span from the report's own year is the year
    let r = report("某县2024年法治政府建设年度报告\n2024年以来，共受理行政复议案件168件。");
    assert_concept(
        &r,
        "168",
        Some("dispute_resolution.reconsideration.accepted"),
    );
}

#[test]
fn another_years_count_is_not_the_years() {
    let title = "某县2024年法治政府建设年度报告\n";
    let r = report(&format!(
        "{title}全年受理行政复议案件320件，2023年受理行政复议案件268件。"
    ));
    assert_concept(&r, "268", None);
    assert_concept(
        &r,
        "320",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    let r = report(&format!(
        "{title}全年受理行政复议案件320件，上年同期受理268件。"
    ));
    assert_concept(&r, "268", None);
    assert_concept(
        &r,
        "320",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    // a change against the year before is no time of the figures after it
    let r = report(&format!(
        "{title}受理行政复议案件320件，较上年同期增长12%，审结301件。"
    ));
    assert_concept(
        &r,
        "301",
        Some("dispute_resolution.reconsideration.concluded"),
    );
}

#[test]
fn work_taken_part_in_is_not_the_agencys_count() {
    let r = report("参与化解重大矛盾纠纷46件。");
    assert_concept(&r, "46", None);
    let r = report("全年化解矛盾纠纷460件。");
    assert_concept(
        &r,
        "460",
        Some("dispute_resolution.mediation.disputes_resolved"),
    );
}

#[test]
fn a_campaigns_name_is_no_kind_of_its_count() {
    let r = report("开展“八五”普法宣传活动320场次。");
    assert_concept(&r, "320", Some("law_popularization.events"));
    // a quoted name of a kind still is one
    let r = report("开展“宪法进万家”普法宣传活动46场次。");
    assert_concept(&r, "46", None);
    // the overall rate is the rate, not a kind of it
    let r = report("行政复议决定履行率100%，综合纠错率15.8%。");
    assert_concept(
        &r,
        "15.8%",
        Some("dispute_resolution.reconsideration.correction_rate"),
    );
}

#[test]
fn a_value_after_its_label_and_a_colon_is_read_with_the_label() {
    let text = "一、行政复议\n收到申请：236件；受理：218件；审结：205件。\n二、行政应诉\n一审行政诉讼案件：412件。\n行政机关败诉案件：18件，败诉率4.4%。";
    let r = report(text);
    assert_concept(
        &r,
        "218",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(
        &r,
        "205",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    assert_concept(&r, "412", Some("dispute_resolution.litigation.cases"));
    assert_concept(&r, "18", Some("dispute_resolution.litigation.lost"));
}

#[test]
fn a_parenthesis_after_a_figure_lists_its_parts() {
    let r = report("全年办理法律援助案件3260件（刑事1280件、民事1860件、行政120件），满意率98%。");
    assert_concept(&r, "3260", Some("legal_aid.cases"));
    for figure in ["1280", "1860", "120"] {
        assert_eq!(concept(&r, figure), None, "{figure}");
        assert_eq!(
            part(&r, figure),
            Some(("legal_aid.cases".to_string(), Axis::Item)),
            "{figure}"
        );
    }
    let f = r.facts.iter().find(|f| f.text == "1280").unwrap();
    assert_eq!(f.dimension.as_ref().unwrap().member, "刑事");
    // a change in parentheses is no part
    let r = report("全年办理法律援助案件3260件（同比增长12%），审结3100件。");
    assert_concept(&r, "3260", Some("legal_aid.cases"));
}

#[test]
fn parts_are_counted_in_their_wholes_measure() {
    // the figure right before `其中` is of another measure: the whole is the last one in the
    // parts' measure, across a `；` and the full stop the list opens after
    let r = report(
        "全年办理法律援助案件860件，为受援人挽回经济损失1800万元；接待法律咨询5600人次。其中为农民工办理案件320件。",
    );
    assert_concept(&r, "860", Some("legal_aid.cases"));
    assert_concept(&r, "320", None);
    assert_eq!(
        part(&r, "320").map(|p| p.0).as_deref(),
        Some("legal_aid.cases")
    );
}

#[test]
fn a_kind_with_a_concept_of_the_wholes_area_is_that_concepts_count() {
    // penalties among all enforcement cases are the penalties
    let r = report(
        "全区共办理各类行政执法案件4.6万宗，涉及金额1.45亿元。其中，行政处罚796宗，罚没收入534万元。",
    );
    assert_concept(&r, "796", Some("enforcement.penalty_decisions"));
    assert_concept(&r, "534万", Some("enforcement.fines_and_confiscations"));
    // administrative cases among legal-aid cases are a kind of legal aid, not lawsuits
    let r = report("全年办理法律援助案件465件，其中刑事案件201件，行政案件16件。");
    assert_concept(&r, "16", None);
    assert_eq!(
        part(&r, "16").map(|p| p.0).as_deref(),
        Some("legal_aid.cases")
    );
}

#[test]
fn a_class_listed_after_its_whole_is_a_kind_of_it_and_a_closing_rate_speaks_of_all() {
    let r = report(
        "12345热线全年受理诉求52.3万件，其中咨询类28.6万件，投诉类12.1万件，办结率99.1%，满意率95.6%。",
    );
    // a class (`…类`) is a kind of the whole, whatever its noun alone would count
    for figure in ["28.6万", "12.1万"] {
        assert_eq!(concept(&r, figure), None, "{figure}");
        assert_eq!(
            part(&r, figure).map(|p| p.0).as_deref(),
            Some("government_services.hotline.cases"),
            "{figure}"
        );
    }
    // the rates closing the list are over all the cases, and a rate after a rate is not
    // over a part
    assert_concept(
        &r,
        "99.1%",
        Some("government_services.hotline.completion_rate"),
    );
    assert_concept(
        &r,
        "95.6%",
        Some("government_services.hotline.satisfaction_rate"),
    );
    // a rate right after a part with no list is that part's
    let r = report("12345热线全年受理涉企诉求3200件，办结率100%。");
    assert_concept(&r, "100%", None);
    assert_eq!(
        part(&r, "100%").map(|p| p.0).as_deref(),
        Some("government_services.hotline.completion_rate")
    );
}

#[test]
fn a_parts_member_is_named_by_its_whole_words() {
    // a one-character word glued to unknown characters belongs to their word (人社 is the
    // short name of 人力资源和社会保障)
    let r = report("全年清理人社领域规范性文件26件，废止5件。");
    assert_eq!(member(&r, "5").as_deref(), Some("人社领域"));
}

#[test]
fn the_one_who_acts_names_whose_work_it_is() {
    // labour disputes taken by mediation bodies are not arbitration's cases
    let r = report("各级调解组织共受理劳动人事争议案件860件。");
    assert_concept(&r, "860", None);
    let r = report("劳动人事争议仲裁院共受理劳动人事争议案件2995件。");
    assert_concept(
        &r,
        "2995",
        Some("legal_services.arbitration.cases_accepted"),
    );
}

#[test]
fn a_list_with_no_whole_in_the_text_names_no_concept_by_a_bare_noun() {
    // `咨询` alone is an inquiry of any kind: without its whole (a hotline's cases) the
    // classes of a list are parts of nothing known
    let r = report("其中咨询类42.3万件，投诉类18.6万件。");
    for figure in ["42.3万", "18.6万"] {
        assert_concept(&r, figure, None);
        assert_eq!(part(&r, figure), None, "{figure}");
    }
    // where legal services are named, consultations are legal ones
    let r = report("公共法律服务中心全年解答咨询1200人次。");
    assert_concept(&r, "1200", Some("legal_services.free_consultations"));
}

#[test]
fn items_that_share_one_act_are_told_apart_by_their_own_things() {
    // the act is carried to the second item: it tells neither apart
    let r = report("发放宣传资料32万份，宣传品8.6万件。");
    assert_eq!(member(&r, "32万").as_deref(), Some("宣传资料"));
    assert_eq!(member(&r, "8.6万").as_deref(), Some("宣传品"));
    let r = report("发放宣传资料32万份。");
    assert_concept(&r, "32万", Some("law_popularization.materials"));
}

#[test]
fn a_modifier_coordinated_with_one_that_narrows_nothing_covers_the_whole() {
    // the government's documents and its office's are all that it issues
    for text in [
        "审核市政府及办公室行政规范性文件38件。",
        "审核市政府及其办公室行政规范性文件38件。",
    ] {
        let r = report(text);
        assert_concept(&r, "38", Some("normative_documents.reviewed"));
    }
}

#[test]
fn serving_as_counsel_is_not_engaging_counsel() {
    // the units lawyers serve are no count of the government's counsel
    let r = report("全年律师担任法律顾问1350家。");
    assert_concept(&r, "1350", None);
    assert_eq!(part(&r, "1350"), None);
    let r = report("全区聘请政府法律顾问12名。");
    assert_concept(&r, "12", Some("legal_services.government_counsel.count"));
}

#[test]
fn a_part_that_carries_its_object_carries_the_noun_it_ended_on() {
    // the drafts submitted are counted by kind: none of them is a regulation made
    let r = report("提请市人大常委会审议地方性法规草案4件，其中制定3件、修改1件。");
    for figure in ["4", "3", "1"] {
        assert_concept(&r, figure, None);
    }
    // the regulations themselves are
    let r = report("全年制定地方性法规3件，修改1件。");
    assert_concept(&r, "3", Some("legislation.local_regulations.enacted"));
    assert_concept(&r, "1", Some("legislation.local_regulations.revised"));
    // a subject counted after its figure is not the object of the next (`47家部门…宣传48场次`),
    // nor is a word the reader does not know (`结转` is a verb)
    let r = report("47家行政执法部门开门普法集中宣传48场次。");
    assert_concept(&r, "48", Some("law_popularization.events"));
    let r = report("上年结转行政复议案件12件，全年审结121件。");
    assert_concept(
        &r,
        "121",
        Some("dispute_resolution.reconsideration.concluded"),
    );
}

#[test]
fn a_plan_opening_a_sentence_covers_the_acts_that_follow_it() {
    let r = report("计划制定规范性文件10件，开展普法活动300场次，举办法治讲座20场。");
    for figure in ["10", "300", "20"] {
        assert_concept(&r, figure, None);
    }
    // a plan inside the sentence covers its own act only
    let r = report("公布现行有效的规范性文件目录300件，拟废止5件，废止规范性文件8件。");
    assert_concept(&r, "8", Some("normative_documents.abolished"));
    // done, not planned
    let r = report("开展普法活动300场次，发放宣传资料2万份。");
    assert_concept(&r, "300", Some("law_popularization.events"));
    assert_concept(&r, "2万", Some("law_popularization.materials"));
}

#[test]
fn how_far_the_things_before_have_come_is_no_count_of_them() {
    let r = report("全年共发布重大行政决策事项目录9项，已完成7项。");
    assert_concept(&r, "9", Some("major_decisions.catalog_items"));
    assert_concept(&r, "7", None);
    // a status verb with an object of its own counts that object
    let r = report("完成行政执法案卷评查，共评查案卷1620卷。");
    assert_concept(&r, "1620", Some("enforcement.case_files_reviewed"));
}

#[test]
fn a_noun_right_after_the_measure_word_is_what_is_counted() {
    // the townships, not the stations they set up
    let r = report("全区16个镇街均设立公共法律服务站，全区共建成村级公共法律服务室356个。");
    assert_concept(&r, "16", None);
    assert_eq!(part(&r, "16"), None);
    assert_concept(&r, "356", Some("legal_services.service_stations"));
}

#[test]
fn a_part_named_by_its_own_words_is_a_part_of_what_its_whole_counts() {
    let r = report("区法院审结一审行政诉讼案件126件，其中以区政府为被告的案件18件。");
    assert_concept(&r, "126", Some("dispute_resolution.litigation.concluded"));
    assert_eq!(
        part(&r, "18"),
        Some((
            "dispute_resolution.litigation.concluded".to_string(),
            Axis::Category
        ))
    );
}

#[test]
fn a_count_of_one_named_agency_is_a_part_of_the_total_of_all() {
    let r = report(
        "全县各行政执法部门共办理行政处罚案件3260件。县市场监管局查办案件586件，县生态环境分局查办案件126件，县交通运输局查办案件860件。",
    );
    assert_concept(&r, "3260", Some("enforcement.cases.investigated"));
    for (figure, agency) in [
        ("586", "县市场监管局"),
        ("126", "县生态环境分局"),
        ("860", "县交通运输局"),
    ] {
        assert_concept(&r, figure, None);
        assert_eq!(member(&r, figure).as_deref(), Some(agency), "{figure}");
    }
    // every regulator of the territory is no one agency
    let r = report("全市市场监管部门共查办各类违法案件1.62万件，县市场监管局查办案件586件。");
    assert_concept(&r, "1.62万", Some("enforcement.cases.investigated"));
}

#[test]
fn a_rate_named_by_the_words_of_a_part_is_not_that_parts_rate() {
    let r =
        report("全年发生行政应诉案件56件，县政府及部门负责人出庭应诉56件，出庭率100%，败诉2件。");
    assert_concept(
        &r,
        "100%",
        Some("dispute_resolution.litigation.head_appearance_rate"),
    );
    assert_concept(&r, "2", Some("dispute_resolution.litigation.lost"));
}

#[test]
fn an_average_with_its_unit_between_is_the_average_concept() {
    let r = report("平均每个乡镇承接执法事项42项。");
    assert_concept(&r, "42", Some("enforcement.townships.avg_items_undertaken"));
    // the total undertaken, and an average no concept names, are not it
    let r = report("乡镇承接执法事项126项。");
    assert_concept(&r, "126", None);
    let r = report("平均每个乡镇受理案件42件。");
    assert_concept(&r, "42", None);
}

#[test]
fn agencies_named_by_no_more_than_what_they_are_are_all_of_them() {
    // `作为被告的` describes the lawsuits; the agencies are every one of them
    let r = report("全市行政机关作为被告的一审行政诉讼案件共计532件。");
    assert_concept(&r, "532", Some("dispute_resolution.litigation.cases"));
    // one named agency as defendant is a part
    let r = report("区政府作为被告的行政诉讼案件23件。");
    assert_eq!(
        part(&r, "23"),
        Some(("dispute_resolution.litigation.cases".into(), Axis::Category))
    );
}

#[test]
fn what_a_part_concerns_is_no_act_done_to_it() {
    let r = report("全年共受理行政复议案件412件，其中涉及市场监管领域86件、自然资源领域72件。");
    assert_concept(
        &r,
        "412",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    for (figure, field) in [("86", "市场监管领域"), ("72", "自然资源领域")] {
        assert_eq!(
            part(&r, figure),
            Some((
                "dispute_resolution.reconsideration.accepted".into(),
                Axis::Field
            ))
        );
        assert_eq!(member(&r, figure).as_deref(), Some(field));
    }
}

#[test]
fn last_year_set_against_this_year_is_another_year() {
    let r = report("2023年法治政府建设情况报告\n\n去年全市受理行政复议案件312件，今年受理412件。");
    assert_concept(&r, "312", None);
    assert_concept(
        &r,
        "412",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    // compared with last year, the figure is this year's
    let r = report("2023年法治政府建设情况报告\n\n今年受理行政复议案件412件，较去年增加100件。");
    assert_concept(
        &r,
        "412",
        Some("dispute_resolution.reconsideration.accepted"),
    );
}

#[test]
fn the_exam_named_before_says_whose_participants_these_are() {
    let r = report("组织新任领导干部任前法律知识考试3批次，参考人数86人。");
    assert_concept(&r, "3", Some("leadership.pre_appointment_exam.batches"));
    assert_concept(&r, "86", Some("leadership.pre_appointment_exam.persons"));
    let r = report("组织国家工作人员参加学法考试，参考人数1.2万人。");
    assert_concept(&r, "1.2万", Some("leadership.law_exam.participants"));
}

#[test]
fn a_plan_inside_the_objects_description_is_no_plan_of_the_act() {
    // the drafts were reviewed: the review is done
    let r = report("全年共审核县政府及部门拟出台的规范性文件48件。");
    assert_concept(&r, "48", Some("normative_documents.reviewed"));
    // a plan of the act itself stays one
    let r = report("计划审核规范性文件48件。");
    assert_concept(&r, "48", None);
    let r = report("拟出台的规范性文件48件。");
    assert_concept(&r, "48", None);
}

#[test]
fn what_an_act_turned_up_is_not_what_it_was_done_to() {
    let r = report("全年开展行政执法案卷评查，共抽查案卷856卷，评查出问题案卷23卷。");
    assert_concept(&r, "856", Some("enforcement.case_files_reviewed"));
    assert_concept(&r, "23", None);
    assert_eq!(part(&r, "23"), None);
}

#[test]
fn a_verb_that_is_also_a_noun_opens_a_chain_of_verbs() {
    // `决定废止`: decided to abolish; the documents carried from the clause before
    let r = report("开展行政规范性文件清理，共梳理文件680件，决定废止32件，修改18件。");
    assert_concept(&r, "32", Some("normative_documents.abolished"));
    assert_concept(&r, "18", Some("normative_documents.revised"));
}

#[test]
fn a_set_opening_the_sentence_names_what_its_parts_count() {
    let r = report("受理的行政复议案件中，以乡镇政府为被申请人的有46件。");
    assert_eq!(
        part(&r, "46"),
        Some((
            "dispute_resolution.reconsideration.accepted".into(),
            Axis::Category
        ))
    );
    assert_eq!(member(&r, "46").as_deref(), Some("乡镇政府为被申请人"));
    // a figure that names its own act keeps its concept
    let r = report("在受理的行政复议案件中，审结120件。");
    assert_concept(
        &r,
        "120",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    // 其中 is a list's marker, not a set
    let r = report("全年受理行政复议案件88件，其中，以乡镇政府为被申请人的有46件。");
    assert_concept(
        &r,
        "88",
        Some("dispute_resolution.reconsideration.accepted"),
    );
}

#[test]
fn a_quoted_name_of_the_field_itself_names_no_kind_of_it() {
    // the law-into-six-places campaign is law popularisation itself
    let r = report("全年开展“法律六进”活动360场次，覆盖群众12万人次。");
    assert_concept(&r, "360", Some("law_popularization.events"));
    assert_concept(&r, "12万", Some("law_popularization.reach"));
    // a week's campaign is a kind of the year's events
    let r = report("开展普法宣传，组织“宪法宣传周”活动45场。");
    assert_eq!(
        part(&r, "45"),
        Some(("law_popularization.events".into(), Axis::Category))
    );
}

#[test]
fn figures_that_name_only_who_and_add_up_to_the_count_before_are_its_parts() {
    let r = report("全县受理行政复议案件126件，县政府60件、乡镇13件、部门53件。");
    assert_concept(
        &r,
        "126",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    for (figure, who) in [("60", "县政府"), ("13", "乡镇"), ("53", "部门")] {
        assert_eq!(
            part(&r, figure),
            Some((
                "dispute_resolution.reconsideration.accepted".into(),
                Axis::Item
            ))
        );
        assert_eq!(member(&r, figure).as_deref(), Some(who));
    }
    // without the sum they are still items done as the count before was, never its value:
    // parts named by who
    let r = report("全县受理行政复议案件126件，县政府60件、乡镇13件。");
    assert_concept(&r, "60", None);
    assert_eq!(member(&r, "60").as_deref(), Some("县政府"));
}

#[test]
fn what_a_case_contests_is_a_kind_of_the_cases() {
    let r = report("受理行政复议案件126件，其中不服行政处罚的86件，不服行政强制的12件。");
    for figure in ["86", "12"] {
        assert_eq!(
            part(&r, figure),
            Some((
                "dispute_resolution.reconsideration.accepted".into(),
                Axis::Category
            ))
        );
    }
    assert_eq!(member(&r, "86").as_deref(), Some("不服行政处罚"));
}

#[test]
fn acts_coordinated_with_one_no_concept_counts_count_neither() {
    let r = report("起草、审核规范性文件36件。");
    assert_concept(&r, "36", None);
    // a government and its own office are all of its documents
    let r = report("审核区政府及区政府办公室规范性文件26件。");
    assert_concept(&r, "26", Some("normative_documents.reviewed"));
}

#[test]
fn a_count_of_people_after_a_word_both_act_and_thing_counts_whom_it_was_done_to() {
    let r = report("开展执法人员培训6期，培训860人次。");
    assert_concept(&r, "860", Some("enforcement.officers_trained"));
    // sessions are not people
    assert_concept(&r, "6", None);
    // money after a word both act and thing is that thing's (`罚款`)
    let r = report("全年开展执法检查，累计罚款76.72亿元。");
    assert_concept(&r, "76.72亿", Some("enforcement.fines_and_confiscations"));
}

#[test]
fn a_frequency_before_the_verb_counts_what_the_verb_phrase_after_it_names() {
    // the level's character of `市政府` is no noun the figure counts; `主持召开` is light
    let r = report("市政府主要负责同志全年5次主持召开会议专题研究法治政府建设工作。");
    assert_concept(&r, "5", Some("leadership.rule_of_law_meetings"));
}

#[test]
fn the_members_of_the_leadership_are_the_leadership() {
    let r = report("县政府领导班子成员专题学习8次。");
    assert_concept(&r, "8", Some("leadership.study_sessions"));
}

#[test]
fn a_clause_of_a_verb_of_level_states_the_level_of_what_came_before() {
    let r = report("2023年法治政府建设情况报告\n\n全年受理行政复议案件同比增长26.4%，达到412件。");
    assert_concept(
        &r,
        "412",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    let r =
        report("2023年法治政府建设情况报告\n\n去年全市受理行政复议案件312件，今年增长至412件。");
    assert_concept(
        &r,
        "412",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    // a clause with its own noun is no restatement
    let r = report("受理行政复议案件412件，达到听证条件的36件。");
    assert_concept(&r, "36", None);
    // the count's noun with its measure (`案件数量`) still names the cases, and no act
    // names none of their stages
    let r = report("复议案件数量412件。");
    assert_concept(&r, "412", None);
}

#[test]
fn a_count_distributed_over_a_list_gives_each_item_a_part() {
    let r = report("各县区受理行政复议案件分别为：甲县56件、乙县48件、丙区32件。");
    for (figure, place) in [("56", "甲县"), ("48", "乙县"), ("32", "丙区")] {
        assert_eq!(
            part(&r, figure),
            Some((
                "dispute_resolution.reconsideration.accepted".into(),
                Axis::Item
            ))
        );
        assert_eq!(member(&r, figure).as_deref(), Some(place));
    }
    // acts listed and distributed keep their own concepts
    let r = report("受理、审结行政复议案件分别为48件、45件。");
    assert_concept(
        &r,
        "48",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(
        &r,
        "45",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    // people counted in 名 and in 人 add up
    let r = report("全局共有行政执法人员86名，局机关27人、一大队15人、二大队44人。");
    assert_concept(&r, "86", Some("enforcement.officers"));
    assert_eq!(
        part(&r, "27"),
        Some(("enforcement.officers".into(), Axis::Item))
    );
}

#[test]
fn a_list_closed_by_deng_with_nothing_after_it_is_what_is_counted() {
    let r = report("全年共发放法治宣传资料、宣传品等8.6万份。");
    assert_concept(&r, "8.6万", Some("law_popularization.materials"));
    // examples before the thing they are of still pass
    let r = report("全市已实现“新生儿出生”等24件“一件事”线上办理。");
    assert_concept(&r, "24", Some("government_services.one_thing_services"));
}

#[test]
fn whom_an_act_is_done_for_is_not_what_it_counts() {
    let r = report("全年共为困难群众提供法律援助860件。");
    assert_concept(&r, "860", Some("legal_aid.cases"));
}

#[test]
fn a_verb_describing_the_figure_with_no_verb_after_it_is_what_was_done() {
    let r = report("全年受理的312件行政复议案件中，有86件涉及征地拆迁。");
    assert_concept(
        &r,
        "312",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    // with a verb after the figure, that one governs
    let r = report("移送的1起案件被公安机关立案侦查。");
    assert_concept(&r, "1", None);
}

#[test]
fn a_noun_is_not_cut_into_a_verb_of_the_registry() {
    // 特种设备案件 is not 特种设 + 备案 + 件
    let r = report("全年共立案查处违法案件386件。其中，食品安全案件126件，特种设备案件18件。");
    assert_eq!(member(&r, "18").as_deref(), Some("特种设备"));
}

#[test]
fn a_quotation_of_one_act_names_that_act() {
    let r = report("全年共办理“首违不罚”“轻微免罚”案件56件。");
    assert_concept(&r, "56", Some("enforcement.penalty_exemptions"));
    // a quoted name of several words stays a name
    let r = report("创建“学法用法示范户”120户。");
    assert_concept(&r, "120", None);
}

#[test]
fn parts_that_repeat_the_acts_of_their_sum_are_its_parts() {
    // who did it is all that tells the parts apart: the total keeps its concept
    let r = report("全年受理行政复议案件210件，市政府受理95件，各县区受理115件。");
    assert_concept(
        &r,
        "210",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_eq!(member(&r, "95").as_deref(), Some("市政府"));
    assert_eq!(member(&r, "115").as_deref(), Some("各县区"));
    let whole = r.facts.iter().find(|f| f.text == "210").unwrap().id.clone();
    let of = |t: &str| {
        r.facts
            .iter()
            .find(|f| f.text == t)
            .unwrap()
            .part_of
            .clone()
    };
    assert_eq!(of("95").as_deref(), Some(whole.as_str()));
    // without the sum they are counts of their own, none of them known to be the total
    let r = report("全年受理行政复议案件210件，市政府受理95件，各县区受理96件。");
    assert_concept(&r, "210", None);
}

#[test]
fn the_reporters_share_of_a_quoted_total_is_its_own_count() {
    let r = report("全省共新收行政复议案件4.1万件，其中我市3120件。");
    assert_concept(&r, "4.1万", None);
    assert_concept(
        &r,
        "3120",
        Some("dispute_resolution.reconsideration.received"),
    );
    // a kind of the quoted total is the total's, and so nobody's count here
    let r = report("全省共新收行政复议案件4.1万件，其中涉企案件8600件；我市新收3120件。");
    assert_concept(&r, "8600", None);
    assert_eq!(part(&r, "8600"), None);
}

#[test]
fn a_field_word_ending_the_phrase_names_the_part_not_the_thing() {
    let r = report("今年受理的行政复议案件中，涉及生态环境领域37件、交通运输领域21件。");
    assert_eq!(
        part(&r, "37"),
        Some((
            "dispute_resolution.reconsideration.accepted".into(),
            Axis::Field
        ))
    );
    assert_eq!(member(&r, "21").as_deref(), Some("交通运输领域"));
}

#[test]
fn an_unknown_verb_before_the_thing_is_no_kind_of_it() {
    // 推行, 确定 govern the object; they name no category of it
    let r = report("全面推行容缺受理事项96项。");
    assert_eq!(part(&r, "96"), None);
    let r = report("区政府重大行政决策目录共确定决策事项6项。");
    assert_concept(&r, "6", Some("major_decisions.catalog_items"));
}

#[test]
fn a_total_after_its_parts_in_one_sentence_is_the_count() {
    let r = report("市政府本级收到行政复议申请52件，各县区收到131件，合计183件。");
    assert_concept(
        &r,
        "183",
        Some("dispute_resolution.reconsideration.received"),
    );
    assert_eq!(
        part(&r, "52"),
        Some((
            "dispute_resolution.reconsideration.received".into(),
            Axis::Item
        ))
    );
    // no sum: none of them is known to be the total
    let r = report("市政府本级收到行政复议申请52件，各县区收到131件，合计185件。");
    assert_concept(&r, "185", None);
}

#[test]
fn the_outcomes_of_concluded_cases_are_parts_of_them() {
    let r = report("全年审结行政复议案件96件，其中维持54件、驳回申请18件、撤销5件。");
    let concluded = "dispute_resolution.reconsideration.concluded";
    assert_concept(&r, "96", Some(concluded));
    assert_eq!(part(&r, "54"), Some((concluded.into(), Axis::Category)));
    assert_eq!(part(&r, "18"), Some((concluded.into(), Axis::Category)));
    // a correcting outcome is a part of the corrections
    assert_eq!(
        part(&r, "5").map(|p| p.0).as_deref(),
        Some("dispute_resolution.reconsideration.corrected")
    );
    // outside reconsideration an upheld count is nothing of it
    let r = report("二审法院维持原判12件。");
    assert_concept(&r, "12", None);
    assert_eq!(part(&r, "12"), None);
}

#[test]
fn a_cause_names_a_kind_of_every_thing_it_stands_before() {
    let r = report("因征地拆迁引发的行政诉讼案件9件、行政复议案件14件。");
    assert_concept(&r, "9", None);
    assert_eq!(
        part(&r, "9"),
        Some(("dispute_resolution.litigation.cases".into(), Axis::Category))
    );
    assert_eq!(member(&r, "9").as_deref(), Some("征地拆迁"));
    // without the cause the lawsuits are all of them
    let r = report("全年行政诉讼案件9件。");
    assert_concept(&r, "9", Some("dispute_resolution.litigation.cases"));
}

#[test]
fn the_attempts_beside_the_successes_are_not_the_successes() {
    let r = report("全年调处各类矛盾纠纷960件，调处成功948件，成功率98.8%。");
    assert_concept(&r, "960", None);
    assert_concept(
        &r,
        "948",
        Some("dispute_resolution.mediation.disputes_resolved"),
    );
    assert_eq!(part(&r, "948"), None);
}

#[test]
fn a_part_in_parentheses_does_not_narrow_the_figures_after_them() {
    let r = report("全年共收到行政复议申请210件（其中涉企案件51件），受理196件，审结187件。");
    assert_eq!(
        part(&r, "51").map(|p| p.1),
        Some(Axis::Field),
        "the part inside"
    );
    assert_concept(
        &r,
        "196",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(
        &r,
        "187",
        Some("dispute_resolution.reconsideration.concluded"),
    );
}

#[test]
fn an_act_done_by_a_court_or_only_helped_is_not_the_agencys_own() {
    // the court annulled the decision: no correction by reconsideration
    let r = report("全年受理行政复议案件86件，行政复议决定被法院撤销的1件。");
    assert_concept(&r, "1", None);
    assert_eq!(part(&r, "1"), None);
    // the reconsideration body annulling is one
    let r = report("全年审结行政复议案件80件，撤销5件。");
    assert!(part(&r, "5").is_some());
    // helping others resolve their disputes is no resolution of the agency's own
    let r = report("组织律师帮助企业化解矛盾纠纷26件。");
    assert_concept(&r, "26", None);
}

#[test]
fn a_bare_success_counts_the_successes_of_the_act_before() {
    let r = report("全年调解矛盾纠纷1430件，成功1402件。");
    assert_concept(
        &r,
        "1402",
        Some("dispute_resolution.mediation.disputes_resolved"),
    );
    // the act before has no success of its own in the lexicon: nothing is made up
    let r = report("全年受理行政复议案件88件，成功12件。");
    assert_concept(&r, "12", None);
}

#[test]
fn a_thing_sent_to_an_agency_counts_under_the_act_it_is_sent_for() {
    // `报送…备案`: the documents were filed, not merely sent
    let r = report("报送市政府备案的规范性文件18件。");
    assert_concept(&r, "18", Some("normative_documents.filed"));
    let r = report("向县人大常委会报送备案规范性文件6件。");
    assert_concept(&r, "6", Some("normative_documents.filed"));
}

#[test]
fn a_share_of_a_larger_count_is_a_part_of_it() {
    // one agency's count said to be a share of all: a part named by the agency
    let r = report("市市场监管局查处案件312件，占全市总数的21.9%。");
    assert_concept(&r, "312", None);
    assert_eq!(
        part(&r, "312").map(|p| p.0).as_deref(),
        Some("enforcement.cases.investigated")
    );
    // the reporter's own count set against a larger jurisdiction's stays the count
    let r = report("全县立案查处违法案件312件，占全市的21.9%。");
    assert_concept(&r, "312", Some("enforcement.cases.investigated"));
}

#[test]
fn a_level_of_its_own_replaces_the_level_carried_from_before() {
    let r = report("建成省级民主法治示范村（社区）23个、市级45个。");
    assert_concept(
        &r,
        "23",
        Some("law_popularization.demo_villages.provincial"),
    );
    // no concept counts the city's model villages
    assert_concept(&r, "45", None);
    assert_eq!(part(&r, "45"), None);
}

#[test]
fn a_range_of_years_is_no_count_of_the_reports_year() {
    let r = report("2024年法治政府建设年度报告\n2020年至2024年，全市累计办理法律援助案件2.6万件。");
    assert_concept(&r, "2.6万", None);
    let r = report("2024年法治政府建设年度报告\n2024年，全市办理法律援助案件2600件。");
    assert_concept(&r, "2600", Some("legal_aid.cases"));
}

#[test]
fn another_kind_of_administrative_act_is_counted_as_itself() {
    // permits handled are no enforcement cases, though the clause before counted penalties
    let r = report("全市办理行政处罚案件1.56万件；办理行政许可3.8万件。");
    assert_concept(&r, "1.56万", Some("enforcement.cases.investigated"));
    assert_concept(&r, "3.8万", None);
    assert_eq!(part(&r, "3.8万"), None);
}

#[test]
fn a_list_opening_a_sentence_is_of_the_count_before_that_has_its_concept() {
    let r = report("全年共受理法律援助案件2156件，办结1987件。其中，为农民工提供法律援助632件。");
    assert_concept(&r, "2156", Some("legal_aid.cases"));
    assert_eq!(
        part(&r, "632").map(|p| p.0).as_deref(),
        Some("legal_aid.cases")
    );
}

#[test]
fn kinds_listed_before_one_noun_are_counted_together() {
    let r = report("共评查行政处罚、行政许可案卷960卷。");
    assert_concept(&r, "960", Some("enforcement.case_files_reviewed"));
    // one kind alone is a part
    let r = report("共评查行政许可案卷960卷。");
    assert_concept(&r, "960", None);
}

#[test]
fn a_training_after_a_coordinator_counts_the_people_carried_to_it() {
    let r = report("全年组织执法人员培训32期、培训2900人次。");
    assert_concept(&r, "2900", Some("enforcement.officers_trained"));
}

#[test]
fn a_kind_of_the_wholes_thing_after_its_list_marker_was_done_as_the_whole_was() {
    // concluded cases, of which the administrative ones: the lawsuits concluded
    let r = report("全年审结案件120件，其中行政案件80件。");
    assert_concept(&r, "80", Some("dispute_resolution.litigation.concluded"));
    // a part of the concluded lawsuits (first instance), not the lawsuits of the year
    let r = report("区法院审结行政诉讼案件120件，其中一审行政案件80件。");
    assert_concept(&r, "120", Some("dispute_resolution.litigation.concluded"));
    assert_concept(&r, "80", None);
    assert_eq!(
        part(&r, "80").map(|p| p.0).as_deref(),
        Some("dispute_resolution.litigation.concluded")
    );
}

#[test]
fn an_item_that_leaves_out_act_and_object_is_done_as_the_one_before() {
    let r = report("上半年受理行政复议案件98件，下半年116件，全年共计214件。");
    assert_eq!(
        part(&r, "116").map(|p| p.0).as_deref(),
        Some("dispute_resolution.reconsideration.accepted")
    );
    // the whole year ends the half-year: the count itself
    assert_concept(
        &r,
        "214",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    let r = report("受理行政复议案件中，以县政府为被申请人的42件，以县直部门为被申请人的128件。");
    assert_eq!(
        part(&r, "128").map(|p| p.0).as_deref(),
        Some("dispute_resolution.reconsideration.accepted")
    );
}

#[test]
fn a_new_act_after_a_list_counts_every_kind() {
    let r = report(
        "全年受理行政复议案件214件，其中涉及市场监管领域48件、自然资源领域36件，审结196件。",
    );
    assert_concept(
        &r,
        "214",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(
        &r,
        "196",
        Some("dispute_resolution.reconsideration.concluded"),
    );
}

#[test]
fn a_modifier_coordinated_with_the_act_before_it_names_no_part() {
    // the new and the old cases together: every case handled, no part of the old ones
    let r = report("全年新收和旧存行政诉讼案件共计268件，已审结236件。");
    assert_eq!(part(&r, "268"), None);
    assert_concept(&r, "236", Some("dispute_resolution.litigation.concluded"));
    // items of a list stay parts of the concept they share
    let r = report("抽查行政处罚案卷30份、行政许可案卷20份。");
    assert!(part(&r, "20").is_some());
}

#[test]
fn a_clause_that_says_it_is_done_takes_no_plan_from_before() {
    // the plan is the first clause's; `目前已…` states what was done
    let r = report("计划年内培育“法律明白人”3000名，目前已培育2680名。");
    assert_concept(&r, "3000", None);
    assert_concept(
        &r,
        "2680",
        Some("law_popularization.legal_literates.trained"),
    );
    // with no word of its own time, the plan goes on over the clause
    let r = report("计划年内培育“法律明白人”3000名，选聘1200名。");
    assert_concept(&r, "1200", None);
}

#[test]
fn how_promptly_names_no_kind_of_a_rate() {
    let r = report("全县12345热线受理群众诉求8.6万件，按时办结率99.6%，群众满意率98.1%。");
    assert_concept(
        &r,
        "99.6%",
        Some("government_services.hotline.completion_rate"),
    );
    assert_eq!(part(&r, "99.6%"), None);
}

#[test]
fn a_campaign_of_law_going_somewhere_is_law_popularisation() {
    // `法律进企业` is one of the campaigns that take the law to a kind of place
    let r = report("全年开展“法律进企业”活动46场次，发放宣传资料1.2万份。");
    assert_concept(&r, "46", Some("law_popularization.events"));
}

#[test]
fn a_wording_may_hold_fewer_units_than_its_concept() {
    // decisions are counted in 件 when they are named; `行政处罚` alone in 件 counts cases
    let r = report("全年共作出行政处罚决定1268件，罚没款3256.8万元。");
    assert_concept(&r, "1268", Some("enforcement.penalty_decisions"));
    let r = report("全年环境行政处罚共1268件。");
    assert_concept(&r, "1268", None);
}

#[test]
fn whose_body_meets_is_no_kind_of_its_meetings() {
    // the agency before a body whose meetings are counted says whose body it is
    for text in [
        "县委理论学习中心组开展习近平法治思想专题学习4次。",
        "县司法局党组理论学习中心组专题学习4次。",
        "市委常委会专题学习4次。",
    ] {
        let r = report(text);
        assert_concept(&r, "4", Some("leadership.study_sessions"));
        assert_eq!(part(&r, "4"), None, "{text}");
    }
    // an agency before the things counted still names a part of them
    let r = report("全县受理行政复议案件120件，其中县市场监管局行政处罚案件56件。");
    assert!(part(&r, "56").is_some());
}

#[test]
fn things_handed_on_are_the_receivers_not_the_senders() {
    // the hotline passed the requests on: they are no count of the hotline's
    let r = report("全年共接到12345热线转办的涉法诉求536件，办结率100%。");
    assert_concept(&r, "536", None);
    assert_eq!(part(&r, "536"), None);
    // the hotline's own count keeps its concept
    let r = report("全年12345热线共受理群众诉求536件。");
    assert_concept(&r, "536", Some("government_services.hotline.cases"));
}

#[test]
fn a_phrase_closed_by_de_before_the_figure_leaves_its_head_out() {
    // cases of the set named before, about expropriation: a part of the lawsuits
    let r = report("行政应诉案件中，涉及征收拆迁的58件，占全部案件的41%。");
    assert_eq!(
        part(&r, "58").map(|p| p.0).as_deref(),
        Some("dispute_resolution.litigation.cases")
    );
    // a rate named before `的` keeps its name (`由2023年的12.5%`)
    let r = report("全县行政诉讼案件败诉率由2023年的12.5%下降至6.2%。");
    assert_concept(&r, "6.2%", Some("dispute_resolution.litigation.loss_rate"));
}

#[test]
fn who_a_clause_before_names_rules_a_concept_of_other_people_out() {
    // officers sent to hearings are no leaders attending them
    let r = report("全年组织执法人员旁听庭审2次，参加人员86人次。");
    assert_concept(&r, "86", None);
    let r = report("全年组织领导干部旁听庭审2次，参加人员86人次。");
    assert_concept(
        &r,
        "86",
        Some("leadership.court_hearing_attendance.persons"),
    );
}

#[test]
fn a_line_closed_as_a_sentence_is_no_title_of_the_report() {
    // the report's own scope (its title) restricts nothing, but the body's first sentence
    // under a heading is no title: its field still makes a part
    let r =
        report("（五）优化法治化营商环境\n全年新增市场主体3862户，办理涉企行政许可事项2680件。");
    assert_eq!(
        part(&r, "2680").map(|p| p.0).as_deref(),
        Some("government_services.transactions")
    );
}

#[test]
fn a_level_named_in_a_part_of_a_whole_makes_a_part() {
    let r = report("审查和备案规范性文件54件，其中审查市级规范性文件27件。");
    assert_concept(&r, "27", None);
    assert_eq!(
        part(&r, "27").map(|p| p.0).as_deref(),
        Some("normative_documents.reviewed")
    );
    // with no whole before it, the level is the report's own
    let r = report("全年审查市级规范性文件27件。");
    assert_concept(&r, "27", Some("normative_documents.reviewed"));
}

#[test]
fn a_share_done_at_once_is_no_completion_rate() {
    let r = report("全县12345热线共受理群众诉求8.6万件，直接办结率85.86%，按时办结率99.6%。");
    assert_concept(&r, "85.86%", None);
    assert_eq!(part(&r, "85.86%"), None);
    assert_concept(
        &r,
        "99.6%",
        Some("government_services.hotline.completion_rate"),
    );
}

#[test]
fn a_week_is_a_part_of_the_year() {
    let r = report("2024年第28周，12345政务服务热线共受理市民诉求71184件，日均10169件。");
    assert_eq!(
        part(&r, "71184"),
        Some(("government_services.hotline.cases".into(), Axis::Period))
    );
}

#[test]
fn a_domain_named_in_a_share_is_not_carried_on() {
    // lawyers are named for a share of the legal-aid cases; the migrant workers' cases after
    // it are still legal aid's
    let r = report(
        "市法律援助中心共办理法律援助案件4714件，其中刑事法律援助案件2401件，社会律师办案占98.66，诉讼案件占比98.3%。办理农民工案件506件。",
    );
    assert_eq!(
        part(&r, "506").map(|p| p.0).as_deref(),
        Some("legal_aid.cases")
    );
}

#[test]
fn all_enforcement_cases_handled_are_no_cases_investigated() {
    // every kind of enforcement act (permits, levies, payments) handled: no investigated cases
    let r = report("全市行政执法机关共办理各类行政执法案件1616.85万宗，涉及金额194.98亿元。");
    assert_concept(&r, "1616.85万", None);
    let r = report("全年共办理行政处罚案件1862件，罚没款968万元。");
    assert_concept(&r, "1862", Some("enforcement.cases.investigated"));
}

#[test]
fn government_information_disclosed_on_request_counts_the_requests() {
    // what is disclosed is named by how: on request, the requests; of its own accord, none
    let r = report("依申请公开政府信息86件，办结率100%。");
    assert_concept(
        &r,
        "86",
        Some("government_services.information_disclosure.requests"),
    );
    let r = report("主动公开政府信息1260件。");
    assert_concept(&r, "1260", None);
}

#[test]
fn a_figure_right_after_another_is_a_second_measure_of_it() {
    // 23 batches of interviews, of 86 enterprises
    let r = report("约谈企业负责人23批次86家。");
    assert_concept(&r, "23", Some("enforcement.interviews.batches"));
    assert_concept(&r, "86", Some("enforcement.interviews.entities"));
}

#[test]
fn a_plan_inside_the_object_of_dui_describes_the_object() {
    // drafts were reviewed, and the review was done
    let r = report("县司法局对县政府拟出台的规范性文件进行合法性审核23件。");
    assert_concept(&r, "23", Some("normative_documents.reviewed"));
    // a plan over the act stays one
    let r = report("计划对拟出台的规范性文件进行合法性审核23件。");
    assert_concept(&r, "23", None);
}

#[test]
fn the_means_may_follow_the_procedure_they_belong_to() {
    let r = report("全年通过行政复议调解、和解化解行政争议37件，占审结案件的28%。");
    assert_concept(
        &r,
        "37",
        Some("dispute_resolution.reconsideration.mediated"),
    );
}

#[test]
fn people_serving_as_counsel_are_counsel_and_the_units_served_are_not() {
    let r = report("律师担任政府法律顾问32人，审核合同156份。");
    assert_concept(&r, "32", Some("legal_services.government_counsel.count"));
    let r = report("律师担任法律顾问1350家。");
    assert_concept(&r, "1350", None);
}

#[test]
fn people_of_an_agency_before_the_act_are_counted_as_persons() {
    // the heads of 35 departments reported: persons, whose departments the noun names
    let r = report("县政府主要负责人述法1次，35名部门主要负责人开展述法。");
    assert_concept(&r, "35", Some("leadership.law_reporting.persons"));
    // 35 departments are no persons
    let r = report("35个部门开展述法。");
    assert_concept(&r, "35", None);
}

#[test]
fn items_that_add_up_to_their_whole_are_its_parts_whatever_they_do() {
    let r = report(
        "12345政务服务便民热线全年共受理群众来电来信9.8万件，其中直接答复5.6万件、转交承办单位4.2万件。",
    );
    assert_concept(&r, "9.8万", Some("government_services.hotline.cases"));
    for p in ["5.6万", "4.2万"] {
        assert_eq!(
            part(&r, p).map(|p| p.0).as_deref(),
            Some("government_services.hotline.cases")
        );
    }
    // items that do not add up keep what their own words say
    let r = report("全年共受理群众来电来信9.8万件，其中直接答复5.6万件、转交承办单位1.2万件。");
    assert_eq!(part(&r, "1.2万"), None);
}

#[test]
fn a_mark_may_be_the_thing_counted_just_before() {
    // the trainings of the legal literates just counted
    let r = report("全县培育农村“法律明白人”3260名，开展培训45期。");
    assert_concept(
        &r,
        "45",
        Some("law_popularization.legal_literates.trainings"),
    );
    // with no legal literates before, a training is of no one known
    let r = report("全县开展培训45期。");
    assert_concept(&r, "45", None);
}

#[test]
fn another_fields_business_is_no_government_service_transaction() {
    let r = report("基层法律服务所503家，基层法律服务工作者1863人，年办理业务6万件。");
    assert_concept(&r, "6万", None);
    let r = report("政务服务中心全年办理业务量3万多件。");
    assert_concept(&r, "3万多", Some("government_services.transactions"));
}

#[test]
fn people_counted_after_a_session_are_those_it_was_done_to() {
    let r = report("开展执法人员培训3期，参训人员860人次，组织执法资格考试2次。");
    assert_concept(&r, "860", Some("enforcement.officers_trained"));
    assert_concept(&r, "3", None);
}

#[test]
fn a_clean_up_of_the_documents_named_before_counts_them() {
    let r = report(
        "对现行有效的规范性文件进行全面清理，共清理312件，其中保留268件、修改26件、废止18件。",
    );
    assert_concept(&r, "312", Some("normative_documents.cleaned_up"));
    assert_concept(&r, "26", Some("normative_documents.revised"));
    // rules cleaned up are no normative documents
    let r = report("对现行有效的政府规章进行全面清理，共清理42件。");
    assert_concept(&r, "42", None);
}

#[test]
fn study_is_law_study_when_what_is_studied_is_the_law() {
    let r = report("2024年上半年，共开展集中学习10次，党组理论学习中心组学习6次。");
    assert_concept(&r, "10", None);
    assert_eq!(part(&r, "6"), None);
    assert_concept(&r, "6", None);
    let r = report("党委理论学习中心组专题学习习近平法治思想4次。");
    assert_concept(&r, "4", Some("leadership.study_sessions"));
    // sessions of law study at the government's meeting, counted in 场次
    let r = report("开展区政府常务会议学法6场次。");
    assert_concept(&r, "6", Some("leadership.study_sessions"));
}

#[test]
fn a_count_of_staff_is_a_count_of_people() {
    let r = report("全区3385名干部职工参加国家工作人员学法考法。");
    assert_concept(&r, "3385", Some("leadership.law_exam.participants"));
}

#[test]
fn a_list_of_parts_ends_at_a_count_in_another_measure_with_its_own_act() {
    let r = report(
        "2024年共受理法律援助案件345宗，其中刑事案件305宗、民事案件40宗，提供法律咨询1026人次，代书服务45件次。",
    );
    assert_concept(&r, "345", Some("legal_aid.cases"));
    assert_eq!(
        part(&r, "305").map(|p| p.0).as_deref(),
        Some("legal_aid.cases")
    );
    // the civil cases of the list say nothing of the consultations after it
    assert_concept(&r, "1026", Some("legal_services.free_consultations"));
    assert_eq!(part(&r, "1026"), None);
}

#[test]
fn rules_and_decisions_reviewed_together_are_legality_reviews() {
    let r = report("出台规范性文件、重大行政决策全流程工作指引，全年开展制度决策合法性审查53件。");
    assert_concept(&r, "53", Some("major_decisions.legality_reviews"));
}

#[test]
fn decision_items_sorted_out_for_the_catalogue_are_its_items() {
    let r = report("编制2023年区政府重大行政决策事项目录，梳理决策事项3项，均按计划完成。");
    assert_concept(&r, "3", Some("major_decisions.catalog_items"));
}

#[test]
fn a_leaders_mailbox_is_no_hotline() {
    let r = report(
        "一、总体情况\n（一）市民热线\n2022年，12345市民热线共受理市民各类诉求2580件。\n（二）市长信箱\n2022年，市长信箱共受理市民各类诉求99件。",
    );
    assert_concept(&r, "2580", Some("government_services.hotline.cases"));
    assert_concept(&r, "99", None);
    assert_eq!(part(&r, "99"), None);
}

#[test]
fn the_count_said_of_the_whole_territory_is_the_whole_among_its_units() {
    let r = report(
        "2020年全省各级行政复议机构新收行政复议申请5422件。受理行政复议案件3129件。省政府新收行政复议申请188件，受理109件。武汉市收到行政复议申请2220件。",
    );
    assert_concept(
        &r,
        "5422",
        Some("dispute_resolution.reconsideration.received"),
    );
    // (a sentence that opens on its act goes on with the subject before it)
    assert_concept(
        &r,
        "3129",
        Some("dispute_resolution.reconsideration.accepted"),
    );
    assert_concept(&r, "188", None);
    assert_eq!(
        part(&r, "2220").map(|p| p.0).as_deref(),
        Some("dispute_resolution.reconsideration.received")
    );
    // a month's count of the whole may differ from another month's: undecided
    let r = report("7月，全省12345热线共受理诉求180万件。8月，全省12345热线共受理诉求170万件。");
    assert_concept(&r, "180万", None);
}

#[test]
fn counts_named_by_level_are_parts_by_level() {
    let r = report("成功调解村级矛盾纠纷78件，镇级矛盾纠纷37件。");
    assert_concept(&r, "78", None);
    assert!(part(&r, "78").is_some());
}

#[test]
fn rates_after_a_count_of_units_are_those_units_rates() {
    let r = report(
        "12345热线共受理诉求2495件。有民政局、卫计局等9个单位群众反映较好，按期办结率、群众满意率均为100%。",
    );
    assert!(
        r.facts
            .iter()
            .filter(|f| f.text == "100%")
            .all(|f| f.concept.is_none())
    );
}

#[test]
fn a_part_of_a_list_names_its_own_kind_not_its_siblings() {
    let r = report(
        "2025年第一季度，12345热线共受理非话务渠道诉求277件，其中，省长信箱转派工单23件，中国政府网转派工单8件，湘易办转派工单21件。",
    );
    assert_eq!(
        part(&r, "21").map(|p| p.0).as_deref(),
        Some("government_services.hotline.cases")
    );
}

#[test]
fn a_count_for_each_of_many_is_no_total() {
    let r = report("全市6个行政村共有“法律明白人”195名，确保每个行政村有3名以上“法律明白人”。");
    assert_concept(&r, "3", None);
    assert_eq!(part(&r, "3"), None);
}

#[test]
fn objects_listed_with_commas_share_the_act_before_them() {
    let r = report("审查区政府常务会议题120个，会议纪要62件，区、镇两级合同2100余份。");
    assert_concept(&r, "2100余", Some("major_decisions.contracts_reviewed"));
    // minutes are counted as themselves
    assert_concept(&r, "62", None);
    // people after things are no object of the things' act
    let r = report("发放宣传资料3000余份，现场法律咨询50余人次。");
    assert_concept(&r, "50余", Some("legal_services.free_consultations"));
}

#[test]
fn a_field_named_in_a_share_or_a_comparison_is_not_carried_on() {
    // the multiple compares with courts' cases, the share says which cases went on: the
    // sentences after them still speak of reconsideration
    let r = report(
        "2024年，全县新收行政复议案件480件，达到同期法院一审行政案件的1.8倍。通过调解、和解方式\
         结案96件，有88.5%的案件未再进入信访程序。通过撤销、确认违法等方式纠正违法行政行为31件。",
    );
    assert_concept(
        &r,
        "96",
        Some("dispute_resolution.reconsideration.mediated"),
    );
    assert_concept(
        &r,
        "31",
        Some("dispute_resolution.reconsideration.corrected"),
    );
    assert_concept(&r, "88.5%", None);
    // without the aside, the field named last is carried: the rule is not a blanket one
    let r = report("2024年，全县信访部门登记来访120件。通过调解、和解方式结案96件。");
    assert_concept(&r, "96", None);
}

#[test]
fn two_fields_joined_in_one_clause_leave_the_field_before_them() {
    // the clause speaks of courts' cases and petitions together: neither is what the next
    // sentence goes on about, which still counts reconsideration
    let r = report(
        "2024年，全县新收行政复议案件480件，法院一审行政案件、信访部门登记信访数量同比均有下降。\
         通过调解、和解方式结案96件。",
    );
    assert_concept(
        &r,
        "96",
        Some("dispute_resolution.reconsideration.mediated"),
    );
}

#[test]
fn what_went_by_a_named_means_is_a_channel_of_the_whole() {
    // a mechanism or a quoted name before the act: a part by channel, never the bare total
    let r = report("2024年，全县通过“诉调对接”化解矛盾纠纷320件。");
    assert_eq!(
        part(&r, "320"),
        Some((
            "dispute_resolution.mediation.disputes_resolved".into(),
            Axis::Channel
        ))
    );
    assert_concept(&r, "320", None);
    let r = report("2024年，全县通过访调对接机制化解矛盾纠纷85件。");
    assert_eq!(
        part(&r, "85"),
        Some((
            "dispute_resolution.mediation.disputes_resolved".into(),
            Axis::Channel
        ))
    );
    // means that are acts say what was done; the plain act is the whole
    let r = report("2024年，全县化解矛盾纠纷2100件。");
    assert_concept(
        &r,
        "2100",
        Some("dispute_resolution.mediation.disputes_resolved"),
    );
}

#[test]
fn items_coordinated_on_one_thing_are_kinds_of_it_side_by_side() {
    // one item's modifier is a known kind: the others, whatever theirs, are kinds too
    let r = report(
        "2024年，全县办理农民工法律援助案件330件、残疾人法律援助案件110件、未成年人法律援助案件48件。",
    );
    for figure in ["330", "110", "48"] {
        assert_concept(&r, figure, None);
        assert_eq!(
            part(&r, figure),
            Some(("legal_aid.cases".into(), Axis::Category)),
            "{figure}"
        );
    }
    assert_eq!(member(&r, "48").as_deref(), Some("未成年人"));
    // and a lone item with an unknown modifier is read as before
    let r = report("2024年，全县办理法律援助案件480件。");
    assert_concept(&r, "480", Some("legal_aid.cases"));
}

#[test]
fn a_part_in_another_measure_than_a_whole_of_another_thing_counts_that_thing() {
    // the files reviewed, of legal-aid cases: not the cases
    let r = report("2024年，中心共审查归档案卷927份，其中法律援助案件414件，法律帮助案件513件。");
    assert_concept(&r, "414", None);
    // parts of a whole of the same thing keep their concept
    let r = report("2024年，中心共办理各类案件927件，其中法律援助案件414件。");
    assert_concept(&r, "414", Some("legal_aid.cases"));
}

#[test]
fn whose_the_things_are_is_no_kind_of_them() {
    // people's and firms' requests are all the hotline's requests: no total across kinds
    let r = report("2024年，全市12345热线共受理群众和企业诉求120万件。");
    assert_concept(&r, "120万", Some("government_services.hotline.cases"));
    // and a rate among those who rated is the rate itself
    let r = report("2024年，全市12345热线受理诉求120万件，有效参评满意率为96.2%。");
    assert_concept(
        &r,
        "96.2%",
        Some("government_services.hotline.satisfaction_rate"),
    );
}

#[test]
fn a_verb_after_its_own_agent_describes_the_object_of_the_verb_before() {
    // the requests people raised, accepted: 受理 governs, not 反映
    let r = report("2024年，全市12345热线共受理群众反映诉求4.5万件。");
    assert_concept(&r, "4.5万", Some("government_services.hotline.cases"));
    // a verb after its agent with no verb before it is the act (the people raised them)
    let r = report("2024年，群众反映诉求4.5万件。");
    assert_concept(&r, "4.5万", None);
}

#[test]
fn people_who_attend_a_training_are_people_trained() {
    // the training is named after the people, past a figure of its own
    let r = report("2024年，选派12名执法人员参加市局举办的3期执法能力提升培训班。");
    assert_concept(&r, "12", Some("enforcement.officers_trained"));
    assert_concept(&r, "3", None);
    // attending something else is no training; and others than officers are not officers
    let r = report("2024年，安排12名执法人员参加庭审旁听。");
    assert_concept(&r, "12", None);
    let r = report("2024年，组织30名干部职工参加公共法律知识培训班。");
    assert_concept(&r, "30", None);
}

#[test]
fn the_campaign_of_the_law_going_into_places_is_the_field_not_a_kind() {
    // `“六进”活动` are all the law-popularisation events, not a kind of them
    let r = report("2025年，组建普法宣讲队，开展法治宣传“六进”活动32场次。");
    assert_concept(&r, "32", Some("law_popularization.events"));
    // a quoted theme that names a kind stays a kind
    let r = report("2025年，开展“反诈宣传”主题活动12场，法治宣传活动40场。");
    assert_ne!(concept(&r, "12"), Some("law_popularization.events".into()));
}

#[test]
fn a_share_of_all_the_cases_after_a_count_is_the_rate_of_its_act() {
    // the corrections' share of the cases accepted is the correction rate
    let r = report("2024年，县政府受理行政复议案件26件，直接纠错6件，占受案总数的23%。");
    assert_concept(
        &r,
        "23%",
        Some("dispute_resolution.reconsideration.correction_rate"),
    );
    // a share within the count's own kind, or of a larger territory's, is no rate
    let r =
        report("2024年，全县行政机关败诉案件12件，其中乡镇政府败诉5件，占败诉案件总数的41.7%。");
    assert_concept(&r, "41.7%", None);
    let r = report("2024年，县政府受理行政复议案件26件，直接纠错6件，占全市纠错总数的10%。");
    assert_concept(&r, "10%", None);
}

#[test]
fn a_class_named_by_another_field_is_what_the_cases_concern() {
    // among reconsideration applications, `行政处罚类` cases are applications about penalties,
    // not penalty decisions
    let r = report(
        "2024年，全市收到行政复议申请2929宗。所有行政复议申请事项中，行政处罚类案件1015宗。",
    );
    assert_eq!(concept(&r, "1015"), None);
    assert_ne!(
        part(&r, "1015").map(|p| p.0),
        Some("enforcement.penalty_decisions".to_string())
    );
}

#[test]
fn a_pinyin_gloss_inside_a_word_does_not_cut_it() {
    // mirrors of traditional-character pages gloss characters with their pinyin
    let text =
        "2022年，全市共審結(jié)行政復(fù)議案件1219件，直接糾錯(cuò)163件，直接糾錯率13.4%。";
    let r = report(text);
    assert_concept(
        &r,
        "1219",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    assert_concept(
        &r,
        "163",
        Some("dispute_resolution.reconsideration.corrected"),
    );
    assert_concept(
        &r,
        "13.4%",
        Some("dispute_resolution.reconsideration.correction_rate"),
    );
    // and the figure's span is the caller's text
    let f = r.facts.iter().find(|f| f.text == "1219").unwrap();
    assert_eq!(&text[f.span.start..f.span.end], "1219");
    let label = f.label.as_ref().unwrap();
    assert!(
        text[label.span.start..label.span.end].contains("(fù)"),
        "{label:?}"
    );
}

#[test]
fn a_rate_is_ruled_out_by_the_words_of_the_count_it_is_the_share_of() {
    // the share of administrative disputes resolved: no mediation rate, whatever its words
    let r = report(
        "2022年，全市以纠错、调解、和解等方式化解行政争议442件，矛盾纠纷综合化解率36.3%，同比提高8.4个百分点。\
         全年审结行政复议案件1219件，直接纠错率13.4%；矛盾纠纷综合化解率36.3%。",
    );
    assert_concept(&r, "36.3%", None);
    assert!(
        r.facts
            .iter()
            .filter(|f| f.text == "36.3%")
            .all(|f| f.concept.is_none()),
        "{:?}",
        r.facts
    );
    // a mediation count's rate keeps its concept
    let r = report("2022年，全县共排查矛盾纠纷2498件，化解2473件，化解率99%。");
    assert_concept(
        &r,
        "99%",
        Some("dispute_resolution.mediation.resolution_rate"),
    );
}

#[test]
fn a_hotline_that_accepts_counts_its_requests() {
    let r = report("2024年，信访、12345实现统一受理。截至目前，12345受理354件，开通热线专席3条。");
    assert_concept(&r, "354", Some("government_services.hotline.cases"));
    assert_concept(&r, "3", None);
}

#[test]
fn legal_aid_cases_accepted_and_assigned_are_its_cases() {
    // the centre accepts a case and assigns it to a lawyer: the count is of its cases
    let r = report("2023年度，市法律援助中心共受理指派法律援助案件1123件，其中刑事案件362件。");
    assert_concept(&r, "1123", Some("legal_aid.cases"));
    assert_eq!(
        part(&r, "362").map(|p| p.0).as_deref(),
        Some("legal_aid.cases")
    );
    // a lawyer assigned is no case
    let r = report("2023年，市法律援助中心指派律师56名。");
    assert_concept(&r, "56", None);
}

#[test]
fn of_counts_that_disagree_the_one_named_by_the_concepts_own_noun_is_the_count() {
    // calendars are a kind of the materials handed out; the materials are the count
    let r = report("2023年，赠送宪法台历5000余本，发放宣传资料近5万份，解答群众法律咨询3600人次。");
    assert_concept(&r, "5万", Some("law_popularization.materials"));
    assert_eq!(
        part(&r, "5000余").map(|p| p.0).as_deref(),
        Some("law_popularization.materials")
    );
    // two kinds and no general noun: both parts, neither the count
    let r = report("2023年，赠送宪法台历5000余本，发放普法手册近5万份。");
    assert_concept(&r, "5万", None);
    assert_concept(&r, "5000余", None);
}

#[test]
fn accepting_before_another_act_counts_what_was_accepted() {
    // 受理 opens the procedure the next verb names: the cases accepted for mediation
    let r = report("2024年，全镇各级调解组织共受理调解矛盾纠纷120件，调解成功118件。");
    assert_concept(
        &r,
        "120",
        Some("dispute_resolution.mediation.cases_accepted"),
    );
    assert_concept(
        &r,
        "118",
        Some("dispute_resolution.mediation.disputes_resolved"),
    );
    // mediation alone counts disputes mediated, not accepted
    let r = report("2024年，全镇各级调解组织共调解矛盾纠纷120件。");
    assert_ne!(
        concept(&r, "120").as_deref(),
        Some("dispute_resolution.mediation.cases_accepted")
    );
}

#[test]
fn people_named_to_a_role_are_counted_as_the_role() {
    // 聘请 N名 X 担任 Y: the role verb takes the people as its subject; they count as Y
    let r = report("县政府聘请了9名专业法律人士担任法律顾问，为政府决策提供法律意见。");
    assert_concept(&r, "9", Some("legal_services.government_counsel.count"));
    // the role of a village's counsel is another count
    let r = report("聘请42名律师担任村（社区）法律顾问。");
    assert_concept(&r, "42", None);
    // without a role the people are counted as themselves
    let r = report("聘请了9名专业法律人士，为政府决策提供法律意见。");
    assert_concept(&r, "9", None);
}

#[test]
fn reviewing_the_matters_a_government_raises_in_law_is_a_legality_review() {
    let r = report("全年共审查各类涉法事项312件，同比增加12%。");
    assert_concept(&r, "312", Some("major_decisions.legality_reviews"));
    // finding such matters is no review
    let r = report("全年共排查涉法事项312件。");
    assert_concept(&r, "312", None);
}

#[test]
fn an_aside_in_parentheses_neither_acts_on_the_object_nor_names_it() {
    // the verb inside says what the count holds (cases carried over), not what was done
    let r = report("全年共审结行政复议案件（含结转）135件。");
    assert_concept(
        &r,
        "135",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    // `案` right after a field is its cases, written short
    let r = report("全年共审结行政复议案(含结转)2755件。");
    assert_concept(
        &r,
        "2755",
        Some("dispute_resolution.reconsideration.concluded"),
    );
    // the ways of correcting listed in the aside do not undo the correction they explain
    let r = report("全年审结行政复议案件135件，其中纠错（含撤销、确认违法）29件。");
    assert_concept(
        &r,
        "29",
        Some("dispute_resolution.reconsideration.corrected"),
    );
}

#[test]
fn an_act_done_to_none_is_a_zero_of_its_count() {
    let r = report("全年办理行政应诉案件12件，实现零败诉。");
    let zero = r
        .facts
        .iter()
        .find(|f| f.text == "零败诉")
        .expect("零败诉 read");
    assert_eq!(zero.value.to_string(), "0");
    assert_eq!(zero.unit, "件");
    assert_concept(&r, "零败诉", Some("dispute_resolution.litigation.lost"));
    let r = report("全年行政诉讼33件，出庭率100%，均无败诉。");
    assert_concept(&r, "无败诉", Some("dispute_resolution.litigation.lost"));
    // `无` before a word that is no act, or before an act that goes on to its object, is no
    // figure
    let r = report("无论案件多少，坚持零距离服务，全年无违法行为发生。");
    assert!(r.facts.is_empty(), "{:?}", r.facts);
}
