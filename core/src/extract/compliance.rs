//! Where a report covers what the reporting rules ask of it.
//!
//! The 《法治政府建设与责任落实督察工作规定》 (2019) sets five parts for an annual report: the
//! year's main measures and results; the shortfalls and their causes; how the principal
//! leaders performed their duties as first responsible persons for the rule of law; the main
//! plans for the next year; other matters to report. A part is covered by a top-level section
//! of its own, or by a passage inside another (the leaders' duties are often a point of the
//! measures, `压紧压实党政主要负责人履行推进法治建设第一责任人职责`). What is found here is
//! data of the report ([`Compliance`]); the `report.*` rules of the checks judge it, so they
//! run the same on a report read from JSON.

use super::outline::SectionIndex;
use super::source::Source;
use crate::model::{Compliance, Coverage, Meta, Part, PartCoverage, Section, Span};
use std::collections::HashMap;

/// The five parts, in the rules' order.
const PARTS: [Part; 5] = [
    Part::Measures,
    Part::Problems,
    Part::Leadership,
    Part::Plans,
    Part::Other,
];

/// Words that state the duties of the first responsible persons.
const LEADERSHIP_WORDS: &[&str] = &["第一责任人", "主要负责人履行", "述法"];

/// Words that state why a shortfall exists (`究其原因`, `主要是由于`, `根源在于`).
const CAUSE_WORDS: &[&str] = &[
    "原因",
    "由于",
    "源于",
    "缘于",
    "根源",
    "究其",
    "主观上",
    "客观上",
    "归结于",
    "症结",
];

/// The year of each sentence or clause the body opens with one (`2024年，`, `。2024年度,`,
/// `一是2024年，`), with where it stands; not one it looks back from (`2021年以来`).
fn opening_years(text: &str) -> impl Iterator<Item = (usize, i32)> + '_ {
    super::dates::years(text).filter_map(move |(start, end, year)| {
        let after = text[end..].strip_prefix('度').unwrap_or(&text[end..]);
        if !after.starts_with(['，', ',']) {
            return None;
        }
        let before = text[..start].trim_end_matches([' ', '\t', '\u{3000}']);
        // an ordinal before it: `一是`, `1.`
        let before = match before.strip_suffix('是') {
            Some(b) if b.ends_with(|c: char| "一二三四五六七八九十".contains(c)) => {
                b.trim_end_matches(|c: char| "一二三四五六七八九十".contains(c))
            }
            _ => match before.strip_suffix(['.', '、', '．']) {
                Some(b) if b.ends_with(|c: char| c.is_ascii_digit()) => {
                    b.trim_end_matches(|c: char| c.is_ascii_digit())
                }
                _ => before,
            },
        };
        let before = before.trim_end_matches([' ', '\t', '\u{3000}']);
        (before.is_empty() || before.ends_with(['。', '\n', '；', ';', '：', ':']))
            .then_some((start, year))
    })
}

/// Whether a title says it is an annual report the rules govern, and is the report's own:
/// not a news headline about one (`应急管理部发布2023年法治政府建设年度报告`).
fn is_annual_report_title(title: &str) -> bool {
    let title = without_cited(title);
    title.contains("法治政府建设")
        && ["报告", "情况", "总结"].iter().any(|w| title.contains(w))
        && !["发布", "印发", "公布", "解读", "显示", "亮出", "晒出"]
            .iter()
            .any(|w| title.contains(w))
}

/// `text` without what stands inside `《…》`.
fn without_cited(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|&c| {
            match c {
                '《' => depth += 1,
                '》' => depth = depth.saturating_sub(1),
                _ => return depth == 0,
            }
            false
        })
        .collect()
}

