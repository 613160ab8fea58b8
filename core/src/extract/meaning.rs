//! The concept of each figure: its frame ([`super::frame`]) against the registry's wordings.
//!
//! A concept fits a figure when the figure's unit is one of its units, none of its
//! `exclude` words is written in the figure's own words, no plan, reversal, average,
//! sample, increment or assisting word stands there that the concept's own words do not
//! hold, no time outside the report's year is the figure's, and one of its
//! wordings fits the frame (domain, acts, things, marks). Of the concepts that fit, the most
//! specific wins (an act named beats none, a thing named beats none, a mark beats none); two
//! equally specific give none. A figure whose frame makes it a part gets no concept of its
//! own: it is a part of the concept's count, with the words that say which part.
//!
//! Then, over the whole report:
//!
//! * the figures listed after `其中` are parts of the whole before it when they take its
//!   concept or name nothing of their own;
//! * figures listed side by side with `、` that take the same concept and unit are parts of
//!   a whole the text does not state;
//! * a concept given to figures of different values is a reading problem, not two values of
//!   one thing: none of them keeps it.

use super::figures::Candidate;
use super::frame::{
    Axis, Block, Cite, CitedFrom, Frame, Head, PartOf, is_light, set_opener, share_base,
};
use super::lexicon::{self, role};
use super::source::Source;
use crate::concepts::{Concept, Registry, ValueKind, Wording, domain_at};
use crate::model::FactKind;
use rust_decimal::Decimal;
use std::collections::{HashMap, HashSet};

/// What a figure means.
#[derive(Debug, Clone, Default)]
pub(crate) struct Meaning {
    /// The concept whose value the figure is.
    pub concept: Option<&'static Concept>,
    /// The concept whose count the figure is a part of, and what makes it a part.
    pub part: Option<(&'static Concept, PartOf)>,
    /// The words the concept was read from.
    pub evidence: Option<Evidence>,
    /// The figure (index) whose part this one is, when the reading of the parts found it
    /// rather than the `其中` before them ([`Frame::whole`]).
    pub whole: Option<usize>,
}

impl Meaning {
    /// Makes the figure a part of `concept`'s count on `axis`, named by the words at
    /// `start..end`, instead of its value.
    fn lower(&mut self, concept: &'static Concept, axis: Axis, (start, end): (usize, usize)) {
        self.concept = None;
        self.part = Some((concept, PartOf { axis, start, end }));
    }
}

/// The words of a frame that a concept was read from.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Evidence {
    pub act: Option<Cite>,
    pub thing: Option<Cite>,
    pub domain: Option<Cite>,
    pub domain_id: Option<&'static str>,
}

/// How well a concept fits; larger is more specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Score(u8);

struct Fit {
    score: Score,
    evidence: Evidence,
    /// The wording makes the figure a part on this axis.
    part: Option<Axis>,
}

/// The meaning of every figure, from its frame.
///
/// `quoted` tells the figures that count for a larger jurisdiction than the reporter's
/// ([`super::scope`]): they take no concept, and so never make the reporter's own count of
/// a concept look like two values.
pub(crate) fn assign(
    src: &Source,
    figures: &[Candidate],
    frames: &[Frame],
    quoted: &[bool],
    registry: &Registry,
) -> Vec<Meaning> {
    let text: &str = &src.folded;
    let mut out: Vec<Meaning> = figures
        .iter()
        .zip(frames)
        .zip(quoted)
        .map(|((fig, frame), &quoted)| {
            if quoted {
                Meaning::default()
            } else {
                meaning_of(text, fig, frame, registry)
            }
        })
        .collect();
    breakdowns(text, figures, frames, quoted, &mut out);
    exhaustive_lists(figures, frames, &mut out);
    among(src, figures, frames, registry, &mut out);
    listed_parts(text, figures, frames, &mut out);
    summed_parts(text, figures, frames, &mut out);
    shares_of_counts(text, figures, registry, &mut out);
    rates_of_excluded_counts(text, figures, frames, quoted, &mut out);
    conflicts(text, figures, frames, &mut out);
    out
}

/// Words that say a share is taken of all the cases (`占受案总数的46%`, `占审结案件的5%`);
/// `占比` alone names no base (it is as often a share of the count's own kind).
const SHARE_BASES: &[&str] = &["总数", "总量", "受案", "结案", "审结", "受理"];

/// A share of all the cases right after a count (`撤销、变更6件，占受案总数的46%`) is the
/// rate of that count's act: the registry's rate whose thing is one of the count concept's
/// acts with `率` (`纠错` → `纠错率`, `败诉` → `败诉率`), when exactly one is. A share of a
/// larger territory's count (`占全市的30%`) is no rate of the reporter's.
fn shares_of_counts(text: &str, figures: &[Candidate], registry: &Registry, out: &mut [Meaning]) {
    for k in 1..figures.len() {
        let (count, share) = (&figures[k - 1], &figures[k]);
        if share.unit != "%"
            || out[k].concept.is_some()
            || out[k].part.is_some()
            || count.kind != FactKind::Level
            || out[k - 1].part.is_some()
        {
            continue;
        }
        let Some(c) = out[k - 1]
            .concept
            .filter(|c| c.value_kind == ValueKind::Count)
        else {
            continue;
        };
        // (the share stated right after the count is this figure: its words run to it)
        let between = text.get(count.extent_end..share.start).unwrap_or("");
        let Some(base) = text
            .get(count.extent_end..)
            .and_then(share_base)
            .filter(|b| between.ends_with(b) && between.contains('占'))
        else {
            continue;
        };
        let acts: HashSet<&str> = c
            .wordings
            .iter()
            .flat_map(|w| w.acts.iter().copied())
            .filter(|a| !a.is_empty())
            .collect();
        // (a base that names the count's own act, `占败诉案件总数的57%`, is a share within
        // that count, no rate)
        if base.chars().count() > 12
            || !SHARE_BASES.iter().any(|b| base.contains(b))
            || WHOLE_TERRITORY.iter().any(|w| base.contains(w))
            || base.contains(['全', '各'])
            || acts.iter().any(|a| base.contains(a))
        {
            continue;
        }
        let rates: HashSet<String> = acts.iter().map(|a| format!("{a}率")).collect();
        let mut fitting = registry.concepts().filter(|r| {
            r.value_kind == ValueKind::Rate
                && r.wordings
                    .iter()
                    .any(|w| w.things.iter().any(|t| rates.contains(*t)))
        });
        if let (Some(rate), None) = (fitting.next(), fitting.next()) {
            out[k].concept = Some(rate);
            out[k].evidence = out[k - 1].evidence;
        }
    }
}

