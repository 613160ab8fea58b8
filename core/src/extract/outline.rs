//! The heading tree: `一、` (level 1), `(一)` (level 2), `一是` / `1.` / `(1)` (level 3).

use super::source::Source;
use crate::model::{Part, Section};

/// The Chinese numerals of a heading label (`一` … `十`, up to three: `二十一`).
fn is_label_numeral(c: char) -> bool {
    matches!(
        c,
        '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
    )
}

/// The sentence marks an inline point may stand after (`…。二是…`).
const POINT_MARKS: [char; 6] = ['。', '；', ';', '：', ':', '！'];

/// The heading label at the start of `s`, a place where one may stand (a line's start or a
/// sentence mark), with what stands before it: the line's indentation, or the mark. The
/// labels: `一、`, `（一）`, `一是`, `1、`/`1.` (with the character after it, which must not be a
/// digit: `1.5` is no label), `（1）`. Returns where the match ends.
fn label_at(s: &str) -> Option<usize> {
    let indent = s.len() - s.trim_start_matches([' ', '\t', '\u{3000}']).len();
    label_after(s, indent).or_else(|| {
        let mark = s.chars().next().filter(|c| POINT_MARKS.contains(c))?;
        label_after(s, mark.len_utf8())
    })
}

/// The label starting at byte `at` of `s`, as [`label_at`] reads it: where it ends.
fn label_after(s: &str, at: usize) -> Option<usize> {
    let rest = &s[at..];
    let run = |t: &str, ok: fn(char) -> bool, most: usize| -> usize {
        t.chars()
            .take_while(|c| ok(*c))
            .take(most)
            .map(char::len_utf8)
            .sum()
    };
    let end_of = |used: usize| Some(at + used);
    // `一、`, `一是`: at most three numerals, then the mark (a fourth numeral is no label)
    let n = run(rest, is_label_numeral, 4);
    if n > 0 && n <= 3 * '一'.len_utf8() {
        let after = &rest[n..];
        for tail in ['、', '是'] {
            if after.starts_with(tail) {
                return end_of(n + tail.len_utf8());
            }
        }
    }
    // `（一）`, `（1）`
    if let Some(open) = rest.chars().next().filter(|c| matches!(c, '（' | '(')) {
        let inner = &rest[open.len_utf8()..];
        for (ok, most) in [
            (is_label_numeral as fn(char) -> bool, 3 * '一'.len_utf8()),
            (|c: char| c.is_ascii_digit(), 2),
        ] {
            let k = run(inner, ok, 4);
            if k > 0 && k <= most {
                let close = inner[k..]
                    .chars()
                    .next()
                    .filter(|c| matches!(c, '）' | ')'));
                if let Some(close) = close {
                    return end_of(open.len_utf8() + k + close.len_utf8());
                }
            }
        }
        return None;
    }
    // `1、`, `1.`, `1．` and the character after it, not a digit
    let d = run(rest, |c| c.is_ascii_digit(), 3);
    if (1..=2).contains(&d) {
        let mark = rest[d..]
            .chars()
            .next()
            .filter(|c| matches!(c, '、' | '.' | '．'))?;
        let used = d + mark.len_utf8();
        return match rest[used..].chars().next() {
            Some(c) if c.is_ascii_digit() => None,
            Some(c) => end_of(used + c.len_utf8()),
            None => end_of(used),
        };
    }
    None
}

/// How far from its place a label is looked for, in bytes: its indentation and itself.
const LABEL_WINDOW: usize = 256;

/// A label matched at its place.
struct Label<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

/// A heading found in the text, before the tree is built.
pub(crate) struct Heading {
    pub level: u8,
    pub label_start: usize,
    pub label_end: usize,
    pub title_end: usize,
}

