//! Problems and plans: the items listed under the 存在问题 and the next-year parts.

use super::source::Source;
use crate::model::{NarrativeItem, Part, Section};

/// The items of every top section of a part: its sub-headings or points if it has any
/// (the shallowest level present), else its paragraphs.
pub(crate) fn items(src: &Source, sections: &[Section], part: Part) -> Vec<NarrativeItem> {
    let mut out = Vec::new();
    for top in sections.iter().filter(|s| s.part == part && s.level == 1) {
        // sections are in reading order: the ones inside `top` follow it
        let first = sections.partition_point(|s| s.body.start <= top.body.start);
        let inside: Vec<&Section> = sections[first..]
            .iter()
            .take_while(|s| s.body.start < top.body.end)
            .filter(|s| s.level > 1 && s.body.end <= top.body.end)
            .collect();
        if let Some(level) = inside.iter().map(|s| s.level).min() {
            for s in inside.iter().filter(|s| s.level == level) {
                let start = s.span.start + s.label.len();
                // a point's body ends at the next point; a trailing separator is not part of it
                let end = trim_item_end(src.text, start, s.body.end);
                out.push(item(src, start, end, &s.id));
            }
        } else {
            let mut pos = top.span.end;
            for line in src.text[top.span.end..top.body.end].split_inclusive('\n') {
                let start = pos + (line.len() - line.trim_start().len());
                pos += line.len();
                let end = trim_item_end(src.text, start, pos);
                if end > start {
                    out.push(item(src, start, end, &top.id));
                }
            }
        }
    }
    out
}

fn trim_item_end(text: &str, start: usize, end: usize) -> usize {
    let t = text[start..end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '；' | ';' | '。'));
    start + t.len()
}

fn item(src: &Source, start: usize, end: usize, section: &str) -> NarrativeItem {
    NarrativeItem {
        text: src.text[start..end].to_string(),
        section: Some(section.to_string()),
        span: src.span(start, end),
    }
}
