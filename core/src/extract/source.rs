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

/// Bytes between two checkpoints of the code-point table.
const STRIDE: usize = 64;

/// Whether a byte starts a character (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

/// The text being read, with a sparse byte → code point table and its clauses and sentences.
pub(crate) struct Source<'a> {
    pub text: &'a str,
    /// The text with traditional characters folded to simplified ones, at the same offsets:
    /// what cue words and word lists are matched against.
    pub folded: std::borrow::Cow<'a, str>,
    /// The code-point index of every STRIDE-th byte.
    checkpoints: Vec<u32>,
    clauses: Vec<(usize, usize)>,
    sentences: Vec<(usize, usize)>,
}

impl<'a> Source<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let mut checkpoints = Vec::with_capacity(bytes.len() / STRIDE + 1);
        let mut n = 0u32;
        for chunk in bytes.chunks(STRIDE) {
            checkpoints.push(n);
            n += chunk.iter().filter(|&&b| starts_char(b)).count() as u32;
        }
        checkpoints.push(n); // the end of the text, when its length is a multiple of STRIDE
        // clause and sentence marks are ASCII or three-byte characters led by 0xE3 (。) or
        // 0xEF (，；：！？): look at those bytes only
        let mut clauses = Vec::new();
        let mut sentences = Vec::new();
        let (mut clause_start, mut sentence_start) = (0, 0);
        for (b, &byte) in bytes.iter().enumerate() {
            let c = match byte {
                // a comma between digits separates thousands (`1,234`), not clauses
                b',' if b > 0
                    && bytes[b - 1].is_ascii_digit()
                    && bytes.get(b + 1).is_some_and(u8::is_ascii_digit) =>
                {
                    continue;
                }
                b',' | b';' | b':' | b'!' | b'?' | b'\n' => byte as char,
                0xE3 | 0xEF => text[b..].chars().next().unwrap_or(' '),
                _ => continue,
            };
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
            folded: super::fold::fold(text),
            checkpoints,
            clauses,
            sentences,
        }
    }

    /// The code-point index of byte `b` (a character boundary).
    fn char_of(&self, b: usize) -> usize {
        let k = b / STRIDE;
        let base = self.checkpoints[k] as usize;
        base + self.text.as_bytes()[k * STRIDE..b]
            .iter()
            .filter(|&&x| starts_char(x))
            .count()
    }

    /// The span of bytes `start..end`, with the code points before each end.
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            char_start: self.char_of(start),
            char_end: self.char_of(end),
        }
    }

    /// The clause holding byte `pos`, without its closing punctuation.
    pub fn clause_at(&self, pos: usize) -> (usize, usize) {
        trim_end(self.text, find(&self.clauses, pos))
    }

    /// The index of the clause holding byte `pos` (clauses are contiguous, each with its
    /// closing punctuation).
    pub fn clause_index(&self, pos: usize) -> usize {
        self.clauses
            .partition_point(|&(_, e)| e <= pos)
            .min(self.clauses.len() - 1)
    }

    /// Clause `i`, without its closing punctuation.
    pub fn clause(&self, i: usize) -> (usize, usize) {
        trim_end(self.text, self.clauses[i])
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

/// Whether `c` is a Chinese character (a CJK unified ideograph, extension A and the
/// compatibility block included).
pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// Whether `c` is white space inside a line (figures may hold it: `136 个`).
pub(crate) fn is_inline_space(c: char) -> bool {
    matches!(c, ' ' | '\u{3000}' | '\u{a0}' | '\t')
}

/// The largest character boundary of `text` at or before byte `pos` (the text's end for a
/// position past it).
pub(crate) fn floor_boundary(text: &str, pos: usize) -> usize {
    let mut at = pos.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest character boundary of `text` at or after byte `pos` (the text's end for a
/// position past it).
pub(crate) fn ceil_boundary(text: &str, pos: usize) -> usize {
    let mut at = pos.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Skips inline white space from byte `pos`.
pub(crate) fn skip_spaces(text: &str, pos: usize) -> usize {
    pos + text[pos..].len() - text[pos..].trim_start_matches(is_inline_space).len()
}

/// How far back, in bytes, the words before a figure are read: a clause longer than this
/// (a page whose punctuation was lost) is read from this far back only, so that reading every
/// figure of it stays linear in its length.
pub(crate) const LOOKBACK: usize = 600;

/// Where the clause holding the end of `before` starts (just after its last clause mark), or
/// [`LOOKBACK`] bytes back when it is longer than that.
pub(crate) fn clause_start(before: &str) -> usize {
    let mut floor = before.len().saturating_sub(LOOKBACK);
    while !before.is_char_boundary(floor) {
        floor += 1;
    }
    before[floor..]
        .char_indices()
        .rev()
        .find(|&(_, c)| ends_clause(c))
        .map_or(floor, |(i, c)| floor + i + c.len_utf8())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_at_every_boundary_and_length() {
        // lengths around the checkpoint stride, with one- and three-byte characters
        for n in 0..200usize {
            let text: String = (0..n)
                .map(|i| if i % 3 == 0 { 'a' } else { '法' })
                .collect();
            let src = Source::new(&text);
            for (chars, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(src.span(b, b).char_start, chars);
            }
            assert_eq!(
                src.span(0, text.len()).char_end,
                text.chars().count(),
                "length {n}"
            );
        }
    }
}
