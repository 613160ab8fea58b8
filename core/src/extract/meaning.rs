//! Giving each figure its concept from the cue words of the registry.
//!
//! The rules are in [`crate::concepts`] (how cues, context and exclusions are
//! read); this module only applies them. All patterns of the registry are
//! compiled once into two [`RegexSet`]s (cues, contexts), so each clause and
//! sentence is scanned once to learn which patterns occur in it; positions are
//! only looked up for those.

use super::figures::Candidate;
use super::source::Source;
use crate::concepts::{CONCEPTS, Concept, ValueKind};
use crate::model::Section;
use regex::{Regex, RegexSet};
use std::collections::HashMap;
use std::sync::LazyLock;

struct Compiled {
    patterns: Vec<Regex>,
    anchored: Vec<bool>,
    /// The cue and exclude patterns, matched once per clause.
    cue_set: RegexSet,
    cue_ids: Vec<usize>,
    /// The context patterns, matched once per sentence and per heading.
    context_set: RegexSet,
    context_ids: Vec<usize>,
    /// Per concept (same order as CONCEPTS): cue, context and exclude pattern indices.
    concepts: Vec<[Vec<usize>; 3]>,
    /// The concepts a figure in each unit can be a value of (`%`, `元`, measure words).
    by_unit: HashMap<&'static str, Vec<usize>>,
    /// The count concepts, for zero words (`清零`) whose unit comes from their concept.
    counts: Vec<usize>,
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
    let concepts: Vec<[Vec<usize>; 3]> = CONCEPTS
        .iter()
        .map(|c| {
            [
                c.cues.iter().map(|p| intern(p)).collect(),
                c.context.iter().map(|p| intern(p)).collect(),
                c.exclude.iter().map(|p| intern(p)).collect(),
            ]
        })
        .collect();
    let mut cue_ids: Vec<usize> = concepts.iter().flat_map(|c| c[0].iter().copied()).collect();
    let mut context_ids: Vec<usize> = concepts.iter().flat_map(|c| c[1].iter().copied()).collect();
    for ids in [&mut cue_ids, &mut context_ids] {
        ids.sort_unstable();
        ids.dedup();
    }
    // The registry's own tests check that every pattern compiles.
    let patterns = sources
        .iter()
        .map(|p| Regex::new(p).expect("registry pattern"))
        .collect();
    let anchored = sources.iter().map(|p| p.starts_with('^')).collect();
    let set_of =
        |ids: &[usize]| RegexSet::new(ids.iter().map(|&i| sources[i])).expect("registry patterns");
    let mut by_unit: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for (i, c) in CONCEPTS.iter().enumerate() {
        let units: &[&'static str] = match c.value_kind {
            ValueKind::Count => c.units,
            _ => std::slice::from_ref(&c.unit),
        };
        for u in units {
            by_unit.entry(u).or_default().push(i);
        }
    }
    let counts = (0..CONCEPTS.len())
        .filter(|&i| CONCEPTS[i].value_kind == ValueKind::Count)
        .collect();
    Compiled {
        by_unit,
        counts,
        patterns,
        anchored,
        cue_set: set_of(&cue_ids),
        context_set: set_of(&context_ids),
        cue_ids,
        context_ids,
        concepts,
    }
});

impl Compiled {
    /// Which patterns of a set occur in `text`, as a vector indexed by pattern.
    fn presence(&self, cues: bool, text: &str) -> Vec<bool> {
        let (set, ids) = if cues {
            (&self.cue_set, &self.cue_ids)
        } else {
            (&self.context_set, &self.context_ids)
        };
        let mut present = vec![false; self.patterns.len()];
        for i in set.matches(text).iter() {
            present[ids[i]] = true;
        }
        present
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
pub(crate) fn assign(
    src: &Source,
    figures: &[Candidate],
    sections: &[Section],
) -> Vec<Option<&'static Concept>> {
    let compiled = &*COMPILED;
    let text = src.text;
    let titles: Vec<Vec<bool>> = sections
        .iter()
        .map(|s| compiled.presence(false, &s.title))
        .collect();
    let mut clauses: HashMap<(usize, usize), Vec<bool>> = HashMap::new();
    let mut sentences: HashMap<(usize, usize), Vec<bool>> = HashMap::new();
    let mut in_context = vec![false; compiled.patterns.len()];
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
        let in_clause = clauses
            .entry(clause)
            .or_insert_with(|| compiled.presence(true, &text[clause.0..clause.1]));
        let in_sentence = sentences
            .entry(sentence)
            .or_insert_with(|| compiled.presence(false, &text[sentence.0..sentence.1]));
        // context may also come from the headings above the figure
        in_context.copy_from_slice(in_sentence);
        for (s, present) in sections.iter().zip(&titles) {
            if s.body.start <= fig.start && fig.start < s.body.end {
                for (c, p) in in_context.iter_mut().zip(present) {
                    *c |= *p;
                }
            }
        }

        let mut best: Option<(Score, &'static Concept)> = None;
        let mut tie = false;
        let candidates: &[usize] = if fig.zero_word {
            &compiled.counts
        } else {
            compiled
                .by_unit
                .get(fig.unit.as_str())
                .map_or(&[], Vec::as_slice)
        };
        for &ci in candidates {
            let concept = &CONCEPTS[ci];
            let [cues, context, exclude] = &compiled.concepts[ci];
            if !context.is_empty() && !context.iter().any(|&p| in_context[p]) {
                continue;
            }
            let Some((window, cue_distance, cue_len, (ws, we))) =
                best_cue(compiled, text, cues, in_clause, left, right, clause)
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
                context_distance(compiled, text, context, sentence, fig.start, in_sentence)
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
    compiled: &Compiled,
    text: &str,
    cues: &[usize],
    in_clause: &[bool],
    left: (usize, usize),
    right: (usize, usize),
    clause: (usize, usize),
) -> Option<(u8, usize, usize, (usize, usize))> {
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
    compiled: &Compiled,
    text: &str,
    context: &[usize],
    sentence: (usize, usize),
    pos: usize,
    present: &[bool],
) -> usize {
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
