//! The checks: consistency rules and garbled-figure findings.
//!
//! Tolerance comes from the precision written, as in XBRL calculation checks:
//! each fact is an interval ([`bounds`]) — `99` stated as a rate is anything
//! that rounds to 99, `3万多` is 30000 to 40000 — and a relation is broken only
//! when no values inside the intervals satisfy it. The checks read only the
//! [`Report`], so they run the same on a report read from JSON.

use crate::concepts::{ValueKind, concept};
use crate::model::{
    Fact, FactKind, Finding, NotFactReason, Qualifier, Report, Severity, Suggestion,
};
use crate::number::{parse_figure, pow10};
use crate::relations::{RATE_OF, WITHIN};
use crate::rules::{self, rule};
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};

/// Runs every rule on a report and returns the findings, in rule order.
///
/// ```
/// let mut report = fazhi::extract("全年共排查矛盾纠纷2498件,化解2473件,化解率99。")?;
/// let findings = fazhi::validate(&report);
/// // `99` without its % sign is noted; 2473 / 2498 = 98.998 % agrees with 99.
/// assert_eq!(findings.len(), 1);
/// assert_eq!(findings[0].rule, "rate.missing_percent_sign");
/// # Ok::<(), fazhi::Error>(())
/// ```
pub fn validate(report: &Report) -> Vec<Finding> {
    let mut out = Vec::new();
    let levels: Vec<&Fact> = report
        .facts
        .iter()
        .filter(|f| f.kind == FactKind::Level)
        .collect();
    rate_ranges(&levels, &mut out);
    let garbled = out.clone();
    lost_decimal_points(&levels, &garbled, &mut out);
    let by_concept = ByConcept::new(report);
    part_of(&by_concept, &mut out);
    rates_against_parts(&by_concept, &mut out);
    breakdowns(&levels, &mut out);
    conflicts(&levels, &mut out);
    split_digits(report, &mut out);
    crate::reporting::check(report, &mut out);
    let order = |id: &str| {
        rules::RULES
            .iter()
            .position(|r| r.id == id)
            .unwrap_or(usize::MAX)
    };
    out.sort_by_key(|f| order(&f.rule));
    out
}

fn finding(
    rule_id: &'static str,
    message: String,
    facts: &[&Fact],
    suggestion: Option<Suggestion>,
) -> Finding {
    Finding {
        rule: rule_id.to_string(),
        severity: rule(rule_id).map_or(Severity::Warning, |r| r.severity),
        message,
        facts: facts.iter().map(|f| f.id.clone()).collect(),
        suggestion,
    }
}

/// The lowest and highest value a fact allows.
pub type Interval = (Decimal, Decimal);

/// The interval of values a fact allows, from its qualifier and the precision written. In
/// checked arithmetic: a value so large that its tolerance does not fit a decimal is taken
/// as exactly itself.
pub fn bounds(f: &Fact) -> Interval {
    checked_bounds(f).unwrap_or((f.value, f.value))
}

fn checked_bounds(f: &Fact) -> Option<Interval> {
    let v = f.value;
    let written = f.text.trim_end_matches(['%', '％', '‰']);
    // plain digits are known to their last decimal; anything else (万, 余, 三) is read again
    let plain = written.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let exponent = if plain {
        -(v.scale() as i32)
    } else {
        parse_figure(written).map_or(-(v.scale() as i32), |fig| fig.exponent)
    };
    let step = {
        // `120余` steps by ten, `10余万` by a hundred thousand: trailing zeros widen the step
        let mantissa = v.checked_div(pow10(exponent))?.trunc();
        let mut tz = 0;
        let mut m = mantissa;
        while !m.is_zero() && (m % Decimal::TEN).is_zero() && tz < 12 {
            m /= Decimal::TEN;
            tz += 1;
        }
        pow10(exponent + tz)
    };
    let half = pow10(exponent) / Decimal::TWO;
    let (below, above) = (|d: Decimal| v.checked_sub(d), |d: Decimal| v.checked_add(d));
    Some(match f.qualifier {
        Qualifier::Exact if exponent > 0 || f.unit == "%" => (below(half)?, above(half)?),
        Qualifier::Exact => (v, v),
        Qualifier::AtLeast => (v, above(step)?),
        Qualifier::AtMost => (below(step)?, v),
        Qualifier::About => (below(step)?, above(step)?),
    })
}

/// The most a rate of this kind can be.
fn rate_max(kind: ValueKind) -> Decimal {
    match kind {
        ValueKind::CompletionRate => Decimal::from(1000),
        _ => Decimal::ONE_HUNDRED,
    }
}

