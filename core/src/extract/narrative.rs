//! Problems and plans: the items listed under the 存在问题 and the next-year parts.

use super::outline::SectionIndex;
use super::source::Source;
use crate::model::{NarrativeItem, Part, Section};

/// The items of every section that opens a part (a heading of that part whose parent is not
/// of it): its sub-headings or points if it has any (the shallowest level present), else its
/// paragraphs.
pub(crate) fn items(
    src: &Source,
    sections: &[Section],
    index: &SectionIndex,
    part: Part,
) -> Vec<NarrativeItem> {
    let mut out = Vec::new();
    let opens = |(i, s): &(usize, &Section)| {
        s.part == part && s.level <= 2 && index.parent(*i).is_none_or(|p| sections[p].part != part)
    };
    for (_, top) in sections.iter().enumerate().filter(opens) {
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

/// The end of an item's text: without trailing separators, and without the signature and
/// date lines that close a report (`某某省司法厅`, `2024年3月28日`) after the last item.
fn trim_item_end(text: &str, start: usize, end: usize) -> usize {
    let mut t = &text[start..end];
    loop {
        t = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '；' | ';'));
        let Some(cut) = t.rfind('\n') else { break };
        if !is_signature_line(t[cut + 1..].trim()) {
            break;
        }
        t = &t[..cut];
    }
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '；' | ';' | '。'));
    start + t.len()
}

/// A closing line: a date, or a short line with no punctuation (the issuing body's name).
fn is_signature_line(line: &str) -> bool {
    let no_punctuation = !line.contains(['。', '，', '；', '、', ',', ';', '：', ':']);
    let short = line.chars().count() <= 25;
    let date = line.contains('年') && line.contains('月') && line.ends_with(['日', '号']);
    no_punctuation && short && (date || !line.ends_with(|c: char| c.is_ascii_digit()))
}

fn item(src: &Source, start: usize, end: usize, section: &str) -> NarrativeItem {
    NarrativeItem {
        text: src.text[start..end].to_string(),
        section: Some(section.to_string()),
        span: src.span(start, end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closing_signature_and_date_are_not_part_of_the_last_item() {
        let text = "三是抓考核。\n某某省司法厅\n2024年3月28日\n";
        let end = trim_item_end(text, "三是".len(), text.len());
        assert_eq!(&text["三是".len()..end], "抓考核");
        let text = "强化法治思维\n全面落实普法责任制。";
        assert_eq!(trim_item_end(text, 0, text.len()), text.len() - "。".len());
    }
}