/// A rate stated in the clause right after a count, whose rate word holds the act the count
/// counted (`以调解等方式化解行政争议44件，综合化解率36%`), is the share of that count: it
/// measures what the count counts, so the count's own words rule its concept out as the
/// rate's own would — an `exclude` word of the rate's concept written there (`行政争议` for
/// mediation's `化解率`) leaves it none; nor does the same rate stated again elsewhere (the
/// same concept read at the same value).
fn rates_of_excluded_counts(
    text: &str,
    figures: &[Candidate],
    frames: &[Frame],
    quoted: &[bool],
    out: &mut [Meaning],
) {
    let mut unfit: Vec<(&'static str, Decimal)> = Vec::new();
    for k in 1..figures.len() {
        let (count, rate) = (&figures[k - 1], &figures[k]);
        if out[k]
            .concept
            .is_none_or(|c| c.value_kind != ValueKind::Rate)
            || rate.unit != "%"
            || count.unit == "%"
            || count.kind != FactKind::Level
            || out[k - 1].part.is_some()
            || quoted[k - 1]
        {
            continue;
        }
        // (the next clause of the same sentence, nothing stated between)
        let between = text.get(count.extent_end..rate.start).unwrap_or("");
        if between.contains(['。', '；', ';', '：', ':'])
            || between.chars().filter(|c| matches!(c, '，' | ',')).count() != 1
        {
            continue;
        }
        let words = |cites: &[Cite]| -> Vec<&str> {
            cites
                .iter()
                .filter(|c| c.from == CitedFrom::Clause)
                .filter_map(|c| text.get(c.start..c.end))
                .collect()
        };
        let counted = words(&frames[k - 1].acts);
        let of_count = words(&frames[k].things)
            .into_iter()
            .filter(|w| w.ends_with('率'))
            .any(|w| counted.iter().any(|a| w.contains(a)));
        let counts = text.get(frames[k - 1].left.0..count.start).unwrap_or("");
        let ruled_out = |c: &&Concept| c.exclude.iter().any(|x| counts.contains(x));
        if let Some(c) = out[k].concept.filter(|c| of_count && ruled_out(c)) {
            unfit.push((c.id, rate.value));
        }
    }
    for (m, fig) in out.iter_mut().zip(figures) {
        if m.concept
            .is_some_and(|c| unfit.contains(&(c.id, fig.value)) && fig.unit == "%")
        {
            m.concept = None;
            m.evidence = None;
        }
    }
}

/// Words before an act that give its aspect or manner, not another act (`已审结`, `依法办结`).
const ASPECTS: [&str; 3] = ["已", "依法", "共"];

/// The registry as this pass reads it: which concepts a word of a frame can bring (every
/// act, thing and rate's `of` of their wordings, by word index; concepts with marks are
/// always asked, a mark being looked for as written; one with a wording of no act nor thing
/// is asked of figures in that wording's domains), and which a figure in each unit can be
/// a value of. A concept none of whose words is in a frame cannot fit it. Built once per
/// [`Registry`].
pub(crate) struct Index {
    concepts: Vec<&'static Concept>,
    by_word: HashMap<u32, Vec<usize>>,
    /// Concepts with a wording of no act nor thing, by the domains it names.
    by_domain: HashMap<&'static str, Vec<usize>>,
    always: Vec<usize>,
    by_unit: HashMap<&'static str, Vec<bool>>,
}

impl Index {
    /// The index of `concepts`, their words read as `word_id` gives them.
    pub fn new(concepts: Vec<&'static Concept>, word_id: &dyn Fn(&str) -> Option<u32>) -> Self {
        let mut by_word: HashMap<u32, Vec<usize>> = HashMap::new();
        let mut always = Vec::new();
        let mut by_domain: HashMap<&'static str, Vec<usize>> = HashMap::new();
        let mut by_unit: HashMap<&'static str, Vec<bool>> = HashMap::new();
        for (i, c) in concepts.iter().enumerate() {
            for w in c.wordings {
                if !w.marks.is_empty() {
                    always.push(i);
                }
                // (a wording of no word at all is asked of figures in one of its domains)
                if w.acts.iter().chain(w.things).all(|a| a.is_empty()) {
                    for d in w.domains {
                        by_domain.entry(d).or_default().push(i);
                    }
                }
                for word in w.acts.iter().chain(w.things).chain(w.of) {
                    if let Some(k) = word_id(word) {
                        let list = by_word.entry(k).or_default();
                        if list.last() != Some(&i) {
                            list.push(i);
                        }
                    }
                }
            }
            let units: &[&'static str] = match c.value_kind {
                ValueKind::Count => c.units,
                _ => std::slice::from_ref(&c.unit),
            };
            for u in units {
                by_unit
                    .entry(u)
                    .or_insert_with(|| vec![false; concepts.len()])[i] = true;
            }
        }
        always.dedup();
        Index {
            concepts,
            by_word,
            by_domain,
            always,
            by_unit,
        }
    }
}

/// The concepts a frame's words can bring (see [`Index`]), in registry order.
fn brought_by(frame: &Frame, registry: &Registry) -> Vec<usize> {
    let index = registry.index();
    let mut out: Vec<usize> = index.always.clone();
    if let Some(list) = frame
        .domain
        .and_then(|(d, _)| index.by_domain.get(domain_id(d)))
    {
        out.extend(list);
    }
    for c in frame
        .acts
        .iter()
        .chain(&frame.things)
        .chain(&frame.prev_things)
        .chain(&frame.manner)
    {
        if let Some(list) = index.by_word.get(&c.word) {
            out.extend(list);
        }
        // (an act with its aspect or manner, `已办结`, brings what the act brings)
        let written = word(c);
        for rest in ASPECTS.iter().filter_map(|p| written.strip_prefix(p)) {
            if let Some(list) = registry.word_id(rest).and_then(|k| index.by_word.get(&k)) {
                out.extend(list);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

fn meaning_of(text: &str, fig: &Candidate, frame: &Frame, registry: &Registry) -> Meaning {
    if fig.kind != FactKind::Level {
        return Meaning::default();
    }
    let index = registry.index();
    let in_unit = index.by_unit.get(fig.unit.as_str());
    let fits_unit = |i: usize| {
        if fig.zero_word {
            index.concepts[i].value_kind == ValueKind::Count
        } else {
            in_unit.is_some_and(|cs| cs[i])
        }
    };
    let candidates = brought_by(frame, registry)
        .into_iter()
        .filter(|&i| fits_unit(i))
        .map(|i| index.concepts[i]);
    let mut best: Option<(Score, &'static Concept, Fit)> = None;
    let mut tie = false;
    // (a figure written with no measure word, `无`, may be of any count's wording)
    let unit = (!fig.zero_word).then_some(fig.unit.as_str());
    for c in candidates {
        let Some(f) = fits(text, c, frame, unit) else {
            continue;
        };
        match &best {
            Some((s, b, _)) if f.score == *s && b.id != c.id => tie = true,
            Some((s, _, _)) if f.score <= *s => {}
            _ => {
                best = Some((f.score, c, f));
                tie = false;
            }
        }
    }
    let Some((_, concept, fit)) = best.filter(|_| !tie) else {
        return Meaning::default();
    };
    // a part by its wording (`确认违法150件` of the corrections), named by its act or thing
    let by_wording = fit.part.and_then(|axis| {
        let named = fit.evidence.act.or(fit.evidence.thing)?;
        Some(PartOf {
            axis,
            start: named.start,
            end: named.end,
        })
    });
    // manners listed as examples that are not kinds of the concept's act name a part of it
    // (`以调解、和解、撤回申请等方式结案6.9万件` of the cases concluded)
    let by_manner = (frame.manner_open
        && frame
            .manner
            .iter()
            .any(|m| !concept.wordings.iter().any(|w| w.acts.contains(&word(m)))))
    .then(|| PartOf {
        axis: Axis::Category,
        start: frame.manner[0].start,
        end: frame.manner[frame.manner.len() - 1].end,
    });
    // a level named in a part of a whole stated before (`审查和备案规范性文件54件，其中审查市级
    // 规范性文件27件`): the documents of that level, not all the whole's kind
    let by_level = frame.whole.and_then(|_| {
        let (start, end) = frame.left;
        let own = text.get(start..end)?;
        let (at, level) = LEVELS
            .iter()
            .filter_map(|l| own.find(l).map(|at| (at, *l)))
            .min()?;
        Some(PartOf {
            axis: Axis::Category,
            start: start + at,
            end: start + at + level.len(),
        })
    });
    match frame
        .part
        .filter(|_| !concept.scoped)
        .or(by_wording)
        .or(by_manner)
        .or(by_level)
    {
        Some(p) => Meaning {
            concept: None,
            part: Some((concept, p)),
            evidence: Some(fit.evidence),
            whole: None,
        },
        None => Meaning {
            concept: Some(concept),
            part: None,
            evidence: Some(fit.evidence),
            whole: None,
        },
    }
}

fn word(c: &Cite) -> &'static str {
    lexicon::text_of(c.word)
}

/// Whether the act is a light verb (`开展`, `组织`), even one that is also some concept's act:
/// a wording need not list it. (The frame's own test, whether a figure names an act at all,
/// counts a light verb that is some concept's act as one.)
fn light_verb(c: &Cite) -> bool {
    lexicon::has_role(c.word, role::LIGHT)
}

/// The text of the figure's own words (before it and after its measure word).
fn own_text<'t>(text: &'t str, frame: &Frame) -> [&'t str; 2] {
    let get = |(a, b): (usize, usize)| text.get(a..b).unwrap_or("");
    [get(frame.left), get(frame.right)]
}

/// Whether `concept` fits the frame, and how specifically.
fn fits(text: &str, concept: &'static Concept, frame: &Frame, unit: Option<&str>) -> Option<Fit> {
    let own = own_text(text, frame);
    let written = |w: &str| own.iter().any(|o| o.contains(w));
    // (the things it carries from the clause before are what it counts too: `组织执法人员旁听
    // 庭审2次，参加人员86人次` are officers)
    let carried = |w: &str| {
        frame
            .things
            .iter()
            .filter(|t| t.from != CitedFrom::Clause)
            .any(|t| text.get(t.start..t.end).is_some_and(|t| t.contains(w)))
    };
    if concept.exclude.iter().any(|w| written(w) || carried(w)) {
        return None;
    }
    // (whether its own words name a level is asked once, by the first wording with marks)
    let leveled = std::cell::OnceCell::new();
    let names_level = || *leveled.get_or_init(|| LEVELS.iter().any(|l| written(l)));
    concept
        .wordings
        .iter()
        .filter(|w| w.units.is_empty() || unit.is_none_or(|u| w.units.contains(&u)))
        .filter_map(|w| fits_wording(text, concept, w, frame, &written, &names_level))
        .max_by_key(|f| f.score)
}

/// The levels of government a mark may name: one figure's own level replaces the level of
/// the figure it continues.
const LEVELS: &[&str] = &[
    "国家级",
    "全国",
    "省级",
    "市级",
    "州级",
    "县级",
    "区级",
    "乡级",
    "镇级",
    "村级",
];

fn fits_wording(
    text: &str,
    concept: &Concept,
    w: &Wording,
    frame: &Frame,
    written: &dyn Fn(&str) -> bool,
    names_level: &dyn Fn() -> bool,
) -> Option<Fit> {
    let mut score = 0u8;
    if !w.marks.is_empty() {
        // a mark in the figure's own words, else in its clause before it (the words of the
        // figure it continues), or the thing the figure before it in its sentence counts
        // (`培育“法律明白人”3260名，开展培训45期`: trainings of those)
        let clause = text.get(frame.clause.0..frame.clause.1).unwrap_or("");
        let counted_before = |m: &&str| frame.prev_things.iter().any(|t| word(t) == *m);
        if w.marks.iter().any(|m| written(m)) {
            score += 2;
        } else if w
            .marks
            .iter()
            .any(|m| clause.contains(m) || counted_before(m))
        {
            // its own words name another level (`省级…23个、市级45个`): the level before
            // is not carried over it
            if names_level() {
                return None;
            }
            score += 1;
        } else {
            return None;
        }
    }
    // what a rate is of: the thing the figure before it counts
    if !w.of.is_empty() {
        let of = |t: &Cite| w.of.contains(&word(t));
        if !frame.prev_things.iter().any(of) {
            return None;
        }
        score += 2;
    }
    // domain
    // (a domain carried from an earlier paragraph only ever fits: it rules nothing out)
    let domain = frame
        .domain
        .map(|(d, c)| (domain_id(d), c))
        .filter(|(id, c)| c.from != CitedFrom::ParagraphBefore || w.domains.contains(id));
    let setting = frame
        .setting
        .is_some_and(|d| w.domains.contains(&domain_id(d)));
    // the one who acts names whose work it is: a setting of another domain before the act
    // (`各级调解组织共受理劳动人事争议案件`: mediation's, not arbitration's) is not this one
    let foreign_setting = frame
        .setting
        .is_some_and(|d| !w.domains.contains(&domain_id(d)));
    if !w.domains.is_empty() {
        if frame.across_domains || foreign_setting {
            return None;
        }
        match domain {
            Some((id, _)) if w.domains.contains(&id) => score += 1,
            Some(_) if setting => score += 1,
            None if w.domains.contains(&"none") => {}
            _ => return None,
        }
    }
    // acts: every act that is not a light verb must be one of the wording's; with none, the
    // wording must allow none (or name the light verb)
    let heavy: Vec<&Cite> = frame.acts.iter().filter(|a| !light_verb(a)).collect();
    // `已审结`, `依法办结`: the act with its aspect or manner is the act
    let listed = |a: &Cite| {
        let word = word(a);
        w.acts.contains(&word)
            || ASPECTS.iter().any(|p| {
                word.strip_prefix(p)
                    .is_some_and(|rest| w.acts.contains(&rest))
            })
    };
    let act = if heavy.is_empty() {
        let light = frame.acts.iter().find(|a| w.acts.contains(&word(a)));
        if light.is_none() && !w.acts.contains(&"") {
            return None;
        }
        light.copied()
    } else {
        if !heavy.iter().all(|a| listed(a)) {
            return None;
        }
        if w.coordinated && heavy.len() < 2 {
            return None;
        }
        score += 4;
        heavy.last().map(|a| **a)
    };
    // things
    // a thing that is a word of the wording's domain names that domain, not another thing
    // (`一审行政诉讼案件已审结16件`)
    let of_domain = |t: &&Cite| {
        let (_, roles, d) = lexicon::entry(t.word);
        d != lexicon::NO_DOMAIN
            && roles & role::DOMAIN != 0
            && w.domains.contains(&domain_id(d))
            && !names(w, t.word)
    };
    let things: Vec<&Cite> = frame.things.iter().filter(|t| !of_domain(t)).collect();
    let thing = things.iter().rev().find(|t| names(w, t.word)).map(|t| **t);
    // things carried from the clause before are what the figure counts only if it names
    // nothing else: its own act may take another object (`活动200余场，惠及10余万人次`)
    let own_things = things.iter().any(|t| t.from == CitedFrom::Clause);
    if frame.across {
        // a total across kinds: only a count of all of them, or of kinds all its own
        let all_own = things.iter().all(|t| names(w, t.word));
        if !(w.things.contains(&"") || all_own && thing.is_some()) {
            return None;
        }
    } else {
        match (thing, things.is_empty() || !own_things) {
            (Some(_), _) => score += 2,
            (None, true) if w.things.contains(&"") => {}
            _ => return None,
        }
        match frame.head {
            Head::Foreign(..) | Head::Unknown(..) => return None,
            Head::Thing(h) if !names(w, h) && !things.is_empty() => {
                // the phrase ends on another thing: it counts that (a generic head such as
                // 事项 counts what its modifiers name)
                let generic = lexicon::has_role(h, role::GENERIC);
                if !generic && thing.is_none_or(|t| t.word != h) {
                    return None;
                }
            }
            _ => {}
        }
    }
    // blocking words the concept's own words do not hold
    let holds = |s: usize, e: usize| {
        [act, thing]
            .iter()
            .flatten()
            .any(|c| c.start <= s && e <= c.end)
    };
    // (an average concept names its average: `平均承接`, or the mark `平均`; the words of
    // each that go with it, `平均每个乡镇`, are that average's too)
    let names_its_average = || {
        concept.value_kind.is_rate()
            || frame.blocks.iter().any(|&(b, s, e)| {
                b == Block::Average
                    && w.acts
                        .iter()
                        .chain(w.marks.iter())
                        .any(|a| a.contains(&text[s..e]))
            })
    };
    for &(block, s, e) in &frame.blocks {
        let allowed = match block {
            Block::Average => names_its_average(),
            Block::Reversal => {
                holds(s, e)
                    || heavy
                        .iter()
                        .any(|a| a.start <= s && e <= a.end || word(a).contains(&text[s..e]))
            }
            // (a count of the year's flow holds its new ones: the mark `新增`)
            Block::Increment => {
                holds(s, e) || w.acts.contains(&&text[s..e]) || w.marks.contains(&&text[s..e])
            }
            Block::Assist | Block::Found => holds(s, e) || w.acts.contains(&&text[s..e]),
            Block::Status => own_things || holds(s, e) || w.acts.contains(&&text[s..e]),
            Block::Plan | Block::Sample | Block::OutsideYear => false,
        };
        if !allowed {
            return None;
        }
    }
    // a wording must be met by some word of the figure's own: an act, a thing, a mark or
    // what a rate is of (a domain alone names no count), or, for a wording of no word but its
    // domains, the domain in its own words (`开展法治宣传近百余场`: the campaign is what
    // its events are of)
    let wordless = w.acts.iter().chain(w.things).all(|a| a.is_empty());
    let own_domain = domain.is_some_and(|(_, c)| c.from == CitedFrom::Clause);
    if act.is_none_or(|a| light_verb(&a))
        && thing.is_none()
        && w.marks.is_empty()
        && w.of.is_empty()
        && !(wordless && own_domain)
    {
        return None;
    }
    if w.coordinated {
        if heavy.len() < 2 {
            return None;
        }
        // acts written together are more specific than any one of them
        score += 1;
    }
    Some(Fit {
        part: w.part,
        score: Score(score),
        evidence: Evidence {
            act,
            thing,
            domain: domain.map(|d| d.1),
            domain_id: domain.map(|d| d.0),
        },
    })
}

/// The dimension and evidence of a fact with this meaning (a change has neither: its base
/// has them).
pub(crate) fn describe(
    src: &Source,
    m: &Meaning,
    kind: FactKind,
) -> (
    Option<crate::model::Dimension>,
    Option<crate::model::Evidence>,
) {
    if kind != FactKind::Level {
        return (None, None);
    }
    let text = src.text;
    let cited = |c: &Cite| {
        let (start, end) = (c.start, c.end);
        crate::model::Cited {
            text: text.get(start..end).unwrap_or("").to_string(),
            span: src.span(start, end),
            from: c.from,
        }
    };
    let dimension = m.part.map(|(concept, p)| {
        let (start, end) = member_words(&src.folded, (p.start, p.end));
        crate::model::Dimension {
            concept: concept.id.to_string(),
            axis: p.axis,
            member: text.get(start..end).unwrap_or("").to_string(),
            span: src.span(start, end),
        }
    });
    let evidence = m.evidence.map(|e| crate::model::Evidence {
        act: e.act.as_ref().map(cited),
        thing: e.thing.as_ref().map(cited),
        domain: e.domain.as_ref().map(cited),
        domain_id: e.domain_id.map(str::to_string),
    });
    (dimension, evidence)
}

/// The words that name a part, without the punctuation and the list marker before them
/// (`、乡镇工作站`, `其中刑事案件` → `乡镇工作站`, `刑事案件`).
fn member_words(text: &str, (mut start, end): (usize, usize)) -> (usize, usize) {
    loop {
        let rest = text.get(start..end).unwrap_or("");
        let skip = rest
            .chars()
            .next()
            .filter(|c| c.is_whitespace() || (!c.is_alphanumeric() && !matches!(c, '“' | '《')))
            .map(char::len_utf8)
            .or_else(|| {
                ["其中", "含", "包括"]
                    .iter()
                    .find(|m| rest.starts_with(*m))
                    .map(|m| m.len())
            });
        match skip {
            Some(n) if start + n <= end => start += n,
            _ => return (start, end),
        }
    }
}

/// Whether the word is one of the wording's things.
fn names(w: &Wording, word: u32) -> bool {
    w.things.contains(&lexicon::text_of(word))
}

/// The id of the domain at `index` of the reader's numbering.
fn domain_id(index: u16) -> &'static str {
    domain_at(index).map_or("", |d| d.id)
}

/// Figures after `其中` are parts of the whole before it ([`Frame::whole`]): one that takes
/// the whole's concept, names neither act nor thing of its own, or is an amount of money
/// (the money of a part) is a part of the concept's count, not its value.
fn breakdowns(
    text: &str,
    figures: &[Candidate],
    frames: &[Frame],
    quoted: &[bool],
    out: &mut [Meaning],
) {
    let mut sentence_of_whole: Option<(usize, usize)> = None;
    for k in 0..figures.len() {
        let Some(w) = frames[k].whole else {
            continue;
        };
        // the reporter's own share of a larger jurisdiction's total it quotes (`全省共受理…
        // 3.2万件，其中我市2156件`) is the reporter's count, not a part of one
        if quoted[w] && !quoted[k] {
            continue;
        }
        // (acts and things carried from the whole are not its own)
        let names_nothing = frames[k].things.iter().all(|t| t.from != CitedFrom::Clause)
            && !frames[k].has_own_act();
        // a part its own words make one (`其中以区政府为被告的案件18件`) with no act of its own
        // is a part of what its whole counts, when that is of the same area (the concluded
        // lawsuits, not all lawsuits)
        if let (None, Some((pc, p)), Some(wc)) = (out[k].concept, out[k].part, out[w].concept)
            && pc.area == wc.area
            && pc.id != wc.id
            && !frames[k].has_own_act()
            && frames[w].has_own_act()
            && figures[w].unit == figures[k].unit
        {
            out[k].part = Some((wc, p));
            continue;
        }
        let Some(concept) = out[k].concept else {
            // a part that names neither act nor thing of its own (`其中刑事1280件`) is an
            // item of its whole, in its measure; one that names a class with no act of its
            // own (`其中咨询类28.6万件`) is a kind of it, whatever its noun alone would count
            // (`其中涉及市场监管领域86件`: what a part concerns is no act done to it)
            let class = !frames[k].acts_on_its_own(text)
                && frames[k].part.is_some_and(|p| p.axis != Axis::Item);
            // and one whose thing is a word of the whole's (`法律咨询服务…，其中现场咨询`) is
            // a kind of what the whole counts
            let kind = kind_of_whole(&frames[k], &frames[w]);
            if let Some(wc) = out[w].concept.filter(|_| {
                (names_nothing || class || kind)
                    && figures[k].kind == FactKind::Level
                    && figures[w].unit == figures[k].unit
                    && out[k].part.is_none()
            }) {
                match frames[k].part.filter(|_| class) {
                    Some(p) => out[k].lower(wc, p.axis, (p.start, p.end)),
                    None => out[k].lower(wc, Axis::Item, frames[k].left),
                }
            }
            continue;
        };
        // an amount right after a part is that part's money (`按日连续处罚案件199件，罚款
        // 金额18580.62万元`); after a count of its own concept it is the total's
        let money = concept.value_kind == ValueKind::Money
            && k > 0
            && frames[k - 1].whole == Some(w)
            && (out[k - 1].concept.is_none());
        // parts that repeat an act their whole does not have are parts of the count before
        // it that has that act (`受理1186件，审结1120件。其中，市本级受理486件，县区受理
        // 700件`: of the accepted, not of the concluded), within the whole's sentence
        // (the figures of the whole's sentence before it are found once per whole, and a
        // part looks back over a bounded number of them)
        let first = match sentence_of_whole {
            Some((cw, first)) if cw == w => first,
            _ => {
                let mut first = w;
                while first > 0 && same_sentence(text, &figures[first - 1], &figures[first]) {
                    first -= 1;
                }
                sentence_of_whole = Some((w, first));
                first
            }
        };
        // (so too when the whole names no concept (`…办结1987件。其中，为农民工提供法律援助
        // 632件`): the list's parts are of the count before it that has theirs)
        let same_before = (out[w].concept.is_none()
            || out[w].concept.is_some_and(|c| c.id != concept.id)
                && acts_anew(&frames[k], &frames[w]))
        .then(|| {
            (first..w).rev().take(LOOK_BACK).find(|&j| {
                out[j].concept.is_some_and(|c| c.id == concept.id)
                    && figures[j].unit == figures[k].unit
                    && figures[j].kind == FactKind::Level
                    && frames[j].whole.is_none()
            })
        })
        .flatten();
        if let Some(w2) = same_before {
            out[k].lower(concept, Axis::Item, frames[k].left);
            out[k].whole = Some(w2);
            continue;
        }
        let same = out[w].concept.is_some_and(|c| c.id == concept.id);
        let same_unit = figures[w].unit == figures[k].unit;
        // a kind listed after 其中 with no act of its own (`其中民事案件…，行政案件127件` of
        // the legal-aid cases) is a kind of the whole, whatever concept of another area its
        // noun alone would name; a concept of the whole's own area is the whole count of
        // that kind (`执法案件46.6万宗，其中，行政处罚7960宗`: the penalties)
        let whole_concept = out[w]
            .concept
            .filter(|c| c.id != concept.id && c.area != concept.area);
        if let Some(wc) = whole_concept.filter(|_| same_unit && !acts_anew(&frames[k], &frames[w]))
        {
            out[k].lower(wc, Axis::Category, frames[k].left);
        } else if same
            || money
            || (same_unit && (names_nothing || kind_of_whole(&frames[k], &frames[w])))
        {
            out[k].lower(concept, Axis::Item, frames[k].left);
        } else if !same_unit
            && concept.value_kind == ValueKind::Count
            && counts_another_thing(text, &frames[w], concept)
        {
            // a part in another measure than its whole that counts a thing of another kind
            // (`审查归档案卷3927份，其中法律援助案件1414件`: the files of legal-aid cases, not
            // the cases) is a kind of what the whole counts, no count of its own concept
            out[k].concept = None;
        }
    }
}

/// Whether a whole names a thing of its own in its clause and none of them is one the
/// concept counts (`案卷` against the legal-aid cases).
fn counts_another_thing(text: &str, whole: &Frame, concept: &Concept) -> bool {
    let own: Vec<&str> = whole
        .things
        .iter()
        .filter(|t| t.from == CitedFrom::Clause)
        .filter_map(|t| text.get(t.start..t.end))
        .collect();
    !own.is_empty()
        && !own.iter().any(|w| {
            concept
                .wordings
                .iter()
                .any(|wording| wording.things.contains(w))
        })
}

/// How many figures before its whole a `其中` part looks back over for the count with its act.
const LOOK_BACK: usize = 16;

/// The items of a `其中` list that add up to its whole exactly are parts of it whatever
/// their own words do to them (`受理来电来信9.8万件，其中直接答复5.6万件、转交承办单位4.2万件`:
/// the ways the cases went); items that already name a concept of their own are not counted
/// in, nor changed.
fn exhaustive_lists(figures: &[Candidate], frames: &[Frame], out: &mut [Meaning]) {
    let mut k = 0;
    while k < figures.len() {
        let Some(w) = frames[k].whole else {
            k += 1;
            continue;
        };
        let mut end = k;
        while end < figures.len() && frames[end].whole == Some(w) {
            end += 1;
        }
        let items: Vec<usize> = (k..end)
            .filter(|&j| figures[j].kind == FactKind::Level && figures[j].unit == figures[w].unit)
            .collect();
        let concept = out[w]
            .concept
            .filter(|c| c.value_kind == ValueKind::Count && figures[w].kind == FactKind::Level);
        let loose: Vec<usize> = items
            .iter()
            .copied()
            .filter(|&j| out[j].concept.is_none() && out[j].part.is_none())
            .collect();
        let sum = items
            .iter()
            .filter(|&&j| out[j].concept.is_none())
            .try_fold(Decimal::ZERO, |s, &j| s.checked_add(figures[j].value));
        if let (Some(c), Some(sum)) = (concept, sum)
            && loose.len() >= 2
            && sum == figures[w].value
        {
            for j in loose {
                out[j].lower(c, Axis::Item, frames[j].left);
            }
        }
        k = end;
    }
}

/// Whether a part names an act of its own that its whole does not: one that only repeats
/// the whole's act (`律师代理各类案件6500件，其中代理行政诉讼案件320件`) still counts a kind
/// of what the whole counts, not the count its noun alone would name.
fn acts_anew(part: &Frame, whole: &Frame) -> bool {
    part.acts
        .iter()
        .filter(|a| !is_light(a.word))
        .any(|a| whole.acts.iter().all(|b| b.word != a.word))
}

/// Whether a figure after `其中` with no act of its own counts a kind of what its whole
/// counts: its thing is the whole's or one word holds the other (`开展法律咨询1.2万人次，其中
/// 现场咨询8600人次`), and it names no domain of its own besides the whole's. A kind that
/// names its own domain is that domain's whole count (`诉讼案件72起，其中行政诉讼14起`); a
/// thing of another kind is another quantity (`涉及金额…，其中…罚没收入…`).
fn kind_of_whole(part: &Frame, whole: &Frame) -> bool {
    if part.has_act() {
        return false;
    }
    let own_domain = part
        .domain
        .filter(|(_, c)| c.from == CitedFrom::Clause)
        .map(|(d, _)| d);
    if own_domain.is_some() && own_domain != whole.domain.map(|(d, _)| d) {
        return false;
    }
    let texts = |f: &Frame| -> Vec<&'static str> { f.things.iter().map(word).collect() };
    let (mine, theirs) = (texts(part), texts(whole));
    mine.iter()
        .any(|m| theirs.iter().any(|t| t.contains(m) || m.contains(t)))
}

/// A sentence that opens with a set and `中` (`行政诉讼案件中，`, `在受理的案件中，`) goes on
/// to count parts of it: a figure after that names no act of its own (`以市政府为被告的案件
/// 12件`) is a part of the concept it would take, not its count. One with an act of its own
/// (`审结120件`) counts what that act does and keeps its concept; a rate is over the set.
fn among(
    src: &Source,
    figures: &[Candidate],
    frames: &[Frame],
    registry: &Registry,
    out: &mut [Meaning],
) {
    let text: &str = &src.folded;
    for k in 0..figures.len() {
        // (a rate is taken over the set, never a part of it: `在已审结的案件中，…胜诉率100%`)
        let Some(concept) = out[k]
            .concept
            .filter(|c| c.value_kind == ValueKind::Count && !frames[k].has_own_act())
        else {
            continue;
        };
        let Some(opener) = set_opener(src, figures[k].start) else {
            continue;
        };
        // a count distributed over a list (`各县区受理行政复议案件分别为：甲县56件、…`):
        // each item named by its own words is a part of it
        let own = text.get(frames[k].left.0..frames[k].left.1).unwrap_or("");
        if opener.distributes {
            if figures[k].cue_window.is_none()
                && own.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
            {
                out[k].lower(concept, Axis::Item, frames[k].left);
            }
            continue;
        }
        if ends_with_thing(&text[opener.span.0..opener.span.1], registry) {
            out[k].lower(concept, Axis::Item, frames[k].left);
        }
    }
}

/// Whether `s` ends with a word of the lexicon that names a counted thing (`案件`,
/// `行政复议申请`), not a course of action (`工作中`, `过程中`).
fn ends_with_thing(s: &str, registry: &Registry) -> bool {
    s.char_indices().rev().take(8).any(|(i, _)| {
        registry
            .word_id(&s[i..])
            .is_some_and(|w| lexicon::has_role(w, role::THING))
    })
}

/// Figures right after a count in its sentence that name nothing but who or where
/// (`受理行政复议案件126件，县政府60件、乡镇13件、部门53件`), two or more, in its unit, that add
/// up to it exactly, list its parts without a `其中`: each is a part of its concept, named
/// by its own words. A part may repeat the count's act (`县政府受理62件，县司法局受理84件`):
/// who did it is still all that tells it apart, and it is named by the words before the act.
/// Without the sum they may be anything (other counts of other things).
fn summed_parts(text: &str, figures: &[Candidate], frames: &[Frame], out: &mut [Meaning]) {
    let names_nothing = |out: &[Meaning], k: usize, w: usize| {
        let f = &frames[k];
        let repeats = |a: &Cite| frames[w].acts.iter().any(|b| b.word == a.word);
        (out[k].concept.is_none() || out[k].concept.map(|c| c.id) == out[w].concept.map(|c| c.id))
            && out[k].part.is_none()
            && !f.after_part_marker
            && f.acts
                .iter()
                .all(|a| a.from != CitedFrom::Clause || is_light(a.word) || repeats(a))
            && f.things.iter().all(|t| t.from != CitedFrom::Clause)
    };
    let mut w = 0;
    while w < figures.len() {
        let whole = &figures[w];
        let Some(concept) = out[w]
            .concept
            .filter(|c| c.value_kind == ValueKind::Count && whole.kind == FactKind::Level)
        else {
            w += 1;
            continue;
        };
        let mut end = w + 1;
        let mut sum = Decimal::ZERO;
        while end < figures.len()
            && figures[end].kind == FactKind::Level
            && same_measure(&figures[end].unit, &whole.unit)
            && names_nothing(out, end, w)
            && same_sentence(text, &figures[end - 1], &figures[end])
        {
            let Some(more) = sum.checked_add(figures[end].value) else {
                break;
            };
            sum = more;
            end += 1;
        }
        if end - w > 2 && sum == whole.value {
            for k in w + 1..end {
                out[k].lower(concept, Axis::Item, before_own_act(&frames[k]));
                out[k].whole = Some(w);
            }
            w = end;
        } else {
            w += 1;
        }
    }
}

/// The figure's own words before the act of its clause (`县政府受理` → `县政府`); all of them
/// when it names no act, or nothing stands before it.
fn before_own_act(frame: &Frame) -> (usize, usize) {
    let (start, end) = frame.left;
    let act = frame
        .acts
        .iter()
        .filter(|a| a.from == CitedFrom::Clause && start < a.start && a.start < end)
        .map(|a| a.start)
        .min();
    (start, act.unwrap_or(end))
}

/// Whether two measure words count the same things (`名` and `人` both count people).
fn same_measure(a: &str, b: &str) -> bool {
    a == b || ["人", "名"].contains(&a) && ["人", "名"].contains(&b)
}

/// Figures listed side by side with `、` that take the same concept and unit
/// (`行政处罚案卷30份、行政许可案卷30份`) are parts of a whole the text does not state.
fn listed_parts(text: &str, figures: &[Candidate], frames: &[Frame], out: &mut [Meaning]) {
    let mut k = 0;
    while k + 1 < figures.len() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        let between = text.get(a.extent_end..b.start).unwrap_or("");
        let listed = between.contains('、')
            && !between.contains(super::source::ends_clause)
            && a.unit == b.unit
            && a.kind == FactKind::Level
            && b.kind == FactKind::Level;
        let id = out[k].concept.map(|c| c.id);
        if listed && id.is_some() && id == out[k + 1].concept.map(|c| c.id) {
            let mut j = k;
            while j < figures.len() && out[j].concept.map(|c| c.id) == id {
                if let Some(c) = out[j].concept {
                    // (named by its own words: `行政许可案卷`)
                    out[j].lower(c, Axis::Item, past_the_act(&frames[j]));
                }
                j += 1;
            }
            k = j;
        } else {
            k += 1;
        }
    }
}

/// The figure's own words after the act that governs the list, which every item shares
/// (`全年制发行政复议意见书5份、建议书3份`: the first item is `行政复议意见书`); all of its
/// own words when the act stands after them.
fn past_the_act(frame: &Frame) -> (usize, usize) {
    let (start, end) = frame.left;
    let after = frame
        .acts
        .iter()
        .filter(|a| a.from == CitedFrom::Clause && start <= a.start && a.end < end)
        .map(|a| a.end)
        .max();
    (after.unwrap_or(start), end)
}

/// A concept given to level figures of different values is not known to be any of them:
/// they are parts of its count (`吊销执法证件12个，注销执法证件3个`, or `执法人员27人` …
/// `执法人员47人` for each unit of a listing), named by the words that tell them apart.
/// When the figures whose field the clause before narrows (`开展产品质量执法，…查办违法
/// 案件5.67万件`) are set aside as parts and the others agree, those keep the concept.
fn conflicts(text: &str, figures: &[Candidate], frames: &[Frame], out: &mut [Meaning]) {
    let sentences = sentences(text, figures);
    attempts_beside_successes(figures, &sentences, out);
    sums_in_a_sentence(figures, frames, &sentences, out);
    counts_by_level(text, frames, &sentences, out);
    rates_of_units(text, figures, &sentences, out);
    let mut by_concept: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, m) in out.iter().enumerate() {
        if let Some(c) = m.concept {
            by_concept.entry(c.id).or_default().push(k);
        }
    }
    let agree = |ks: &[usize]| {
        ks.windows(2)
            .all(|w| same_value(&figures[w[0]], &figures[w[1]]))
    };
    for ks in by_concept.values() {
        if agree(ks) {
            continue;
        }
        let (narrowed, plain): (Vec<usize>, Vec<usize>) =
            ks.iter().partition(|&&k| frames[k].narrowed.is_some());
        // a figure whose sentence names the whole territory (`全省各级行政复议机构新收…`)
        // is the whole's count; those of the sub-units named elsewhere (`省政府新收…`,
        // `武汉市收到…`) are its parts
        let (whole, rest): (Vec<usize>, Vec<usize>) = plain
            .iter()
            .partition(|&&k| names_whole_territory(text, &figures[k], &frames[k]));
        let parts = if !narrowed.is_empty() && !plain.is_empty() && agree(&plain) {
            narrowed
        } else if !whole.is_empty() && !rest.is_empty() && agree(&whole) {
            narrowed.into_iter().chain(rest).collect()
        } else if let Some(g) = named_generally(ks, out) {
            ks.iter().copied().filter(|&k| k != g).collect()
        } else {
            ks.clone()
        };
        let tally = Tally::of(ks, out);
        for k in parts {
            let Some(concept) = out[k].concept.take() else {
                continue;
            };
            let part = frames[k]
                .narrowed
                .unwrap_or_else(|| distinguishing(k, &tally, out, frames[k].left));
            out[k].part = Some((concept, part));
        }
    }
}

/// Of counts of one concept that disagree, the one whose thing is the concept's own general
/// noun, the one its label names (`发放宣传资料5万份` beside `赠送宪法台历5000本`: 宣传资料 is
/// in `发放宣传资料`), when it alone is and every other names a thing of its own, each with
/// its own act: that one is the count, the others kinds of it. (Items that share one act,
/// `发放宣传资料32万份，宣传品8.6万件`, are listed side by side: parts alike.)
fn named_generally(ks: &[usize], out: &[Meaning]) -> Option<usize> {
    let concept = out[*ks.first()?].concept?;
    let own_act = |k: usize| {
        out[k]
            .evidence
            .and_then(|e| e.act)
            .is_some_and(|a| a.from == CitedFrom::Clause)
    };
    if !ks.iter().all(|&k| own_act(k)) {
        return None;
    }
    let thing = |k: usize| out[k].evidence.and_then(|e| e.thing).map(|c| word(&c));
    let general = |w: &str| w.chars().count() >= 2 && concept.zh.contains(w);
    let mut named = ks
        .iter()
        .copied()
        .filter(|&k| thing(k).is_some_and(general));
    let (Some(g), None) = (named.next(), named.next()) else {
        return None;
    };
    ks.iter()
        .all(|&k| k == g || thing(k).is_some_and(|w| !general(w)))
        .then_some(g)
}

/// Words that name the whole territory of the report (`全省`, `本市`): a count said of it
/// is no sub-unit's.
const WHOLE_TERRITORY: &[&str] = &[
    "全国", "全省", "全市", "全县", "全区", "全州", "全盟", "全旗", "全镇", "全乡", "全域", "我省",
    "我市", "我县", "我区", "本省", "本市", "本县", "本区",
];

/// How far back the start of a figure's sentence is looked for, in bytes.
const SENTENCE_REACH: usize = 600;

/// Whether the sentence of a figure names the whole territory before it, and no time but a
/// year: with a month or a span of years (`7月，全省…`, `近5年来，全省…`) the counts of a
/// concept may differ over time, not over the territory's units.
///
/// A sentence that opens on its act has no subject of its own: it goes on with the subject of
/// the sentence before (`全省…新收行政复议申请5422件。受理行政复议案件3129件`).
fn names_whole_territory(text: &str, figure: &Candidate, frame: &Frame) -> bool {
    // (read back at most a long sentence's length: a text with no sentence ends is not read
    // back to its start for each figure)
    let sentence_start = |end: usize| {
        let from = super::source::floor_boundary(text, end.saturating_sub(SENTENCE_REACH));
        let before = text.get(from..end).unwrap_or("");
        from + before.rfind(super::source::ends_sentence).map_or(0, |i| {
            i + before[i..].chars().next().map_or(0, char::len_utf8)
        })
    };
    let whole = |sentence: &str| {
        WHOLE_TERRITORY.iter().any(|w| sentence.contains(w))
            && !["月", "季", "周", "年来", "以来"]
                .iter()
                .any(|w| sentence.contains(w))
    };
    let start = sentence_start(figure.start);
    let sentence = text.get(start..figure.start).unwrap_or("");
    if whole(sentence) {
        return true;
    }
    let opening = start + (sentence.len() - sentence.trim_start().len());
    let opens_on_act = frame
        .acts
        .first()
        .is_some_and(|a| a.from == CitedFrom::Clause && a.start == opening);
    if !opens_on_act || start == 0 {
        return false;
    }
    let before = sentence_start(start - 1);
    text.get(before..start).is_some_and(whole)
}

/// Whether no sentence ends between figure `a` and the figure `b` after it.
fn same_sentence(text: &str, a: &Candidate, b: &Candidate) -> bool {
    !text
        .get(a.extent_end..b.start)
        .unwrap_or("。")
        .contains(super::source::ends_sentence)
}

/// The figures of each sentence, as ranges of indices.
fn sentences(text: &str, figures: &[Candidate]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < figures.len() {
        let mut end = start + 1;
        while end < figures.len() && same_sentence(text, &figures[end - 1], &figures[end]) {
            end += 1;
        }
        out.push((start, end));
        start = end;
    }
    out
}

/// The level counts of each concept in `figures[start..end]`, by concept.
fn counts_by_concept(
    figures: &[Candidate],
    out: &[Meaning],
    (start, end): (usize, usize),
) -> HashMap<&'static str, Vec<usize>> {
    let mut by_concept: HashMap<&'static str, Vec<usize>> = HashMap::new();
    for k in start..end {
        if let Some(c) = out[k]
            .concept
            .filter(|c| c.value_kind == ValueKind::Count && figures[k].kind == FactKind::Level)
        {
            by_concept.entry(c.id).or_default().push(k);
        }
    }
    by_concept
}

