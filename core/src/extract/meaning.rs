//! Giving each figure its concept from the cue words of the registry.
//!
//! The rules are in [`crate::concepts`] (how cues, context and exclusions are
//! read); this module only applies them. All patterns of the registry are
//! compiled once; a literal that each pattern's matches must contain is found
//! for all patterns in one Aho-Corasick pass over the text, so a regular
//! expression only runs in windows where its literal occurs.

use super::figures::Candidate;
use super::guards;
use super::outline::SectionIndex;
use super::source::Source;
use crate::concepts::{CONCEPTS, Concept, ValueKind};
use crate::model::{FactKind, Section};
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

struct Compiled {
    patterns: Vec<Regex>,
    /// Per concept (same order as CONCEPTS): cue, context and exclude pattern indices.
    concepts: Vec<[Vec<usize>; 3]>,
    /// The concepts a figure in each unit can be a value of (`%`, `元`, measure words).
    by_unit: HashMap<&'static str, Vec<usize>>,
    /// The count concepts, for zero words (`清零`) whose unit comes from their concept.
    counts: Vec<usize>,
    /// One automaton over a literal every match of each cue and context pattern must contain
    /// ([`required_literal`]); `literal_patterns[i]` are the patterns of literal `i`.
    literals: AhoCorasick,
    literal_patterns: Vec<Vec<usize>>,
    /// Patterns with no required literal: always tried.
    unfiltered: Vec<usize>,
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
    let mut literal_of: HashMap<String, usize> = HashMap::new();
    let mut literals: Vec<String> = Vec::new();
    let mut literal_patterns: Vec<Vec<usize>> = Vec::new();
    let mut unfiltered = Vec::new();
    for (i, p) in sources.iter().enumerate() {
        match required_literal(p) {
            Some(lit) => {
                let l = *literal_of.entry(lit.clone()).or_insert_with(|| {
                    literals.push(lit);
                    literal_patterns.push(Vec::new());
                    literals.len() - 1
                });
                literal_patterns[l].push(i);
            }
            None => unfiltered.push(i),
        }
    }
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
    Compiled {
        // The registry's own tests check that every pattern compiles.
        patterns: sources
            .iter()
            .map(|p| Regex::new(p).expect("registry pattern"))
            .collect(),
        concepts,
        by_unit,
        counts: (0..CONCEPTS.len())
            .filter(|&i| CONCEPTS[i].value_kind == ValueKind::Count)
            .collect(),
        // built once for the process: the DFA costs the most to build and is the fastest to run
        literals: AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&literals)
            .expect("literal cue words"),
        literal_patterns,
        unfiltered,
    }
});

/// A piece of plain text that every match of `pattern` contains: the longest run of literal
/// characters at the top level (outside groups and classes, not made optional by a
/// quantifier). `None` when the pattern has a top-level alternation or no such run.
pub(crate) fn required_literal(pattern: &str) -> Option<String> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut depth = 0i32;
    let mut runs: Vec<String> = vec![String::new()];
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let quantified = matches!(chars.get(i + 1), Some('?' | '*' | '{'));
        match c {
            '\\' => {
                i += 1; // an escape: not a plain character
                runs.push(String::new());
            }
            '(' | '[' => {
                depth += 1;
                runs.push(String::new());
            }
            ')' | ']' => {
                depth -= 1;
                runs.push(String::new());
            }
            '|' if depth == 0 => return None,
            '.' | '^' | '$' | '?' | '*' | '+' | '{' | '}' | ',' | '0'..='9' if depth == 0 => {
                runs.push(String::new());
            }
            _ if depth == 0 && !quantified => runs.last_mut().map_or((), |r| r.push(c)),
            _ if depth == 0 => runs.push(String::new()),
            _ => {}
        }
        i += 1;
    }
    runs.into_iter()
        .filter(|r| !r.is_empty())
        .max_by_key(|r| r.chars().count())
}

/// Where the literals of the registry occur in the text, found in one pass.
struct Occurrences {
    /// (start, end, literal) in order of start.
    found: Vec<(usize, usize, usize)>,
}

