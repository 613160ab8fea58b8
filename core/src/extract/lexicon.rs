//! The words the frame reader knows, and a stretch of text cut into them.
//!
//! The word table is compiled from `lexicon.toml` (the language of the genre: light verbs,
//! broad modifiers, scope and time words, coordinators, part markers …) and from the
//! registry (every domain word, act, thing and mark). A stretch is cut into the longest
//! known words, left to right; a character no known word covers is a word of its own that
//! the reader does not know (`Token::word` is `None`), and a run of digits, letters or
//! spaces is one token.

use aho_corasick::{AhoCorasick, MatchKind};
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

/// One word of a stretch of text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte range in the text.
    pub start: usize,
    pub end: usize,
    /// The index of the word in [`WORDS`], `None` for a character or run no word covers.
    pub word: Option<u32>,
    /// The roles of the word (`role::*` bits); 0 for an unknown token.
    pub roles: u32,
    /// What kind of characters an unknown token holds.
    pub class: Class,
}

/// What an unknown token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Class {
    /// A known word.
    Word,
    /// A Chinese character no known word covers.
    Han,
    /// A run of ASCII or full-width digits, letters and decimal points.
    Alnum,
    /// A mark that opens or closes a quotation or a parenthesis (`“”「」（）()`).
    Bracket,
    /// Any other punctuation.
    Punct,
}

impl Token {
    /// Whether the token has any of the `roles` bits.
    pub fn is(&self, roles: u32) -> bool {
        self.roles & roles != 0
    }

    /// The domain the word names or holds (an index into `DOMAINS`).
    pub fn domain(&self) -> Option<u16> {
        let d = WORDS[self.word? as usize].2;
        (d != NO_DOMAIN).then_some(d)
    }
}

/// The automaton over every word, built once per process.
static AUTOMATON: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(WORDS.iter().map(|w| w.0))
        .expect("the lexicon's words")
});

/// The index of `word` in the table, if it is a known word.
pub(crate) fn lookup(word: &str) -> Option<u32> {
    WORDS
        .binary_search_by(|w| w.0.cmp(word))
        .ok()
        .map(|i| i as u32)
}

fn class_of(c: char) -> Class {
    if super::source::is_han(c) {
        Class::Han
    } else if c.is_alphanumeric() || c == '.' || c == '．' {
        Class::Alnum
    } else if matches!(
        c,
        '“' | '”' | '‘' | '’' | '「' | '」' | '（' | '）' | '(' | ')' | '"' | '\'' | '〈' | '〉'
    ) {
        Class::Bracket
    } else {
        Class::Punct
    }
}

/// Cuts `text[start..end]` into tokens, appended to `out`. Inline white space is skipped.
pub(crate) fn cut(text: &str, (start, end): (usize, usize), out: &mut Vec<Token>) {
    let Some(stretch) = text.get(start..end) else {
        return;
    };
    let mut at = 0;
    let gap = |from: usize, to: usize, out: &mut Vec<Token>| {
        let mut run: Option<(usize, usize)> = None;
        for (i, c) in stretch[from..to].char_indices() {
            let (s, e) = (start + from + i, start + from + i + c.len_utf8());
            let class = class_of(c);
            if class == Class::Alnum {
                run = Some(run.map_or((s, e), |(a, _)| (a, e)));
                continue;
            }
            if let Some((a, b)) = run.take() {
                out.push(unknown(a, b, Class::Alnum));
            }
            if super::source::is_inline_space(c) {
                continue;
            }
            let token = if c == '、' {
                // the list mark is a coordinator like 和
                Token {
                    start: s,
                    end: e,
                    word: lookup("、"),
                    roles: role::COORD,
                    class: Class::Word,
                }
            } else {
                unknown(s, e, class)
            };
            out.push(token);
        }
        if let Some((a, b)) = run {
            out.push(unknown(a, b, Class::Alnum));
        }
    };
    for m in AUTOMATON.find_iter(stretch) {
        if m.start() > at {
            gap(at, m.start(), out);
        }
        let w = m.pattern().as_usize();
        out.push(Token {
            start: start + m.start(),
            end: start + m.end(),
            word: Some(w as u32),
            roles: WORDS[w].1,
            class: Class::Word,
        });
        at = m.end();
    }
    if at < stretch.len() {
        gap(at, stretch.len(), out);
    }
}

fn unknown(start: usize, end: usize, class: Class) -> Token {
    Token {
        start,
        end,
        word: None,
        roles: 0,
        class,
    }
}

/// The byte offsets where `text[start..end]` is cut into words: every boundary a label may
/// start or end at.
pub(crate) fn boundaries(text: &str, range: (usize, usize)) -> Vec<usize> {
    let mut tokens = Vec::new();
    cut(text, range, &mut tokens);
    let mut out: Vec<usize> = tokens.iter().flat_map(|t| [t.start, t.end]).collect();
    out.push(range.0);
    out.push(range.1);
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        cut(text, (0, text.len()), &mut out);
        out.iter().map(|t| &text[t.start..t.end]).collect()
    }

    #[test]
    fn the_table_is_sorted_and_unique() {
        assert!(WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(lookup("行政复议").is_some());
        assert!(lookup("不是一个词语").is_none());
    }

    #[test]
    fn longest_words_first_and_unknown_characters_alone() {
        assert_eq!(
            words("共受理行政复议案件291件"),
            ["共", "受理", "行政复议", "案件", "291", "件"]
        );
        assert_eq!(words("修订村规民约"), ["修订", "村规民约"]);
        assert_eq!(words("已结案件"), ["已结", "案件"]);
        assert_eq!(words("办理 1374件"), ["办理", "1374", "件"]);
    }

    #[test]
    fn roles_and_domains() {
        let mut out = Vec::new();
        let text = "受理行政复议案件";
        cut(text, (0, text.len()), &mut out);
        assert!(out[0].is(role::ACT));
        assert!(out[1].is(role::DOMAIN));
        let d = out[1].domain().unwrap();
        assert_eq!(crate::concepts::DOMAINS[d as usize].id, "reconsideration");
        // a thing holding a domain word names that domain
        let text = "法律援助案件";
        out.clear();
        cut(text, (0, text.len()), &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(
            crate::concepts::DOMAINS[out[0].domain().unwrap() as usize].id,
            "legal_aid"
        );
    }
}