/// Where the text covers each part the rules ask for.
pub(crate) fn compliance(
    src: &Source,
    outline: &[Section],
    sections: &SectionIndex,
    meta: &Meta,
) -> Compliance {
    let text: &str = &src.folded;
    let top: Vec<&Section> = outline.iter().filter(|s| s.level == 1).collect();
    let has_words = |s: &Section, words: &[&str]| words.iter().any(|w| s.title.contains(w));
    let mut parts = Vec::with_capacity(PARTS.len());
    for part in PARTS {
        let own = top.iter().find(|s| own_part(s, part));
        let covered = match own {
            Some(s) => Some((Coverage::Section, Some(s.id.clone()), s.span)),
            None => passage(src, outline, sections, &top, part, has_words),
        };
        parts.push(match covered {
            Some((coverage, section, span)) => PartCoverage {
                part,
                coverage,
                section,
                span: Some(span),
            },
            None => PartCoverage {
                part,
                coverage: Coverage::Missing,
                section: None,
                span: None,
            },
        });
    }
    let body_of = |part: Part| -> Option<(usize, usize)> {
        let p = parts.iter().find(|p| p.part == part)?;
        let id = p.section.as_deref()?;
        let s = outline.iter().find(|s| s.id == id)?;
        Some((s.body.start, s.body.end))
    };
    // (after the heading: `存在的不足及原因` promises causes, it does not state them)
    let heading_end = |part: Part| -> Option<usize> {
        let p = parts.iter().find(|p| p.part == part)?;
        let id = p.section.as_deref()?;
        outline.iter().find(|s| s.id == id).map(|s| s.span.end)
    };
    let causes = body_of(Part::Problems).and_then(|(start, end)| {
        let start = heading_end(Part::Problems)
            .unwrap_or(start)
            .clamp(start, end);
        CAUSE_WORDS
            .iter()
            .filter_map(|w| text[start..end].find(w).map(|i| start + i))
            .min()
            .map(|at| {
                let (s, e) = src.sentence_at(at);
                src.span(s.max(start), e.min(end))
            })
    });
    let plan_years = body_of(Part::Plans)
        .map(|(start, end)| {
            // the plans' heading and their first line name the year they are for
            let head_end = text[start..end]
                .char_indices()
                .filter(|&(_, c)| c == '\n')
                .nth(1)
                .map_or(end, |(i, _)| start + i);
            let heading = without_cited(&text[start..head_end]);
            let mut years: Vec<i32> = super::dates::years(&heading).map(|y| y.2).collect();
            years.dedup();
            years
        })
        .unwrap_or_default();
    let title_year = meta
        .title
        .as_deref()
        .and_then(|t| super::dates::years(&without_cited(t)).next().map(|y| y.2));
    let plans_at = body_of(Part::Plans);
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for (at, y) in opening_years(text) {
        if !plans_at.is_some_and(|(s, e)| s <= at && at < e) {
            *counts.entry(y).or_default() += 1;
        }
    }
    // the year that opens most sentences, twice at least and more often than any other
    let mut ranked: Vec<(i32, usize)> = counts.into_iter().collect();
    ranked.sort_by_key(|&(y, n)| (std::cmp::Reverse(n), y));
    let content_year = match ranked.as_slice() {
        [(y, n), rest @ ..] if *n >= 2 && rest.first().is_none_or(|r| r.1 < *n) => Some(*y),
        _ => None,
    };
    let titled = meta.title.as_deref().is_some_and(is_annual_report_title);
    let own_sections = parts
        .iter()
        .filter(|p| p.part != Part::Other && p.coverage == Coverage::Section)
        .count();
    let plans = parts
        .iter()
        .any(|p| p.part == Part::Plans && p.coverage != Coverage::Missing);
    let signed = text
        .lines()
        .rev()
        .filter(|l| !l.trim().is_empty())
        .take(3)
        .any(super::dates::is_date_line);
    Compliance {
        applies: titled || own_sections >= 3,
        complete: plans || signed,
        parts,
        causes,
        plan_years,
        title_year,
        content_year,
    }
}

/// Whether a top-level section is `part`'s own: the fifth part where its heading says
/// `其他` (`其他需要报告的情况`, which the outline may count as measures), the others where the
/// outline gives it that part.
fn own_part(s: &Section, part: Part) -> bool {
    let other = s.title.contains("其他");
    match part {
        Part::Other => other,
        _ => s.part == part && !other,
    }
}

