//! The checks of the reporting rules (`report.*`): that an annual report covers the parts the
//! 《法治政府建设与责任落实督察工作规定》 (2019) sets, states its shortfalls' causes, plans for
//! the next year, names its own year in its title, and was made public by 1 April of the
//! next year. They judge [`Report::compliance`], the data the extractor found, so they run the
//! same on a report read from JSON; on a text that is no annual report (a news item,
//! statistics, an excerpt) they find nothing.

use crate::model::{Coverage, Finding, Part, Report};
use crate::rules::{
    REPORT_CAUSES_MISSING, REPORT_PART_MISSING, REPORT_PLANS_YEAR, REPORT_PUBLISHED_LATE,
    REPORT_TITLE_YEAR, rule,
};
use chrono::NaiveDate;

/// What a part holds, as the rules word it, and its number among the five.
fn described(part: Part) -> (usize, &'static str) {
    match part {
        Part::Measures => (1, "the year's main measures and results (主要举措和成效)"),
        Part::Problems => (2, "the shortfalls and their causes (存在的不足和原因)"),
        Part::Leadership => (
            3,
            "how the principal leaders performed their duties as first responsible persons (党政主要负责人履行推进法治建设第一责任人职责情况)",
        ),
        Part::Plans => (4, "the main plans for the next year (下一年度工作安排)"),
        Part::Other => (5, "other matters to report (其他需要报告的情况)"),
    }
}

fn finding(id: &'static str, message: String) -> Finding {
    Finding {
        rule: id.to_string(),
        severity: rule(id).map_or(crate::Severity::Warning, |r| r.severity),
        message,
        facts: Vec::new(),
        suggestion: None,
    }
}

