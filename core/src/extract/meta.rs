//! The report's meta data read from its text: title, year, jurisdiction,
//! publication date and source address.

use super::source::is_han;
use crate::divisions;
use crate::model::{Jurisdiction, Level, Meta};
use chrono::NaiveDate;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(20[0-9]{2}|19[0-9]{2})年").unwrap());
static YEAR_PREFIX: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:19|20)[0-9]{2}年度?").unwrap());
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(20[0-9]{2})(?:年|-|/|\.)([0-9]{1,2})(?:月|-|/|\.)([0-9]{1,2})日?").unwrap()
});
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+").unwrap());
/// The characters that end a place name (`朔州市`, `右玉县`).
const LEVEL_SUFFIXES: [char; 9] = ['省', '市', '县', '区', '旗', '州', '盟', '镇', '乡'];

/// Words that end in a level suffix but are no place names.
const NOT_PLACES: [&str; 14] = [
    "全市", "全省", "全县", "全区", "我市", "我省", "我县", "我区", "各市", "各县", "本市", "城市",
    "治市", "治县",
];

/// Reads what the text says of itself.
pub(crate) fn meta(text: &str) -> Meta {
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let title = (first_line.contains("报告") && first_line.chars().count() <= 80)
        .then(|| first_line.to_string());
    let year = title
        .as_deref()
        .and_then(year_in)
        .or_else(|| most_common_year(text));
    let jurisdiction = title
        .as_deref()
        .and_then(name_in_title)
        .or_else(|| most_common_place(text))
        .map(|name| jurisdiction_named(&name));
    let published = published(text);
    let source = URL.find(text).map(|m| m.as_str().to_string());
    Meta {
        jurisdiction,
        year,
        title,
        published,
        source,
    }
}

/// A jurisdiction from its name: level from the suffix, code from the table.
pub(crate) fn jurisdiction_named(name: &str) -> Jurisdiction {
    let code = divisions::code_of(name).map(str::to_string);
    let level = if code.as_deref().is_some_and(divisions::is_province_code) {
        Some(Level::Province)
    } else {
        level_of(name)
    };
    Jurisdiction {
        name: name.to_string(),
        level,
        division_code: code,
    }
}

fn level_of(name: &str) -> Option<Level> {
    let ends = |s: &[&str]| s.iter().any(|x| name.ends_with(x));
    if ends(&["局", "厅", "委员会", "办公室", "中心", "院"]) {
        Some(Level::Department)
    } else if ends(&["省", "自治区"]) {
        Some(Level::Province)
    } else if ends(&["市", "州", "盟"]) {
        Some(Level::Prefecture)
    } else if ends(&["县", "区", "旗"]) {
        Some(Level::County)
    } else if ends(&["镇", "乡", "街道"]) {
        Some(Level::Township)
    } else {
        None
    }
}

fn year_in(s: &str) -> Option<i32> {
    YEAR.captures(s).and_then(|c| c[1].parse().ok())
}

/// The year mentioned most; on a tie, the earlier one (the plan year comes after the report year).
fn most_common_year(text: &str) -> Option<i32> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for m in YEAR.find_iter(text) {
        if let Ok(y) = m.as_str()[..4].parse::<i32>() {
            *counts.entry(y).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, std::cmp::Reverse(y)))
        .map(|(y, _)| y)
}

/// `朔州市2024年法治政府建设年度报告` → 朔州市; `XX市司法局关于…的报告` → XX市司法局.
fn name_in_title(title: &str) -> Option<String> {
    // a leading year (`2023年度某某区法治政府建设年度报告`) is not part of the name
    let title = YEAR_PREFIX.find(title).map_or(title, |m| &title[m.end()..]);
    let cut = ["关于", "20", "19", "法治政府", "年度", "法治建设"]
        .iter()
        .filter_map(|w| title.find(w))
        .min()?;
    // `中共某某县委 某某县人民政府`: the government is the last name; `人民政府` names the place
    let name = title[..cut]
        .split_whitespace()
        .last()?
        .trim_start_matches("中共");
    let name = name
        .strip_suffix("人民政府")
        .or_else(|| name.strip_suffix("政府"))
        .unwrap_or(name);
    (name.chars().count() >= 2).then(|| name.to_string())
}

