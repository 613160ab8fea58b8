//! Periods shorter than the report's year.
//!
//! A report's figures count its year. A time expression that names less than a year — a half
//! or a quarter (`上半年`, `一季度`), a month (`9月份`, `6月`), a range of months that is not
//! the whole year (`1—6月`, `1至9月`) — puts the figures after it in its sentence in that
//! period: each is a part of the year's count, never the count. A later expression of the
//! whole year (`全年`, `2024年，`, `1—12月`) ends it; a date (`4月25日`) or a point a count
//! runs up to (`截至9月底`) is no period and ends nothing. A period the report itself covers
//! (a monthly bulletin's `9月份`) is taken out by the caller with the report's scope.

use super::lexicon::{Token, role};

/// One time expression of a sentence: where it stands and whether it names a period shorter
/// than the year (else the whole year).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Time {
    start: usize,
    end: usize,
    shorter: bool,
}

/// The time expressions of one sentence, read once for all its figures.
#[derive(Debug, Default)]
pub(crate) struct Periods {
    sentence: Option<usize>,
    times: Vec<Time>,
}

impl Periods {
    /// Whether the time expressions of sentence `index` are the ones held.
    pub fn holds(&self, index: usize) -> bool {
        self.sentence == Some(index)
    }

    /// Reads the time expressions of sentence `index`, `text[start..end]`, once for all its
    /// figures. `tokens` are its words (for the lexicon's period words); `skip` tells
    /// positions whose words are not the sentence's own (a document's title).
    pub fn read_sentence(
        &mut self,
        text: &str,
        (index, start, end): (usize, usize, usize),
        tokens: &[Token],
        skip: &dyn Fn(usize) -> bool,
    ) {
        self.sentence = Some(index);
        self.times.clear();
        read(text, (start, end), tokens, &mut self.times);
        self.times.retain(|t| !skip(t.start));
    }

    /// The period the sentence read puts a figure at `at` in: the last time expression
    /// before it when that names less than a year.
    pub fn before(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.times.partition_point(|t| t.end <= at);
        let last = self.times[..i].last()?;
        last.shorter.then_some((last.start, last.end))
    }
}

/// Words after a time that make it the start of a span running to the present.
const RUNS_ON: &[&str] = &[
    "以来",
    "至今",
    "到今",
    "至年底",
    "至当年底",
    "至本年底",
    "到年底",
    "至年末",
    "至当年末",
];

/// Every time expression of `text[start..end]`, in order.
fn read(text: &str, (start, end): (usize, usize), tokens: &[Token], out: &mut Vec<Time>) {
    let stretch = &text[start..end];
    for t in tokens.iter().filter(|t| t.is(role::PERIOD)) {
        out.push(Time {
            start: t.start,
            end: t.end,
            shorter: true,
        });
    }
    for word in ["全年", "全年度", "本年度", "今年", "本年"] {
        for (i, _) in stretch.match_indices(word) {
            out.push(Time {
                start: start + i,
                end: start + i + word.len(),
                shorter: false,
            });
        }
    }
    let mut from = 0;
    while let Some(i) = stretch[from..].find('月') {
        let month_at = from + i;
        from = month_at + '月'.len_utf8();
        if let Some(time) = months(stretch, month_at) {
            out.push(Time {
                start: start + time.start,
                end: start + time.end,
                shorter: time.shorter,
            });
            from = from.max(time.end);
        }
    }
    // a year alone opening a clause (`2024年，`, `2024年全区…`) is the whole year
    for (i, _) in stretch.match_indices('年') {
        let digits = stretch[..i]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .count();
        let next = stretch[i + '年'.len_utf8()..].chars().next();
        if digits == 4 && !next.is_some_and(|c| c.is_ascii_digit() || month_numeral(c).is_some()) {
            out.push(Time {
                start: start + i - digits,
                end: start + i + '年'.len_utf8(),
                shorter: false,
            });
        }
    }
    // (of two that start together, the longer: `1月至9月`, not `1月`)
    // a time a span runs from to the present (`上半年以来`, `5月至当年底`, `1月至今`): the
    // year so far, the report's own period
    for t in out.iter_mut() {
        let rest = &text[t.end..end];
        if RUNS_ON.iter().any(|w| rest.starts_with(w)) {
            t.shorter = false;
        }
    }
    out.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    out.dedup_by(|b, a| b.start < a.end);
}

