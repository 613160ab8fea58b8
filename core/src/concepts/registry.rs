//! The concepts the extractor reads figures against: the built-in registry, and users' own.

use super::format::{self, Spec, WordRole};
use super::{CONCEPTS, Concept, DOMAINS, interned};
use crate::error::{Error, Result};
use crate::extract::lexicon::{self, Overlay, role};
use crate::extract::meaning::Index;
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, LazyLock};

/// The concepts a figure may be given: the built-in registry, extended with users' own.
///
/// A user's file has the form of the built-in `registry.toml` (see its head, or the README):
/// `[[concept]]` entries with an id (`area.name`, in one of the twelve areas), Chinese and
/// English labels, the kind of value and its units, and the wordings reports use for it —
/// the acts, things and domains a figure's clause must name — with phrasing examples that
/// are checked when the file is loaded; and optionally `[domains]` of its own. A user's
/// concept is read exactly like a built-in one: it appears in facts, tables and panels, and
/// a figure two concepts fit equally well gets neither.
///
/// ```
/// let registry = fazhi::Registry::from_toml(r#"
/// [[concept]]
/// id = "enforcement.safety_inspections"
/// zh = "安全生产检查"
/// en = "work-safety inspections"
/// kind = "count"
/// unit = "次"
/// units = ["次", "家次"]
/// acts = ["开展", "组织"]
/// things = ["安全生产检查"]
/// match = ["全年开展安全生产检查1200次。"]
/// "#)?;
/// let options = fazhi::Options::default().with_registry(registry);
/// let report = fazhi::extract_with("全年开展安全生产检查860次。", &options)?;
/// assert_eq!(report.facts[0].concept.as_deref(), Some("enforcement.safety_inspections"));
/// // the concept is known by its id from now on, like a built-in one
/// assert_eq!(fazhi::concept("enforcement.safety_inspections").unwrap().zh, "安全生产检查");
/// # Ok::<(), fazhi::Error>(())
/// ```
#[derive(Clone)]
pub struct Registry {
    inner: Arc<Inner>,
}

struct Inner {
    /// The users' files read so far, merged.
    spec: Spec,
    /// The users' concepts, in file order.
    user: Vec<&'static Concept>,
    index: Index,
    overlay: Option<Overlay>,
    /// The word each text is read as, where the users' files add or change one.
    words: HashMap<&'static str, u32>,
}

static BUILT_IN: LazyLock<Registry> = LazyLock::new(|| {
    let all: Vec<&'static Concept> = CONCEPTS.iter().collect();
    Registry {
        inner: Arc::new(Inner {
            spec: Spec::default(),
            user: Vec::new(),
            index: Index::new(all, &lexicon::lookup),
            overlay: None,
            words: HashMap::new(),
        }),
    }
});

impl Default for Registry {
    fn default() -> Self {
        Registry::built_in()
    }
}

impl std::fmt::Debug for Registry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Registry")
            .field("built_in", &CONCEPTS.len())
            .field(
                "user",
                &self.user_concepts().map(|c| c.id).collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Two registries are equal when they hold the same concepts under the same definitions.
impl PartialEq for Registry {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner) || self.inner.spec == other.inner.spec
    }
}

impl Eq for Registry {}

impl Registry {
    /// The built-in registry alone.
    pub fn built_in() -> Registry {
        BUILT_IN.clone()
    }

    /// The built-in registry extended with the concepts of a file's text.
    ///
    /// Errors say what is wrong and where: TOML syntax (with line and column), an entry and
    /// its field (`concept `enforcement.x`: unknown domain `safety``), an id the built-in
    /// registry has, or a phrasing example that does not hold.
    pub fn from_toml(text: &str) -> Result<Registry> {
        let mut registry = Registry::built_in();
        registry.extend(text)?;
        Ok(registry)
    }

