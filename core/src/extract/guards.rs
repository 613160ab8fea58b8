//! Words that rule a concept out even where its cue matched.
//!
//! A cue says what a figure may be about; the words around the cue can say it is not that:
//!
//! * **reversal and status** — `吊销执法证件12个` is not a count of officers, `拟废止5件` not
//!   of documents abolished, `现行有效的规范性文件300件` not of documents issued: a word of
//!   [`REVERSALS`] in the figure's words rules out every concept whose own cue does not hold
//!   it (`撤销` is the cue of a corrected reconsideration, `不予…处罚` of an exemption);
//! * **a total across kinds** — `对合同、规范性文件和决策事项开展合法性审核120件` counts
//!   three kinds at once: a cue that is one item of a `、` list names a part, not the figure;
//! * **a subset** — `查办民生领域违法案件`, `涉企行政复议案件`: a figure restricted to one
//!   field is a sub-total, not the concept's value;
//! * **another process's rate** — `复议调解率40%`: a rate concept is given only when its cue
//!   ends the rate word written before the figure;
//! * **an average** — `案件平均罚款金额` is no total;
//! * **before the act** — `复议受理前协商化解案件` were not accepted.

use super::source::is_han;
use crate::concepts::Concept;
use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

/// Words that reverse or suspend what a count would otherwise mean, or make it a plan.
const REVERSALS: &[&str] = &[
    "注销", "吊销", "撤销", "撤回", "不予", "失效", "取消", "暂停", "终止", "驳回", "拟", "计划",
    "力争", "预计", "未",
];

/// Words in which a reversal character is part of another word (`未成年人`, `拟定`).
const NOT_REVERSALS: &[&str] = &["未成年", "拟定", "草拟", "模拟", "比拟"];

/// Words that make the figure a sample drawn from the concept's population
/// (`抽取100宗法律援助案件进行评估`), not its count.
const SAMPLES: &[&str] = &["抽取", "抽样", "随机抽选"];

/// Words that restrict a count to one field: the figure is a sub-total.
const RESTRICTIONS: &[&str] = &["领域", "涉企", "涉外", "涉农", "涉老", "涉疫", "民生"];

/// Words that make a figure an average, which no total concept takes.
const AVERAGES: &[&str] = &["平均", "人均", "户均", "场均", "件均"];

/// Head nouns of a count (`查办食品案件`): what stands between the cue and the head narrows
/// the count unless it is one of [`BROAD`].
const HEADS: &[&str] = &["案件", "纠纷"];

/// Searchers for the [`HEADS`], built once.
static HEAD_FINDERS: LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    LazyLock::new(|| HEADS.iter().map(memchr::memmem::Finder::new).collect());

/// Words between a cue and its head noun that do not narrow the count.
const BROAD: &[&str] = &[
    "各类", "各种", "各项", "各级", "一般", "违法", "违规", "行政", "执法", "处罚", "相关", "新",
    "了", "的", "矛盾", "申请", "一审", "二审", "全部", "重点", "重大", "要案", "大案", "发现",
    "办理", "受理", "审理", "处理", "调处", "化解", "排查",
];

/// Why a concept whose cue matched does not fit, if it does not; in the order the checks are
/// made (when several apply, the first is the reason given).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RuledOut {
    /// A reversal, status or plan word the cue does not hold, or a cue followed by `前`.
    Reversal,
    /// The figure is restricted to one field or one kind.
    Subset,
    /// The figure is an average.
    Average,
    /// The figure counts a sample drawn for a check.
    Sample,
    /// The cue is one item of a list whose other items are not cues of the concept.
    ListItem,
    /// The rate written before the figure is another one.
    OtherRate,
}

/// The class of each guard word, in the order of [`WORDS`]'s patterns (`None`: a word that
/// only shields a reversal character, `未成年`).
static WORDS: LazyLock<(AhoCorasick, Vec<Option<RuledOut>>)> = LazyLock::new(|| {
    let classes = [
        (REVERSALS, Some(RuledOut::Reversal)),
        (NOT_REVERSALS, None),
        (SAMPLES, Some(RuledOut::Sample)),
        (RESTRICTIONS, Some(RuledOut::Subset)),
        (AVERAGES, Some(RuledOut::Average)),
    ];
    let words: Vec<&str> = classes
        .iter()
        .flat_map(|(w, _)| w.iter().copied())
        .collect();
    let class = classes
        .iter()
        .flat_map(|(w, c)| std::iter::repeat_n(*c, w.len()))
        .collect();
    // leftmost-longest: `未成年` wins over `未`, so the shielding words win
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(words)
        .expect("guard words");
    (automaton, class)
});