fn rate_ranges(levels: &[&Fact], out: &mut Vec<Finding>) {
    for f in levels {
        let Some(c) = f.concept.as_deref().and_then(concept) else {
            continue;
        };
        if !c.value_kind.is_rate() {
            continue;
        }
        let max = rate_max(c.value_kind);
        if f.value < Decimal::ZERO || f.value > max {
            let suggestion = repair_rate(f, max);
            let message = format!(
                "{} {} is outside 0–{}%{}",
                c.zh,
                written(f),
                max,
                suggestion
                    .as_ref()
                    .map_or(String::new(), |s| format!("; probably {}%", s.value))
            );
            out.push(finding(rules::RATE_OUT_OF_RANGE, message, &[f], suggestion));
        }
        if let Some(w) = &f.written_unit {
            out.push(finding(
                rules::RATE_COUNT_WORD,
                format!(
                    "{} {} is followed by the count word {w}: its % sign and a separator were lost",
                    c.zh, f.text
                ),
                &[f],
                None,
            ));
        }
        if !f.text.contains(['%', '％', '‰']) && !f.text.contains("百分之") {
            out.push(finding(
                rules::RATE_MISSING_PERCENT_SIGN,
                format!(
                    "{} {} is written without a % sign; read as {}%",
                    c.zh, f.text, f.value
                ),
                &[f],
                None,
            ));
        }
    }
}

/// A garbled rate whose digits make sense with a decimal point put back: first as a whole
/// with two decimals (`14327` → 143.27), else as a two-decimal rate followed by a lost count
/// (`5423777` → 54.23, then 777).
fn repair_rate(f: &Fact, max: Decimal) -> Option<Suggestion> {
    let digits: String = f.text.chars().filter(char::is_ascii_digit).collect();
    if digits.len() != f.text.chars().filter(|c| !matches!(c, '%' | '％')).count()
        || digits.len() < 3
    {
        return None; // only plain digit runs lost a point
    }
    let whole = Decimal::from_str_exact(&digits).ok()?;
    let two_decimals = whole / Decimal::ONE_HUNDRED;
    if two_decimals <= max {
        return Some(Suggestion {
            value: two_decimals,
            unit: "%".into(),
            reason: format!("the decimal point was lost: {digits} reads as {two_decimals} %"),
        });
    }
    for take in [4usize, 3] {
        if digits.len() <= take {
            continue;
        }
        let head = Decimal::from_str_exact(&digits[..take]).ok()? / Decimal::ONE_HUNDRED;
        if head <= max && !digits[..take].starts_with('0') {
            let rest = &digits[take..];
            let count = f.written_unit.as_deref().unwrap_or("");
            return Some(Suggestion {
                value: head,
                unit: "%".into(),
                reason: format!(
                    "the decimal point, the % sign and a separator were lost: {digits}{count} reads as {head} %, then {rest}{count}"
                ),
            });
        }
    }
    None
}

/// Averages written as large whole numbers close to a rate that lost its decimal point.
fn lost_decimal_points(levels: &[&Fact], found: &[Finding], out: &mut Vec<Finding>) {
    let by_id: std::collections::HashMap<&str, &Fact> =
        levels.iter().map(|f| (f.id.as_str(), *f)).collect();
    let mut garbled: Vec<&Fact> = found
        .iter()
        .filter(|g| g.rule == rules::RATE_OUT_OF_RANGE && g.suggestion.is_some())
        .filter_map(|g| {
            g.facts
                .first()
                .and_then(|id| by_id.get(id.as_str()).copied())
        })
        .collect();
    garbled.sort_by_key(|g| g.span.start);
    const NEAR: usize = 400;
    for f in levels {
        let is_average = f.concept.as_deref().is_some_and(|c| c.contains(".avg_"));
        if !is_average || f.value.scale() > 0 || f.value < Decimal::from(1000) {
            continue;
        }
        let from = garbled.partition_point(|g| g.span.start + NEAR < f.span.start);
        let near = garbled[from..]
            .iter()
            .take_while(|g| g.span.start < f.span.start + NEAR)
            .any(|g| g.section == f.section);
        if near {
            let value = f.value / Decimal::ONE_HUNDRED;
            out.push(finding(
                rules::FIGURE_LOST_DECIMAL_POINT,
                format!("the average {} {} stands beside a rate that lost its decimal point; probably {value}", f.text, f.unit),
                &[f],
                Some(Suggestion {
                    value,
                    unit: f.unit.clone(),
                    reason: format!("the decimal point was lost: {} reads as {value}", f.text),
                }),
            ));
        }
    }
}

