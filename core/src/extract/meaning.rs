//! Giving each figure its concept from the cue words of the registry.
//!
//! The rules are in [`crate::concepts`] (how cues, context and exclusions are
//! read); this module only applies them. All patterns of the registry are
//! compiled once into one [`RegexSet`], so each clause and sentence is scanned
//! once to learn which patterns occur in it; positions are only looked up for
//! those.

use super::figures::Candidate;
use super::source::Source;
use crate::concepts::{CONCEPTS, Concept, ValueKind};
use regex::{Regex, RegexSet};
use std::collections::HashMap;
use std::sync::LazyLock;

struct Compiled {
    patterns: Vec<Regex>,
    anchored: Vec<bool>,
    set: RegexSet,
    /// Per concept (same order as CONCEPTS): cue, context and exclude pattern indices.
    concepts: Vec<[Vec<usize>; 3]>,
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut sources: Vec<&'static str> = Vec::new();
    let mut index: HashMap<&'static str, usize> = HashMap::new();
    let mut intern = |p: &'static str| -> usize {
        *index.entry(p).or_insert_with(|| {
            sources.push(p);
            sources.len() - 1
        })
    };
    let concepts = CONCEPTS
        .iter()
        .map(|c| {
            [
                c.cues.iter().map(|p| intern(p)).collect(),
                c.context.iter().map(|p| intern(p)).collect(),
                c.exclude.iter().map(|p| intern(p)).collect(),
            ]
        })
        .collect();
    // The registry's own tests check that every pattern compiles.
    let patterns = sources
        .iter()
        .map(|p| Regex::new(p).expect("registry pattern"))
        .collect();
    let anchored = sources.iter().map(|p| p.starts_with('^')).collect();
    let set = RegexSet::new(&sources).expect("registry patterns");
    Compiled {
        patterns,
        anchored,
        set,
        concepts,
    }
});

/// Which patterns occur in a stretch of text, cached by its start.
struct Presence<'t> {
    text: &'t str,
    cache: HashMap<(usize, usize), Vec<bool>>,
}

impl<'t> Presence<'t> {
    fn get(&mut self, (s, e): (usize, usize)) -> &Vec<bool> {
        let text = self.text;
        self.cache.entry((s, e)).or_insert_with(|| {
            let mut present = vec![false; COMPILED.patterns.len()];
            for i in COMPILED.set.matches(&text[s..e]).iter() {
                present[i] = true;
            }
            present
        })
    }
}

/// How well a concept's cue fits a figure; smaller is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Score {
    window: u8,
    cue_distance: usize,
    context_distance: usize,
    shorter_cue: isize,
}

