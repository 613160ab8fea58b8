//! Who reported: the division of the gazetteer a report is about, with the department or
//! township that reports in it.
//!
//! The reporter is the subject of the report, and reports name it in a few set places: the
//! title (`朔州市2024年法治政府建设年度报告`, `紫金县司法局2025年…`), a page's title or its
//! `发布机构` line, and the subject of the first sentence (`2024年，中原区坚持…`). In each
//! place a chain of division names is read (`甘肃省兰州市七里河区` is 七里河区, each name
//! within the one before it), then what reports in it: a department (`司法局`,
//! `自然资源和规划局`) or a township (`人民街街道办事处`). A department named without its
//! division (`市公安局`, `我局`) reports in the division of that level the text names most.
//! A name two divisions bear (`朝阳区`) is the one whose province or prefecture the text
//! names too. Nothing that is not a division of the gazetteer is ever given (a township only
//! with its county); when the text leaves a doubt, no reporter is given and the note says why.

use super::source::is_han;
use crate::divisions::{self, Division, DivisionLevel, Mention};
use crate::model::{Level, Reporter, Span};
use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

/// Words that follow the subject of a report's title or first sentence.
const SUBJECT_FOLLOWS: &[&str] = &[
    "人民政府",
    // a league's government (`阿拉善盟行政公署`)
    "行政公署",
    "政府",
    "委、",
    "委",
    "关于",
    "法治政府",
    "法治建设",
    "依法行政",
    "年度",
    "坚持",
    "深入",
    "认真",
    "全面",
    "紧紧",
    "紧密",
    "紧扣",
    "始终",
    "以习近平",
    "在",
    // the division's agencies of every level (`滨州市各级行政复议机构`) are the division at work
    "各级",
    "两级",
    "三级",
    "高度",
    "扎实",
    "持续",
    "聚焦",
    "围绕",
    "大力",
    "进一步",
    "积极",
    "着力",
    "立足",
    "按照",
    "贯彻",
    "严格",
    "不断",
    "牢牢",
    "锚定",
    "切实",
    "狠抓",
    "有序",
    "统筹",
    "党委",
    "委员会",
    "工作",
    "报告",
    "情况",
    "主要",
    "强化",
    "党组",
    "表示",
    "发布",
    "通报",
    "消息",
    "召开",
    "举行",
    "联合",
    "开展",
    "推进",
    "推动",
    "举办",
    "出台",
    "印发",
    "打造",
    "创新",
    "建立",
    "构建",
    "实施",
    "落实",
    "加强",
    "完善",
    "以",
    "新闻发言人",
    "发言人",
    "组织",
    "获评",
    "入选",
    "多措并举",
    "共",
    "全年",
    "把",
    "将",
    "对",
    "用",
    "织密",
    "做好",
];

/// The kinds of report a title ends with (`…年度报告`, `…情况周报`, `…运行情况通报`).
const REPORT_KINDS: &[&str] = &[
    "报告",
    "通报",
    "周报",
    "月报",
    "季报",
    "年报",
    "公报",
    "白皮书",
    "总结",
];

/// Endings of the name of a department or agency that reports (a single character only
/// where no common word ends with it: `调处`, `科技`, `场所` are no agencies).
const AGENCY_ENDS: &[&str] = &[
    // (an association of a trade, `人民调解员协会`, reports on its work like an agency; so
    // does the law society of a division, `法学会`)
    "协会",
    "法学会",
    // (the organ of a function, `行政复议机构`)
    "机构",
    "总局",
    "分局",
    "支队",
    "大队",
    "办公室",
    "委员会",
    // (a congress's standing committee, `人大常委会`, not cut at its `委`)
    "常委会",
    "中心",
    "局",
    "厅",
    "部",
    "委",
    "办",
    "院",
    "司法所",
    "派出所",
    "管理所",
    "管理处",
    "办事处",
    "管理站",
    "工作站",
];

/// Ministries of the State Council and the names reports give them.
const MINISTRIES: &[&str] = &[
    "国家市场监督管理总局",
    "市场监督管理总局",
    "市场监管总局",
    "人力资源和社会保障部",
    "人力资源社会保障部",
    "生态环境部",
    "应急管理部",
    "自然资源部",
    "司法部",
    "公安部",
    "民政部",
    "财政部",
    "商务部",
    "交通运输部",
    "水利部",
    "农业农村部",
    "文化和旅游部",
    "国家卫生健康委员会",
    "国家税务总局",
    "海关总署",
    "国家林业和草原局",
];

/// Endings of a township's name.
const TOWNSHIP_ENDS: &[&str] = &["街道", "镇", "乡"];

/// A division named in the text, resolved.
#[derive(Debug, Clone, Copy)]
struct Named {
    start: usize,
    end: usize,
    division: &'static Division,
}

/// What the caller and the page say besides the text.
pub(crate) struct Hints<'a> {
    /// The reporter's name as the caller gives it.
    pub given: Option<&'a str>,
    /// A page's title.
    pub page_title: Option<&'a str>,
    /// The name of the file the text came from.
    pub file_name: Option<&'a str>,
}

/// The reporter a name from outside the text gives (the caller's, a page's title, a file's
/// name): each part between separators (`朔州市2024年报告_朔州市人民政府`) read as a title.
fn named_outside(place: &str, counts: &Whole) -> Option<Reporter> {
    place
        .split(['_', '|', '-', '—', '｜', ' ', '\u{3000}', '/'])
        .filter(|part| !part.trim().is_empty())
        .find_map(|part| {
            let mentions = resolved_mentions(part);
            let reader = Reader {
                text: part,
                all: &mentions,
                counts,
                wholes: false,
            };
            reader.in_zone((0, part.len()), true)
        })
}

/// The reporter, or none with the reason.
pub(crate) fn reporter(
    text: &str,
    titles: &[(usize, usize)],
    hints: &Hints,
) -> (Option<Reporter>, Option<String>) {
    let zones = zones(text);
    // the subject is read in the opening zones: their mentions, outside document titles
    let head_end = zones.last().map_or(0, |z| z.0.1);
    let mentions = divisions::mentions(text, (0, head_end));
    // the titles as sorted stretches that do not overlap (a title may hold another)
    let mut stretches: Vec<(usize, usize)> = titles.to_vec();
    stretches.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(stretches.len());
    for t in stretches {
        match merged.last_mut() {
            Some(last) if t.0 <= last.1 => last.1 = last.1.max(t.1),
            _ => merged.push(t),
        }
    }
    let outside_titles = |m: &&Mention| {
        let i = merged.partition_point(|t| t.1 <= m.start);
        merged.get(i).is_none_or(|t| m.start < t.0)
    };
    let opening: Vec<Mention> = mentions.iter().filter(outside_titles).copied().collect();
    let counts = Whole::new(text);
    let all = resolve(text, &opening, &|loosely| counts.anywhere(loosely));
    // the caller's name wins; then the page's title; then the text's own places
    if let Some(given) = hints.given {
        return match named_outside(given, &counts) {
            Some(r) => (Some(r), None),
            None => (
                None,
                Some(format!("{given:?} names no division of the gazetteer")),
            ),
        };
    }
    if let Some(r) = hints.page_title.and_then(|t| named_outside(t, &counts)) {
        return (Some(r), None);
    }
    let reader = Reader {
        text,
        all: &all,
        counts: &counts,
        wholes: false,
    };
    for (i, &(zone, line)) in zones.iter().enumerate() {
        // (a short line after the body has begun is no title: a contact line, a publisher's)
        if line && zones[..i].iter().any(|(_, line)| !line) {
            continue;
        }
        if let Some(r) = reader.in_zone(zone, line) {
            // a news headline's place (`太白县开展…宣传活动`) says where, not who: it is the
            // reporter only when the story's first sentence has it as its subject too
            if line && r.department.is_none() && headline(&text[zone.0..zone.1], &r) {
                let story = zones[i + 1..]
                    .iter()
                    .find(|(_, line)| !line)
                    .and_then(|&(zone, _)| reader.in_zone(zone, false));
                if story.is_none_or(|s| s.code != r.code || s.department.is_some()) {
                    continue;
                }
            }
            // a division alone (a site's banner, `深圳市罗湖区人民政府`; a title,
            // `宁国市2022年…报告`) is made precise by a line further on that names an agency
            // in it (`宁国市人民政府行政复议办公室`)
            let precise = (r.department.is_none() && r.level != Level::Township)
                .then(|| {
                    zones[i + 1..]
                        .iter()
                        .take_while(|(_, line)| *line)
                        .filter_map(|&(zone, _)| reader.in_zone(zone, true))
                        .find(|r2| r2.department.is_some() && within(r2, &r))
                })
                .flatten();
            return (Some(precise.unwrap_or(r)), None);
        }
    }
    // the signature a report closes with (`临沧市应急管理局` over `2025年1月20日`): the
    // report's own word on who made it, before a page's publisher
    if let Some(r) = signature(text).and_then(|line| named_outside(line, &counts)) {
        return (Some(r), None);
    }
    // a page's publisher (`来源：黄石市司法局`) when the text names it as no subject: unless
    // the first sentences name a division outside it (a page that reprints another's report)
    let body: Vec<&Named> = zones
        .iter()
        .filter(|(_, line)| !line)
        .flat_map(|&((s, e), _)| all.iter().filter(move |n| n.start >= s && n.end <= e))
        .collect();
    for &((start, end), line) in &zones {
        if !line {
            continue;
        }
        for at in reader.publisher_places((start, end)) {
            if let Some(r) = reader.at(at, end, Place::Source)
                && body.iter().all(|n| {
                    r.level != Level::National
                        && divisions::by_code(&r.code).is_some_and(|d| n.division.is_within(d))
                })
            {
                return (Some(r), None);
            }
        }
    }
    // the whole a sentence speaks of (`全区共收到…`), the one division of its level the text
    // names (never as a part): weaker than a name, a signature or a publisher
    let wholes = Reader {
        wholes: true,
        ..reader
    };
    if let Some(r) = zones
        .iter()
        .filter(|(_, line)| !line)
        .find_map(|&(zone, _)| wholes.in_zone(zone, false))
    {
        return (Some(r), None);
    }
    // the one division that stands as the subject of a sentence further on
    // (`9月份，江阴12345热线共受理…`), when the opening names none
    let later = Reader {
        all: counts.resolved(),
        ..reader
    };
    if let Some(r) = later.one_later_subject(&zones) {
        return (Some(r), None);
    }
    if let Some(r) = hints.file_name.and_then(|f| named_outside(f, &counts)) {
        return (Some(r), None);
    }
    (
        None,
        Some(
            "no division of the gazetteer is the subject of the report's title, source line or \
             first sentences"
                .into(),
        ),
    )
}

/// The line that signs the text: a short line right above a date line (`2025年1月20日`,
/// `二〇二五年一月二十日`) among the text's last lines.
fn signature(text: &str) -> Option<&str> {
    let last: Vec<&str> = text
        .lines()
        .rev()
        .map(|l| l.trim_matches(|c: char| c.is_whitespace()))
        .filter(|l| !l.is_empty())
        .take(4)
        .collect();
    let date = last.iter().position(|l| super::dates::is_date_line(l))?;
    let signer = *last.get(date + 1)?;
    (signer.chars().count() <= 40 && !signer.ends_with(['。', '；', '：', ':'])).then_some(signer)
}

/// Whether a line naming `r` is a news headline: neither the name alone (a site's banner,
/// an issuer's line) nor a report's title.
fn headline(line: &str, r: &Reporter) -> bool {
    const TITLE_WORDS: &[&str] = &[
        "报告",
        "总结",
        "情况",
        "工作要点",
        "统计",
        "年报",
        "通报",
        "公报",
    ];
    // (the division's name taken out wherever it stands: a banner of its Party committee
    // and government, `中共祁连县委 祁连县人民政府`, names it twice)
    let rest: String = line
        .trim()
        .replace(&r.name, "")
        .replacen("中共", "", 1)
        .chars()
        .filter(|c| is_han(*c))
        .collect();
    // a banner: the division's government or Party committee (or both), on its website's
    // page (`…门户网站`) or its red-headed documents (`芮城县人民政府文件`)
    let issuer = ["门户网站", "网站", "文件"]
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .unwrap_or(&rest);
    let banner = ["", "人民政府", "政府", "委", "委人民政府", "委政府"].contains(&issuer);
    !banner && !TITLE_WORDS.iter().any(|w| rest.contains(w))
}

