//! Figures in tables whose rows became lines of cells separated by `|` (the text of a page's
//! `<table>`, or of a PDF): a cell holding a bare number takes its unit and its label from
//! the header of its column (`合计(宗)`, `罚没金额(万元)`), or the unit of the whole table from
//! a caption row above (`行政处罚实施数量(宗) | |||`).
//!
//! ```text
//! 行政许可实施数量(宗) | ||||
//! 申请数量 | 受理数量 | 许可数量 | 不予许可数量 | 撤销许可数量 |
//! 26569 | 26569 | 26462 | 102 | 5 |
//! ```
//!
//! gives five facts in 宗, labelled `申请数量` … `撤销许可数量`. A number whose column says no
//! unit stays a not-fact (`bare`).

use super::figures::{Candidate, Skip, measure_word, normalise_unit};
use super::source::Source;
use crate::model::{FactKind, NotFactReason, Qualifier};
use crate::number::{parse_figure, scale_up};

/// One line of a table: its cells as byte ranges (trimmed), in order.
struct Row {
    cells: Vec<(usize, usize)>,
}

/// How many rows above a row of numbers its header may stand.
const MAX_HEADER_DISTANCE: usize = 3;

/// Turns the bare numbers of table cells into figures, in place; `candidates` and `skips`
/// stay in reading order.
pub(crate) fn read(src: &Source, candidates: &mut Vec<Candidate>, skips: &mut Vec<Skip>) {
    let text = src.text;
    if !text.contains('|') || !skips.iter().any(|s| s.reason == NotFactReason::Bare) {
        return;
    }
    let mut rows: Vec<(usize, usize, Option<Row>)> = Vec::new(); // (line start, line end, row)
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.trim_end_matches(['\n', '\r']).len();
        rows.push((start, end, row(text, start, end)));
        start += line.len();
    }
    let mut found = Vec::new();
    let mut kept = Vec::with_capacity(skips.len());
    let mut line = 0;
    for skip in skips.drain(..) {
        while line + 1 < rows.len() && rows[line].1 < skip.start {
            line += 1;
        }
        let cell = (skip.reason == NotFactReason::Bare)
            .then(|| figure_of_cell(text, &rows, line, &skip))
            .flatten();
        match cell {
            Some(c) => found.push(c),
            None => kept.push(skip),
        }
    }
    *skips = kept;
    if !found.is_empty() {
        candidates.extend(found);
        candidates.sort_by_key(|c| c.start);
    }
}

/// The cells of a line, when it is a table row (it holds a `|`).
fn row(text: &str, start: usize, end: usize) -> Option<Row> {
    let line = &text[start..end];
    if !line.contains('|') {
        return None;
    }
    let mut cells = Vec::new();
    let mut cell_start = start;
    for (i, c) in line.char_indices() {
        if c == '|' {
            cells.push(trim(text, cell_start, start + i));
            cell_start = start + i + 1;
        }
    }
    let last = trim(text, cell_start, end);
    if last.0 < last.1 {
        cells.push(last);
    }
    Some(Row { cells })
}

fn trim(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let t = s.trim_start();
    let a = a + s.len() - t.len();
    (a, a + t.trim_end().len())
}

/// Whether a cell holds a number only (`12175`, `1753.79`, `0`).
fn numeric(text: &str, (a, b): (usize, usize)) -> bool {
    a < b
        && text[a..b]
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
}

