//! The frame of each figure: what the structure of its clause says the figure counts.
//!
//! A figure's *own words* are the stretch of its clause between the previous figure (or the
//! clause start) and the figure, and the words after its measure word up to the next figure
//! or the clause end. Cut into words ([`super::lexicon`]), they give:
//!
//! * the **act** that governs the figure: the verb nearest before it (`受理行政复议案件291件`),
//!   the main verb when the nearest stands in a `…的` clause that only describes the thing
//!   (`收到以市政府部门为被申请人的行政复议案件35件`), the verb after `对…进行` when the
//!   figure stands in the object of `对` (`对45件议题进行合法性审查`), and every verb
//!   coordinated with it (`撤销、变更6件`);
//! * the **things** of its noun phrase and its **head**, the last noun before the figure: a
//!   known thing, another known noun (the figure counts that: `开通热线3条`), or words the
//!   reader does not know (then it does not know what is counted);
//! * its **domain**: the procedure or field named in its own words; else the nearest named
//!   before it in its paragraph (an object left out is carried from the clause before:
//!   `受理行政复议案件88件，调解23件`); else the headings above it. Two different domains in
//!   its own words make the earlier one a category of the later (`行政处罚被申请行政复议9宗`);
//! * what makes it a **part**: a category, field, channel, stage or period among the
//!   modifiers of its noun phrase (`投诉举报类12件`, `民生领域`, `来电`, `案前`, `上半年`),
//!   unknown words that modify its thing (`复工复产公证`), or the part its clause continues;
//! * words that **block** a count: a plan (`拟`), a reversal (`注销`), an average, a sample.
//!
//! A figure that continues the one before it (`修改3部地方性法规和2部政府规章`,
//! `国家级示范村9个、省级29个`) takes its act, and its things when it names none.

use super::figures::Candidate;
use super::lexicon::{self, Class, Token, Tokens, role};
use super::outline::SectionIndex;
use super::period::Periods;
use super::source::{Source, is_han};
pub(crate) use crate::model::{Axis, CitedFrom};
use crate::model::{FactKind, Section};

/// A word of a frame: its byte range and where it was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cite {
    pub start: usize,
    pub end: usize,
    pub from: CitedFrom,
    /// The word's index in the lexicon.
    pub word: u32,
}

/// The last noun before the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Head {
    /// The phrase names no thing (`化解2473件`, `受理行政复议291件`).
    None,
    /// A known thing of the registry.
    Thing(u32),
    /// Another known noun: the figure counts that.
    Foreign(usize, usize),
    /// Words the reader does not know.
    Unknown(usize, usize),
}

/// The words that make a figure a part, and of which kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PartOf {
    pub axis: Axis,
    pub start: usize,
    pub end: usize,
}

/// A word that stops a figure from being the count its words otherwise name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Block {
    Plan,
    Reversal,
    Average,
    Sample,
    /// Additions in the period (`新增`), not what there is.
    Increment,
    /// Another's work taken part in (`参与`, `协助`), or done by another named as the agent
    /// of a passive (`被法院撤销`: the court's judgment, not the agency's own act).
    Assist,
    /// How many of the things of the clause before got somewhere (`已完成7项`), when the
    /// figure names no thing of its own.
    Status,
    /// What an act turned up (`评查出`, `排查出`), not what it was done to.
    Found,
    /// A span longer than the report's year (`自2021年以来`), or another year (`2023年，`).
    OutsideYear,
}

/// What the report covers: the words of its own scope (its title and opening lines: they
/// restrict none of its figures) and the year it is about.
pub(crate) struct Covers<'a> {
    pub scope: &'a str,
    pub year: Option<i32>,
    /// The year the text was published, when it says: with no year reported on, a span
    /// from well before it (`自2019年以来`, published in 2024) is still longer than a year.
    pub published: Option<i32>,
}

/// A domain named in the text (its index in `DOMAINS`), the span of the word that names it and
/// the word's id.
type NamedDomain = (u16, usize, usize, u32);

/// The frame of one figure.
#[derive(Debug, Clone)]
pub(crate) struct Frame {
    /// The governing act and the acts coordinated with it.
    pub acts: Vec<Cite>,
    /// The things of the noun phrase.
    pub things: Vec<Cite>,
    pub head: Head,
    /// The domain (an index into `DOMAINS`) and the word that names it.
    pub domain: Option<(u16, Cite)>,
    /// Another domain named before the figure's act (the setting: `常务会议举办法治讲座`):
    /// a concept of either domain may fit.
    pub setting: Option<u16>,
    /// Whether the phrase coordinates things or domains of different kinds: a total across
    /// kinds (`对规范性文件、重大决策和合同开展合法性审查560件`).
    pub across: bool,
    /// Whether the phrase coordinates different domains (`行政复议和行政诉讼案件`): no
    /// concept bound to one domain counts it.
    pub across_domains: bool,
    pub part: Option<PartOf>,
    /// Words before the domain carried from an earlier clause that may narrow it
    /// (`开展产品质量执法，…查办违法案件5.67万件`). An unknown word there may as well be a
    /// verb (`创优营商环境`), so this only decides between figures that would otherwise
    /// give one concept two values.
    pub narrowed: Option<PartOf>,
    /// Blocking words and where they stand.
    pub blocks: Vec<(Block, usize, usize)>,
    /// The figure's own words: before it, and after its measure word.
    pub left: (usize, usize),
    /// The figure's clause up to the end of its own words (marks may stand there, in the
    /// words of the figure it continues: `4054名“法律明白人”参加培训会42次`).
    pub clause: (usize, usize),
    pub right: (usize, usize),
    /// Whether a `其中` (or `含`, `包括`) stands before the figure in its sentence.
    pub after_part_marker: bool,
    /// The figure (index) whose parts the figures after that `其中` list: the last level
    /// figure before it in its sentence, or, for a sentence that opens with it, the last of
    /// the sentence before.
    pub whole: Option<usize>,
    /// The acts of a manner phrase (`通过撤销、变更等方式纠正`), and whether they are listed as
    /// examples (`等`): then the act after them governs, and the manners must be kinds of
    /// its concept or the figure counts a part of it.
    pub manner: Vec<Cite>,
    pub manner_open: bool,
    /// What the figure before it in its sentence counts (for a rate: what it is the rate of).
    pub prev_things: Vec<Cite>,
    /// Where the noun phrase read after the figure ends, when its things were read there
    /// (`修改3部地方性法规和…`): the words up to it are this figure's, the next figure's own
    /// words start after it.
    pub right_np_end: Option<usize>,
}

impl Frame {
    fn empty(left: (usize, usize), right: (usize, usize)) -> Self {
        Frame {
            clause: (left.0, right.1),
            acts: Vec::new(),
            things: Vec::new(),
            head: Head::None,
            domain: None,
            setting: None,
            across: false,
            across_domains: false,
            part: None,
            narrowed: None,
            blocks: Vec::new(),
            left,
            right,
            after_part_marker: false,
            whole: None,
            right_np_end: None,
            prev_things: Vec::new(),
            manner: Vec::new(),
            manner_open: false,
        }
    }

    /// Whether the frame names any act that is not a light verb, its own or one carried to
    /// it (a part after `其中` with no act of its own was done as its whole was).
    pub fn has_act(&self) -> bool {
        self.acts.iter().any(|a| !is_light(a.word))
    }

    /// Whether the figure's own clause names an act that is not a light verb: acts carried
    /// from the clause before or from its whole are not its own.
    pub fn has_own_act(&self) -> bool {
        self.acts
            .iter()
            .any(|a| a.from == CitedFrom::Clause && !is_light(a.word))
    }

    /// Whether the figure's own clause names an act done to what it counts: what a part
    /// concerns (`涉及市场监管领域86件`) says which things, not what was done to them.
    pub fn acts_on_its_own(&self, text: &str) -> bool {
        self.acts.iter().any(|a| {
            a.from == CitedFrom::Clause
                && !is_light(a.word)
                && !matches!(text.get(a.start..a.end), Some("涉及" | "涉及到"))
        })
    }
}

/// Whether a word is a light verb that is no concept's act: it does not make a frame name an
/// act (`开展`; but `组织`, also an act of some wordings, does).
pub(crate) fn is_light(word: u32) -> bool {
    lexicon::has_role(word, role::LIGHT) && !lexicon::has_role(word, role::ACT)
}

fn cite(t: &Token, from: CitedFrom) -> Option<Cite> {
    Some(Cite {
        start: t.start,
        end: t.end,
        from,
        word: t.word?,
    })
}

/// Tokens that neither name nor narrow what is counted.
const PASS: u32 = role::TRANSPARENT | role::SCOPE | role::LIGHT | role::BROAD;

fn is_de(text: &str, t: &Token) -> bool {
    &text[t.start..t.end] == "的"
}

/// How far before a figure's own words (and after it) its clause is read for the words of the
/// figures it continues, in bytes (about 40 characters: a few figures of one list).
const CLAUSE_REACH: usize = 120;