/// Three or more level counts of one concept in one sentence, one of which is the sum of all
/// the others (`县政府本级收到47件，各部门收到86件，合计133件`, in either order): that one is the
/// count, the others its parts, each named by what tells it apart from the rest.
fn sums_in_a_sentence(
    figures: &[Candidate],
    frames: &[Frame],
    sentences: &[(usize, usize)],
    out: &mut [Meaning],
) {
    for &range in sentences {
        for ks in counts_by_concept(figures, out, range)
            .values()
            .filter(|ks| (3..=MAX_SUMMED).contains(&ks.len()))
        {
            // (checked: figures near the largest decimal must not overflow)
            let total = ks
                .iter()
                .try_fold(Decimal::ZERO, |t, &k| t.checked_add(figures[k].value));
            let units_agree = ks
                .windows(2)
                .all(|w| figures[w[0]].unit == figures[w[1]].unit);
            let Some(&whole) = ks.iter().find(|&&k| {
                units_agree
                    && total.is_some()
                    && figures[k].value.checked_mul(Decimal::TWO) == total
            }) else {
                continue;
            };
            let parts: Vec<usize> = ks.iter().copied().filter(|&k| k != whole).collect();
            let tally = Tally::of(&parts, out);
            for &k in &parts {
                let part = distinguishing(k, &tally, out, frames[k].left);
                if let Some(concept) = out[k].concept.take() {
                    out[k].part = Some((concept, part));
                    out[k].whole = Some(whole);
                }
            }
        }
    }
}

