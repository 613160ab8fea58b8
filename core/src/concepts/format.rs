//! The form of a registry file, read into plain data and checked.
//!
//! One reader for both uses of the form: `core/build.rs` compiles the built-in
//! `registry.toml` into static tables with it, and [`super::Registry::from_toml`] reads
//! users' files at run time with it, so a file the build accepts is a file a user may write
//! and the other way round. It depends on nothing of the crate (the build script includes
//! it by path) and says what is wrong with the entry and the field at fault.

use toml::{Table, Value};

/// The area ids, in the order of `Area::ALL`.
pub const AREAS: [&str; 12] = [
    "leadership",
    "legislation",
    "major_decisions",
    "normative_documents",
    "enforcement",
    "business_environment",
    "government_services",
    "credit",
    "dispute_resolution",
    "legal_services",
    "legal_aid",
    "law_popularization",
];

/// The axes a wording may make a figure a part on, as written in a file.
pub const AXES: [&str; 6] = ["category", "field", "channel", "stage", "period", "item"];

/// The kinds of value, as written in a file.
pub const KINDS: [&str; 4] = ["count", "money", "rate", "completion_rate"];

/// A registry file read: its domains and concepts, in file order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spec {
    /// Domain id and the words that name it.
    pub domains: Vec<(String, Vec<String>)>,
    pub concepts: Vec<ConceptSpec>,
}

/// One `[[concept]]` entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ConceptSpec {
    pub id: String,
    /// The index of its area in [`AREAS`] (the id's first part).
    pub area: usize,
    pub zh: String,
    pub en: String,
    /// One of [`KINDS`].
    pub kind: String,
    pub unit: String,
    pub units: Vec<String>,
    pub exclude: Vec<String>,
    pub scoped: bool,
    /// The entry's own wording first, then its `also` entries.
    pub wordings: Vec<WordingSpec>,
}

/// One wording of a concept, with its phrasing examples.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WordingSpec {
    pub domains: Vec<String>,
    /// The measure words it may be written in, some of the concept's; empty: any of them.
    pub units: Vec<String>,
    pub acts: Vec<String>,
    pub things: Vec<String>,
    pub marks: Vec<String>,
    pub of: Vec<String>,
    pub coordinated: bool,
    /// One of [`AXES`].
    pub part: Option<String>,
    /// Sentences whose last figure must take the concept, and must not.
    pub matches: Vec<String>,
    pub rejects: Vec<String>,
}

/// The keys of a wording: a `[[concept]]` entry holds these and [`CONCEPT_KEYS`], an `also`
/// entry these and `units` (some of the concept's: `行政处罚` alone in `件` is a count of
/// cases, not of decisions).
const WORDING_KEYS: [&str; 9] = [
    "domains",
    "acts",
    "things",
    "marks",
    "of",
    "coordinated",
    "part",
    "match",
    "reject",
];
const CONCEPT_KEYS: [&str; 9] = [
    "id", "zh", "en", "kind", "unit", "units", "exclude", "scoped", "also",
];