/// The level facts of each concept, in reading order: the figures the relations pair are
/// found by binary search, so the checks stay linear-logarithmic however many figures share a
/// concept.
struct ByConcept<'a>(HashMap<&'a str, Vec<&'a Fact>>);

impl<'a> ByConcept<'a> {
    fn new(report: &'a Report) -> Self {
        let mut map: HashMap<&str, Vec<&Fact>> = HashMap::new();
        for f in &report.facts {
            if let Some(c) = f.concept.as_deref().filter(|_| f.kind == FactKind::Level) {
                map.entry(c).or_default().push(f);
            }
        }
        for facts in map.values_mut() {
            facts.sort_by_key(|f| f.span.start);
        }
        ByConcept(map)
    }

    /// Every level fact of `concept`, in reading order.
    fn of(&self, concept: &str) -> &[&'a Fact] {
        self.0.get(concept).map_or(&[], Vec::as_slice)
    }

    /// The figure of `concept` stated nearest before `at`; else, unless `before_only`, the
    /// first one after it.
    fn nearest(&self, concept: &str, at: usize, before_only: bool) -> Option<&'a Fact> {
        let facts = self.of(concept);
        let i = facts.partition_point(|f| f.span.start < at);
        match i.checked_sub(1) {
            Some(b) => Some(facts[b]),
            None if before_only => None,
            None => facts.first().copied(),
        }
    }
}

fn part_of(facts: &ByConcept<'_>, out: &mut Vec<Finding>) {
    for w in WITHIN {
        for &part in facts.of(w.part) {
            let Some(whole) = w
                .wholes
                .iter()
                .find_map(|c| facts.nearest(c, part.span.start, w.stated_before))
            else {
                continue;
            };
            if bounds(part).0 > bounds(whole).1 {
                out.push(finding(
                    rules::PART_EXCEEDS_WHOLE,
                    format!(
                        "{} {} is more than {} {}",
                        zh(&part.concept),
                        written(part),
                        zh(&whole.concept),
                        written(whole),
                    ),
                    &[part, whole],
                    None,
                ));
            }
        }
    }
}

/// The Chinese label of a fact's concept, or its id when the registry has none.
fn zh(c: &Option<String>) -> &str {
    let id = c.as_deref().unwrap_or("");
    concept(id).map_or(id, |k| k.zh)
}

/// A rate against the counts it is computed from: the part and each count below the line
/// the report states, nearest before the rate. No finding when one reading fits, or when the
/// rate is higher than one and the count below the line may be the cases decided; a
/// suggested value only when one reading is stated, with it as the basis.
fn rates_against_parts(facts: &ByConcept<'_>, out: &mut Vec<Finding>) {
    // in checked arithmetic: a quotient too large for a decimal says nothing checkable
    let percent = |a: Decimal, b: Decimal| a.checked_div(b)?.checked_mul(Decimal::ONE_HUNDRED);
    for r in RATE_OF {
        let max = concept(r.rate).map_or(Decimal::ONE_HUNDRED, |c| rate_max(c.value_kind));
        for &rate in facts.of(r.rate) {
            if rate.value < Decimal::ZERO || rate.value > max {
                continue; // already an out-of-range finding
            }
            let at = rate.span.start;
            let Some(part) = facts.nearest(r.part, at, true) else {
                continue;
            };
            let (plo, phi) = bounds(part);
            let (rlo, rhi) = bounds(rate);
            // each reading: the count below the line, the interval it allows, its value
            let mut readings = Vec::new();
            for over in r.over {
                let Some(whole) = facts.nearest(over, at, false) else {
                    continue;
                };
                let (wlo, whi) = bounds(whole);
                if wlo <= Decimal::ZERO {
                    continue;
                }
                let (Some(lo), Some(hi), Some(computed)) = (
                    percent(plo, whi),
                    percent(phi, wlo),
                    percent(part.value, whole.value),
                ) else {
                    continue;
                };
                readings.push((whole, lo, hi, computed.round_dp(2)));
            }
            let fits = readings.iter().any(|&(_, lo, hi, _)| {
                // over the cases decided: fewer than any stated, so a higher rate
                rhi >= lo && (rlo <= hi || r.or_decided)
            });
            if readings.is_empty() || fits {
                continue;
            }
            let basis: Vec<String> = readings
                .iter()
                .map(|(w, _, _, c)| format!("{} / {} = {c}%", written(part), written(w)))
                .collect();
            let mut cited = vec![rate, part];
            cited.extend(readings.iter().map(|r| r.0));
            let suggestion = match readings[..] {
                [(w, _, _, computed)] => Some(Suggestion {
                    value: computed,
                    unit: "%".into(),
                    reason: format!("{} over {}", zh(&part.concept), zh(&w.concept)),
                }),
                _ => None,
            };
            out.push(finding(
                rules::RATE_DISAGREES_WITH_PARTS,
                format!(
                    "the stated rate {} does not agree with {}",
                    written(rate),
                    basis.join(" or ")
                ),
                &cited,
                suggestion,
            ));
        }
    }
}

