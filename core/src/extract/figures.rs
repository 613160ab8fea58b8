//! Finding figures in the text: where each number starts and ends, its unit,
//! qualifier and kind, and the numbers that are not figures (with the reason).
//!
//! Every run of Arabic digits ends up either in a [`Candidate`] or in a
//! [`Skip`]; Chinese numerals become candidates only when a measure word
//! follows them (`三个`, `两次`), since they are mostly ordinary words.

use super::source::{Source, char_before, is_han, is_inline_space, skip_spaces};
use super::words::Words;
use crate::model::{FactKind, NotFactReason, Qualifier};
use crate::number::{
    ABOUT_PREFIX, AT_LEAST_PREFIX, AT_MOST_PREFIX, chinese_digit, chinese_unit, digit_value,
    is_chinese_numeral, is_chinese_point, is_vague_digit, parse_figure,
};
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

impl Candidate {
    /// A zero written as words (`清零`, `零败诉`) over `text[start..end]`: its unit comes
    /// from the concept it is given.
    fn zero_word(start: usize, end: usize) -> Self {
        Candidate {
            start,
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
        }
    }

    /// The act a zero word is written as (`零败诉`, `均无败诉`: `败诉`), after its `无`/`零`;
    /// none for `清零` and for every other figure.
    pub fn zero_act(&self, text: &str) -> Option<(usize, usize)> {
        let rest = text.get(self.start..self.end)?;
        let first = rest.chars().next()?;
        (self.zero_word && matches!(first, '无' | '零') && rest.len() > first.len_utf8())
            .then(|| (self.start + first.len_utf8(), self.end))
    }
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
    "块", "票", "幅", "栋", "幢", "艘", "架", "组", "盒", "箱", "瓶", "株", "棵", "封", "面", "根",
    "头", "只", "倍", "通", "個", "條", "處", "戶", "塊", "張", "輛", "間", "門", "门",
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
    let m = measure_word(rest)?;
    // `通` counts calls (`来电5.2万通`) unless it begins a word of its own (`12345通过`)
    if m == "通" && rest["通".len()..].starts_with(|c: char| CALL_NOT_AFTER.contains(c)) {
        return None;
    }
    Some(m)
}

/// Characters that make `通` after a figure the first of a word, not the measure of calls.
const CALL_NOT_AFTER: &str = "过知报道讯信告用畅行车俗关办达联盘晓";

/// The verbs of a change (`同比增长`), read before a figure.
const CHANGE_VERBS: [&str; 10] = [
    "增长", "增加", "上升", "提高", "提升", "下降", "减少", "降低", "回落", "下滑",
];

/// Words of degree between a change verb and its figure (`增长超过`, `增长达`).
const DEGREE_WORDS: [&str; 5] = ["超过", "达到", "高达", "达", "逾"];

/// Phrases whose numerals are words, not figures.
const FIXED_PHRASES: [&str; 28] = [
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
    "三项制度",
    "一条龙",
    // a city's four (five) leading bodies: Party committee, congress, government, CPPCC
    "四套班子",
    "五套班子",
    "三重一大",
];

/// Words before a number that say the number is an ordinal.
const ORDINAL_BEFORE: [char; 1] = ['第'];

static RATE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"率[ \u3000]*(?:为|达|达到|是|均为|均达|均达到|保持|保持在|稳定在|提升至|提升到|提高至|提高到|达至|高达|超过|达到了)?[ \u3000]*$")
        .unwrap()
});
static CHANGE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(同比|环比|(?:较|比)(?:上年|去年|上一年|[0-9]{4}年)(?:同期)?|与(?:上年|去年|[0-9]{4}年)(?:同期)?相比)?[，,]?[ \u3000]*(增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑)了?(?:超过|达到|高达|达|逾)?[ \u3000]*$")
        .unwrap()
});
static HOTLINE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[”\x22]?(?:政务服务|便民服务|政务|服务|市民|投诉举报|公共法律服务|法律服务|政务便民)?(?:热线|专线|服务热线|平台|便民)")
        .unwrap()
});

/// Characters that, before `近` or `约`, make it part of a word (习近平, 村规民约).
const NOT_NEAR: [char; 6] = ['习', '最', '附', '亲', '邻', '临'];
/// Characters that, before `上`, make it part of a word (`以上`, `线上`, `网上`).
const NOT_UP: [char; 6] = ['以', '线', '网', '之', '级', '向'];
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
            figures.push(Candidate::zero_word(pos, end));
            consumed = end;
        } else if matches!(c, '无' | '零')
            && region_at(regions, pos).is_none()
            && let Some(end) = none_done(text, pos + c.len_utf8())
        {
            // `均无败诉`, `零败诉`: none of what the act does, a zero whose unit comes from
            // its concept
            figures.push(Candidate::zero_word(pos, end));
            consumed = end;
        } else if c == '翻' && region_at(regions, pos).is_none() {
            consumed = doubling(text, pos, &mut figures).unwrap_or(pos + c.len_utf8());
        } else if is_chinese_numeral(c)
            || (is_vague_digit(c) && text[pos + c.len_utf8()..].starts_with(is_unit_char))
        {
            consumed = chinese(text, pos, regions, &mut figures, &mut skips);
        }
    }
    share_list_qualifiers(text, &mut figures);
    share_list_changes(text, &mut figures);
    (figures, skips)
}

