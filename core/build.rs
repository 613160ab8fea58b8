//! Compiles the registry (`src/concepts/registry.toml`) and the lexicon
//! (`src/extract/lexicon.toml`) into Rust: the static concept table, the typed area views
//! (through the `registry!` macro of `src/concepts/mod.rs`), the domains, the phrasing
//! examples and the word lists. The data stays data; nothing is read at run time.
//!
//! A malformed file stops the build with the entry and the field at fault.

use std::fmt::Write as _;
use std::path::Path;
use toml::{Table, Value};

const REGISTRY: &str = "src/concepts/registry.toml";
const LEXICON: &str = "src/extract/lexicon.toml";

/// The areas in the order of `Area::ALL`, with the doc line of their typed view.
const AREAS: &[(&str, &str)] = &[
    (
        "leadership",
        "Leadership: leaders studying and answering for the rule of law.",
    ),
    (
        "legislation",
        "Legislation: local regulations and government rules.",
    ),
    ("major_decisions", "Major administrative decisions."),
    ("normative_documents", "Normative documents."),
    ("enforcement", "Administrative law enforcement."),
    (
        "business_environment",
        "The business environment under the rule of law.",
    ),
    ("government_services", "Government services."),
    ("credit", "Credit supervision."),
    (
        "dispute_resolution",
        "Administrative reconsideration, litigation and mediation.",
    ),
    ("legal_services", "Public legal services."),
    ("legal_aid", "Legal aid."),
    ("law_popularization", "Law popularisation."),
];

fn main() {
    println!("cargo:rerun-if-changed={REGISTRY}");
    println!("cargo:rerun-if-changed={LEXICON}");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let registry = read(REGISTRY);
    let code = registry_code(&registry).unwrap_or_else(|e| panic!("{REGISTRY}: {e}"));
    write(&Path::new(&out).join("registry.rs"), &code);
    let lexicon = read(LEXICON);
    let code = lexicon_code(&lexicon, &registry).unwrap_or_else(|e| panic!("{LEXICON}: {e}"));
    write(&Path::new(&out).join("lexicon.rs"), &code);
}

fn read(path: &str) -> Table {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.parse::<Table>()
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn write(path: &Path, code: &str) {
    // unchanged output keeps the crate from recompiling
    if std::fs::read_to_string(path).ok().as_deref() != Some(code) {
        std::fs::write(path, code).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// A Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// `[\"a\", \"b\"]` of a list of literals.
fn list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| lit(s)).collect();
    format!("[{}]", inner.join(", "))
}

/// The strings of `table[key]`, or `default` when the key is absent.
fn strings(table: &Table, key: &str, default: &[&str]) -> Result<Vec<String>, String> {
    match table.get(key) {
        None => Ok(default.iter().map(|s| s.to_string()).collect()),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| {
                v.as_str()
                    .map(str::to_string)
                    .ok_or_else(|| format!("`{key}` holds {v:?}, not a string"))
            })
            .collect(),
        Some(v) => Err(format!("`{key}` is {v:?}, not a list of strings")),
    }
}

fn string(table: &Table, key: &str) -> Result<String, String> {
    table
        .get(key)
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| format!("`{key}` is missing or not a string"))
}

/// `major_decisions` → `MajorDecisions`.
fn camel(id: &str) -> String {
    id.split('_')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn value_kind(kind: &str) -> Result<&'static str, String> {
    Ok(match kind {
        "count" => "Count",
        "money" => "Money",
        "rate" => "Rate",
        "completion_rate" => "CompletionRate",
        other => return Err(format!("unknown kind `{other}`")),
    })
}

/// The wording of a concept or of one of its `also` entries.
fn wording(t: &Table, domains: &[String]) -> Result<String, String> {
    let ds = strings(t, "domains", &[])?;
    for d in &ds {
        if d != "none" && !domains.contains(d) {
            return Err(format!("unknown domain `{d}`"));
        }
    }
    let things = strings(t, "things", &[])?;
    let acts = strings(t, "acts", &[""])?;
    if things.is_empty() {
        return Err("`things` is empty".into());
    }
    let coordinated = t
        .get("coordinated")
        .map(|v| v.as_bool().ok_or("`coordinated` is not true or false"))
        .transpose()?
        .unwrap_or(false);
    let part = match t
        .get("part")
        .map(|v| v.as_str().ok_or("`part` is not a string"))
    {
        None => "None".to_string(),
        Some(axis) => {
            let axis = axis?;
            const AXES: &[&str] = &["category", "field", "channel", "stage", "period", "item"];
            if !AXES.contains(&axis) {
                return Err(format!("unknown part axis `{axis}`"));
            }
            format!("Some(crate::model::Axis::{})", camel(axis))
        }
    };
    Ok(format!(
        "{{ domains {}, acts {}, things {}, marks {}, of {}, coordinated {coordinated}, part {part} }}",
        list(&ds),
        list(&acts),
        list(&things),
        list(&strings(t, "marks", &[])?),
        list(&strings(t, "of", &[])?)
    ))
}