impl Occurrences {
    /// Finds the literals inside the given ranges only (figures' sentences, possibly repeated,
    /// and cue windows outside them such as a table's column header): every window a cue or
    /// context is looked for in lies inside one of them.
    fn find(
        text: &str,
        compiled: &Compiled,
        sentences: impl Iterator<Item = (usize, usize)>,
    ) -> Self {
        let mut found = Vec::new();
        let mut last = (usize::MAX, 0);
        for (start, end) in sentences {
            if (start, end) == last {
                continue;
            }
            last = (start, end);
            found.extend(
                compiled
                    .literals
                    .find_overlapping_iter(&text[start..end])
                    .map(|m| (start + m.start(), start + m.end(), m.pattern().as_usize())),
            );
        }
        if !found.is_sorted() {
            found.sort_unstable();
            found.dedup();
        }
        Occurrences { found }
    }

    /// The literal occurrences wholly inside `start..end`.
    fn within(&self, (start, end): (usize, usize)) -> impl Iterator<Item = &(usize, usize, usize)> {
        let from = self.found.partition_point(|m| m.0 < start);
        self.found[from..]
            .iter()
            .take_while(move |m| m.0 < end)
            .filter(move |m| m.1 <= end)
    }

    /// Which patterns may match inside `range`: their literal occurs there (or they have none).
    fn presence(&self, compiled: &Compiled, range: (usize, usize), present: &mut Bits) {
        present.clear();
        for &p in &compiled.unfiltered {
            present.set(p);
        }
        for &(_, _, l) in self.within(range) {
            for &p in &compiled.literal_patterns[l] {
                present.set(p);
            }
        }
    }
}

/// A set of pattern indices, one bit each.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Bits(Vec<u64>);

impl Bits {
    fn new(n: usize) -> Self {
        Bits(vec![0; n.div_ceil(64)])
    }

    fn set(&mut self, i: usize) {
        self.0[i / 64] |= 1 << (i % 64);
    }

    fn get(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }

    fn clear(&mut self) {
        self.0.fill(0);
    }

