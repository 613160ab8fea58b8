//! Saved web pages → the article's text, with the title, publication date and address the page
//! states about itself.
//!
//! Government sites wrap a report in navigation, breadcrumbs, share buttons and footers. The
//! article is the element whose paragraphs hold the most Chinese text outside links; its text is
//! laid out one block per line (paragraphs, headings, list items, `<br>`), table rows as
//! `| a | b |` lines, scripts and styles dropped.

use chrono::NaiveDate;
use scraper::{ElementRef, Html, Node, Selector};
use std::collections::HashMap;

/// What a page says about itself, taken from its `<head>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    /// `<meta name="ArticleTitle">`, else `<title>`.
    pub title: Option<String>,
    /// `<meta name="PubDate">` (and the usual alternatives), as a date.
    pub published: Option<NaiveDate>,
    /// `<link rel="canonical">`, else `<meta property="og:url">`, else `<meta name="url">`.
    pub source: Option<String>,
}

/// Whether bytes decoded to `text` are an HTML page rather than plain text.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n'])
        .chars()
        .take(15)
        .flat_map(char::to_lowercase)
        .collect();
    head.starts_with("<!doctype html") || head.starts_with("<html") || head.starts_with("<head")
}

/// The article's text and what the page says about itself.
///
/// ```
/// let html = r#"<html><head><title>朔州市2024年法治政府建设年度报告_朔州市人民政府</title>
///   <meta name="PubDate" content="2025-03-28 10:00"></head><body>
///   <div class="nav"><a href="/">首页</a> &gt; <a href="/zw">政务公开</a></div>
///   <div id="zoom"><p>一、主要举措</p><p>全年受理行政复议案件291件。</p></div></body></html>"#;
/// let (text, meta) = fazhi::files::article(html);
/// assert_eq!(text, "一、主要举措\n全年受理行政复议案件291件。\n");
/// assert_eq!(meta.published, chrono::NaiveDate::from_ymd_opt(2025, 3, 28));
/// ```
pub fn article(html: &str) -> (String, PageMeta) {
    let doc = Html::parse_document(html);
    let meta = page_meta(&doc);
    let root = best_block(&doc).unwrap_or_else(|| doc.root_element());
    let mut out = Layout::default();
    out.walk(root);
    (out.finish(), meta)
}

fn selector(css: &str) -> Option<Selector> {
    Selector::parse(css).ok()
}

/// The first non-empty value among the selectors' matches (attribute `attr`, or the text).
fn first(doc: &Html, selectors: &[&str], attr: Option<&str>) -> Option<String> {
    selectors
        .iter()
        .filter_map(|css| selector(css))
        .find_map(|sel| {
            doc.select(&sel).find_map(|el| {
                let value = match attr {
                    Some(a) => el.value().attr(a)?.to_string(),
                    None => el.text().collect::<String>(),
                };
                let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
                (!value.is_empty()).then_some(value)
            })
        })
}

fn page_meta(doc: &Html) -> PageMeta {
    let title = first(
        doc,
        &[
            "meta[name=ArticleTitle]",
            "meta[name=articletitle]",
            "meta[property='og:title']",
        ],
        Some("content"),
    )
    .or_else(|| first(doc, &["title"], None));
    let published = first(
        doc,
        &[
            "meta[name=PubDate]",
            "meta[name=pubdate]",
            "meta[name=publishdate]",
            "meta[name=firstpublishedtime]",
            "meta[property='article:published_time']",
        ],
        Some("content"),
    )
    .and_then(|d| date_in(&d));
    let source = first(doc, &["link[rel=canonical]"], Some("href"))
        .or_else(|| {
            first(
                doc,
                &["meta[property='og:url']", "meta[name=url]"],
                Some("content"),
            )
        })
        .filter(|u| u.starts_with("http://") || u.starts_with("https://"));
    PageMeta {
        title,
        published,
        source,
    }
}

