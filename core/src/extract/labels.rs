//! The label of each figure: the words of its clause that say what it counts or rates.
//!
//! Reports write a count in two orders. Most often the words come first and the figure
//! closes them (`受理行政复议案件123件`, `化解率99`): the label is the stretch between the
//! previous figure (or the start of the clause) and this one, with the words around it
//! that carry no meaning of their own trimmed off — connectives (`其中`, `同时`), time and
//! scope (`2024年`, `全年`, `全市`), light verbs (`开展`, `召开`), the verb that introduces
//! the figure (`共`, `达`, `为`) and a closing parenthesis (`(含上年度结转)`). When those
//! words say nothing (`建成`, `共有`, or nothing at all), the figure stands before its noun
//! (`建成96个公共法律服务中心`) and the label is the noun phrase after the measure word.
//! A figure listed after another with nothing between but a separator (`3名、2名专职
//! 调解员`, table cells) shares the label of the one before when it has none of its own.
//!
//! A label is always a slice of the figure's sentence and never overlaps a figure.

use super::figures::Candidate;
use super::lexicon::Tokens;
use super::source::{Source, ends_clause, is_han, is_inline_space, skip_spaces};
use super::words::Words;
use regex::Regex;
use std::sync::LazyLock;

/// The longest label kept, in characters; a longer stretch is cut at a word that starts a
/// new phrase (`的`, `对`, `通过`…) or, failing that, kept up to [`HARD_MAX_CHARS`].
const MAX_CHARS: usize = 20;

/// The longest label of all, in characters: a longer stretch with no word to cut at keeps its
/// last characters.
const HARD_MAX_CHARS: usize = 32;

/// How many figures written one right after the other (`11批次166人的…`) share the words
/// after the last of them.
const MAX_CHAIN: usize = 3;

/// The longest noun phrase read after a measure word, in characters.
const MAX_RIGHT_CHARS: usize = 16;

/// Words that open a clause without saying what is counted, stripped from the label's start
/// (longest first where one is the start of another).
const LEADING: &[&str] = &[
    "其中",
    "同时",
    "此外",
    "另外",
    "并且",
    "以及",
    "截至目前",
    "截止目前",
    "今年以来",
    "近年来",
    "全年度",
    "本年度",
    "全年",
    "今年",
    "年内",
    "当年",
    "去年",
    "上年",
    "目前",
    "全系统",
    "全省",
    "全市",
    "全县",
    "全区",
    "全州",
    "全盟",
    "全旗",
    "全镇",
    "全乡",
    "全国",
    "各级",
    "我省",
    "我市",
    "我县",
    "我区",
    "我局",
    "我委",
    "我镇",
    "本单位",
    "共计",
    "累计",
    "总计",
    "合计",
    "先后",
    "依法",
    "积极",
    "开展",
    "举办",
    "组织",
    "召开",
    "进行",
    "共有",
    "现有",
    "拥有",
    "另",
    "并",
    "且",
    "还",
    "及",
    "和",
    "与",
    "共",
    "有",
    "已",
    "均",
    "又",
    "再",
    "的",
    "为",
    "对",
    "向",
    "将",
    "把",
    "全縣",
    "全市",
    "全區",
    "全省",
    "全國",
    "累計",
    "共計",
    "為",
    "對",
    "將",
    "並",
    "還",
];

/// Words that introduce the figure, stripped from the label's end (longest first where one
/// is the end of another).
const TRAILING: &[&str] = &[
    "分别为",
    "分别是",
    "分别达",
    "均为",
    "均达",
    "保持在",
    "稳定在",
    "提升至",
    "提升到",
    "提高至",
    "提高到",
    "增加至",
    "增加到",
    "增至",
    "降至",
    "达到了",
    "达到",
    "达至",
    "高达",
    "多达",
    "总数为",
    "共计",
    "累计",
    "总计",
    "合计",
    "不少于",
    "不少",
    "不低于",
    "不超过",
    "将近",
    "接近",
    "不足",
    "不到",
    "超过",
    "大约",
    "突破",
    "共有",
    "分别",
    "均",
    "都",
    "共",
    "计",
    "达",
    "为",
    "是",
    "有",
    "了",
    "约",
    "近",
    "超",
    "逾",
    "至",
    "在",
    "的",
    "将",
    "把",
    "对",
    "向",
    "達到",
    "達",
    "為",
    "共計",
    "累計",
    "總計",
    "分別",
    "將",
    "對",
];