    fn or_with(&mut self, other: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= *b;
        }
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
    index: &SectionIndex,
) -> Vec<Option<&'static Concept>> {
    let compiled = &*COMPILED;
    let text: &str = &src.folded;
    let occurrences = Occurrences::find(
        text,
        compiled,
        figures.iter().flat_map(|f| {
            let sentence = src.sentence_at(f.start);
            // a cue window outside the sentence (a table's column header) is read too
            let outside = f
                .cue_window
                .filter(|&(a, b)| a < sentence.0 || b > sentence.1);
            std::iter::once(sentence).chain(outside)
        }),
    );
    let n = compiled.patterns.len();
    // context may also come from the headings above a figure
    let titles: Vec<Bits> = sections
        .iter()
        .map(|s| {
            let mut present = Bits::new(n);
            for m in compiled
                .literals
                .find_overlapping_iter(super::fold::fold(&s.title).as_ref())
            {
                for &p in &compiled.literal_patterns[m.pattern().as_usize()] {
                    present.set(p);
                }
            }
            present
        })
        .collect();
    let (mut in_clause, mut in_before, mut in_context) = (Bits::new(n), Bits::new(n), Bits::new(n));
    let mut in_topic = Bits::new(n);
    let mut last_clause = (usize::MAX, 0);
    let mut last_sentence = (usize::MAX, 0);
    // context words are read up to the figure's words, from the start of its sentence: the
    // occurrences of the sentence are added to `in_before` as the figures advance
    let mut cursor = 0;
    let mut seen_cursor = 0;
    let mut last_seen = vec![usize::MAX; n];
    let mut touched: Vec<usize> = Vec::new();
    let mut out = Vec::with_capacity(figures.len());
    let mut subsets = Vec::with_capacity(figures.len());
    let mut in_subset = false;
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
        // after the figure: from the words attached to it up to the next figure of the clause
        let right = match fig.after {
            Some((a, b)) => {
                let next = figures[k + 1..]
                    .iter()
                    .map(|n| n.start)
                    .find(|&s| s >= b)
                    .filter(|&s| s < ce)
                    .unwrap_or(ce.max(b));
                (a, next)
            }
            None => (fig.extent_end.min(next_start), next_start),
        };
        // where the figure's own words are: before it, or after it when its label is there;
        // a label before it leaves only the noun attached after it (`三个复议场所`) to look at
        let label_after = fig.label.is_some_and(|(a, _)| a >= fig.extent_end);
        let attached = fig.after.unwrap_or((0, 0));
        let windows: &[(u8, (usize, usize))] = if label_after {
            &[(0, right), (1, left)]
        } else if fig.label.is_none() || fig.cue_window.is_some() {
            &[(0, left), (1, right)]
        } else {
            &[(0, left), (1, attached)]
        };
        let clause = (cs, ce.max(cs));
        let sentence = src.sentence_at(fig.start);
        if clause != last_clause {
            occurrences.presence(compiled, clause, &mut in_clause);
            last_clause = clause;
        }
        if sentence != last_sentence {
            in_before.clear();
            cursor = occurrences.found.partition_point(|m| m.0 < sentence.0);
            seen_cursor = cursor;
            for p in touched.drain(..) {
                last_seen[p] = usize::MAX;
            }
            last_sentence = sentence;
        }
        // where each pattern last ended before the figure, in its sentence (for the distance
        // of context words), kept up as the figures advance
        while let Some(&(_, end, l)) = occurrences.found.get(seen_cursor)
            && end <= fig.start
        {
            for &p in &compiled.literal_patterns[l] {
                if last_seen[p] == usize::MAX {
                    touched.push(p);
                }
                last_seen[p] = end;
            }
            seen_cursor += 1;
        }
        // context counts up to the next figure of the sentence: the words up to there are
        // about this figure (`召开专题会议3次,研究法治…`), the words after it about the next
        let reach = figures[k + 1..]
            .iter()
            .map(|n| n.start)
            .find(|&s| s >= fig.extent_end)
            .unwrap_or(sentence.1)
            .min(sentence.1);
        while let Some(&(_, end, l)) = occurrences.found.get(cursor)
            && end <= reach
        {
            for &p in &compiled.literal_patterns[l] {
                in_before.set(p);
            }
            cursor += 1;
        }
        in_context.clone_from(&in_before);
        for i in index.around(fig.start) {
            in_context.or_with(&titles[i]);
        }

        let candidates: &[usize] = if fig.zero_word {
            &compiled.counts
        } else {
            compiled
                .by_unit
                .get(fig.unit.as_str())
                .map_or(&[], Vec::as_slice)
        };
        // a figure whose own words name nothing (`畅通法律援助渠道,办理案件2.2万件`) takes its
        // subject from the clauses before it in its sentence, back to the previous figure
        // only a label that names no thing of its own asks the topic: none, a bare verb
        // (`办结`), or cases in general (`办理案件`)
        let generic = fig.label.is_none_or(|(a, b)| {
            let l = &text[a..b];
            l.chars().count() <= 2 || l.ends_with("案件")
        });
        let topic_start = match k.checked_sub(1).map(|j| figures[j].extent_end) {
            _ if !generic => cs,
            Some(e) if e > cs => cs, // a figure before it in its own clause: no topic
            Some(e) if e > sentence.0 => e,
            _ => sentence.0,
        };
        let topic = [(2u8, (topic_start, cs))];
        let attempts: [&[(u8, (usize, usize))]; 2] =
            [windows, if topic_start < cs { &topic } else { &[] }];
        let mut best: Option<(Score, &'static Concept, bool)> = None;
        let mut tie = false;
        // whether a cue matched the figure's own words, even one ruled out: then they do name
        // something, and the topic before them is not asked
        let mut named = false;
        for (attempt, windows) in attempts.into_iter().enumerate() {
            if best.is_some() || tie || named || windows.is_empty() {
                break;
            }
            // which patterns may match: those of the clause (or of a cue window outside it),
            // or of the topic before it
            let present = if attempt == 0 {
                match fig.cue_window {
                    Some((a, b)) if a < cs || b > ce => {
                        occurrences.presence(compiled, (a, b), &mut in_topic);
                        &in_topic
                    }
                    _ => &in_clause,
                }
            } else {
                occurrences.presence(compiled, (topic_start, cs), &mut in_topic);
                &in_topic
            };
            for &ci in candidates {
                let concept = &CONCEPTS[ci];
                let [cues, context, exclude] = &compiled.concepts[ci];
                // context words are plain literals (a registry test checks it): presence is exact
                if !context.is_empty() && !context.iter().any(|&p| in_context.get(p)) {
                    continue;
                }
                let Some(found) = best_cue(compiled, text, cues, present, windows, fig.start)
                else {
                    continue;
                };
                named |= found.rank < 2;
                let (ws, we) = found.window;
                let window = &text[ws..we];
                if exclude.iter().any(|&p| {
                    compiled.patterns[p].find_iter(window).any(|m| {
                        !guards::is_list_item(text, found.window, (ws + m.start(), ws + m.end()))
                    })
                }) {
                    continue;
                }
                // every match of the concept's own cues in the window: words they hold are its own
                let own = || -> Vec<(usize, usize)> {
                    cues.iter()
                        .filter(|&&p| present.get(p))
                        .flat_map(|&p| compiled.patterns[p].find_iter(window))
                        .map(|m| (ws + m.start(), ws + m.end()))
                        .collect()
                };
                // a sub-total (`查办食品案件`) is only known as one beside its total: decided
                // once every figure has its concept
                let subset =
                    match guards::rules_out(text, concept, found.window, found.at, &own, left) {
                        Some(guards::RuledOut::Subset) => true,
                        Some(_) => continue,
                        None => false,
                    };
                let context_distance = if context.is_empty() {
                    5_000
                } else {
                    context_distance(context, fig.start, &last_seen, &in_before)
                };
                let score = Score {
                    window: found.rank,
                    cue_distance: found.distance,
                    context_distance,
                    shorter_cue: -((found.at.1 - found.at.0) as isize),
                };
                match &best {
                    Some((b, c, _)) if score == *b && c.id != concept.id => tie = true,
                    Some((b, _, _)) if score >= *b => {}
                    _ => {
                        best = Some((score, concept, subset));
                        tie = false;
                    }
                }
            }
        }
        let chosen = if tie {
            None
        } else {
            best.map(|(_, c, s)| (c, s))
        };
        // the figures after a sub-total in its sentence are about the same subset
        // (`查办食品案件54.4万件,罚没金额26.3亿元`)
        if k == 0 || src.sentence_index(figures[k - 1].start) != src.sentence_index(fig.start) {
            in_subset = false;
        }
        // (an amount after a restricted count: the money of those cases)
        let money = chosen.is_some_and(|(c, _)| c.value_kind == crate::ValueKind::Money);
        let subset = chosen.is_some_and(|(_, s)| s) || (in_subset && money);
        in_subset |= subset;
        out.push(chosen.map(|(c, _)| c));
        subsets.push(subset);
    }
    listed_parts(text, figures, &mut out);
    // a restricted figure is a sub-total when the report states the concept unrestricted too
    let totals: std::collections::HashSet<&str> = out
        .iter()
        .zip(&subsets)
        .filter_map(|(c, &s)| c.filter(|_| !s).map(|c| c.id))
        .collect();
    for (c, &s) in out.iter_mut().zip(&subsets) {
        if s && c.is_some_and(|c| totals.contains(c.id)) {
            *c = None;
        }
    }
    out
}