/// A rate after a count of units in its sentence (`有民政局、卫计局等9个单位群众反映较好，按期
/// 办结率、群众满意率均为100%`) is the rate of those units, not of all the work: no concept.
fn rates_of_units(
    text: &str,
    figures: &[Candidate],
    sentences: &[(usize, usize)],
    out: &mut [Meaning],
) {
    const UNITS: &[&str] = &["单位", "部门", "乡镇", "街道", "镇街", "县区", "县(市、区)"];
    for &(from, to) in sentences {
        for k in from + 1..to {
            let j = k - 1;
            let counts_units = matches!(figures[j].unit.as_str(), "个" | "家")
                && text
                    .get(figures[j].extent_end..)
                    .is_some_and(|after| UNITS.iter().any(|u| after.starts_with(u)));
            if figures[k].unit == "%" && counts_units {
                // (every rate of the list after it: `…率、…率均为100%` is one figure per rate,
                // all at the one value)
                let mut m = k;
                while m < figures.len() && (m < to || figures[m].start == figures[k].start) {
                    if out[m].concept.is_some() {
                        out[m] = Meaning::default();
                    }
                    m += 1;
                }
                break;
            }
        }
    }
}

/// Counts of one concept in one sentence, each naming a different level in its own words
/// (`成功调解村级矛盾纠纷78件，镇级矛盾纠纷37件`): the count is distributed over the levels,
/// each figure the part of its level, whether or not the sentence states their total.
fn counts_by_level(
    text: &str,
    frames: &[Frame],
    sentences: &[(usize, usize)],
    out: &mut [Meaning],
) {
    let level_of = |k: usize| {
        let (start, end) = frames[k].left;
        let own = text.get(start..end)?;
        LEVELS
            .iter()
            .filter(|l| **l != "全国")
            .filter_map(|l| own.find(l).map(|at| (start + at, start + at + l.len())))
            .min()
    };
    let concept_of = |m: &Meaning| m.concept.or(m.part.map(|p| p.0)).map(|c| c.id);
    let thing_of = |k: usize| {
        let t = frames[k].things.last()?;
        text.get(t.start..t.end)
    };
    for &(from, to) in sentences {
        let leveled: Vec<(usize, (usize, usize))> = (from..to)
            .filter_map(|k| level_of(k).map(|l| (k, l)))
            .collect();
        if leveled.len() < 2 {
            continue;
        }
        // the levels named beside each concept, and beside each thing counted with no
        // concept (the other level's count may have none of its own when it names no act:
        // `…，镇级矛盾纠纷37件` counts the same thing); two levels are enough to tell
        let mut by_concept: HashMap<&str, Levels> = HashMap::new();
        let mut by_thing: HashMap<&str, Levels> = HashMap::new();
        for &(k, (s, e)) in &leveled {
            let level = &text[s..e];
            match concept_of(&out[k]) {
                Some(c) => by_concept.entry(c).or_default().add(level),
                None => {
                    if let Some(t) = thing_of(k) {
                        by_thing.entry(t).or_default().add(level);
                    }
                }
            }
        }
        for &(k, (s, e)) in &leveled {
            let Some(concept) = out[k].concept else {
                continue;
            };
            let level = &text[s..e];
            let other = |levels: Option<&Levels>| levels.is_some_and(|l| l.other_than(level));
            // (a concept of one level, `省级民主法治示范村`, is that level's whole count)
            if (other(by_concept.get(concept.id))
                || thing_of(k).is_some_and(|t| other(by_thing.get(t))))
                && !concept
                    .wordings
                    .iter()
                    .any(|w| w.marks.iter().any(|m| LEVELS.contains(m)))
            {
                out[k].lower(concept, Axis::Category, (s, e));
            }
        }
    }
}