/// Whether `inner` reports in `outer`'s division or one within it.
fn within(inner: &Reporter, outer: &Reporter) -> bool {
    match (
        divisions::by_code(&inner.code),
        divisions::by_code(&outer.code),
    ) {
        (Some(i), Some(o)) => i.is_within(o),
        _ => inner.code == outer.code,
    }
}

/// Where a report names its subject: the short lines that open it (a title, a page's
/// `发布机构` line), then the first sentences of its body; with whether it is a short line.
fn zones(text: &str) -> Vec<((usize, usize), bool)> {
    let mut zones = Vec::new();
    let mut body_sentences = 0;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        let trimmed = line.trim();
        let short = trimmed.chars().count() <= 60;
        // (an addressee line, `城中区委全面依法治区委员会：`, names who receives the report)
        // (a breadcrumb trail, `您现在所在的位置：首页 > 政府信息公开 > …`, names the site's parts)
        // (but a line that announces what follows, `现将…报告如下：`, is the opening sentence)
        let breadcrumbs = trimmed.contains('>') || trimmed.contains("位置");
        let colon = trimmed.strip_suffix([':', '：']);
        let announces = colon.is_some_and(|t| t.ends_with("如下"));
        if trimmed.is_empty() || short && colon.is_some() && !announces || breadcrumbs {
            continue;
        }
        // (a short paragraph is no title: it holds a sentence's end)
        if short && !trimmed.contains(['。', '；', ';']) && !announces {
            zones.push(((start, end), true));
        } else {
            // the first two sentences of the body (a short one that names no one, a
            // flourish such as `回眸2024，迎接2025。`, is not one of them)
            let mut s = start;
            for (i, c) in line.char_indices() {
                if matches!(c, '。' | '；' | ';') {
                    zones.push(((s, start + i), false));
                    if !flourish(text, (s, start + i)) {
                        body_sentences += 1;
                    }
                    s = start + i + c.len_utf8();
                    if body_sentences >= 2 {
                        break;
                    }
                }
            }
            if body_sentences < 2 && !text[s..end].trim().is_empty() {
                zones.push(((s, end), false));
                body_sentences += 1;
            }
        }
        if body_sentences >= 2 || zones.len() >= 20 {
            break;
        }
    }
    zones
}

/// Whether a body sentence is a flourish that names no one: short (20 characters at most),
/// with no division's name, no agency speaking of itself (`我局`, `本委`) and no level word
/// (`全县`, `市政府`).
fn flourish(text: &str, (start, end): (usize, usize)) -> bool {
    let sentence = &text[start..end];
    // (a figure, a digit before a word other than 年, says something: `审结132件`)
    let figure = sentence.char_indices().any(|(i, c)| {
        c.is_ascii_digit() && sentence[i + 1..].starts_with(|n: char| is_han(n) && n != '年')
    });
    !figure
        && sentence.chars().count() <= 20
        && !sentence.contains([
            '我', '本', '全', '省', '市', '县', '区', '镇', '乡', '州', '旗',
        ])
        && divisions::mentions(text, (start, end)).is_empty()
}

/// The divisions `mentions` name by a name only one division bears: the ancestors that
/// settle which of two divisions a shared name means. By full names; or, `loosely`, the
/// provinces and prefectures named by any name, a short one too (`广东`, `深圳`): weaker than
/// a full name, they settle a shared name only where no full name does.
fn named_once(mentions: &[Mention], loosely: bool) -> HashSet<&'static str> {
    mentions
        .iter()
        .filter_map(|m| {
            let mut ds = m.divisions().filter(|(_, full)| loosely || *full);
            match (ds.next(), ds.next()) {
                (Some((d, _)), None)
                    if !loosely
                        || matches!(
                            d.level,
                            DivisionLevel::Province | DivisionLevel::Prefecture
                        ) =>
                {
                    Some(d.code)
                }
                _ => None,
            }
        })
        .collect()
}

/// The ancestors a text names, by which a shared name is settled: by a full name, and, as
/// a last resort, by a short one (see [`named_once`]).
type Ancestors<'a> = dyn Fn(bool) -> &'a HashSet<&'static str> + 'a;

/// The mentions of `text` in `mentions`, each resolved to one division: a name in a chain
/// (`北京市朝阳区`) is the one within the name before it, a name two divisions bear is the one
/// whose ancestor the text names by its full name (`anywhere(false)`), or, when no full name
/// settles it, by a short name (`anywhere(true)`: `龙华区` in a text that speaks of `深圳`);
/// a name still in doubt is left out.
fn resolve<'a>(text: &str, mentions: &[Mention], anywhere: &Ancestors<'a>) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::with_capacity(mentions.len());
    for m in mentions {
        // a short name counts only where a government or department word follows it, where
        // it names the place a campaign is for (`法治杭州`, `平安白云`), or the government's
        // hotline by its number (`江阴12345热线`)
        let short_ok = || {
            let rest = &text[m.end..];
            let before = &text[..m.start];
            if ["12345", "12348"].iter().any(|n| rest.starts_with(n)) {
                return true;
            }
            // a year right after it (`甘肃2021年法治政府建设…`, `巫山2023年度…`): the place a
            // title or a year's account is about
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 4 && rest[4..].starts_with('年') {
                return true;
            }
            if ["法治", "平安"].iter().any(|w| before.ends_with(w))
                && !rest.starts_with(|c: char| is_han(c) && !"建工".contains(c))
            {
                return true;
            }
            !TOWNSHIP_ENDS.iter().any(|w| rest.starts_with(w))
                && (["市", "县", "区", "州", "人民政府", "政府", "委"]
                    .iter()
                    .any(|w| rest.starts_with(w))
                    || department_after(rest).is_some())
        };
        let mut short: Option<bool> = None;
        let mut candidates: Vec<&'static Division> = Vec::new();
        let written = &text[m.start..m.end];
        for (d, full) in m.divisions() {
            if full || contracted(written, d) || *short.get_or_insert_with(short_ok) {
                candidates.push(d);
            }
        }
        let previous = out.last().filter(|p| p.end == m.start);
        let pick = |ds: &[&'static Division]| -> Option<&'static Division> {
            match ds {
                [only] => Some(*only),
                _ => None,
            }
        };
        let in_chain: Vec<&'static Division> = match previous {
            Some(p) => candidates
                .iter()
                .copied()
                .filter(|d| d.is_within(p.division) && d.code != p.division.code)
                .collect(),
            None => Vec::new(),
        };
        let settled = |loosely: bool| {
            // (what the text names is read only when a shared name needs it)
            if candidates.len() < 2 {
                return None;
            }
            let named = anywhere(loosely);
            let settled: Vec<&'static Division> = candidates
                .iter()
                .copied()
                .filter(|d| d.ancestors().any(|a| named.contains(a.code)))
                .collect();
            pick(&settled)
        };
        let division = pick(&in_chain)
            .or_else(|| pick(&candidates))
            .or_else(|| settled(false))
            .or_else(|| {
                // (only a name every candidate has the level word of: a stem is no name)
                (written.chars().count() >= 3)
                    .then(|| settled(true))
                    .flatten()
            });
        if let Some(division) = division {
            out.push(Named {
                start: m.start,
                end: m.end,
                division,
            });
        }
    }
    out
}

/// Whether `written` is a contracted form of the division's name that keeps its level word
/// (`恩施州` for 恩施土家族苗族自治州, `景宁县` for 景宁畲族自治县): such a form is how the
/// division names itself, as sure as its full name; a stem (`恩施`, `全州`) is not.
fn contracted(written: &str, d: &Division) -> bool {
    !d.name.starts_with(written)
        && written.chars().count() >= 3
        && written
            .chars()
            .next_back()
            .is_some_and(|c| d.name.ends_with(c))
}

/// The mentions of a whole small text (a title, a file name), resolved.
fn resolved_mentions(text: &str) -> Vec<Named> {
    let mentions = divisions::mentions(text, (0, text.len()));
    let (anywhere, loosely) = (OnceCell::new(), OnceCell::new());
    resolve(text, &mentions, &|l| {
        let cell = if l { &loosely } else { &anywhere };
        cell.get_or_init(|| named_once(&mentions, l))
    })
}

/// What the whole text names, found only when a reading needs it: the divisions it names
/// by a full name (to settle a shared name) and how often it names each (for a department
/// named by its level alone), document titles included.
struct Whole<'a> {
    text: &'a str,
    mentions: OnceCell<Vec<Mention>>,
    resolved: OnceCell<Vec<Named>>,
    anywhere: OnceCell<HashSet<&'static str>>,
    loosely: OnceCell<HashSet<&'static str>>,
    written: OnceCell<HashSet<&'static str>>,
    counts: OnceCell<HashMap<&'static str, Count>>,
}

/// How the text names one division: how often, and whether ever as one of the parts of a
/// whole (after `其中` in its sentence, or coordinated with `、`): the parts of what `全市`
/// counts lie within the reporter, they are not the reporter.
#[derive(Default, Clone, Copy)]
struct Count {
    times: usize,
    as_part: bool,
}

impl<'a> Whole<'a> {
    fn new(text: &'a str) -> Self {
        Whole {
            text,
            mentions: OnceCell::new(),
            resolved: OnceCell::new(),
            anywhere: OnceCell::new(),
            loosely: OnceCell::new(),
            written: OnceCell::new(),
            counts: OnceCell::new(),
        }
    }

    fn mentions(&self) -> &[Mention] {
        self.mentions
            .get_or_init(|| divisions::mentions(self.text, (0, self.text.len())))
    }

    /// The text's names resolved to divisions, read once for every use.
    fn resolved(&self) -> &[Named] {
        self.resolved
            .get_or_init(|| resolve(self.text, self.mentions(), &|l| self.anywhere(l)))
    }

    /// The ancestors the text names: by full names, or (`loosely`) by short ones.
    fn anywhere(&self, loosely: bool) -> &HashSet<&'static str> {
        let cell = if loosely {
            &self.loosely
        } else {
            &self.anywhere
        };
        cell.get_or_init(|| named_once(self.mentions(), loosely))
    }

    /// Every division a full name the text writes can mean (`城中区`: 630103 and 450202).
    fn written(&self) -> &HashSet<&'static str> {
        self.written.get_or_init(|| {
            self.mentions()
                .iter()
                .flat_map(|m| m.divisions())
                .filter(|(_, full)| *full)
                .map(|(d, _)| d.code)
                .collect()
        })
    }

    fn get(&self) -> &HashMap<&'static str, Count> {
        self.counts.get_or_init(|| {
            let text = self.text;
            let mut counts: HashMap<&'static str, Count> = HashMap::new();
            for n in self.resolved() {
                let sentence_start = text[..n.start].rfind(['。', '；', ';', '\n']).unwrap_or(0);
                let as_part = text[sentence_start..n.start].contains("其中")
                    || text[..n.start].ends_with('、')
                    || text[n.end..].starts_with('、');
                let count = counts.entry(n.division.code).or_default();
                count.times += 1;
                count.as_part |= as_part;
            }
            counts
        })
    }
}

/// Words that open a clause that is not the sentence's main one: the circumstance it happens
/// in (`在区委、区政府的坚强领导下`), the rule it follows (`按照…`), its purpose (`为…`).
const ADJUNCT_OPENS: &[&str] = &[
    "在", "按照", "根据", "依据", "围绕", "为了", "为", "随着", "通过", "截至", "截止", "对照",
    // where the writer had it from (`据统计，`, `据了解，`): the source, if it names one, is
    // read as such; the clause is not the sentence's main one
    "据",
];

/// Endings of a clause that frames the sentence rather than carries it (`…领导下`,
/// `…过程中`, `…以来`).
const ADJUNCT_ENDS: &[&str] = &["下", "中", "以来", "期间", "之际", "背景"];