/// The frames of every figure, in order.
pub(crate) fn read(
    src: &Source,
    figures: &[Candidate],
    sections: &[Section],
    index: &SectionIndex,
    titles: &[(usize, usize)],
    covers: &Covers,
    words: &Tokens,
) -> Vec<Frame> {
    let (scope, year) = (covers.scope, covers.year);
    let text: &str = &src.folded;
    let mut frames: Vec<Frame> = Vec::with_capacity(figures.len());
    // where a stretch is cut afresh (a word crosses its edge)
    let (mut scratch, mut right_scratch) = (Vec::new(), Vec::new());
    let mut period_scratch = Vec::new();
    let mut change_scratch = Vec::new();
    // the time expressions of the current sentence
    let mut periods = Periods::for_year(year)
        .published_in(covers.published)
        .framed_by(figures.first().map(|f| src.sentence_index(f.start)));
    // the nearest domain named before the current figure in its paragraph
    let mut carried: Option<NamedDomain> = None;
    // the words that narrow the carried domain, if any
    let mut narrowed: Option<(usize, usize)> = None;
    // the last named in an earlier paragraph: asked after the headings
    let mut far: Option<NamedDomain> = None;
    let mut last_sentence = usize::MAX;
    // whether every figure of the current sentence so far is planned
    let mut planned_so_far = true;
    let mut part_marker_in_sentence = false;
    let mut whole: Option<usize> = None;
    // where the sentence's `其中` list opened, and the domain carried when it did: a domain
    // the parts name is carried only as far as the list goes
    let mut list_opened: Option<(usize, Option<NamedDomain>)> = None;
    // whether the `其中` of the sentence stands inside parentheses
    let mut marker_in_parens = false;
    // the first field named in the clause last read, to tell fields joined in one clause
    let mut clause_domain: Option<ClauseDomain> = None;
    // the last level figure, and the sentence it stands in; and the last one outside
    // parentheses (`共接到诉求46653件（电话诉求41424件、非电话诉求5229件）。其中…`: the
    // parts after the parentheses are of the figure before them)
    let mut last_level: Option<(usize, usize)> = None;
    let mut last_outside: Option<(usize, usize)> = None;
    let mut parens = ParenDepth::default();
    let rights = right_regions(src, figures, words);
    // the domain each heading names, read when first asked
    let heading_domains: Vec<std::cell::OnceCell<Option<(u16, u32)>>> = sections
        .iter()
        .map(|_| std::cell::OnceCell::new())
        .collect();
    for (k, fig) in figures.iter().enumerate() {
        let (cs, _) = src.clause_at(fig.start);
        let sentence = src.sentence_index(fig.start);
        let prev = k.checked_sub(1).map(|j| &figures[j]);
        let prev_end = prev.map_or(0, |p| p.extent_end).min(fig.start);
        let mut left = match fig.cue_window {
            Some(w) => w,
            None => (cs.max(prev_end), fig.start),
        };
        // a value after its label and a colon (`受理：218件`, `调解案件: 18600件`): the
        // label is the figure's own words
        if fig.cue_window.is_none() && text[left.0..left.1].trim().is_empty() {
            let before = text[..cs].trim_end();
            if before.ends_with(['：', ':']) {
                let colon = before.len() - before.chars().next_back().map_or(0, char::len_utf8);
                let (label_start, _) = src.clause_at(colon.saturating_sub(1));
                if label_start < colon && label_start >= prev_end {
                    left = (label_start, fig.start);
                }
            }
        }
        // the words after the previous figure named its thing (`修改3部地方性法规和2部…`):
        // this figure's own words start after the coordinator that follows them
        let mut after_coordinator = false;
        if fig.cue_window.is_none()
            && let Some(np_end) = frames.last().and_then(|f: &Frame| f.right_np_end)
            && np_end > left.0
            && np_end <= left.1
        {
            left.0 = np_end;
            if let Some(t) = words
                .region(text, left, &mut scratch)
                .iter()
                .find(|t| !t.is(role::SCOPE))
                .filter(|t| t.is(role::COORD))
            {
                after_coordinator = true;
                left.0 = t.end;
            }
        }
        if sentence != last_sentence {
            planned_so_far = true;
            part_marker_in_sentence = false;
            whole = None;
            marker_in_parens = false;
            list_opened = None;
        }
        // a `其中` opens a list of parts of the figure before it
        let marker_at = |pos: usize, whole: &mut Option<usize>| {
            let opens_sentence = src.sentence_at(pos).0 >= prev_end.min(pos)
                && src.folded[src.sentence_at(pos).0..pos]
                    .chars()
                    .all(|c| !c.is_alphanumeric() || c == '其');
            let in_parens = open_paren(text, src.sentence_at(pos).0, pos);
            let before = if in_parens { last_level } else { last_outside };
            let reaches = |s: usize| s == sentence || opens_sentence && s + 1 == sentence;
            // (back to the start of the sentence the whole may stand in: a `；` ends none
            // here, the list may follow a full stop when it opens a sentence; found once, so
            // that a list after many figures is not read back over them for each)
            let reach = reach_start(text, pos, usize::from(opens_sentence));
            let in_reach = |j: &usize| figures[*j].start >= reach;
            *whole = match before {
                Some((k, s)) if reaches(s) => Some(k),
                _ => None,
            };
            // parts are counted in their whole's measure: when the figure right before is
            // of another (`办理法律援助案件860件，挽回损失1800万元；接待咨询5600人次。其中…
            // 案件320件`), the whole is the last one before it in the part's measure
            if let Some(w) = *whole
                && figures[w].unit != fig.unit
            {
                *whole = (0..w)
                    .rev()
                    .take_while(in_reach)
                    .find(|&j| figures[j].unit == fig.unit && figures[j].kind == FactKind::Level)
                    .or(Some(w));
            }
            // parts that repeat the words of an earlier figure are its parts (`派单601件，
            // 按时结案597件，超时办理4件。其中热线派单532件`: of the 601 dispatched)
            if let Some(w) = *whole {
                let own = text.get(pos..fig.start).unwrap_or("");
                let repeated = |j: usize| {
                    frames.get(j).is_some_and(|f| {
                        let words = text.get(f.left.0..f.left.1).unwrap_or("");
                        let words = words.trim_matches(|c: char| !c.is_alphanumeric());
                        words.chars().count() >= 2 && own.ends_with(words)
                    })
                };
                if !repeated(w)
                    && let Some(j) = (0..w).rev().take_while(in_reach).find(|&j| {
                        figures[j].unit == fig.unit
                            && figures[j].kind == FactKind::Level
                            && repeated(j)
                    })
                {
                    *whole = Some(j);
                }
            }
        };
        // the words between the previous figure and this one, before its own: the domains
        // they name are carried to it (a paragraph break ends what is carried)
        let gap = (prev_end, left.0.max(prev_end));
        let tokens = words.region(text, gap, &mut scratch);
        if let Some(nl) = text[gap.0..gap.1].rfind('\n').map(|i| gap.0 + i)
            && paragraph_break(text, nl)
        {
            far = carried.take().or(far);
            narrowed = None;
        }
        for (i, t) in tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| !inside(titles, t.start))
        {
            // (a domain named in a clause of shares, `社会律师办案占98.66`, says what part the
            // share is of, not what the paragraph goes on about)
            if t.is(role::COORD)
                && let Some(c) = clause_domain.as_mut()
                && c.clause == src.clause_index(t.start)
            {
                c.coordinated = true;
            }
            if let Some(d) = t
                .domain()
                .filter(|_| t.is(role::DOMAIN | role::THING) && !in_share_clause(src, t.start))
            {
                // two fields joined in one clause (`一审行政案件、信访部门登记信访数量同比
                // 分别下降`) are spoken of together: neither is what the paragraph goes on
                // about, and the field carried before the clause stays
                let clause = src.clause_index(t.start);
                match clause_domain.as_mut() {
                    Some(c)
                        if c.clause == clause && (c.mixed || c.coordinated && c.domain != d) =>
                    {
                        c.mixed = true;
                        carried = c.before;
                        narrowed = None;
                        continue;
                    }
                    Some(c) if c.clause == clause => c.coordinated = false,
                    _ => {
                        clause_domain = Some(ClauseDomain {
                            clause,
                            domain: d,
                            before: carried,
                            coordinated: false,
                            mixed: false,
                        })
                    }
                }
                carried = Some((d, t.start, t.end, t.word.unwrap_or_default()));
                // a field narrowed by the words before it (`开展产品质量执法`) narrows the
                // figures of its sentence that take it
                let mut j = i;
                while j > 0 && is_content_or_single(&tokens[j - 1]) {
                    j -= 1;
                }
                let member = (tokens[j.min(i)].start, t.start);
                narrowed = (j < i
                    && member.1 - member.0 >= 6
                    && !scope.contains(&text[member.0..member.1]))
                .then_some(member);
            }
            if t.is(role::PART) && src.sentence_index(t.start) == sentence {
                if !part_marker_in_sentence {
                    list_opened = Some((t.start, carried));
                }
                part_marker_in_sentence = true;
                marker_at(t.start, &mut whole);
                marker_in_parens = open_paren(text, src.sentence_at(t.start).0, t.start);
            }
            // a list of parts inside parentheses ends with them (`立案查处390件(其中简易程序
            // 110件…)，共处罚款金额136161元`)
            if marker_in_parens && matches!(&text[t.start..t.end], ")" | "）") {
                part_marker_in_sentence = false;
                whole = None;
                marker_in_parens = false;
            }
        }
        let carried_from = |start: usize| {
            if src.sentence_index(start) == sentence {
                CitedFrom::ClauseBefore
            } else {
                CitedFrom::SentenceBefore
            }
        };
        let tokens = words.region(text, left, &mut scratch);
        let agency = named_agency(text, tokens);
        let right_tokens = words.region(text, rights[k], &mut right_scratch);
        let count = fig.unit != "%" && fig.unit != "元";
        // words after the figure that run on to the next figure are shared with it: their
        // verbs are the next one's
        let shared = figures.get(k + 1).is_some_and(|n| n.start == rights[k].1);
        let mut frame = own_frame(
            text,
            count,
            shared,
            tokens,
            right_tokens,
            left,
            rights[k],
            titles,
        );
        // a zero written as the act done to none (`均无败诉`, `零败诉`): the act is the
        // figure's own word
        if let Some(act) = fig.zero_act(text) {
            let mut own = Vec::new();
            let inner = words.region(text, act, &mut own);
            if let Some(a) = inner
                .iter()
                .find(|t| t.is(role::ACT))
                .and_then(|t| cite(t, CitedFrom::Clause))
            {
                frame.acts = vec![a];
            }
        }
        // a word both act and thing, alone before a count of people, is the act: people
        // are not counted in sessions (`培训860人次`: people trained, the object carried)
        // (after a coordinator too: `组织执法人员培训32期、培训2900人次`)
        if counts_people(&fig.unit)
            && frame.acts.is_empty()
            && let [only] = frame.things.as_slice()
            && only.from == CitedFrom::Clause
            && lexicon::has_role(only.word, role::ACT)
            && tokens
                .iter()
                .filter(|t| {
                    matches!(t.class, Class::Han | Class::Word) && !t.is(PASS | role::COORD)
                })
                .count()
                == 1
        {
            frame.acts = vec![*only];
            frame.things.clear();
            frame.head = Head::None;
        }
        // people who attend a training (`安排7名执法人员参加…4期…培训班`) are people
        // trained, whoever sent them: the training their clause names, past any figure
        // inside it, is the act
        if counts_people(&fig.unit)
            && right_tokens
                .iter()
                .find(|t| t.is(role::ACT | role::LIGHT))
                .is_some_and(|t| matches!(&text[t.start..t.end], "参加" | "参训"))
            && let Some(act) = attended_training(src, fig.extent_end)
        {
            frame.acts = vec![act];
        }
        // a count in another measure than the whole's, with an act and a thing of its own,
        // is no part of it: the list is over (`受理法律援助案件345宗，其中刑事案件305宗、民事
        // 案件40宗，提供法律咨询1026人次`), and what its parts named is not carried on
        if part_marker_in_sentence
            && count
            && let Some(w) = whole
            && figures[w].unit != fig.unit
            && frame.acts_on_its_own(text)
            && frame.things.iter().any(|t| t.from == CitedFrom::Clause)
            && !tokens.iter().any(|t| t.is(role::PART))
        {
            part_marker_in_sentence = false;
            whole = None;
            marker_in_parens = false;
            if let Some((opened, before)) = list_opened.take()
                && carried.is_some_and(|(_, s, ..)| s >= opened)
            {
                carried = before;
                narrowed = None;
            }
        }
        // the period the sentence puts the figure in: shorter than the year (`上半年，…`),
        // a part of the year's count; longer (`自2021年以来`) or another year (`2023年，`),
        // no count of the year
        if fig.cue_window.is_none() {
            // (a sentence's words are cut once, for its first figure)
            if !periods.holds(sentence) {
                let (ss, se) = src.sentence_at(fig.start);
                let tokens = words.region(text, (ss, se), &mut period_scratch);
                periods.read_sentence(text, (sentence, ss, se), tokens, &|p| inside(titles, p));
            }
            if let Some((start, end)) = periods.before(fig.start).filter(|_| frame.part.is_none()) {
                frame.part = Some(PartOf {
                    axis: Axis::Period,
                    start,
                    end,
                });
            }
            if let Some((start, end)) = periods.outside_before(fig.start) {
                frame.blocks.push((Block::OutsideYear, start, end));
            }
        }
        // words of the report's own scope (its title: `环境行政处罚`, `9月份…运行情况通报`)
        // restrict nothing
        if frame
            .part
            .is_some_and(|p| p.axis != Axis::Item && scope.contains(&text[p.start..p.end]))
        {
            frame.part = None;
        }
        if let Some(t) = tokens.iter().find(|t| t.is(role::PART)) {
            if !part_marker_in_sentence {
                list_opened = Some((t.start, carried));
            }
            part_marker_in_sentence = true;
            marker_at(t.start, &mut whole);
            marker_in_parens = open_paren(text, src.sentence_at(t.start).0, t.start);
        } else if let Some(t) = tokens.first().filter(|t| {
            matches!(&text[t.start..t.end], "（" | "(")
                && prev.is_some_and(|p| {
                    p.kind == FactKind::Level
                        && src.sentence_index(p.start) == sentence
                        && text[p.extent_end.min(t.start)..t.start].trim().is_empty()
                })
        }) {
            // a parenthesis opened right after a figure lists its parts (`法律援助案件3260件
            // （刑事1280件、民事1860件）`), as `其中` does
            if !part_marker_in_sentence {
                list_opened = Some((t.start, carried));
            }
            part_marker_in_sentence = true;
            marker_at(t.start, &mut whole);
            marker_in_parens = true;
        }
        // (the clause before the figure as far as the words a figure may continue reach: a
        // clause that lost its punctuation is not read back to its start for each figure)
        let reach = super::source::floor_boundary(text, left.0.saturating_sub(CLAUSE_REACH));
        let reach_end =
            super::source::ceil_boundary(text, fig.extent_end.max(left.1) + CLAUSE_REACH);
        frame.clause = (
            cs.max(reach).min(left.0),
            rights[k].1.min(reach_end).max(left.1),
        );
        frame.after_part_marker = part_marker_in_sentence && fig.kind == FactKind::Level;
        frame.whole = whole.filter(|_| frame.after_part_marker);
        // a part after 其中 that names no act of its own was done as its whole was
        // (`受理行政复议案件126件，其中治安管理类41件`), and so was one that names a kind of
        // its whole's thing (`审结各类案件1.8万件，其中行政案件156件`: concluded cases)
        if let Some(w) = frame.whole
            && !frame.has_act()
            && let Some(wf) = frames.get(w)
            && (frame.things.is_empty() || count && kind_of_things(text, &frame.things, &wf.things))
        {
            frame.acts = carried_before(&wf.acts);
        }

        // what it continues from the figure before it in the sentence
        // (a table cell reads its column's header: it continues no figure)
        let prev_frame = frames
            .last()
            .filter(|_| fig.cue_window.is_none())
            .filter(|_| prev.is_some_and(|p| src.sentence_index(p.start) == sentence));
        if let Some(pf) = prev_frame {
            frame.prev_things = carried_before(&pf.things);
            let coordinated = after_coordinator
                || tokens
                    .iter()
                    .find(|t| !t.is(role::SCOPE))
                    .is_some_and(|t| t.is(role::COORD));
            // a plan stated before the first act of the sentence covers the acts that
            // follow it with no subject or time of their own (`计划制定规范性文件10件，开展
            // 普法活动300场次`); `已…`, `全年…` start what was done
            // (a plan over every figure of the sentence before: `…，拟废止5件，废止8件` plans
            // one)
            let first = tokens.iter().find(|t| t.class != Class::Punct);
            // (a clause that opens on its own time or on `已` states what was done:
            // `计划培育3000名，目前已培育2680名`)
            let states_done = first.is_some_and(|t| {
                t.is(role::SCOPE) || matches!(&text[t.start..t.end], "已" | "已经")
            });
            let opens_on_act =
                first.is_some_and(|t| t.is(role::ACT | role::LIGHT) && !t.is(role::SCOPE));
            if opens_on_act && !states_done && planned_so_far {
                frame
                    .blocks
                    .extend(pf.blocks.iter().filter(|b| b.0 == Block::Plan).copied());
            }
            // a clause of nothing but a verb of level (`…同比增长26.4%，达到412件`) states the
            // level of what the figure before counts: its act too
            let restates = count
                && frame.things.is_empty()
                && matches!(frame.head, Head::None)
                && prev.is_some_and(|p| p.unit == fig.unit || p.kind != FactKind::Level)
                && tokens.iter().any(|t| t.is(role::LIGHT))
                && tokens
                    .iter()
                    .all(|t| t.is(PASS) || matches!(t.class, Class::Punct | Class::Bracket));
            // a figure written right after another with nothing between (`约谈企业负责人
            // 23批次86家`) is a second measure of what that one counts: its act too
            let second_measure = count
                && left.0 == left.1
                && prev.is_some_and(|p| p.kind == FactKind::Level && p.extent_end == fig.start);
            if (coordinated || restates || second_measure) && !frame.has_act() {
                frame.acts = carried_before(&pf.acts);
                // (a change before it: the act is the one of what changed, before the words
                // of the change, `受理行政复议案件同比增长26.4%，达到412件`)
                if restates
                    && prev.is_some_and(|p| p.kind != FactKind::Level)
                    && let Some(cut) = ["同比", "较", "比上年", "比去年"]
                        .iter()
                        .filter_map(|w| text[pf.left.0..pf.left.1].find(w))
                        .min()
                {
                    let span = (pf.left.0, pf.left.0 + cut);
                    let changed = frame_of_span(text, words, span, &mut change_scratch, titles);
                    frame.acts = carried_before(&changed.acts);
                }
            }
            // a clause of nothing but a noun phrase and its count, after a comma, right after a
            // figure whose act is named, is another object of that act (`审查议题120个，会议
            // 纪要62件，合同2100余份`): a list of objects written with commas
            let object_list = count
                && !frame.has_act()
                && !frame.after_part_marker
                && (!frame.things.is_empty() || !matches!(frame.head, Head::None))
                // (people after things are no object of the things' act: `发放宣传资料3000余份，
                // 现场法律咨询50余人次`)
                && prev.is_some_and(|p| {
                    p.kind == FactKind::Level && counts_people(&p.unit) == counts_people(&fig.unit)
                })
                && text
                    .get(prev_end..left.0)
                    .is_some_and(|gap| matches!(gap.trim(), "，" | ","))
                // (nor one with a predicate of its own after it: `全县1420名执法人员全部完成
                // 60学时培训`)
                && !tokens
                    .iter()
                    .chain(right_tokens.iter())
                    .any(|t| t.is(role::ACT | role::LIGHT))
                && pf.acts.iter().any(|a| !is_light(a.word));
            if object_list {
                frame.acts = carried_before(&pf.acts);
            }
            // a clause of nothing but `成功` (`调解矛盾纠纷1820件，成功1796件`) counts the
            // successes of the act before: that act with 成功, when the lexicon knows it
            let mut own_words = tokens
                .iter()
                .filter(|t| !matches!(t.class, Class::Punct | Class::Bracket));
            if count
                && frame.acts.is_empty()
                && let (Some(t), None) = (own_words.next(), own_words.next())
                && &text[t.start..t.end] == "成功"
                && let Some(done) = pf.acts.iter().find(|a| !is_light(a.word))
                && let Some(word) = lexicon::lookup(&format!("{}成功", lexicon::text_of(done.word)))
            {
                frame.acts = vec![Cite {
                    start: t.start,
                    end: t.end,
                    from: CitedFrom::Clause,
                    word,
                }];
            }
            // an amount right after a part is that part's money (`查办食品案件54.4万件，罚没
            // 金额26.3亿元`)
            if !count && frame.part.is_none() && fig.unit == "元" {
                frame.part = pf.part;
            }
            // and a rate right after a part that names no domain of its own is that part's
            // rate (`受理涉企诉求3200件，办结率100%`): the rate is over the count before it
            // (not a rate after a rate, which is over that count too; nor a rate closing a
            // `其中` list of kinds, which speaks of them all: `其中咨询类…，投诉类…，办结率…`)
            let own_domain = frame
                .domain
                .is_some_and(|(_, c)| c.from == CitedFrom::Clause);
            let over_the_part = prev.is_some_and(|p| p.unit != "%") && pf.whole.is_none();
            // (nor a rate whose own name holds the part's words: `出庭应诉…，出庭率100%`)
            let names_the_part = pf
                .part
                .is_some_and(|p| text[left.0..left.1].contains(&text[p.start..p.end]));
            if fig.unit == "%"
                && frame.part.is_none()
                && !own_domain
                && pf.part.is_some()
                && over_the_part
                && !names_the_part
            {
                frame.part = pf.part;
            }
            // a modifier shared by coordinated heads (`公共法律服务中心12个、工作站186个`):
            // the item's own head after the modifier of the thing before names its thing
            if frame.things.is_empty()
                && !frame.has_act()
                && let Some(c) = shared_modifier(text, left, &pf.things, words)
            {
                frame.things = vec![c];
                frame.head = Head::Thing(c.word);
            }
            if frame.things.is_empty() && matches!(frame.head, Head::None) {
                frame.things = carried_before(&pf.things);
                // a clause that leaves out its act as well, counting in the same measure, is
                // an item beside the figure before (`上半年受理…98件，下半年116件`, `以县政府为被
                // 申请人的42件，以县直部门为被申请人的128件`): done as that one was
                if !frame.has_act()
                    && prev.is_some_and(|p| p.unit == fig.unit && p.kind == fig.kind)
                {
                    frame.acts = carried_before(&pf.acts);
                }
                // people counted after a session of an act (`开展执法人员培训3期，参训人员860
                // 人次`) are the people it was done to: the session's act is theirs
                if !frame.has_act()
                    && counts_people(&fig.unit)
                    && let Some(i) = frame
                        .things
                        .iter()
                        .position(|t| lexicon::has_role(t.word, role::ACT))
                {
                    let act = frame.things.remove(i);
                    frame.acts = vec![act];
                }
                // with the noun it ended on: what the things only modified there
                // (`审议地方性法规草案4件，其中制定3件`: drafts) is what is counted here
                // (a noun the figure before counts, in its measure, in the words before it:
                // not a subject after it, `47家部门集中宣传48场次`, nor a rate's name)
                // (a known noun only: words the reader does not know may be a verb, `结转`)
                if let Head::Foreign(_, e) = pf.head
                    && prev.is_some_and(|p| p.unit == fig.unit && e <= p.start)
                {
                    frame.head = pf.head;
                }
                // the object left out is the one before, its coordination with it: a total
                // across kinds stays one (`清理规章和规范性文件236件，其中修改12件`)
                frame.across |= pf.across;
                frame.across_domains |= pf.across_domains;
                // and a plan over the clause before is over this one (`计划制定规章3部，
                // 修改2部`) unless this one says it is done
                if !states_done {
                    frame
                        .blocks
                        .extend(pf.blocks.iter().filter(|b| b.0 == Block::Plan).copied());
                }
                // (not the part of a list that closed before this figure: `收到申请186件
                // （其中涉企案件42件），受理172件` accepts all kinds)
                let list_closed = pf.whole.is_some() && frame.whole.is_none();
                // (nor over a figure that acts anew after a list: `其中涉及…领域48件，审结196件`
                // concludes cases of every field)
                let acts_anew_after_list = pf.whole.is_some() && frame.has_own_act();
                // (a period is the time words' own: the figure's sentence gives it where it
                // holds, and `全年共计214件` ends it)
                if frame.part.is_none()
                    && !list_closed
                    && !acts_anew_after_list
                    && let Some(p) = pf.part.filter(|p| p.axis != Axis::Period)
                    && pf.domain.map(|d| d.0)
                        == frame.domain.map(|d| d.0).or(pf.domain.map(|d| d.0))
                {
                    frame.part = Some(p);
                }
            }
        }
        // a sentence that opens with a set and `中` (`受理的行政复议案件中，以乡镇政府为被申请人
        // 的有46件`) names what a figure after it counts when the figure names nothing
        // itself: the set's act and things are carried to it (`among` in meaning.rs makes
        // it a part of the set's count)
        // (over a distributed list the figure's own words name who or where: `甲县56件`)
        if count
            && fig.kind == FactKind::Level
            && frame.things.is_empty()
            && !frame.acts_on_its_own(text)
            && let Some(opener) = set_opener(src, fig.start)
            && (matches!(frame.head, Head::None)
                || matches!(frame.head, Head::Unknown(..)) && opener.distributes)
        {
            let set = frame_of_span(text, words, opener.span, &mut scratch, titles);
            if !set.things.is_empty() {
                frame.things = carried_before(&set.things);
                frame.acts = carried_before(&set.acts);
                frame.head = set.head;
            }
        }
        // a subject shared by a list (`受理、审结行政复议案件分别为48件、45件`): the words
        // of the list after this figure's own piece name its domain too
        if frame.domain.is_none()
            && let Some((_, window_end)) = fig.cue_window
            && window_end < fig.start
        {
            frame.domain = words
                .region(text, (window_end, fig.start), &mut scratch)
                .iter()
                .filter(|t| t.is(role::DOMAIN | role::THING))
                .find_map(|t| Some((t.domain()?, cite(t, CitedFrom::ClauseBefore)?)));
        }
        if frame.domain.is_none() {
            frame.domain = carried.map(|(d, s, e, w)| {
                (
                    d,
                    Cite {
                        start: s,
                        end: e,
                        from: carried_from(s),
                        word: w,
                    },
                )
            });
        }
        // the clause before narrowed the figure's field (`开展产品质量执法，…查办违法案件`)
        if let (Some((d, c)), Some((a, b)), Some((cd, cs, ..))) = (frame.domain, narrowed, carried)
            && d == cd
            && src.sentence_index(cs) == sentence
            && (c.from == CitedFrom::ClauseBefore || c.from == CitedFrom::Clause)
        {
            frame.narrowed = Some(PartOf {
                axis: Axis::Field,
                start: a,
                end: b,
            });
        }
        // or its own clause names one agency as the one who acts (`县市场监管局查办案件586件`)
        if frame.narrowed.is_none()
            && let Some((a, b)) = agency
        {
            frame.narrowed = Some(PartOf {
                axis: Axis::Item,
                start: a,
                end: b,
            });
        }
        // a count said to be a share of a larger count (`…查处案件312件，占全市总数的21.9%`)
        // is a part of it: the part its clause narrows to, an agency or a field
        if frame.part.is_none() && count && shares_a_whole(&text[fig.extent_end.min(text.len())..])
        {
            frame.part = frame.narrowed;
        }
        if frame.domain.is_none() {
            frame.domain = index.around(fig.start).find_map(|i| {
                let (d, word) =
                    (*heading_domains[i].get_or_init(|| title_domain(&sections[i], words)))?;
                let span = sections[i].span;
                let from = CitedFrom::Heading;
                Some((
                    d,
                    Cite {
                        start: span.start,
                        end: span.end,
                        from,
                        word,
                    },
                ))
            });
        }
        if frame.domain.is_none() {
            frame.domain = far.map(|(d, s, e, w)| {
                let from = CitedFrom::ParagraphBefore;
                (
                    d,
                    Cite {
                        start: s,
                        end: e,
                        from,
                        word: w,
                    },
                )
            });
        }
        // the figure's own domain is carried on to the figures after it; a part of a list's
        // names its own kind, not its siblings' (`其中，省长信箱转派工单23件，…中国政府网转派
        // 工单8件`: the channels the hotline took in)
        let own_kind = frame.whole.is_some();
        if let Some((d, c)) = frame.domain.filter(|(_, c)| {
            c.from == CitedFrom::Clause && !own_kind && !in_share_clause(src, c.start)
        }) {
            carried = Some((d, c.start, c.end, c.word));
            narrowed = None;
        }
        for t in right_tokens
            .iter()
            .filter(|t| !inside(titles, t.start) && !own_kind)
        {
            if let Some(d) = t
                .domain()
                .filter(|_| t.is(role::DOMAIN | role::THING) && !in_share_clause(src, t.start))
            {
                carried = Some((d, t.start, t.end, t.word.unwrap_or_default()));
                narrowed = None;
            }
        }
        // a cause before coordinated things covers each (`因信息公开引发的行政复议案件3件、
        // 行政诉讼案件1件`)
        if frame.part.is_none()
            && let Some(prev) = frames.last().filter(|_| k > 0)
            && let Some(p) = prev.part.filter(|p| is_cause(text, p))
            && text
                .get(figures[k - 1].extent_end..frame.left.1)
                .is_some_and(|gap| {
                    ["、", "和", "及", "以及"]
                        .iter()
                        .any(|c| gap.starts_with(c))
                })
        {
            frame.part = Some(p);
        }
        planned_so_far &= frame.blocks.iter().any(|b| b.0 == Block::Plan);
        last_sentence = sentence;
        if fig.kind == FactKind::Level && !frame.after_part_marker {
            last_level = Some((k, sentence));
            if parens.depth_at(text, src.sentence_at(fig.start).0, fig.start) == 0 {
                last_outside = Some((k, sentence));
            }
        }
        frames.push(frame);
    }
    sibling_kinds(text, &mut frames);
    frames
}