/// A figure one space after bare digits (`，1 6起`): the space may have split one number, as a
/// page's layout or a PDF conversion does. The extractor reads the figure alone and gives it
/// no concept; the finding gives the other reading.
fn split_digits(report: &Report, out: &mut Vec<Finding>) {
    let bare: BTreeMap<usize, &crate::model::NotFact> = report
        .not_facts
        .iter()
        .filter(|n| n.reason == NotFactReason::Split)
        .map(|n| (n.span.end, n))
        .collect();
    for f in &report.facts {
        let Some(n) = f
            .span
            .start
            .checked_sub(1)
            .and_then(|end| bare.get(&end))
            .filter(|_| f.text.starts_with(|c: char| c.is_ascii_digit()))
        else {
            continue;
        };
        let joined = format!("{}{}", n.text, f.text.trim_end_matches(['%', '％']));
        let Ok(value) = parse_figure(&joined).map(|j| j.value) else {
            continue;
        };
        out.push(finding(
            rules::FIGURE_SPLIT_DIGITS,
            format!(
                "{} stands one space after the digits {}: read alone it is {}, read as one number {}{}",
                written(f),
                n.text,
                written(f),
                value,
                f.unit
            ),
            &[f],
            Some(Suggestion {
                value,
                unit: f.unit.clone(),
                reason: format!("the digits {} before the space are its first digits", n.text),
            }),
        ));
    }
}

/// A figure as a person writes it: its text with its unit once (`89%`, `177件`).
fn written(f: &Fact) -> String {
    if f.text.ends_with(f.unit.as_str()) || f.text.ends_with('％') {
        f.text.clone()
    } else {
        format!("{}{}", f.text, f.unit)
    }
}

/// Parts after `其中` that add up to more than their whole. Only counts in the whole's unit
/// are added (a share, `占比95.87%`, or an amount of money beside a count is no part of it);
/// and no finding where another reading of the list fits: a part that holds the ones after
/// it and forms a list of its own (`有效回访246件，表示满意的有240件，表示一般的有5件`), or a
/// list that reaches its whole
/// before its end and goes on to something else (`简易程序110件，普通程序280件、立案撤销8件`
/// of 390).
fn breakdowns(levels: &[&Fact], out: &mut Vec<Finding>) {
    let mut parts: BTreeMap<&str, Vec<&Fact>> = BTreeMap::new();
    for f in levels {
        if let Some(w) = &f.part_of {
            parts.entry(w.as_str()).or_default().push(f);
        }
    }
    let by_id: std::collections::HashMap<&str, &Fact> =
        levels.iter().map(|f| (f.id.as_str(), *f)).collect();
    for (whole_id, ps) in parts {
        let Some(whole) = by_id.get(whole_id) else {
            continue;
        };
        if whole.unit == "%" {
            continue;
        }
        // (a figure after 其中 that counts with its own act a concept of its own, `收到申请
        // 120件，其中受理110件，审结98件`, is a stage the cases went through, no kind of them)
        let ps: Vec<&Fact> = ps
            .into_iter()
            .filter(|p| p.unit == whole.unit && !counts_a_stage(p))
            .collect();
        // parts that may overlap say nothing by their sum
        if ps.iter().any(|p| may_overlap(p)) {
            continue;
        }
        let (whole_low, whole_high) = bounds(whole);
        // the lowest sum of the parts; a sum that does not fit a decimal cannot be checked
        let low = ps
            .iter()
            .try_fold(Decimal::ZERO, |sum, p| sum.checked_add(bounds(p).0));
        let Some(low) = low.filter(|_| !ps.is_empty()) else {
            continue;
        };
        if low <= whole_high {
            continue;
        }
        // a run of the parts adds up to the whole: the list is that run, and the others
        // belong to another breakdown (`办结177件（含结转的3件），其中予以公开60件…`) or come
        // after its end (`简易程序110件，普通程序280件、立案撤销8件` of 390)
        // (a run of two or more: one part as large as the whole says nothing of the list)
        let fits = |l: Decimal, h: Decimal| l <= whole_high && h >= whole_low;
        let runs = ps.len().min(64);
        let explained = (0..runs).any(|i| {
            let mut run = (Decimal::ZERO, Decimal::ZERO);
            ps[i..runs].iter().enumerate().any(|(n, p)| {
                let (lo, hi) = bounds(p);
                match (run.0.checked_add(lo), run.1.checked_add(hi)) {
                    (Some(l), Some(h)) => {
                        run = (l, h);
                        n >= 1 && fits(l, h)
                    }
                    _ => false,
                }
            })
        });
        if explained {
            continue;
        }
        // a part that can hold all the ones after it, when those open with the same words as
        // each other and not as it: a list of their own, picked out of it (`有效回访246件，表示
        // 满意的有240件，表示一般的有5件`), where siblings would be named alike (`非常满意…满意…`)
        fn label(p: &Fact) -> &str {
            p.label.as_ref().map_or("", |l| l.text.as_str())
        }
        let opening =
            |a: &str, b: &str| a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        // from the back, in one pass: the fewest opening characters two neighbours share
        // after each part, and the lowest sum of the parts after it
        let n = ps.len();
        let mut shared_after = vec![usize::MAX; n];
        let mut low_after: Vec<Option<Decimal>> = vec![Some(Decimal::ZERO); n];
        for i in (0..n.saturating_sub(1)).rev() {
            let pair = if i + 2 < n {
                opening(label(ps[i + 1]), label(ps[i + 2]))
            } else {
                usize::MAX
            };
            shared_after[i] = pair.min(shared_after.get(i + 1).copied().unwrap_or(usize::MAX));
            low_after[i] = low_after[i + 1].and_then(|s| s.checked_add(bounds(ps[i + 1]).0));
        }
        let nested = (0..n.saturating_sub(2)).any(|i| {
            let shared = shared_after[i];
            if shared == usize::MAX
                || shared < 2
                || opening(label(ps[i]), label(ps[i + 1])) >= shared
            {
                return false;
            }
            low_after[i].is_some_and(|r| r <= bounds(ps[i]).1)
        });
        if nested {
            continue;
        }
        let mut facts = vec![*whole];
        facts.extend(ps.iter().copied());
        let scale = ps.iter().map(|p| p.value.scale()).max().unwrap_or(0);
        out.push(finding(
            rules::BREAKDOWN_SUM_MISMATCH,
            format!(
                "the parts after 其中 add up to {}{}, more than the whole {}",
                low.round_dp(scale).normalize(),
                whole.unit,
                written(whole)
            ),
            &facts,
            None,
        ));
    }
}

