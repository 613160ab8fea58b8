//! The checks on sentences as other reports write them: a finding must name a real error in
//! the text, and where the text can be read so that it is right, there is none. Each case is
//! an invented sentence of a kind these reports use.

use fazhi::{Finding, Severity, validate};

/// The findings on `text`, as (rule, severity, message).
fn findings(text: &str) -> Vec<Finding> {
    let report = fazhi::extract(text).unwrap();
    validate(&report)
}

fn rules(text: &str) -> Vec<String> {
    findings(text).into_iter().map(|f| f.rule).collect()
}

fn errors(text: &str) -> Vec<String> {
    findings(text)
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{}: {}", f.rule, f.message))
        .collect()
}

fn show(text: &str) -> String {
    let report = fazhi::extract(text).unwrap();
    report
        .facts
        .iter()
        .map(|f| {
            format!(
                "{} {}{} = {} {:?} concept={:?} part_of={:?} label={:?}\n",
                f.id,
                f.text,
                f.unit,
                f.value,
                f.qualifier,
                f.concept,
                f.part_of,
                f.label.as_ref().map(|l| l.text.clone())
            )
        })
        .collect()
}

#[test]
#[ignore]
fn print() {
    let text = std::env::var("TEXT").unwrap();
    println!("{}", show(&text));
    for f in findings(&text) {
        println!("{:?} {} {}", f.severity, f.rule, f.message);
    }
}

const SUM: &str = "breakdown.sum_mismatch";

#[test]
fn a_list_that_adds_up_to_more_than_its_whole_is_an_error() {
    for text in [
        "全年受理行政复议案件100件，其中涉企案件60件、涉民生案件70件。",
        "全年受理行政复议案件100件，其中行政处罚类60件、行政许可类30件、政府信息公开类25件。",
        // parts named alike, and larger together than the one before them: siblings
        "全年接到群众来电1500件，其中有效来电1200件，反映噪声扰民的710件、反映物业纠纷的680件。",
    ] {
        let found = findings(text);
        let f = found
            .iter()
            .find(|f| f.rule == SUM)
            .unwrap_or_else(|| panic!("no {SUM} on {text}: {found:?}"));
        assert_eq!(f.severity, Severity::Error);
        assert!(f.message.ends_with("more than the whole 100件") || f.message.contains("1500件"));
    }
}

#[test]
fn parts_that_may_overlap_or_stages_are_no_partition() {
    for text in [
        // the people or matters the cases concern: one case may concern several
        "全年受理法律援助案件100件，其中涉及农民工35件，涉及未成年人20件，涉及老年人50件。",
        // attributes of people across their kinds
        "全市律师2300名，其中党员律师1100名，公职律师400名，公司律师120名，青年律师1500名。",
        // what the applications went through, each by its own act: stages, not kinds
        "全年收到行政复议申请120件，其中受理110件，审结98件。",
    ] {
        assert!(
            !rules(text).contains(&SUM.to_string()),
            "{text}: {:?}",
            findings(text)
        );
    }
    // kinds of one dimension still add up: the same list with an act-less kind too many
    let text = "全市律师2300名，其中专职律师1800名，兼职律师600名。";
    assert!(rules(text).contains(&SUM.to_string()), "{text}");
}

#[test]
fn shares_are_not_parts() {
    // a share beside each part, and a rate whose 其中 names a share of another thing
    for text in [
        "全年共受理行政复议案件120件，其中不动产登记类45件，占比37.5%，市场监管类30件，占比25%，其他类45件，占比37.5%。",
        "行政审批时限压缩比达86%，其中即办件占比93.4%。",
    ] {
        assert!(!rules(text).contains(&SUM.to_string()), "{text}");
    }
}

