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
    let doc = Html::parse_document(&flatten_deep(html));
    let meta = page_meta(&doc);
    let root = best_block(&doc).unwrap_or_else(|| doc.root_element());
    let mut out = Layout {
        pre: usize::from(root.value().name() == "pre"),
        ..Layout::default()
    };
    out.walk(root);
    (out.finish(), meta)
}

/// How deep elements may nest in the markup given to the HTML parser. The parser looks through
/// the open elements at many tags, so a page nesting tens of thousands of elements costs time
/// with the square of its depth; no real page nests more than a few dozen.
const MAX_PARSE_DEPTH: usize = 256;

/// Elements that have no end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The markup with the tags nested deeper than [`MAX_PARSE_DEPTH`] left out (their text stays,
/// one level up), in one pass; the markup itself when none is that deep.
fn flatten_deep(html: &str) -> std::borrow::Cow<'_, str> {
    let b = html.as_bytes();
    let (mut depth, mut excess) = (0usize, 0usize);
    let mut out: Option<String> = None;
    let mut kept = 0; // bytes of `html` copied to `out` so far
    let mut i = 0;
    while let Some(at) = memchr_lt(b, i) {
        i = at + 1;
        // a comment or a declaration: passed over whole
        if html[at..].starts_with("<!--") {
            i = html[at + 4..]
                .find("-->")
                .map_or(b.len(), |e| at + 4 + e + 3);
            continue;
        }
        let closing = b.get(i) == Some(&b'/');
        let name_start = i + usize::from(closing);
        let name_end = name_start
            + b[name_start..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric())
                .count();
        if name_end == name_start {
            continue; // `<` in text, `<!DOCTYPE`, `<?xml`
        }
        let Some(gt) = html[name_end..].find('>').map(|e| name_end + e) else {
            break;
        };
        let name = html[name_start..name_end].to_ascii_lowercase();
        let end = gt + 1;
        i = end;
        if !closing && (name == "script" || name == "style") {
            // raw text: no tags inside
            let close = format!("</{name}");
            i = find_ignore_case(html, end, &close).unwrap_or(b.len());
            continue;
        }
        let self_closing = b[gt.saturating_sub(1)] == b'/' || VOID.contains(&name.as_str());
        let drop = if closing {
            if excess > 0 {
                excess -= 1;
                true
            } else {
                depth = depth.saturating_sub(1);
                false
            }
        } else if self_closing {
            false
        } else if depth >= MAX_PARSE_DEPTH {
            let attrs = html[name_end..gt]
                .to_ascii_lowercase()
                .replace(char::is_whitespace, "");
            if SKIPPED.contains(&name.as_str())
                || attrs.contains("hidden")
                || attrs.contains("display:none")
            {
                // hidden content: left out whole, to its end tag
                i = element_end(html, end);
            } else {
                excess += 1;
            }
            true
        } else {
            depth += 1;
            false
        };
        if drop {
            let o = out.get_or_insert_with(|| String::with_capacity(html.len()));
            o.push_str(&html[kept..at]);
            kept = i.max(end);
        }
    }
    match out {
        None => std::borrow::Cow::Borrowed(html),
        Some(mut o) => {
            o.push_str(&html[kept..]);
            std::borrow::Cow::Owned(o)
        }
    }
}

/// Where the element whose start tag ends at `from` ends: past the end tag that closes it,
/// counting the elements opened and closed inside (void ones aside).
fn element_end(html: &str, from: usize) -> usize {
    let b = html.as_bytes();
    let mut open = 1usize;
    let mut i = from;
    while let Some(at) = memchr_lt(b, i) {
        let closing = b.get(at + 1) == Some(&b'/');
        let start = at + 1 + usize::from(closing);
        let len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let Some(gt) = html[start..].find('>').map(|e| start + e) else {
            break;
        };
        i = gt + 1;
        if len == 0 {
            continue;
        }
        let name = html[start..start + len].to_ascii_lowercase();
        if closing {
            open -= 1;
            if open == 0 {
                return i;
            }
        } else if b[gt - 1] != b'/' && !VOID.contains(&name.as_str()) {
            open += 1;
        }
    }
    b.len()
}