/// Whether a figure listed after `其中` counts, by an act of its own, a concept of its own:
/// what the whole's things went through (accepted, concluded), not a kind of them.
fn counts_a_stage(p: &Fact) -> bool {
    p.concept.is_some() && p.evidence.as_ref().is_some_and(|e| e.act.is_some())
}

/// Words that open a part naming whom or what the counted things concern, or an attribute of
/// people that cuts across their kinds (`涉及农民工35件`, `涉及未成年人20件`; `党员律师1100名`,
/// `青年律师1500名`): one thing may be counted in several such parts, so their sum may exceed
/// the whole on a correct page.
const OVERLAPPING: [&str; 13] = [
    "涉及",
    "针对",
    "关于",
    "党员",
    "青年",
    "女性",
    "男性",
    "妇女",
    "少数民族",
    "退役军人",
    "老年",
    "未成年",
    "残疾",
];

/// Whether a part's own words name a group that may overlap its siblings ([`OVERLAPPING`]).
fn may_overlap(p: &Fact) -> bool {
    let own = p
        .dimension
        .as_ref()
        .map(|d| d.member.as_str())
        .or(p.label.as_ref().map(|l| l.text.as_str()))
        .unwrap_or("");
    let own = own
        .trim_start_matches("其中")
        .trim_start_matches(['，', ',', '：', ':']);
    OVERLAPPING.iter().any(|w| own.starts_with(w))
}