/// Figures coordinated right after a change (`同比增长5%、26%`, `分别上升76.9%和60.5%`) are
/// changes too: the change verb governs the whole list, not only its first figure, and a
/// fall (`下降`) is a fall for each of them.
fn share_list_changes(text: &str, figures: &mut [Candidate]) {
    for k in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(k);
        let (prev, cur) = (&head[k - 1], &mut tail[0]);
        let joined = text
            .get(prev.extent_end..cur.start)
            .is_some_and(|j| matches!(j, "、" | "和" | "与" | "及"));
        let change = matches!(
            prev.kind,
            FactKind::ChangePercent | FactKind::ChangeAbsolute
        );
        if joined && change && cur.kind == FactKind::Level && prev.unit == cur.unit {
            cur.kind = prev.kind;
            if prev.value.is_sign_negative() {
                cur.value = -cur.value;
            }
        }
    }
}

/// The end of an act right after `无`/`零` that closes its clause (`均无败诉。`, `零败诉，`,
/// `无败诉案件`): the act was done to none. An act that goes on to an object (`无违法行为`)
/// or a word that is no act (`无论`, `零距离`) says nothing countable.
fn none_done(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    let len = super::lexicon::verb_at(rest)?;
    if super::lexicon::roles_at(rest) & super::lexicon::role::ACT == 0 {
        return None;
    }
    let after = &rest[len..];
    let after = after.strip_prefix("案件").unwrap_or(after);
    let closes = after.is_empty() || after.starts_with(|c: char| "，,。；;、！!\n".contains(c));
    closes.then_some(at + len)
}

/// A qualifier written before the first of figures listed with nothing but `、` between them
/// (`分别配备不少于3名、2名`) is said of each of them; one written after a figure (`3名以上`)
/// is said of that figure only.
fn share_list_qualifiers(text: &str, figures: &mut [Candidate]) {
    let mut shared = false;
    for k in 1..figures.len() {
        let (head, tail) = figures.split_at_mut(k);
        let (prev, cur) = (&head[k - 1], &mut tail[0]);
        let listed = prev.qualifier != Qualifier::Exact
            && cur.qualifier == Qualifier::Exact
            && text.get(prev.extent_end..cur.start) == Some("、")
            && prev.unit == cur.unit
            && prev.kind == FactKind::Level
            && cur.kind == FactKind::Level;
        // whether the qualifier was written before the list (looked up only for list items)
        shared = listed
            && (shared
                || text[prev.start..].chars().next().is_some_and(|c| {
                    prefix_qualifier(&text[..prev.start], c)
                        .is_some_and(|(q, _)| q == prev.qualifier)
                }));
        if shared {
            cur.qualifier = prev.qualifier;
        }
    }
}

/// Whether `c` is a Chinese unit character (十 百 千 万 亿 and their other forms).
fn is_unit_char(c: char) -> bool {
    chinese_unit(c).is_some()
}

/// `翻一番` (2 倍), `翻两番` (4 倍): a change written as doublings.
fn doubling(text: &str, pos: usize, figures: &mut Vec<Candidate>) -> Option<usize> {
    let after = pos + '翻'.len_utf8();
    let mut chars = text[after..].chars();
    let n = chars.next().and_then(chinese_digit)?;
    if chars.next() != Some('番') || n == 0 || n > 10 {
        return None;
    }
    let end = after + text[after..].chars().next()?.len_utf8() + '番'.len_utf8();
    figures.push(Candidate {
        start: pos,
        end,
        extent_end: end,
        value: Decimal::from(1u64 << n),
        qualifier: Qualifier::Exact,
        unit: "倍".into(),
        written_unit: None,
        kind: FactKind::ChangeFactor,
        zero_word: false,
        cue_window: None,
        label: None,
        after: None,
    });
    Some(end)
}