/// The first `YYYY-MM-DD` (or `/`, `.`, `年月日`) date of a string.
fn date_in(s: &str) -> Option<NaiveDate> {
    let nums: Vec<u32> = s
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match nums[..] {
        [y, m, d] => NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d),
        _ => None,
    }
}

/// Elements whose content is never the report's text.
const SKIPPED: [&str; 9] = [
    "script", "style", "noscript", "template", "head", "iframe", "svg", "button", "select",
];

/// Elements that start a new line.
const BLOCKS: [&str; 24] = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "hr",
];

/// Chinese characters in the text directly under `el` (not in links, scripts, or nested blocks
/// that are scored themselves).
fn cjk(s: &str) -> usize {
    s.chars()
        .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
        .count()
}

/// The element whose paragraphs hold the most Chinese text outside links: each text node
/// scores for its nearest block ancestor's parent, so the container of the paragraphs wins over
/// the page's `<body>` and over any single paragraph.
fn best_block(doc: &Html) -> Option<ElementRef<'_>> {
    let mut score: HashMap<_, (usize, usize, ElementRef<'_>)> = HashMap::new();
    for node in doc.root_element().descendants() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let n = cjk(text);
        if n == 0 {
            continue;
        }
        let mut in_link = false;
        let mut block = None;
        for anc in node.ancestors().filter_map(ElementRef::wrap) {
            let name = anc.value().name();
            if SKIPPED.contains(&name) {
                block = None;
                in_link = true;
                break;
            }
            if name == "a" {
                in_link = true;
            }
            if BLOCKS.contains(&name) || name == "td" || name == "body" {
                block = Some(anc);
                break;
            }
        }
        if in_link {
            continue;
        }
        let Some(block) = block else { continue };
        // the paragraph's container scores; a bare text in a div scores for that div
        let target = if matches!(
            block.value().name(),
            "p" | "h1" | "h2" | "h3" | "h4" | "li" | "td" | "span"
        ) {
            block.parent().and_then(ElementRef::wrap).unwrap_or(block)
        } else {
            block
        };
        let target = if target.value().name() == "tr" || target.value().name() == "tbody" {
            target
                .ancestors()
                .filter_map(ElementRef::wrap)
                .find(|a| a.value().name() == "table")
                .and_then(|t| t.parent().and_then(ElementRef::wrap))
                .unwrap_or(target)
        } else {
            target
        };
        let seen = score.len();
        score.entry(target.id()).or_insert((0, seen, target)).0 += n;
    }
    // the most text; of equals, the first in the page
    score
        .into_values()
        .max_by_key(|&(n, seen, _)| (n, std::cmp::Reverse(seen)))
        .map(|(_, _, el)| el)
}

/// The text of an element laid out in lines.
#[derive(Default)]
struct Layout {
    out: String,
}

