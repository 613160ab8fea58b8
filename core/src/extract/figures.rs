//! Finding figures in the text: where each number starts and ends, its unit,
//! qualifier and kind, and the numbers that are not figures (with the reason).
//!
//! Every run of Arabic digits ends up either in a [`Candidate`] or in a
//! [`Skip`]; Chinese numerals become candidates only when a measure word
//! follows them (`三个`, `两次`), since they are mostly ordinary words.

use super::source::{Source, char_before, is_inline_space, skip_spaces};
use super::words::Words;
use crate::model::{FactKind, NotFactReason, Qualifier};
use crate::number::{chinese_unit, digit_value, is_chinese_numeral, parse_figure};
use regex::Regex;
use rust_decimal::Decimal;
use std::sync::LazyLock;

/// A figure found in the text, before its meaning is known.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// The figure as written (`24315万`, `10余万`, `99%`): bytes `start..end`.
    pub start: usize,
    pub end: usize,
    /// Past the unit and any trailing qualifier (`以上`).
    pub extent_end: usize,
    pub value: Decimal,
    pub qualifier: Qualifier,
    /// Normalised unit; empty for a zero word (`清零`) until its concept gives one.
    pub unit: String,
    /// The measure word written after a rate whose `%` was lost.
    pub written_unit: Option<String>,
    pub kind: FactKind,
    /// `清零` and the like: a zero whose unit comes from its concept.
    pub zero_word: bool,
    /// Where to look for the cue instead of the words before the figure (one rate word of
    /// `办结率、满意率均为100%`).
    pub cue_window: Option<(usize, usize)>,
    /// The words that say what the figure counts (see `labels`), once they are known.
    pub label: Option<(usize, usize)>,
    /// The words attached right after the figure (`96个公共法律服务中心`), once known.
    pub after: Option<(usize, usize)>,
}

/// A number that is not a figure.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Skip {
    pub start: usize,
    pub end: usize,
    pub reason: NotFactReason,
}

/// A stretch of text whose numbers are not figures (titles, quotations, heading labels).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Region {
    pub start: usize,
    pub end: usize,
    pub reason: NotFactReason,
}

/// Measure words, longest first (a word before any word it starts with); traditional forms
/// are mapped by [`normalise_unit`]. Counts (`件 起 宗 人次 家次`), compound measures of work
/// (`学时 批次 场次`), amounts (`吨 公顷`), money in every currency (`元 美元 港元`) and
/// durations (`工作日 小时`). The data of [`measure_word`].
#[rustfmt::skip]
const MEASURES: &[&str] = &[
    "个工作日", "个百分点", "平方公里", "个小时", "工作日", "百分点", "平方米", "人次", "批次", "件次", "户次",
    "家次", "场次", "车次", "台次", "架次", "项次", "个次", "期次", "学时", "课时", "个月", "小时", "分钟", "公里", "千米",
    "公顷", "公斤", "千克", "大类", "美元", "港元", "欧元", "日元", "英镑", "件", "起", "宗", "个", "項", "项", "条",
    "次", "人", "名", "位", "家", "户", "場", "场", "期", "部", "份", "册", "本", "处", "所", "批", "轮", "篇",
    "卷", "套", "台", "辆", "间", "座", "类", "种", "支", "队", "天", "元", "亩", "吨", "张", "笔", "单", "例",
    "块", "票", "幅", "栋", "幢", "艘", "架", "组", "盒", "箱", "瓶", "株", "棵",
    "头", "只", "個", "條", "處", "戶", "塊", "張", "輛", "間", "門", "门",
];

/// The simplified form of a measure word.
pub(crate) fn normalise_unit(u: &str) -> &str {
    match u {
        "個" => "个",
        "項" => "项",
        "場" => "场",
        "條" => "条",
        "處" => "处",
        "戶" => "户",
        "塊" => "块",
        "張" => "张",
        "輛" => "辆",
        "間" => "间",
        "門" => "门",
        _ => u,
    }
}

static MEASURE_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(MEASURES));

/// The measure word `s` starts with, if any (the longest).
pub(crate) fn measure_word(s: &str) -> Option<&'static str> {
    MEASURE_WORDS.prefix_of(s)
}

fn measure_at(text: &str, pos: usize) -> Option<&'static str> {
    let rest = &text[pos..];
    let first = rest.chars().next()?;
    if first.is_ascii() {
        return None; // no measure word starts with an ASCII character: skip the lookup
    }
    measure_word(rest)
}