/// Verbs that introduce a count of what follows the measure word (`建成96个服务中心`): a
/// label of only such a verb says nothing, the noun after the figure does.
const INTRO_VERBS: &[&str] = &[
    "建成", "建立", "设立", "成立", "设置", "培育", "培养", "安排", "选聘", "聘请", "聘任", "配备",
    "新聘", "抽取", "组建", "打造", "创建", "新增", "新建", "评选", "评出", "表彰", "命名", "认定",
    "选树", "发放", "公布", "发布", "曝光", "涉及", "覆盖", "走访", "指导", "帮助", "为", "对",
    "向", "给", "将", "把", "為", "對", "將", "給", "建成", "選聘", "聘用",
];

/// Words that open a clause: words attached after a figure that start with one of them are
/// the next statement of a text whose punctuation was lost, not the noun the figure counts.
const VERB_STARTS: &[&str] = &[
    "受理",
    "审结",
    "办结",
    "化解",
    "办理",
    "开展",
    "推动",
    "推进",
    "加强",
    "完善",
    "建立",
    "实现",
    "确保",
    "提升",
    "提高",
    "落实",
    "全面",
    "持续",
    "深化",
    "不断",
    "进一步",
    "有效",
    "同比",
    "较",
    "比",
    "占",
    "其中",
    "共",
    "累计",
    "新增",
    "发放",
    "组织",
    "举办",
    "召开",
    "出台",
    "制定",
    "印发",
    "针对",
    "围绕",
    "聚焦",
    "坚持",
    "健全",
    "积极",
    "严格",
    "依法",
    "全年",
    "今年",
];

/// Words that end a noun phrase read after a measure word (`7名执法人员参加…`).
const RIGHT_STOPS: &[&str] = &[
    // adverbs that open the verb phrase (`1260名人民调解员共排查…`)
    "共",
    "累计",
    "先后",
    "分别",
    "参加",
    "参与",
    "赴",
    "实现",
    "给予",
    "开展",
    "进行",
    "提供",
    "获得",
    "入选",
    "纳入",
    "未",
    "均",
    "全部",
    "已",
    "同比",
    "较上年",
    "比上年",
    "得到",
    "担任",
    "提出",
    "出具",
    "完成",
    "等",
    "以上",
    "左右",
    "受到",
    "作为",
    "基本",
    "已经",
    "被",
    "通过",
    "到位",
    "达到",
    "达",
    "为",
];

/// Words after which a long stretch may be cut: they open a new phrase.
const CUT_AFTER: &[&str] = &[
    "等", "的", "对", "在", "将", "把", "通过", "作出", "向", "为", "共", "以", "、", "从",
];

static LEADING_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(LEADING));
static TRAILING_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(TRAILING));
static INTRO_VERB_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(INTRO_VERBS));
static VERB_START_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(VERB_STARTS));
static RIGHT_STOP_WORDS: LazyLock<Words> = LazyLock::new(|| Words::new(RIGHT_STOPS));

/// Time at the start of a label: `2024年`, `2021年1-12月`, `截至2024年底`.
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:截[至止]到?)?(?:[0-9０-９]{4}(?:年度|年)?)?(?:[0-9０-９]{1,2}(?:[-—－~至][0-9０-９]{1,2})?月份?)?(?:[0-9０-９]{1,2}日)?(?:底|末|以来|期间)?",
    )
    .unwrap()
});