impl Layout {
    fn newline(&mut self) {
        let trimmed = self.out.trim_end_matches([' ', '\t']).len();
        self.out.truncate(trimmed);
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn text(&mut self, s: &str) {
        // HTML whitespace collapses; full-width spaces (indentation of Chinese text) stay
        let mut last_space = self.out.ends_with([' ', '\n']) || self.out.is_empty();
        for c in s.chars() {
            if matches!(c, ' ' | '\t' | '\r' | '\n' | '\u{a0}') {
                if !last_space {
                    self.out.push(' ');
                    last_space = true;
                }
            } else {
                self.out.push(c);
                last_space = false;
            }
        }
    }

    fn walk(&mut self, el: ElementRef<'_>) {
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.text(t),
                Node::Element(e) => {
                    let name = e.name();
                    if SKIPPED.contains(&name) {
                        continue;
                    }
                    let Some(child) = ElementRef::wrap(child) else {
                        continue;
                    };
                    if name == "tr" {
                        self.table_row(child);
                        continue;
                    }
                    let block = BLOCKS.contains(&name);
                    if block {
                        self.newline();
                    }
                    self.walk(child);
                    if block {
                        self.newline();
                    }
                }
                _ => {}
            }
        }
    }

    /// A table row as `| a | b |`, each cell's text on one line.
    fn table_row(&mut self, tr: ElementRef<'_>) {
        let cells: Vec<String> = tr
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .map(|c| {
                let mut inner = Layout::default();
                inner.walk(c);
                inner
                    .finish()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        if cells.iter().all(String::is_empty) {
            return;
        }
        self.newline();
        self.out.push_str("| ");
        self.out.push_str(&cells.join(" | "));
        self.out.push_str(" |\n");
    }

    fn finish(mut self) -> String {
        self.newline();
        // one line per block: no blank runs, no indentation by HTML whitespace
        let mut text = String::with_capacity(self.out.len());
        for line in self.out.lines() {
            let line = line.trim_matches([' ', '\t']);
            if !line.is_empty() {
                text.push_str(line);
                text.push('\n');
            }
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><meta charset="gbk">
<title>关于XX市2024年法治政府建设情况的报告 - XX市人民政府</title>
<meta name="ArticleTitle" content="XX市2024年法治政府建设年度报告">
<meta name="PubDate" content="2025/03/28 09:30">
<link rel="canonical" href="https://www.example.gov.cn/zwgk/2025/0328/1.html">
<script>var 统计代码 = "不是正文";</script><style>p { color: red }</style></head>
<body><div class="header"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/fzzf">法治政府建设专栏</a></div>
<div class="main"><div class="sidebar"><ul><li><a href="/1">关于印发某某办法的通知</a></li><li><a href="/2">关于开展法治宣传教育的通知</a></li></ul></div>
<div id="zoom" class="TRS_Editor">
  <p style="text-indent:2em">　　一、主要举措和成效</p>
  <p>全年全市共受理行政复议案件291件，<span>审结</span>224件。<br>办理法律援助案件1,234件。</p>
  <table><tr><th>项目</th><th>数量（件）</th></tr><tr><td>行政复议</td><td>291</td></tr><tr><td></td><td></td></tr></table>
  <p>　　二、存在的不足</p><p>一是法治宣传教育针对性不强。</p>
</div></div>
<div class="footer">主办单位：XX市人民政府办公室 <a href="/about">网站地图</a> 备案号：京ICP备12345号</div>
</body></html>"#;

    #[test]
    fn the_article_is_the_block_with_the_most_text() {
        let (text, meta) = article(PAGE);
        assert_eq!(
            text,
            "　　一、主要举措和成效\n全年全市共受理行政复议案件291件，审结224件。\n办理法律援助案件1,234件。\n| 项目 | 数量（件） |\n| 行政复议 | 291 |\n　　二、存在的不足\n一是法治宣传教育针对性不强。\n"
        );
        assert_eq!(
            meta.title.as_deref(),
            Some("XX市2024年法治政府建设年度报告")
        );
        assert_eq!(meta.published, NaiveDate::from_ymd_opt(2025, 3, 28));
        assert_eq!(
            meta.source.as_deref(),
            Some("https://www.example.gov.cn/zwgk/2025/0328/1.html")
        );
    }

    #[test]
    fn a_page_without_paragraphs_gives_its_body_text() {
        let (text, meta) =
            article("<html><body>全年受理行政复议案件291件。<script>x()</script></body></html>");
        assert_eq!(text, "全年受理行政复议案件291件。\n");
        assert_eq!(meta, PageMeta::default());
        assert_eq!(article("").0, "");
    }

    #[test]
    fn html_is_told_from_text() {
        assert!(looks_like_html("\u{feff}\n  <!DOCTYPE html><html>"));
        assert!(looks_like_html("<HTML><body>"));
        assert!(!looks_like_html("一、主要举措 <b>"));
        assert_eq!(
            date_in("2025年3月28日"),
            NaiveDate::from_ymd_opt(2025, 3, 28)
        );
        assert_eq!(date_in("2025-13-28"), None);
        assert_eq!(date_in("2025"), None);
    }
}