/// Figures listed side by side with `、` that take the same concept and unit
/// (`行政处罚案卷30份、行政许可案卷30份`) are parts of a whole the text does not state: none
/// of them is the concept's value.
fn listed_parts(text: &str, figures: &[Candidate], out: &mut [Option<&'static Concept>]) {
    let mut k = 0;
    while k + 1 < figures.len() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        let between = text.get(a.extent_end..b.start).unwrap_or("");
        let listed = between.contains('、')
            && !between.contains(super::source::ends_clause)
            && a.unit == b.unit
            && a.kind == FactKind::Level
            && b.kind == FactKind::Level;
        let id = out[k].map(|c| c.id);
        if listed && id.is_some() && id == out[k + 1].map(|c| c.id) {
            // the whole run of such items
            let mut j = k;
            while j < figures.len() && out[j].map(|c| c.id) == id {
                out[j] = None;
                j += 1;
            }
            k = j;
        } else {
            k += 1;
        }
    }
}

/// Where a concept's cue was found for a figure.
#[derive(Debug, Clone, Copy)]
struct Found {
    /// 0 in the words before the figure, 1 in the words after it.
    rank: u8,
    /// Bytes between the cue and the figure.
    distance: usize,
    /// The cue's match.
    at: (usize, usize),
    /// The window it was found in.
    window: (usize, usize),
}