/// Items coordinated under one act that name the same thing, each with its own modifier
/// (`办理农民工法律援助案件3.3万件、残疾人法律援助案件1.1万件、未成年人法律援助案件4.8万件`),
/// are kinds of that thing side by side: when one of them is a kind (its modifier is a known
/// restriction), so is every other, whatever its modifier; none is the whole.
fn sibling_kinds(text: &str, frames: &mut [Frame]) {
    // the modifier before the thing, after the act or the coordinator that opens the item
    let member = |f: &Frame| -> Option<(usize, usize, u32)> {
        let thing = f.things.last().filter(|t| t.from == CitedFrom::Clause)?;
        let own = text.get(f.left.0..thing.start)?;
        let opener = COORDINATORS
            .iter()
            .find_map(|c| own.strip_prefix(c).map(|_| c.len()));
        let from = match (
            opener,
            f.acts.last().filter(|a| a.from == CitedFrom::Clause),
        ) {
            (Some(n), _) => f.left.0 + n,
            (None, Some(a)) if a.end <= thing.start && a.start >= f.left.0 => a.end,
            _ => return None,
        };
        let words = text.get(from..thing.start)?;
        (words.chars().count() >= 2 && words.chars().all(|c| c.is_alphanumeric())).then_some((
            from,
            thing.start,
            thing.word,
        ))
    };
    let opens_with_coordinator = |f: &Frame| {
        text.get(f.left.0..f.left.1)
            .is_some_and(|own| COORDINATORS.iter().any(|c| own.starts_with(c)))
    };
    let mut k = 0;
    while k < frames.len() {
        // the chain of items from k: each after the one before it, opened by a coordinator
        let mut end = k + 1;
        while end < frames.len() && opens_with_coordinator(&frames[end]) {
            end += 1;
        }
        let items: Vec<Option<(usize, usize, u32)>> = frames[k..end].iter().map(member).collect();
        let same_thing = items.iter().all(|m| m.is_some())
            && items
                .windows(2)
                .all(|w| w[0].map(|m| m.2) == w[1].map(|m| m.2));
        let a_kind = frames[k..end]
            .iter()
            .any(|f| f.part.is_some_and(|p| p.axis == Axis::Category));
        if end - k >= 2 && same_thing && a_kind {
            for (f, m) in frames[k..end].iter_mut().zip(items) {
                if let (None, Some((start, end, _))) = (f.part, m) {
                    f.part = Some(PartOf {
                        axis: Axis::Category,
                        start,
                        end,
                    });
                }
            }
        }
        k = end;
    }
}