/// The next `<` at or after `from`.
fn memchr_lt(b: &[u8], from: usize) -> Option<usize> {
    b.get(from..)?
        .iter()
        .position(|&c| c == b'<')
        .map(|p| from + p)
}

/// Where `needle` (ASCII) starts in `hay` at or after `from`, in any case.
fn find_ignore_case(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    (from..h.len().saturating_sub(n.len() - 1)).find(|&k| h[k..k + n.len()].eq_ignore_ascii_case(n))
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
const SKIPPED: [&str; 12] = [
    "script", "style", "noscript", "template", "head", "iframe", "svg", "button", "select",
    "textarea", "input", "option",
];

/// How deep the layout goes into nested elements; below, an element's text is taken whole,
/// without line breaks (no real page nests its article this deep; a hostile one would
/// otherwise cost time and stack with every level).
const MAX_DEPTH: usize = 128;

/// Whether an element is never shown: skipped by name, or hidden by its `hidden` attribute,
/// `aria-hidden="true"`, or an inline `display: none` / `visibility: hidden`.
fn hidden(el: &scraper::node::Element) -> bool {
    if SKIPPED.contains(&el.name()) || el.attr("hidden").is_some() {
        return true;
    }
    if el
        .attr("aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        style.contains("display:none") || style.contains("visibility:hidden")
    })
}

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
        // the nearest block within reach; a text deeper than that in blocks scores nowhere
        for anc in node
            .ancestors()
            .filter_map(ElementRef::wrap)
            .take(MAX_DEPTH)
        {
            let name = anc.value().name();
            if hidden(anc.value()) {
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
    let mut blocks: Vec<(usize, usize, ElementRef<'_>)> = score.into_values().collect();
    blocks.sort_by_key(|&(n, seen, _)| (std::cmp::Reverse(n), seen));
    let &(best_n, _, best) = blocks.first()?;
    // an article split over sibling containers (a `<section>` per paragraph, two `<div>`s):
    // the common container of the best one and every other holding a good share of text
    let share = (best_n / 4).max(MIN_SHARE);
    let mut root = best;
    for &(n, _, el) in &blocks[1..] {
        if n < share {
            break;
        }
        if !el.ancestors().any(|a| a.id() == root.id()) {
            root = common_ancestor(root, el).unwrap_or(root);
        }
    }
    Some(root)
}

/// The Chinese characters a container needs, besides a quarter of the best one's, to count as
/// part of the article rather than a footer or a side box.
const MIN_SHARE: usize = 40;

/// The nearest element holding both `a` and `b`.
fn common_ancestor<'a>(a: ElementRef<'a>, b: ElementRef<'a>) -> Option<ElementRef<'a>> {
    let above_b: std::collections::HashSet<_> = b.ancestors().map(|n| n.id()).collect();
    std::iter::once(*a)
        .chain(a.ancestors())
        .find(|n| above_b.contains(&n.id()))
        .and_then(ElementRef::wrap)
}

/// The text of an element laid out in lines.
#[derive(Default)]
struct Layout {
    out: String,
    /// Inside `<pre>`: line breaks are kept.
    pre: usize,
    /// How deep the walk is.
    depth: usize,
}

impl Layout {
    /// A line break even after an empty line (inside `<pre>`; blank lines are dropped at the
    /// end).
    fn newline_always(&mut self) {
        self.out.push('\n');
    }

    fn newline(&mut self) {
        let trimmed = self.out.trim_end_matches([' ', '\t']).len();
        self.out.truncate(trimmed);
        if !self.out.is_empty() && !self.out.ends_with('\n') {
            self.out.push('\n');
        }
    }

    fn text(&mut self, s: &str) {
        if self.pre > 0 {
            // preformatted: its lines are lines
            for (i, line) in s.split('\n').enumerate() {
                if i > 0 {
                    self.newline_always();
                }
                self.out.push_str(line.trim_end_matches('\r'));
            }
            return;
        }
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
        if self.depth >= MAX_DEPTH {
            // too deep to lay out: the text below, whole, in an iterative walk that skips
            // what is hidden
            let mut below = String::new();
            let mut stack: Vec<_> = el.children().collect();
            stack.reverse();
            while let Some(n) = stack.pop() {
                match n.value() {
                    Node::Text(t) => below.push_str(t),
                    Node::Element(e) if !hidden(e) => {
                        let at = stack.len();
                        stack.extend(n.children());
                        stack[at..].reverse();
                    }
                    _ => {}
                }
            }
            self.text(&below);
            return;
        }
        self.depth += 1;
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.text(t),
                Node::Element(e) => {
                    let name = e.name();
                    if hidden(e) {
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
                    let pre = name == "pre";
                    self.pre += usize::from(pre);
                    self.walk(child);
                    self.pre -= usize::from(pre);
                    if block {
                        self.newline();
                    }
                }
                _ => {}
            }
        }
        self.depth -= 1;
    }

    /// A table row as `| a | b |`, each cell's text on one line.
    fn table_row(&mut self, tr: ElementRef<'_>) {
        let cells: Vec<String> = tr
            .children()
            .filter_map(ElementRef::wrap)
            .filter(|c| matches!(c.value().name(), "td" | "th"))
            .map(|c| {
                let mut inner = Layout {
                    depth: self.depth,
                    ..Layout::default()
                };
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
    fn an_article_split_over_sibling_containers_is_read_whole() {
        let para = |s: &str| format!("<section><p>{s}</p></section>");
        let page = format!(
            "<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><div id=\"a\">{}{}{}</div><div class=\"footer\">版权所有</div></body></html>",
            para(
                "一、主要举措和成效。全年受理行政复议案件291件，审结280件，办理法律援助案件1200件，开展普法活动三百余场次。"
            ),
            para(
                "二、存在的不足。一是法治宣传教育的针对性和实效性还不够强，基层法治队伍力量较为薄弱，有待进一步加强。"
            ),
            para(
                "三、下一步工作安排。持续深化法治政府建设，全面提升依法行政水平，推动各项工作取得新的更大成效。"
            )
        );
        let (text, _) = article(&page);
        assert!(
            text.contains("291件") && text.contains("存在的不足") && text.contains("下一步"),
            "{text}"
        );
        // two sibling divs of the article
        let page = "<html><body><div><p>一、主要举措和成效。全年受理行政复议案件291件，审结280件，办理法律援助案件1200件，化解矛盾纠纷三千余件。</p></div><div><p>二、存在的不足。一是法治宣传教育的针对性和实效性还不够强，基层法治队伍力量较为薄弱，执法规范化水平仍需提高。</p></div></body></html>";
        let (text, _) = article(page);
        assert!(
            text.contains("291件") && text.contains("存在的不足"),
            "{text}"
        );
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        let page = "<html><body><pre>一、主要举措\n全年受理行政复议案件291件。\n二、存在的不足\n一是宣传不够。</pre></body></html>";
        let (text, _) = article(page);
        assert_eq!(text.lines().count(), 4, "{text}");
    }

    #[test]
    fn hidden_content_is_no_text() {
        let page = r#"<html><body><div id="zoom"><p>一、主要举措和成效</p><p>全年受理行政复议案件291件。</p>
            <p hidden>全年受理行政复议案件999件。</p><div style="display: none">化解矛盾纠纷888件。</div>
            <span style="visibility:hidden">777件</span><textarea>审结666件</textarea><p aria-hidden="true">555件</p></div></body></html>"#;
        let (text, _) = article(page);
        for n in ["999", "888", "777", "666", "555"] {
            assert!(!text.contains(n), "{n} in {text}");
        }
        assert!(text.contains("291件"));
    }

    #[test]
    fn deep_nesting_is_read_in_linear_time_and_stack() {
        // 20000 nested divs around the article: no stack overflow, the text kept
        let depth = 20_000;
        let page = format!(
            "<html><body>{}<p>全年受理行政复议案件291件。</p><p hidden>999件</p>{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        );
        let (text, _) = article(&page);
        assert!(text.contains("291件") && !text.contains("999"), "{text}");
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