/// Gives each candidate its label (byte range), in place.
pub(crate) fn assign(src: &Source, words: &Tokens, candidates: &mut [Candidate]) {
    let text: &str = &src.folded;
    for k in 0..candidates.len() {
        candidates[k].after = attached_after(src, candidates, k);
    }
    for k in 0..candidates.len() {
        let c = &candidates[k];
        if c.label.is_some() {
            continue; // given by its table's column header
        }
        let label = match c.cue_window {
            Some((a, b)) => trimmed(text, a, b),
            None => label_of(src, candidates, k),
        };
        // a zero written as the act done to none (`零败诉`) is labelled by that act when
        // nothing before it names what is counted
        let label = label.or_else(|| c.zero_act(text));
        // a stretch before the figure is cut from its start, one after it is bounded already
        let label = label.map(|(a, b)| {
            if b <= c.start {
                cap(text, a, b)
            } else {
                (a, b)
            }
        });
        candidates[k].label = label.map(|l| snap(words, candidates, l));
    }
}

/// The label widened to the words it cuts into (`修订村规民` → `修订村规民约`, `结案件` →
/// `已结案件`), or narrowed to the words it holds whole when widening would reach a figure:
/// every label starts and ends where the lexicon cuts the text.
fn snap(words: &Tokens, figures: &[Candidate], (a, b): (usize, usize)) -> (usize, usize) {
    let floor = |x: usize| words.inside(x).map_or(x, |t| t.start);
    let ceil = |x: usize| words.inside(x).map_or(x, |t| t.end);
    // (the figures are in reading order: only those starting before `e` can overlap)
    let overlaps = |(s, e): (usize, usize)| {
        let upto = figures.partition_point(|f| f.start < e);
        figures[..upto]
            .iter()
            .rev()
            .take_while(|f| f.start + 256 > s)
            .any(|f| s < f.end)
    };
    let wide = (floor(a), ceil(b));
    if !overlaps(wide) {
        return wide;
    }
    let narrow = (ceil(a), floor(b));
    if narrow.0 < narrow.1 { narrow } else { (a, b) }
}

/// The words attached right after candidate `k` (no punctuation between), past the figures
/// that follow it at once (`11批次166人的新任…领导`): the noun it counts, or the act a
/// frequency counts.
fn attached_after(src: &Source, candidates: &[Candidate], k: usize) -> Option<(usize, usize)> {
    let text: &str = &src.folded;
    let c = &candidates[k];
    let (_, ce) = src.clause_at(c.start);
    let mut from = c.extent_end;
    let mut next = k + 1;
    // a few figures in a row at most (`11批次166人`): a run of them is no compound count
    while let Some(n) = candidates.get(next).filter(|_| next <= k + MAX_CHAIN) {
        if n.start < from {
            next += 1; // a figure read twice (`办结率、满意率均为100%`)
        } else if n.start == skip_spaces(text, from) && n.start < ce {
            from = n.extent_end;
            next += 1;
        } else {
            break;
        }
    }
    let limit = candidates
        .get(next)
        .map(|n| n.start)
        .filter(|&s| s < ce)
        .unwrap_or(ce.max(from));
    words_after(text, from, limit, c.unit == "次")
}