/// The verbs of a change (`同比增长`), read before a figure.
const CHANGE_VERBS: [&str; 10] = [
    "增长", "增加", "上升", "提高", "提升", "下降", "减少", "降低", "回落", "下滑",
];

/// Phrases whose numerals are words, not figures.
const FIXED_PHRASES: [&str; 24] = [
    "一件事",
    "一次办",
    "一次性",
    "一站式",
    "一网通办",
    "一网统管",
    "一窗",
    "一门",
    "一码",
    "一张网",
    "一把手",
    "一体化",
    "一盘棋",
    "两个维护",
    "两个确立",
    "两个大局",
    "四个意识",
    "四个自信",
    "四个全面",
    "三个务必",
    "八项规定",
    "十四五",
    "十五五",
    "一条龙",
];

/// Words before a number that say the number is an ordinal.
const ORDINAL_BEFORE: [char; 1] = ['第'];

static RATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"率[ \u3000]*(?:为|达|达到|是|均为|均达|均达到|保持|保持在|稳定在|提升至|提升到|提高至|提高到|达至|高达|超过|达到了)?[ \u3000]*$")
        .unwrap()
});
static CHANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(同比|环比|较上年|比上年|较去年|比去年|较上一年|较[0-9]{4}年|比[0-9]{4}年|与上年相比|与去年相比|与[0-9]{4}年相比)?[，,]?[ \u3000]*(增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)了?[ \u3000]*$")
        .unwrap()
});
static HOTLINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[”\x22]?(?:政务服务|便民服务|政务|服务|市民|投诉举报|公共法律服务|法律服务|政务便民)?(?:热线|专线|服务热线|平台|便民)")
        .unwrap()
});

const AT_LEAST_BEFORE: [&str; 4] = ["超过", "逾", "多于", "高于"];
const AT_MOST_BEFORE: [&str; 5] = ["将近", "接近", "不足", "不到", "近"];
const ABOUT_BEFORE: [&str; 2] = ["大约", "约"];

/// Characters that, before `近` or `约`, make it part of a word (习近平, 村规民约).
const NOT_NEAR: [char; 6] = ['习', '最', '附', '亲', '邻', '临'];
const NOT_ABOUT: [char; 12] = [
    '民', '规', '公', '条', '合', '签', '预', '制', '节', '契', '邀', '特',
];

/// Reads the numbers of the text, outside and inside the given regions.
pub(crate) fn scan(src: &Source, regions: &[Region]) -> (Vec<Candidate>, Vec<Skip>) {
    let text = src.text;
    let mut figures = Vec::new();
    let mut skips = Vec::new();
    // the end of the last number read: characters before it were consumed by it
    let mut consumed = 0;
    for (pos, c) in text.char_indices() {
        if pos < consumed {
            continue;
        }
        if digit_value(c).is_some() {
            consumed = arabic(text, pos, regions, &mut figures, &mut skips);
        } else if c == '百' && text[pos..].starts_with("百分之") {
            consumed = percent_words(text, pos, regions, &mut figures);
        } else if c == '清' && text[pos..].starts_with("清零") && region_at(regions, pos).is_none()
        {
            let end = pos + "清零".len();
            figures.push(Candidate {
                start: pos,
                end,
                extent_end: end,
                value: Decimal::ZERO,
                qualifier: Qualifier::Exact,
                unit: String::new(),
                written_unit: None,
                kind: FactKind::Level,
                zero_word: true,
                cue_window: None,
                label: None,
                after: None,
            });
            consumed = end;
        } else if is_chinese_numeral(c) {
            consumed = chinese(text, pos, regions, &mut figures, &mut skips);
        }
    }
    (figures, skips)
}

fn region_at(regions: &[Region], pos: usize) -> Option<&Region> {
    let i = regions.partition_point(|r| r.end <= pos);
    regions[i..]
        .iter()
        .take_while(|r| r.start <= pos)
        .find(|r| r.start <= pos && pos < r.end)
}