fn registry_code(registry: &Table) -> Result<String, String> {
    let domain_table = registry
        .get("domains")
        .and_then(Value::as_table)
        .ok_or("no [domains] table")?;
    let mut domains = Vec::new();
    let mut code = String::from(
        "// Generated by core/build.rs from src/concepts/registry.toml; do not edit.\n\n",
    );
    code.push_str("/// The domains of the registry: the procedures and fields a count belongs to, with the words that name them.\npub static DOMAINS: &[Domain] = &[\n");
    for (id, _) in domain_table {
        let words = strings(domain_table, id, &[])?;
        if words.is_empty() {
            return Err(format!("domain `{id}` has no words"));
        }
        let _ = writeln!(
            code,
            "    Domain {{ id: {}, words: &{} }},",
            lit(id),
            list(&words)
        );
        domains.push(id.clone());
    }
    code.push_str("];\n\n");

    let concepts = registry
        .get("concept")
        .and_then(Value::as_array)
        .ok_or("no [[concept]] entries")?;
    let mut by_area: Vec<Vec<String>> = vec![Vec::new(); AREAS.len()];
    let mut examples = String::new();
    let mut ids = std::collections::BTreeSet::new();
    for entry in concepts {
        let c = entry.as_table().ok_or("a [[concept]] is not a table")?;
        let id = string(c, "id")?;
        let at = |e: String| format!("concept `{id}`: {e}");
        if !ids.insert(id.clone()) {
            return Err(at("the id is given twice".into()));
        }
        let (area, suffix) = id
            .split_once('.')
            .ok_or_else(|| at("no area in the id".into()))?;
        let area_index = AREAS
            .iter()
            .position(|(a, _)| *a == area)
            .ok_or_else(|| at(format!("unknown area `{area}`")))?;
        let kind = value_kind(&string(c, "kind").map_err(at)?).map_err(at)?;
        let unit = string(c, "unit").map_err(at)?;
        let units = strings(c, "units", &[]).map_err(at)?;
        if kind == "Count" && !units.contains(&unit) {
            return Err(at(format!("unit `{unit}` is not one of its units")));
        }
        let mut wordings = vec![wording(c, &domains).map_err(at)?];
        let mut example = |t: &Table| -> Result<(), String> {
            let yes = strings(t, "match", &[])?;
            let no = strings(t, "reject", &[])?;
            if !yes.is_empty() || !no.is_empty() {
                let _ = writeln!(
                    examples,
                    "    Example {{ concept: {}, matches: &{}, rejects: &{} }},",
                    lit(&id),
                    list(&yes),
                    list(&no)
                );
            }
            Ok(())
        };
        example(c).map_err(at)?;
        if let Some(also) = c.get("also") {
            let also = also
                .as_array()
                .ok_or_else(|| at("`also` is not a list of tables".into()))?;
            for a in also {
                let a = a
                    .as_table()
                    .ok_or_else(|| at("an `also` entry is not a table".into()))?;
                wordings.push(wording(a, &domains).map_err(at)?);
                example(a).map_err(at)?;
            }
        }
        let scoped = c.get("scoped").and_then(Value::as_bool).unwrap_or(false);
        by_area[area_index].push(format!(
            "        {} = {}, {kind}, {}, {}, {},\n            units {}, exclude {}, scoped {scoped},\n            wordings [{}];\n",
            suffix.replace('.', "_"),
            lit(suffix),
            lit(&unit),
            lit(&string(c, "zh").map_err(at)?),
            lit(&string(c, "en").map_err(at)?),
            list(&units),
            list(&strings(c, "exclude", &[]).map_err(at)?),
            wordings.join(", ")
        ));
    }
    code.push_str("registry! {\n");
    for ((area, doc), entries) in AREAS.iter().zip(&by_area) {
        let _ = writeln!(
            code,
            "    /// {doc}\n    area {} {} => {}View, {area} {{",
            camel(area),
            lit(area),
            camel(area)
        );
        for e in entries {
            code.push_str(e);
        }
        code.push_str("    }\n");
    }
    code.push_str("}\n\n");
    code.push_str("/// The phrasing examples of the registry, one per wording that has any.\n#[allow(dead_code)]\npub(crate) static EXAMPLES: &[Example] = &[\n");
    code.push_str(&examples);
    code.push_str("];\n");
    Ok(code)
}

