//! What a text carries that is not its words, taken out for reading and put back into every
//! span.
//!
//! Text copied from web pages and PDF conversions carries characters that show as nothing:
//! zero-width spaces and joiners, word joiners, byte-order marks, soft hyphens, direction
//! marks. Inside a figure they would cut it in two (`29​1件` shows as `291件` and would be read
//! as `1件`). Mirrors of traditional-character pages insert the pinyin of a character after
//! it (`行政復(fù)議案件`): inside a word it cuts the word in two. The extractor reads the
//! text without either; [`Removed::restore`] then moves every span of the report back onto
//! the text as given, so that a span still indexes the caller's string. The texts of facts,
//! labels and titles are the words alone.

use crate::model::{Report, Span};
use std::borrow::Cow;

/// Whether a character is an invisible format character a figure may carry (Unicode
/// category Cf, the ones text tools insert).
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'                     // soft hyphen
            | '\u{200B}'..='\u{200F}'  // zero-width space, non-joiner, joiner; direction marks
            | '\u{202A}'..='\u{202E}'  // direction embeddings and overrides
            | '\u{2060}'..='\u{2064}'  // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}'  // direction isolates
            | '\u{FEFF}' // byte-order mark, zero-width no-break space
    )
}

/// Where invisible characters were taken out: for each run of them, its position in the text
/// read and the bytes and code points before it that were removed, counted cumulatively.
#[derive(Debug, Default)]
pub(crate) struct Removed {
    /// (position in the text read, bytes removed up to and including this run, code points
    /// removed likewise), in order.
    runs: Vec<(usize, usize, usize)>,
}