/// Up to two different levels named beside one concept or thing.
#[derive(Default)]
struct Levels<'t>([Option<&'t str>; 2]);

impl<'t> Levels<'t> {
    fn add(&mut self, level: &'t str) {
        match self.0 {
            [None, _] => self.0[0] = Some(level),
            [Some(a), None] if a != level => self.0[1] = Some(level),
            _ => {}
        }
    }

    /// Whether a level other than `level` is among them.
    fn other_than(&self, level: &str) -> bool {
        self.0.iter().flatten().any(|l| *l != level)
    }
}

/// The most counts of one concept in a sentence read for a sum: prose states a total over a
/// few parts, and telling each part apart reads all the others (quadratic in their number).
const MAX_SUMMED: usize = 32;

/// An act and the same act with `成功` in one sentence (`调处各类纠纷1856件，调处成功1832件`):
/// the first counts the attempts, the second the successes, which is what the concept of
/// both counts. The attempts take none.
fn attempts_beside_successes(
    figures: &[Candidate],
    sentences: &[(usize, usize)],
    out: &mut [Meaning],
) {
    let act = |out: &[Meaning], k: usize| out[k].evidence.and_then(|e| e.act).map(|a| word(&a));
    for &range in sentences {
        for ks in counts_by_concept(figures, out, range)
            .values()
            .filter(|ks| ks.len() >= 2)
        {
            // (the acts whose successes are counted, gathered once: a sentence of many
            // figures is read in one pass)
            let tried: HashSet<&str> = ks
                .iter()
                .filter_map(|&b| act(out, b))
                .filter_map(|won| {
                    won.strip_suffix("成功")
                        .or_else(|| won.strip_prefix("成功"))
                })
                .collect();
            if tried.is_empty() {
                continue;
            }
            for &a in ks {
                if act(out, a).is_some_and(|done| tried.contains(done)) {
                    out[a].concept = None;
                    out[a].evidence = None;
                }
            }
        }
    }
}

