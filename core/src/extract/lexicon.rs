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

    /// The domain the word names or holds (an index into the domains, see
    /// [`crate::concepts::domain_at`]).
    pub fn domain(&self) -> Option<u16> {
        let d = entry(self.word?).2;
        (d != NO_DOMAIN).then_some(d)
    }
}

/// The text, roles and domain of word `w`: a built-in word ([`WORDS`]), or one a user's
/// registry added (numbered after them).
pub(crate) fn entry(w: u32) -> (&'static str, u32, u16) {
    match WORDS.get(w as usize) {
        Some(e) => *e,
        None => {
            crate::concepts::interned::word(w as usize - WORDS.len()).unwrap_or(("", 0, NO_DOMAIN))
        }
    }
}

/// The text of word `w`.
pub(crate) fn text_of(w: u32) -> &'static str {
    entry(w).0
}

/// Whether word `w` has any of the `roles` bits.
pub(crate) fn has_role(w: u32, roles: u32) -> bool {
    entry(w).1 & roles != 0
}

/// Words a user's registry adds to the built-in ones, or gives more roles: in a stretch, the
/// longest word of either table is taken, and one of these where both are as long.
#[derive(Debug)]
pub(crate) struct Overlay {
    automaton: aho_corasick::AhoCorasick,
    /// The word index of each pattern.
    ids: Vec<u32>,
}

impl Overlay {
    /// The overlay of these words (text and word index).
    pub fn new(words: &[(&'static str, u32)]) -> Result<Self, String> {
        use aho_corasick::{AhoCorasick, MatchKind, StartKind};
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(words.iter().map(|w| w.0))
            .map_err(|e| format!("the registry's words cannot be searched: {e}"))?;
        Ok(Overlay {
            automaton,
            ids: words.iter().map(|w| w.1).collect(),
        })
    }

    /// The longest word of the overlay that starts at byte `at` of `stretch`: its length
    /// and index.
    fn longest_at(&self, stretch: &str, at: usize) -> Option<(usize, u32)> {
        let input = aho_corasick::Input::new(stretch)
            .range(at..)
            .anchored(aho_corasick::Anchored::Yes);
        let m = self.automaton.find(input)?;
        Some((m.end() - at, self.ids[m.pattern().as_usize()]))
    }
}

/// The index of `word` in the table, if it is a known word.
pub(crate) fn lookup(word: &str) -> Option<u32> {
    WORDS
        .binary_search_by(|w| w.0.cmp(word))
        .ok()
        .map(|i| i as u32)
}

/// The roles of the longest built-in word `s` starts with (0 when none does).
pub(crate) fn roles_at(s: &str) -> u32 {
    let mut chars = s.chars();
    chars
        .next()
        .and_then(|first| longest_from(first, chars.as_str()))
        .map_or(0, |(_, w)| entry(w).1)
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

/// The length in bytes of the verb `s` starts with: the longest built-in word there, when it
/// is an act or a light verb and names no thing or domain (`成立`, not `调解员`).
pub(crate) fn verb_at(s: &str) -> Option<usize> {
    let mut chars = s.chars();
    let (len, w) = longest_from(chars.next()?, chars.as_str())?;
    let roles = entry(w).1;
    (roles & (role::ACT | role::LIGHT) != 0 && roles & (role::THING | role::DOMAIN) == 0)
        .then_some(len)
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

/// Cuts `text[start..end]` into tokens of the built-in words, appended to `out`. Inline
/// white space is skipped.
#[cfg(test)]
pub(crate) fn cut(text: &str, range: (usize, usize), out: &mut Vec<Token>) {
    cut_with(text, range, None, out)
}

/// [`cut`], with the words of a user's registry over the built-in ones.
fn cut_with(
    text: &str,
    (start, end): (usize, usize),
    overlay: Option<&Overlay>,
    out: &mut Vec<Token>,
) {
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
        let built_in = longest_from(c, &stretch[after..]);
        let found = match overlay.and_then(|o| o.longest_at(stretch, i)) {
            Some(user) if built_in.is_none_or(|b| user.0 >= b.0) => Some(user),
            _ => built_in,
        };
        if let Some((len, w)) = found {
            flush(&mut run, out);
            out.push(Token {
                start: at,
                end: at + len,
                word: Some(w),
                roles: entry(w).1,
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
pub(crate) struct Tokens<'r> {
    all: Vec<Token>,
    overlay: Option<&'r Overlay>,
}

impl<'r> Tokens<'r> {
    /// Cuts the whole (folded) text into the built-in words.
    #[cfg(test)]
    pub fn new(text: &str) -> Self {
        Self::with(text, None)
    }

    /// Cuts the whole (folded) text, with the words of a user's registry over the built-in
    /// ones.
    pub fn with(text: &str, overlay: Option<&'r Overlay>) -> Self {
        let mut all = Vec::with_capacity(text.len() / 4);
        cut_with(text, (0, text.len()), overlay, &mut all);
        Tokens { all, overlay }
    }

    /// Cuts another text (a heading's title) with the same words, appended to `out`.
    pub fn cut_other(&self, text: &str, out: &mut Vec<Token>) {
        cut_with(text, (0, text.len()), self.overlay, out);
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
        cut_with(text, (start, end), self.overlay, scratch);
        scratch
    }

    /// The index of `word` when it is one known word whole (a user's or a built-in one).
    pub fn word(&self, word: &str) -> Option<u32> {
        let user = self
            .overlay
            .and_then(|o| o.longest_at(word, 0))
            .filter(|(len, _)| *len == word.len())
            .map(|(_, w)| w);
        user.or_else(|| lookup(word))
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