/// The nearest cue in the first window that holds one (windows in rank order): before the
/// figure the distance from the cue's end to the figure, after it from the figure to the
/// cue. A cue elsewhere in the clause says nothing of this figure: it belongs to the figure
/// it stands next to.
fn best_cue(
    compiled: &Compiled,
    text: &str,
    cues: &[usize],
    present: &Bits,
    windows: &[(u8, (usize, usize))],
    figure: usize,
) -> Option<Found> {
    let mut best: Option<Found> = None;
    for &(rank, (ws, we)) in windows {
        // before the figure the nearest cue ends last; after it, it starts first
        let before = we <= figure;
        if we <= ws {
            continue;
        }
        let window = &text[ws..we];
        for &p in cues {
            if !present.get(p) {
                continue;
            }
            for m in compiled.patterns[p].find_iter(window) {
                let distance = if before {
                    window.len() - m.end()
                } else {
                    m.start()
                };
                let better = best.is_none_or(|b| {
                    (distance, std::cmp::Reverse(m.len()))
                        < (b.distance, std::cmp::Reverse(b.at.1 - b.at.0))
                });
                if better {
                    best = Some(Found {
                        rank,
                        distance,
                        at: (ws + m.start(), ws + m.end()),
                        window: (ws, we),
                    });
                }
            }
        }
        if best.is_some() {
            return best;
        }
    }
    None
}

/// How far before the figure the nearest context word of its sentence ends (from
/// `last_seen`, where each pattern last ended before the figure); one only after the figure
/// (up to the next figure) counts as farther than any before it, one only in a heading
/// farther still.
fn context_distance(context: &[usize], pos: usize, last_seen: &[usize], in_before: &Bits) -> usize {
    let before = context
        .iter()
        .map(|&p| last_seen[p])
        .filter(|&e| e != usize::MAX)
        .map(|e| pos.saturating_sub(e))
        .min();
    match before {
        Some(d) => d,
        None if context.iter().any(|&p| in_before.get(p)) => 10_000,
        None => 20_000, // only in a heading
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_literals() {
        assert_eq!(required_literal("复议场所").as_deref(), Some("复议场所"));
        assert_eq!(
            required_literal("(国家|全国|国务院).{0,10}典型").as_deref(),
            Some("典型")
        );
        assert_eq!(
            required_literal("审查.{0,4}重大行政决策").as_deref(),
            Some("重大行政决策")
        );
        assert_eq!(required_literal("出庭(应诉)?率").as_deref(), Some("出庭"));
        assert_eq!(required_literal("^乡镇").as_deref(), Some("乡镇"));
        assert_eq!(
            required_literal("依法治[省市县]委员会").as_deref(),
            Some("委员会")
        );
        assert_eq!(required_literal("整改了?").as_deref(), Some("整改"));
        assert_eq!(required_literal("a|b"), None);
    }

    #[test]
    fn every_match_contains_its_required_literal() {
        // the prefilter may only ever say "maybe": check it on every cue of the registry
        for p in &COMPILED.patterns {
            let src = p.as_str();
            let Some(literal) = required_literal(src) else {
                continue;
            };
            for sample in [src.replace(['(', ')', '?', '^'], ""), literal.clone()] {
                if let Some(m) = p.find(&sample) {
                    assert!(
                        m.as_str().contains(&literal),
                        "{src}: match {:?} lacks {literal}",
                        m.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn context_words_are_plain_literals() {
        for c in CONCEPTS {
            for x in c.context {
                assert_eq!(
                    required_literal(x).as_deref(),
                    Some(*x),
                    "{}: context {x} must be plain text",
                    c.id
                );
            }
        }
    }
}