/// The place named most often before a word for its government (`朔州市人民政府`, `中共朔州市委`).
///
/// At each such word the name is the suffix with 2 to 5 Chinese characters before it; the
/// shortest reading is counted at every occurrence, and a longer one is preferred while it
/// keeps most of the count (`呼和浩特市` over `浩特市`, but `朔州市` over `共朔州市`).
fn most_common_place(text: &str) -> Option<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    // words for a government or party committee; the place's level suffix stands before them
    let anchors = text
        .match_indices("政府")
        .map(|(i, _)| {
            if text[..i].ends_with("人民") {
                i - "人民".len()
            } else {
                i
            }
        })
        .chain(
            text.match_indices('委')
                .filter(|(i, _)| !text[i + 3..].starts_with('员'))
                .map(|(i, _)| i),
        )
        .chain(text.match_indices("人大").map(|(i, _)| i));
    for anchor in anchors {
        let Some(suffix) = text[..anchor]
            .chars()
            .next_back()
            .filter(|c| LEVEL_SUFFIXES.contains(c))
        else {
            continue;
        };
        let suffix_start = anchor - suffix.len_utf8();
        for (n, (start, c)) in text[..suffix_start].char_indices().rev().enumerate() {
            if n >= 5 || !is_han(c) {
                break;
            }
            if n >= 1 {
                *counts.entry(&text[start..anchor]).or_default() += 1;
            }
        }
    }
    let shortest = counts
        .iter()
        .filter(|(name, _)| {
            name.chars().count() == 3 && !NOT_PLACES.iter().any(|np| name.ends_with(np))
        })
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))?;
    let (mut name, count) = (*shortest.0, *shortest.1);
    loop {
        let longer = counts
            .iter()
            .filter(|(n, c)| n.ends_with(name) && n.len() > name.len() && **c * 5 >= count * 4)
            .min_by_key(|(n, _)| n.len());
        match longer {
            Some((n, _)) if !n.starts_with("中共") => name = n,
            _ => break,
        }
    }
    Some(name.to_string())
}

/// A date near the start or the end of the text.
fn published(text: &str) -> Option<NaiveDate> {
    let head_end = text.char_indices().nth(200).map_or(text.len(), |(i, _)| i);
    let tail_start = text.char_indices().rev().nth(199).map_or(0, |(i, _)| i);
    [&text[tail_start..], &text[..head_end]]
        .iter()
        .find_map(|part| {
            DATE.captures_iter(part)
                .filter_map(|c| {
                    NaiveDate::from_ymd_opt(
                        c[1].parse().ok()?,
                        c[2].parse().ok()?,
                        c[3].parse().ok()?,
                    )
                })
                .last()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_gives_name_and_year() {
        let m =
            meta("朔州市2024年法治政府建设年度报告\n正文……2023年……\n朔州市人民政府\n2025年3月20日");
        let j = m.jurisdiction.unwrap();
        assert_eq!(
            (j.name.as_str(), j.division_code.as_deref()),
            ("朔州市", Some("140600"))
        );
        assert_eq!(j.level, Some(Level::Prefecture));
        assert_eq!(m.year, Some(2024));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2025, 3, 20));
    }

    #[test]
    fn department_title() {
        let m = meta("某某县司法局关于2023年度法治政府建设情况的报告\n");
        let j = m.jurisdiction.unwrap();
        assert_eq!(j.name, "某某县司法局");
        assert_eq!(j.level, Some(Level::Department));
        assert_eq!(m.year, Some(2023));
    }

    #[test]
    fn government_titles_name_the_place() {
        for (title, name, level) in [
            (
                "某某市人民政府关于2023年度法治政府建设情况的报告",
                "某某市",
                Level::Prefecture,
            ),
            (
                "中共某某县委 某某县人民政府关于2023年法治政府建设情况的报告",
                "某某县",
                Level::County,
            ),
            (
                "2023年度某某区法治政府建设年度报告",
                "某某区",
                Level::County,
            ),
            (
                "山西省人民政府关于2023年法治政府建设情况的报告",
                "山西省",
                Level::Province,
            ),
        ] {
            let j = meta(&format!("{title}\n正文。")).jurisdiction.unwrap();
            assert_eq!((j.name.as_str(), j.level), (name, Some(level)), "{title}");
        }
        assert_eq!(
            meta("山西省人民政府关于2023年法治政府建设情况的报告\n")
                .jurisdiction
                .unwrap()
                .division_code
                .as_deref(),
            Some("140000")
        );
    }

    #[test]
    fn body_gives_name_when_no_title() {
        let m = meta(
            "2024年,在省委领导下,全市……《大同市人民政府办公室通知》……大同市委、大同市政府……依法治市委员会……",
        );
        assert_eq!(m.jurisdiction.unwrap().name, "大同市");
        assert!(m.title.is_none());
    }
}