/// Time words that open a clause before its subject (`近日，`, `2023年以来，县司法局…`).
const TIME_OPENS: &[&str] = &[
    "过去的一年",
    "过去一年",
    "这一年来",
    "这一年",
    "一年以来",
    "一年来",
    "上半年",
    "下半年",
    "今年以来",
    "去年以来",
    "本年度",
    "本年",
    "近几年来",
    "多年来",
    "近年来",
    "近日",
    "日前",
    "近期",
    "昨天",
    "今天",
    "昨日",
    "今日",
    "今年",
    "去年",
    "目前",
    "当前",
    "年初以来",
    "以来",
    // times of the day (`19日下午，`)
    "上午",
    "下午",
    "中午",
    "晚上",
    "早上",
    "凌晨",
    // parts of a month (`4月中旬，`)
    "上旬",
    "中旬",
    "下旬",
    "月初",
    "月底",
    "月末",
    "全年",
    "年度",
    "年",
    "月份",
    "月",
    "日",
    "度",
];

/// Verbs that say the stretch they close came from a source (`记者从司法部获悉`,
/// `据市场监管总局消息`).
const SOURCE_VERBS: &[&str] = &[
    "获悉",
    "了解到",
    "获知",
    "消息",
    "介绍",
    "显示",
    "通报",
    "发布",
    "统计",
];

/// Labels of a page's line that names who published it.
const PUBLISHER_LABELS: &[&str] = &[
    "发布机构",
    "信息来源",
    "来源单位",
    "发文机关",
    "发布单位",
    "来源",
];

/// Reads the reporter out of one stretch of the text.
#[derive(Clone, Copy)]
struct Reader<'a> {
    text: &'a str,
    /// The divisions named outside document titles.
    all: &'a [Named],
    /// How often the text names each division, document titles included.
    counts: &'a Whole<'a>,
    /// Whether the whole of a level (`全区`) stands for the division the text names.
    wholes: bool,
}

/// How a place in a stretch is read.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// The subject of a title or a sentence: what follows must be what a subject does.
    Subject,
    /// A source (`从…获悉`) or a publisher's line (`来源：`): the name alone is enough.
    Source,
}