/// The training named in the rest of the clause from `from` (`…参加…综合执法队伍专业能力
/// 提升培训班`): its word `培训`, cited as the act.
fn attended_training(src: &Source, from: usize) -> Option<Cite> {
    const TRAINING: &str = "培训";
    let text: &str = &src.folded;
    let (_, end) = src.clause_at(from.min(text.len().saturating_sub(1)));
    // (within a clause's reach: a clause that lost its punctuation is not read to its end
    // for each figure in it)
    let end = end.min(super::source::ceil_boundary(text, from + CLAUSE_REACH));
    let rest = text.get(from..end.max(from))?;
    let at = from + rest.find(TRAINING)?;
    Some(Cite {
        start: at,
        end: at + TRAINING.len(),
        from: CitedFrom::Clause,
        word: lexicon::lookup(TRAINING)?,
    })
}

/// Words that join the items of a coordination.
const COORDINATORS: &[&str] = &["、", "和", "及", "以及", "与"];

/// The set a sentence opens with, read once for the figures after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Opener {
    /// Where the set's words stand (`在受理的案件中，`: `受理的案件`).
    pub span: (usize, usize),
    /// Whether the figures after it distribute its count over who or where (`分别为：`)
    /// rather than count parts of a set (`…中，`).
    pub distributes: bool,
}

/// The set a sentence opens with (`在受理的案件中，`, `各县区受理行政复议案件分别为：`),
/// when the figure at `at` stands after that opening clause; `其中` is a list's marker, no
/// set.
pub(crate) fn set_opener(src: &Source, at: usize) -> Option<Opener> {
    let text: &str = &src.folded;
    let (cs, ce) = src.clause_at(src.sentence_at(at).0);
    if at < ce {
        return None;
    }
    let clause = &text[cs..ce];
    let body = clause.trim_end_matches(|c: char| c.is_whitespace() || "，,：:".contains(c));
    let distributed = DISTRIBUTES.iter().find_map(|w| body.strip_suffix(w));
    let set = distributed.or_else(|| body.strip_suffix('中'))?;
    let set = set.strip_prefix('在').unwrap_or(set);
    // (a set is named in a few words: a long opening clause is read as its own figures' and
    // not again for every figure after it)
    if set.is_empty() || set.ends_with('其') || set.len() > SET_OPENER_MAX {
        return None;
    }
    // (`set` lies inside `body`, which starts at `cs`)
    let start = cs + (set.as_ptr() as usize - body.as_ptr() as usize);
    Some(Opener {
        span: (start, start + set.len()),
        distributes: distributed.is_some(),
    })
}

/// The longest opening set read (bytes: 40 characters).
const SET_OPENER_MAX: usize = 120;

/// Words that end an opening clause whose count the list after it distributes over who or
/// where (`分别为：甲县56件、乙县48件`).
const DISTRIBUTES: &[&str] = &["分别为", "分别是", "分别有"];

/// How deep in parentheses a position of a sentence stands, counted once along the
/// sentence for the figures in it.
#[derive(Default)]
struct ParenDepth {
    sentence: usize,
    at: usize,
    depth: i32,
}

impl ParenDepth {
    fn depth_at(&mut self, text: &str, sentence_start: usize, at: usize) -> i32 {
        if self.sentence != sentence_start || self.at > at {
            *self = ParenDepth {
                sentence: sentence_start,
                at: sentence_start,
                depth: 0,
            };
        }
        for c in text[self.at.min(at)..at].chars() {
            match c {
                '(' | '（' => self.depth += 1,
                ')' | '）' => self.depth = (self.depth - 1).max(0),
                _ => {}
            }
        }
        self.at = at;
        self.depth
    }
}

/// Whether a parenthesis opened between `from` and `at` is still open at `at`.
fn open_paren(text: &str, from: usize, at: usize) -> bool {
    let mut depth = 0i32;
    for c in text[from.min(at)..at].chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The thing an item of a coordination names when it writes only its own head and shares
/// the modifier of the thing before it: `工作站` after `公共法律服务中心` is
/// `公共法律服务工作站`, when that is a thing of the registry (the longest modifier that
/// makes one). The item is the words between the coordinator and the figure, a head of one
/// to four characters.
fn shared_modifier(
    text: &str,
    (start, end): (usize, usize),
    before: &[Cite],
    words: &Tokens,
) -> Option<Cite> {
    let item = text.get(start..end)?;
    let own = item.trim_start_matches(|c: char| !is_han(c) || "和及与".contains(c));
    let own_start = end - own.len();
    if !(1..=4).contains(&own.chars().count()) || !own.chars().all(is_han) {
        return None;
    }
    let thing = lexicon::text_of(before.last()?.word);
    let cuts: Vec<usize> = thing.char_indices().map(|(i, _)| i).skip(2).collect();
    cuts.iter()
        .rev()
        .map(|&i| &thing[..i])
        .find_map(|modifier| {
            let word = words.word(&format!("{modifier}{own}"))?;
            lexicon::has_role(word, role::THING).then_some(Cite {
                start: own_start,
                end,
                from: CitedFrom::Clause,
                word,
            })
        })
}

/// Words of the clause before, carried to a figure: what were its own words are now cited
/// from the clause before.
fn carried_before(cites: &[Cite]) -> Vec<Cite> {
    cites
        .iter()
        .map(|a| carry(a, CitedFrom::ClauseBefore))
        .collect()
}

/// The frame of a stretch of words read on its own, with nothing after it (the set a
/// sentence opens with, the words of a change before the change).
fn frame_of_span(
    text: &str,
    words: &Tokens,
    span: (usize, usize),
    scratch: &mut Vec<Token>,
    titles: &[(usize, usize)],
) -> Frame {
    let tokens = words.region(text, span, scratch);
    own_frame(
        text,
        true,
        false,
        tokens,
        &[],
        span,
        (span.1, span.1),
        titles,
    )
}

fn carry(c: &Cite, from: CitedFrom) -> Cite {
    Cite {
        from: if c.from == CitedFrom::Clause {
            from
        } else {
            c.from
        },
        ..*c
    }
}

/// Whether the line break at byte `nl` ends a paragraph: the line before it ends a
/// sentence, or a blank line follows. A line broken inside a sentence (a page's layout)
/// continues it.
fn paragraph_break(text: &str, nl: usize) -> bool {
    let before = text[..nl].trim_end_matches(super::source::is_inline_space);
    let ends = before
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '。' | '！' | '？' | '；' | ';' | '!' | '?' | '\n'));
    ends || text[nl + 1..]
        .trim_start_matches(super::source::is_inline_space)
        .starts_with('\n')
}