/// How many figures of a set name each act and each thing in their evidence, and how many
/// name none: read once for the set, so that telling every figure apart from the others is
/// linear in their number.
struct Tally {
    named: [HashMap<u32, usize>; 2],
    unnamed: [usize; 2],
}

impl Tally {
    fn of(ks: &[usize], out: &[Meaning]) -> Self {
        let mut tally = Tally {
            named: [HashMap::new(), HashMap::new()],
            unnamed: [0, 0],
        };
        for &j in ks {
            for (i, w) in evidence_words(out, j).into_iter().enumerate() {
                match w {
                    Some(w) => *tally.named[i].entry(w).or_default() += 1,
                    None => tally.unnamed[i] += 1,
                }
            }
        }
        tally
    }
}

/// The act and the thing a figure's concept was read from.
fn evidence_words(out: &[Meaning], j: usize) -> [Option<u32>; 2] {
    let e = out[j].evidence.unwrap_or_default();
    [e.act, e.thing].map(|c| c.map(|c| c.word))
}

/// The words of figure `k`'s evidence that differ from the other figures' of its concept
/// (`tally`, of the set it belongs to): its act or its thing (`吊销` against `注销`); when
/// they are the same, an item named by the figure's own words before it (`own`:
/// `市本级受理行政复议案件`).
fn distinguishing(k: usize, tally: &Tally, out: &[Meaning], own: (usize, usize)) -> PartOf {
    let mine = evidence_words(out, k);
    let e = out[k].evidence.unwrap_or_default();
    for (i, cite) in [e.act, e.thing].into_iter().enumerate() {
        // (a word tells a figure apart only from figures that name one of their own in its
        // place: `发放宣传资料32万份，宣传品8.6万件` share the act, the second by carrying it)
        if let (Some(c), Some(w)) = (cite, mine[i])
            && c.from == CitedFrom::Clause
            && tally.unnamed[i] == 0
            && tally.named[i].get(&w) == Some(&1)
        {
            return PartOf {
                axis: Axis::Category,
                start: c.start,
                end: c.end,
            };
        }
    }
    PartOf {
        axis: Axis::Item,
        start: own.0,
        end: own.1,
    }
}

