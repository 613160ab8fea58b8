//! The checks: consistency rules and garbled-figure findings.
//!
//! Tolerance comes from the precision written, as in XBRL calculation checks:
//! each fact is an interval ([`bounds`]) — `99` stated as a rate is anything
//! that rounds to 99, `3万多` is 30000 to 40000 — and a relation is broken only
//! when no values inside the intervals satisfy it. The checks read only the
//! [`Report`], so they run the same on a report read from JSON.

use crate::concepts::{ValueKind, concept};
use crate::model::{Fact, FactKind, Finding, Qualifier, Report, Severity, Suggestion};
use crate::number::parse_figure;
use crate::relations::{PART_OF, RATE_OF};
use crate::rules::{self, rule};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

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
    lost_decimal_points(&levels, &out.clone(), &mut out);
    part_of(report, &mut out);
    rates_against_parts(report, &mut out);
    breakdowns(&levels, &mut out);
    conflicts(&levels, &mut out);
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

fn pow10(e: i32) -> Decimal {
    let mut d = Decimal::ONE;
    for _ in 0..e.unsigned_abs().min(27) {
        d = if e >= 0 {
            d * Decimal::TEN
        } else {
            d / Decimal::TEN
        };
    }
    d
}

/// The interval of values a fact allows, from its qualifier and the precision written.
pub fn bounds(f: &Fact) -> (Decimal, Decimal) {
    let v = f.value;
    let figure = parse_figure(f.text.trim_end_matches(['%', '％', '‰'])).ok();
    let exponent = figure.map_or(-(v.scale() as i32), |fig| fig.exponent);
    let step = {
        // `120余` steps by ten, `10余万` by a hundred thousand: trailing zeros widen the step
        let mantissa = (v / pow10(exponent)).trunc();
        let mut tz = 0;
        let mut m = mantissa;
        while !m.is_zero() && (m % Decimal::TEN).is_zero() && tz < 12 {
            m /= Decimal::TEN;
            tz += 1;
        }
        pow10(exponent + tz)
    };
    let half = pow10(exponent) / Decimal::TWO;
    match f.qualifier {
        Qualifier::Exact if exponent > 0 || f.unit == "%" => (v - half, v + half),
        Qualifier::Exact => (v, v),
        Qualifier::AtLeast => (v, v + step),
        Qualifier::AtMost => (v - step, v),
        Qualifier::About => (v - step, v + step),
    }
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
                "{} {} % is outside 0–{} %{}",
                c.zh,
                f.value,
                max,
                suggestion
                    .as_ref()
                    .map_or(String::new(), |s| format!("; probably {} %", s.value))
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
                    "{} {} is written without a % sign; read as {} %",
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
    let garbled: Vec<&Fact> = found
        .iter()
        .filter(|g| g.rule == rules::RATE_OUT_OF_RANGE && g.suggestion.is_some())
        .filter_map(|g| {
            levels
                .iter()
                .find(|f| g.facts.first() == Some(&f.id))
                .copied()
        })
        .collect();
    for f in levels {
        let is_average = f.concept.as_deref().is_some_and(|c| c.contains(".avg_"));
        if !is_average || f.value.scale() > 0 || f.value < Decimal::from(1000) {
            continue;
        }
        let near = garbled
            .iter()
            .any(|g| g.section == f.section && g.span.start.abs_diff(f.span.start) < 400);
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

fn part_of(report: &Report, out: &mut Vec<Finding>) {
    for (part_id, whole_id) in PART_OF {
        let (Some(part), Some(whole)) = (report.fact(part_id), report.fact(whole_id)) else {
            continue;
        };
        if bounds(part).0 > bounds(whole).1 {
            let (p, w) = (concept(part_id), concept(whole_id));
            out.push(finding(
                rules::PART_EXCEEDS_WHOLE,
                format!(
                    "{} {}{} is more than {} {}{}",
                    p.map_or(part_id, |c| c.zh),
                    part.text,
                    part.unit,
                    w.map_or(whole_id, |c| c.zh),
                    whole.text,
                    whole.unit
                ),
                &[part, whole],
                None,
            ));
        }
    }
}

fn rates_against_parts(report: &Report, out: &mut Vec<Finding>) {
    for (rate_id, part_id, whole_id) in RATE_OF {
        let (Some(rate), Some(part), Some(whole)) = (
            report.fact(rate_id),
            report.fact(part_id),
            report.fact(whole_id),
        ) else {
            continue;
        };
        let max = concept(rate_id).map_or(Decimal::ONE_HUNDRED, |c| rate_max(c.value_kind));
        if rate.value < Decimal::ZERO || rate.value > max {
            continue; // already an out-of-range finding
        }
        let ((plo, phi), (wlo, whi)) = (bounds(part), bounds(whole));
        if wlo <= Decimal::ZERO {
            continue;
        }
        let hundred = Decimal::ONE_HUNDRED;
        let (lo, hi) = (plo / whi * hundred, phi / wlo * hundred);
        let (rlo, rhi) = bounds(rate);
        if rhi < lo || rlo > hi {
            let computed = (part.value / whole.value * hundred).round_dp(2);
            out.push(finding(
                rules::RATE_DISAGREES_WITH_PARTS,
                format!(
                    "the stated rate {} % does not agree with {} / {} = {computed} %",
                    rate.value, part.text, whole.text
                ),
                &[rate, part, whole],
                Some(Suggestion {
                    value: computed,
                    unit: "%".into(),
                    reason: "computed from the part and the whole".into(),
                }),
            ));
        }
    }
}

fn breakdowns(levels: &[&Fact], out: &mut Vec<Finding>) {
    let mut parts: BTreeMap<&str, Vec<&Fact>> = BTreeMap::new();
    for f in levels {
        if let Some(w) = &f.part_of {
            parts.entry(w.as_str()).or_default().push(f);
        }
    }
    for (whole_id, ps) in parts {
        let Some(whole) = levels.iter().find(|f| f.id == whole_id) else {
            continue;
        };
        let low: Decimal = ps.iter().map(|p| bounds(p).0).sum();
        if low > bounds(whole).1 {
            let mut facts = vec![*whole];
            facts.extend(ps.iter().copied());
            out.push(finding(
                rules::BREAKDOWN_SUM_MISMATCH,
                format!(
                    "the parts after 其中 add up to {low}{}, more than the whole {}{}",
                    whole.unit, whole.text, whole.unit
                ),
                &facts,
                None,
            ));
        }
    }
}

fn conflicts(levels: &[&Fact], out: &mut Vec<Finding>) {
    let mut by_concept: BTreeMap<&str, Vec<&Fact>> = BTreeMap::new();
    for f in levels {
        if let Some(c) = &f.concept {
            by_concept.entry(c.as_str()).or_default().push(f);
        }
    }
    for (c, fs) in by_concept {
        for (i, a) in fs.iter().enumerate() {
            if let Some(b) = fs[i + 1..].iter().find(|b| {
                let ((alo, ahi), (blo, bhi)) = (bounds(a), bounds(b));
                a.unit == b.unit && (ahi < blo || bhi < alo)
            }) {
                out.push(finding(
                    rules::FACT_CONFLICT,
                    format!(
                        "{} is stated as {}{} and as {}{}",
                        concept(c).map_or(c, |k| k.zh),
                        a.text,
                        a.unit,
                        b.text,
                        b.unit
                    ),
                    &[a, b],
                    None,
                ));
                break;
            }
        }
    }
}