fn inside(titles: &[(usize, usize)], pos: usize) -> bool {
    // (most reports name few documents: no search when there are none)
    if titles.is_empty() {
        return false;
    }
    let i = titles.partition_point(|t| t.1 <= pos);
    titles.get(i).is_some_and(|t| t.0 <= pos)
}

/// Where the words after each figure's measure word end: the next figure or the clause end.
/// A figure followed at once by another (`11批次166人的…`) shares the words after the last
/// of them.
fn right_regions(src: &Source, figures: &[Candidate], words: &Tokens) -> Vec<(usize, usize)> {
    let mut scratch = Vec::new();
    let mut out: Vec<(usize, usize)> = figures
        .iter()
        .enumerate()
        .map(|(k, f)| {
            let (_, ce) = src.clause_at(f.start);
            let next = figures
                .get(k + 1)
                .map(|n| n.start)
                .filter(|&s| s >= f.extent_end && s < ce);
            let mut end = next.unwrap_or(ce.max(f.extent_end));
            // before a coordinated figure, the words after the coordinator are its own
            // (`示范村9个、省级29个`, `3部地方性法规和2部政府规章`)
            if next.is_some() {
                let mut depth = 0i32;
                for t in words.region(&src.folded, (f.extent_end, end), &mut scratch) {
                    match &src.folded[t.start..t.end] {
                        "(" | "（" => depth += 1,
                        ")" | "）" => depth -= 1,
                        _ if depth <= 0 && t.is(role::COORD) => {
                            end = t.start;
                            break;
                        }
                        _ => {}
                    }
                }
            }
            (f.extent_end, end)
        })
        .collect();
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (a, b) = out[k];
        let blank = src.folded[a..b]
            .chars()
            .all(|c| super::source::is_inline_space(c) || c == '、');
        if blank && figures[k + 1].start == b && k + 1 < out.len() {
            out[k] = out[k + 1];
        }
    }
    out
}

/// The frame the figure's own words give, before anything is carried to it.
#[allow(clippy::too_many_arguments)]
fn own_frame(
    text: &str,
    count: bool,
    shared: bool,
    left: &[Token],
    right: &[Token],
    left_range: (usize, usize),
    right_range: (usize, usize),
    titles: &[(usize, usize)],
) -> Frame {
    let mut frame = Frame::empty(left_range, right_range);
    // a verb that forms a kind with the character after it (`公示型`, `审批类`) is no act
    // and a verb inside quotation marks is part of a name (`“学法用法示范户”`); a verb that
    // is also a thing, last before the figure, is that thing (`累计罚款76.72亿元`)
    let mut quoted = false;
    let last_content = left
        .iter()
        .rposition(|t| t.class != Class::Bracket && (t.is(role::THING) || !t.is(PASS)));
    let demoted: Vec<Token> = left
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let kind = left
                .get(i + 1)
                .is_some_and(|n| matches!(&text[n.start..n.end], "型" | "类" | "式" | "性"));
            if t.class == Class::Bracket {
                match &text[t.start..t.end] {
                    "“" | "「" => quoted = true,
                    "”" | "」" => quoted = false,
                    _ => {}
                }
            }
            let mut t = *t;
            // (a quotation of one act alone names that act: `“首违不罚”案件`)
            let quoted_act = quoted
                && i > 0
                && left[i - 1].class == Class::Bracket
                && left.get(i + 1).is_some_and(|n| n.class == Class::Bracket);
            if kind || quoted && !quoted_act || (Some(i) == last_content && t.is(role::THING)) {
                t.roles &= !role::ACT;
            }
            t
        })
        .collect();
    // an aside in parentheses closed before the figure says what the object holds
    // (`审结行政复议案（含结转）`, `纠错（含撤销、确认违法）`): its words neither act on the
    // object nor name it
    let asides = asides(text, &demoted);
    let mut tokens: Vec<&Token> = demoted
        .iter()
        .filter(|t| !inside(titles, t.start) && !inside(&asides, t.start))
        .collect();
    // `通过调解、和解方式结案`: the acts of the manner are what was done; listed as examples
    // (`以调解、和解、撤回申请等方式结案`) they leave others open
    let manner = manner_acts(text, &tokens);
    if let Some((acts, open)) = &manner {
        frame.manner = acts
            .iter()
            .filter_map(|t| cite(t, CitedFrom::Clause))
            .collect();
        frame.manner_open = *open;
    }
    // a list of examples closed by 等 (`开展“民法典进企业”、“宪法宣传周”等…活动`) names
    // instances of the thing, not its act or kind: the reader passes over it
    // (a list that ends the phrase, nothing named after 等, is what is counted: `发放法治
    // 宣传资料、宣传品等8.6万份`)
    // (the thing may stand after the figure: `制定…行政指导等9个地方标准`)
    let thing_after = count
        && right
            .iter()
            .find(|t| t.class != Class::Bracket && (t.is(role::THING) || !t.is(role::TRANSPARENT)))
            .is_some_and(|t| {
                t.is(role::THING | role::NOUN) || t.class == Class::Han && t.word.is_none()
            });
    let named_after = |deng: usize| {
        thing_after
            || tokens[deng + 1..]
                .iter()
                .any(|t| !t.is(PASS) && !matches!(t.class, Class::Punct | Class::Bracket))
    };
    if let Some(deng) = tokens.iter().rposition(|t| &text[t.start..t.end] == "等")
        && named_after(deng)
    {
        let opens = tokens[..deng]
            .iter()
            .position(|t| t.class == Class::Bracket || &text[t.start..t.end] == "、");
        if let Some(first) = opens {
            // the list starts with the item before its first mark, after the verb before it
            let from = if tokens[first].class == Class::Bracket {
                first
            } else {
                // (back from before the list's first item, which may itself be a verb)
                (0..first.saturating_sub(1))
                    .rev()
                    .find(|&i| {
                        tokens[i].is(role::ACT | role::LIGHT) || tokens[i].class == Class::Punct
                    })
                    .map_or(0, |i| i + 1)
            };
            tokens.drain(from..deng);
        }
    }
    // what a case contests (`不服行政处罚的86件`) says which cases, not what is counted
    // nor done: a kind of them, and its words name no domain, thing or act of the figure
    let mut contested = None;
    if let Some(from) = tokens.iter().position(|t| &text[t.start..t.end] == "不服")
        && let Some(de) = (from + 1..tokens.len()).find(|&i| is_de(text, tokens[i]))
        && de > from + 1
    {
        contested = Some(PartOf {
            axis: Axis::Category,
            start: tokens[from].start,
            end: tokens[de - 1].end,
        });
        tokens.drain(from..=de);
    }
    for t in &tokens {
        let block = if t.is(role::PLAN) {
            Some(Block::Plan)
        } else if t.is(role::REVERSAL) && !t.is(role::SHIELD) {
            Some(Block::Reversal)
        } else if t.is(role::AVERAGE) {
            Some(Block::Average)
        } else if t.is(role::SAMPLE) {
            Some(Block::Sample)
        } else if t.is(role::INCREMENT) {
            Some(Block::Increment)
        } else if t.is(role::ASSIST) {
            Some(Block::Assist)
        } else if t.is(role::STATUS) {
            Some(Block::Status)
        } else {
            None
        };
        if let Some(b) = block {
            frame.blocks.push((b, t.start, t.end));
        }
    }
    // a passive whose agent is a court (`复议决定被法院撤销的0件`): the act is the court's
    for w in tokens.windows(2) {
        if &text[w[0].start..w[0].end] == "被" && text[w[1].start..w[1].end].ends_with(COURT) {
            frame.blocks.push((Block::Assist, w[0].start, w[1].end));
        }
    }
    // the figure stands in the object of 对 (`对45件议题进行合法性审查`): its act and
    // things come after it
    let object_of_dui = tokens
        .iter()
        .rev()
        .find(|t| t.class != Class::Bracket && !t.is(role::SCOPE | role::LIGHT | role::BROAD))
        .is_some_and(|t| matches!(&text[t.start..t.end], "对" | "将" | "把"));
    let mut acts = governing_acts(text, &tokens);
    // `受理的312件行政复议案件`: a verb with 的 right before the figure describes what it
    // counts; with no verb after the figure in its clause, that is what was done
    if acts.is_empty()
        && let [.., a, d] = tokens.as_slice()
        && a.is(role::ACT)
        && is_de(text, d)
        && !right.iter().any(|t| t.is(role::ACT))
    {
        acts.push(tokens.len() - 2);
    }
    // a closed manner replaces the act: it says what was done
    if !frame.manner.is_empty() && !frame.manner_open {
        acts.clear();
        frame.acts = frame.manner.clone();
    }
    if let (Some(&gov), Some(de)) = (
        acts.first(),
        (0..tokens.len()).rev().find(|&i| is_de(text, tokens[i])),
    ) {
        // a plan inside the `…的` clause after the act describes its object, not the act:
        // `审核拟出台的规范性文件48件` reviews drafts, and the review was done; so does one
        // inside the object of 对 before the act (`对县政府拟出台的规范性文件进行合法性审核`)
        let dui = (0..de)
            .rev()
            .find(|&i| &text[tokens[i].start..tokens[i].end] == "对");
        let (from, to) = match dui {
            Some(d) if gov > de => (tokens[d].end, tokens[de].start),
            _ => (tokens[gov].end, tokens[de].start),
        };
        frame
            .blocks
            .retain(|&(b, s, e)| !(b == Block::Plan && s >= from && e <= to));
    }
    // an act with the complement 出 counts what it turned up, not what it was done to
    // (`评查出问题案卷23卷` of the files reviewed); a concept holds the whole word
    // (`排查出`) if it counts that
    for &i in &acts {
        if let Some(next) = tokens.get(i + 1)
            && next.word.is_none()
            && next.start == tokens[i].end
            && &text[next.start..next.end] == "出"
        {
            frame.blocks.push((Block::Found, tokens[i].start, next.end));
        }
    }
    let first_act = acts.first().copied();
    let np_start = acts.last().map_or(0, |&i| i + 1);
    let np: &[&Token] = &tokens[np_start..];

    // a word that names a class (`行政处罚类案件` among reconsideration applications) says
    // what the things counted concern: neither the thing counted nor the procedure
    let class = |i: usize| {
        tokens
            .get(i + 1)
            .is_some_and(|n| &text[n.start..n.end] == "类")
    };
    // things: in the noun phrase after the act, else the topic before it (`合同备案4份`)
    let mut things: Vec<usize> = (np_start..tokens.len())
        .filter(|&i| tokens[i].is(role::THING) && !tokens[i].is(role::ACT) && !class(i))
        .collect();
    // what is listed before 等 are examples of the thing (`“新生儿出生”等24件“一件事”`),
    // when a thing follows
    if let Some(deng) = (0..tokens.len())
        .rev()
        .find(|&i| &text[tokens[i].start..tokens[i].end] == "等")
        && (thing_after || things.iter().any(|&i| i > deng))
    {
        things.retain(|&i| i > deng);
    }
    // things inside a `…的` clause before the head only describe it (`可申请、可兑现的奖励
    // 事项`), unless the head names no kind (`实行容缺受理的事项`)
    if let Some(de) = (0..tokens.len()).rev().find(|&i| is_de(text, tokens[i]))
        && things
            .iter()
            .any(|&i| i > de && !tokens[i].is(role::GENERIC))
    {
        things.retain(|&i| i > de);
    }
    // a generic thing after the act (`纳入事项12项`) counts what the topic before it names
    let generic = things.iter().all(|&i| tokens[i].is(role::GENERIC));
    if things.is_empty() || generic {
        // (a word that is also a verb, unmodified right before the act, is a verb of the
        // chain: `决定废止32件`; after a noun it is a noun, `复议决定撤销…1宗`)
        let verb_of_chain = |i: usize| {
            tokens[i].is(role::ACT)
                && Some(i + 1) == first_act
                && tokens[..i]
                    .last()
                    .is_none_or(|p| p.class == Class::Punct || p.is(PASS))
        };
        // (nor is whom it is done for: `为困难群众提供法律援助`)
        let benefactive = (0..first_act.unwrap_or(0))
            .rev()
            .find(|&i| &text[tokens[i].start..tokens[i].end] == "为");
        let topic: Vec<usize> = (0..first_act.unwrap_or(0))
            .filter(|&i| tokens[i].is(role::THING) && !verb_of_chain(i))
            .filter(|&i| benefactive.is_none_or(|b| i < b))
            .collect();
        things.splice(0..0, topic);
    }
    if frame.acts.is_empty() {
        frame.acts = acts
            .iter()
            .filter_map(|&i| cite(tokens[i], CitedFrom::Clause))
            .collect();
    }
    frame.things = things
        .iter()
        .filter_map(|&i| cite(tokens[i], CitedFrom::Clause))
        .collect();
    // the things before the act stand in the object of 对 (`对会议纪要、规范性文件进行合法性审查`)
    let dui_object =
        first_act.is_some_and(|a| tokens[..a].iter().any(|t| &text[t.start..t.end] == "对"));
    frame.across = coordinated_kinds(text, &tokens, &things, dui_object);
    frame.head = head(text, np);

    // domains of its own words: the last names it; an earlier different one not coordinated
    // with it is a category of it
    // (not a domain that hands the things on: `12345热线转办的诉求` are the receiver's)
    let hands_on = |i: usize| {
        tokens[i + 1..]
            .iter()
            .find(|n| n.domain().is_none())
            .is_some_and(|n| n.is(role::HANDOVER))
    };
    // (nor a class's word: it says what the cases concern, not the procedure they are in)
    let domains: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].domain().is_some() && !hands_on(i) && !class(i))
        .collect();
    if let Some(&last) = domains.last() {
        let d = tokens[last].domain().unwrap_or(lexicon::NO_DOMAIN);
        frame.domain = cite(tokens[last], CitedFrom::Clause).map(|c| (d, c));
        // (a domain word naming an agency, `行政执法部门`, says who acts, not a kind)
        let agency = |i: usize| tokens.get(i + 1).is_some_and(|n| n.is(role::AGENCY));
        let other = domains
            .iter()
            .rev()
            .find(|&&i| tokens[i].domain() != Some(d) && !agency(i))
            .copied();
        if let Some(i) = other {
            // a verb between them: the earlier names the setting (`常务会议举办法治讲座`),
            // either may be the figure's domain; none: the earlier is a kind of the later
            // (`行政处罚被申请行政复议9宗`)
            let verb_between = tokens[i + 1..last]
                .iter()
                .any(|t| t.is(role::ACT | role::LIGHT));
            // (two domain words side by side name one thing: `12345政务服务热线`)
            let compound = i + 1 == last;
            if compound {
            } else if joined(&tokens, i, last) {
                frame.across = true;
                frame.across_domains = true;
            } else if verb_between {
                frame.setting = tokens[i].domain();
            } else if frame.part.is_none() {
                frame.part = Some(PartOf {
                    axis: Axis::Category,
                    start: tokens[i].start,
                    end: tokens[i].end,
                });
            }
        }
    }
    if contested.is_some() {
        frame.part = contested;
    }
    if frame.part.is_none() {
        // what is listed before 等 are examples of the thing, not a restriction of it
        // and a `…的` clause before the head only describes it
        let after_examples = np
            .iter()
            .rposition(|t| matches!(&text[t.start..t.end], "等" | "的"))
            .map_or(np, |i| &np[i + 1..]);
        let means = frame
            .manner
            .is_empty()
            .then(|| means_part(text, &tokens))
            .flatten();
        frame.part = restriction(text, after_examples, &tokens)
            .or(means)
            .or_else(|| {
                let p = party(text, np).or_else(|| cause(text, np))?;
                // (the party names whose cases, not what is counted: `以乡镇政府为被申请人的
                // 有46件` counts cases)
                if let Head::Foreign(_, e) | Head::Unknown(_, e) = frame.head
                    && e == p.end
                {
                    frame.head = Head::None;
                }
                Some(p)
            });
        // a word that restricts the thing and ends the phrase (`涉及自然资源领域41件`) says
        // which part of the thing is counted, not what is: the phrase names no head of its own
        if let Some(p) = frame.part.filter(|p| p.axis != Axis::Item)
            && let Some(last) = np.last().filter(|t| t.end == p.end && t.is(role::RESTRICT))
            && frame.head == Head::Thing(last.word.unwrap_or_default())
        {
            frame.head = Head::None;
            frame.things.retain(|c| c.end != last.end);
        }
    }

    // nothing named before the figure: the words after it say what it counts
    // (`建成96个公共法律服务中心`, `对45件议题进行合法性审查`)
    let says_nothing = frame.things.is_empty() && matches!(frame.head, Head::None);
    // a thing right after the measure word is what the figure counts, whatever stands
    // before it (`朔州市、怀仁市、山阴县三个复议场所`)
    let counts_next = count
        && right
            .iter()
            .find(|t| t.class != Class::Bracket && (t.is(role::THING) || !t.is(role::TRANSPARENT)))
            .is_some_and(|t| t.is(role::THING));
    if counts_next {
        frame.things.clear();
        frame.head = Head::None;
        frame.part = None;
        if frame
            .domain
            .is_some_and(|(_, c)| c.start < left_range.1 && c.start >= left_range.0)
        {
            frame.domain = None;
        }
    }
    if says_nothing || object_of_dui || counts_next {
        frame.right_np_end = read_right(text, right, titles, shared, &mut frame);
    }
    frame
}

