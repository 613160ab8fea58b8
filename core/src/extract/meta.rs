//! The report's meta data read from its text: title, year, jurisdiction,
//! publication date and source address.

use crate::divisions;
use crate::model::{Jurisdiction, Level, Meta};
use chrono::NaiveDate;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Labels a page puts before its publication date (`发布时间：2021-01-14`, `时间:2021-01-14`).
const DATE_LABELS: [&str; 7] = [
    "发布时间",
    "发布日期",
    "发文日期",
    "成文日期",
    "印发日期",
    "时间",
    "日期",
];
static URL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"https?://[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+").unwrap());

/// Words of a title that interprets the document it quotes (`《…报告》文件解读`, `图解`).
const INTERPRETS: [&str; 2] = ["解读", "图解"];

/// Words before a year that make it the end of a stretch the text counts to (`截至2020年`),
/// not the year it reports on.
const UNTIL: [&str; 4] = ["截至", "截止到", "截止", "至"];

/// Reads what the text says of itself: the title, the year it reports on, its publication
/// date and address. The reporter is read by [`super::reporter`].
pub(crate) fn meta(text: &str) -> Meta {
    let first_line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("");
    let title = (first_line.contains("报告") && first_line.chars().count() <= 80)
        .then(|| first_line.to_string());
    // (a title that interprets the report it quotes, `《…关于2024年法治政府建设情况的报告》
    // 文件解读`, is about that report's year: the quoted title's year is its own)
    let year = title
        .as_deref()
        .and_then(|t| {
            let interprets = t.contains("》") && INTERPRETS.iter().any(|w| t.contains(w));
            let t = if interprets {
                std::borrow::Cow::Owned(t.replace(['《', '》'], ""))
            } else {
                std::borrow::Cow::Borrowed(t)
            };
            report_years(&t).next()
        })
        .or_else(|| most_common_year(text));
    Meta {
        jurisdiction: None,
        reporter: None,
        reporter_note: None,
        year,
        title,
        published: published(text),
        source: URL.find(text).map(|m| m.as_str().to_string()),
    }
}

/// A jurisdiction from a name the caller gives that is no division of the gazetteer: the
/// level from its ending, no code.
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

/// The years of `text` that can be the one it reports on: not a year inside a document's
/// title (`《…（2021—2025年）》`), not one the text looks back from (`2021年以来`), not the
/// end of a count (`截止到2020年11月30日`), not a year of a range (`2021—2025年`), not one
/// compared with (`比2016年增长`), not the date a text is signed or published on (a line of
/// its own).
fn report_years(text: &str) -> impl Iterator<Item = i32> + '_ {
    // how deep in `《…》` each year stands, counted once along the text
    let (mut depth, mut counted) = (0usize, 0usize);
    super::dates::years(text).filter_map(move |(start, end, year)| {
        for ch in text[counted..start].chars() {
            match ch {
                '《' => depth += 1,
                '》' => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        counted = start;
        let before = &text[..start];
        let after = &text[end..];
        let open_titles = depth > 0;
        // (also from an event of that year: `自2018年5月上线以来`)
        let clause_after: String = after
            .chars()
            .take_while(|c| !"，。；,;：:\n".contains(*c))
            .take(12)
            .collect();
        let looks_back =
            after.starts_with("以来") || after.starts_with("来") || clause_after.contains("以来");
        let until = UNTIL.iter().any(|w| before.ends_with(w));
        let range =
            before.ends_with(['—', '-', '–', '~', '至']) || after.starts_with(['—', '-', '–', '~']);
        // a year compared with is the one before the report's (`比2016年增长12%`)
        // (and one continued from, `继2016年获得…之后`, is before it)
        let compared = before.ends_with(['比', '较', '继'])
            || before.ends_with('与') && after.chars().take(8).collect::<String>().contains("相比");
        let plausible = crate::model::REPORT_YEARS.contains(&year);
        // a date on a line of its own dates the text (signed, published), it is no year
        // the text tells of: a report on 2022 is signed in 2023
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line_end = after.find('\n').map_or(text.len(), |i| end + i);
        let dates_text = super::dates::is_date_line(&text[line_start..line_end]);
        (plausible && !open_titles && !looks_back && !until && !range && !compared && !dates_text)
            .then_some(year)
    })
}

/// The year the text reports on most often; on a tie, the earlier one (the plan year comes
/// after the report year).
fn most_common_year(text: &str) -> Option<i32> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for y in report_years(text) {
        *counts.entry(y).or_default() += 1;
    }
    counts
        .into_iter()
        .max_by_key(|&(y, n)| (n, std::cmp::Reverse(y)))
        .map(|(y, _)| y)
}