impl Reader<'_> {
    /// The reporter named at the subject's or the source's place of `zone`.
    fn in_zone(&self, zone: (usize, usize), line: bool) -> Option<Reporter> {
        let places = if line {
            self.line_places(zone)
        } else {
            self.sentence_places(zone)
        };
        // a title that names a kind of report at its end (`天津市公共法律服务情况周报`) is the
        // report of the division it opens with, whatever words stand between
        // (after it, the period it covers may stand in parentheses: `…周报(2018年7月16日-7月22日)`)
        let titled = line && {
            let l = self.text[zone.0..zone.1].trim_end();
            let l = match l.strip_suffix([')', '）']) {
                Some(inner) => inner
                    .rfind(['(', '（'])
                    .map_or(l, |i| inner[..i].trim_end()),
                None => l,
            };
            REPORT_KINDS.iter().any(|k| l.ends_with(k)) && !l.contains(['，', ',', '。', '、'])
        };
        places.into_iter().find_map(|(at, place)| {
            self.at(at, zone.1, place)
                .or_else(|| titled.then(|| self.at(at, zone.1, Place::Source)).flatten())
        })
    }

    /// The place of a short line: its start after a date.
    fn line_places(&self, (start, end): (usize, usize)) -> Vec<(usize, Place)> {
        let at = start + skip_time(&self.text[start..end]);
        // the Party's name before its committee (`中共巫山县委、巫山县人民政府关于…`)
        let at = if self.text[at..end].starts_with("中共") {
            at + "中共".len()
        } else {
            at
        };
        // a title of what it is about (`关于芮城县2023年度法治政府建设情况的报告`): the division
        // whose work it reports on made it; not one written on another (`关于对…的督察通报`)
        let at = match self.text[at..end].strip_prefix("关于") {
            Some(rest) if !rest.starts_with('对') => at + "关于".len(),
            _ => at,
        };
        vec![(at, Place::Subject)]
    }

    /// The division that is the subject of the body's sentences after the `opening` zones,
    /// when it is the only one that ever is, the text writes its full name and never names it
    /// as a part of a whole, and the whole the text speaks of (`全市`, `我县`), if it names
    /// one, is of its level. With the
    /// department when every such sentence names the same one, or else the agency the opening
    /// sentences have as their subject without a place.
    fn one_later_subject(&self, opening: &[((usize, usize), bool)]) -> Option<Reporter> {
        let from = opening.last().map_or(0, |z| z.0.1);
        let text = self.text;
        let mut found: Option<Reporter> = None;
        let mut same_department = true;
        let mut at = from;
        for sentence in text[from..].split_inclusive(['。', '；', ';', '\n']) {
            let zone = (at, at + sentence.len());
            at = zone.1;
            let places = self
                .sentence_places(zone)
                .into_iter()
                .filter(|(_, place)| *place == Place::Subject);
            for (p, place) in places {
                // (the division found again, named plainly: compared without building a
                // reporter, whose span costs a count from the text's start)
                if let Some(f) = &found
                    && f.level != Level::Township
                    && let Some(n) = self.named_at(p).filter(|n| n.division.code == f.code)
                    && township_after(&text[n.end..zone.1]).is_none()
                {
                    same_department &= department_after(&text[n.end..zone.1]) == f.department;
                    continue;
                }
                let Some(r) = self.at(p, zone.1, place) else {
                    continue;
                };
                match &found {
                    Some(f) if f.code != r.code || f.name != r.name => return None,
                    Some(f) => same_department &= f.department == r.department,
                    None => found = Some(r),
                }
            }
        }
        let mut r = found?;
        let division = divisions::by_code(&r.code)?;
        // (written by its full name somewhere: a short name alone may be a word, `会同`)
        if self
            .counts
            .get()
            .get(division.code)
            .is_none_or(|n| n.as_part)
            || !self.counts.written().contains(division.code)
        {
            return None;
        }
        // (the whole the text speaks of: `全市`, `我县`, `本区`)
        for (i, _) in text.match_indices(['全', '我', '本']) {
            let Some(level) = text[i + 3..].chars().next() else {
                continue;
            };
            let fits = match level {
                '省' => division.level == DivisionLevel::Province,
                '市' | '县' | '区' | '州' | '旗' | '盟' => {
                    division.level != DivisionLevel::Province && division.name.ends_with(level)
                }
                _ => continue,
            };
            if !fits {
                return None;
            }
        }
        if !same_department {
            r.department = None;
        }
        // an agency the opening has as its subject without a place (`9月份，12345政务服务便民
        // 热线中心共接到…`) is the one in that division that reports
        if r.department.is_none() {
            r.department = opening
                .iter()
                .filter(|(_, line)| !line)
                .flat_map(|&(zone, _)| {
                    self.sentence_places(zone)
                        .into_iter()
                        .filter(|(_, place)| *place == Place::Subject)
                        .map(move |(p, _)| (p, zone.1))
                })
                .find_map(|(p, end)| department_after(&text[p..end]))
                // (a name, not a word that happens to end like one: `其中办结…`)
                .filter(|d| d.chars().count() >= 4 && !d.starts_with("其中"));
        }
        Some(r)
    }

    /// The divisions named wholly within `start..end`, in order (the names are sorted by
    /// where they start: looked up by halving, not by a scan of them all).
    fn named_within(&self, start: usize, end: usize) -> &[Named] {
        let from = self.all.partition_point(|n| n.start < start);
        let to = from + self.all[from..].partition_point(|n| n.end <= end);
        &self.all[from..to]
    }

    /// The division named from `at`, if a name starts there.
    fn named_at(&self, at: usize) -> Option<&Named> {
        let i = self.all.partition_point(|n| n.start < at);
        self.all.get(i).filter(|n| n.start == at)
    }

    /// The places after a publisher's label in a short line (`来源：`).
    fn publisher_places(&self, (start, end): (usize, usize)) -> Vec<usize> {
        let line = &self.text[start..end];
        let mut places = Vec::new();
        for label in PUBLISHER_LABELS {
            let mut from = 0;
            while let Some(i) = line[from..].find(label) {
                let after = from + i + label.len();
                let value = line[after..].trim_start_matches([':', '：', ' ', '\u{3000}']);
                places.push(start + line.len() - value.len());
                from = after;
            }
        }
        places
    }

    /// The places of a body sentence: the start of its main clause, after the time words
    /// and the clauses that frame it, and the source a news report names.
    fn sentence_places(&self, (start, end): (usize, usize)) -> Vec<(usize, Place)> {
        let sentence = &self.text[start..end];
        let mut places = Vec::new();
        let mut at = 0;
        let mut framed = false;
        let mut purpose = false;
        for clause in sentence.split_inclusive([',', '，', ':', '：']) {
            let body = clause.trim_end_matches([',', '，', ':', '：']);
            let lead = skip_lead(body);
            let core = &body[lead..];
            // a framing clause opens with its preposition; one coordinated with it carries
            // the preposition over (`在区委的领导下，市政府有关部门的指导下，`)
            let opens = ADJUNCT_OPENS.iter().any(|w| core.starts_with(w));
            let ends = ADJUNCT_ENDS.iter().any(|w| core.ends_with(w));
            let framing = core.is_empty()
                || opens
                || ends && framed
                || ["以来", "年来"].iter().any(|w| core.ends_with(w))
                || lead > 0 && time_clause(core);
            framed = opens || ends && framed;
            // a purpose (`为…`) may run over several clauses, each a verb phrase with no
            // subject of its own (`为加强…，扩大…，助力…，近日，太白县…`): until the main clause,
            // every clause is tried as it
            purpose |= opens && core.starts_with('为');
            // the news source: `记者从庆阳市司法局了解到`, `据市场监管总局消息`
            for opener in ["从", "据"] {
                if let Some(i) = core.find(opener)
                    && SOURCE_VERBS.iter().any(|v| core[i..].contains(v))
                {
                    places.push((start + at + lead + i + opener.len(), Place::Source));
                }
            }
            if !framing {
                places.push((start + at + lead, Place::Subject));
                if !purpose {
                    break;
                }
            }
            at += clause.len();
        }
        // the report naming itself: `现将中原区2024年度法治政府建设情况报告如下`,
        // `日前发布的司法部2023年法治政府建设年度报告显示`
        if sentence.contains("报告") {
            for n in self.named_within(start, end) {
                let after = &self.text[n.end..end];
                if after.starts_with(|c: char| c.is_ascii_digit()) {
                    places.push((n.start, Place::Source));
                }
            }
            for m in MINISTRIES {
                if let Some(i) = sentence.find(m)
                    && sentence[i + m.len()..].starts_with(|c: char| c.is_ascii_digit())
                {
                    places.push((start + i, Place::Source));
                }
            }
            // a government named by its level alone (`现将省政府2023年度…报告如下`): the
            // division of that level the text names
            for government in ["人民政府", "政府"] {
                for (i, _) in sentence.match_indices(government) {
                    let after = &sentence[i + government.len()..];
                    let Some(level) = sentence[..i].chars().next_back() else {
                        continue;
                    };
                    let at = start + i - level.len_utf8();
                    let named = self
                        .all
                        .partition_point(|n| n.start <= at)
                        .checked_sub(1)
                        .is_some_and(|i| self.all[i].end > at);
                    if "省市县区州".contains(level)
                        && !named
                        && after.starts_with(|c: char| c.is_ascii_digit())
                    {
                        places.push((at, Place::Source));
                    }
                }
            }
        }
        places
    }

    /// The reporter whose name starts at `at`, read to `end`.
    fn at(&self, at: usize, end: usize, place: Place) -> Option<Reporter> {
        let text = self.text;
        if at >= end {
            return None;
        }
        let here = &text[at..end];
        // a ministry's office in a division (`国家税务总局芮城县税务局`): the office reports in
        // the division it names next
        if let Some(m) = MINISTRIES.iter().find(|m| here.starts_with(**m))
            && self.named_at(at + m.len()).is_some()
        {
            return self.at(at + m.len(), end, place);
        }
        if let Some(r) = ministry_at(text, at, end, place) {
            return Some(r);
        }
        let inside: Vec<&Named> = self.named_within(at, end).iter().collect();
        if let Some(first) = inside.first().filter(|n| n.start == at) {
            return self.chain_at(first, &inside, end, place);
        }
        if let Some(r) = self.township_at(at, end, place) {
            return Some(r);
        }
        self.level_word_at(here, place)
            .or_else(|| self.pronoun_at(at, end, place))
    }

    /// An agency speaking of itself (`我局坚持…`, `本委…`): the one agency of its kind
    /// (a 局 for `我局`) the text names with its division (`《临沧市应急管理局…清单》`); none
    /// when it names two.
    fn pronoun_at(&self, at: usize, end: usize, place: Place) -> Option<Reporter> {
        let here = &self.text[at..end];
        let kind = ["我", "本"]
            .iter()
            .find_map(|p| here.strip_prefix(p))?
            .chars()
            .next()
            .filter(|c| "局委厅办".contains(*c))?;
        let after = &here[("我".len() + kind.len_utf8())..];
        if place != Place::Subject || !subject_follows(after) {
            return None;
        }
        let mut found: Option<(&'static Division, String, usize, usize)> = None;
        for n in self.counts.resolved() {
            // the agency named after it, whole (`发展和改革委员会`, not its `发展和改革委`): the
            // longest name of the pronoun's kind (`我委`: a 委 or a 委员会; `我办`: a 办 or a
            // 办公室) within an agency's length
            let rest = &self.text[n.end..];
            let ends: &[&str] = match kind {
                '委' => &["委", "委员会"],
                '办' => &["办", "办公室"],
                '局' => &["局"],
                _ => &["厅"],
            };
            let Some(name) = rest
                .char_indices()
                .take(12)
                .map(|(i, c)| &rest[..i + c.len_utf8()])
                .filter(|p| ends.iter().any(|e| p.ends_with(e)))
                .filter(|p| department_after(p).as_deref() == Some(*p))
                .last()
            else {
                continue;
            };
            match &found {
                Some((d, dept, _, _)) if d.code == n.division.code && dept == name => {}
                Some(_) => return None,
                None => found = Some((n.division, name.to_string(), n.start, n.end + name.len())),
            }
        }
        let (division, department, start, stop) = found?;
        Some(of_division(
            division,
            Some(department),
            Some(span_of(self.text, start, stop)),
        ))
    }

    /// A chain of division names from `first` (`甘肃省兰州市七里河区`), then what reports in
    /// the last of them.
    fn chain_at(
        &self,
        first: &Named,
        inside: &[&Named],
        end: usize,
        place: Place,
    ) -> Option<Reporter> {
        let text = self.text;
        let mut named = *first;
        let mut k = inside.iter().position(|n| n.start == first.start)?;
        while k + 1 < inside.len()
            && inside[k + 1].start == inside[k].end
            && inside[k + 1].division.is_within(inside[k].division)
        {
            k += 1;
            named = *inside[k];
        }
        let after = &text[named.end..end];
        // `铁岭市中级人民法院和铁岭市司法局联合召开`: two agencies together, neither alone;
        // so too a list of agencies of the division (`太白县委…办公室、太白县司法局组织…`).
        // A law-based government report is the government's: when one agency of the list
        // is an organ of the government and the others a court, a procuratorate or organs
        // of the Party, the congress or the CPPCC, that one reports.
        if joint_agencies(after) || self.listed_with_another(named.division, named.end, end) {
            let (d, department, stop) = self.the_governments_of_list(first.start, end)?;
            return Some(of_division(
                d,
                department,
                Some(span_of(text, first.start, stop)),
            ));
        }
        let township = township_after(after);
        let mut department = if township.is_none() {
            department_after(after)
        } else {
            None
        };
        // `重庆市公安局渝北区分局`: the department's branch in a division within it reports
        if let Some(d) = department.clone()
            && let Some(next) = inside
                .iter()
                .find(|n| n.start > named.end && n.start < named.end + d.len())
            && next.division.code != named.division.code
            && next.division.is_within(named.division)
            && let Some(branch) = department_after(&text[next.end..end])
        {
            department = Some(text[named.end..next.end + branch.len()].to_string());
            named = **next;
            let rest_at = next.end + branch.len();
            return self.finish(first.start, &named, department, None, rest_at, end, place);
        }
        let rest_at = named.end
            + township.as_ref().map_or(0, |t| t.1)
            + department.as_ref().map_or(0, |d| d.len());
        self.finish(
            first.start,
            &named,
            department,
            township.map(|t| t.0),
            rest_at,
            end,
            place,
        )
    }

    /// The one organ of the government in the list of agencies that opens at `from` (its
    /// division, department and end), when every other agency of it is a court, a
    /// procuratorate or an organ of the Party, the congress or the CPPCC, and all are of one
    /// division (or of divisions within the first). Agencies of one division acting together
    /// report for it: when no one organ of its government stands out (none, or an agency
    /// whose name is not read, `县普法办`, beside one), the division alone, named where the
    /// list opens.
    fn the_governments_of_list(
        &self,
        from: usize,
        end: usize,
    ) -> Option<(&'static Division, Option<String>, usize)> {
        let text = self.text;
        let rest = &text[from..end];
        let clause_end = from
            + rest
                .find(['，', ',', '。', '；', ';', '：', ':'])
                .unwrap_or(rest.len());
        let first = self.named_at(from)?;
        let outer = first.division;
        let mut government = None;
        let (mut read, mut unread) = (0, false);
        let mut at = from;
        while at < clause_end {
            // the item: a chain of division names (`辽宁省铁岭市`; or none: the same
            // division), then its agency
            let mut named = self.named_at(at);
            while let Some(n) = named
                && let Some(inner) = self
                    .all
                    .iter()
                    .find(|m| m.start == n.end && m.division.is_within(n.division))
            {
                named = Some(inner);
            }
            let division = named.map_or(outer, |n| n.division);
            if !division.is_within(outer) {
                return None;
            }
            let name_at = named.map_or(at, |n| n.end);
            let item = &text[name_at..clause_end];
            // the item ends at the first coordinator before which it is a whole agency's name
            // (`人力资源和社会保障局、…` holds a 和 of its own); the last item runs into the
            // list's predicate
            let coordinators = item
                .char_indices()
                .filter(|&(_, c)| matches!(c, '、' | '和' | '与' | '及' | '同'))
                .map(|(i, c)| (i, i + c.len_utf8()));
            let (agency, next) = if item.starts_with('委') {
                // the Party's committee and its offices (`县委全面依法治县委员会办公室`)
                (None, coordinators.map(|(_, n)| n).next())
            } else {
                let mut whole = None;
                for (i, n) in coordinators {
                    if department_after(&item[..i]).as_deref() == Some(&item[..i]) {
                        whole = Some((item[..i].to_string(), Some(n)));
                        break;
                    }
                }
                let (a, n) = match whole.or_else(|| department_after(item).map(|a| (a, None))) {
                    Some(w) => w,
                    None => {
                        unread = true;
                        break;
                    }
                };
                (Some(a), n)
            };
            read += 1;
            if let Some(a) = &agency
                && !["法院", "检察院", "人大", "政协", "党"]
                    .iter()
                    .any(|w| a.contains(w))
            {
                if government.is_some() {
                    return Some((outer, None, first.end));
                }
                government = Some((division, Some(a.clone()), name_at + a.len()));
            }
            match next {
                Some(n) if name_at + n < clause_end => at = name_at + n,
                _ => break,
            }
        }
        // (a list of divisions, `蒙城县、利辛县各受理…`, is no list of agencies)
        match government {
            Some(g) if !unread => Some(g),
            _ if read > 0 => Some((outer, None, first.end)),
            _ => None,
        }
    }

    /// Whether the subject at `from` is one of a list of agencies: before its clause ends, a
    /// `、` is followed by a division's name (the same division's, or another's).
    fn listed_with_another(&self, division: &Division, from: usize, end: usize) -> bool {
        let rest = &self.text[from..end];
        let clause = rest
            .find(['，', ',', '。', '；', ';', '：', ':'])
            .map_or(rest, |i| &rest[..i]);
        // (a division's Party committee and its government report together for the
        // division: `巫山县委、巫山县人民政府关于…` is no list of agencies)
        let leadership = |i: usize, n: &Named| {
            clause[..i].trim() == "委"
                && ["人民政府", "政府"]
                    .iter()
                    .any(|g| self.text[n.end..].starts_with(g))
                && n.division.code == division.code
        };
        clause.match_indices('、').any(|(i, m)| {
            let next = from + i + m.len();
            self.named_at(next).is_some_and(|n| !leadership(i, n))
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        chain_start: usize,
        named: &Named,
        department: Option<String>,
        township: Option<String>,
        rest_at: usize,
        end: usize,
        place: Place,
    ) -> Option<Reporter> {
        let rest = &self.text[rest_at.min(end)..end];
        let ok = match place {
            Place::Source => true,
            Place::Subject => department.is_some() || township.is_some() || subject_follows(rest),
        };
        ok.then(|| build(self.text, named, chain_start, department, township, rest_at))
            .flatten()
    }

    /// A township named without its county (`2024年，小营街道深入学习…`), placed by the
    /// township gazetteer: in the one county that has a township of that name, or the one of
    /// several whose name (or whose prefecture's or province's) the text writes; a name the
    /// gazetteer lacks (a township renamed since), in the county the text names most.
    fn township_at(&self, at: usize, end: usize, place: Place) -> Option<Reporter> {
        let here = &self.text[at..end];
        let (name, len) = township_after(here)?;
        if place == Place::Subject && !subject_follows(&here[len..]) {
            return None;
        }
        let county = self.township_county(&name)?;
        Some(Reporter {
            name,
            level: Level::Township,
            code: county.code.to_string(),
            division: county.name.to_string(),
            parents: county.ancestors().map(|a| a.code.to_string()).collect(),
            department: None,
            span: Some(span_of(self.text, at, at + len)),
        })
    }

    /// The county of a township named alone, or none while two remain or the text names
    /// another county more than any.
    fn township_county(&self, name: &str) -> Option<&'static Division> {
        let counties: Vec<&'static Division> = divisions::township_counties(name).collect();
        let most = self.dominant("");
        if counties.is_empty() {
            return most;
        }
        let written = self.counts.written();
        let in_text: Vec<&'static Division> = counties
            .iter()
            .copied()
            .filter(|c| written.contains(c.code) || c.ancestors().any(|a| written.contains(a.code)))
            .collect();
        match (in_text.as_slice(), counties.as_slice()) {
            ([only], _) => Some(*only),
            ([], [only]) if most.is_none_or(|m| m.code == only.code) => Some(*only),
            _ => None,
        }
    }

    /// A level word standing for the division (`县召开…`, `我县坚持…`, `市政府…`) or a
    /// department named by its level alone (`市公安局`, `县司法局`, `省司法厅`): the
    /// division of that kind the text names most.
    fn level_word_at(&self, here: &str, place: Place) -> Option<Reporter> {
        let here = here
            .strip_prefix('我')
            .or_else(|| here.strip_prefix('全').filter(|_| self.wholes))
            .unwrap_or(here);
        let (word, rest) = ["省", "市", "县", "区", "州"]
            .iter()
            .find_map(|w| here.strip_prefix(w).map(|r| (*w, r)))?;
        let government = ["人民政府", "政府"].iter().find(|g| rest.starts_with(**g));
        let department = match government {
            Some(_) => None,
            None => department_after(rest),
        };
        let after =
            &rest[government.map_or(0, |g| g.len()) + department.as_ref().map_or(0, |d| d.len())..];
        if department.is_none()
            && government.is_none()
            && !(place == Place::Subject && subject_follows(after))
        {
            return None;
        }
        let division = self.dominant(word)?;
        Some(of_division(division, department, None))
    }

    /// The division the text names most whose name ends with `ending` (`市` stands for any
    /// city, of whatever level; `""` for a county of any kind), when one stands out: named
    /// at least twice as often as the next, and never as a part of a whole.
    fn dominant(&self, ending: &str) -> Option<&'static Division> {
        let fits = |d: &Division| match ending {
            "" => d.level == DivisionLevel::County,
            "省" => d.level == DivisionLevel::Province && d.name.ends_with('省'),
            e => d.name.ends_with(e),
        };
        let mut ranked: Vec<(&'static Division, Count)> = self
            .counts
            .get()
            .iter()
            .filter_map(|(code, n)| {
                divisions::by_code(code)
                    .filter(|d| fits(d))
                    .map(|d| (d, *n))
            })
            .collect();
        ranked.sort_by_key(|(d, n)| (std::cmp::Reverse(n.times), d.code));
        let (division, n) = *ranked.first()?;
        let second = ranked.get(1).map_or(0, |r| r.1.times);
        (!n.as_part && (n.times >= 2 * second.max(1) || second == 0)).then_some(division)
    }
}

/// How the name of a paper, site or agency of news ends before its dateline's `讯`
/// (`法治日报讯`, `中国宁波网讯`, `新华社讯`, `法治报道讯`).
const NEWS_DESKS: &[&str] = &["报讯", "网讯", "社讯", "台讯", "道讯", "闻讯", "刊讯"];

/// The length of the news lead and time words that open a clause (`本报讯(记者 张三)近日，`,
/// `2023年以来`).
fn skip_lead(clause: &str) -> usize {
    let mut at = 0;
    loop {
        let rest = &clause[at..];
        let trimmed = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_digit() || c == '\u{3000}'
        });
        let mut next = clause.len() - trimmed.len();
        // a parenthesised byline: `(记者 阮煜琳)`
        if let Some(inner) = trimmed.strip_prefix(['(', '（', '【', '['])
            && let Some(close) = inner.find([')', '）', '】', ']'])
            && close <= 40
        {
            next = clause.len() - inner.len()
                + close
                + inner[close..].chars().next().map_or(0, char::len_utf8);
        } else if let Some(w) = TIME_OPENS.iter().find(|w| trimmed.starts_with(**w)) {
            next += w.len();
        } else if let Some(link) = ['至', '到', '—', '－', '-', '~', '～', '–']
            .into_iter()
            .find(|&l| trimmed.starts_with(l))
            .filter(|&l| trimmed[l.len_utf8()..].starts_with(|c: char| c.is_ascii_digit()))
        {
            // a range of dates (`12月1日至31日`, `1—9月`) runs on to its second date
            next += link.len_utf8();
        } else if trimmed.starts_with("中共") {
            // the Party's name before its committee of the division (`中共利州区委、…`)
            next += "中共".len();
        } else if let Some(space) = ["记者", "通讯员"]
            .iter()
            .any(|w| trimmed.starts_with(w))
            .then(|| trimmed.find(|c: char| c.is_whitespace()))
            .flatten()
            .filter(|&i| trimmed[..i].chars().count() <= 12)
        {
            // a byline without parentheses: `记者韩宇 `
            next += space;
        } else if let Some(i) = ["讯", "电"]
            .iter()
            .filter_map(|w| trimmed.find(w).map(|i| i + w.len()))
            .min()
            && trimmed[..i].chars().count() <= 16
            && (trimmed.starts_with("本")
                || trimmed[..i].contains(|c: char| c.is_ascii_digit())
                || trimmed[..i].contains('日')
                || NEWS_DESKS
                    .iter()
                    .any(|d| trimmed[..i].ends_with(d) && trimmed[..i].chars().all(is_han)))
        {
            // a dateline: `本报讯`, `中新社北京2月22日电`, `法治报道讯`, `中国宁波网讯`
            next += i;
        }
        if next == at {
            return at;
        }
        at = next;
    }
}