/// The label of candidate `k`, whose predecessors already have theirs.
fn label_of(src: &Source, candidates: &[Candidate], k: usize) -> Option<(usize, usize)> {
    let text: &str = &src.folded;
    let c = &candidates[k];
    let (cs, _) = src.clause_at(c.start);
    let prev = k.checked_sub(1).map(|j| &candidates[j]);
    let prev_end = prev
        .map(|p| p.extent_end)
        .filter(|&e| e >= cs && e <= c.start)
        .unwrap_or(cs);
    let own = trimmed(text, prev_end, c.start);
    let thin = own.is_none_or(|(a, b)| {
        let s = &text[a..b];
        s.chars().count() <= 2 || INTRO_VERB_WORDS.contains(s) || s.ends_with('等')
    });
    // a frequency stands before the act it counts (`2次专题听取…汇报`), a classifier before
    // the noun it counts (`28个领域的…制度`, `三个复议场所`): words attached after the figure
    // say what it counts, unless they open a new clause whose full stop was lost
    let right = c.after.filter(|&(a, _)| {
        thin || c.unit == "次" || VERB_START_WORDS.prefix_of(&text[a..]).is_none()
    });
    right
        .or(own)
        .or_else(|| {
            // listed after another figure with only a separator between: the same label
            let p = prev?;
            let between = text.get(p.extent_end..c.start)?;
            (src.sentence_index(p.start) == src.sentence_index(c.start)
                && between.chars().all(is_separator))
            .then_some(p.label)
            .flatten()
        })
        .or_else(|| {
            // nothing in its own clause (`…比例最高,达92.71%`): the words of the clause before,
            // in the same sentence and after any figure
            if prev_end != cs {
                return None;
            }
            let (ss, _) = src.sentence_at(c.start);
            let from = ss + super::source::clause_start(text[ss..cs].trim_end_matches(ends_clause));
            let from = prev
                .map(|p| p.extent_end)
                .filter(|&e| e > from && e <= cs)
                .unwrap_or(from);
            (from < cs).then(|| trimmed(text, from, cs)).flatten()
        })
}

/// Characters that separate the items of a list or the cells of a table row.
fn is_separator(c: char) -> bool {
    is_inline_space(c)
        || c.is_ascii_digit()
        || matches!(c, '、' | '|' | '｜' | '/' | '／' | '和' | '及' | '与' | '.')
}

/// Characters stripped from either end of a label: spaces and punctuation.
fn is_edge(c: char) -> bool {
    is_inline_space(c)
        || ends_clause(c)
        || matches!(
            c,
            '、' | '|'
                | '｜'
                | '“'
                | '”'
                | '"'
                | '\''
                | '‘'
                | '’'
                | '《'
                | '》'
                | '〈'
                | '〉'
                | '【'
                | '】'
                | '['
                | ']'
                | '—'
                | '-'
                | '·'
                | '•'
                | '…'
                | '~'
                | '／'
                | '/'
        )
}

/// Strips the meaningless words from both ends of `a..b`; `None` when nothing that names a
/// thing is left (no Han character or letter).
fn trimmed(text: &str, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    loop {
        let before = (a, b);
        let s = &text[a..b];
        let t = s.trim_start_matches(is_edge);
        a += s.len() - t.len();
        // an opening parenthesis left over from a bracketed breakdown: `(其中民事…`
        if let Some(rest) = t.strip_prefix(['(', '（'])
            && !rest.contains([')', '）'])
        {
            a += t.len() - rest.len();
        }
        let s = &text[a..b];
        // a quotation the label closes opens before it: `“法律明白人”参加…`
        if let Some(close) = s.find('”')
            && !s[..close].contains('“')
            && text[..a].ends_with('“')
        {
            a -= '“'.len_utf8();
        }
        let s = &text[a..b];
        let timed =
            s.starts_with(|c: char| c.is_ascii_digit() || c == '截' || ('０'..='９').contains(&c));
        if timed && let Some(m) = TIME.find(s).filter(|m| !m.is_empty()) {
            a += m.end();
        }
        let s = &text[a..b];
        if let Some(w) = LEADING_WORDS.prefix_of(s) {
            a += w.len();
        }
        let s = &text[a..b];
        let mut t = s.trim_end_matches(is_edge);
        // a quotation the label opens stays whole: `“法律明白人”`
        if let Some(open) = t.rfind('“')
            && !t[open..].contains('”')
            && s[t.len()..].starts_with('”')
        {
            t = &s[..t.len() + '”'.len_utf8()];
        }
        b = a + t.len();
        let s = &text[a..b];
        // a closing parenthetical says what is included, not what is counted: `纠错(含撤销)`
        if s.ends_with([')', '）'])
            && let Some(open) = s.rfind(['(', '（'])
            && open > 0
        {
            b = a + open;
        }
        let s = &text[a..b];
        if let Some(w) = TRAILING_WORDS.suffix_of(s) {
            b -= w.len();
        }
        if (a, b) == before || a >= b {
            break;
        }
    }
    let s = text.get(a..b)?;
    s.chars().any(|c| c.is_alphabetic()).then_some((a, b))
}