    /// The built-in registry extended with the concepts of the file at `path`.
    pub fn load(path: impl AsRef<Path>) -> Result<Registry> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::Registry {
            origin: path.display().to_string(),
            message: e.to_string(),
        })?;
        Registry::from_toml(&text).map_err(|e| match e {
            Error::Registry { message, .. } => Error::Registry {
                origin: path.display().to_string(),
                message,
            },
            other => other,
        })
    }

    /// Adds the concepts (and domains) of a file's text to this registry. Its ids must be
    /// new to it; its wordings may name the built-in domains and those of the files read
    /// before. Nothing changes when the text has an error.
    pub fn extend(&mut self, text: &str) -> Result<()> {
        let error = |message: String| Error::Registry {
            origin: "text".into(),
            message,
        };
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| error(e.to_string().trim_end().replace('\n', " ")))?;
        let known = &self.inner.spec;
        let spec = format::read(&table, &|d| {
            super::domain(d).is_some() || known.domains.iter().any(|k| k.0 == d)
        })
        .map_err(error)?;
        for c in &spec.concepts {
            if super::CONCEPTS.iter().any(|b| b.id == c.id) {
                return Err(error(format!(
                    "concept `{}`: the id is built in; give your concept an id of its own",
                    c.id
                )));
            }
            if known.concepts.iter().any(|k| k.id == c.id) {
                return Err(error(format!("concept `{}`: the id is given twice", c.id)));
            }
        }
        for (id, _) in &spec.domains {
            if super::domain(id).is_some() || known.domains.iter().any(|k| &k.0 == id) {
                return Err(error(format!(
                    "domain `{id}` is known already; name a domain of your own"
                )));
            }
        }
        let mut merged = known.clone();
        merged.domains.extend(spec.domains);
        merged.concepts.extend(spec.concepts);
        let registry = Registry::build(merged).map_err(error)?;
        let failing = registry.failing_examples();
        if !failing.is_empty() {
            return Err(error(format!(
                "{} phrasing example(s) do not hold: {}",
                failing.len(),
                failing.join("; ")
            )));
        }
        *self = registry;
        Ok(())
    }

    fn build(spec: Spec) -> std::result::Result<Registry, String> {
        // the users' domains, numbered after the built-in ones
        let mut domain_words: Vec<(&str, u16)> = DOMAINS
            .iter()
            .enumerate()
            .flat_map(|(i, d)| d.words.iter().map(move |w| (*w, i as u16)))
            .collect();
        let mut spec_domain = Vec::new();
        for (id, words) in &spec.domains {
            let index = DOMAINS.len() + interned::intern_domain(id, words);
            let index = u16::try_from(index)
                .ok()
                .filter(|&i| i != lexicon::NO_DOMAIN)
                .ok_or("too many domains loaded in this process")?;
            spec_domain.push(index);
            domain_words.extend(words.iter().map(|w| (w.as_str(), index)));
        }
        // every word of the files with the roles they give it
        let mut roles: HashMap<&str, (u32, Option<u16>)> = HashMap::new();
        for (w, r) in format::words(&spec) {
            let e = roles.entry(w).or_default();
            match r {
                WordRole::Act => e.0 |= role::ACT,
                WordRole::Thing => e.0 |= role::THING,
                WordRole::Mark => e.0 |= role::MARK,
                WordRole::Domain(i) => {
                    e.0 |= role::DOMAIN;
                    e.1 = e.1.or(Some(spec_domain[i]));
                }
            }
        }
        let mut words = HashMap::new();
        let mut overlay = Vec::new();
        for (text, (bits, named)) in roles {
            let built_in = lexicon::lookup(text).map(lexicon::entry);
            let (base_roles, base_domain) =
                built_in.map_or((0, lexicon::NO_DOMAIN), |e| (e.1, e.2));
            // a word holds the domain it names, else its built-in one, else that of the
            // longest domain word inside it
            let domain = named
                .or((base_domain != lexicon::NO_DOMAIN).then_some(base_domain))
                .or_else(|| {
                    domain_words
                        .iter()
                        .filter(|(d, _)| text.contains(d))
                        .max_by_key(|(d, _)| d.chars().count())
                        .map(|(_, i)| *i)
                })
                .unwrap_or(lexicon::NO_DOMAIN);
            let all = base_roles | bits;
            if built_in.is_some() && all == base_roles && domain == base_domain {
                continue;
            }
            let index =
                lexicon::WORDS.len() as u64 + u64::from(interned::intern_word(text, all, domain));
            let index =
                u32::try_from(index).map_err(|_| "too many words loaded in this process")?;
            let text = lexicon::text_of(index);
            words.insert(text, index);
            overlay.push((text, index));
        }
        overlay.sort_unstable();
        let user: Vec<&'static Concept> =
            spec.concepts.iter().map(interned::intern_concept).collect();
        let all: Vec<&'static Concept> = CONCEPTS.iter().chain(user.iter().copied()).collect();
        let index = Index::new(all, &|w| {
            words.get(w).copied().or_else(|| lexicon::lookup(w))
        });
        let overlay = if overlay.is_empty() {
            None
        } else {
            Some(Overlay::new(&overlay)?)
        };
        Ok(Registry {
            inner: Arc::new(Inner {
                spec,
                user,
                index,
                overlay,
                words,
            }),
        })
    }

    /// Every concept: the built-in ones, then the users', in file order.
    pub fn concepts(&self) -> impl Iterator<Item = &'static Concept> + '_ {
        CONCEPTS.iter().chain(self.user_concepts())
    }

    /// The users' concepts, in file order.
    pub fn user_concepts(&self) -> impl Iterator<Item = &'static Concept> + '_ {
        self.inner.user.iter().copied()
    }

    /// The concept with this id.
    pub fn concept(&self, id: &str) -> Option<&'static Concept> {
        self.concepts().find(|c| c.id == id)
    }

    /// The number of concepts.
    pub fn len(&self) -> usize {
        CONCEPTS.len() + self.inner.user.len()
    }

    /// Whether the registry holds no concept (never: the built-in ones are always there).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub(crate) fn index(&self) -> &Index {
        &self.inner.index
    }

    pub(crate) fn overlay(&self) -> Option<&Overlay> {
        self.inner.overlay.as_ref()
    }

    /// The word a text is read as: a word the users' files add or change, else the
    /// built-in one.
    pub(crate) fn word_id(&self, text: &str) -> Option<u32> {
        self.inner
            .words
            .get(text)
            .copied()
            .or_else(|| lexicon::lookup(text))
    }

    /// The users' phrasing examples that do not hold, each said in a sentence.
    fn failing_examples(&self) -> Vec<String> {
        let mut wrong = Vec::new();
        for c in &self.inner.spec.concepts {
            for w in &c.wordings {
                wrong.extend(failing(self, &c.id, &w.matches, &w.rejects));
            }
        }
        wrong
    }
}