/// Finds the headings and builds the flat outline with path ids and bodies.
pub(crate) fn outline(src: &Source) -> (Vec<Section>, Vec<Heading>) {
    let text = src.text;
    let mut heads: Vec<Heading> = Vec::new();
    // the matches start with the indentation or the punctuation before the label: skip it
    let label_start = |m: &Label| {
        let skip = m.text.len()
            - m.text
                .trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(' && c != '（')
                .len();
        m.start + skip
    };
    // labels stand at the start of a line or after a sentence mark, and begin with a numeral
    // or a bracket: run the pattern only at such places
    let candidates = std::iter::once(0)
        .chain(
            text.match_indices(['\n', '。', '；', ';', '：', ':', '！'])
                .map(|(i, m)| if m == "\n" { i + 1 } else { i }),
        )
        .filter(|&i| {
            let rest = text[i..].trim_start_matches([
                '\n', '。', '；', ';', '：', ':', '！', ' ', '\t', '\u{3000}',
            ]);
            rest.starts_with(|c: char| {
                c.is_ascii_digit() || c == '(' || c == '（' || crate::number::is_chinese_numeral(c)
            })
        });
    for at in candidates {
        // (the label is read in a window from the place: a search from it would run on to
        // the next label in the text, for every place that has none)
        let window = &text[at..super::source::floor_boundary(text, at + LABEL_WINDOW)];
        let Some(m) = label_at(window).map(|end| Label {
            start: at,
            end: at + end,
            text: &window[..end],
        }) else {
            continue;
        };
        let start = label_start(&m);
        let at_line_start = !text[m.start..start].starts_with(POINT_MARKS);
        let mut end = m.end;
        let label = &text[start..end];
        let chinese = label.chars().any(crate::number::is_chinese_numeral);
        let level = if chinese && label.ends_with('、') {
            1
        } else if chinese && label.starts_with(['(', '（']) {
            2
        } else {
            3
        };
        if level < 3 && !at_line_start {
            continue; // `一、` and `(一)` are headings only at the start of a line
        }
        // `1.` and `1、` labels swallowed the next character to check it is not a digit
        if label.starts_with(|c: char| c.is_ascii_digit()) && !label.ends_with(['、', '.', '．'])
        {
            end -= label.chars().next_back().map_or(0, char::len_utf8);
        }
        heads.push(heading(text, level, start, end));
    }
    heads.sort_by_key(|h| h.label_start);
    heads.dedup_by_key(|h| h.label_start);

    let mut sections: Vec<Section> = Vec::with_capacity(heads.len());
    let mut counters = [0usize; 4];
    // the part of the open section at each level
    let mut open: [Option<Part>; 4] = [None; 4];
    for (i, h) in heads.iter().enumerate() {
        let lvl = h.level as usize;
        counters[lvl] += 1;
        counters[lvl + 1..].fill(0);
        open[lvl..].fill(None);
        let id = (1..=lvl)
            .map(|l| counters[l].to_string())
            .collect::<Vec<_>>()
            .join(".");
        let title = text[h.label_end..h.title_end].trim().to_string();
        // a heading names its part unless it stands inside a part already; points inherit
        let parent = (1..lvl).rev().find_map(|l| open[l]);
        let part = match parent {
            Some(p) if p != Part::Other || lvl >= 3 => p,
            _ => part_of(&title),
        };
        open[lvl] = Some(part);
        let body_end = heads[i + 1..]
            .iter()
            .find(|n| n.level <= h.level)
            .map_or(text.len(), |n| n.label_start);
        sections.push(Section {
            id,
            level: h.level,
            label: text[h.label_start..h.label_end].to_string(),
            title,
            part,
            span: src.span(h.label_start, h.title_end),
            body: src.span(h.label_start, body_end.max(h.title_end)),
        });
    }
    (sections, heads)
}

fn heading(text: &str, level: u8, label_start: usize, label_end: usize) -> Heading {
    let rest = &text[label_end..];
    let stop = rest
        .char_indices()
        .find(|&(_, c)| matches!(c, '。' | '\n' | '；' | ';'))
        .map_or(rest.len(), |(i, _)| i);
    Heading {
        level,
        label_start,
        label_end,
        title_end: label_end + stop,
    }
}

/// Which part of the usual outline a heading opens. A heading that names both problems and
/// plans (`存在的问题和下一步打算`) opens neither: its sub-headings say which is which.
pub(crate) fn part_of(title: &str) -> Part {
    let has = |words: &[&str]| words.iter().any(|w| title.contains(w));
    let problems = has(&["问题", "不足", "差距", "短板"]);
    let plans = has(&[
        "安排",
        "打算",
        "计划",
        "思路",
        "下一步",
        "工作重点",
        "展望",
        "目标任务",
    ]);
    if problems && plans {
        Part::Other
    } else if problems {
        Part::Problems
    } else if plans {
        Part::Plans
    } else if has(&["第一责任人", "履行", "职责"]) {
        Part::Leadership
    } else if has(&["举措", "成效", "措施", "主要工作", "进展", "情况", "成绩"]) {
        Part::Measures
    } else {
        Part::Other
    }
}

/// Finds the sections around a position in logarithmic time. Sections come in reading order
/// and nest (a section's body lies inside its parent's), so the innermost section holding a
/// position is the last one starting at or before it that has not ended, and its ancestors
/// follow from the levels.
pub(crate) struct SectionIndex<'s> {
    sections: &'s [Section],
    parents: Vec<Option<usize>>,
}