/// The month expression whose `月` stands at `month_at`: a month (`9月份`) or a range
/// (`1—6月`, `1月至6月`), whole-year for `1—12月`; none for a date or a point a count runs
/// up to.
fn months(s: &str, month_at: usize) -> Option<Time> {
    let after = month_at + '月'.len_utf8();
    let mut end = after;
    if s[end..].starts_with('份') {
        end += '份'.len_utf8();
    }
    // a day, the end or start of the month: a date, not a period
    let next = s[end..].chars().next();
    if next.is_some_and(|c| c.is_ascii_digit() || "日号底初末中上下旬".contains(c))
        || month_numeral(next.unwrap_or(' ')).is_some()
    {
        return None;
    }
    let (last, last_start) = number_before(s, month_at)?;
    if !(1..=12).contains(&last) {
        return None;
    }
    // a range: `1—6月`, `1月至6月`, `一至九月`
    let mut first = None;
    let mut start = last_start;
    for sep in ["—", "－", "-", "–", "~", "～", "至", "到"] {
        if let Some(before) = s[..last_start].strip_suffix(sep) {
            let before_end = before.len();
            let before_end = s[..before_end]
                .strip_suffix('份')
                .map_or(before_end, str::len);
            let before_end = s[..before_end]
                .strip_suffix('月')
                .map_or(before_end, str::len);
            if let Some((n, n_start)) = number_before(s, before_end).filter(|(n, _)| *n <= last) {
                first = Some(n);
                start = n_start;
            }
            break;
        }
    }
    // a point a count runs up to: `截至9月`, `至9月底`
    let opener = &s[..start];
    if first.is_none()
        && ["截至", "截止", "至", "到"]
            .iter()
            .any(|w| opener.ends_with(w))
    {
        return None;
    }
    Some(Time {
        start,
        end,
        shorter: !(first == Some(1) && last == 12),
    })
}

/// The number of months written right before byte `at` (`12`, `九`, `十一`), and where it
/// starts; none when it follows a digit of something else.
fn number_before(s: &str, at: usize) -> Option<(u32, usize)> {
    let head = &s[..at];
    let digits: String = head
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if !digits.is_empty() {
        if digits.len() > 2 {
            return None;
        }
        return Some((digits.parse().ok()?, at - digits.len()));
    }
    let numerals: Vec<char> = head
        .chars()
        .rev()
        .take_while(|c| month_numeral(*c).is_some())
        .take(2)
        .collect();
    let start = at - numerals.iter().map(|c| c.len_utf8()).sum::<usize>();
    let value = match numerals.as_slice() {
        [one] => month_numeral(*one)?,
        // written in order `十一`: reversed here
        [unit, '十'] => 10 + month_numeral(*unit)?,
        _ => return None,
    };
    Some((value, start))
}

/// The value of a numeral a month is written with (`一` … `十`, `正` for the first).
fn month_numeral(c: char) -> Option<u32> {
    Some(match c {
        '一' | '正' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        '十' => 10,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The period a figure at the end of `sentence` is in, as written.
    fn period(sentence: &str) -> Option<String> {
        let mut tokens = Vec::new();
        super::super::lexicon::cut(sentence, (0, sentence.len()), &mut tokens);
        let mut periods = Periods::default();
        periods.read_sentence(sentence, (0, 0, sentence.len()), &tokens, &|_| false);
        periods
            .before(sentence.len())
            .map(|(s, e)| sentence[s..e].to_string())
    }

    #[test]
    fn a_half_a_quarter_a_month_or_a_range_is_a_period() {
        assert_eq!(period("上半年，全区受理").as_deref(), Some("上半年"));
        assert_eq!(period("全区上半年受理").as_deref(), Some("上半年"));
        assert_eq!(period("2024年1—6月，全区受理").as_deref(), Some("1—6月"));
        assert_eq!(period("1月至9月，热线受理").as_deref(), Some("1月至9月"));
        assert_eq!(period("一至九月，热线受理").as_deref(), Some("一至九月"));
        assert_eq!(period("9月份，热线中心共接到").as_deref(), Some("9月份"));
        assert_eq!(period("十一月，开展").as_deref(), Some("十一月"));
        assert_eq!(
            period("一季度受理12件，二季度受理").as_deref(),
            Some("二季度")
        );
    }

    #[test]
    fn the_whole_year_a_date_or_a_point_is_no_period() {
        assert_eq!(period("2024年，全区受理"), None);
        assert_eq!(period("1—12月，全区受理"), None);
        assert_eq!(period("4月25日，召开推进会，参会"), None);
        assert_eq!(period("截至9月底，全区受理"), None);
        assert_eq!(period("截至9月，全区受理"), None);
        assert_eq!(period("6月底前完成"), None);
        // a later expression of the whole year ends the period
        assert_eq!(period("上半年受理55件，全年受理"), None);
        assert_eq!(period("2023年受理"), None);
        assert_eq!(period("同比增长"), None);
        // a span from a time to the present is the year so far
        assert_eq!(period("上半年以来，共调处各类矛盾纠纷"), None);
        assert_eq!(period("2015年5月至当年底，我市共有"), None);
        assert_eq!(period("2023年1月至今，共办理"), None);
    }
}