/// The spans of parentheses closed within `tokens`, brackets included.
fn asides(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open = None;
    for t in tokens {
        match &text[t.start..t.end] {
            "(" | "（" => open = Some(t.start),
            ")" | "）" => {
                if let Some(o) = open.take() {
                    out.push((o, t.end));
                }
            }
            _ => {}
        }
    }
    out
}

/// The acts of a manner phrase (`通过调解、和解方式`, `以…等方式`) before the act that
/// follows it, and whether the manners are examples (`等`).
fn manner_acts<'t>(text: &str, tokens: &[&'t Token]) -> Option<(Vec<&'t Token>, bool)> {
    let Some(m) = tokens
        .iter()
        .position(|t| matches!(&text[t.start..t.end], "方式" | "形式"))
    else {
        return instrument_acts(text, tokens).map(|acts| (acts, false));
    };
    if !tokens[m..].iter().any(|t| t.is(role::ACT)) {
        return None;
    }
    let from = (0..m)
        .rev()
        .find(|&i| {
            matches!(
                &text[tokens[i].start..tokens[i].end],
                "通过" | "以" | "采取"
            )
        })
        .map_or(0, |i| i + 1);
    let acts: Vec<&Token> = tokens[from..m]
        .iter()
        .filter(|t| t.is(role::ACT) && !t.is(role::LIGHT))
        .copied()
        .collect();
    let open = tokens[from..m]
        .iter()
        .any(|t| &text[t.start..t.end] == "等");
    (!acts.is_empty()).then_some((acts, open))
}

/// The words after `通过` when it opens a means phrase: not after a verb (`审议通过`).
fn after_by<'a, 't>(text: &str, tokens: &'a [&'t Token]) -> Option<&'a [&'t Token]> {
    let by = tokens
        .iter()
        .position(|t| &text[t.start..t.end] == "通过")?;
    if by > 0 && tokens[by - 1].is(role::ACT) {
        return None;
    }
    Some(&tokens[by + 1..])
}

/// The means by which a part of the count was done, when it is one: `通过` (not after a
/// verb: `审议通过`) and then, before the act, a name in quotation marks (`通过“三调对接”化解
/// 纠纷`) or a mechanism (`通过诉调对接机制`, `通过线上方式`) and no act of its own. Those
/// figures count what went one way, a channel of the whole; means that are acts (`通过调解、
/// 和解方式结案`) say what was done instead, and a plain noun (`通过12345热线受理`) is where
/// everything came in.
fn means_part(text: &str, tokens: &[&Token]) -> Option<PartOf> {
    let rest = after_by(text, tokens)?;
    let act = rest
        .iter()
        .position(|t| t.is(role::ACT) && !t.is(role::LIGHT))?;
    let means = &rest[..act];
    let (first, last) = (means.first()?, means.last()?);
    let quoted =
        first.class == Class::Bracket && matches!(&text[first.start..first.end], "“" | "「");
    let mechanism = matches!(
        &text[last.start..last.end],
        "机制" | "方式" | "渠道" | "形式"
    ) || text[first.start..last.end].ends_with("机制");
    (quoted || mechanism).then_some(PartOf {
        axis: Axis::Channel,
        start: first.start,
        end: last.end,
    })
}

/// The acts of an instrument phrase written without `方式` (`通过调解、和解结案`): `通过`
/// followed by acts alone, coordinated (after the procedure they belong to, if named), and
/// then the act they are the means of. `通过` after
/// another verb (`审议通过`) or before a noun (`通过网络受理`) opens no such phrase.
fn instrument_acts<'t>(text: &str, tokens: &[&'t Token]) -> Option<Vec<&'t Token>> {
    let rest = after_by(text, tokens)?;
    let last = rest.iter().rposition(|t| t.is(role::ACT))?;
    // (the procedure whose means they are may stand first: `通过行政复议调解、和解化解…`)
    let lead = rest[..last]
        .iter()
        .take_while(|t| t.is(role::DOMAIN) && !t.is(role::ACT))
        .count();
    let means = &rest[lead..last];
    let coordinated = means.iter().all(|t| {
        (t.is(role::ACT) && !t.is(role::LIGHT))
            || matches!(&text[t.start..t.end], "、" | "和" | "及" | "与" | "或")
    });
    let acts: Vec<&Token> = means.iter().filter(|t| t.is(role::ACT)).copied().collect();
    (coordinated && !acts.is_empty()).then_some(acts)
}

/// The governing act and the acts coordinated with it (token indices, in order).
fn governing_acts(text: &str, tokens: &[&Token]) -> Vec<usize> {
    let is_act = |t: &Token| t.is(role::ACT);
    let acts: Vec<usize> = (0..tokens.len()).filter(|&i| is_act(tokens[i])).collect();
    // `移送的1起…案件被…挂牌督办`: a verb with 的 right before the figure describes what
    // the figure counts; the verb after it governs
    if let [.., a, d] = tokens
        && is_act(a)
        && is_de(text, d)
    {
        return Vec::new();
    }
    let Some(&last) = acts.last() else {
        return Vec::new();
    };
    let last_de = (0..tokens.len()).rev().find(|&i| is_de(text, tokens[i]));
    let governing = match last_de {
        // a verb before `…的` only describes the thing: the main verb is the first one
        // that is not light, or the nearest when all are
        Some(de) if last < de => acts
            .iter()
            .copied()
            .find(|&i| !tokens[i].is(role::LIGHT))
            .unwrap_or(last),
        _ => last,
    };
    // a thing sent to an agency for an act (`报送市政府备案的`, `提请常务会议审议`) counts
    // under that act: the first act after the sending verb, past the agency's words
    let governing = if tokens[governing].is(role::SUBMIT) {
        // (within the describing clause when the sending verb stands in one)
        let bound = match last_de {
            Some(de) if governing < de => de,
            _ => tokens.len(),
        };
        acts.iter()
            .copied()
            .find(|&i| i > governing && i < bound && !tokens[i].is(role::SUBMIT | role::LIGHT))
            .unwrap_or(governing)
    } else {
        governing
    };
    // a verb right after its own agent, a word of whose (`群众`, `企业`), within the object of
    // a verb before them, describes that object (`受理群众反映诉求`: the requests people
    // raised, accepted): the verb before governs
    let governing = match governing.checked_sub(2) {
        Some(v)
            if tokens[v + 1].is(role::BROAD)
                && !tokens[v + 1].is(role::ACT | role::LIGHT)
                && is_act(tokens[v])
                && !tokens[v].is(role::LIGHT)
                && !tokens[governing].is(role::LIGHT) =>
        {
            v
        }
        _ => governing,
    };
    // accepting right before another act opens the procedure that act names (`受理调解矛盾
    // 纠纷`, `受理审查申请`): what is counted is what was accepted
    let governing = match governing.checked_sub(1) {
        Some(v)
            if is_act(tokens[v])
                && tokens[v].end == tokens[governing].start
                && &text[tokens[v].start..tokens[v].end] == "受理" =>
        {
            v
        }
        _ => governing,
    };
    // the run of acts coordinated with it: joined by 、 和 及
    let mut from = governing;
    while from > 1 && tokens[from - 1].is(role::COORD) && is_act(tokens[from - 2]) {
        from -= 2;
    }
    let mut to = governing;
    while to + 2 < tokens.len() && tokens[to + 1].is(role::COORD) && is_act(tokens[to + 2]) {
        to += 2;
    }
    (from..=to).filter(|&i| is_act(tokens[i])).collect()
}