/// The examples of concept `id` that do not hold under `registry`: a sentence in `matches`
/// whose last level figure does not take the concept, one in `rejects` whose does.
pub(crate) fn failing<S: AsRef<str>>(
    registry: &Registry,
    id: &str,
    matches: &[S],
    rejects: &[S],
) -> Vec<String> {
    let options = crate::Options::default().with_registry(registry.clone());
    let last = |sentence: &str| -> std::result::Result<Option<String>, String> {
        let report = crate::extract_with(sentence, &options).map_err(|e| e.to_string())?;
        Ok(report
            .facts
            .iter()
            .rev()
            .find(|f| f.kind == crate::FactKind::Level)
            .and_then(|f| f.concept.clone()))
    };
    let mut wrong = Vec::new();
    for s in matches.iter().map(AsRef::as_ref) {
        match last(s) {
            Ok(got) if got.as_deref() == Some(id) => {}
            Ok(got) => wrong.push(format!(
                "concept `{id}`: “{s}” gives {}, not it",
                got.map_or("no concept".to_string(), |g| format!("`{g}`"))
            )),
            Err(e) => wrong.push(format!("concept `{id}`: “{s}”: {e}")),
        }
    }
    for s in rejects.iter().map(AsRef::as_ref) {
        if last(s).is_ok_and(|got| got.as_deref() == Some(id)) {
            wrong.push(format!("concept `{id}`: “{s}” must not give it, and does"));
        }
    }
    wrong
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    const SAFETY: &str = r#"
[domains]
test_work_safety = ["安全生产", "安全检查"]

[[concept]]
id = "enforcement.test_hazards_found"
zh = "排查安全隐患"
en = "work-safety hazards found"
kind = "count"
unit = "处"
units = ["处", "项"]
domains = ["test_work_safety"]
acts = ["排查", "发现"]
things = ["隐患", "安全隐患"]
match = ["开展安全生产大检查，排查隐患326处。"]
reject = ["开展消防检查，排查隐患12处。"]
"#;

    fn concept_of(text: &str, registry: &Registry) -> Vec<Option<String>> {
        let options = Options::default().with_registry(registry.clone());
        crate::extract_with(text, &options)
            .unwrap()
            .facts
            .into_iter()
            .map(|f| f.concept)
            .collect()
    }

    #[test]
    fn a_users_concept_is_read_like_a_built_in_one() {
        let registry = Registry::from_toml(SAFETY).unwrap();
        assert_eq!(registry.len(), CONCEPTS.len() + 1);
        assert_eq!(
            registry.user_concepts().map(|c| c.id).collect::<Vec<_>>(),
            ["enforcement.test_hazards_found"]
        );
        // its domain is carried from the clause before, as a built-in one's
        let text = "全年开展安全生产检查，排查隐患1200处，受理行政复议案件12件。";
        assert_eq!(
            concept_of(text, &registry),
            [
                Some("enforcement.test_hazards_found".to_string()),
                Some("dispute_resolution.reconsideration.accepted".to_string())
            ]
        );
        // the built-in registry does not know it
        assert_eq!(concept_of(text, &Registry::built_in())[0], None);
        // it is found by its id, and a report that names it reads back from JSON
        assert_eq!(
            crate::concept("enforcement.test_hazards_found")
                .unwrap()
                .unit,
            "处"
        );
        let report =
            crate::extract_with(text, &Options::default().with_registry(registry)).unwrap();
        let json = crate::json::to_json(&report);
        assert_eq!(crate::json::from_json(&json).unwrap(), report);
        let evidence = report.facts[0].evidence.as_ref().unwrap();
        assert_eq!(evidence.domain_id.as_deref(), Some("test_work_safety"));
    }

    #[test]
    fn examples_are_checked_when_a_file_is_loaded() {
        // a wording the built-in registry has, less specific (no domain): the built-in
        // concept fits better, and the example says so
        let twin = r#"
[[concept]]
id = "legal_aid.test_twin"
zh = "法律援助案件"
en = "legal aid cases, again"
kind = "count"
unit = "件"
units = ["件"]
acts = ["办理"]
things = ["法律援助案件"]
match = ["办理法律援助案件120件。"]
"#;
        let e = Registry::from_toml(twin).unwrap_err().to_string();
        assert!(
            e.contains("“办理法律援助案件120件。” gives `legal_aid.cases`, not it"),
            "{e}"
        );
    }

    #[test]
    fn errors_say_what_and_where_and_change_nothing() {
        let cases = [
            ("[[concept]]\nid = \"x\"", "no area in the id"),
            (
                "[[concept]]\nid = \"weather.rain\"",
                "unknown area `weather`",
            ),
            (
                "[[concept]]\nid = \"legal_aid.cases\"\nzh=\"\"\nen=\"\"\nkind=\"count\"\nunit=\"件\"\nthings=[\"案件\"]",
                "the id is built in",
            ),
            (
                "[[concept]]\nid = \"legal_aid.t\"\nzh=\"\"\nen=\"\"\nkind=\"count\"\nunit=\"件\"\nunits=[\"人\"]\nthings=[\"案件\"]",
                "unit `件` is not one of its units",
            ),
            (
                "[[concept]]\nid = \"legal_aid.t\"\nzh=\"\"\nen=\"\"\nkind=\"count\"\nunit=\"件\"\nthings=[\"案件\"]\n[[concept.also]]\nunits=[\"人\"]\nthings=[\"援助\"]",
                "unit `人` is not one of the concept's units",
            ),
            (
                "[[concept]]\nid = \"legal_aid.t\"\nzh=\"\"\nen=\"\"\nkind=\"count\"\nunit=\"件\"\ndomains=[\"rain\"]\nthings=[\"案件\"]",
                "unknown domain `rain`",
            ),
            (
                "[[concept]]\nid = \"legal_aid.t\"\nzh=\"\"\nen=\"\"\nkind=\"rate\"\nunit=\"件\"\nthings=[\"案件\"]",
                "a rate is in %",
            ),
            (
                "[[concept]]\nid = \"legal_aid.t\"\nzh=\"\"\nen=\"\"\nkind=\"count\"\nunit=\"件\"\nthings=[\"案件\"]\nwhen=1",
                "unknown key `when`",
            ),
            (
                "[domains]\nmediation = [\"调解\"]",
                "domain `mediation` is known already",
            ),
            ("[[concept]\nid = 1", "line 1"),
        ];
        let mut registry = Registry::from_toml(SAFETY).unwrap();
        let before = registry.clone();
        for (text, says) in cases {
            let e = registry.extend(text).unwrap_err();
            assert!(matches!(e, Error::Registry { .. }), "{e:?}");
            assert!(e.to_string().contains(says), "{text:?}: {e}");
            assert_eq!(registry, before);
        }
        let e = registry.extend(SAFETY).unwrap_err().to_string();
        assert!(
            e.contains("is known already") || e.contains("given twice"),
            "{e}"
        );
        let e = Registry::load("/no/such/registry.toml")
            .unwrap_err()
            .to_string();
        assert!(
            e.starts_with("invalid registry /no/such/registry.toml:"),
            "{e}"
        );
    }

    #[test]
    fn a_file_loaded_again_after_an_edit_replaces_its_concepts() {
        // (an id of its own: the tests share the process)
        let original = SAFETY.replace("test_hazards_found", "test_hazards_edited");
        let edited = original.replace("排查安全隐患", "排查整改安全隐患");
        let first = Registry::from_toml(&original).unwrap();
        let again = Registry::from_toml(&original).unwrap();
        assert_eq!(first, again);
        let second = Registry::from_toml(&edited).unwrap();
        assert_ne!(first, second);
        assert_eq!(
            crate::concept("enforcement.test_hazards_edited")
                .unwrap()
                .zh,
            "排查整改安全隐患"
        );
        // the same definition is kept once: loading it again gives the same concept
        let a = first.concept("enforcement.test_hazards_edited").unwrap();
        let b = again.concept("enforcement.test_hazards_edited").unwrap();
        assert!(std::ptr::eq(a, b));
    }
}