/// The end of the numeral whose first part ends at `from`: its multipliers and
/// approximations (`3万多`, `10余万`, `24315万`), and the parts that continue it after a unit
/// (`1万3千`, `100万三千`, `一万三`, `十五点七`, `二十几万`), across the spaces a PDF
/// conversion leaves between them (`7万 5千 4百`, `一百 五 十 二`).
fn numeral_end(text: &str, from: usize) -> usize {
    let mut end = from;
    let mut last = char_before(text, from).unwrap_or(' ');
    loop {
        let i = skip_spaces(text, end);
        let spaced = i > end;
        let rest = &text[i..];
        let Some(c) = rest.chars().next() else { break };
        let after_unit = is_unit_char(last);
        let next = rest[c.len_utf8()..].chars().next();
        let numeric_last =
            is_unit_char(last) || digit_value(last).is_some() || chinese_digit(last).is_some();
        let step = if matches!(c, '余' | '多' | '餘') {
            // 120余, 3万多, 10多家 — but not the 多 of 多元, 多样, 多种, 多方, 多部门, 多措并举
            let word = !rest.starts_with("余元")
                && rest[c.len_utf8()..].starts_with(['元', '样', '种', '方', '部', '措']);
            (!spaced && !word && numeric_last).then_some(c.len_utf8())
        } else if is_unit_char(c) {
            // a unit after a number (`3 万`, `3千人`) or a larger one (`千万`), unless it starts
            // a measure word (`3千米`, `2百分点`); after 余 only 万 and 亿 (`10余万`)
            let measure = measure_at(text, i).is_some();
            (!measure && (last != '余' && last != '多' || matches!(c, '万' | '萬' | '亿' | '億')))
                .then_some(c.len_utf8())
        } else if chinese_digit(c).is_some() && after_unit {
            // 万三, 百 五: a digit that continues after a unit; across a space only when a
            // unit or the measure word follows it (`一百 五 十 二件`), else it is the next word
            let closes = measure_at(text, i + c.len_utf8()).is_some();
            (!spaced || closes || next.is_some_and(|n| is_unit_char(n) || n == ' '))
                .then_some(c.len_utf8())
        } else if digit_value(c).is_some() && after_unit {
            // 1万3千, 7万 5千: Arabic digits continue a numeral only when a unit follows them
            let e = digit_run_end(text, i);
            let u = skip_spaces(text, e);
            text[u..].starts_with(is_unit_char).then_some(e - i)
        } else if is_vague_digit(c) && (after_unit || next.is_some_and(is_unit_char)) {
            (!spaced).then_some(c.len_utf8())
        } else if is_chinese_point(c) && next.is_some_and(|n| chinese_digit(n).is_some()) {
            (!spaced && (chinese_digit(last).is_some() || after_unit)).then_some(c.len_utf8())
        } else if chinese_digit(c).is_some()
            && (is_chinese_point(last) || (chinese_digit(last).is_some() && !spaced))
        {
            // the digits after a point, or digit by digit (二〇二四)
            Some(c.len_utf8())
        } else {
            None
        };
        let Some(len) = step else { break };
        end = i + len;
        last = text[..end].chars().next_back().unwrap_or(' ');
    }
    end
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
    digit_run_end_in(text, pos, false)
}

/// [`digit_run_end`]; `percent`: the run follows `百分之`, so a full-width comma between digit
/// groups separates thousands whatever follows (`百分之９，９９９`).
fn digit_run_end_in(text: &str, pos: usize, percent: bool) -> usize {
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
                // separator only when a unit follows the group (`12，345件`); the group's
                // digits may be full-width (three bytes each)
                let group_end = (0..3).fold(after, |j, _| j + digit_len(j).unwrap_or(0));
                let unit_follows = measure_at(text, group_end).is_some()
                    || text[group_end..].starts_with([
                        '万', '亿', '萬', '億', '%', '％', '余', '多', ',', '，', '.', '．',
                    ]);
                if c == '，' && !unit_follows && !percent {
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
            ' ' if !percent
                && i - pos == group
                && digits_after > 0
                && split_digits(text, pos, after) =>
            {
                i = after;
                group = 0;
            }
            _ => break,
        }
    }
    i
}

/// Whether a space at `after - 1`, after the digits from `pos`, splits one number in two
/// (a page's layout or a PDF conversion put it there: `办理法律援助案件1 374件`). It does
/// when the digits stand between a word and their measure word: a Chinese character before
/// the first digit, and after the digits past the space a measure word or a multiplier.
/// A column of a table, a list or a number after punctuation is not joined: the figure
/// after the space is read alone, and the checks say it may read otherwise
/// (`figure.split_digits`).
fn split_digits(text: &str, pos: usize, after: usize) -> bool {
    if !char_before(text, pos).is_some_and(is_han) {
        return false;
    }
    let end = after
        + text[after..]
            .chars()
            .take_while(|c| digit_value(*c).is_some())
            .map(char::len_utf8)
            .sum::<usize>();
    measure_at(text, end).is_some() || text[end..].starts_with(['万', '亿', '萬', '億', '%', '％'])
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
    // a leading zero before more digits is a code or an index number (`202303-00026`), never a
    // count
    let mut digits = core.chars().filter(|c| digit_value(*c).is_some());
    if digits.next().and_then(digit_value) == Some(0)
        && digits.next().is_some()
        && !core.contains(['.', '．'])
    {
        return skip(NotFactReason::Name, core_end, skips);
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
        None if too_large(text, pos, core_end) => {
            // the whole numeral, multipliers included (`9999…亿元`)
            skip(
                NotFactReason::OutOfRange,
                numeral_end(text, core_end),
                skips,
            )
        }
        None => {
            let reason = if int_value.is_some_and(year_like) && n_digits == 4 {
                NotFactReason::Year
            } else {
                NotFactReason::Bare
            };
            skip(reason, core_end, skips)
        }
    }
}