/// Whether what is left of a clause after its time words still speaks of the time: a
/// locative after them (`过去的一年里`), or a predicate whose subject is the time itself
/// (`2024年即将落幕`, `一年来转眼过去`). Such a clause frames the sentence and has no subject.
fn time_clause(core: &str) -> bool {
    const LOCATIVES: &[&str] = &["里", "中", "内", "间"];
    const TIME_PREDICATES: &[&str] = &["落幕", "结束", "过去", "到来", "收官", "临近"];
    LOCATIVES.contains(&core)
        || core.chars().count() <= 6 && TIME_PREDICATES.iter().any(|w| core.ends_with(w))
}

/// The length of the date that opens a line (`2023年度`, `2024-04-13`).
fn skip_time(line: &str) -> usize {
    let trimmed = line.trim_start_matches(|c: char| !is_han(c) || c == '年' || c == '度');
    line.len() - trimmed.len()
}

/// Whether what follows a name is what its subject does: a verb of the report, a date or a
/// time word (`陕西省去年收到…`), the end of the stretch or its punctuation.
fn subject_follows(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{3000}']);
    rest.is_empty()
        || rest.starts_with(|c: char| {
            c.is_ascii_digit() || matches!(c, ':' | '：' | '|' | '\n' | '\r')
        })
        || SUBJECT_FOLLOWS.iter().any(|w| rest.starts_with(w))
        || TIME_OPENS
            .iter()
            .any(|w| w.chars().count() >= 2 && rest.starts_with(w))
        || system_follows(rest)
}

/// Whether the words after a division are the system of agencies of one field in it, and
/// the subject ends there (`白河县司法行政系统在…`, `全市公安系统坚持…`): like `各级`, the
/// division at work.
fn system_follows(rest: &str) -> bool {
    rest.char_indices()
        .take(8)
        .map(|(i, _)| i)
        .find(|&i| rest[i..].starts_with("系统"))
        .is_some_and(|i| {
            i > 0 && rest[..i].chars().all(is_han) && subject_follows(&rest[i + "系统".len()..])
        })
}

/// A ministry of the State Council named at `at` (`司法部`, `中国生态环境部`), not its
/// system (`生态环境部门`).
fn ministry_at(text: &str, at: usize, end: usize, place: Place) -> Option<Reporter> {
    let here = &text[at..end];
    let skip = ["中华人民共和国", "中国"]
        .iter()
        .find(|p| here.starts_with(**p))
        .map_or(0, |p| p.len());
    let here = &here[skip..];
    let ministry = MINISTRIES
        .iter()
        .filter(|m| here.starts_with(**m))
        .max_by_key(|m| m.len())?;
    let rest = &here[ministry.len()..];
    if rest.starts_with('门') || place == Place::Subject && !subject_follows(rest) {
        return None;
    }
    let start = at + skip;
    Some(Reporter {
        name: "中华人民共和国".into(),
        level: Level::National,
        code: "000000".into(),
        division: "中华人民共和国".into(),
        parents: Vec::new(),
        department: Some(ministry.to_string()),
        span: Some(span_of(text, start, start + ministry.len())),
    })
}

/// `(township name, its length in bytes including 办事处/人民政府)` at the start of `after`:
/// a name with its ending (`人民街街道`, `下洋镇`), or a street written without its last
/// character (`鹤龙街坚持…` for 鹤龙街道) when the township gazetteer knows it so.
fn township_after(after: &str) -> Option<(String, usize)> {
    let han: String = after.chars().take_while(|c| is_han(*c)).take(8).collect();
    let with_tail = |name: String, name_end: usize| {
        let mut len = name_end;
        for tail in ["办事处", "人民政府", "政府"] {
            if han[name_end..].starts_with(tail) {
                len += tail.len();
                break;
            }
        }
        (name, len)
    };
    for end in TOWNSHIP_ENDS {
        if let Some(i) = han.find(end) {
            let name_end = i + end.len();
            if han[..i].chars().count() < 1 || !township_name(&han[..i], &han[..name_end]) {
                continue;
            }
            return Some(with_tail(han[..name_end].to_string(), name_end));
        }
    }
    han.char_indices()
        .map(|(i, c)| i + c.len_utf8())
        .filter(|&e| han[..e].ends_with('街') && han[..e].chars().count() >= 3)
        .rev()
        .find_map(|e| {
            let full = format!("{}道", &han[..e]);
            divisions::township_counties(&full)
                .next()
                .map(|_| with_tail(full, e))
        })
}

/// Whether `name` (its `stem` before `镇`, `乡`, `街道`) may be a township's name: one the
/// township gazetteer knows, or one it lacks (renamed since) that is short and holds neither
/// an agency (`司法局指导各乡镇` is the bureau's clause), a word that counts or points
/// (`各`, `全`, `本`) nor a conjunction (`住房和城乡建设局` joins two nouns: no name).
fn township_name(stem: &str, name: &str) -> bool {
    if divisions::township_counties(name).next().is_some() {
        return true;
    }
    let agency = stem
        .char_indices()
        .any(|(i, _)| department_after(&stem[i..]).is_some());
    // (a stem that opens on a verb, `成立首个乡镇…`, is a predicate, not a name; nor is one
    // that counts, `首个`, `第一`)
    let verb = super::lexicon::verb_at(stem).is_some();
    stem.chars().count() <= 4
        && !agency
        && !verb
        && !stem.contains([
            '各', '全', '本', '我', '该', '乡', '镇', '村', '和', '与', '及', '、', '个', '些',
            '每', '几', '第',
        ])
}

/// Whether `s` ends with a verb of the report's subject (`公安局按照`): a department's name
/// has none (`委员会`, `人民政府` and the like can be parts of a name and are not counted).
fn verb_ends(s: &str) -> bool {
    const IN_NAMES: &[&str] = &[
        "人民政府",
        "政府",
        "委员会",
        "工作",
        "党委",
        "党组",
        "报告",
        "情况",
        "主要",
        "年度",
        "法治政府",
        "法治建设",
        "依法行政",
        "发布",
        "消息",
        "统计",
    ];
    SUBJECT_FOLLOWS
        .iter()
        .filter(|w| w.chars().count() >= 2 && !IN_NAMES.contains(w))
        .any(|w| s.ends_with(w))
}

/// Whether `after` opens with an agency's name coordinated with another's
/// (`中级人民法院和铁岭市司法局`): the name of one agency never holds another's whole name
/// before its `和` (`人力资源和社会保障局` does not).
fn joint_agencies(after: &str) -> bool {
    let han: String = after
        .chars()
        .take_while(|c| is_han(*c) || *c == '、')
        .take(16)
        .collect();
    ["和", "与", "及", "、", "同"].iter().any(|and| {
        han.find(and).is_some_and(|i| {
            let first = &han[..i];
            let next = i + and.len();
            department_after(first).as_deref() == Some(first)
                && (department_after(&han[next..]).is_some()
                    || divisions::mentions(&han, (next, han.len()))
                        .first()
                        .is_some_and(|m| m.start == next))
        })
    })
}

/// Words that open a phrase naming many agencies at once (`各级`, `有关`): never one agency's name.
const GROUP_WORDS: [&str; 10] = [
    "各", "全", "所有", "相关", "有关", "诸", "两级", "三级", "四级", "五级",
];

/// Titles of an agency's officers, written right after its name (`司法局局长`).
const OFFICER_TITLES: &[&str] = &[
    "局长",
    "副局长",
    "厅长",
    "副厅长",
    "主任",
    "副主任",
    "处长",
    "科长",
    "所长",
    "院长",
    "部长",
    "副部长",
    "负责人",
    "党组书记",
];

/// The department named right after a division (`司法局`, `自然资源和规划局`,
/// `人民政府行政复议办公室`); not the government itself (`人民政府`).
fn department_after(after: &str) -> Option<String> {
    let han: String = after
        .chars()
        .take_while(|c| is_han(*c) || c.is_ascii_digit())
        .take(16)
        .collect();
    if han.starts_with("人民政府") && han.chars().count() == 4
        || han.starts_with("政府") && han.chars().count() == 2
    {
        return None;
    }
    // a word of many opens a group of agencies, not one's name (`各级行政复议机构`,
    // `有关部门`, `全市公安机关`)
    if GROUP_WORDS.iter().any(|w| han.starts_with(w)) {
        return None;
    }
    // a verb that opens the stretch opens a predicate (`鹿寨成立首个乡镇…中心`), unless an
    // agency's ending follows it at once (`调解中心`, `审计局`)
    if let Some(len) = super::lexicon::verb_at(&han)
        && !AGENCY_ENDS.iter().any(|e| han[len..].starts_with(e))
    {
        return None;
    }
    // the longest stretch from the start that ends an agency's name and holds no word of a
    // title or a sentence
    let mut best = None;
    let chars: Vec<(usize, char)> = han.char_indices().collect();
    for (n, &(i, c)) in chars.iter().enumerate() {
        let end = i + c.len_utf8();
        let candidate = &han[..end];
        // `共` right after the division or a whole agency's name opens the predicate
        // (`东莞市共办理…`, `司法局共办理…`); inside a word it does not (`公共法律服务中心`,
        // `共青团`)
        let adverb = c == '共'
            && !han[end..].starts_with('青')
            && (n == 0 || best.as_deref().is_some_and(|b: &str| b.len() == i));
        // a verb right after a whole agency's name opens the predicate
        // (`司法局指导各乡镇…委员会`): a unit within an agency is named by a noun
        // (unless the words run on to one of the agency's working committees, named by the
        // work it does: `人大常委会备案审查工作委员会`)
        let unit_follows = || {
            han[i..]
                .find("工作委员会")
                .is_some_and(|at| !GROUP_WORDS.iter().any(|w| han[i..i + at].contains(w)))
        };
        let predicate = best.as_deref().is_some_and(|b: &str| b.len() == i)
            && super::lexicon::roles_at(&han[i..])
                & (super::lexicon::role::ACT | super::lexicon::role::LIGHT)
                != 0
            && !unit_follows();
        // a title right after a whole agency's name is its officer's (`司法局局长`,
        // `司法局副局长`), not more of the name
        let title = best.as_deref().is_some_and(|b: &str| b.len() == i)
            && OFFICER_TITLES.iter().any(|t| han[i..].starts_with(t));
        if predicate || title {
            break;
        }
        if ["关于", "年", "的", "法治", "坚持", "在"]
            .iter()
            .any(|w| candidate.contains(w))
            || n >= 1 && verb_ends(candidate)
            || adverb
        {
            break;
        }
        if n >= 1 && AGENCY_ENDS.iter().any(|e| candidate.ends_with(e)) {
            best = Some(candidate.to_string());
        }
    }
    best.filter(|d| d != "人民政府" && d != "政府")
}