/// The publication date: the one a page labels as such near the start, else a date that
/// stands on a line of its own at the end (the signature's) or near the start.
fn published(text: &str) -> Option<NaiveDate> {
    let head = &text[..text.char_indices().nth(600).map_or(text.len(), |(i, _)| i)];
    let labelled = DATE_LABELS
        .iter()
        .flat_map(|label| head.match_indices(label).map(move |(i, _)| i + label.len()))
        .filter_map(|after| {
            let rest = head[after..].trim_start_matches([' ', '\u{3000}', '\t']);
            let rest = rest.strip_prefix([':', '：'])?;
            let rest = rest.trim_start_matches([' ', '\u{3000}', '\t', '[']);
            super::dates::date_at(rest).map(|(d, _)| (after, d))
        })
        .min_by_key(|(at, _)| *at);
    if let Some((_, d)) = labelled {
        return Some(d);
    }
    let alone = |line: &str| {
        let line = line.trim();
        let (start, end, d) = super::dates::dates(line).next()?;
        let rest = line[..start].chars().count() + line[end..].chars().count();
        (rest <= 12).then_some(d)
    };
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines
        .iter()
        .rev()
        .take(4)
        .find_map(|l| alone(l))
        .or_else(|| lines.iter().take(6).find_map(|l| alone(l)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_gives_year_and_signature_the_date() {
        let m =
            meta("朔州市2024年法治政府建设年度报告\n正文……2023年……\n朔州市人民政府\n2025年3月20日");
        assert_eq!(m.year, Some(2024));
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2025, 3, 20));
        assert!(m.jurisdiction.is_none(), "the reporter pass sets it");
    }

    #[test]
    fn the_year_is_not_one_looked_back_from_nor_cited() {
        let m = meta(
            "2021年以来，我县坚持……2025年，全县受理……2025年，……《法治政府建设实施纲要（2021—2025年）》",
        );
        assert_eq!(m.year, Some(2025));
        let m = meta("截止到2020年11月30日，全市受理调解案件6368件。2020年……");
        assert_eq!(m.year, Some(2020));
        let m = meta("开展《2021年度法治政府建设报告》质量评查。2023年，……2023年……");
        assert_eq!(m.year, Some(2023));
        let m = meta("2017年全省受理法律援助案件85685件，业务经费比2016年增长12%。");
        assert_eq!(m.year, Some(2017));
        let m = meta("继2016年获得表彰之后，今年再次获得表彰。2019年办理案件1200件。");
        assert_eq!(m.year, Some(2019));
        // an interpretation of a report is about the report's year, not the year it was
        // drafted and published in
        let m = meta(
            "《烈山区人民政府关于2024年法治政府建设情况的报告》文件解读\n2025年2月6日形成初稿。2025年2月24日报送。",
        );
        assert_eq!(m.year, Some(2024));
        // a title that only cites a document keeps it out
        let m = meta("关于开展《2021年度法治政府建设报告》质量评查的报告\n2023年，全县……");
        assert_eq!(m.year, Some(2023));
        let m = meta("法律服务网自2018年5月上线以来，累计访问1.96亿人次。");
        assert_eq!(m.year, None);
        // the date the report is signed on tells when, not what of
        let m = meta("2022年，我局……。2023年，我局将……。\n西安市生态环境局\n2023年2月10日");
        assert_eq!(m.year, Some(2022));
    }

    #[test]
    fn the_page_label_gives_the_publication_date() {
        let m = meta(
            "2020年人民调解工作数据统计\n来源:黄石市司法局      时间:2021-01-14 16:24\n截止到2020年11月30日,全市受理调解案件6368件。",
        );
        assert_eq!(m.published, NaiveDate::from_ymd_opt(2021, 1, 14));
        // a date inside a sentence is no publication date
        let m = meta(
            "2024年3月5日，县政府召开常务会议，审议通过了有关文件，部署全年的法治工作。\n正文",
        );
        assert_eq!(m.published, None);
    }

    #[test]
    fn a_name_outside_the_gazetteer_keeps_its_level() {
        let j = jurisdiction_named("某某县司法局");
        assert_eq!((j.level, j.division_code), (Some(Level::Department), None));
        let j = jurisdiction_named("山西省");
        assert_eq!(
            (j.level, j.division_code.as_deref()),
            (Some(Level::Province), Some("140000"))
        );
    }
}