/// Whether the numeral starting at `start`, whose first part ends at `first_end`, is too
/// large for an exact decimal (29 digits or more): a not-fact, never a clamped value.
fn too_large(text: &str, start: usize, first_end: usize) -> bool {
    let end = numeral_end(text, first_end);
    matches!(
        parse_figure(&text[start..end]),
        Err(crate::number::NumberError::Overflow(_))
    )
}

/// Whether a score's `分` stands at `pos` (`测评得分99.2分`): after Arabic digits only (`十分`
/// is "very"), and closing its word: what follows is no Chinese character, or a trailing
/// qualifier (`96分以上`, `90分左右`) or `的`. `3分钟`, `分局`, `分之` are other words.
fn score_at(text: &str, pos: usize) -> bool {
    let Some(rest) = text[pos..].strip_prefix('分') else {
        return false;
    };
    !rest.starts_with(is_han)
        || ["以上", "左右", "的", "。", "，"]
            .iter()
            .any(|w| rest.starts_with(w))
}

/// Reads multiplier, approximation and unit after a number core `start..core_end` and decides
/// whether it is a figure: it needs a unit, or a rate word before it.
fn figure_after(text: &str, start: usize, core_end: usize) -> Option<Candidate> {
    let end = numeral_end(text, core_end);
    let written = &text[start..end];
    let figure = parse_figure(written).ok()?;
    let mut qualifier = figure.qualifier;
    let mut unit = String::new();
    let mut fig_end = end;
    let mut extent_end = end;
    let u = skip_spaces(text, end);
    let rest = &text[u..];
    let mut value = figure.value;
    if let Some(p) = ["%", "％", "‰"].iter().find(|p| rest.starts_with(**p)) {
        unit.push('%');
        fig_end = u + p.len();
        extent_end = fig_end;
    } else if u == end && tenths(rest, value) {
        // 三成, 近两成: tenths, a share in percent
        value *= Decimal::TEN;
        unit.push('%');
        fig_end = u + '成'.len_utf8();
        extent_end = fig_end;
    } else if let Some(m) = measure_at(text, u) {
        unit.push_str(normalise_unit(m));
        extent_end = u + m.len();
    } else if text[start..].starts_with(|c: char| digit_value(c).is_some()) && score_at(text, u) {
        unit.push('分');
        extent_end = u + '分'.len_utf8();
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
    let first = text[start..].chars().next().unwrap_or(' ');
    let prefix_len = prefix_qualifier(before, first).map(|(q, len)| {
        qualifier = q;
        len
    });
    let left = &before[..before.len() - prefix_len.unwrap_or(0)];
    let left_clause = &left[super::source::clause_start(left)..];
    let mut written_unit = None;
    let mut kind = FactKind::Level;
    if unit == "个百分点" || unit == "百分点" {
        unit = "个百分点".into();
        kind = FactKind::ChangePoints;
    }
    if unit == "倍" {
        kind = FactKind::ChangeFactor; // 增长2.5倍: a change written as a multiple
    }
    // (a degree word may stand between the verb and its figure: `同比增长超过近50%`,
    // `增长达30%`; `提高至`/`提高到` name the level reached, no change)
    let tail = left_clause.trim_end_matches(is_inline_space);
    let tail = DEGREE_WORDS
        .iter()
        .find_map(|w| tail.strip_suffix(w))
        .unwrap_or(tail)
        .trim_end_matches('了');
    let change = CHANGE_VERBS
        .iter()
        .any(|v| tail.ends_with(v))
        .then(|| CHANGE_BEFORE.captures(left_clause))
        .flatten();
    if let Some(c) = change {
        let compared = c.get(1).is_some();
        if compared
            || matches!(kind, FactKind::ChangePoints | FactKind::ChangeFactor)
            || unit == "%"
        {
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

/// Words that `成` begins after a numeral, where it is no tenth (`三成立`, `一成不变`).
const NOT_TENTHS: &[char] = &[
    '立', '果', '效', '为', '功', '员', '本', '绩', '熟', '交', '型', '都', '长', '就', '片', '批',
    '套', '形', '年', '人', '品', '不', '风', '规', '全', '份',
];

/// Whether `rest` starts with the `成` of tenths after a figure of `value` (`三成`, `八成以上`):
/// a whole number of tenths from 1 to 10, not the start of a word (`一成不变`).
fn tenths(rest: &str, value: Decimal) -> bool {
    let Some(after) = rest.strip_prefix('成') else {
        return false;
    };
    value.fract().is_zero()
        && value >= Decimal::ONE
        && value <= Decimal::TEN
        && !after.starts_with(NOT_TENTHS)
}

/// An approximation word right before a number, and its length in bytes (the lists of
/// [`crate::number`]). `上` counts only before a unit (`上千`, not `以上3人`), `近` and `约`
/// not inside a word (`习近平`, `村规民约`).
fn prefix_qualifier(before: &str, first: char) -> Option<(Qualifier, usize)> {
    for (words, q) in [
        (AT_LEAST_PREFIX, Qualifier::AtLeast),
        (AT_MOST_PREFIX, Qualifier::AtMost),
        (ABOUT_PREFIX, Qualifier::About),
    ] {
        for w in words {
            if let Some(rest) = before.strip_suffix(w) {
                let prev = rest.chars().next_back();
                let word_part = match *w {
                    "近" => prev.is_some_and(|c| NOT_NEAR.contains(&c)),
                    "约" => prev.is_some_and(|c| NOT_ABOUT.contains(&c)),
                    "上" => !is_unit_char(first) || prev.is_some_and(|c| NOT_UP.contains(&c)),
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

/// `百分之九十九`, `百分之1,111`, `百分之百`: a percentage written in words.
fn percent_words(
    text: &str,
    pos: usize,
    regions: &[Region],
    figures: &mut Vec<Candidate>,
) -> usize {
    let num_start = pos + "百分之".len();
    let first_end = match text[num_start..].chars().next() {
        Some(c) if digit_value(c).is_some() => digit_run_end_in(text, num_start, true),
        Some(c) if is_chinese_numeral(c) => num_start + c.len_utf8(),
        _ => return num_start,
    };
    let end = numeral_end(text, first_end);
    if region_at(regions, pos).is_some() {
        return end;
    }
    let Ok(figure) = parse_figure(&text[pos..end]) else {
        return end;
    };
    let mut qualifier = figure.qualifier;
    if let Some((q, _)) = prefix_qualifier(&text[..pos], '百') {
        qualifier = q;
    }
    let mut extent_end = end;
    for (word, q) in [("以上", Qualifier::AtLeast), ("左右", Qualifier::About)] {
        if text[end..].starts_with(word) {
            qualifier = q;
            extent_end += word.len();
        }
    }
    figures.push(Candidate {
        start: pos,
        end,
        extent_end,
        value: figure.value,
        qualifier,
        unit: "%".into(),
        written_unit: None,
        kind: FactKind::Level,
        zero_word: false,
        cue_window: None,
        label: None,
        after: None,
    });
    extent_end
}

/// Words after `一` plus a measure word that make it an article, not a count (`一批典型案例`
/// goes on with a noun); a count of one closes its clause (`收到申请一件。`).
fn closes_clause(text: &str, pos: usize) -> bool {
    let rest = &text[skip_spaces(text, pos)..];
    rest.is_empty()
        || rest.starts_with(super::source::ends_clause)
        || rest.starts_with(['、', '）', ')', '”'])
        || rest.starts_with("以上")
        || rest.starts_with("左右")
}

/// Whether the clause before `before`'s end names a companion (`与…`, `同…`, `跟…`), after
/// which `一起` is `together`, not one case.
fn with_a_companion(before: &str) -> bool {
    // (within a clause's reach: a text with no punctuation is not read back to its start)
    let near = &before[super::source::floor_boundary(before, before.len().saturating_sub(120))..];
    let clause = near
        .rfind(super::source::ends_clause)
        .map_or(near, |i| &near[i..]);
    clause.contains(['与', '同', '跟']) && !clause.contains("同比")
}

/// A run of Chinese numerals: a figure when a measure word follows and the words around make
/// a count (`三个复议场所`, `会议两次`, `收到申请一件。`, `上千场`, `十五点七件`); else a
/// not-fact with its reason when it is followed by a measure word but counts nothing
/// (`一批`, `一件事`, `第三次`, `二十届`, `三年`), or nothing at all when it is part of a word
/// (`统一`, `百姓`).
fn chinese(
    text: &str,
    pos: usize,
    regions: &[Region],
    figures: &mut Vec<Candidate>,
    skips: &mut Vec<Skip>,
) -> usize {
    let first_end = pos
        + text[pos..]
            .chars()
            .take_while(|&c| is_chinese_numeral(c) || is_vague_digit(c))
            .map(char::len_utf8)
            .sum::<usize>();
    let end = numeral_end(text, first_end);
    let rest = &text[end..];
    let mut skip = |reason| {
        skips.push(Skip {
            start: pos,
            end,
            reason,
        });
        end
    };
    if let Some(r) = region_at(regions, pos) {
        return skip(r.reason);
    }
    if char_before(text, pos).is_some_and(|c| ORDINAL_BEFORE.contains(&c)) || rest.starts_with('是')
    {
        return skip(NotFactReason::Ordinal);
    }
    if rest.starts_with('届') || rest.starts_with("中全会") || rest.starts_with('大') {
        return skip(NotFactReason::Name);
    }
    let counted = measure_at(text, skip_spaces(text, end)).is_some();
    // Arabic digits taken into the numeral (`万0百`) are accounted for even when it is no figure
    let digits_inside = text[pos..end].chars().any(|c| digit_value(c).is_some());
    let account = counted || digits_inside;
    // most numerals of a text are words (`统一`, `进一步`): no measure, no %, no 成, no rate
    // word before them; they are passed over at once
    let maybe_figure = account
        || rest.starts_with(['%', '％', '‰', '成'])
        || text[..pos].chars().rev().take(8).any(|c| c == '率');
    if !maybe_figure {
        return if rest.starts_with('年') {
            skip(NotFactReason::Duration) // 连续三年, 两年来
        } else {
            end
        };
    }
    if in_fixed_phrase(text, pos) {
        return if account {
            skip(NotFactReason::FixedPhrase)
        } else {
            end
        };
    }
    // the numeral characters alone (no 余, 多 or spaces)
    let digits: Vec<char> = text[pos..end]
        .chars()
        .filter(|&c| is_chinese_numeral(c) || is_vague_digit(c) || is_chinese_point(c))
        .collect();
    let approximate =
        text[pos..end].contains(['余', '多', '餘']) || digits.iter().any(|&c| is_vague_digit(c));
    if let [only] = digits[..] {
        let prefixed = prefix_qualifier(&text[..pos], only).is_some();
        let word = match only {
            // 一 counts when the count closes its clause; else it is an article; and `一起`
            // after a companion (`与当地调解组织一起，`) is `together`
            '一' | '壹' => {
                !(counted && closes_clause(text, measure_end(text, end)))
                    || (rest.starts_with('起') && with_a_companion(&text[..pos]))
            }
            // 十 reads like a digit (`案例十个`)
            '十' | '拾' => false,
            // a lone 百, 千, 万, 亿 needs a word of approximation (`上千`, `近千`, `千余`)
            c if is_unit_char(c) => !(prefixed || approximate),
            _ => false,
        };
        if word {
            return if account {
                skip(NotFactReason::Word)
            } else {
                end
            };
        }
    }
    match figure_after(text, pos, first_end) {
        Some(c) => {
            let e = c.extent_end;
            figures.push(c);
            e
        }
        None if rest.starts_with('年') => skip(NotFactReason::Duration),
        None if too_large(text, pos, first_end) => skip(NotFactReason::OutOfRange),
        None if account => skip(NotFactReason::Bare),
        None => end,
    }
}

/// Where the measure word after a numeral ending at `end` ends (or `end` when none follows).
fn measure_end(text: &str, end: usize) -> usize {
    let u = skip_spaces(text, end);
    measure_at(text, u).map_or(end, |m| u + m.len())
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
        // against the same period of the year before, with a space before the figure
        let src = Source::new("办理事项315019件,比去年同期增加 123232件,与上年同期相比减少3件");
        let f = scan(&src, &[]).0;
        assert_eq!(f[1].kind, FactKind::ChangeAbsolute);
        assert_eq!(f[2].kind, FactKind::ChangeAbsolute);
        assert_eq!(f[2].value.to_string(), "-3");
        // a degree word between the verb and the figure; a level reached is no change
        let src = Source::new("同比增长超过近50%,下降达3.5%,办结率提高至98%");
        let f = scan(&src, &[]).0;
        let kinds: Vec<FactKind> = f.iter().map(|c| c.kind).collect();
        assert_eq!(
            kinds,
            [
                FactKind::ChangePercent,
                FactKind::ChangePercent,
                FactKind::Level
            ]
        );
        assert_eq!(f[1].value.to_string(), "-3.5");
    }

    #[test]
    fn a_change_verb_governs_the_figures_coordinated_after_it() {
        let src = Source::new(
            "办理鉴定、仲裁案件同比增长5%、26%,受理和审结分别下降7.5%和60.5%,其中受理21件和审结8件",
        );
        let f = scan(&src, &[]).0;
        let kinds: Vec<(FactKind, String)> =
            f.iter().map(|c| (c.kind, c.value.to_string())).collect();
        assert_eq!(
            kinds,
            [
                (FactKind::ChangePercent, "5".into()),
                (FactKind::ChangePercent, "26".into()),
                (FactKind::ChangePercent, "-7.5".into()),
                (FactKind::ChangePercent, "-60.5".into()),
                (FactKind::Level, "21".into()),
                (FactKind::Level, "8".into()),
            ]
        );
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

    /// (value, unit, qualifier) of every figure of `text`.
    fn read(text: &str) -> Vec<(String, String, Qualifier)> {
        figs(text)
            .into_iter()
            .map(|(_, v, u, q)| (v, u, q))
            .collect()
    }

    fn one(text: &str) -> (String, String, Qualifier) {
        let got = read(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got.into_iter().next().unwrap()
    }

    fn is(v: &str, u: &str, q: Qualifier) -> (String, String, Qualifier) {
        (v.to_string(), u.to_string(), q)
    }

    #[test]
    fn digits_split_by_a_space_between_a_word_and_its_measure() {
        use Qualifier::*;
        // a thousands grouping, or a stray space: one number
        assert_eq!(one("办理法律援助案件1 374件"), is("1374", "件", Exact));
        assert_eq!(one("行政应诉案件1 6起"), is("16", "起", Exact));
        assert_eq!(one("罚没款12 345万元"), is("123450000", "元", Exact));
        // after punctuation, a space or another number: two numbers, the first bare
        assert_eq!(read("行政应诉案件，1 6起"), [is("6", "起", Exact)]);
        assert_eq!(
            skipped("行政应诉案件，1 6起"),
            [("1".into(), NotFactReason::Bare)]
        );
        assert_eq!(read("行政复议 12 15件"), [is("15", "件", Exact)]);
        // no measure word after the digits: no figure to join
        assert!(read("表1 6").is_empty());
        // two spaces are a gap, not a split
        assert_eq!(read("应诉案件1  6起"), [is("6", "起", Exact)]);
    }

    #[test]
    fn codes_with_leading_zeros_are_names() {
        assert!(read("索引号202303-00026组配分类").is_empty());
        assert!(skipped("编号00026组").contains(&("00026".into(), NotFactReason::Name)));
        assert_eq!(one("增长0.5个百分点").0, "0.5");
    }

    #[test]
    fn scores_in_points() {
        use Qualifier::*;
        assert_eq!(one("群众满意度测评99.2分。"), is("99.2", "分", Exact));
        assert_eq!(one("考核得分96分以上"), is("96", "分", AtLeast));
        // minutes, a branch office, 十分 (very): no score
        assert_eq!(one("用时3分钟"), is("3", "分钟", Exact));
        assert!(
            read("公安3分局，十分重要，三分之一")
                .iter()
                .all(|(_, u, _)| u != "分")
        );
    }

    #[test]
    fn long_and_vague_chinese_numerals() {
        use Qualifier::*;
        assert_eq!(
            one("罚没金额八千三百八十五万二千三百二十六点三三元"),
            is("83852326.33", "元", Exact)
        );
        assert_eq!(one("服务群众十余万人次"), is("100000", "人次", AtLeast));
        assert_eq!(one("挽回损失五百余万元"), is("5000000", "元", AtLeast));
        assert_eq!(one("涉案金额一百二十几亿元").1, "元");
    }

    #[test]
    fn single_character_numerals_that_count() {
        use Qualifier::*;
        assert_eq!(one("收到申请一件。"), is("1", "件", Exact));
        assert_eq!(one("公布指导性案例十个。"), is("10", "个", Exact));
        assert_eq!(one("召开会议两次，"), is("2", "次", Exact));
        assert_eq!(one("查处违法案件一起。"), is("1", "起", Exact));
        // and the words where a numeral counts nothing
        for words in [
            "一是加强学习",
            "统一思想",
            "进一步完善",
            "第一次会议",
            "“十四五”规划",
            "推行一站式服务",
            "高效办成一件事",
            "推进一网通办",
            "建立三项制度",
            "公布一批典型案例",
            "建立一个机制",
            "惠及百姓",
            "并与当地人民调解组织一起,将他们全部化解",
            "市四套班子领导参加",
        ] {
            assert!(read(words).is_empty(), "{words}: {:?}", read(words));
        }
        // counted things that are not figures are accounted for with their reason
        let s = skipped("公布一批典型案例，第三次会议，二十届三中全会，连续三年");
        let reasons: Vec<NotFactReason> = s.iter().map(|s| s.1).collect();
        assert!(reasons.contains(&NotFactReason::Word), "{s:?}");
        assert!(reasons.contains(&NotFactReason::Ordinal), "{s:?}");
        assert!(reasons.contains(&NotFactReason::Name), "{s:?}");
        assert!(reasons.contains(&NotFactReason::Duration), "{s:?}");
    }

    #[test]
    fn chinese_decimals_are_read_whole() {
        use Qualifier::*;
        assert_eq!(one("人均办理二点五件"), is("2.5", "件", Exact));
        assert_eq!(one("受理一百二十點五件"), is("120.5", "件", Exact));
        let (v, u, _) = one("同比增长十五点七件");
        assert_eq!((v.as_str(), u.as_str()), ("15.7", "件"));
        assert_eq!(one("办结二点零件"), is("2.0", "件", Exact));
    }

    #[test]
    fn vague_amounts() {
        use Qualifier::*;
        for (text, want) in [
            ("开展宣讲上千场", is("1000", "场", AtLeast)),
            ("接待群众近千人次", is("1000", "人次", AtMost)),
            ("惠及企业万余家", is("10000", "家", AtLeast)),
            ("压减材料逾百份", is("100", "份", AtLeast)),
            ("开展活动数十场", is("10", "场", AtLeast)),
            ("办理几十件", is("10", "件", AtLeast)),
            ("惠及二十几万人", is("200000", "人", AtLeast)),
            ("开展千余场", is("1000", "场", AtLeast)),
            ("发放百余份", is("100", "份", AtLeast)),
            ("调处十几件", is("10", "件", AtLeast)),
            ("办理幾十件", is("10", "件", AtLeast)),
        ] {
            assert_eq!(one(text), want, "{text}");
        }
    }

    #[test]
    fn tenths_and_multiples() {
        use Qualifier::*;
        let src = Source::new("案件数量减少三成，近两成，超过九成，八成以上");
        let f = scan(&src, &[]).0;
        let got: Vec<(String, String, Qualifier, FactKind)> = f
            .iter()
            .map(|c| (c.value.to_string(), c.unit.clone(), c.qualifier, c.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("-30".into(), "%".into(), Exact, FactKind::ChangePercent),
                ("20".into(), "%".into(), AtMost, FactKind::Level),
                ("90".into(), "%".into(), AtLeast, FactKind::Level),
                ("80".into(), "%".into(), AtLeast, FactKind::Level),
            ]
        );
        // 成 that starts a word is no tenth
        assert!(read("一成不变，三成立").is_empty());
        let src = Source::new("受案量增长2.5倍，诉讼量翻一番");
        let f = scan(&src, &[]).0;
        let got: Vec<(String, String, FactKind)> = f
            .iter()
            .map(|c| (c.value.to_string(), c.unit.clone(), c.kind))
            .collect();
        assert_eq!(
            got,
            [
                ("2.5".into(), "倍".into(), FactKind::ChangeFactor),
                ("2".into(), "倍".into(), FactKind::ChangeFactor)
            ]
        );
    }

    #[test]
    fn measure_words_of_every_kind() {
        use Qualifier::*;
        for (text, want) in [
            ("学习时长32学时", is("32", "学时", Exact)),
            ("赞成 41 票", is("41", "票", Exact)),
            ("走访企业600余家次", is("600", "家次", AtLeast)),
            ("吸引投资1.98亿美元", is("198000000", "美元", Exact)),
            ("分为5大类", is("5", "大类", Exact)),
            ("压缩至3个工作日", is("3", "个工作日", Exact)),
            ("缩短2.5天", is("2.5", "天", Exact)),
            ("摆放展板54块", is("54", "块", Exact)),
            ("低于百分之三", is("3", "%", AtMost)),
            ("接听群众来电5.2万余通", is("52000", "通", AtLeast)),
        ] {
            assert_eq!(one(text), want, "{text}");
        }
        // `通` begins a word of its own there: the number is no count of calls
        assert!(read("市民拨打12345通过热线反映诉求").is_empty());
        let s = skipped("连续5年获评");
        assert_eq!(s, [("5".to_string(), NotFactReason::Duration)]);
    }

    #[test]
    fn figures_too_large_for_a_decimal_are_out_of_range() {
        let nines = "9".repeat(40);
        let s = skipped(&format!("受理{nines}件，罚没{}亿元", "9".repeat(25)));
        assert_eq!(
            s.iter().map(|s| s.1).collect::<Vec<_>>(),
            [NotFactReason::OutOfRange, NotFactReason::OutOfRange],
            "{s:?}"
        );
        let s = skipped(&format!("办结{}件", "九".repeat(39)));
        assert_eq!(
            s.iter().map(|s| s.1).collect::<Vec<_>>(),
            [NotFactReason::OutOfRange]
        );
        assert!(figs("亿亿亿亿件，一亿亿元").is_empty());
    }

    #[test]
    fn digit_groups_of_mixed_widths_do_not_panic() {
        // a separator followed by half- and full-width digits: each is one character
        for text in ["1,1１1件", "１，１1１件", "1，１１１件", "１,２３４．５件"]
        {
            let _ = figs(text);
        }
        assert_eq!(one("共1,1１1件"), is("1111", "件", Qualifier::Exact));
    }

    #[test]
    fn spoken_financial_traditional_and_spaced_numerals() {
        use Qualifier::*;
        for (text, want) in [
            ("受理一万三件", is("13000", "件", Exact)),
            ("惠及三万五人", is("35000", "人", Exact)),
            ("完成兩千兩百貳拾二件", is("2222", "件", Exact)),
            ("受理一百 五 十 二件", is("152", "件", Exact)),
            ("惠及7万 5千 4百人", is("75400", "人", Exact)),
            ("惠及1万3千人", is("13000", "人", Exact)),
            ("惠及100万三千人", is("1003000", "人", Exact)),
            ("罚没三万亿元", is("3000000000000", "元", Exact)),
            ("罚没１，２３４．５６万元", is("12345600", "元", Exact)),
        ] {
            assert_eq!(one(text), want, "{text}");
        }
        assert_eq!(one("满意率百分之1,111"), is("1111", "%", Exact));
        assert_eq!(one("满意率百分之９，９９９"), is("9999", "%", Exact));
        assert_eq!(one("出庭率百分之百"), is("100", "%", Exact));
    }

    #[test]
    fn a_qualifier_before_a_list_is_said_of_every_item() {
        let q = |text: &str| -> Vec<Qualifier> {
            crate::extract(text)
                .unwrap()
                .facts
                .iter()
                .map(|f| f.qualifier)
                .collect()
        };
        assert_eq!(
            q("调委会分别配备不少于3名、2名、1名专职人民调解员。"),
            [Qualifier::AtLeast; 3]
        );
        // after the figure, or with words between the items: that figure only
        assert_eq!(
            q("分别配备3名以上、2名专职人民调解员。"),
            [Qualifier::AtLeast, Qualifier::Exact]
        );
        assert_eq!(
            q("全年办理案件超过30件、办结25件。"),
            [Qualifier::AtLeast, Qualifier::Exact]
        );
        assert_eq!(
            q("受理约30件、12人次。"),
            [Qualifier::About, Qualifier::Exact]
        );
    }
}
