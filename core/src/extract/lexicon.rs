//! The words the frame reader knows, and a stretch of text cut into them.
//!
//! The word table is compiled from `lexicon.toml` (the language of the genre: light verbs,
//! broad modifiers, scope and time words, coordinators, part markers …) and from the
//! registry (every domain word, act, thing and mark). A stretch is cut into the longest
//! known words, left to right; a character no known word covers is a word of its own that
//! the reader does not know (`Token::word` is `None`), and a run of digits, letters or
//! spaces is one token.
//!
//! The words are compiled into a character trie at build time, so nothing is built when a
//! process starts; the whole text is cut once ([`Tokens`]) and every pass reads slices of it.

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

/// The index of `word` in the table, if it is a known word.
pub(crate) fn lookup(word: &str) -> Option<u32> {
    WORDS
        .binary_search_by(|w| w.0.cmp(word))
        .ok()
        .map(|i| i as u32)
}

fn class_of(c: char) -> Class {
    // digits and Latin letters, half or full width, run together; any other letter (a rarer
    // Chinese character, another script) is a word of its own like a Chinese character
    let latin = c.is_ascii_alphanumeric()
        || matches!(c, '.' | '．' | '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ');
    if super::source::is_han(c) || (!latin && c.is_alphanumeric()) {
        Class::Han
    } else if latin {
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

/// The longest word that starts with `first` and goes on in `rest`: its length in bytes
/// (from `first`) and its index in [`WORDS`].
fn longest_from(first: char, rest: &str) -> Option<(usize, u32)> {
    let cjk = (first as u32).wrapping_sub(CJK_START) as usize;
    let mut node = if cjk < TRIE_ROOT_CJK.len() {
        TRIE_ROOT_CJK[cjk]
    } else {
        child(0, first)?
    };
    if node == NO_WORD {
        return None;
    }
    let mut best = None;
    let mut walked = first.len_utf8();
    let mut chars = rest.chars();
    loop {
        let word = TRIE_NODES[node as usize].2;
        if word != NO_WORD {
            best = Some((walked, word));
        }
        let Some(next) = chars
            .next()
            .and_then(|c| Some((c, child(node as usize, c)?)))
        else {
            break;
        };
        node = next.1;
        walked += next.0.len_utf8();
    }
    best
}

/// The child of trie node `node` along `c`.
fn child(node: usize, c: char) -> Option<u32> {
    let (first, count, _) = TRIE_NODES[node];
    let edges = &TRIE_EDGES[first as usize..(first + count) as usize];
    edges
        .binary_search_by_key(&c, |e| e.0)
        .ok()
        .map(|k| edges[k].1)
}

/// Cuts `text[start..end]` into tokens, appended to `out`. Inline white space is skipped.
pub(crate) fn cut(text: &str, (start, end): (usize, usize), out: &mut Vec<Token>) {
    let Some(stretch) = text.get(start..end) else {
        return;
    };
    // a run of digits and letters is one token
    let mut run: Option<(usize, usize)> = None;
    let flush = |run: &mut Option<(usize, usize)>, out: &mut Vec<Token>| {
        if let Some((a, b)) = run.take() {
            out.push(unknown(a, b, Class::Alnum));
        }
    };
    let mut next_free = 0;
    for (i, c) in stretch.char_indices() {
        if i < next_free {
            continue; // inside the word just taken
        }
        let at = start + i;
        let after = i + c.len_utf8();
        if let Some((len, w)) = longest_from(c, &stretch[after..]) {
            flush(&mut run, out);
            out.push(Token {
                start: at,
                end: at + len,
                word: Some(w),
                roles: WORDS[w as usize].1,
                class: Class::Word,
            });
            next_free = i + len;
            continue;
        }
        let class = class_of(c);
        if class == Class::Alnum {
            run = Some(run.map_or((at, start + after), |(a, _)| (a, start + after)));
        } else {
            flush(&mut run, out);
            if !super::source::is_inline_space(c) {
                out.push(unknown(at, start + after, class));
            }
        }
    }
    flush(&mut run, out);
}

/// The whole text cut into words once: every pass reads the tokens of its stretch here.
pub(crate) struct Tokens {
    all: Vec<Token>,
}

impl Tokens {
    /// Cuts the whole (folded) text.
    pub fn new(text: &str) -> Self {
        let mut all = Vec::with_capacity(text.len() / 4);
        cut(text, (0, text.len()), &mut all);
        Tokens { all }
    }

    /// The tokens of `text[start..end]`: a slice of the whole when no word crosses its
    /// edges, else the stretch cut afresh into `scratch`.
    pub fn region<'s>(
        &'s self,
        text: &str,
        (start, end): (usize, usize),
        scratch: &'s mut Vec<Token>,
    ) -> &'s [Token] {
        if start >= end {
            return &[];
        }
        let from = self.all.partition_point(|t| t.end <= start);
        let to = self.all.partition_point(|t| t.start < end);
        let slice = &self.all[from..to.max(from)];
        let crosses = slice.first().is_some_and(|t| t.start < start)
            || slice.last().is_some_and(|t| t.end > end);
        if !crosses {
            return slice;
        }
        scratch.clear();
        cut(text, (start, end), scratch);
        scratch
    }

    /// The token that holds byte `pos` strictly inside it, if any: `pos` is no word
    /// boundary then.
    pub fn inside(&self, pos: usize) -> Option<&Token> {
        let i = self.all.partition_point(|t| t.end <= pos);
        self.all.get(i).filter(|t| t.start < pos && pos < t.end)
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