/// The jurisdiction a reporter gives `Meta::jurisdiction`: the division, or the township,
/// with the department that reports in it written after it (`紫金县司法局`).
pub(crate) fn jurisdiction_of(r: &Reporter) -> crate::model::Jurisdiction {
    let (name, level) = match &r.department {
        Some(d) if r.level != Level::National => (format!("{}{d}", r.name), Level::Department),
        Some(d) => (d.clone(), Level::National),
        None => (r.name.clone(), r.level),
    };
    crate::model::Jurisdiction {
        name,
        level: Some(level),
        division_code: Some(r.code.clone()),
    }
}

/// Whether the township `name` may lie in `county`: the township gazetteer lacks the name
/// (renamed since it was made), or gives that county.
fn may_lie_in(name: &str, county: &Division) -> bool {
    let mut known = divisions::township_counties(name).peekable();
    known.peek().is_none() || known.any(|c| c.code == county.code)
}

/// The reporter that is `division` itself, or a department in it.
fn of_division(division: &Division, department: Option<String>, span: Option<Span>) -> Reporter {
    Reporter {
        name: division.name.to_string(),
        level: level_of(division.level),
        code: division.code.to_string(),
        division: division.name.to_string(),
        parents: division.ancestors().map(|a| a.code.to_string()).collect(),
        department,
        span,
    }
}

fn level_of(l: DivisionLevel) -> Level {
    match l {
        DivisionLevel::Province => Level::Province,
        DivisionLevel::Prefecture => Level::Prefecture,
        DivisionLevel::County => Level::County,
    }
}

fn build(
    text: &str,
    named: &Named,
    chain_start: usize,
    department: Option<String>,
    township: Option<String>,
    end: usize,
) -> Option<Reporter> {
    let d = named.division;
    let parents = d.ancestors().map(|a| a.code.to_string()).collect();
    let span = Some(span_of(text, chain_start, end.max(named.end)));
    match township {
        // a township only under its county (or a prefecture-level city with no counties),
        // and, when the township gazetteer knows its name, under one it gives
        Some(t)
            if (d.level == DivisionLevel::County || !d.has_divisions_within())
                && may_lie_in(&t, d) =>
        {
            Some(Reporter {
                name: t,
                level: Level::Township,
                code: d.code.to_string(),
                division: d.name.to_string(),
                parents,
                department,
                span,
            })
        }
        Some(_) => None,
        None => {
            let d = department
                .as_deref()
                .and_then(|dept| branch_division(d, dept))
                .unwrap_or(d);
            Some(of_division(d, department, span))
        }
    }
}