/// The findings of the reporting rules on `report`.
///
/// ```
/// let text = "2024年，全县坚持依法行政。\n一、主要举措和成效\n全县依法行政。\n二、存在问题\n一是宣传不够。\n三、2025年工作安排\n一是加强宣传。\n";
/// let report = fazhi::extract(text)?;
/// let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.as_str()).collect();
/// assert_eq!(rules, ["report.part_missing", "report.causes_missing"]);
/// # Ok::<(), fazhi::Error>(())
/// ```
pub fn check(report: &Report, out: &mut Vec<Finding>) {
    let c = &report.compliance;
    if !c.applies {
        return;
    }
    for p in c.parts.iter().filter(|_| c.complete) {
        if p.coverage == Coverage::Missing && p.part != Part::Other {
            let (n, what) = described(p.part);
            out.push(finding(
                REPORT_PART_MISSING,
                format!("the report says nothing of part {n} of the five the rules set: {what}"),
            ));
        }
    }
    let problems = c.parts.iter().find(|p| p.part == Part::Problems);
    if let Some(p) = problems.filter(|p| p.coverage != Coverage::Missing)
        && c.causes.is_none()
    {
        let at = p
            .section
            .as_deref()
            .map_or(String::new(), |s| format!(" (section {s})"));
        out.push(finding(
            REPORT_CAUSES_MISSING,
            format!("the shortfalls{at} are listed without their causes, which the rules ask for"),
        ));
    }
    // the year reported on: the body's own where it names one (a title may be last year's)
    let year = c.content_year.or(report.meta.year);
    if let Some(year) = year
        && !c.plan_years.is_empty()
        && !c.plan_years.contains(&(year + 1))
    {
        let named: Vec<String> = c.plan_years.iter().map(i32::to_string).collect();
        out.push(finding(
            REPORT_PLANS_YEAR,
            format!(
                "the plans are for {}, not for {} (the year after {year}, reported on)",
                named.join(", "),
                year + 1
            ),
        ));
    }
    if let (Some(title), Some(content)) = (c.title_year, c.content_year)
        && title != content
    {
        out.push(finding(
            REPORT_TITLE_YEAR,
            format!("the title names {title}, but the body's sentences open with {content}"),
        ));
    }
    if let (true, Some(published), Some(year)) = (c.complete, report.meta.published, year)
        && let Some(deadline) = NaiveDate::from_ymd_opt(year + 1, 4, 1)
        && published >= deadline
    {
        out.push(finding(
            REPORT_PUBLISHED_LATE,
            format!(
                "published on {published}, after the deadline for a {year} report: made public before {deadline}"
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    /// The `report.*` rules that fire on a text, with the options given.
    fn fired(text: &str, published: Option<NaiveDate>) -> Vec<String> {
        let options = crate::Options {
            published,
            ..Default::default()
        };
        crate::extract_with(text, &options)
            .unwrap()
            .findings
            .into_iter()
            .filter(|f| f.rule.starts_with("report."))
            .map(|f| f.rule)
            .collect()
    }

    const COMPLETE: &str = "右玉县2024年法治政府建设年度报告\n2024年，全县坚持依法行政。2024年，全县受理行政复议案件30件。\n一、主要举措和成效\n全县依法行政。\n二、存在的不足及原因\n一是宣传不够，主要原因是投入不足。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头述法。\n四、2025年工作安排\n一是加强宣传。\n";

    #[test]
    fn the_seed_report_lists_shortfalls_without_causes_and_covers_the_leaders_in_the_measures() {
        let report = crate::extract(include_str!("../tests/data/shuozhou-2024.txt")).unwrap();
        let rules: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("report."))
            .map(|f| f.rule.as_str())
            .collect();
        assert_eq!(rules, ["report.causes_missing"]);
        let c = &report.compliance;
        assert!(c.applies);
        assert_eq!(c.parts[2].coverage, crate::Coverage::Passage);
        assert_eq!(c.parts[2].section.as_deref(), Some("1.1.1"));
        assert_eq!(c.plan_years, [2025]);
    }

    #[test]
    fn a_complete_report_published_in_time_has_no_finding() {
        assert_eq!(
            fired(COMPLETE, NaiveDate::from_ymd_opt(2025, 3, 28)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_missing_part_is_named() {
        let text = COMPLETE.replace(
            "三、党政主要负责人履行推进法治建设第一责任人职责情况\n县长带头述法。\n",
            "三、其他工作\n全县开展普法。\n",
        );
        let report = crate::extract(&text).unwrap();
        let missing: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.rule == "report.part_missing")
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(missing.len(), 1, "{missing:?}");
        assert!(missing[0].contains("part 3"), "{}", missing[0]);
    }

    #[test]
    fn shortfalls_without_causes() {
        let text = COMPLETE.replace("，主要原因是投入不足", "；二是队伍不强");
        assert_eq!(fired(&text, None), ["report.causes_missing"]);
    }

    #[test]
    fn plans_for_the_year_reported_on() {
        let text = COMPLETE.replace("四、2025年工作安排", "四、2024年工作安排");
        assert_eq!(fired(&text, None), ["report.plans_year"]);
        // plans that name no year say nothing of it
        let text = COMPLETE.replace("四、2025年工作安排", "四、下一步工作安排");
        assert_eq!(fired(&text, None), Vec::<String>::new());
    }

    #[test]
    fn a_title_copied_from_last_year() {
        let text = COMPLETE.replacen("右玉县2024年", "右玉县2023年", 1);
        assert_eq!(fired(&text, None), ["report.title_year"]);
    }

    #[test]
    fn published_after_the_deadline() {
        assert_eq!(
            fired(COMPLETE, NaiveDate::from_ymd_opt(2025, 4, 1)),
            ["report.published_late"]
        );
        assert_eq!(
            fired(COMPLETE, NaiveDate::from_ymd_opt(2025, 3, 31)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn excerpts_are_not_judged_on_what_they_leave_out() {
        let excerpt = "右玉县2024年法治政府建设年度报告\n一、主要举措和成效\n全县依法行政。\n";
        assert_eq!(
            fired(excerpt, NaiveDate::from_ymd_opt(2025, 6, 1)),
            Vec::<String>::new()
        );
        // signed, it is whole: the parts it lacks are missing
        let signed = format!("{excerpt}右玉县人民政府\n2025年3月20日\n");
        assert_eq!(
            fired(&signed, None).len(),
            3,
            "problems, leaders' duties, plans"
        );
    }

    #[test]
    fn news_items_get_no_finding_of_the_reporting_rules() {
        let news = "记者今天从司法部获悉，2023年全国各级行政复议机构新收案件38.5万件。\n一、主要举措\n全国依法行政。\n";
        assert_eq!(
            fired(news, NaiveDate::from_ymd_opt(2025, 12, 1)),
            Vec::<String>::new()
        );
    }
}