/// The roles a word plays in a clause, one bit each, with the list of `lexicon.toml` that
/// gives each (the registry gives acts, things, marks and domain words).
const ROLES: &[(&str, &str, u32)] = &[
    ("ACT", "verbs", 1),
    ("LIGHT", "light", 1 << 1),
    ("THING", "", 1 << 2),
    ("DOMAIN", "", 1 << 3),
    ("TRANSPARENT", "transparent", 1 << 4),
    ("BROAD", "broad", 1 << 5),
    ("SCOPE", "scope", 1 << 6),
    ("COORD", "coordinators", 1 << 7),
    ("PART", "part_markers", 1 << 8),
    ("PLAN", "plan", 1 << 9),
    ("REVERSAL", "reversal", 1 << 10),
    ("SHIELD", "shield", 1 << 11),
    ("AVERAGE", "average", 1 << 12),
    ("SAMPLE", "sample", 1 << 13),
    ("RESTRICT", "restrict", 1 << 14),
    ("PERIOD", "period", 1 << 15),
    ("NOUN", "nouns", 1 << 16),
    ("MARK", "", 1 << 17),
    ("WORD", "words", 1 << 18),
    ("GENERIC", "generic_heads", 1 << 19),
    ("AGENCY", "agency_nouns", 1 << 20),
];

fn role(name: &str) -> u32 {
    ROLES
        .iter()
        .find(|r| r.0 == name)
        .map(|r| r.2)
        .unwrap_or_default()
}

/// The merged word table: every word of the lexicon and of the registry with its roles and
/// the domain it names or holds (the domain of the longest domain word inside it).
fn lexicon_code(lexicon: &Table, registry: &Table) -> Result<String, String> {
    use std::collections::BTreeMap;
    let mut words: BTreeMap<String, u32> = BTreeMap::new();
    let mut add = |w: &str, bits: u32| {
        if !w.is_empty() {
            *words.entry(w.to_string()).or_default() |= bits;
        }
    };
    for (list, _) in lexicon {
        let bits = ROLES
            .iter()
            .find(|r| r.1 == list)
            .map(|r| r.2)
            .ok_or_else(|| format!("unknown list `{list}`"))?;
        for w in strings(lexicon, list, &[])? {
            add(&w, bits);
        }
    }
    let domain_table = registry
        .get("domains")
        .and_then(Value::as_table)
        .ok_or("no [domains] in the registry")?;
    let mut domain_words: Vec<(String, usize)> = Vec::new();
    for (i, (id, _)) in domain_table.iter().enumerate() {
        for w in strings(domain_table, id, &[])? {
            add(&w, role("DOMAIN"));
            domain_words.push((w, i));
        }
    }
    let concepts = registry
        .get("concept")
        .and_then(Value::as_array)
        .ok_or("no [[concept]] in the registry")?;
    for c in concepts.iter().filter_map(Value::as_table) {
        let mut entries = vec![c];
        if let Some(also) = c.get("also").and_then(Value::as_array) {
            entries.extend(also.iter().filter_map(Value::as_table));
        }
        for t in entries {
            for w in strings(t, "acts", &[])? {
                add(&w, role("ACT"));
            }
            for w in strings(t, "things", &[])? {
                add(&w, role("THING"));
            }
            // (a one-character mark is looked for as written, not cut out as a word)
            for w in strings(t, "marks", &[])?
                .iter()
                .filter(|w| w.chars().count() > 1)
            {
                add(w, role("MARK"));
            }
            for w in strings(t, "of", &[])? {
                add(&w, role("THING"));
            }
        }
    }
    let mut code = String::from(
        "// Generated by core/build.rs from src/extract/lexicon.toml and src/concepts/registry.toml; do not edit.\n\n",
    );
    code.push_str("/// The roles a word plays in a clause, one bit each.\n#[allow(dead_code)]\npub(crate) mod role {\n");
    for (name, list, bit) in ROLES {
        let from = if list.is_empty() {
            "the registry".to_string()
        } else {
            format!("`{list}`")
        };
        let _ = writeln!(
            code,
            "    /// Words of {from}.\n    pub const {name}: u32 = {bit};"
        );
    }
    code.push_str("}\n\n/// No domain.\npub(crate) const NO_DOMAIN: u16 = u16::MAX;\n\n");
    code.push_str("/// Every word with its roles and the index in `DOMAINS` of the domain it names or holds.\npub(crate) static WORDS: &[(&str, u32, u16)] = &[\n");
    for (w, bits) in &words {
        let domain = domain_words
            .iter()
            .filter(|(d, _)| w.contains(d.as_str()))
            .max_by_key(|(d, _)| d.chars().count())
            .map_or("NO_DOMAIN".to_string(), |(_, i)| i.to_string());
        let _ = writeln!(code, "    ({}, {bits}, {domain}),", lit(w));
    }
    code.push_str("];\n\n");
    trie_code(&mut code, words.keys().map(String::as_str));
    Ok(code)
}

