//! Document titles: `《…》` with nested `〈…〉`, their kind and what the report did with them.

use super::source::{Source, ends_clause};
use crate::model::{DocumentKind, DocumentStatus};
use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

/// A title found in the text (content span, without brackets).
pub(crate) struct Title {
    pub start: usize,
    pub end: usize,
    pub kind: DocumentKind,
    pub status: DocumentStatus,
}

/// How deep titles nest and are still read as documents: `《某市贯彻〈某省方案〉的通知》` is
/// two levels; deeper ones (a hostile `《〈《〈…〉》〉》`) stay inside the title that holds them,
/// so that the titles kept never hold more than a few copies of any character.
const MAX_NESTING: usize = 2;

/// Finds every title, outer ones and nested ones (to [`MAX_NESTING`] levels), in reading
/// order of their opening bracket. An unclosed `《` runs to the end of its sentence at most.
pub(crate) fn titles(src: &Source) -> Vec<Title> {
    let text = src.text;
    let mut out = Vec::new();
    let mut stack: Vec<(char, usize)> = Vec::new();
    // brackets and 。 are three-byte characters led by 0xE3: look at those bytes only
    for b in memchr::memchr2_iter(0xE3, b'\n', text.as_bytes()) {
        let Some(c) = text.get(b..).and_then(|rest| rest.chars().next()) else {
            continue;
        };
        match c {
            '《' | '〈' => stack.push((c, b + c.len_utf8())),
            '》' | '〉' => {
                let open = if c == '》' { '《' } else { '〈' };
                if let Some(pos) = stack.iter().rposition(|&(o, _)| o == open) {
                    let (_, start) = stack[pos];
                    stack.truncate(pos);
                    if b > start && pos < MAX_NESTING {
                        out.push((start, b));
                    }
                }
            }
            '。' | '\n' => stack.clear(),
            _ => {}
        }
    }
    out.sort_by_key(|&(s, _)| s);
    out.into_iter()
        .map(|(start, end)| {
            let title = &text[start..end];
            Title {
                start,
                end,
                kind: kind_of(title),
                status: status_of(src, start, end),
            }
        })
        .collect()
}

/// The kind of instrument a title names, from its last word once a trailing
/// parenthesis such as `(试行)` or `(2021—2025年)` is set aside.
pub fn kind_of(title: &str) -> DocumentKind {
    let mut t = title.trim();
    while let Some(open) = t.rfind(['(', '（'])
        && t.ends_with([')', '）'])
        && open > 0
    {
        t = t[..open].trim_end();
    }
    const SUFFIXES: [(&str, DocumentKind); 29] = [
        ("条例", DocumentKind::Regulation),
        ("决定", DocumentKind::Decision),
        ("办法", DocumentKind::Measures),
        ("措施", DocumentKind::Measures),
        ("细则", DocumentKind::Rules),
        ("规则", DocumentKind::Rules),
        ("规定", DocumentKind::Rules),
        ("通知", DocumentKind::Notice),
        ("通告", DocumentKind::Notice),
        ("意见", DocumentKind::Opinion),
        ("要点", DocumentKind::WorkPlan),
        ("方案", DocumentKind::Plan),
        ("计划", DocumentKind::Plan),
        ("规划", DocumentKind::Plan),
        ("清单", DocumentKind::List),
        ("目录", DocumentKind::Catalog),
        ("手册", DocumentKind::Guide),
        ("指引", DocumentKind::Guide),
        ("指南", DocumentKind::Guide),
        ("纲要", DocumentKind::Outline),
        ("机制", DocumentKind::Mechanism),
        ("制度", DocumentKind::System),
        ("标准", DocumentKind::Standard),
        ("规范", DocumentKind::Standard),
        ("规程", DocumentKind::Standard),
        ("准则", DocumentKind::Standard),
        ("法典", DocumentKind::Law),
        ("宪法", DocumentKind::Law),
        ("法", DocumentKind::Law),
    ];
    SUFFIXES
        .iter()
        .find(|(s, _)| t.ends_with(s))
        .map_or(DocumentKind::Other, |&(_, k)| k)
}