fn conflicts(levels: &[&Fact], out: &mut Vec<Finding>) {
    let mut by_concept: BTreeMap<(&str, &str), Vec<(&Fact, Interval)>> = BTreeMap::new();
    // a part of a list or of a dimension is no statement of the whole concept
    for f in levels
        .iter()
        .filter(|f| f.part_of.is_none() && f.dimension.is_none())
    {
        if let Some(c) = &f.concept {
            by_concept
                .entry((c.as_str(), f.unit.as_str()))
                .or_default()
                .push((f, bounds(f)));
        }
    }
    for ((c, _), fs) in by_concept {
        // two statements conflict when their intervals are disjoint: it is enough to compare
        // the one that ends lowest with the one that starts highest
        let (Some(low), Some(high)) = (
            fs.iter().min_by(|a, b| a.1.1.cmp(&b.1.1)),
            fs.iter().max_by(|a, b| a.1.0.cmp(&b.1.0)),
        ) else {
            continue;
        };
        if low.1.1 < high.1.0 {
            let (a, b) = if low.0.span.start <= high.0.span.start {
                (low.0, high.0)
            } else {
                (high.0, low.0)
            };
            out.push(finding(
                rules::FACT_CONFLICT,
                format!(
                    "{} is stated as {} and as {}",
                    concept(c).map_or(c, |k| k.zh),
                    written(a),
                    written(b)
                ),
                &[a, b],
                None,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{FactKind, Span};

    fn fact(id: &str, concept: &str, text: &str, unit: &str) -> Fact {
        let figure = parse_figure(text.trim_end_matches('%')).unwrap();
        Fact {
            id: id.into(),
            concept: Some(concept.into()),
            value: figure.value,
            unit: unit.into(),
            qualifier: figure.qualifier,
            kind: FactKind::Level,
            change_of: None,
            part_of: None,
            written_unit: None,
            section: Some("1".into()),
            span: Span {
                start: id.len() * 10,
                end: id.len() * 10 + 2,
                char_start: 0,
                char_end: 0,
            },
            text: text.into(),
            label: None,
            dimension: None,
            evidence: None,
        }
    }

    /// The facts as a report states them: in the order given.
    fn in_order(mut facts: Vec<Fact>) -> Vec<Fact> {
        for (i, f) in facts.iter_mut().enumerate() {
            f.span.start = i * 10;
            f.span.end = i * 10 + 2;
        }
        facts
    }

    fn run(facts: Vec<Fact>) -> Vec<(String, Severity, Vec<String>)> {
        let report = Report {
            facts: in_order(facts),
            ..Report::default()
        };
        validate(&report)
            .into_iter()
            .map(|f| (f.rule, f.severity, f.facts))
            .collect()
    }

    fn rules_of(facts: Vec<Fact>) -> Vec<String> {
        run(facts).into_iter().map(|(r, _, _)| r).collect()
    }

    const RESOLVED: &str = "dispute_resolution.mediation.disputes_resolved";
    const INVESTIGATED: &str = "dispute_resolution.mediation.disputes_investigated";
    const RATE: &str = "dispute_resolution.mediation.resolution_rate";
    const COMPLETION: &str = "legal_services.free_consultations.completion_rate";

    #[test]
    fn out_of_range_with_a_suggestion() {
        let report = Report {
            facts: vec![fact("a", COMPLETION, "14327", "%")],
            ..Report::default()
        };
        let found = validate(&report);
        let f = found
            .iter()
            .find(|f| f.rule == rules::RATE_OUT_OF_RANGE)
            .unwrap();
        assert_eq!(f.severity, Severity::Error);
        assert_eq!(f.suggestion.as_ref().unwrap().value.to_string(), "143.27");
        // a completion rate may pass 100 %; a share may not
        assert!(
            !rules_of(vec![fact("a", COMPLETION, "143.27%", "%")])
                .contains(&rules::RATE_OUT_OF_RANGE.into())
        );
        assert!(
            rules_of(vec![fact("a", RATE, "143.27%", "%")])
                .contains(&rules::RATE_OUT_OF_RANGE.into())
        );
        assert!(rules_of(vec![fact("a", RATE, "99%", "%")]).is_empty());
    }

    #[test]
    fn garbled_rate_followed_by_a_count() {
        let mut f = fact(
            "a",
            "enforcement.townships.burden_reduction_rate",
            "5423777",
            "%",
        );
        f.written_unit = Some("项".into());
        let report = Report {
            facts: vec![f.clone()],
            ..Report::default()
        };
        let found = validate(&report);
        let s = found.iter().find_map(|x| x.suggestion.as_ref()).unwrap();
        assert_eq!(s.value.to_string(), "54.23");
        assert!(s.reason.contains("777项"));
        assert!(found.iter().any(|x| x.rule == rules::RATE_COUNT_WORD));
        f.written_unit = None;
        assert!(!rules_of(vec![f]).contains(&rules::RATE_COUNT_WORD.into()));
    }

    #[test]
    fn missing_percent_sign() {
        assert_eq!(
            rules_of(vec![fact("a", RATE, "99", "%")]),
            [rules::RATE_MISSING_PERCENT_SIGN]
        );
        assert!(rules_of(vec![fact("a", RATE, "99%", "%")]).is_empty());
        assert!(
            rules_of(vec![fact("a", RESOLVED, "99", "件")]).is_empty(),
            "only rates need a % sign"
        );
    }

    #[test]
    fn rate_against_its_parts_within_the_written_precision() {
        let parts = || {
            vec![
                fact("p", RESOLVED, "2473", "件"),
                fact("w", INVESTIGATED, "2498", "件"),
            ]
        };
        let mut facts = parts();
        facts.push(fact("r", RATE, "99%", "%")); // 98.998 % rounds to 99
        assert!(rules_of(facts).is_empty());
        let mut facts = parts();
        facts.push(fact("r", RATE, "90%", "%"));
        let found = run(facts);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, rules::RATE_DISAGREES_WITH_PARTS);
        assert_eq!(found[0].2, ["r", "p", "w"]);
        let mut facts = parts();
        facts.push(fact("r", RATE, "98.9%", "%")); // 98.998 is not 98.9 to one decimal
        assert_eq!(rules_of(facts), [rules::RATE_DISAGREES_WITH_PARTS]);
    }

    #[test]
    fn part_larger_than_whole() {
        let concluded = "dispute_resolution.reconsideration.concluded";
        let corrected = "dispute_resolution.reconsideration.corrected";
        let found = run(vec![
            fact("a", concluded, "200", "件"),
            fact("c", corrected, "224", "件"),
        ]);
        assert_eq!(
            found,
            [(
                rules::PART_EXCEEDS_WHOLE.to_string(),
                Severity::Warning,
                vec!["c".into(), "a".into()]
            )]
        );
        assert!(
            rules_of(vec![
                fact("a", concluded, "291", "件"),
                fact("c", corrected, "224", "件")
            ])
            .is_empty()
        );
        // `200余` may be 224: no finding
        assert!(
            rules_of(vec![
                fact("a", concluded, "200余", "件"),
                fact("c", corrected, "224", "件")
            ])
            .is_empty()
        );
        // cases concluded include those carried over: more than those accepted is no error
        assert!(
            rules_of(vec![
                fact(
                    "a",
                    "dispute_resolution.reconsideration.accepted",
                    "200",
                    "件"
                ),
                fact("c", concluded, "224", "件")
            ])
            .is_empty()
        );
        // cases won against the cases, or against the cases concluded when stated
        let cases = "dispute_resolution.litigation.cases";
        let won = "dispute_resolution.litigation.won";
        assert_eq!(
            rules_of(vec![fact("a", cases, "6", "起"), fact("b", won, "8", "起")]),
            [rules::PART_EXCEEDS_WHOLE]
        );
        assert!(
            rules_of(vec![
                fact("a", cases, "6", "起"),
                fact("c", "dispute_resolution.litigation.concluded", "9", "起"),
                fact("b", won, "8", "起")
            ])
            .is_empty()
        );
    }

    #[test]
    fn a_subset_of_a_set_stated_after_it_is_of_another_set() {
        // disputes resolved, then disputes a screening found: two sets, no relation
        let resolved = fact("r", RESOLVED, "6217", "件");
        let screened = fact("s", INVESTIGATED, "1305", "件");
        assert!(rules_of(vec![resolved.clone(), screened.clone()]).is_empty());
        assert_eq!(
            rules_of(vec![screened, resolved]),
            [rules::PART_EXCEEDS_WHOLE]
        );
    }

    #[test]
    fn a_rate_fits_any_count_it_may_be_over() {
        let accepted = "dispute_resolution.reconsideration.accepted";
        let concluded = "dispute_resolution.reconsideration.concluded";
        let corrected = "dispute_resolution.reconsideration.corrected";
        let rate = "dispute_resolution.reconsideration.correction_rate";
        let counts = || {
            vec![
                fact("a", accepted, "151", "件"),
                fact("c", concluded, "135", "件"),
                fact("k", corrected, "29", "件"),
            ]
        };
        // 29 / 151 = 19.2 %: over the cases accepted
        let mut facts = counts();
        facts.push(fact("r", rate, "19.2%", "%"));
        assert!(rules_of(facts).is_empty());
        // 29 / 135 = 21.48 %: over the cases concluded
        let mut facts = counts();
        facts.push(fact("r", rate, "21.48%", "%"));
        assert!(rules_of(facts).is_empty());
        // 30 %: over fewer cases, those decided on their merits
        let mut facts = counts();
        facts.push(fact("r", rate, "30%", "%"));
        assert!(rules_of(facts).is_empty());
        // 10 % fits no count: a finding naming both readings and suggesting neither
        let mut facts = counts();
        facts.push(fact("r", rate, "10%", "%"));
        let report = Report {
            facts: in_order(facts),
            ..Report::default()
        };
        let found = validate(&report);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].rule, rules::RATE_DISAGREES_WITH_PARTS);
        assert_eq!(
            found[0].message,
            "the stated rate 10% does not agree with 29件 / 135件 = 21.48% or 29件 / 151件 = 19.21%"
        );
        assert!(found[0].suggestion.is_none());
        // with one count stated, its reading is the suggestion, named as its basis
        let facts = vec![
            fact("c", concluded, "135", "件"),
            fact("k", corrected, "29", "件"),
            fact("r", rate, "10%", "%"),
        ];
        let report = Report {
            facts: in_order(facts),
            ..Report::default()
        };
        let s = validate(&report)[0].suggestion.clone().unwrap();
        assert_eq!(s.value.to_string(), "21.48");
        assert_eq!(s.reason, "行政复议纠错 over 审结行政复议案件");
    }

    #[test]
    fn breakdown_adding_up_to_more_than_the_whole() {
        let whole = fact("w", "government_services.hotline.cases", "515684", "条");
        let mut a = fact("a", "government_services.hotline.cases", "469918", "条");
        let mut b = fact("b", "government_services.hotline.cases", "55752", "条");
        a.concept = None;
        b.concept = None;
        a.part_of = Some("w".into());
        b.part_of = Some("w".into());
        assert_eq!(
            rules_of(vec![whole.clone(), a.clone(), b.clone()]),
            [rules::BREAKDOWN_SUM_MISMATCH]
        );
        b.value = Decimal::from(45752);
        b.text = "45752".into();
        assert!(rules_of(vec![whole, a, b]).is_empty());
    }

    #[test]
    fn conflicting_statements_of_one_concept() {
        let accepted = "dispute_resolution.reconsideration.accepted";
        assert_eq!(
            rules_of(vec![
                fact("a", accepted, "291", "件"),
                fact("b", accepted, "302", "件")
            ]),
            [rules::FACT_CONFLICT]
        );
        assert!(
            rules_of(vec![
                fact("a", accepted, "291", "件"),
                fact("b", accepted, "291", "件")
            ])
            .is_empty()
        );
        let transactions = "government_services.transactions";
        assert!(
            rules_of(vec![
                fact("a", transactions, "3万多", "件"),
                fact("b", transactions, "35000", "件")
            ])
            .is_empty(),
            "35000 lies inside 3万多"
        );
    }

    #[test]
    fn averages_next_to_a_lost_decimal_point() {
        let avg = fact(
            "avg",
            "enforcement.townships.avg_items_reclaimed",
            "2983",
            "项",
        );
        let mut rate = fact(
            "rate",
            "enforcement.townships.burden_reduction_rate",
            "5423777",
            "%",
        );
        rate.written_unit = Some("项".into());
        let found = run(vec![avg.clone(), rate]);
        assert!(
            found
                .iter()
                .any(|(r, s, f)| r == rules::FIGURE_LOST_DECIMAL_POINT
                    && *s == Severity::Warning
                    && f == &["avg"])
        );
        assert!(
            rules_of(vec![avg]).is_empty(),
            "an average alone is not suspect"
        );
    }

    #[test]
    fn every_rule_fired_here_is_registered() {
        for r in rules::RULES {
            assert!(rule(r.id).is_some());
            assert!(!r.summary.is_empty() && !r.example.is_empty());
        }
    }

    #[test]
    fn huge_values_never_panic() {
        // values at the edge of the decimal type: sums, quotients and tolerances overflow
        let huge = |id: &str, concept: &str, unit: &str| {
            let mut f = fact(id, concept, "1", unit);
            f.value = Decimal::MAX;
            f.text = "79228162514264337593543950335".into();
            f
        };
        let mut tiny = fact(
            "f9",
            "dispute_resolution.mediation.disputes_investigated",
            "0.001",
            "件",
        );
        tiny.value = Decimal::new(1, 3);
        let mut parts = vec![
            huge("f1", "dispute_resolution.mediation.disputes_resolved", "件"),
            huge("f2", "dispute_resolution.mediation.resolution_rate", "%"),
            tiny,
        ];
        for (i, id) in ["f3", "f4", "f5"].iter().enumerate() {
            let mut p = huge(id, "legal_aid.cases", "件");
            p.part_of = Some("f1".into());
            p.span.start += 100 * (i + 1);
            parts.push(p);
        }
        let mut about = huge("f6", "legal_aid.cases", "件");
        about.qualifier = Qualifier::About;
        about.text = "约79228162514264337593543950335".into();
        parts.push(about);
        let _ = run(parts);
    }
}