/// The end of a run of Arabic digits with separators and a decimal point, from `pos`.
fn digit_run_end(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    let mut i = pos;
    let mut seen_point = false;
    let mut group = 0usize; // digits since the last separator
    let digit_len = |i: usize| -> Option<usize> {
        let c = text[i..].chars().next()?;
        digit_value(c).map(|_| c.len_utf8())
    };
    while i < b.len() {
        if let Some(l) = digit_len(i) {
            i += l;
            group += 1;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let after = i + c.len_utf8();
        let digits_after = {
            let mut j = after;
            let mut n = 0;
            while let Some(l) = (j < b.len()).then(|| digit_len(j)).flatten() {
                j += l;
                n += 1;
            }
            n
        };
        match c {
            ',' | '，' if !seen_point && group <= 3 && digits_after == 3 => {
                // a full-width comma also separates clauses: take it as a thousands
                // separator only when a unit follows the group (`12，345件`)
                let group_end = after + 3;
                let unit_follows = measure_at(text, group_end).is_some()
                    || text[group_end..]
                        .starts_with(['万', '亿', '%', '％', '余', '多', ',', '，']);
                if c == '，' && !unit_follows {
                    break;
                }
                i = after;
                group = 0;
            }
            '.' | '．' if !seen_point && digits_after > 0 => {
                seen_point = true;
                i = after;
                group = 0;
            }
            _ => break,
        }
    }
    i
}

fn arabic(
    text: &str,
    pos: usize,
    regions: &[Region],
    figures: &mut Vec<Candidate>,
    skips: &mut Vec<Skip>,
) -> usize {
    let core_end = digit_run_end(text, pos);
    let core = &text[pos..core_end];
    if let Some(r) = region_at(regions, pos) {
        skips.push(Skip {
            start: pos,
            end: core_end,
            reason: r.reason,
        });
        return core_end;
    }
    let plain_digits = core.chars().all(|c| digit_value(c).is_some());
    let after = skip_spaces(text, core_end);
    let rest = &text[after..];
    let skip = |reason, end: usize, skips: &mut Vec<Skip>| {
        skips.push(Skip {
            start: pos,
            end,
            reason,
        });
        end
    };
    let before = char_before(text, pos);
    if before.is_some_and(|c| ORDINAL_BEFORE.contains(&c)) {
        return skip(NotFactReason::Ordinal, core_end, skips);
    }
    let int_value: Option<u64> = if plain_digits {
        core.chars()
            .filter_map(digit_value)
            .try_fold(0u64, |a, d| a.checked_mul(10)?.checked_add(d as u64))
    } else {
        None
    };
    let n_digits = core.chars().count();
    let year_like = |v: u64| (1949..=2100).contains(&v);
    let figure = figure_after(text, pos, core_end);
    if let Some(v) = int_value {
        // years: 2024年, 2021—2025年, 〔2021〕, 20212025年 (a lost dash)
        let is_year = (n_digits == 4 && year_like(v))
            || (n_digits == 8 && year_like(v / 10_000) && year_like(v % 10_000));
        if rest.starts_with("年度") || (is_year && rest.starts_with('年')) {
            return skip(NotFactReason::Year, core_end, skips);
        }
        if is_year && figure.as_ref().is_none_or(|c| c.written_unit.is_some()) {
            return skip(NotFactReason::Year, core_end, skips);
        }
        if rest.starts_with('年') {
            return skip(NotFactReason::Duration, core_end, skips);
        }
        if (v <= 12 && rest.starts_with('月')) || (v <= 31 && rest.starts_with('日')) {
            return skip(NotFactReason::Date, core_end, skips);
        }
        // 12·4, 3•15: a month and a day joined by a dot
        if v <= 12
            && let Some(dot) = rest
                .chars()
                .next()
                .filter(|c| matches!(c, '•' | '·' | '・'))
        {
            let day_start = skip_spaces(text, after + dot.len_utf8());
            let day_end = digit_run_end(text, day_start);
            if day_end > day_start {
                skips.push(Skip {
                    start: pos,
                    end: core_end,
                    reason: NotFactReason::Date,
                });
                skips.push(Skip {
                    start: day_start,
                    end: day_end,
                    reason: NotFactReason::Date,
                });
                return day_end;
            }
        }
        if n_digits >= 3 && (HOTLINE_AFTER.is_match(rest) || text[..pos].ends_with("拨打")) {
            return skip(NotFactReason::Hotline, core_end, skips);
        }
        if rest.starts_with(|c: char| c.is_ascii_alphabetic())
            || rest.starts_with('届')
            || rest.starts_with("中全会")
            || rest.starts_with('号')
        {
            return skip(NotFactReason::Name, core_end, skips);
        }
    }
    match figure {
        Some(c) => {
            let end = c.extent_end;
            figures.push(c);
            end
        }
        None => {
            let end = core_end;
            let reason = if int_value.is_some_and(year_like) && n_digits == 4 {
                NotFactReason::Year
            } else {
                NotFactReason::Bare
            };
            skip(reason, end, skips)
        }
    }
}

/// Reads multiplier, approximation and unit after a number core `start..core_end` and decides
/// whether it is a figure: it needs a unit, or a rate word before it.
fn figure_after(text: &str, start: usize, core_end: usize) -> Option<Candidate> {
    let mut end = core_end;
    let mut i = skip_spaces(text, core_end);
    // 余/多 and 万/亿 in either order: 120余, 3万多, 10余万, 24315万
    loop {
        let rest = &text[i..];
        let c = rest.chars().next();
        match c {
            Some('余' | '多' | '餘')
                if !rest[3..].starts_with(['元', '样', '种', '方', '部', '措'])
                    || rest.starts_with("余元") =>
            {
                i += 3;
                end = i;
            }
            Some('万' | '萬' | '亿' | '億') => {
                i += 3;
                end = i;
            }
            Some('千' | '百') if rest[3..].starts_with(['万', '亿']) => {
                i += 3;
            }
            _ => break,
        }
        i = skip_spaces(text, i);
    }
    let written = &text[start..end];
    let figure = parse_figure(written).ok()?;
    let mut qualifier = figure.qualifier;
    let mut unit = String::new();
    let mut fig_end = end;
    let mut extent_end = end;
    let u = skip_spaces(text, end);
    let rest = &text[u..];
    if let Some(p) = ["%", "％", "‰"].iter().find(|p| rest.starts_with(**p)) {
        unit.push('%');
        fig_end = u + p.len();
        extent_end = fig_end;
    } else if let Some(m) = measure_at(text, u) {
        unit.push_str(normalise_unit(m));
        extent_end = u + m.len();
    }
    // trailing qualifiers after the unit: 100人以上, 3000人左右
    let tail = &text[extent_end..];
    if tail.starts_with("以上") {
        qualifier = Qualifier::AtLeast;
        extent_end += "以上".len();
    } else if tail.starts_with("左右") {
        qualifier = Qualifier::About;
        extent_end += "左右".len();
    }
    // approximation words before the number
    let before = &text[..start];
    let prefix_len = prefix_qualifier(before).map(|(q, len)| {
        qualifier = q;
        len
    });
    let left = &before[..before.len() - prefix_len.unwrap_or(0)];
    let left_clause = &left[super::source::clause_start(left)..];
    let mut written_unit = None;
    let mut kind = FactKind::Level;
    let mut value = figure.value;
    if unit == "个百分点" || unit == "百分点" {
        unit = "个百分点".into();
        kind = FactKind::ChangePoints;
    }
    let tail = left_clause
        .trim_end_matches(is_inline_space)
        .trim_end_matches('了');
    let change = CHANGE_VERBS
        .iter()
        .any(|v| tail.ends_with(v))
        .then(|| CHANGE_BEFORE.captures(left_clause))
        .flatten();
    if let Some(c) = change {
        let compared = c.get(1).is_some();
        if compared || kind == FactKind::ChangePoints || unit == "%" {
            if kind == FactKind::Level {
                kind = if unit == "%" {
                    FactKind::ChangePercent
                } else {
                    FactKind::ChangeAbsolute
                };
            }
            let verb = c.get(2).map_or("", |m| m.as_str());
            if matches!(verb, "下降" | "减少" | "降低" | "回落" | "下滑") {
                value = -value;
            }
        }
    }
    // a rate word closes the clause before the figure, at most a few characters back
    let near_rate = left_clause.chars().rev().take(8).any(|c| c == '率');
    if kind == FactKind::Level && unit != "%" && near_rate && RATE_BEFORE.is_match(left_clause) {
        if !unit.is_empty() {
            written_unit = Some(std::mem::take(&mut unit));
            extent_end = fig_end;
        }
        unit.push('%');
    }
    if figure.percent {
        unit = "%".into();
    }
    if unit.is_empty() {
        return None;
    }
    Some(Candidate {
        start,
        end: fig_end,
        extent_end,
        value,
        qualifier,
        unit,
        written_unit,
        kind,
        zero_word: false,
        cue_window: None,
        label: None,
        after: None,
    })
}

/// An approximation word right before a number, and its length in bytes.
fn prefix_qualifier(before: &str) -> Option<(Qualifier, usize)> {
    for (words, q) in [
        (&AT_LEAST_BEFORE[..], Qualifier::AtLeast),
        (&AT_MOST_BEFORE[..], Qualifier::AtMost),
        (&ABOUT_BEFORE[..], Qualifier::About),
    ] {
        for w in words {
            if let Some(rest) = before.strip_suffix(w) {
                let prev = rest.chars().next_back();
                let word_part = match *w {
                    "近" => prev.is_some_and(|c| NOT_NEAR.contains(&c)),
                    "约" => prev.is_some_and(|c| NOT_ABOUT.contains(&c)),
                    _ => false,
                };
                if !word_part {
                    return Some((q, w.len()));
                }
            }
        }
    }
    None
}

fn percent_words(
    text: &str,
    pos: usize,
    regions: &[Region],
    figures: &mut Vec<Candidate>,
) -> usize {
    let num_start = pos + "百分之".len();
    let mut end = num_start;
    for (b, c) in text[num_start..].char_indices() {
        if is_chinese_numeral(c) || digit_value(c).is_some() || c == '.' || c == '点' {
            end = num_start + b + c.len_utf8();
        } else {
            break;
        }
    }
    if end == num_start || region_at(regions, pos).is_some() {
        return if end == num_start { num_start } else { end };
    }
    let written = &text[pos..end];
    let cleaned: String = written.replace('点', ".");
    let value = parse_figure(&cleaned)
        .ok()
        .map(|f| f.value)
        .or_else(|| chinese_decimal(&text[num_start..end]));
    if let Some(value) = value {
        figures.push(Candidate {
            start: pos,
            end,
            extent_end: end,
            value,
            qualifier: Qualifier::Exact,
            unit: "%".into(),
            written_unit: None,
            kind: FactKind::Level,
            zero_word: false,
            cue_window: None,
            label: None,
            after: None,
        });
    }
    end
}

/// `九十九点五` → 99.5.
fn chinese_decimal(s: &str) -> Option<Decimal> {
    let (int, frac) = s.split_once('点')?;
    let whole = parse_figure(int).ok()?.value;
    let digits: String = frac
        .chars()
        .map(|c| {
            crate::number::chinese_digit(c)
                .or_else(|| digit_value(c))
                .and_then(|d| char::from_digit(d, 10))
        })
        .collect::<Option<String>>()?;
    let frac_value: Decimal = format!("0.{digits}").parse().ok()?;
    Some(whole + frac_value)
}

fn chinese(
    text: &str,
    pos: usize,
    regions: &[Region],
    figures: &mut Vec<Candidate>,
    skips: &mut Vec<Skip>,
) -> usize {
    let mut end = pos;
    for (b, c) in text[pos..].char_indices() {
        if is_chinese_numeral(c) {
            end = pos + b + c.len_utf8();
        } else {
            break;
        }
    }
    let run = &text[pos..end];
    let rest = &text[end..];
    // cheapest tests first: a lone 一 (一些, 统一, 进一步) or a lone 百/千/万 (百姓) is a word
    let single = run.len() == run.chars().next().map_or(0, char::len_utf8);
    let lone_unit = single && run.chars().next().and_then(chinese_unit).is_some();
    if (single && run == "一") || (lone_unit && !rest.starts_with(['余', '多'])) {
        return end;
    }
    let ordinal = char_before(text, pos).is_some_and(|c| ORDINAL_BEFORE.contains(&c))
        || rest.starts_with('是');
    if ordinal || region_at(regions, pos).is_some() {
        return end;
    }
    if rest.starts_with('届') || rest.starts_with("中全会") || rest.starts_with('大') {
        skips.push(Skip {
            start: pos,
            end,
            reason: NotFactReason::Name,
        });
        return end;
    }
    match figure_after(text, pos, end) {
        // 三天, 两个月: words of time, not counts
        Some(c)
            if !matches!(c.unit.as_str(), "天" | "个月" | "小时" | "分钟")
                && !in_fixed_phrase(text, pos) =>
        {
            let e = c.extent_end;
            figures.push(c);
            e
        }
        _ => end,
    }
}

/// Whether the numeral at `pos` is part of a fixed phrase, which may start before it
/// (`高效办成一件事`) or at it.
fn in_fixed_phrase(text: &str, pos: usize) -> bool {
    FIXED_PHRASES.iter().any(|p| {
        (pos.saturating_sub(p.len())..=pos)
            .filter(|&i| text.is_char_boundary(i))
            .any(|i| text[i..].starts_with(p) && i + p.len() > pos)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(text: &str) -> Vec<(String, String, String, Qualifier)> {
        let src = Source::new(text);
        scan(&src, &[])
            .0
            .into_iter()
            .map(|c| {
                (
                    text[c.start..c.end].to_string(),
                    c.value.to_string(),
                    c.unit,
                    c.qualifier,
                )
            })
            .collect()
    }

    fn skipped(text: &str) -> Vec<(String, NotFactReason)> {
        let src = Source::new(text);
        scan(&src, &[])
            .1
            .into_iter()
            .map(|s| (text[s.start..s.end].to_string(), s.reason))
            .collect()
    }

    #[test]
    fn plain_figures_with_units() {
        let f = figs("受理行政复议291件,受理后审结224件");
        assert_eq!(
            f[0],
            ("291".into(), "291".into(), "件".into(), Qualifier::Exact)
        );
        assert_eq!(f[1].0, "224");
    }

    #[test]
    fn multipliers_money_and_approximations() {
        let f = figs("罚没款24315万元,办理业务量3万多件,惠及10余万人次,涉及120余家");
        assert_eq!(
            f[0],
            (
                "24315万".into(),
                "243150000".into(),
                "元".into(),
                Qualifier::Exact
            )
        );
        assert_eq!(
            f[1],
            (
                "3万多".into(),
                "30000".into(),
                "件".into(),
                Qualifier::AtLeast
            )
        );
        assert_eq!(
            f[2],
            (
                "10余万".into(),
                "100000".into(),
                "人次".into(),
                Qualifier::AtLeast
            )
        );
        assert_eq!(f[3].3, Qualifier::AtLeast);
    }

    #[test]
    fn spaces_full_width_and_traditional() {
        let f = figs("建成136 个,办理1.3 万件,共１２３項");
        assert_eq!(f[0].1, "136");
        assert_eq!(
            f[1],
            (
                "1.3 万".into(),
                "13000".into(),
                "件".into(),
                Qualifier::Exact
            )
        );
        assert_eq!(
            f[2],
            ("１２３".into(), "123".into(), "项".into(), Qualifier::Exact)
        );
    }

    #[test]
    fn approximation_words_before_and_after() {
        assert_eq!(figs("近500件")[0].3, Qualifier::AtMost);
        assert_eq!(figs("约3000人")[0].3, Qualifier::About);
        assert_eq!(figs("超过2000人")[0].3, Qualifier::AtLeast);
        assert_eq!(figs("1000人以上")[0].3, Qualifier::AtLeast);
        assert_eq!(figs("习近平3次")[0].3, Qualifier::Exact);
        assert_eq!(figs("村规民约12条")[0].3, Qualifier::Exact);
    }

    #[test]
    fn rates_and_percent() {
        let f = figs("化解率99。满意率为98.5%,百分之九十九");
        assert_eq!(
            f[0],
            ("99".into(), "99".into(), "%".into(), Qualifier::Exact)
        );
        assert_eq!(
            f[1],
            ("98.5%".into(), "98.5".into(), "%".into(), Qualifier::Exact)
        );
        assert_eq!(f[2].1, "99");
        let src = Source::new("平均减负率达到5423777项权责清单");
        let c = &scan(&src, &[]).0[0];
        assert_eq!(
            (c.unit.as_str(), c.written_unit.as_deref()),
            ("%", Some("项"))
        );
    }

    #[test]
    fn changes() {
        let src = Source::new("受理100件,同比下降21.9%,较上年减少5件,提高2个百分点");
        let f = scan(&src, &[]).0;
        assert_eq!(f[1].kind, FactKind::ChangePercent);
        assert_eq!(f[1].value.to_string(), "-21.9");
        assert_eq!(f[2].kind, FactKind::ChangeAbsolute);
        assert_eq!(f[3].kind, FactKind::ChangePoints);
    }

    #[test]
    fn chinese_numerals_need_a_measure_word() {
        let f = figs("三个复议场所,两次会议,十二项,六县,一些,进一步,百姓,“一件事”,一是,第三次");
        let got: Vec<&str> = f.iter().map(|f| f.1.as_str()).collect();
        assert_eq!(got, ["3", "2", "12"]);
    }

    #[test]
    fn numbers_that_are_not_figures() {
        let s = skipped(
            "2024年,截至2023年3月15日,12 • 4全国宪法宣传周,12345政务服务热线,第3名,5G,3年以上,2021-2025年",
        );
        let reasons: Vec<NotFactReason> = s.iter().map(|s| s.1).collect();
        use NotFactReason::*;
        assert_eq!(
            reasons,
            [
                Year, Year, Date, Date, Date, Date, Hotline, Ordinal, Name, Duration, Year, Year
            ]
        );
    }
}