/// Whether tokens `a` and `b` are joined by coordinators only (and words that pass).
fn joined(tokens: &[&Token], a: usize, b: usize) -> bool {
    let (a, b) = (a.min(b), a.max(b));
    tokens[a + 1..b].iter().any(|t| t.is(role::COORD))
        && tokens[a + 1..b]
            .iter()
            .all(|t| t.is(role::COORD | PASS | role::THING | role::DOMAIN) || t.class == Class::Han)
}

/// Whether the things of the phrase are coordinated items of different kinds.
/// In the object of `对…进行`, all of it what the act is done to, a thing coordinated with a
/// noun of a kind no concept counts is a total across kinds too (`对会议纪要、规范性文件进行
/// 合法性审查120件`); elsewhere a noun may be the agent or the setting, and only things count.
fn coordinated_kinds(text: &str, tokens: &[&Token], things: &[usize], object: bool) -> bool {
    let (Some(&first), Some(&last)) = (things.first(), things.last()) else {
        return false;
    };
    let mut items: Vec<usize> = things.to_vec();
    let near = if object {
        first.saturating_sub(4)..(last + 5).min(tokens.len())
    } else {
        0..0
    };
    // the nouns of other kinds standing next to the things, joined to them
    items.extend(near.filter(|&i| {
        tokens[i].is(role::NOUN)
            && !tokens[i].is(role::THING | role::GENERIC)
            && things.iter().any(|&t| joined(tokens, i, t))
    }));
    items.sort_unstable();
    items.dedup();
    items.windows(2).any(|w| {
        let (a, b) = (w[0], w[1]);
        joined(tokens, a, b)
            && (tokens[a].is(role::THING) || tokens[b].is(role::THING))
            && text[tokens[a].start..tokens[a].end] != text[tokens[b].start..tokens[b].end]
            // (whose the things are, when neither narrows anything, is no kind:
            // `群众和企业诉求` are all the cases)
            && !(tokens[a].is(role::BROAD) && tokens[b].is(role::BROAD))
    })
}

/// The last noun of the phrase before the figure.
fn head(text: &str, np: &[&Token]) -> Head {
    // a phrase of no noun closed by 的 right before the figure modifies a head it leaves
    // out (`涉及征收拆迁的58件`: cases of the set named before)
    if np.last().is_some_and(|t| &text[t.start..t.end] == "的")
        && !np.iter().any(|t| t.is(role::THING | role::NOUN))
    {
        return Head::None;
    }
    let mut i = np.len();
    while i > 0 {
        let t = np[i - 1];
        // `“新生儿出生”等24件“一件事”`: examples before 等, the thing after the figure
        if &text[t.start..t.end] == "等" {
            return Head::None;
        }
        // a parenthesis is an aside (`示范村（社区）`, `中心（站）`): the head is before it
        if matches!(&text[t.start..t.end], "）" | ")")
            && let Some(open) = np[..i - 1]
                .iter()
                .rposition(|o| matches!(&text[o.start..o.end], "（" | "("))
        {
            i = open;
            continue;
        }
        if t.class == Class::Bracket || (t.is(PASS) && !t.is(role::THING | role::NOUN)) {
            i -= 1;
            continue;
        }
        if t.is(role::THING) {
            return Head::Thing(t.word.unwrap_or_default());
        }
        if t.is(role::NOUN) {
            return Head::Foreign(t.start, t.end);
        }
        // `案` right after a field (`行政复议案`, `行政诉讼案`) is that field's cases, written short
        if &text[t.start..t.end] == "案"
            && i > 1
            && np[i - 2].end == t.start
            && np[i - 2].is(role::DOMAIN)
            && let Some(cases) = lexicon::lookup("案件")
        {
            return Head::Thing(cases);
        }
        // a level's one character glued to a word that narrows nothing (`市政府`, `县政府`)
        // is part of that word
        if t.class == Class::Han
            && t.word.is_none()
            && t.end - t.start == 3
            && np
                .get(i)
                .is_some_and(|n| n.start == t.end && n.is(role::BROAD))
        {
            i -= 1;
            continue;
        }
        if t.class == Class::Han || (t.class == Class::Alnum && t.word.is_none()) {
            let mut j = i - 1;
            while j > 0 && np[j - 1].word.is_none() && np[j - 1].class == Class::Han {
                j -= 1;
            }
            return Head::Unknown(np[j].start, t.end);
        }
        return Head::None;
    }
    Head::None
}

/// What the things counted arose from, when a `因…的` clause says it (`因政府信息公开引发的
/// 行政复议案件`): those are a kind of all, named by the cause.
fn cause(text: &str, np: &[&Token]) -> Option<PartOf> {
    let i = np.iter().position(|t| &text[t.start..t.end] == "因")?;
    let de = i
        + 1
        + np[i + 1..]
            .iter()
            .position(|t| &text[t.start..t.end] == "的")?;
    if de == i + 1 {
        return None;
    }
    let (start, mut end) = (np[i + 1].start, np[de].start);
    for verb in CAUSED {
        if let Some(rest) = text[start..end].strip_suffix(verb) {
            end = start + rest.trim_end_matches('而').len();
            break;
        }
    }
    (end > start).then_some(PartOf {
        axis: Axis::Category,
        start,
        end,
    })
}

/// How the name of a court ends (`法院`, `人民法院`, `中级人民法院`).
const COURT: &str = "法院";

/// Verbs that close a cause (`因…引发的`).
const CAUSED: &[&str] = &["引发", "引起", "产生", "导致", "造成"];

/// Whether a part's words are a cause (`因政府信息公开引发的`): the words before them end on
/// `因`. A cause before a coordination of things covers every one of them.
fn is_cause(text: &str, part: &PartOf) -> bool {
    text[..part.start].ends_with('因')
}

/// The party cases are against, when it is one (`以区政府为被告的`, `区政府作为被申请人的`):
/// those cases are a kind of all. Against every agency (`以全区各级行政机关为被告的`) they
/// are all of them.
fn party(text: &str, np: &[&Token]) -> Option<PartOf> {
    let i = np
        .iter()
        .position(|t| matches!(&text[t.start..t.end], "被告" | "被申请人"))?;
    let from = np[..i]
        .iter()
        .rposition(|o| matches!(&text[o.start..o.end], "以" | "，" | ","))
        .map_or(0, |k| k + 1);
    let party = &np[from..i];
    // every agency (`全市各级行政机关`), or agencies named by no more than what they are
    // (`行政机关作为被告的`: the lawsuits of all of them; `乡镇政府` names a kind of them)
    let every = party
        .iter()
        .any(|o| o.is(role::SCOPE) || text[o.start..o.end].starts_with(['全', '各']))
        || party.iter().all(|o| {
            matches!(
                &text[o.start..o.end],
                "行政机关"
                    | "机关"
                    | "部门"
                    | "单位"
                    | "行政部门"
                    | "政府部门"
                    | "作为"
                    | "为"
            )
        });
    (!party.is_empty() && !every).then(|| PartOf {
        axis: Axis::Category,
        start: party[0].start,
        end: np[i].end,
    })
}