/// The guard words of `window` (class and byte range).
fn words_in(
    text: &str,
    window: (usize, usize),
) -> impl Iterator<Item = (RuledOut, usize, usize)> + '_ {
    let (automaton, class) = &*WORDS;
    automaton
        .find_iter(&text[window.0..window.1])
        .filter_map(move |m| {
            class[m.pattern().as_usize()].map(|c| (c, window.0 + m.start(), window.0 + m.end()))
        })
}

/// Whether the words of `window` (byte range of `text`) rule out `concept`, whose cue matched
/// at `cue` inside the window; `own()` gives every match of the concept's cues in the window
/// (asked only when needed). `before` holds the words before the figure, when the cue was
/// found after it: reversal and sample words there count too (`抽取100宗法律援助案件`).
pub(crate) fn rules_out(
    text: &str,
    concept: &Concept,
    window: (usize, usize),
    cue: (usize, usize),
    own: &dyn Fn() -> Vec<(usize, usize)>,
    before: (usize, usize),
) -> Option<RuledOut> {
    let own_matches = std::cell::OnceCell::new();
    let own = || own_matches.get_or_init(own).as_slice();
    let covered = |s: usize, e: usize| own().iter().any(|&(a, b)| s >= a && e <= b);
    let in_window = words_in(text, window).filter(|&(class, _, _)| {
        // an average rate is still the rate; an average count is no total
        !(class == RuledOut::Average
            && (concept.id.contains(".avg_") || concept.value_kind.is_rate()))
    });
    let in_before = (before != window)
        .then(|| words_in(text, before))
        .into_iter()
        .flatten()
        .filter(|&(class, _, _)| matches!(class, RuledOut::Reversal | RuledOut::Sample));
    // `受理前`: before the act the cue names, not the act
    let before_act = text[cue.1..window.1]
        .starts_with('前')
        .then_some(RuledOut::Reversal);
    let worded = in_window
        .chain(in_before)
        .filter(|&(_, s, e)| !covered(s, e))
        .map(|(class, _, _)| class)
        .chain(before_act)
        .min_by_key(|&r| r as u8);
    if worded.is_some() {
        return worded;
    }
    if narrowed(text, window, cue, concept.context) {
        return Some(RuledOut::Subset);
    }
    if is_list_item(text, window, cue) && !list_of_own(text, window, cue, own()) {
        return Some(RuledOut::ListItem);
    }
    // the rate written is the one whose cue ends it: `复议调解率` is no correction rate
    if concept.value_kind.is_rate() && rate_end(text, window).is_some_and(|end| cue.1 != end) {
        return Some(RuledOut::OtherRate);
    }
    None
}

/// Whether the head noun after the cue (`查办食品案件`) is narrowed by words that are neither
/// broad (`各类违法`) nor the concept's own context (`复议` of `受理行政复议案件`). Examples
/// listed before `等` (`食品非法添加、…等重点案件`) do not narrow the head after it.
fn narrowed(text: &str, window: (usize, usize), cue: (usize, usize), context: &[&str]) -> bool {
    let after = &text[cue.1..window.1];
    let Some(head) = HEAD_FINDERS
        .iter()
        .filter_map(|f| f.find(after.as_bytes()))
        .min()
    else {
        return false;
    };
    let mut between = &after[..head];
    if let Some(i) = between.rfind('等') {
        between = &between[i + '等'.len_utf8()..];
    }
    'strip: while !between.is_empty() {
        for b in BROAD.iter().chain(context) {
            if let Some(rest) = between.strip_prefix(b) {
                between = rest;
                continue 'strip;
            }
        }
        break;
    }
    between.chars().filter(|&c| is_han(c)).count() >= 2
}

/// The window without the separators it starts with (`、行政诉讼` after a figure).
fn list_start(text: &str, window: (usize, usize)) -> usize {
    let w = &text[window.0..window.1];
    window.0 + w.len()
        - w.trim_start_matches(['、', '和', '及', '与', ' ', '，', ','])
            .len()
}