/// The noun phrase right after a measure word (`96个公共法律服务中心`, `50%以上的村(社区)`),
/// or the verb phrase after a frequency (`2次专题听取…汇报`, `verb`), before `limit`; `None`
/// when punctuation, a digit or a verb of change follows.
fn words_after(text: &str, from: usize, limit: usize, verb: bool) -> Option<(usize, usize)> {
    let mut a = from;
    if text[a..].starts_with('的') {
        a += '的'.len_utf8();
    }
    // `6件和政府规章…项目5件`: what follows a conjunction is the next item, not this one's noun
    if text[a..].starts_with(['和', '及', '与', '并', '或', '、']) {
        return None;
    }
    let mut b = a;
    let mut n = 0;
    let mut depth = 0i32;
    for (i, c) in text[a..limit.max(a)].char_indices() {
        let at = a + i;
        // `151件中,`: 中 closes the phrase when no character of a word follows it
        let stop = (!verb && RIGHT_STOP_WORDS.prefix_of(&text[at..]).is_some())
            || (c == '中' && !text[at + c.len_utf8()..].starts_with(is_han));
        if stop && n == 0 {
            return None;
        }
        if stop && depth == 0 {
            break;
        }
        match c {
            '(' | '（' | '“' => depth += 1,
            ')' | '）' | '”' if depth > 0 => depth -= 1,
            c if is_han(c) => {}
            _ => break,
        }
        n += 1;
        b = at + c.len_utf8();
        if n >= if verb {
            HARD_MAX_CHARS
        } else {
            MAX_RIGHT_CHARS
        } {
            break;
        }
    }
    // an unclosed parenthesis is not part of the phrase
    if depth > 0 {
        b = text[a..b].rfind(['(', '（', '“']).map_or(b, |i| a + i);
    }
    // a phrase never ends on the conjunction that joins it to the next (`4部地方性法规和3部…`)
    b = a + text[a..b]
        .trim_end_matches(['和', '及', '与', '或', '、'])
        .len();
    let s = &text[a..b];
    (s.chars().filter(|&c| is_han(c)).count() >= 1 && !s.starts_with(['同', '较', '比', '占']))
        .then_some((a, b))
}

