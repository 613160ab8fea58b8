//! Users' concepts, domains and words, kept for the life of the process.
//!
//! The facts of every report carry concept ids, and the checks, tables and pages look a
//! concept up by its id wherever the report came from. So a user's concept, once loaded, is
//! kept here beside the built-in ones — [`super::concept`] finds the one last loaded under
//! its id (a file edited and loaded again in a notebook replaces its concepts) — and loading
//! a definition loaded before gives the same entry: memory grows with distinct definitions
//! only. Words a user's file adds to the reader of clauses are numbered after the built-in
//! words, once per (text, roles, domain), so the index a token carries names one word
//! everywhere.

use super::format::{ConceptSpec, WordingSpec};
use super::{Area, Concept, Domain, ValueKind, Wording};
use crate::model::Axis;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

#[derive(Default)]
struct Tables {
    /// Every definition loaded, and the last loaded under each id.
    concepts: HashMap<ConceptSpec, &'static Concept>,
    latest: HashMap<String, &'static Concept>,
    domains: Vec<&'static Domain>,
    domain_at: HashMap<(String, Vec<String>), usize>,
    words: Vec<(&'static str, u32, u16)>,
    word_at: HashMap<(String, u32, u16), u32>,
}

static TABLES: LazyLock<RwLock<Tables>> = LazyLock::new(Default::default);

fn read() -> std::sync::RwLockReadGuard<'static, Tables> {
    // (the tables are only ever appended to whole: a panic elsewhere cannot leave them torn)
    TABLES.read().unwrap_or_else(|e| e.into_inner())
}

fn write() -> std::sync::RwLockWriteGuard<'static, Tables> {
    TABLES.write().unwrap_or_else(|e| e.into_inner())
}

/// The user's concept with this id last loaded, if any.
pub(crate) fn concept(id: &str) -> Option<&'static Concept> {
    read().latest.get(id).copied()
}

/// The user's domain at `index` (counted after the built-in ones).
pub(crate) fn domain(index: usize) -> Option<&'static Domain> {
    read().domains.get(index).copied()
}

/// The user's word at `index` (counted after the built-in ones): text, roles, domain.
pub(crate) fn word(index: usize) -> Option<(&'static str, u32, u16)> {
    read().words.get(index).copied()
}

/// The concept of this definition: the one kept when the same definition was loaded before,
/// else a new one. Either way it is now the one its id names.
pub(crate) fn intern_concept(spec: &ConceptSpec) -> &'static Concept {
    let mut t = write();
    let concept = match t.concepts.get(spec) {
        Some(c) => *c,
        None => {
            let c: &'static Concept = Box::leak(Box::new(Concept {
                id: leak(&spec.id),
                zh: leak(&spec.zh),
                en: leak(&spec.en),
                area: Area::ALL[spec.area],
                value_kind: match spec.kind.as_str() {
                    "money" => ValueKind::Money,
                    "rate" => ValueKind::Rate,
                    "completion_rate" => ValueKind::CompletionRate,
                    _ => ValueKind::Count,
                },
                unit: leak(&spec.unit),
                units: leak_all(&spec.units),
                wordings: Vec::leak(spec.wordings.iter().map(wording).collect()),
                exclude: leak_all(&spec.exclude),
                scoped: spec.scoped,
            }));
            t.concepts.insert(spec.clone(), c);
            c
        }
    };
    t.latest.insert(spec.id.clone(), concept);
    concept
}

/// The index (counted after the built-in domains) of the domain with this id and these
/// words: the one kept when loaded before, else a new one.
pub(crate) fn intern_domain(id: &str, words: &[String]) -> usize {
    let mut t = write();
    let key = (id.to_string(), words.to_vec());
    if let Some(&i) = t.domain_at.get(&key) {
        return i;
    }
    t.domains.push(Box::leak(Box::new(Domain {
        id: leak(id),
        words: leak_all(words),
    })));
    let i = t.domains.len() - 1;
    t.domain_at.insert(key, i);
    i
}

/// The index (counted after the built-in words) of the word with this text, roles and
/// domain.
pub(crate) fn intern_word(text: &str, roles: u32, domain: u16) -> u32 {
    let mut t = write();
    let key = (text.to_string(), roles, domain);
    if let Some(&i) = t.word_at.get(&key) {
        return i;
    }
    let i = t.words.len() as u32;
    t.words.push((leak(text), roles, domain));
    t.word_at.insert(key, i);
    i
}

fn wording(w: &WordingSpec) -> Wording {
    Wording {
        domains: leak_all(&w.domains),
        units: leak_all(&w.units),
        acts: leak_all(&w.acts),
        things: leak_all(&w.things),
        marks: leak_all(&w.marks),
        of: leak_all(&w.of),
        coordinated: w.coordinated,
        part: w.part.as_deref().map(|axis| match axis {
            "field" => Axis::Field,
            "channel" => Axis::Channel,
            "stage" => Axis::Stage,
            "period" => Axis::Period,
            "item" => Axis::Item,
            _ => Axis::Category,
        }),
    }
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

fn leak_all(list: &[String]) -> &'static [&'static str] {
    Vec::leak(list.iter().map(|s| leak(s)).collect())
}