/// Whether the match `cue` is one item of a `、` list inside `window`: a `、` right before or
/// right after it, or a `和`/`及`/`与` next to it when the window holds a `、` list.
pub(crate) fn is_list_item(text: &str, window: (usize, usize), cue: (usize, usize)) -> bool {
    let start = list_start(text, window);
    if cue.0 < start {
        return false;
    }
    let before = text[start..cue.0].chars().next_back();
    // a `、` that ends the window leads to the next figure, not to another noun
    let rest = &text[cue.1..window.1];
    let after = rest
        .chars()
        .next()
        .filter(|_| rest.chars().nth(1).is_some_and(is_han));
    let listed = text[start..window.1].contains('、');
    let joins = |c: Option<char>| match c {
        Some('、') => true,
        Some('和' | '及' | '与') => listed,
        _ => false,
    };
    joins(before) || joins(after)
}

/// Whether every item of the `、` list holding `cue` holds a match of the concept's own cues
/// (`撤销、变更、确认违法`: all of them ways of correcting).
fn list_of_own(
    text: &str,
    window: (usize, usize),
    cue: (usize, usize),
    own: &[(usize, usize)],
) -> bool {
    let start = list_start(text, window);
    let mut item_start = start;
    let w = &text[start..window.1];
    let mut items = Vec::new();
    for (i, c) in w.char_indices() {
        if c == '、' {
            items.push((item_start, start + i));
            item_start = start + i + c.len_utf8();
        }
    }
    items.push((item_start, window.1));
    // only the items of the run of `、` the cue stands in
    items
        .iter()
        .all(|&(a, b)| own.iter().any(|&(s, e)| s < b && a < e))
        && items.iter().any(|&(a, b)| a <= cue.0 && cue.1 <= b)
}

/// Where the rate word closest to the end of `window` ends: just after its last `率`.
fn rate_end(text: &str, window: (usize, usize)) -> Option<usize> {
    let w = &text[window.0..window.1];
    Some(window.0 + w.rfind('率')? + '率'.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concepts::concept;

    /// Whether `concept` is ruled out when its cue `cue` is found in `window`.
    fn out(window: &str, id: &str, cue: &str) -> Option<RuledOut> {
        let at = window.find(cue).expect("cue in window");
        let c = concept(id).unwrap();
        // the concept's own cues in the window, as the extractor passes them
        let own: Vec<(usize, usize)> = c
            .cues
            .iter()
            .flat_map(|p| {
                regex::Regex::new(p)
                    .unwrap()
                    .find_iter(window)
                    .collect::<Vec<_>>()
            })
            .map(|m| (m.start(), m.end()))
            .chain([(at, at + cue.len())])
            .collect();
        let all = (0, window.len());
        rules_out(window, c, all, (at, at + cue.len()), &|| own.clone(), all)
    }

    #[test]
    fn reversals_rule_out_what_the_cue_does_not_hold() {
        assert_eq!(
            out("吊销执法人员执法证件", "enforcement.officers", "执法人员"),
            Some(RuledOut::Reversal)
        );
        assert_eq!(
            out("拟废止", "normative_documents.abolished", "废止"),
            Some(RuledOut::Reversal)
        );
        // the cue holds the word: an exemption, a correction
        assert_eq!(
            out(
                "不予行政处罚",
                "enforcement.penalty_exemptions",
                "不予行政处罚"
            ),
            None
        );
        assert_eq!(
            out(
                "撤销",
                "dispute_resolution.reconsideration.corrected",
                "撤销"
            ),
            None
        );
        // 未 of 未成年人 reverses nothing
        assert_eq!(
            out(
                "开展未成年人普法活动",
                "law_popularization.events",
                "普法活动"
            ),
            None
        );
    }

    #[test]
    fn an_item_of_a_list_is_not_the_total() {
        assert_eq!(
            out(
                "对合同、规范性文件和决策事项开展合法性审核",
                "major_decisions.contracts_reviewed",
                "合同"
            ),
            Some(RuledOut::ListItem)
        );
        assert_eq!(
            out(
                "对合同、规范性文件和决策事项开展合法性审核",
                "major_decisions.legality_reviews",
                "合法性审核"
            ),
            None
        );
    }

    #[test]
    fn a_field_makes_a_subset() {
        assert_eq!(
            out(
                "查办民生领域违法案件",
                "enforcement.cases.investigated",
                "查办"
            ),
            Some(RuledOut::Subset)
        );
    }

    #[test]
    fn a_rate_is_the_rate_written() {
        assert_eq!(
            out(
                "纠错案件复议调解率",
                "dispute_resolution.reconsideration.correction_rate",
                "纠错"
            ),
            Some(RuledOut::OtherRate)
        );
        assert_eq!(
            out(
                "行政复议纠错率",
                "dispute_resolution.reconsideration.correction_rate",
                "纠错率"
            ),
            None
        );
    }
}