/// Gives each figure a concept, or none when no cue fits or two concepts fit equally well.
/// `headings(pos)` returns the titles of the sections above byte `pos`.
pub(crate) fn assign(
    src: &Source,
    figures: &[Candidate],
    headings: &dyn Fn(usize) -> String,
) -> Vec<Option<&'static Concept>> {
    let compiled = &*COMPILED;
    let text = src.text;
    let mut presence = Presence {
        text,
        cache: HashMap::new(),
    };
    let mut heading_presence: HashMap<String, Vec<bool>> = HashMap::new();
    let mut out = Vec::with_capacity(figures.len());
    for (k, fig) in figures.iter().enumerate() {
        let (cs, ce) = src.clause_at(fig.start);
        let prev_end = k
            .checked_sub(1)
            .map(|j| figures[j].extent_end)
            .filter(|&e| e >= cs && e <= fig.start)
            .unwrap_or(cs);
        let next_start = figures
            .get(k + 1)
            .map(|n| n.start)
            .filter(|&s| s < ce && s >= fig.extent_end)
            .unwrap_or(ce.max(fig.extent_end));
        let left = fig.cue_window.unwrap_or((prev_end, fig.start));
        let right = (fig.extent_end.min(next_start), next_start);
        let clause = (cs, ce.max(cs));
        let sentence = src.sentence_at(fig.start);
        let in_clause = presence.get(clause).clone();
        let in_sentence = presence.get(sentence).clone();
        let head = headings(fig.start);
        let in_headings = heading_presence
            .entry(head.clone())
            .or_insert_with(|| {
                let mut present = vec![false; compiled.patterns.len()];
                for i in compiled.set.matches(&head).iter() {
                    present[i] = true;
                }
                present
            })
            .clone();

        let mut best: Option<(Score, &'static Concept)> = None;
        let mut tie = false;
        for (ci, concept) in CONCEPTS.iter().enumerate() {
            let accepts = if fig.zero_word {
                concept.value_kind == ValueKind::Count
            } else {
                concept.accepts_unit(&fig.unit)
            };
            if !accepts {
                continue;
            }
            let [cues, context, exclude] = &compiled.concepts[ci];
            if !context.is_empty() && !context.iter().any(|&p| in_sentence[p] || in_headings[p]) {
                continue;
            }
            let Some((window, cue_distance, cue_len, (ws, we))) =
                best_cue(text, cues, &in_clause, left, right, clause)
            else {
                continue;
            };
            if exclude
                .iter()
                .any(|&p| compiled.patterns[p].is_match(&text[ws..we]))
            {
                continue;
            }
            let context_distance = if context.is_empty() {
                5_000
            } else {
                context_distance(text, context, sentence, fig.start, &in_sentence)
            };
            let score = Score {
                window,
                cue_distance,
                context_distance,
                shorter_cue: -(cue_len as isize),
            };
            match &best {
                Some((b, c)) if score == *b && c.id != concept.id => tie = true,
                Some((b, _)) if score >= *b => {}
                _ => {
                    best = Some((score, concept));
                    tie = false;
                }
            }
        }
        out.push(if tie { None } else { best.map(|(_, c)| c) });
    }
    out
}

/// The nearest cue: in the left window (distance from its end to the figure), then in the
/// right window (distance from the figure), then anywhere in the clause.
/// Returns (window rank, distance, match length, window range).
fn best_cue(
    text: &str,
    cues: &[usize],
    in_clause: &[bool],
    left: (usize, usize),
    right: (usize, usize),
    clause: (usize, usize),
) -> Option<(u8, usize, usize, (usize, usize))> {
    let compiled = &*COMPILED;
    let mut best: Option<(u8, usize, usize, (usize, usize))> = None;
    for (rank, (ws, we)) in [(0u8, left), (1, right)] {
        if we <= ws {
            continue;
        }
        let window = &text[ws..we];
        for &p in cues {
            if !(compiled.anchored[p] || in_clause[p]) {
                continue;
            }
            for m in compiled.patterns[p].find_iter(window) {
                let distance = if rank == 0 {
                    window.len() - m.end()
                } else {
                    m.start()
                };
                let candidate = (rank, distance, m.len(), (ws, we));
                let better = match best {
                    None => true,
                    Some((r, d, l, _)) => {
                        (rank, distance, std::cmp::Reverse(m.len())) < (r, d, std::cmp::Reverse(l))
                    }
                };
                if better {
                    best = Some(candidate);
                }
            }
        }
        if best.is_some() {
            return best;
        }
    }
    cues.iter()
        .filter(|&&p| !compiled.anchored[p] && in_clause[p])
        .filter_map(|&p| compiled.patterns[p].find(&text[clause.0..clause.1]))
        .map(|m| (2u8, 0, m.len(), clause))
        .min_by_key(|&(_, _, len, _)| std::cmp::Reverse(len))
}

/// How far before the figure the nearest context word of the sentence ends; one after the
/// figure or only in a heading counts as farther than any before it.
fn context_distance(
    text: &str,
    context: &[usize],
    sentence: (usize, usize),
    pos: usize,
    present: &[bool],
) -> usize {
    let compiled = &*COMPILED;
    let mut best = usize::MAX / 2;
    for &p in context {
        if !present[p] {
            best = best.min(20_000);
            continue;
        }
        let re = &compiled.patterns[p];
        let before = &text[sentence.0..pos];
        if let Some(m) = re.find_iter(before).last() {
            best = best.min(before.len() - m.end());
        } else if let Some(m) = re.find(&text[pos..sentence.1]) {
            best = best.min(10_000 + m.start());
        }
    }
    best
}
