//! Whose count a figure is: the reporter's, or a larger jurisdiction's it quotes.
//!
//! A local report quotes totals of the nation or its province (`2024年，全国各级行政复议机关
//! 共受理行政复议案件38.6万件`, `全省12345热线受理群众诉求2300万件`). Such a figure says nothing of
//! the reporter's own count: it takes no concept. The jurisdiction is read from the scope word
//! a clause opens with (`全国`, `全省`, `全市`, `全县`, `全镇` …), against the reporter's level (a
//! district's `全市` is its city's, a county-level city's its own), and carries over the clauses
//! after it in its sentence until another clause opens with one (`全省共受理2.1万件，我县受理
//! 88件`). A scope word inside a noun phrase (`全国民主法治示范村`) opens no clause and says
//! nothing of whose count it is. Above a reporter not known only the nation is: a ministry
//! names itself, so an unnamed reporter's `全国` is a quote; a text that speaks of itself as
//! `我县`, `我市` … tells its level though, and the levels above that are quotes too.

use super::source::Source;
use crate::model::{Level, Reporter};

/// The jurisdiction a scope word names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Named {
    Nation,
    Province,
    /// `全市`: a prefecture, a municipality, or a county-level city.
    City,
    /// `全州`: an autonomous prefecture.
    Prefecture,
    /// `全县`, `全区`, `全旗`.
    County,
    /// `全镇`, `全乡`, `本级`: never above anyone who writes it.
    Own,
}

/// Scope words and the jurisdiction they name.
const SCOPES: &[(&str, Named)] = &[
    ("全国", Named::Nation),
    ("全省", Named::Province),
    ("我省", Named::Province),
    ("全市", Named::City),
    ("我市", Named::City),
    ("全州", Named::Prefecture),
    ("全县", Named::County),
    ("我县", Named::County),
    ("全区", Named::County),
    ("我区", Named::County),
    ("全旗", Named::County),
    ("全镇", Named::Own),
    ("全乡", Named::Own),
    ("本级", Named::Own),
    // a government as the clause's subject acts for its jurisdiction (`市政府出台规范性文件
    // 45件` in a district's report is the city's count)
    ("国务院", Named::Nation),
    ("省人民政府", Named::Province),
    ("省政府", Named::Province),
    ("市人民政府", Named::City),
    ("市政府", Named::City),
    ("州人民政府", Named::Prefecture),
    ("州政府", Named::Prefecture),
    ("县人民政府", Named::County),
    ("县政府", Named::County),
    ("区人民政府", Named::County),
    ("区政府", Named::County),
];

/// Whether `named` is a jurisdiction above `reporter`: the nation for anyone below it, a
/// province for its prefectures, counties and townships, a city for a county or district that
/// is not itself a city (a county-level city calls itself `全市`), a prefecture for its
/// counties, a county for its townships.
fn above(named: Named, reporter: Option<Speaker>) -> bool {
    // a reporter not known: only the nation is above it (a ministry names itself, so a
    // report that does not is a local one quoting the nation's totals)
    let Some(Speaker { level, city }) = reporter else {
        return named == Named::Nation;
    };
    match named {
        Named::Nation => level != Level::National,
        Named::Province => matches!(level, Level::Prefecture | Level::County | Level::Township),
        Named::City => level == Level::Township || level == Level::County && !city,
        Named::Prefecture => matches!(level, Level::County | Level::Township),
        Named::County => level == Level::Township,
        Named::Own => false,
    }
}

/// The level a report speaks from: its reporter's, or, with none named, the level of the
/// lowest jurisdiction it calls its own (`我县`: a county; a city's report may say `我省` of
/// its province, never `我县` of itself). `city`: a county-level division called a city,
/// whose `全市` is its own.
#[derive(Debug, Clone, Copy)]
struct Speaker {
    level: Level,
    city: bool,
}

/// The first-person scope words and the level they speak from, lowest first.
const OWN_WORDS: &[(&str, Level)] = &[
    ("我镇", Level::Township),
    ("我乡", Level::Township),
    ("我街道", Level::Township),
    ("我县", Level::County),
    ("我区", Level::County),
    ("我旗", Level::County),
    ("我州", Level::Prefecture),
    ("我市", Level::Prefecture),
    ("我省", Level::Province),
];

impl Speaker {
    fn of(reporter: Option<&Reporter>, text: &str) -> Option<Self> {
        match reporter {
            Some(r) => Some(Speaker {
                level: r.level,
                city: r.division.ends_with('市'),
            }),
            // (`我市` may be a county-level city: taken as the higher, it puts fewer above; a
            // `我县` or `我区` is no city)
            None => OWN_WORDS
                .iter()
                .find(|(w, _)| text.contains(w))
                .map(|&(_, level)| Speaker { level, city: false }),
        }
    }
}

/// Words a clause may open with before its scope word (`2024年，`, `据统计，`, `同时，`).
const LEADS: &[&str] = &[
    "据统计",
    "同时",
    "此外",
    "其中",
    "今年以来",
    "全年",
    "年内",
    "共",
    "另外",
];

/// For each figure (by its start), whether it counts for a jurisdiction above `reporter`.
/// Only the nation is above an unknown reporter, unless the text speaks as one level
/// (`我市`, `我县`: [`Speaker`]).
pub(crate) fn quoted(src: &Source, starts: &[usize], reporter: Option<&Reporter>) -> Vec<bool> {
    let text: &str = &src.folded;
    let speaker = Speaker::of(reporter, text);
    // the scope in force in the sentence read, and the next clause to read
    let (mut sentence, mut up, mut next) = (usize::MAX, false, 0usize);
    starts
        .iter()
        .map(|&at| {
            let here = src.sentence_index(at);
            if here != sentence {
                sentence = here;
                up = false;
                next = src.clause_index(src.sentence_at(at).0);
            }
            // the clauses that open up to the figure's own, each read once
            let own = src.clause_index(at);
            while next <= own {
                let (cs, ce) = src.clause(next);
                if let Some(named) = opens_with_scope(&text[cs..ce.max(cs)]) {
                    up = above(named, speaker);
                }
                next += 1;
            }
            up
        })
        .collect()
}