/// The county a department's branch is named after (`公安局雁塔分局`, `自然资源和规划局宿城
/// 分局`): a branch reports for it. The one county within `d` the name between the bureau
/// and `分局` names, by its short or its full name; none when no county or several do.
fn branch_division(d: &'static Division, department: &str) -> Option<&'static Division> {
    let stem = department.strip_suffix("分局")?;
    let at = stem.rfind(['局', '委', '厅'])?;
    let name = &stem[at + '局'.len_utf8()..];
    if name.chars().count() < 2 {
        return None;
    }
    let mut found = ["", "区", "县", "市", "旗"]
        .iter()
        .flat_map(|s| {
            divisions::named(&format!("{name}{s}"))
                .map(|(c, _)| c)
                .collect::<Vec<_>>()
        })
        .filter(|c| c.level == DivisionLevel::County && c.code != d.code && c.is_within(d));
    let first = found.next()?;
    found.all(|c| c.code == first.code).then_some(first)
}

/// A span of `text` in bytes and code points.
fn span_of(text: &str, start: usize, end: usize) -> Span {
    Span {
        start,
        end,
        char_start: text[..start].chars().count(),
        char_end: text[..end].chars().count(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<Reporter> {
        reporter(
            text,
            &[],
            &Hints {
                given: None,
                page_title: None,
                file_name: None,
            },
        )
        .0
    }

    fn who(text: &str) -> Option<(String, String, Option<String>)> {
        read(text).map(|r| (r.name, r.code, r.department))
    }

    fn some(
        name: &str,
        code: &str,
        department: Option<&str>,
    ) -> Option<(String, String, Option<String>)> {
        Some((name.into(), code.into(), department.map(str::to_string)))
    }

    #[test]
    fn a_title_names_the_division_and_its_department() {
        assert_eq!(
            who("朔州市2024年法治政府建设年度报告\n正文。"),
            some("朔州市", "140600", None)
        );
        assert_eq!(
            who("紫金县司法局2025年法治政府建设年度报告\n正文。"),
            some("紫金县", "441621", Some("司法局"))
        );
        let r = read("甘肃省兰州市七里河区人民政府关于2023年法治政府建设情况的报告\n").unwrap();
        assert_eq!((r.code.as_str(), r.level), ("620103", Level::County));
        assert_eq!(r.parents, ["620100", "620000"]);
        // a title of what it reports on names its maker after `关于`
        assert_eq!(
            who("关于芮城县2023年度法治政府建设情况的报告\n正文。"),
            some("芮城县", "140830", None)
        );
        assert_eq!(
            who("关于芮城县司法局2023年度法治政府建设情况的报告\n正文。"),
            some("芮城县", "140830", Some("司法局"))
        );
        // one written on another's work is not the other's
        assert_eq!(
            who("关于对芮城县2023年度法治政府建设情况的督察通报\n正文。"),
            None
        );
    }

    #[test]
    fn agencies_of_one_division_acting_together_report_for_it() {
        // an agency whose name is not read beside the government's organ: the division alone
        assert_eq!(
            who("4月中旬，怀宁县司法局、县普法办在全县举办巡回报告会。讲座20多场。"),
            some("怀宁县", "340822", None)
        );
        // two organs of the government: neither alone
        assert_eq!(
            who("近日，怀宁县司法局、怀宁县公安局联合开展宣传活动。共发放资料300份。"),
            some("怀宁县", "340822", None)
        );
        // the government's organ among a court and the Party's: that organ
        assert_eq!(
            who("近日，铁岭市中级人民法院和铁岭市司法局联合召开座谈会。"),
            some("铁岭市", "211200", Some("司法局"))
        );
    }

    #[test]
    fn the_lead_of_a_news_report_is_passed_over() {
        // a paper's, a site's or a programme's dateline, then a purpose of several clauses
        assert_eq!(
            who(
                "法治报道讯(通讯员 张三 李四)为加强普法宣传教育，增强群众法律意识，近日，\
                 山东省禹城市司法局组织律师走进大集开展宣传活动。发放资料500份。"
            ),
            some("禹城市", "371482", Some("司法局"))
        );
        assert_eq!(
            who("河北法制报讯 (张健)1月13日，廊坊市司法局举行热线签约仪式。签约4家。"),
            some("廊坊市", "131000", Some("司法局"))
        );
    }

    #[test]
    fn the_one_subject_of_later_sentences_reports_when_the_opening_names_none() {
        let opening = "2023年9月份12345热线运行情况通报\n一、基本情况\n9月份，热线中心共接到诉求46653件。\n其中即时办结27929件。\n";
        // the government's hotline named by its short name, the full name written elsewhere;
        // the agency the opening has as its subject is the one in it that reports
        let text = format!(
            "{opening}1—9月，江阴市“微幸福”工程督办事项共有375件。\n9月份，江阴12345热线共受理诉求171件。\n"
        );
        assert_eq!(who(&text), some("江阴市", "320281", Some("热线中心")));
        // two divisions standing as subjects: neither
        let two = format!(
            "{opening}9月份，江阴市12345热线共受理诉求171件。\n9月份，宜兴市12345热线共受理诉求96件。\n"
        );
        assert_eq!(who(&two), None);
        // a whole of another level (`全省`): the city is one of its parts
        let part = format!("{opening}全省各地稳步推进。9月份，江阴市12345热线共受理诉求171件。\n");
        assert_eq!(who(&part), None);
        // an opening whose subject only ends like an agency's name (`其中办结…`) gives none
        let parts = "热线运行情况\n其中办结9件。\n办结率99%。\n1—9月，江阴市督办事项共有375件。\n9月份，江阴12345热线共受理诉求171件。\n";
        assert_eq!(who(parts), some("江阴市", "320281", None));
        // a short name that is a word (`会同法院`), its full name nowhere
        let word = format!("{opening}二是会同法院等部门逐案分析。\n");
        assert_eq!(who(&word), None);
    }

    #[test]
    fn a_title_ending_on_a_kind_of_report_is_the_report_of_its_division() {
        assert_eq!(
            who(
                "天津市公共法律服务情况周报(2018年7月16日-7月22日)\n一、服务概况\n总计提供服务2597人次。"
            ),
            some("天津市", "120000", None)
        );
        // a headline of an event is not
        assert_eq!(who("太白县开展法治宣传活动\n近日，县里组织宣传。"), None);
        // nor a report written on another's work
        assert_eq!(
            who("关于对芮城县2023年度法治政府建设情况的督察通报\n正文。"),
            None
        );
    }

    #[test]
    fn a_short_name_right_before_a_year_names_the_place_a_title_is_about() {
        // (a news headline: the story's first sentence has the province as its subject too)
        let text = "江西2022年法治政府建设取得新进展\n省人民政府日前向省人大常委会报告，\
                    全省共办理法律援助案件2.1万件。";
        assert_eq!(who(text), some("江西省", "360000", None));
        // a short name before anything else is no name in a title
        assert_eq!(who(&text.replace("江西2022年", "江西")), None);
    }

    #[test]
    fn a_time_of_day_before_the_subject_is_time() {
        assert_eq!(
            who("本报讯 19日下午，北京市司法局召开试点工作总结大会。共调解纠纷30191次。"),
            some("北京市", "110000", Some("司法局"))
        );
    }

    #[test]
    fn a_range_of_dates_before_the_subject_is_time() {
        assert_eq!(
            who("2020年12月1日至31日，乳源瑶族自治县12345政府热线受理各类诉求430件。"),
            some("乳源瑶族自治县", "440232", None)
        );
        assert_eq!(
            who("2024年1—9月，宁都县司法局共受理调解案件300件。"),
            some("宁都县", "360730", Some("司法局"))
        );
    }

    #[test]
    fn a_law_society_and_a_fields_system_report_like_agencies() {
        assert_eq!(
            who("内蒙古\n2023年，内蒙古自治区法学会围绕中心、服务大局，推进普法活动。"),
            some("内蒙古自治区", "150000", Some("法学会"))
        );
        // the system of a field's agencies in a division is the division at work, and a
        // short flourish that names no one is not one of the opening sentences
        assert_eq!(
            who(
                "回眸2024，迎接2025。时光见证步伐，岁月镌刻足迹。2024年，白河县司法行政系统\
                 在县委、县政府的领导下，推动各项工作取得新成效。"
            ),
            some("白河县", "610929", None)
        );
        // a system named without its division is none
        assert_eq!(who("2024年，司法行政系统在党委领导下推进工作。"), None);
    }

    #[test]
    fn a_predicate_is_no_townships_name() {
        // the county's short name, then its predicate (`成立首个乡镇…中心`): no township
        let r = read("鹿寨成立首个乡镇矛盾纠纷调处中心 有效维护社会和谐稳定\n正文。");
        assert!(r.as_ref().is_none_or(|r| !r.name.contains("成立")), "{r:?}");
    }

    #[test]
    fn a_clause_that_speaks_of_the_time_has_no_subject() {
        // (the county's name is contracted: 郎溪县 is its full name, 阿克塞县 is not)
        assert_eq!(
            who("2024年即将落幕，过去的一年里，郎溪县紧紧围绕县委的中心工作。"),
            some("郎溪县", "341821", None)
        );
        assert_eq!(
            who("过去的一年里，郎溪县紧紧围绕县委的中心工作。"),
            some("郎溪县", "341821", None)
        );
        // a clause whose predicate is not the time's is the main clause, and names none
        assert_eq!(
            who("2024年司法所调解纠纷结束，郎溪县紧紧围绕县委的中心工作。"),
            None
        );
        assert_eq!(
            who("2024年即将落幕，过去的一年里有人走访，郎溪县紧紧围绕县委的中心工作。"),
            None
        );
    }

    #[test]
    fn a_departments_name_may_hold_a_conjunction_and_a_common_word() {
        assert_eq!(
            who("2023年，榆林市住房和城乡建设局共办理行政许可事项560件。"),
            some("榆林市", "610800", Some("住房和城乡建设局"))
        );
        assert_eq!(
            who("2023年，宁国市公共法律服务中心接待群众咨询3200人次。"),
            some("宁国市", "341881", Some("公共法律服务中心"))
        );
        assert_eq!(
            who("2023年，宁国市司法局共接待群众咨询3200人次。"),
            some("宁国市", "341881", Some("司法局"))
        );
    }

    #[test]
    fn the_subject_after_a_time_of_the_year_or_the_partys_name() {
        for text in [
            "过去一年，利州区深入贯彻落实习近平法治思想。",
            "一年来，利州区深入贯彻落实习近平法治思想。",
            "2023年，中共利州区委、利州区人民政府深入贯彻落实习近平法治思想。",
        ] {
            assert_eq!(who(text), some("利州区", "510802", None), "{text}");
        }
    }

    #[test]
    fn agencies_of_every_level_are_no_department() {
        assert_eq!(
            who("2024年，滨州市各级行政复议机构共收到行政复议申请1520件。"),
            some("滨州市", "371600", None)
        );
        assert_eq!(
            who("2015年，南阳市两级法院共受理一审行政诉讼案件1500件。"),
            some("南阳市", "411300", None)
        );
        // (which division `有关部门` stand for is not said: no department, whatever the place)
        assert!(
            read("2024年，滨州市有关部门认真落实法治政府建设责任。")
                .is_none_or(|r| r.department.is_none())
        );
        assert_eq!(
            who("2024年，滨州市司法局认真落实法治政府建设责任。"),
            some("滨州市", "371600", Some("司法局"))
        );
    }

    #[test]
    fn a_contracted_name_keeps_its_level_word_and_names_as_surely_as_the_full_one() {
        assert_eq!(
            who("恩施州2024年法治政府建设情况报告\n正文。"),
            some("恩施土家族苗族自治州", "422800", None)
        );
        assert_eq!(
            who("2024年，景宁县坚持依法行政。全县……"),
            some("景宁畲族自治县", "331127", None)
        );
        // a stem is not: `全州` is the whole prefecture as often as the county
        assert_eq!(who("2024年，全州坚持依法行政。"), None);
    }

    #[test]
    fn a_departments_name_ends_where_its_predicate_begins() {
        assert_eq!(
            who("2024年，宁都县司法局指导各乡镇人民调解委员会开展排查。"),
            some("宁都县", "360730", Some("司法局"))
        );
        assert_eq!(
            who("2024年，东莞市共办理行政处罚案件1.2万宗。"),
            some("东莞市", "441900", None)
        );
        // a unit within an agency is named by a noun
        assert_eq!(
            who("宁都县人民政府行政复议办公室2024年工作报告"),
            some("宁都县", "360730", Some("人民政府行政复议办公室"))
        );
        // a committee of an agency named by what it does is the agency's unit
        assert_eq!(
            who("2025年，宁都县人大常委会备案审查工作委员会共审查规范性文件12件。"),
            some("宁都县", "360730", Some("人大常委会备案审查工作委员会"))
        );
        assert_eq!(
            who("2024年，宁都县司法局指导乡镇人民调解委员会开展排查。"),
            some("宁都县", "360730", Some("司法局"))
        );
        // a standing committee is not cut at its `委`, and the officer after it is no more
        // of its name
        assert_eq!(
            who("近日，宁都县人大常委会副主任带队调研全县法治政府建设情况。"),
            some("宁都县", "360730", Some("人大常委会"))
        );
        // an officer's title after the name is no more of it
        assert_eq!(
            who("2024年，宁都县司法局局长介绍，全县受理调解案件300件。"),
            some("宁都县", "360730", Some("司法局"))
        );
        assert_eq!(
            who("2024年，宁都县审计局副局长在会上介绍有关情况。"),
            some("宁都县", "360730", Some("审计局"))
        );
    }

    #[test]
    fn the_whole_a_text_speaks_of_is_the_division_it_names_but_not_one_of_its_parts() {
        assert_eq!(
            who("2024年，全区共收到行政复议申请156件。审结132件。青羊区行政复议局……"),
            some("青羊区", "510105", None)
        );
        // a sentence that names an agency as its subject says more
        assert_eq!(
            who("2024年，全区共收到行政复议申请156件。青羊区行政复议局依法审结132件。"),
            some("青羊区", "510105", Some("行政复议局"))
        );
        // the parts of what `全市` counts lie within the reporter
        assert_eq!(
            who("2024年，全市共受理行政复议案件500件，其中，宜都市受理80件。"),
            None
        );
        assert_eq!(
            who("2024年，我市共受理行政复议案件500件。宜都市、当阳市受理较多。"),
            None
        );
    }

    #[test]
    fn a_one_sentence_paragraph_leaves_room_for_the_publisher_line_after_it() {
        assert_eq!(
            who("2024年，全县上下深入学习贯彻习近平法治思想。\n来源：宁陕县司法局\n"),
            some("宁陕县", "610923", Some("司法局"))
        );
        assert_eq!(
            who("2024年信访工作情况\n本年度，罗湖区信访局共受理群众来信来访3200件次。"),
            some("罗湖区", "440303", Some("信访局"))
        );
    }

    #[test]
    fn a_line_that_announces_the_report_is_its_opening_sentence_not_an_addressee() {
        assert_eq!(
            who("根据上级要求，现将宜都市2024年度法治政府建设情况报告如下：\n一、主要工作"),
            some("宜都市", "420581", None)
        );
        // an addressee line names who receives it
        assert_eq!(who("宜昌市人民政府：\n一、主要工作。"), None);
        // a government named by its level alone: the division of that level the text names
        assert_eq!(
            who(
                "根据要求，现将省政府2023年度法治政府建设情况报告如下。\n一、主要工作\n成立湖南省研究基地。"
            ),
            some("湖南省", "430000", None)
        );
        // and none when the text names no division of that level
        assert_eq!(
            who(
                "根据要求，现将市政府2023年度法治政府建设情况报告如下。\n一、主要工作\n三门县受理10件。"
            ),
            None
        );
    }

    #[test]
    fn the_subject_after_where_the_writer_had_it_from() {
        assert_eq!(
            who("据统计，2022年姑苏区司法局共办理法律援助案件860件。"),
            some("姑苏区", "320508", Some("司法局"))
        );
        assert_eq!(
            who("（三）行政复议工作\n2024年，滨州市行政复议机构共收到行政复议申请1560件。"),
            some("滨州市", "371600", Some("行政复议机构"))
        );
    }

    #[test]
    fn an_association_reports_in_its_division() {
        assert_eq!(
            who("安徽省人民调解员协会2022年工作总结\n正文。"),
            some("安徽省", "340000", Some("人民调解员协会"))
        );
    }

    #[test]
    fn a_ministrys_office_reports_in_the_division_it_names() {
        assert_eq!(
            who("国家税务总局芮城县税务局2023年法治政府建设年度报告\n正文。"),
            some("芮城县", "140830", Some("税务局"))
        );
        assert_eq!(
            who("国家税务总局2023年法治政府建设年度报告\n正文。"),
            some("中华人民共和国", "000000", Some("国家税务总局"))
        );
    }

    #[test]
    fn a_documents_red_header_names_its_issuer() {
        let text =
            "芮城县人民政府文件\n芮政报〔2024〕3号\n关于2023年度法治政府建设情况的报告\n正文。";
        assert_eq!(who(text), some("芮城县", "140830", None));
    }

    #[test]
    fn a_short_paragraph_is_read_as_sentences_not_as_a_title() {
        let text = "2023年度法治政府建设情况报告\n在县委的坚强领导下，县市场监督管理局坚持依法行政。芮城县市场监督管理局";
        assert_eq!(who(text), some("芮城县", "140830", Some("市场监督管理局")));
    }

    #[test]
    fn a_name_two_divisions_bear_needs_its_parent() {
        assert_eq!(
            who("北京市朝阳区2023年法治政府建设年度报告\n"),
            some("朝阳区", "110105", None)
        );
        assert_eq!(
            who("长春市朝阳区2023年法治政府建设年度报告\n"),
            some("朝阳区", "220104", None)
        );
        // named nowhere else: which 朝阳区 is in doubt, so none
        let (r, note) = reporter(
            "朝阳区2023年法治政府建设年度报告\n正文。",
            &[],
            &Hints {
                given: None,
                page_title: None,
                file_name: None,
            },
        );
        assert!(r.is_none());
        assert!(note.unwrap().contains("no division"));
        // the parent named further on settles it
        assert_eq!(
            who("朝阳区2023年法治政府建设年度报告\n2023年，朝阳区坚持……落实长春市委部署。"),
            some("朝阳区", "220104", None)
        );
        // a short name of the parent settles it when no full name does, and only when it
        // names the parent of one of the divisions that bear the name
        let text = "2023年，龙华区司法局坚持依法行政。现将有关情况报告如下：\n一、工作情况\n\
                    贯彻习近平总书记对广东、深圳系列重要讲话精神。";
        assert_eq!(who(text), some("龙华区", "440309", Some("司法局")));
        let both = text.replace("系列", "、海口系列");
        assert_eq!(who(&both), None);
    }

    #[test]
    fn the_subject_is_the_main_clause_not_the_frame() {
        // the city that leads is in a framing clause; the bureau is the subject
        assert_eq!(
            who(
                "2023年，在省应急管理厅和衢州市政府的坚强领导下，衢州市应急管理局紧紧围绕应急执法重点工作，持续强化日常监管执法。"
            ),
            some("衢州市", "330800", Some("应急管理局"))
        );
        // a clause coordinated with the frame carries its preposition over
        assert_eq!(
            who(
                "2023年，在区委、区政府的坚强领导下，重庆市政府有关部门的指导下，分局坚持依法行政。"
            ),
            None
        );
    }

    #[test]
    fn a_department_named_by_its_level_reports_in_the_division_the_text_names() {
        assert_eq!(
            who(
                "2023年以来，县司法局在县委、县政府的坚强领导下，始终坚持以习近平法治思想为指引。“蒙城县调解机制”入选示范项目。《蒙城县推进办法》印发。"
            ),
            some("蒙城县", "341622", Some("司法局"))
        );
        // the place a campaign is for names the city (`法治杭州`), a word that starts with the
        // same characters does not (`公安局` is no 公安县)
        assert_eq!(
            who("2022年，市公安局坚持依法行政，按照市委部署，推进法治杭州工作。"),
            some("杭州市", "330100", Some("公安局"))
        );
        // two counties named as often: no reporter
        assert_eq!(
            who("2023年，县司法局坚持依法行政。蒙城县、利辛县各受理10件。"),
            None
        );
    }

    #[test]
    fn a_township_reports_under_its_county() {
        let r = read("下洋镇2023年法治政府建设年度报告\n2023年以来，下洋镇坚持依法行政，落实徐闻县委部署，徐闻县政府……").unwrap();
        assert_eq!(
            (r.name.as_str(), r.level, r.code.as_str()),
            ("下洋镇", Level::Township, "440825")
        );
        let placed = |text: &str| read(text).map(|r| (r.name, r.code));
        let at = |name: &str, code: &str| Some((name.to_string(), code.to_string()));
        // a name one county has needs no county in the text
        assert_eq!(
            placed(
                "六村堡街道2025年法治政府建设工作报告\n2025年，在区委的领导下，六村堡街道坚持依法行政。"
            ),
            at("六村堡街道", "610112")
        );
        // a street written without its last character, as the gazetteer knows it
        assert_eq!(
            placed("2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导。"),
            at("鹤龙街道", "440111")
        );
        // a name two counties share: the one whose county or city the text writes
        assert_eq!(
            placed("2024年，小营街道深入学习贯彻党的二十届三中全会精神。"),
            None
        );
        assert_eq!(
            placed("2024年，小营街道深入学习贯彻党的二十届三中全会精神，服务杭州市发展大局。"),
            at("小营街道", "330102")
        );
        // a department's clause is no township's name, though it ends in one's word
        assert_eq!(
            who("全县共排查矛盾纠纷3200件。芮城县司法局指导各乡镇开展调解工作。"),
            some("芮城县", "140830", Some("司法局"))
        );
        // a name the gazetteer places elsewhere, written under a county: in doubt
        assert_eq!(placed("右玉县鹤龙街道2024年法治政府建设工作报告\n"), None);
        // a name the gazetteer places in one county, in a text about another: in doubt
        assert_eq!(
            placed("2024年，鹤龙街道坚持依法行政。落实徐闻县委部署，徐闻县政府……"),
            None
        );
    }

    #[test]
    fn a_purpose_runs_over_clauses_and_a_list_of_agencies_is_its_division() {
        // the main clause after a purpose of several clauses
        let text = "本报讯 为加强依法行政，扩大群众知晓率，助力全市创建，近日，太白县司法局组织开展宣传活动。";
        assert_eq!(who(text), some("太白县", "610331", Some("司法局")));
        // a byline before the source
        let news = "法治日报讯 记者韩宇 近日,记者从辽宁省铁岭市中级人民法院和铁岭市司法局联合召开的发布会上获悉,全市受理案件12件。";
        assert_eq!(who(news), some("铁岭市", "211200", Some("司法局")));
        // the subject is an organ of the Party and one of the government: the government's
        // reports (a law-based government report is the government's)
        let joint =
            "本报讯 为加强依法行政，近日，太白县委依法治县办、太白县司法局组织开展宣传活动。";
        assert_eq!(who(joint), some("太白县", "610331", Some("司法局")));
        // the list ends where its predicate starts, whatever that lists
        let long = "近日，太白县委全面依法治县委员会办公室、太白县司法局组织全县机关、企事业单位开展宣传活动。";
        assert_eq!(who(long), some("太白县", "610331", Some("司法局")));
        // two organs of the government: neither alone, the division they act for
        let two = "近日，太白县司法局、太白县公安局联合开展宣传活动。";
        assert_eq!(who(two), some("太白县", "610331", None));
        // nor one of another division beside it
        let apart = "近日，太白县委依法治县办、眉县司法局联合开展宣传活动。";
        assert_eq!(who(apart), None);
    }

    #[test]
    fn the_signature_names_who_made_the_report() {
        let text = "2024年度法治政府建设情况报告\n\n2024年，我局坚持依法行政。\n\n临沧市应急管理局\n2025年1月20日\n";
        assert_eq!(who(text), some("临沧市", "530900", Some("应急管理局")));
        let chinese = "2024年度法治政府建设情况报告\n2024年，我局坚持依法行政。\n太白县司法局\n二〇二五年一月二十日";
        assert_eq!(who(chinese), some("太白县", "610331", Some("司法局")));
        // the text's own title wins; a line above something else is no signature
        let titled = "朔州市2024年法治政府建设年度报告\n……\n临沧市应急管理局\n2025年1月20日";
        assert_eq!(who(titled).map(|r| r.1), Some("140600".to_string()));
        assert_eq!(
            who("2024年度报告\n坚持依法行政。\n临沧市应急管理局\n联系电话：12345"),
            None
        );
    }

    #[test]
    fn a_party_committee_and_its_government_report_for_their_division() {
        // their banner over the title, however separated
        for banner in [
            "中共祁连县委 祁连县人民政府",
            "中共祁连县委、祁连县人民政府",
            "中共祁连县委",
        ] {
            let text = format!(
                "{banner}\n关于2023年度法治政府建设工作情况的报告\n2023年，全县深入学习贯彻习近平法治思想。"
            );
            assert_eq!(who(&text), some("祁连县", "632222", None), "{banner}");
        }
        let joint = "中共巫山县委、巫山县人民政府关于2024年度法治政府建设情况的报告\n2024年，全县坚持依法行政。";
        assert_eq!(who(joint), some("巫山县", "500237", None));
        // two departments of the division are no one department: the division reports
        let two = "巫山县司法局、巫山县公安局关于2024年度法治政府建设情况的报告\n";
        assert_eq!(who(two), some("巫山县", "500237", None));
    }

    #[test]
    fn a_branch_named_after_a_county_reports_for_it() {
        let text = "西安市公安局雁塔分局2024年度法治政府建设工作报告\n2024年，分局坚持依法行政。";
        assert_eq!(who(text), some("雁塔区", "610113", Some("公安局雁塔分局")));
        let text =
            "宿迁市自然资源和规划局宿城分局2024年法治政府建设年度报告\n2024年，我局依法行政。";
        assert_eq!(
            who(text),
            some("宿城区", "321302", Some("自然资源和规划局宿城分局"))
        );
        // a branch named after no county of the city stays the city's
        let text = "西安市公安局高新分局2024年度法治政府建设工作报告\n2024年，分局坚持依法行政。";
        assert_eq!(who(text), some("西安市", "610100", Some("公安局高新分局")));
    }

    #[test]
    fn a_leagues_government_is_its_administrative_office() {
        let text = "阿拉善盟行政公署2024年法治政府建设工作报告\n2024年，盟行署深入学习贯彻习近平法治思想。";
        assert_eq!(who(text), some("阿拉善盟", "152900", None));
    }

    #[test]
    fn an_agency_speaking_of_itself_is_the_one_the_text_names() {
        let text =
            "2024年，我局紧紧围绕市委、市政府部署。印发《临沧市应急管理局学法清单》，组织学习。";
        assert_eq!(who(text), some("临沧市", "530900", Some("应急管理局")));
        // its whole name (`委员会`, not the `委` inside it), however long the name after it
        let text = "2024年，我委紧紧围绕市委中心工作。印发《东营市发展和改革委员会学法计划》。";
        assert_eq!(
            who(text),
            some("东营市", "370500", Some("发展和改革委员会"))
        );
        let text = "2024年，我局紧紧围绕市委部署。《临沧市应急管理局领导干部应知应会清单》印发。";
        assert_eq!(who(text), some("临沧市", "530900", Some("应急管理局")));
        // two agencies of its kind named: which one speaks is in doubt
        let two =
            "2024年，我局紧紧围绕市委部署。学习《临沧市应急管理局清单》和《临沧市公安局办法》。";
        assert_eq!(who(two), None);
        // a 局 is not a 委
        let other = "2024年，我委紧紧围绕市委部署。学习《临沧市应急管理局清单》。";
        assert_eq!(who(other), None);
    }

    #[test]
    fn a_ministry_reports_for_the_nation_not_its_system() {
        let r = read("记者今天从司法部获悉，2023年全国各级行政复议机构新收案件38.5万件。").unwrap();
        assert_eq!(
            (r.level, r.code.as_str(), r.department.as_deref()),
            (Level::National, "000000", Some("司法部"))
        );
        assert_eq!(
            who("2022年中国生态环境部门下达行政处罚决定9.1万个\n正文。"),
            None
        );
    }

    #[test]
    fn a_publisher_line_counts_unless_the_text_is_about_another_place() {
        assert_eq!(
            who(
                "2020年人民调解工作数据统计\n来源:黄石市司法局      时间:2021-01-14\n截止到2020年11月30日,全市受理调解案件6368件。"
            ),
            some("黄石市", "420200", Some("司法局"))
        );
        assert_eq!(
            who(
                "行政机关负责人出庭应诉率百分之百\n时间:2025-08-05 来源:司法部\n记者从辽宁省铁岭市中级人民法院和铁岭市司法局联合召开的发布会上获悉，全市行政机关负责人出庭应诉。"
            ),
            some("铁岭市", "211200", Some("司法局"))
        );
    }

    #[test]
    fn fragments_before_a_level_word_are_no_place() {
        for text in [
            "将其作为市级重点工作。完成市下达的任务。召开县委常委会。",
            "坚持区委领导，紧密围绕省委部署。根据《某某省条例》。",
            "某某县2023年法治政府建设年度报告\n正文。",
        ] {
            assert_eq!(who(text), None, "{text}");
        }
    }

    #[test]
    fn what_the_caller_and_the_page_say_wins() {
        let text = "朔州市2024年法治政府建设年度报告\n正文。";
        let given = reporter(
            text,
            &[],
            &Hints {
                given: Some("右玉县"),
                page_title: None,
                file_name: None,
            },
        )
        .0
        .unwrap();
        assert_eq!(given.code, "140623");
        let (none, note) = reporter(
            text,
            &[],
            &Hints {
                given: Some("某某县"),
                page_title: None,
                file_name: None,
            },
        );
        assert!(none.is_none() && note.unwrap().contains("某某县"));
        let page = reporter(
            "正文。",
            &[],
            &Hints {
                given: None,
                page_title: Some("2024年法治政府建设年度报告_朔州市人民政府"),
                file_name: None,
            },
        )
        .0
        .unwrap();
        assert_eq!(page.code, "140600");
        let file = reporter(
            "正文。",
            &[],
            &Hints {
                given: None,
                page_title: None,
                file_name: Some("2023-延津县司法局-年度报告"),
            },
        )
        .0
        .unwrap();
        assert_eq!(
            (file.code.as_str(), file.department.as_deref()),
            ("410726", Some("司法局"))
        );
    }

    #[test]
    fn a_branch_of_a_department_reports_in_its_division() {
        assert_eq!(
            who("重庆市公安局渝北区分局关于2023年法治政府建设情况的报告\n"),
            some("渝北区", "500112", Some("公安局渝北区分局"))
        );
    }

    #[test]
    fn a_part_of_a_month_opens_a_clause_as_a_date_does() {
        assert_eq!(
            who("4月中旬,怀宁县司法局在全县范围内举办“法律进乡村”巡回报告会。\n"),
            some("怀宁县", "340822", Some("司法局"))
        );
    }

    #[test]
    fn a_time_word_after_a_name_leaves_it_the_subject() {
        assert_eq!(
            who("陕西省去年收到行政复议申请2371件，受理1968件。\n"),
            some("陕西省", "610000", None)
        );
        // (a name after a preposition is still no subject)
        assert_eq!(who("向陕西省今年提交的申请。\n"), None);
    }

    /// Prints what the reporter pass sees in `$FAZHI_REPORTER_FILE` (run with `--ignored
    /// --nocapture` while working on a text).
    #[test]
    #[ignore]
    fn show_reporter() {
        let Ok(path) = std::env::var("FAZHI_REPORTER_FILE") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        // (as the extractor reads it: without what is not its words, folded)
        let text = super::super::fold::fold(&super::super::invisible::remove(&text).0).into_owned();
        let all = resolved_mentions(&text);
        for (z, _) in zones(&text) {
            println!("ZONE {:?}", &text[z.0..z.1]);
            for n in all.iter().filter(|n| n.start >= z.0 && n.end <= z.1) {
                println!(
                    "   {} {} {}",
                    &text[n.start..n.end],
                    n.division.code,
                    n.division.name
                );
            }
        }
        let raw = divisions::mentions(&text, (0, text.len().min(600)));
        for m in raw {
            let ds: Vec<String> = m
                .divisions()
                .map(|(d, f)| format!("{}{}{}", d.code, d.name, if f { "" } else { "~" }))
                .collect();
            println!("RAW {} {:?}", &text[m.start..m.end], ds);
        }
        println!(
            "{:?}",
            reporter(
                &text,
                &[],
                &Hints {
                    given: None,
                    page_title: None,
                    file_name: None
                }
            )
        );
    }
}