/// Reads a registry table. `known_domain` tells the domain ids defined elsewhere (the
/// built-in ones, for a user's file) that its wordings may name besides its own.
pub fn read(table: &Table, known_domain: &dyn Fn(&str) -> bool) -> Result<Spec, String> {
    for key in table.keys() {
        if key != "domains" && key != "concept" {
            return Err(format!(
                "unknown table `{key}` (a registry holds `[domains]` and `[[concept]]`)"
            ));
        }
    }
    let mut spec = Spec::default();
    if let Some(d) = table.get("domains") {
        let d = d.as_table().ok_or("`domains` is not a table")?;
        for (id, _) in d {
            check_id(id).map_err(|e| format!("domain `{id}`: {e}"))?;
            if id == "none" {
                return Err("domain `none` is reserved: it means no domain".into());
            }
            let words = strings(d, id, &[]).map_err(|e| format!("domain `{id}`: {e}"))?;
            if words.is_empty() || words.iter().any(String::is_empty) {
                return Err(format!("domain `{id}` has no words, or an empty one"));
            }
            spec.domains.push((id.clone(), words));
        }
    }
    let own: Vec<&str> = spec.domains.iter().map(|d| d.0.as_str()).collect();
    let domain_known = |d: &str| d == "none" || own.contains(&d) || known_domain(d);
    let entries = match table.get("concept") {
        None => &Vec::new(),
        Some(v) => v
            .as_array()
            .ok_or("`concept` is not a list of [[concept]] tables")?,
    };
    let mut ids = std::collections::BTreeSet::new();
    for (n, entry) in entries.iter().enumerate() {
        let c = entry
            .as_table()
            .ok_or_else(|| format!("[[concept]] number {} is not a table", n + 1))?;
        let id = string(c, "id").map_err(|e| format!("[[concept]] number {}: {e}", n + 1))?;
        let at = |e: String| format!("concept `{id}`: {e}");
        let spec_of = concept(c, &id, &domain_known).map_err(at)?;
        if !ids.insert(id.clone()) {
            return Err(at("the id is given twice".into()));
        }
        spec.concepts.push(spec_of);
    }
    Ok(spec)
}

fn concept(
    c: &Table,
    id: &str,
    domain_known: &dyn Fn(&str) -> bool,
) -> Result<ConceptSpec, String> {
    unknown_keys(c, &[&CONCEPT_KEYS[..], &WORDING_KEYS[..]].concat())?;
    let (area, suffix) = id
        .split_once('.')
        .ok_or("no area in the id (`area.name`)")?;
    let area = AREAS
        .iter()
        .position(|a| *a == area)
        .ok_or_else(|| format!("unknown area `{area}` (one of {})", AREAS.join(", ")))?;
    if suffix.is_empty() || !suffix.split('.').all(|p| check_id(p).is_ok()) {
        return Err("the id is `area.name`, lowercase letters, digits and `_` between dots".into());
    }
    let kind = string(c, "kind")?;
    if !KINDS.contains(&kind.as_str()) {
        return Err(format!(
            "unknown kind `{kind}` (one of {})",
            KINDS.join(", ")
        ));
    }
    let unit = string(c, "unit")?;
    let mut units = strings(c, "units", &[])?;
    match kind.as_str() {
        "count" if units.is_empty() => units.push(unit.clone()),
        "count" if !units.contains(&unit) => {
            return Err(format!("unit `{unit}` is not one of its units"));
        }
        "count" => {}
        "money" if unit != "元" => return Err(format!("money is in 元, not `{unit}`")),
        "rate" | "completion_rate" if unit != "%" => {
            return Err(format!("a rate is in %, not `{unit}`"));
        }
        _ => {}
    }
    if units.iter().any(String::is_empty) || unit.is_empty() {
        return Err("a unit is empty".into());
    }
    let mut wordings = vec![wording(c, domain_known)?];
    if let Some(also) = c.get("also") {
        let also = also.as_array().ok_or("`also` is not a list of tables")?;
        for a in also {
            let a = a.as_table().ok_or("an `also` entry is not a table")?;
            unknown_keys(a, &[&WORDING_KEYS[..], &["units"]].concat())?;
            let mut w = wording(a, domain_known).map_err(|e| format!("an `also` entry: {e}"))?;
            w.units = strings(a, "units", &[])?;
            if let Some(u) = w.units.iter().find(|u| !units.contains(u)) {
                return Err(format!(
                    "an `also` entry: unit `{u}` is not one of the concept's units"
                ));
            }
            wordings.push(w);
        }
    }
    let scoped = match c.get("scoped") {
        None => false,
        Some(v) => v.as_bool().ok_or("`scoped` is not true or false")?,
    };
    Ok(ConceptSpec {
        id: id.to_string(),
        area,
        zh: string(c, "zh")?,
        en: string(c, "en")?,
        kind,
        unit,
        units,
        exclude: strings(c, "exclude", &[])?,
        scoped,
        wordings,
    })
}