/// The figure of the bare number `skip` when it fills a cell of a table row whose column
/// header (or the table's caption) gives a unit.
fn figure_of_cell(
    text: &str,
    rows: &[(usize, usize, Option<Row>)],
    line: usize,
    skip: &Skip,
) -> Option<Candidate> {
    let this = rows[line].2.as_ref()?;
    let column = this
        .cells
        .iter()
        .position(|&(a, b)| a == skip.start && b == skip.end)?;
    // the header: the nearest row above with as many cells and no number in them
    let header = (line.saturating_sub(MAX_HEADER_DISTANCE)..line)
        .rev()
        .filter_map(|l| rows[l].2.as_ref())
        .find(|r| {
            r.cells.len() == this.cells.len() && !r.cells.iter().any(|&c| numeric(text, c))
        })?;
    let head = header.cells[column];
    let (label, unit) = split_unit(text, head);
    let unit = match unit {
        Some(u) => u,
        // a caption row above the header: one cell with a unit, the others empty
        None => (line.saturating_sub(MAX_HEADER_DISTANCE + 1)..line)
            .rev()
            .filter_map(|l| rows[l].2.as_ref())
            .find_map(|r| {
                let filled: Vec<_> = r.cells.iter().filter(|(a, b)| a < b).collect();
                match filled.as_slice() {
                    [only] => split_unit(text, **only).1,
                    _ => None,
                }
            })?,
    };
    let figure = parse_figure(&text[skip.start..skip.end]).ok()?;
    // money in yuan, keeping what was written: 1753.79 万元 = 17537900 元
    let (value, unit) = match unit {
        "万元" => (scale_up(figure.value, 4)?, "元"),
        "亿元" => (scale_up(figure.value, 8)?, "元"),
        u => (figure.value, u),
    };
    Some(Candidate {
        start: skip.start,
        end: skip.end,
        extent_end: skip.end,
        value,
        qualifier: Qualifier::Exact,
        unit: unit.to_string(),
        written_unit: None,
        kind: FactKind::Level,
        zero_word: false,
        // the column header is where its cue stands
        cue_window: (label.0 < label.1).then_some(label),
        label: (label.0 < label.1).then_some(label),
        after: None,
    })
}

/// A header cell split into its words and the unit in brackets at its end (`合计(宗)` →
/// `合计`, `宗`); the unit is a measure word, `%`, `元`, `万元` or `亿元`.
fn split_unit(text: &str, (a, b): (usize, usize)) -> ((usize, usize), Option<&'static str>) {
    let cell = &text[a..b];
    let Some(inner) = cell
        .strip_suffix([')', '）'])
        .and_then(|c| c.rfind(['(', '（']).map(|i| (i, c)))
    else {
        return ((a, b), None);
    };
    let (open, body) = inner;
    let bracket = body[open..].chars().next().map_or(1, char::len_utf8);
    let unit = body[open + bracket..].trim();
    let known = match unit {
        "%" | "％" => Some("%"),
        "元" => Some("元"),
        "万元" => Some("万元"),
        "亿元" => Some("亿元"),
        u => measure_word(u)
            .filter(|m| m.len() == u.len())
            .map(normalise_unit),
    };
    let words = trim(text, a, a + open);
    (words, known)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::figures::scan;

    fn cells(text: &str) -> Vec<(String, String, String, String)> {
        let src = Source::new(text);
        let (mut candidates, mut skips) = scan(&src, &[]);
        read(&src, &mut candidates, &mut skips);
        candidates
            .iter()
            .map(|c| {
                (
                    text[c.start..c.end].to_string(),
                    c.value.to_string(),
                    c.unit.clone(),
                    c.label
                        .map_or(String::new(), |(a, b)| text[a..b].to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_column_header_gives_unit_and_label() {
        let got = cells(
            "行政许可实施数量(宗) | ||||\n申请数量 | 受理数量 | 许可数量 | 不予许可数量 | 撤销许可数量 |\n26569 | 26569 | 26462 | 102 | 5 |\n",
        );
        assert_eq!(got.len(), 5);
        assert_eq!(
            got[0],
            (
                "26569".into(),
                "26569".into(),
                "宗".into(),
                "申请数量".into()
            )
        );
        assert_eq!(got[4].3, "撤销许可数量");
    }

    #[test]
    fn money_columns_are_in_yuan_with_the_written_precision() {
        let got = cells("合计(宗) | 罚没金额(万元) |\n108156 | 1753.79 |\n");
        assert_eq!(got[0].2, "宗");
        assert_eq!((got[1].1.as_str(), got[1].2.as_str()), ("17537900", "元"));
    }

    #[test]
    fn a_column_without_a_unit_stays_bare() {
        assert!(cells("类别 | 市场监管 | 公安 |\n数量 | 12 | 7 |\n").is_empty());
    }
}