/// A character trie of the words (in `WORDS` order), as two static tables, so that the
/// longest word at a position is found by walking it: no automaton is built at run time.
fn trie_code<'a>(code: &mut String, words: impl Iterator<Item = &'a str>) {
    // nodes as (children by character, word index); node 0 is the root
    let mut nodes: Vec<(std::collections::BTreeMap<char, usize>, Option<usize>)> =
        vec![(Default::default(), None)];
    for (index, word) in words.enumerate() {
        let mut node = 0;
        for c in word.chars() {
            node = match nodes[node].0.get(&c) {
                Some(&next) => next,
                None => {
                    nodes.push((Default::default(), None));
                    let next = nodes.len() - 1;
                    nodes[node].0.insert(c, next);
                    next
                }
            };
        }
        nodes[node].1 = Some(index);
    }
    let mut edges = String::new();
    let mut table = String::new();
    let mut first = 0usize;
    for (children, word) in &nodes {
        let word = word.map_or("NO_WORD".to_string(), |w| w.to_string());
        let _ = writeln!(table, "    ({first}, {}, {word}),", children.len());
        for (c, next) in children {
            let _ = writeln!(edges, "    ({c:?}, {next}),");
        }
        first += children.len();
    }
    code.push_str(
        "/// No word ends at a trie node.\npub(crate) const NO_WORD: u32 = u32::MAX;\n\n",
    );
    code.push_str("/// The trie's nodes: (first edge, number of edges, the word ending here or `NO_WORD`).\npub(crate) static TRIE_NODES: &[(u32, u32, u32)] = &[\n");
    code.push_str(&table);
    code.push_str("];\n\n/// The trie's edges, each node's sorted by character: (character, next node).\npub(crate) static TRIE_EDGES: &[(char, u32)] = &[\n");
    code.push_str(&edges);
    code.push_str("];\n\n");
    // the root's children for the common Chinese characters, by code point: the first step
    // of every walk is one index instead of a search among a thousand edges
    let mut root = vec![u32::MAX; (CJK_END - CJK_START) as usize];
    for (c, next) in &nodes[0].0 {
        if (CJK_START..CJK_END).contains(&(*c as u32)) {
            root[(*c as u32 - CJK_START) as usize] = *next as u32;
        }
    }
    let _ = writeln!(
        code,
        "/// The first code point of [`TRIE_ROOT_CJK`].\npub(crate) const CJK_START: u32 = {CJK_START:#x};\n/// The root's child for each character from `CJK_START` (`NO_WORD`: none).\npub(crate) static TRIE_ROOT_CJK: [u32; {}] = [",
        root.len()
    );
    for chunk in root.chunks(16) {
        let line: Vec<String> = chunk
            .iter()
            .map(|&n| {
                if n == u32::MAX {
                    "NO_WORD".into()
                } else {
                    n.to_string()
                }
            })
            .collect();
        let _ = writeln!(code, "    {},", line.join(", "));
    }
    code.push_str("];\n");
}

/// The block of common Chinese characters (CJK Unified Ideographs).
const CJK_START: u32 = 0x4E00;
const CJK_END: u32 = 0xA000;