fn wording(t: &Table, domain_known: &dyn Fn(&str) -> bool) -> Result<WordingSpec, String> {
    let domains = strings(t, "domains", &[])?;
    if let Some(d) = domains.iter().find(|d| !domain_known(d)) {
        return Err(format!("unknown domain `{d}`"));
    }
    let things = strings(t, "things", &[])?;
    if things.is_empty() {
        return Err(
            "`things` is missing or empty (`\"\"` stands for a phrase naming no thing)".into(),
        );
    }
    let coordinated = match t.get("coordinated") {
        None => false,
        Some(v) => v.as_bool().ok_or("`coordinated` is not true or false")?,
    };
    let part = match t.get("part") {
        None => None,
        Some(v) => {
            let axis = v.as_str().ok_or("`part` is not a string")?;
            if !AXES.contains(&axis) {
                return Err(format!(
                    "unknown part axis `{axis}` (one of {})",
                    AXES.join(", ")
                ));
            }
            Some(axis.to_string())
        }
    };
    let marks = strings(t, "marks", &[])?;
    let of = strings(t, "of", &[])?;
    if marks.iter().chain(&of).any(String::is_empty) {
        return Err("`marks` and `of` hold no empty word".into());
    }
    Ok(WordingSpec {
        domains,
        units: Vec::new(),
        acts: strings(t, "acts", &[""])?,
        things,
        marks,
        of,
        coordinated,
        part,
        matches: strings(t, "match", &[])?,
        rejects: strings(t, "reject", &[])?,
    })
}

/// An id part: lowercase ASCII letters, digits and `_`, starting with a letter.
fn check_id(id: &str) -> Result<(), String> {
    let ok = id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "`{id}` is no id (lowercase letters, digits and `_`, starting with a letter)"
        ))
    }
}

fn unknown_keys(t: &Table, known: &[&str]) -> Result<(), String> {
    match t.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(format!("unknown key `{k}`")),
        None => Ok(()),
    }
}

/// The strings of `table[key]`, or `default` when the key is absent.
pub fn strings(table: &Table, key: &str, default: &[&str]) -> Result<Vec<String>, String> {
    match table.get(key) {
        None => Ok(default.iter().map(|s| s.to_string()).collect()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("`{key}` holds a {}, not a string", v.type_str()))
            })
            .collect(),
        Some(v) => Err(format!(
            "`{key}` is a {}, not a list of strings",
            v.type_str()
        )),
    }
}

fn string(table: &Table, key: &str) -> Result<String, String> {
    table
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| format!("`{key}` is missing or not a string"))
}

/// What a word of a registry is to the reader of clauses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordRole {
    /// An act that may govern a figure.
    Act,
    /// A thing a figure may count (also the things a rate is `of`).
    Thing,
    /// A mark looked for among a figure's words (one of several characters: a single
    /// character is looked for as written, not cut out as a word).
    Mark,
    /// A word naming the domain at this index of [`Spec::domains`].
    Domain(usize),
}

/// Every word of a registry the reader of clauses must know, with its role, in file order
/// (a word may come more than once, with different roles).
pub fn words(spec: &Spec) -> Vec<(&str, WordRole)> {
    let mut out = Vec::new();
    for (i, (_, words)) in spec.domains.iter().enumerate() {
        out.extend(words.iter().map(|w| (w.as_str(), WordRole::Domain(i))));
    }
    for w in spec.concepts.iter().flat_map(|c| &c.wordings) {
        out.extend(w.acts.iter().map(|a| (a.as_str(), WordRole::Act)));
        out.extend(
            w.things
                .iter()
                .chain(&w.of)
                .map(|t| (t.as_str(), WordRole::Thing)),
        );
        out.extend(
            w.marks
                .iter()
                .filter(|m| m.chars().count() > 1)
                .map(|m| (m.as_str(), WordRole::Mark)),
        );
    }
    out.retain(|(w, _)| !w.is_empty());
    out
}