/// The words among the modifiers of the phrase that make it a part.
fn restriction(text: &str, np: &[&Token], all: &[&Token]) -> Option<PartOf> {
    // whether the phrase follows an act of its clause
    let after_act = np.first().is_some_and(|first| {
        all.iter()
            .rev()
            .find(|t| t.end <= first.start)
            .is_some_and(|t| t.is(role::ACT))
    });
    for (i, t) in np.iter().enumerate() {
        let axis = if t.is(role::PERIOD) {
            Axis::Period
        } else if t.is(role::RESTRICT) {
            let w = &text[t.start..t.end];
            match w {
                "来电" | "来信" | "网络" | "电话" | "非电话" | "前台" | "现场受理" => {
                    Axis::Channel
                }
                "案前" | "诉前" | "庭前" => Axis::Stage,
                "类" | "民事" | "刑事" => Axis::Category,
                // (read by `party`, in the clause that describes the thing)
                "被告" | "被申请人" => continue,
                _ => Axis::Field,
            }
        } else {
            continue;
        };
        // the member: the content words right before the word (`投诉举报类`), or the one
        // known noun there (`咨询类`)
        // (a one-character word glued to unknown characters is part of their word: `人社领域`)
        let mut j = i;
        while j > 0
            && (is_content(np[j - 1])
                || j < i
                    && np[j].word.is_none()
                    && np[j - 1].end == np[j].start
                    && is_content_or_single(np[j - 1]))
        {
            j -= 1;
        }
        if j == i && i > 0 && np[i - 1].is(role::THING | role::NOUN) && !np[i - 1].is(role::ACT) {
            j = i - 1;
        }
        return Some(PartOf {
            axis,
            start: np[j].start,
            end: t.end,
        });
    }
    // unknown words that modify a thing or a domain (`复工复产公证`; an issuer, as in
    // `国家药监局典型案例`, is read so too: concepts whose count always has one are scoped)
    // a quoted name before the thing (`“市长在线”相关诉求`) names one channel or kind of it
    for (i, t) in np.iter().enumerate() {
        if t.class != Class::Bracket || !matches!(&text[t.start..t.end], "“" | "「" | "\"") {
            continue;
        }
        let Some(close) = (i + 1..np.len()).find(|&j| np[j].class == Class::Bracket) else {
            break;
        };
        // (a quoted list of kinds, `“巡展、巡讲、巡演”活动`, names them all)
        // (and a quoted word that narrows nothing, `“八五”普法`, names no kind; nor one that
        // names the field itself, `“法律六进”活动`: the law-popularisation campaign)
        let names_thing = np[i + 1..close]
            .iter()
            .any(|t| t.is(role::THING) || &text[t.start..t.end] == "、")
            || np[i + 1..close].iter().all(|t| t.is(role::BROAD))
            || np[i + 1..close].iter().all(|t| t.is(role::DOMAIN));
        let next = np[close + 1..]
            .iter()
            .find(|t| !t.is(role::BROAD) && &text[t.start..t.end] != "等");
        if !names_thing && close > i + 1 && next.is_some_and(|n| n.is(role::THING)) {
            return Some(PartOf {
                axis: Axis::Category,
                start: np[i + 1].start,
                end: np[close - 1].end,
            });
        }
    }
    // (a known one-character word right after an unknown character ends an unknown word:
    // `家居质量`)
    let unknown = |i: usize| {
        np.get(i)
            .is_some_and(|t| t.word.is_none() && t.class == Class::Han)
    };
    let content = |i: usize| {
        is_content(np[i])
            || ((i > 0 && unknown(i - 1) || unknown(i + 1)) && is_content_or_single(np[i]))
    };
    let mut i = 0;
    while i < np.len() {
        if !content(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < np.len() && content(i) {
            i += 1;
        }
        let run = (np[start].start, np[i - 1].end);
        // (a run coordinated with a modifier that narrows nothing covers the whole with it:
        // `市政府及办公室规范性文件`, the government's and its office's, are all of them)
        // (and one coordinated with a thing or domain the registry knows lists kinds that
        // are counted together: `行政处罚、行政许可案卷960卷` are the files of both)
        let beside_broad =
            coordinated_with_broad(&np[..start]) || coordinated_with_kind(&np[..start], after_act);
        // (words before a body whose meetings are counted name whose body it is:
        // `县司法局党组理论学习中心组`)
        let modifies = !beside_broad
            && np
                .get(i)
                .is_some_and(|n| n.is(role::THING | role::DOMAIN) && !n.is(role::ACT | role::BODY));
        if modifies && run.1 - run.0 >= 6 {
            return Some(PartOf {
                axis: Axis::Category,
                start: run.0,
                end: run.1,
            });
        }
    }
    None
}

/// Whether a measure word counts people (`人`, `人次`, `名`).
fn counts_people(unit: &str) -> bool {
    matches!(unit, "人" | "人次" | "名")
}

/// Where the stretch ends that reaches back from `pos` over at most `stops` sentence ends
/// (`。！？!?` and line breaks): the start of `pos`'s sentence for none, of the one before
/// for one.
fn reach_start(text: &str, pos: usize, stops: usize) -> usize {
    let mut seen = 0;
    for (i, c) in text[..pos].char_indices().rev() {
        if matches!(c, '。' | '！' | '？' | '!' | '?' | '\n') {
            if seen == stops {
                return i + c.len_utf8();
            }
            seen += 1;
        }
    }
    0
}

/// The first field a clause names, while its words are read: whether a coordinator has
/// followed it, and whether another field joined to it made the clause name none.
struct ClauseDomain {
    clause: usize,
    domain: u16,
    before: Option<NamedDomain>,
    coordinated: bool,
    mixed: bool,
}

/// Whether the clause holding `pos` states a share (`社会律师办案占98.66`, `诉讼案件占比84%`):
/// `占` with a number after it, a percentage of a noun (`90.3%的案件`), or a multiple
/// (`一审行政案件的2.5倍`).
fn in_share_clause(src: &Source, pos: usize) -> bool {
    let (start, end) = src.clause_at(pos);
    // (within a clause's reach of the word: a clause that lost its punctuation is not read
    // whole for each of its words)
    let text: &str = &src.folded;
    let start = start.max(super::source::floor_boundary(
        text,
        pos.saturating_sub(CLAUSE_REACH),
    ));
    let end = end.min(super::source::ceil_boundary(text, pos + CLAUSE_REACH));
    let clause = &text[start..end.max(start)];
    let share = clause
        .find('占')
        .is_some_and(|i| clause[i..].chars().take(6).any(|c| c.is_ascii_digit()));
    // a percentage of a noun (`有90.3%的案件未再进入诉讼或信访程序`) or a multiple of another
    // count (`达到同期一审行政案件的2.5倍`): the words say what the share is of, or what is
    // compared with, not what the paragraph goes on about
    let digit_before = |i: usize| {
        clause[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    };
    share
        || clause
            .match_indices(['%', '％'])
            .any(|(i, m)| digit_before(i) && clause[i + m.len()..].starts_with('的'))
        || clause.match_indices('倍').any(|(i, _)| digit_before(i))
}

/// Whether the words after a figure say what share of a larger count it is (`，占全市总数的
/// 21.9%`, `,占比35%`): `占` opening the next words, a percentage before the sentence ends.
fn shares_a_whole(after: &str) -> bool {
    share_base(after).is_some()
}

/// The words that name what the share after a figure is taken of (`，占受案总数的46%`:
/// `受案总数的`), from `占` to the share's first digit, when the words after the figure state
/// a share.
pub(crate) fn share_base(after: &str) -> Option<&str> {
    let after = after.trim_start_matches(['，', ',', ' ']);
    let rest = after.strip_prefix('占')?;
    // (the first 24 characters, up to a sentence's end: not read on to the end of a text
    // with no sentence ends, for each figure)
    let share = rest
        .chars()
        .take(24)
        .take_while(|c| !matches!(c, '。' | '；' | ';' | '\n'))
        .any(|c| c == '%' || c == '％');
    let digits = rest
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(rest.len());
    share.then_some(&rest[..digits])
}

/// The one agency a clause names as the one who acts, before its first verb
/// (`县市场监管局查办案件586件`, `县生态环境分局共…`): its name, from the first word after a
/// scope or a coordinator to the agency noun. Every agency (`各部门`, `全县行政执法机关`) or
/// an agency named by a word that narrows nothing (`行政机关`) is none: the figure is the
/// whole's.
fn named_agency(text: &str, tokens: &[Token]) -> Option<(usize, usize)> {
    let verb = tokens.iter().position(|t| t.is(role::ACT | role::LIGHT))?;
    let a = tokens[..verb].iter().rposition(|t| t.is(role::AGENCY))?;
    let mut s = a;
    while s > 0
        && matches!(tokens[s - 1].class, Class::Han | Class::Word)
        && !tokens[s - 1].is(role::COORD | role::SCOPE | role::ACT | role::LIGHT)
    {
        s -= 1;
    }
    // (with the word before it: `全国市场监管部门` is every one of the territory's)
    let every = tokens[s.saturating_sub(1)..a].iter().any(|t| {
        let w = &text[t.start..t.end];
        w.starts_with(['各', '全']) || w == "所有"
    });
    let specific = tokens[s..a]
        .iter()
        .any(|t| !t.is(role::BROAD | role::TRANSPARENT));
    (!every && specific).then(|| (tokens[s].start, tokens[a].end))
}

/// Whether the last thing of `part` is a kind of the last thing of `whole`: a longer word
/// ending in it (`行政案件` of `案件`), or one with the same generic head (`一审行政案件` of
/// `行政诉讼案件`: both cases).
fn kind_of_things(text: &str, part: &[Cite], whole: &[Cite]) -> bool {
    let (Some(p), Some(w)) = (part.last(), whole.last()) else {
        return false;
    };
    let (p, w) = (&text[p.start..p.end], &text[w.start..w.end]);
    if p.len() > w.len() && p.ends_with(w) {
        return true;
    }
    // the longest common ending, a generic head of two characters or more
    let common = p
        .char_indices()
        .map(|(i, _)| &p[i..])
        .find(|end| w.ends_with(end))
        .unwrap_or("");
    common.chars().count() >= 2
        && lexicon::lookup(common).is_some_and(|id| lexicon::has_role(id, role::GENERIC))
}

/// Whether the words before a modifier end on a coordinator right after a thing or a domain
/// of the registry (`行政处罚、`): the modifier is another kind listed beside it; or after
/// an act that says which things (`新收和旧存行政诉讼案件`: the new and the old together).
fn coordinated_with_kind(before: &[&Token], after_act: bool) -> bool {
    // (a coordinator that opens the phrase joins it to what stands before the phrase: an
    // act, `新收和旧存`, or, for a phrase of its own, the item before, `…30份、行政许可案卷`)
    let mut rest = before.iter().rev();
    rest.next().is_some_and(|t| t.is(role::COORD))
        && rest
            .next()
            .map_or(after_act, |t| t.is(role::THING | role::DOMAIN | role::ACT))
}

/// Whether the words before a modifier end on a coordinator (`及`, `和`, `、`; `及其`)
/// after a word that narrows nothing: the modifier is coordinated with it.
fn coordinated_with_broad(before: &[&Token]) -> bool {
    // (back over the rest of its own item: `区政府及区政府办公室`, the office of the
    // government named before)
    let mut rest = before.iter().rev().skip_while(|t| {
        !t.is(role::COORD)
            && (t.is(role::TRANSPARENT) && t.end - t.start == 3
                || t.is(role::BROAD)
                || t.word.is_none() && t.class == Class::Han && t.end - t.start == 3)
    });
    rest.next().is_some_and(|t| t.is(role::COORD))
        && rest.next().is_some_and(|t| t.is(role::BROAD | role::SCOPE))
}

/// Whether a token is a content word that plays no role in a frame: a character the reader
/// does not know, or a word of the lexicon known only as a word or a noun.
fn is_content(t: &Token) -> bool {
    (t.word.is_none() && t.class == Class::Han)
        || (t.word.is_some()
            && !t.is(role::MARK)
            && t.roles & !(role::WORD | role::NOUN | role::AGENCY) == 0)
}

/// [`is_content`], or a one-character function word, likely part of an unknown word among
/// unknown characters (`产品质量`, where 量 alone is known).
fn is_content_or_single(t: &Token) -> bool {
    is_content(t)
        || (t.end - t.start == 3
            && t.is(role::TRANSPARENT | role::BROAD)
            && !t.is(role::THING)
            && t.word != lexicon::lookup("的"))
}

/// Words for the people who lead or staff an agency: after a noun (`部门主要负责人`) they are
/// what is counted, and the noun says whose.
const PEOPLE: [&str; 11] = [
    "干部职工",
    "职工",
    "负责人",
    "主要负责人",
    "负责同志",
    "主要负责同志",
    "领导干部",
    "干部",
    "工作人员",
    "班子成员",
    "领导班子成员",
];

/// Verbs that give the people before them a role (`担任法律顾问`, `作为调解员`).
const ROLE_VERBS: [&str; 4] = ["担任", "兼任", "作为", "出任"];

/// Reads the words after the figure's measure word: the first noun they name is what it
/// counts; their acts and domains are its own.
fn read_right(
    text: &str,
    right: &[Token],
    titles: &[(usize, usize)],
    shared: bool,
    frame: &mut Frame,
) -> Option<usize> {
    let tokens: Vec<&Token> = right.iter().filter(|t| !inside(titles, t.start)).collect();
    // the noun phrase right after the measure word ends at the first verb or mark; its last
    // noun is the head (a light verb too: `16个镇街均设立服务站` counts the townships)
    let np_end = tokens
        .iter()
        .position(|t| {
            (t.is(role::ACT | role::LIGHT) && !t.is(role::THING))
                || t.class == Class::Punct
                || t.is(role::PART)
                || matches!(&text[t.start..t.end], "的" | "(" | "（")
        })
        .unwrap_or(tokens.len());
    let mut head = Head::None;
    for t in &tokens[..np_end] {
        if PEOPLE.contains(&&text[t.start..t.end]) {
            // the people of what is named before (`35名部门主要负责人`): persons, of no kind
            head = Head::None;
        } else if t.is(role::THING) {
            head = Head::Thing(t.word.unwrap_or_default());
        } else if t.is(role::NOUN) {
            head = Head::Foreign(t.start, t.end);
        } else if t.word.is_none() && t.class == Class::Han && head == Head::None {
            // a noun the reader does not know (`“法治带头人”`)
            head = Head::Unknown(t.start, t.end);
        }
    }
    // people hired or named to serve as something (`聘请14名专业法律人士担任法律顾问`): the
    // verb of the role takes them as its subject, and what they are counted as is the role
    if let [verb, role, ..] = &tokens[np_end.min(tokens.len())..]
        && ROLE_VERBS.contains(&&text[verb.start..verb.end])
        && role.is(role::THING)
        && !matches!(head, Head::Thing(_))
    {
        head = Head::Thing(role.word.unwrap_or_default());
    }
    let mut right_act = None;
    // words that run on to the next figure: only the noun phrase is this figure's
    let tokens = if shared {
        &tokens[..np_end]
    } else {
        &tokens[..]
    };
    for t in tokens {
        if t.is(role::THING)
            && let Some(c) = cite(t, CitedFrom::Clause)
        {
            frame.things.push(c);
        }
        if t.is(role::ACT)
            && !t.is(role::LIGHT)
            && let Some(c) = cite(t, CitedFrom::Clause)
        {
            right_act = Some(c);
        }
        if frame.domain.is_none()
            && t.is(role::DOMAIN | role::THING)
            && let (Some(d), Some(c)) = (t.domain(), cite(t, CitedFrom::Clause))
        {
            frame.domain = Some((d, c));
        }
    }
    // the last act after the figure is the one that governs it (`对…进行合法性审查`,
    // `乡镇街道已完成…评估工作`); the figure's own acts before it stay
    if let Some(a) = right_act
        && !frame.has_act()
    {
        frame.acts = vec![a];
    }
    let thing_idx: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].is(role::THING))
        .collect();
    frame.across |= coordinated_kinds(text, tokens, &thing_idx, true);
    if matches!(frame.head, Head::None) {
        frame.head = head;
    }
    let end = tokens.get(np_end.saturating_sub(1).min(tokens.len().saturating_sub(1)));
    (!frame.things.is_empty())
        .then(|| {
            if shared {
                end.map(|t| t.end)
            } else {
                tokens.last().map(|t| t.end)
            }
        })
        .flatten()
}

/// The domain a heading's title names (the last named), with its word.
fn title_domain(section: &Section, words: &Tokens) -> Option<(u16, u32)> {
    let title = super::fold::fold(&section.title);
    let mut tokens = Vec::new();
    words.cut_other(&title, &mut tokens);
    tokens
        .iter()
        .rev()
        .find(|t| t.is(role::DOMAIN | role::THING) && t.domain().is_some())
        .and_then(|t| Some((t.domain()?, t.word?)))
}