#[test]
fn the_whole_is_outside_the_parentheses() {
    // the carried-over cases in parentheses are no whole; the list after them is of 214
    let text = "全年办结行政复议案件214件（含上年结转6件），其中维持130件、驳回40件、确认违法20件、调解和解24件。";
    assert!(errors(text).is_empty(), "{:?}", errors(text));
    // two breakdowns of one whole, one in parentheses: each adds up
    let text = "抽查法律援助案卷14件（含民事8件、刑事6件），其中良好5件、合格9件。";
    assert!(errors(text).is_empty(), "{:?}", errors(text));
    // an error in the one after it is left unsaid: with one list reaching the whole, the
    // parts beside it may be another thing (see `a_list_ends_where_it_reaches_its_whole`),
    // and a finding the checks are not sure of is worse than none
    let text = "抽查法律援助案卷14件（含民事8件、刑事6件），其中良好9件、合格9件。";
    assert!(errors(text).is_empty(), "{:?}", errors(text));
    // without the first list it is found
    let text = "抽查法律援助案卷14件，其中良好9件、合格9件。";
    assert!(rules(text).contains(&SUM.to_string()));
}

#[test]
fn a_list_ends_where_it_reaches_its_whole() {
    // the list reaches 390 and goes on to another thing; 512 is reached before 法律帮助
    for text in [
        "全年查处违法案件390件，其中适用简易程序110件、普通程序280件，移送司法机关8件。",
        "全年受理法律援助案件512件，其中民事430件、刑事82件，法律帮助367件。",
    ] {
        assert!(errors(text).is_empty(), "{text}: {:?}", errors(text));
    }
}

#[test]
fn a_nested_list_is_not_added_to_its_parent() {
    // 410 + 380 + 220 are the 1200 valid calls, not more calls beside them
    let text = "全年接到群众来电1500件，其中有效来电1200件，反映噪声扰民的410件、反映物业纠纷的380件、反映交通问题的220件。";
    assert!(errors(text).is_empty(), "{:?}", errors(text));
}

#[test]
fn only_parts_in_the_whole_s_unit_are_added() {
    let text = "办理行政处罚案件56件，其中罚款案件40件，罚没金额328万元，警告16件。";
    assert!(errors(text).is_empty(), "{:?}", errors(text));
    let text = "办理行政处罚案件56件，其中罚款案件40件，罚没金额328万元，警告26件。";
    assert!(rules(text).contains(&SUM.to_string()));
}

#[test]
fn messages_write_figures_as_the_report_does() {
    let text = "全年受理行政复议案件100件，其中涉企案件60.5件、涉民生案件70.25件。";
    let f = findings(text).into_iter().find(|f| f.rule == SUM).unwrap();
    assert_eq!(
        f.message,
        "the parts after 其中 add up to 130.75件, more than the whole 100件"
    );
    for f in findings("一、工作成效\n全年人民调解成功率达143.27%。") {
        assert!(!f.message.contains("%%"), "{}", f.message);
    }
}

const EXCEEDS: &str = "part.exceeds_whole";
const RATE: &str = "rate.disagrees_with_parts";

#[test]
fn more_won_than_cases_is_a_warning() {
    let text = "一、行政应诉工作\n全年行政应诉案件6起，胜诉8起。";
    let found = findings(text);
    let f = found
        .iter()
        .find(|f| f.rule == EXCEEDS)
        .expect("won > cases");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message.contains("8起") && f.message.contains("6起"),
        "{}",
        f.message
    );
    assert!(
        !rules("一、行政应诉工作\n全年行政应诉案件9起，胜诉8起。").contains(&EXCEEDS.to_string())
    );
}

#[test]
fn cases_concluded_may_be_more_than_those_accepted() {
    let text = "一、行政复议工作\n全年受理行政复议案件88件，审结96件（含上年结转12件）。";
    assert!(
        !rules(text).contains(&EXCEEDS.to_string()),
        "{:?}",
        findings(text)
    );
}

#[test]
fn resolved_disputes_against_a_screening_stated_after_them() {
    // two sets of disputes: those mediated, and those a later screening found
    let text = "一、矛盾纠纷化解\n全年受理调解案件6368件，调解成功6217件。开展矛盾纠纷排查1223次，排查发现矛盾纠纷1305件。";
    assert!(
        !rules(text).contains(&EXCEEDS.to_string()),
        "{:?}",
        findings(text)
    );
}

#[test]
fn a_correction_rate_over_the_cases_accepted() {
    let text =
        "一、行政复议工作\n全年受理行政复议案件151件，审结135件，其中纠错29件，纠错率19.2%。";
    assert!(
        !rules(text).contains(&RATE.to_string()),
        "{:?}",
        findings(text)
    );
    let text = "一、行政复议工作\n全年受理行政复议案件151件，审结135件，其中纠错29件，纠错率9.2%。";
    assert!(
        rules(text).contains(&RATE.to_string()),
        "{:?}",
        findings(text)
    );
}