/// Verbs that say a document was issued (0) or implemented (1) in the year.
static VERBS: LazyLock<(AhoCorasick, Vec<DocumentStatus>)> = LazyLock::new(|| {
    let issued = [
        "出台",
        "制定",
        "印发",
        "发布",
        "颁布",
        "起草",
        "制发",
        "修订",
        "编制",
        "审议通过",
        "建立",
    ];
    let implemented = [
        "贯彻", "落实", "实施", "执行", "施行", "遵循", "依据", "按照",
    ];
    let statuses = issued
        .iter()
        .map(|_| DocumentStatus::Issued)
        .chain(implemented.iter().map(|_| DocumentStatus::Implemented))
        .collect();
    let ac = AhoCorasick::new(issued.iter().chain(&implemented)).expect("fixed patterns");
    (ac, statuses)
});

/// What the clause around a title says was done with it: the verb nearest before the title
/// (over other titles of the same list), else the first verb right after the list.
fn status_of(src: &Source, start: usize, end: usize) -> DocumentStatus {
    let text = src.text;
    let (cs, ce) = src.clause_at(start);
    let (ac, statuses) = &*VERBS;
    let verb = |s: &str, last: bool| {
        let mut found = ac.find_iter(s).map(|m| statuses[m.pattern().as_usize()]);
        if last { found.last() } else { found.next() }
    };
    // the words near the title only, so that many titles in one long clause stay linear
    let from = super::source::clause_start(&text[..start]).max(cs);
    let before = strip_titles(&text[from..start.min(ce.max(cs))]);
    if let Some(status) = verb(&before, true) {
        return status;
    }
    let mut to = ce.max(end).min(end.saturating_add(super::source::LOOKBACK));
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let after = strip_titles(&text[end.min(ce)..to.max(end.min(ce))]);
    verb(&after, false).unwrap_or(DocumentStatus::Cited)
}

/// The words of a clause with every bracketed title taken out.
fn strip_titles(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '《' | '〈' => depth += 1,
            '》' | '〉' => depth = depth.saturating_sub(1),
            _ if depth == 0 && !ends_clause(c) => out.push(c),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_from_last_word() {
        assert_eq!(
            kind_of("法治政府建设实施纲要(20212025年)"),
            DocumentKind::Outline
        );
        assert_eq!(
            kind_of("营商环境领域“啄木鸟”工作机制(试行)"),
            DocumentKind::Mechanism
        );
        assert_eq!(
            kind_of("朔州市乡镇街道综合行政执法流程规范指引"),
            DocumentKind::Guide
        );
        assert_eq!(kind_of("中华人民共和国行政复议法"), DocumentKind::Law);
        assert_eq!(kind_of("民法典"), DocumentKind::Law);
        assert_eq!(kind_of("某某"), DocumentKind::Other);
    }

    #[test]
    fn nested_titles_and_status() {
        let src = Source::new("印发《某市贯彻〈某省实施方案〉的通知》,《某条例》有序实施。");
        let t = titles(&src);
        let names: Vec<&str> = t.iter().map(|t| &src.text[t.start..t.end]).collect();
        assert_eq!(
            names,
            ["某市贯彻〈某省实施方案〉的通知", "某省实施方案", "某条例"]
        );
        assert_eq!(t[0].status, DocumentStatus::Issued);
        assert_eq!(t[2].status, DocumentStatus::Implemented);
    }

    #[test]
    fn unclosed_bracket_does_not_swallow_the_text() {
        let src = Source::new("《未闭合的标题。下一句《某办法》。");
        let t = titles(&src);
        assert_eq!(t.len(), 1);
        assert_eq!(&src.text[t[0].start..t[0].end], "某办法");
    }
}
