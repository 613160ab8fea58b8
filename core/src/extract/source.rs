//! The source text with its offsets, clause and sentence boundaries.

use crate::model::Span;

/// Characters that end a sentence.
pub(crate) fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '；' | ';' | '\n')
}

/// Characters that end a clause (every sentence end, plus commas and colons).
pub(crate) fn ends_clause(c: char) -> bool {
    ends_sentence(c) || matches!(c, '，' | ',' | '：' | ':')
}

/// The text being read, with a byte → code point table and its clauses and sentences.
pub(crate) struct Source<'a> {
    pub text: &'a str,
    char_of_byte: Vec<u32>,
    clauses: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str) -> Self {
        // the code-point index of every byte: count the bytes that start a character
        let mut n = 0u32;
        let mut char_of_byte: Vec<u32> = Vec::with_capacity(text.len() + 1);
        char_of_byte.extend(text.as_bytes().iter().map(|&b| {
            n += u32::from(b & 0xC0 != 0x80);
            n - 1
        }));
        char_of_byte.push(n);
        let mut clauses = Vec::new();
        let mut sentences = Vec::new();
        let (mut clause_start, mut sentence_start) = (0, 0);
        for (b, c) in text.char_indices() {
            if !ends_clause(c) {
                continue;
            }
            let after = b + c.len_utf8();
            clauses.push((clause_start, after));
            clause_start = after;
            if ends_sentence(c) {
                sentences.push((sentence_start, after));
                sentence_start = after;
            }
        }
        clauses.push((clause_start, text.len()));
        sentences.push((sentence_start, text.len()));
        Source {
            text,
            char_of_byte,
            clauses,
            sentences,
        }
    }

    /// The span of bytes `start..end`.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            char_start: self.char_of_byte[start] as usize,
            char_end: self.char_of_byte[end] as usize,
        }
    }

    /// The clause holding byte `pos`, without its closing punctuation.
    pub fn clause_at(&self, pos: usize) -> (usize, usize) {
        trim_end(self.text, find(&self.clauses, pos))
    }

    /// The sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> (usize, usize) {
        find(&self.sentences, pos)
    }

    /// The index of the sentence holding byte `pos`.
    pub fn sentence_index(&self, pos: usize) -> usize {
        self.sentences
            .partition_point(|&(_, e)| e <= pos)
            .min(self.sentences.len() - 1)
    }
}

fn find(ranges: &[(usize, usize)], pos: usize) -> (usize, usize) {
    let i = ranges
        .partition_point(|&(_, e)| e <= pos)
        .min(ranges.len() - 1);
    ranges[i]
}

fn trim_end(text: &str, (s, e): (usize, usize)) -> (usize, usize) {
    let trimmed = text[s..e].trim_end_matches(ends_clause);
    (s, s + trimmed.len())
}

/// The previous character before byte `pos`.
pub(crate) fn char_before(text: &str, pos: usize) -> Option<char> {
    text[..pos].chars().next_back()
}

/// Whether `c` is white space inside a line (figures may hold it: `136 个`).
pub(crate) fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t')
}

/// Skips inline white space from byte `pos`.
pub(crate) fn skip_spaces(text: &str, pos: usize) -> usize {
    pos + text[pos..].len() - text[pos..].trim_start_matches(is_inline_space).len()
}

/// Where the clause holding the end of `before` starts (just after its last clause mark).
pub(crate) fn clause_start(before: &str) -> usize {
    before
        .char_indices()
        .rev()
        .find(|&(_, c)| ends_clause(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}