const SPLIT: &str = "figure.split_digits";

#[test]
fn digits_a_space_may_have_split() {
    // between a word and its measure word: one number, no finding
    let report = fazhi::extract("一、法律援助\n全年办理法律援助案件1 374件。").unwrap();
    assert_eq!(report.facts[0].value.to_string(), "1374");
    assert_eq!(report.facts[0].concept.as_deref(), Some("legal_aid.cases"));
    assert!(!rules("一、法律援助\n全年办理法律援助案件1 374件。").contains(&SPLIT.to_string()));
    // after punctuation: read alone, no concept, and both readings in a finding
    let text = "一、行政应诉\n全年行政应诉案件，1 6起。";
    let report = fazhi::extract(text).unwrap();
    let six = &report.facts[0];
    assert_eq!(
        (six.value.to_string(), six.concept.clone()),
        ("6".into(), None)
    );
    let f = report.findings.iter().find(|f| f.rule == SPLIT).unwrap();
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.suggestion.as_ref().unwrap().value.to_string(), "16");
    assert!(
        f.message.contains("6起") && f.message.contains("16起"),
        "{}",
        f.message
    );
    // a year before a figure is no split figure
    assert!(!rules("2024 6件").contains(&SPLIT.to_string()));
}

#[test]
fn invisible_characters_inside_a_figure() {
    for mark in [
        '\u{200B}', '\u{00AD}', '\u{FEFF}', '\u{2060}', '\u{200D}', '\u{200C}',
    ] {
        let text = format!("一、行政复议\n全年受理行政复议案件29{mark}1件。");
        let report = fazhi::extract(&text).unwrap();
        let f = &report.facts[0];
        assert_eq!(f.value.to_string(), "291", "{mark:?}");
        assert_eq!(f.text, "291");
        assert_eq!(
            f.concept.as_deref(),
            Some("dispute_resolution.reconsideration.accepted")
        );
        // the span is on the text as given, the invisible character inside it
        assert_eq!(&text[f.span.start..f.span.end], format!("29{mark}1"));
        assert_eq!(text[..f.span.end].chars().count(), f.span.char_end);
    }
}

#[test]
fn parts_that_repeat_an_act_belong_to_the_count_with_that_act() {
    // the list opens a sentence after two counts: its parts are of the accepted, not of the
    // concluded that stands right before it
    let text = "全市共收到行政复议申请1260件，依法受理1186件，审结1120件。其中，市本级受理486件，县区受理700件。";
    assert!(errors(text).is_empty(), "{}", show(text));
    let report = fazhi::extract(text).unwrap();
    let id = |t: &str| report.facts.iter().find(|f| f.text == t).unwrap();
    assert_eq!(
        id("1186").concept.as_deref(),
        Some("dispute_resolution.reconsideration.accepted")
    );
    assert_eq!(id("486").part_of.as_deref(), Some(id("1186").id.as_str()));
    assert_eq!(id("700").part_of.as_deref(), Some(id("1186").id.as_str()));
}

#[test]
fn parts_read_by_their_sum_link_to_their_whole() {
    let text = "全县受理行政复议案件126件，县政府60件、乡镇13件、部门53件。";
    let report = fazhi::extract(text).unwrap();
    let id = |t: &str| report.facts.iter().find(|f| f.text == t).unwrap();
    for part in ["60", "13", "53"] {
        assert_eq!(id(part).part_of.as_deref(), Some(id("126").id.as_str()));
    }
    assert!(errors(text).is_empty());
}

#[test]
fn parts_that_repeat_the_words_of_a_count_belong_to_it() {
    // no concept names the dispatched, but the parts repeat their words: of the 601, not of
    // the 4 that stand right before the list
    let text = "共受理群众诉求2877件，自行处理2276件，派单601件，按时结案597件，超时办理4件。其中热线派单532件，政民互动派单69件。";
    assert!(errors(text).is_empty(), "{}", show(text));
    let report = fazhi::extract(text).unwrap();
    let id = |t: &str| report.facts.iter().find(|f| f.text == t).unwrap();
    assert_eq!(id("532").part_of.as_deref(), Some(id("601").id.as_str()));
}
