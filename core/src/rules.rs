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

/// Every rule, in the order the checks run.
pub const RULES: [Rule; 8] = [
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
        summary: "a stated rate does not agree with part / whole within the precision written",
        example: "排查纠纷2498件,化解2473件,化解率90%",
    },
    Rule {
        id: PART_EXCEEDS_WHOLE,
        severity: Severity::Warning,
        summary: "a part is larger than its whole (concluded > accepted; cases carried over from the year before can explain it)",
        example: "受理行政复议200件,审结224件",
    },
    Rule {
        id: BREAKDOWN_SUM_MISMATCH,
        severity: Severity::Error,
        summary: "the parts listed after 其中 add up to more than their whole",
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
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rules as a JSON document (written to `schema/rules.json`).
pub fn rules_document() -> Value {
    serde_json::json!({ "rules": RULES })
}