/// Whether two figures state the same value: equal, or equal within the precision of the
/// rounder one (`约24%` and `24.2%`; `116.87亿` and `1168659.84万`).
fn same_value(a: &Candidate, b: &Candidate) -> bool {
    if a.value == b.value {
        return true;
    }
    let scale = a.value.scale().min(b.value.scale());
    let round = |v: rust_decimal::Decimal| {
        v.round_dp_with_strategy(scale, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
    };
    if round(a.value) == round(b.value) {
        return true;
    }
    let (x, y) = (a.value.abs(), b.value.abs());
    let big = x.max(y);
    if big < rust_decimal::Decimal::from(1000) {
        return false;
    }
    // half a unit of the last digit written, relative: 0.5 % covers three significant digits
    // (divided, not multiplied: a value near the largest decimal must not overflow)
    (x - y).abs() <= big / rust_decimal::Decimal::from(200)
}

#[cfg(test)]
mod tests {
    use crate::concepts::{EXAMPLES, failing_examples};

    #[test]
    fn values_near_the_largest_decimal_compare_without_overflow() {
        let text = format!(
            "受理行政复议案件{}件，受理行政复议案件{}件。",
            "7".repeat(28),
            "9".repeat(28)
        );
        let report = crate::extract(&text).unwrap();
        assert_eq!(report.facts.len(), 2);
        // two different values of one concept: neither keeps it
        assert!(report.facts.iter().all(|f| f.concept.is_none()));
    }

    #[test]
    fn every_phrasing_example_of_the_registry_holds() {
        let registry = crate::Registry::built_in();
        let wrong: Vec<String> = EXAMPLES
            .iter()
            .flat_map(|e| failing_examples(&registry, e.concept, e.matches, e.rejects))
            .collect();
        assert!(
            wrong.is_empty(),
            "{} examples fail:\n{}",
            wrong.len(),
            wrong.join("\n")
        );
    }

    /// `FRAME_TEXT=… cargo test -p fazhi --lib show_frames -- --ignored --nocapture` prints the
    /// frame and meaning of every figure of a text: what to read when a figure gets a wrong
    /// concept.
    #[test]
    #[ignore]
    fn show_frames() {
        let text = std::env::var("FRAME_TEXT").unwrap_or_default();
        let text = std::fs::read_to_string(&text).unwrap_or(text);
        print!("{}", super::super::debug_frames(&text));
    }
}