/// The scope word a clause opens with, after time and lead words, if any.
fn opens_with_scope(clause: &str) -> Option<Named> {
    let mut rest = clause.trim_start();
    loop {
        let before = rest.len();
        // a year or a date: `2024年`, `1—6月`
        rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || "年月日度—-至".contains(c));
        for lead in LEADS {
            if let Some(r) = rest.strip_prefix(lead) {
                rest = r;
            }
        }
        if rest.len() == before {
            break;
        }
    }
    SCOPES
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|(_, l)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reporter(level: Level, division: &str) -> Reporter {
        Reporter {
            name: division.to_string(),
            level,
            code: String::new(),
            division: division.to_string(),
            parents: Vec::new(),
            department: None,
            span: None,
        }
    }

    fn quoted_in(text: &str, level: Option<Level>) -> Vec<(String, bool)> {
        let name = match level {
            Some(Level::County) => "巫山县",
            Some(Level::Township) => "巫山县",
            Some(Level::Prefecture) => "朔州市",
            _ => "四川省",
        };
        let who = level.map(|l| reporter(l, name));
        let src = Source::new(text);
        let starts: Vec<usize> = text
            .match_indices(|c: char| c.is_ascii_digit())
            .map(|(i, _)| i)
            .filter(|&i| i == 0 || !text[..i].ends_with(|c: char| c.is_ascii_digit() || c == '.'))
            .collect();
        let flags = quoted(&src, &starts, who.as_ref());
        starts
            .iter()
            .zip(flags)
            .map(|(&s, q)| {
                let end = text[s..]
                    .find(|c: char| !c.is_ascii_digit() && c != '.')
                    .map_or(text.len(), |e| s + e);
                (text[s..end].to_string(), q)
            })
            .collect()
    }

    #[test]
    fn a_larger_jurisdictions_total_is_quoted() {
        let county = Some(Level::County);
        assert_eq!(
            quoted_in(
                "全国各级行政复议机关共受理行政复议案件38.6万件。全县受理行政复议案件88件。",
                county
            ),
            [("38.6".to_string(), true), ("88".to_string(), false)]
        );
        // carried over the clauses of its sentence until another scope opens one
        assert_eq!(
            quoted_in("全省共受理2件，审结3件，我县受理4件，审结5件。", county),
            [
                ("2".into(), true),
                ("3".into(), true),
                ("4".into(), false),
                ("5".into(), false)
            ]
        );
        // after a year and a lead word
        assert!(
            quoted_in("2024年，据统计，全省热线受理7件。", county)
                .last()
                .unwrap()
                .1
        );
    }

    #[test]
    fn the_reporters_own_scope_or_a_mark_is_not_quoted() {
        // a province's own 全省; the nation's for a ministry; no reporter known
        assert!(!quoted_in("全省受理7件。", Some(Level::Province))[0].1);
        assert!(quoted_in("全国受理7件。", Some(Level::Province))[0].1);
        assert!(!quoted_in("全国受理7件。", Some(Level::National))[0].1);
        assert!(quoted_in("全国受理7件。", None)[0].1);
        // a government as the subject acts for its own jurisdiction
        let quotes = quoted_in(
            "全县共出台规范性文件12件，市政府出台规范性文件45件。",
            Some(Level::County),
        );
        assert_eq!((quotes[0].1, quotes[1].1), (false, true));
        assert!(!quoted_in("县政府常务会议学法6次。", Some(Level::County))[0].1);
        assert!(!quoted_in("市政府出台规范性文件45件。", Some(Level::Prefecture))[0].1);
        assert!(!quoted_in("全省受理7件。", None)[0].1);
        // a scope word inside the noun phrase opens no clause
        assert!(!quoted_in("建成全国民主法治示范村3个。", Some(Level::County))[0].1);
        // 全市: above a county or a district, a county-level city's own
        assert!(quoted_in("全市受理7件。", Some(Level::County))[0].1);
        let city = reporter(Level::County, "江阴市");
        let src = Source::new("全市受理7件。");
        assert_eq!(quoted(&src, &[12], Some(&city)), [false]);
        assert!(!quoted_in("全市受理7件。", Some(Level::Prefecture))[0].1);
        // the next sentence starts afresh
        assert!(!quoted_in("全省受理7件。受理8件。", Some(Level::County))[1].1);
    }

    #[test]
    fn a_text_that_speaks_as_one_level_quotes_the_levels_above_it() {
        // no reporter named, but `我市`: the province's total is a quote, the city's is not
        let quotes = quoted_in("全省共受理行政复议案件5.6万件，其中我市受理1280件。", None);
        assert_eq!((quotes[0].1, quotes[1].1), (true, false), "{quotes:?}");
        // the lowest level it calls its own speaks: a county that says 我省 of its province
        let quotes = quoted_in("我省首创此项制度。全市受理7件，我县受理3件。", None);
        assert_eq!((quotes[0].1, quotes[1].1), (true, false), "{quotes:?}");
        // a reporter named wins over the words
        assert!(!quoted_in("全省受理7件，我市受理3件。", Some(Level::Province))[0].1);
    }
}
