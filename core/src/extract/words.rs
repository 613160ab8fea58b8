//! Word lists looked up by prefix, suffix or whole word in time bounded by the longest word,
//! not by the length of the list: the extractor's lexicons (measure words, label words) are
//! data, read at every figure.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: a fast hash for the short keys of a word list (the default hasher is built to
/// resist collision attacks, which a fixed lexicon does not need).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A set of words with the length of the longest, in characters, and the characters words
/// start and end with (most positions of a text are passed over with one lookup there).
pub(crate) struct Words {
    set: HashSet<&'static str, BuildHasherDefault<Fnv>>,
    max_chars: usize,
    firsts: Vec<char>,
    lasts: Vec<char>,
}

impl Words {
    /// The set of `words`.
    pub fn new(words: &[&'static str]) -> Self {
        let mut firsts: Vec<char> = words.iter().filter_map(|w| w.chars().next()).collect();
        let mut lasts: Vec<char> = words.iter().filter_map(|w| w.chars().next_back()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        lasts.sort_unstable();
        lasts.dedup();
        Words {
            set: words.iter().copied().collect(),
            max_chars: words.iter().map(|w| w.chars().count()).max().unwrap_or(0),
            firsts,
            lasts,
        }
    }

    /// Whether `s` is one of the words.
    pub fn contains(&self, s: &str) -> bool {
        self.set.contains(s)
    }

    /// The longest word `s` starts with.
    pub fn prefix_of(&self, s: &str) -> Option<&'static str> {
        if s.chars()
            .next()
            .is_none_or(|c| self.firsts.binary_search(&c).is_err())
        {
            return None;
        }
        let mut best = None;
        let ends = s
            .char_indices()
            .skip(1)
            .map(|(i, _)| i)
            .chain(std::iter::once(s.len()))
            .take(self.max_chars);
        for end in ends {
            if let Some(w) = self.set.get(&s[..end]) {
                best = Some(*w);
            }
        }
        best
    }

    /// The longest word `s` ends with.
    pub fn suffix_of(&self, s: &str) -> Option<&'static str> {
        if s.chars()
            .next_back()
            .is_none_or(|c| self.lasts.binary_search(&c).is_err())
        {
            return None;
        }
        let starts = s.char_indices().rev().map(|(i, _)| i).take(self.max_chars);
        let mut best = None;
        for start in starts {
            if let Some(w) = self.set.get(&s[start..]) {
                best = Some(*w);
            }
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_first() {
        let w = Words::new(&["件", "件次", "人", "人次", "个工作日"]);
        assert_eq!(w.prefix_of("件次。"), Some("件次"));
        assert_eq!(w.prefix_of("件,"), Some("件"));
        assert_eq!(w.prefix_of("个工作日内"), Some("个工作日"));
        assert_eq!(w.prefix_of("个"), None);
        assert_eq!(w.prefix_of(""), None);
        assert_eq!(w.suffix_of("服务人次"), Some("人次"));
        assert_eq!(w.suffix_of("三人"), Some("人"));
        assert!(w.contains("人次") && !w.contains("人次。"));
    }
}
