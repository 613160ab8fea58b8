//! The registry of check rules: stable ids, severity, meaning and an example.
//! The checks in [`crate::checks`] fire only rules listed here, the README
//! and `schema/rules.json` are generated from it, and the bindings expose it.

use crate::model::Severity;
use serde::Serialize;
use serde_json::Value;

/// One rule of the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// Stable id, `subject.problem`.
    pub id: &'static str,
    /// The severity of its findings.
    pub severity: Severity,
    /// What it means, in one sentence.
    pub summary: &'static str,
    /// A text on which it fires.
    pub example: &'static str,
}

/// A rate lies outside what is possible (0–100 %, or up to 1000 % for completion rates).
pub const RATE_OUT_OF_RANGE: &str = "rate.out_of_range";
/// A rate is followed by a count word, so its `%` sign and a separator were lost.
pub const RATE_COUNT_WORD: &str = "rate.count_word";
/// A rate is written without its `%` sign.
pub const RATE_MISSING_PERCENT_SIGN: &str = "rate.missing_percent_sign";
/// A stated rate does not agree with its part and whole.
pub const RATE_DISAGREES_WITH_PARTS: &str = "rate.disagrees_with_parts";
/// A part is larger than its whole.
pub const PART_EXCEEDS_WHOLE: &str = "part.exceeds_whole";
/// Parts listed after `其中` add up to more than their whole.
pub const BREAKDOWN_SUM_MISMATCH: &str = "breakdown.sum_mismatch";
/// The same concept is stated twice with different values.
pub const FACT_CONFLICT: &str = "fact.conflict";
/// An average beside a figure that lost its decimal point lost it too, most likely.
pub const FIGURE_LOST_DECIMAL_POINT: &str = "figure.lost_decimal_point";
/// A figure stands one space after bare digits that may be its first digits.
pub const FIGURE_SPLIT_DIGITS: &str = "figure.split_digits";

/// An annual report lacks one of the first four parts the reporting rules set.
pub const REPORT_PART_MISSING: &str = "report.part_missing";
/// An annual report states its shortfalls without their causes.
pub const REPORT_CAUSES_MISSING: &str = "report.causes_missing";
/// An annual report's plans are for a year other than the next.
pub const REPORT_PLANS_YEAR: &str = "report.plans_year";
/// An annual report's title names another year than the one its content reports on.
pub const REPORT_TITLE_YEAR: &str = "report.title_year";
/// An annual report was made public after the deadline.
pub const REPORT_PUBLISHED_LATE: &str = "report.published_late";

/// Every rule, in the order the checks run.
pub const RULES: [Rule; 14] = [
    Rule {
        id: RATE_OUT_OF_RANGE,
        severity: Severity::Error,
        summary: "a rate lies outside its possible range: 0–100 % for shares, up to 1000 % for completion rates; a lost decimal point is suggested where one is plausible",
        example: "完成率14327 (143.27 %)",
    },
    Rule {
        id: RATE_COUNT_WORD,
        severity: Severity::Warning,
        summary: "a rate is followed by a count word, so its % sign and a separator were lost",
        example: "平均减负率达到5423777项",
    },
    Rule {
        id: RATE_MISSING_PERCENT_SIGN,
        severity: Severity::Info,
        summary: "a rate is written without its % sign; the value is read as percent",
        example: "化解率99",
    },
    Rule {
        id: RATE_DISAGREES_WITH_PARTS,
        severity: Severity::Warning,
        summary: "a stated rate agrees with none of the counts it may be over (accepted, concluded, cases decided), within the precision written",
        example: "排查纠纷2498件,化解2473件,化解率90%",
    },
    Rule {
        id: PART_EXCEEDS_WHOLE,
        severity: Severity::Warning,
        summary: "a count is larger than the count of the cases it is part of (won > concluded, corrected > concluded, resolved > the disputes screened before)",
        example: "行政应诉案件6起,胜诉8起",
    },
    Rule {
        id: BREAKDOWN_SUM_MISMATCH,
        severity: Severity::Error,
        summary: "the parts listed after 其中 add up to more than their whole, and no run of them reaches it",
        example: "评价515684条,其中非常满意469918条,满意55752条",
    },
    Rule {
        id: FACT_CONFLICT,
        severity: Severity::Warning,
        summary: "the same concept is stated twice with values that cannot both be right",
        example: "受理行政复议291件……全年受理行政复议案件302件",
    },
    Rule {
        id: FIGURE_LOST_DECIMAL_POINT,
        severity: Severity::Warning,
        summary: "an average written as a large whole number next to a figure that lost its decimal point probably lost it too",
        example: "平均收回事项2983项……减负率达到5423777项",
    },
    Rule {
        id: FIGURE_SPLIT_DIGITS,
        severity: Severity::Warning,
        summary: "a figure stands one space after bare digits that may be its first digits (a page's layout split the number); it is read alone, with no concept, and both readings are given",
        example: "行政应诉案件，1 6起",
    },
    Rule {
        id: REPORT_PART_MISSING,
        severity: Severity::Warning,
        summary: "an annual report covers none of one of the first four parts the 《法治政府建设与责任落实督察工作规定》 sets (measures and results; shortfalls and causes; the principal leaders' duties as first responsible persons; next year's plans), neither as a section nor as a passage",
        example: "一、主要举措和成效……二、存在问题……三、2025年工作安排 (no word of the leaders' duties)",
    },
    Rule {
        id: REPORT_CAUSES_MISSING,
        severity: Severity::Warning,
        summary: "an annual report lists its shortfalls without their causes, which the rules ask for",
        example: "二、存在问题 一是宣传不够；二是队伍不强。",
    },
    Rule {
        id: REPORT_PLANS_YEAR,
        severity: Severity::Warning,
        summary: "an annual report's plans name a year, and not the one after the year reported on",
        example: "2024年法治政府建设年度报告……三、2024年工作安排",
    },
    Rule {
        id: REPORT_TITLE_YEAR,
        severity: Severity::Warning,
        summary: "the title names another year than the one the body's sentences open with (a title copied from last year's report)",
        example: "2023年法治政府建设年度报告 / 2024年，全县……2024年，……",
    },
    Rule {
        id: REPORT_PUBLISHED_LATE,
        severity: Severity::Warning,
        summary: "the report was made public after 1 April of the year after the one it reports on, the national deadline (provincial guides may set earlier ones for departments, 1 March; fazhi checks the national one)",
        example: "2024年法治政府建设年度报告, published 2025-05-06",
    },
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rules as a JSON document (written to `schema/rules.json`).
pub fn rules_document() -> Value {
    serde_json::json!({ "rules": RULES })
}