/// Cuts a stretch longer than [`MAX_CHARS`] at the latest word that opens a phrase while
/// keeping at most [`MAX_CHARS`] characters, or to its last [`MAX_CHARS`] characters.
fn cap(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let n = s.chars().count();
    if n <= MAX_CHARS {
        return (a, b);
    }
    // the first place from which at most MAX_CHARS characters remain
    let earliest = s.char_indices().nth(n - MAX_CHARS).map_or(0, |(i, _)| i);
    let cut = s
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i >= earliest)
        .find(|&i| CUT_AFTER.iter().any(|w| s[..i].ends_with(w)) && s[i..].chars().count() >= 2)
        .unwrap_or_else(|| {
            s.char_indices()
                .nth(n.saturating_sub(HARD_MAX_CHARS))
                .map_or(0, |(i, _)| i)
        });
    // a cut never falls inside a document's title: the label starts after it
    // (`《…实施意见》等文件12个` → `等文件`, not `实施意见》等文件`)
    let cut = match s[cut..].find('》') {
        Some(close)
            if !s[cut..cut + close].contains('《')
                && s[cut + close + '》'.len_utf8()..].chars().count() >= 2 =>
        {
            cut + close + '》'.len_utf8()
        }
        _ => cut,
    };
    // nor inside a quoted name: the label keeps it whole from its opening quote while it fits
    // (`“法律进机关、进乡村…进单位”活动`), else starts after it
    let cut = match s[cut..].find('”') {
        Some(close) if !s[cut..cut + close].contains('“') => {
            let after = cut + close + '”'.len_utf8();
            match s[..cut].rfind('“') {
                Some(open) if s[open..].chars().count() <= HARD_MAX_CHARS => open,
                _ if s[after..].chars().count() >= 2 => after,
                _ => cut,
            }
        }
        _ => cut,
    };
    (a + cut, b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figures::scan;
    use proptest::prelude::*;

    /// Every label of `text` starts and ends where the lexicon cuts its sentence.
    fn labels_on_word_boundaries(text: &str) -> Result<(), String> {
        let report = crate::extract(text).map_err(|e| e.to_string())?;
        let src = Source::new(text);
        let words = Tokens::new(&src.folded);
        for f in &report.facts {
            let Some(l) = &f.label else { continue };
            // no word of the text holds either end strictly inside it
            if words.inside(l.span.start).is_some() || words.inside(l.span.end).is_some() {
                return Err(format!(
                    "{:?} of {:?} cuts a word in {text:?}",
                    l.text, f.text
                ));
            }
        }
        Ok(())
    }

    #[test]
    fn labels_end_on_word_boundaries_in_the_fixture() {
        let text = include_str!("../../tests/data/shuozhou-2024.txt");
        labels_on_word_boundaries(text).unwrap();
        assert!(labels_on_word_boundaries("修订村规民约12件，已结案件30件。").is_ok());
        let r = crate::extract("全年修订村规民约12件，已结案件30件。").unwrap();
        let labels: Vec<&str> = r
            .facts
            .iter()
            .filter_map(|f| f.label.as_ref().map(|l| l.text.as_str()))
            .collect();
        assert_eq!(labels, ["修订村规民约", "已结案件"]);
    }

    proptest! {
        #[test]
        fn labels_end_on_word_boundaries(pieces in proptest::collection::vec(prop_oneof![
            "[0-9]{1,5}",
            Just("件".to_string()), Just("个".to_string()), Just("人次".to_string()),
            Just("，".to_string()), Just("。".to_string()), Just("、".to_string()),
            Just("已结案件".to_string()), Just("村规民约".to_string()), Just("修订".to_string()),
            Just("受理行政复议案件".to_string()), Just("其中".to_string()), Just("化解率".to_string()),
            Just("的".to_string()), Just("法治宣传教育活动".to_string()), Just("全年共".to_string()),
            Just("规范性文件".to_string()), Just("调解成功".to_string()), Just("等".to_string()),
            "[\\p{Han}]{1,3}",
        ], 1..24)) {
            let text: String = pieces.concat();
            prop_assume!(!text.trim().is_empty());
            prop_assert!(labels_on_word_boundaries(&text).is_ok(), "{:?}", labels_on_word_boundaries(&text));
        }
    }

    /// The label of every figure of `text`, in order.
    fn labels(text: &str) -> Vec<(String, String)> {
        let src = Source::new(text);
        let mut candidates = scan(&src, &[]).0;
        assign(&src, &Tokens::new(&src.folded), &mut candidates);
        candidates
            .iter()
            .map(|c| {
                (
                    text[c.start..c.end].to_string(),
                    c.label
                        .map_or(String::new(), |(a, b)| text[a..b].to_string()),
                )
            })
            .collect()
    }

    fn label_of(text: &str, figure: &str) -> String {
        labels(text)
            .into_iter()
            .find(|(f, _)| f == figure)
            .unwrap_or_else(|| panic!("no figure {figure} in {text}"))
            .1
    }

    #[test]
    fn a_long_label_is_never_cut_inside_a_title() {
        let label = label_of(
            "制定出台《关于加强法治政府建设的实施意见》等文件12个。",
            "12",
        );
        assert!(!label.contains('》') && !label.is_empty(), "{label}");
        // nor inside a quoted name: whole while it fits, else after it
        assert_eq!(
            label_of(
                "开展“法律进机关、进乡村、进社区、进学校、进企业、进单位”活动260场次。",
                "260"
            ),
            "“法律进机关、进乡村、进社区、进学校、进企业、进单位”活动"
        );
        let label = label_of(
            "开展“法律进机关、进乡村、进社区、进学校、进企业、进单位、进军营、进宗教场所、进网络”主题活动260场次。",
            "260",
        );
        assert!(!label.contains('”') && !label.is_empty(), "{label}");
    }

    #[test]
    fn words_before_the_figure() {
        assert_eq!(
            label_of("2024年共受理行政复议案件123件。", "123"),
            "受理行政复议案件"
        );
        assert_eq!(
            label_of("开展法律和政策宣讲70场次。", "70"),
            "法律和政策宣讲"
        );
        assert_eq!(label_of("化解2473件,化解率99。", "99"), "化解率");
        assert_eq!(label_of("其中市本级45件。", "45"), "市本级");
        assert_eq!(
            label_of("全省共有专职人民调解员1.9万人,其中", "1.9万"),
            "专职人民调解员"
        );
        assert_eq!(label_of("调解员队伍增至4147名。", "4147"), "调解员队伍");
    }

    #[test]
    fn a_verb_alone_says_less_than_the_noun_after_the_figure() {
        assert_eq!(
            label_of("建成96个公共法律服务中心、1381个公共法律服务站。", "96"),
            "公共法律服务中心"
        );
        assert_eq!(
            label_of("全市共有1127个人民调解委员会,其中", "1127"),
            "人民调解委员会"
        );
        assert_eq!(label_of("积极安排7名执法人员参加培训班。", "7"), "执法人员");
        // the noun phrase ends where its verb phrase opens, on an adverb too
        assert_eq!(
            label_of("全县1260名人民调解员共排查矛盾纠纷5230件。", "1260"),
            "人民调解员"
        );
        // a verb with nothing after the figure stays the label
        assert_eq!(label_of("排查纠纷2498件,化解2473件。", "2473"), "化解");
    }

    #[test]
    fn parentheticals_time_and_introducing_verbs_are_trimmed() {
        assert_eq!(
            label_of("全年共审结135件,其中纠错(含撤销、确认违法)29件。", "29"),
            "纠错"
        );
        assert_eq!(
            label_of("2021年1-12月,全国环境行政处罚案件总数为15454件。", "15454"),
            "环境行政处罚案件"
        );
        assert_eq!(label_of("调解成功率达98.5%。", "98.5%"), "调解成功率");
    }

    #[test]
    fn a_label_ends_on_a_word_not_on_a_conjunction_or_inside_a_word() {
        assert_eq!(
            labels("修改4部地方性法规和3部政府规章。")[0].1,
            "地方性法规"
        );
        assert_eq!(
            label_of("全年共处理交通违法行为12.3万起。", "12.3万"),
            "处理交通违法行为"
        );
    }

    #[test]
    fn listed_figures_share_a_label() {
        let l = labels("数量  | 75件  | 16件  | 40件  |");
        assert!(l.iter().all(|(_, label)| label == "数量"), "{l:?}");
        assert_eq!(
            label_of("分别配备3名、2名专职人民调解员。", "2"),
            "专职人民调解员"
        );
    }

    #[test]
    fn long_stretches_are_cut_at_a_phrase() {
        let l = label_of(
            "各级行政复议机构全年作出撤销、变更、确认违法和责令履行决定等纠错决定2.73万件。",
            "2.73万",
        );
        assert!(l.chars().count() <= MAX_CHARS, "{l}");
        assert!(l.ends_with("纠错决定"), "{l}");
    }
}