impl<'s> SectionIndex<'s> {
    pub fn new(sections: &'s [Section]) -> Self {
        let mut parents = Vec::with_capacity(sections.len());
        let mut stack: Vec<usize> = Vec::new();
        for (i, s) in sections.iter().enumerate() {
            while stack.last().is_some_and(|&j| {
                sections[j].level >= s.level || sections[j].body.end <= s.body.start
            }) {
                stack.pop();
            }
            parents.push(stack.last().copied());
            stack.push(i);
        }
        SectionIndex { sections, parents }
    }

    /// The index of the innermost section whose body holds byte `pos`.
    pub fn innermost(&self, pos: usize) -> Option<usize> {
        let after = self.sections.partition_point(|s| s.body.start <= pos);
        let mut i = after.checked_sub(1)?;
        // walk up from the last section started: its ancestors are the only candidates
        loop {
            let s = &self.sections[i];
            if pos < s.body.end {
                return Some(i);
            }
            i = self.parents[i]?;
        }
    }

    /// The section that holds section `i`, if any.
    pub fn parent(&self, i: usize) -> Option<usize> {
        self.parents[i]
    }

    /// The innermost section holding `pos`, then its ancestors.
    pub fn around(&self, pos: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.innermost(pos), move |&i| self.parents[i])
    }

    /// The id of the innermost section holding `pos`.
    pub fn id_at(&self, pos: usize) -> Option<String> {
        self.innermost(pos).map(|i| self.sections[i].id.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The pattern the hand-written reader replaced, as the oracle of its property test.
    fn label_by_pattern(s: &str) -> Option<usize> {
        static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            let cn = "[一二三四五六七八九十]{1,3}";
            regex::Regex::new(&format!(
                r"(?m)(?:^[ \t\u3000]*|[。；;：:！])(?:{cn}、|[（(]{cn}[）)]|{cn}是|[0-9]{{1,2}}[、.．](?:[^0-9]|$)|[（(][0-9]{{1,2}}[）)])"
            ))
            .unwrap()
        });
        PATTERN.find(s).filter(|m| m.start() == 0).map(|m| m.end())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn the_label_reader_reads_as_the_pattern_did(
            s in "[ \t\u{3000}。；;：:！（()）一二三十四是、.．0-9a甲\n]{0,8}"
        ) {
            prop_assert_eq!(label_at(&s), label_by_pattern(&s), "{:?}", s);
        }
    }

    #[test]
    fn innermost_and_ancestors() {
        let src = Source::new("一、甲\n（一）乙\n一是丙。二是丁。\n（二）戊\n二、己\n");
        let (sections, _) = outline(&src);
        let ids: Vec<&str> = sections.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(ids, ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2"]);
        let index = SectionIndex::new(&sections);
        let at = |needle: &str| src.text.find(needle).unwrap();
        assert_eq!(index.id_at(at("丁")).as_deref(), Some("1.1.2"));
        assert_eq!(index.id_at(at("戊")).as_deref(), Some("1.2"));
        let chain: Vec<&str> = index
            .around(at("丙"))
            .map(|i| sections[i].id.as_str())
            .collect();
        assert_eq!(chain, ["1.1.1", "1.1", "1"]);
        assert_eq!(index.id_at(0).as_deref(), Some("1"));
        let none = Source::new("前言。");
        let (empty, _) = outline(&none);
        assert!(SectionIndex::new(&empty).innermost(0).is_none());
    }
}