/// The text without its invisible characters and pinyin glosses, and where they were; the
/// text itself (no copy) when it has none.
pub(crate) fn remove(text: &str) -> (Cow<'_, str>, Removed) {
    let glosses = pinyin_glosses(text);
    if glosses.is_empty() && !text.chars().any(is_invisible) {
        return (Cow::Borrowed(text), Removed::default());
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = Removed::default();
    let (mut bytes, mut chars) = (0, 0);
    let mut next_gloss = glosses.iter().peekable();
    for (at, c) in text.char_indices() {
        while next_gloss.next_if(|g| g.1 <= at).is_some() {}
        let glossed = next_gloss.peek().is_some_and(|g| g.0 <= at);
        if glossed || is_invisible(c) {
            bytes += c.len_utf8();
            chars += 1;
            match removed.runs.last_mut() {
                Some(run) if run.0 == out.len() => *run = (out.len(), bytes, chars),
                _ => removed.runs.push((out.len(), bytes, chars)),
            }
        } else {
            out.push(c);
        }
    }
    (Cow::Owned(out), removed)
}

/// The byte ranges of the pinyin glosses of `text`: a parenthesis right after a Chinese
/// character holding at most eight Latin letters, at least one with a tone mark (`(guān)`;
/// a count in parentheses, `(2)`, or an English word, `(app)`, is none).
fn pinyin_glosses(text: &str) -> Vec<(usize, usize)> {
    const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    let latin = |c: char| c.is_ascii_lowercase() || TONED.contains(c);
    let mut out = Vec::new();
    for (open, _) in text.match_indices('(') {
        if !text[..open]
            .chars()
            .next_back()
            .is_some_and(super::source::is_han)
        {
            continue;
        }
        let inner_start = open + 1;
        // (a gloss is short: look no further than its longest for the closing parenthesis)
        let Some(len) = text[inner_start..]
            .char_indices()
            .take(9)
            .find(|&(_, c)| c == ')')
            .map(|(i, _)| i)
        else {
            continue;
        };
        let inner = &text[inner_start..inner_start + len];
        if !inner.is_empty() && inner.chars().all(latin) && inner.chars().any(|c| TONED.contains(c))
        {
            out.push((open, inner_start + len + 1));
        }
    }
    out
}

impl Removed {
    /// Whether nothing was removed.
    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// What was removed before a position of the text read: the runs standing before it,
    /// and, when `at_start`, the run standing at it too (a range starts after the invisible
    /// characters before its first one, and ends before those after its last).
    fn before(&self, pos: usize, at_start: bool) -> (usize, usize) {
        let n = if at_start {
            self.runs.partition_point(|r| r.0 <= pos)
        } else {
            self.runs.partition_point(|r| r.0 < pos)
        };
        n.checked_sub(1)
            .map_or((0, 0), |i| (self.runs[i].1, self.runs[i].2))
    }

    /// A span of the text read as a span of the text given.
    fn span(&self, s: Span) -> Span {
        let (b0, c0) = self.before(s.start, true);
        let (b1, c1) = if s.end > s.start {
            self.before(s.end, false)
        } else {
            (b0, c0)
        };
        Span {
            start: s.start + b0,
            end: s.end + b1,
            char_start: s.char_start + c0,
            char_end: s.char_end + c1,
        }
    }

    /// Moves every span of a report read from the text without invisible characters onto the
    /// text as given.
    pub fn restore(&self, report: &mut Report) {
        if self.is_empty() {
            return;
        }
        let mut at = |s: &mut Span| *s = self.span(*s);
        let c = &mut report.compliance;
        c.causes.iter_mut().for_each(&mut at);
        c.parts
            .iter_mut()
            .filter_map(|p| p.span.as_mut())
            .for_each(&mut at);
        if let Some(s) = report.meta.reporter.as_mut().and_then(|r| r.span.as_mut()) {
            at(s);
        }
        for s in &mut report.outline {
            at(&mut s.span);
            at(&mut s.body);
        }
        for f in &mut report.facts {
            at(&mut f.span);
            if let Some(l) = &mut f.label {
                at(&mut l.span);
            }
            if let Some(d) = &mut f.dimension {
                at(&mut d.span);
            }
            if let Some(e) = &mut f.evidence {
                for cited in [&mut e.act, &mut e.thing, &mut e.domain]
                    .into_iter()
                    .flatten()
                {
                    at(&mut cited.span);
                }
            }
        }
        report.documents.iter_mut().for_each(|d| at(&mut d.span));
        report.problems.iter_mut().for_each(|n| at(&mut n.span));
        report.plans.iter_mut().for_each(|n| at(&mut n.span));
        report.not_facts.iter_mut().for_each(|n| at(&mut n.span));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize, text: &str) -> Span {
        Span {
            start,
            end,
            char_start: text[..start].chars().count(),
            char_end: text[..end].chars().count(),
        }
    }

    #[test]
    fn spans_come_back_onto_the_text_given() {
        let given = "\u{FEFF}受理29\u{200B}1件，\u{00AD}\u{2060}调解8件";
        let (read, removed) = remove(given);
        assert_eq!(read, "受理291件，调解8件");
        // the figure: from its first digit to its last, the zero-width space inside it
        let fig = read.find("291").unwrap();
        let back = removed.span(span(fig, fig + 3, &read));
        assert_eq!(&given[back.start..back.end], "29\u{200B}1");
        assert_eq!(given[..back.start].chars().count(), back.char_start);
        assert_eq!(given[..back.end].chars().count(), back.char_end);
        // a range starts after the invisible characters before it
        let at = read.find("调解").unwrap();
        let back = removed.span(span(at, at + "调解8件".len(), &read));
        assert_eq!(&given[back.start..back.end], "调解8件");
        // and ends before those after it
        let back = removed.span(span(0, read.find('，').unwrap() + 3, &read));
        assert_eq!(&given[back.start..back.end], "受理29\u{200B}1件，");
    }

    #[test]
    fn pinyin_glosses_are_taken_out_and_spans_come_back_around_them() {
        let given = "相關(guān)訴求171件，行政復(fù)議案件(2)件，應(yīng)用(app)";
        let (read, removed) = remove(given);
        assert_eq!(read, "相關訴求171件，行政復議案件(2)件，應用(app)");
        // a word glossed inside is one word again, and its span covers the gloss
        let at = read.find("復議案件").unwrap();
        let back = removed.span(span(at, at + "復議案件".len(), &read));
        assert_eq!(&given[back.start..back.end], "復(fù)議案件");
        assert_eq!(given[..back.end].chars().count(), back.char_end);
        // a figure after the glosses indexes the text given
        let fig = read.find("171").unwrap();
        let back = removed.span(span(fig, fig + 3, &read));
        assert_eq!(&given[back.start..back.end], "171");
    }

    #[test]
    fn a_text_without_them_is_not_copied() {
        let (read, removed) = remove("受理291件");
        assert!(matches!(read, Cow::Borrowed(_)) && removed.is_empty());
    }
}