/// A passage that covers `part` inside another part: a heading of a lower level, a
/// top-level heading that names two parts (`存在的问题和下一步打算`), or for the leaders'
/// duties a sentence of the measures.
fn passage(
    src: &Source,
    outline: &[Section],
    sections: &SectionIndex,
    top: &[&Section],
    part: Part,
    has_words: impl Fn(&Section, &[&str]) -> bool,
) -> Option<(Coverage, Option<String>, Span)> {
    let text: &str = &src.folded;
    let words: &[&str] = match part {
        Part::Problems => &["问题", "不足", "差距", "短板"],
        Part::Plans => &["安排", "打算", "计划", "思路", "下一步", "展望"],
        Part::Leadership => LEADERSHIP_WORDS,
        Part::Measures => &["举措", "成效", "措施", "主要工作", "进展"],
        Part::Other => return None,
    };
    // a heading that names it (a top one naming two parts, or one below the top)
    // (the leaders' duties and the measures are not covered by what the plans or the
    // shortfalls say of them)
    let elsewhere = |s: &Section| {
        matches!(part, Part::Leadership | Part::Measures)
            && matches!(s.part, Part::Plans | Part::Problems)
    };
    if let Some(s) = outline
        .iter()
        .find(|s| (s.level > 1 || s.part == Part::Other) && has_words(s, words) && !elsewhere(s))
    {
        return Some((Coverage::Passage, Some(s.id.clone()), s.span));
    }
    let outside = |at: usize| {
        !top.iter().any(|s| {
            matches!(s.part, Part::Plans | Part::Problems) && s.body.start <= at && at < s.body.end
        })
    };
    match part {
        // the leaders' duties stated in a sentence of the measures, not of the plans
        Part::Leadership => LEADERSHIP_WORDS
            .iter()
            .flat_map(|w| text.match_indices(w).map(|(i, _)| i))
            .filter(|&i| outside(i))
            .min()
            .map(|at| {
                let (s, e) = src.sentence_at(at);
                (Coverage::Passage, sections.id_at(at), src.span(s, e))
            }),
        // the measures are the body before the first part that is not measures, where the
        // outline opens with none of its own
        Part::Measures => {
            let first_other = top
                .iter()
                .filter(|s| s.part != Part::Measures)
                .map(|s| s.span.start)
                .min()
                .unwrap_or(text.len());
            let body = text[..first_other].trim_end();
            (body.chars().count() >= 200)
                .then(|| (Coverage::Passage, None, src.span(0, body.len())))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, title: Option<&str>) -> Compliance {
        let src = Source::new(text);
        let (outline, _) = super::super::outline::outline(&src);
        let sections = SectionIndex::new(&outline);
        let meta = Meta {
            title: title.map(str::to_string),
            ..Meta::default()
        };
        compliance(&src, &outline, &sections, &meta)
    }

    fn coverage(c: &Compliance) -> Vec<Coverage> {
        c.parts.iter().map(|p| p.coverage).collect()
    }

    #[test]
    fn five_parts_of_their_own() {
        let c = read(
            "一、2024年主要举措和成效\n2024年，全区坚持依法行政。2024年，全区受理复议。\n二、存在的不足及原因\n一是宣传不够，主要原因是投入不足。\n三、党政主要负责人履行推进法治建设第一责任人职责情况\n区长带头述法。\n四、2025年工作安排\n一是加强宣传。\n五、其他需要报告的事项\n无。\n",
            None,
        );
        assert!(c.applies && c.complete);
        assert_eq!(coverage(&c), [Coverage::Section; 5]);
        assert!(c.causes.is_some());
        assert_eq!(c.plan_years, [2025]);
        assert_eq!(c.content_year, Some(2024));
    }

    #[test]
    fn the_leaders_duties_inside_the_measures_and_shortfalls_without_causes() {
        let text = "2024年，全市坚持依法行政。\n一、主要举措和成效\n（一）压实责任。压紧压实党政主要负责人履行推进法治建设第一责任人职责，开展述法。\n二、存在问题\n一是宣传不够；二是队伍不强。\n三、2025年工作安排\n一是压实第一责任人职责。\n";
        let c = read(text, None);
        assert!(c.applies);
        let leaders = &c.parts[2];
        assert_eq!(leaders.coverage, Coverage::Passage);
        let span = leaders.span.as_ref().unwrap();
        assert!(text[span.start..span.end].contains("第一责任人"));
        assert!(
            span.start < text.find("二、").unwrap(),
            "the measures', not the plans'"
        );
        assert_eq!(c.parts[4].coverage, Coverage::Missing);
        assert_eq!(c.causes, None);
    }

    #[test]
    fn a_heading_naming_two_parts_covers_both() {
        let c = read(
            "XX县2024年法治政府建设年度报告\n一、主要工作\n全县依法行政。\n二、存在的问题和下一步打算\n一是宣传不够。下一步将加强宣传。\n",
            Some("XX县2024年法治政府建设年度报告"),
        );
        assert!(c.applies);
        assert_eq!(c.parts[1].coverage, Coverage::Passage);
        assert_eq!(c.parts[3].coverage, Coverage::Passage);
        assert_eq!(c.title_year, Some(2024));
    }

    #[test]
    fn news_and_excerpts_are_not_governed() {
        let c = read(
            "记者从司法部获悉，2023年全国新收行政复议案件38.5万件。",
            None,
        );
        assert!(!c.applies);
        let c = read("正文。", Some("应急管理部发布2023年法治政府建设年度报告"));
        assert!(!c.applies, "a headline about a report is not the report");
        let c = read(
            "XX县2024年法治政府建设年度报告\n一、主要工作\n全县依法行政。\n",
            Some("XX县2024年法治政府建设年度报告"),
        );
        assert!(
            c.applies && !c.complete,
            "an excerpt that stops before the plans"
        );
        let c = read(
            "XX县2024年法治政府建设年度报告\n一、主要工作\n全县依法行政。\nXX县人民政府\n2025年3月20日\n",
            Some("XX县2024年法治政府建设年度报告"),
        );
        assert!(c.complete, "a signature closes it");
        let c = read(
            "一、主要举措\n全县依法行政。\n二、存在问题\n一是宣传不够。\n",
            Some("《法治政府建设实施纲要》解读"),
        );
        assert!(!c.applies, "a cited title is not the report's own");
    }
}
