//! Periods shorter than the report's year.
//!
//! A report's figures count its year. A time expression that names less than a year — a half
//! or a quarter (`上半年`, `一季度`), a month (`9月份`, `6月`), a range of months that is not
//! the whole year (`1—6月`, `1至9月`) — puts the figures after it in its sentence in that
//! period: each is a part of the year's count, never the count. A later expression of the
//! whole year (`全年`, `2024年，`, `1—12月`) ends it; a date (`4月25日`) or a point a count
//! runs up to (`截至9月底`) is no period and ends nothing. A period the report itself covers
//! (a monthly bulletin's `9月份`) is taken out by the caller with the report's scope.
//!
//! A span that runs to the present from before the report's year (`自2021年以来`,
//! `“八五”普法以来`, `近三年`, `五年来`) is *longer* than the year, and another year
//! (`2023年，` in a report on 2024, `上年同期`) is outside it: a figure after either counts
//! something else than the year's, and is no value of a concept of the year.

use super::lexicon::{Token, role};

/// How long a time expression's period is against the report's year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Length {
    Shorter,
    Year,
    Longer,
    /// Another year than the report's (`2023年，`, `上年同期`).
    Other,
}

/// One time expression of a sentence: where it stands and how long its period is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Time {
    start: usize,
    end: usize,
    length: Length,
}

/// The time expressions of one sentence, read once for all its figures.
#[derive(Debug, Default)]
pub(crate) struct Periods {
    sentence: Option<usize>,
    times: Vec<Time>,
    /// The year the report is about, when known: a span from an earlier year is longer.
    year: Option<i32>,
    /// The year the text was published, when known.
    published: Option<i32>,
    /// For a text of no known year: the sentence whose span frames it (that of its first
    /// figure, `近几年来，…共收到行政复议申请16件`). The text covers that span; a span
    /// named in a later sentence (`两年多来共组织开展…20余场`) is one of its own, longer
    /// than a year.
    framing: Option<usize>,
}

impl Periods {
    /// The time expressions of a report about `year` (unknown: no span is longer than what
    /// the text covers).
    pub fn for_year(year: Option<i32>) -> Self {
        Periods {
            year,
            ..Periods::default()
        }
    }

    /// The same, for a text published in `year`: with no year reported on, a span running
    /// to the present from before the year before it (`自2019年以来`, published in 2024) is
    /// longer than a year.
    pub fn published_in(mut self, year: Option<i32>) -> Self {
        self.published = year;
        self
    }

    /// The same, for a text whose first figure stands in sentence `index`: with no year
    /// known, only that sentence's span is what the text covers.
    pub fn framed_by(mut self, index: Option<usize>) -> Self {
        self.framing = index;
        self
    }

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
        let framing = self.framing.is_some_and(|f| f == index);
        read(
            text,
            (start, end),
            tokens,
            (self.year, self.published, framing),
            &mut self.times,
        );
        self.times.retain(|t| !skip(t.start));
    }

    /// The period the sentence read puts a figure at `at` in: the last time expression
    /// before it when that names less than a year.
    pub fn before(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.times.partition_point(|t| t.end <= at);
        let last = self.times[..i].last()?;
        (last.length == Length::Shorter).then_some((last.start, last.end))
    }

    /// The time outside the report's year the sentence puts a figure at `at` in: the last
    /// time expression before it when that runs from before the year, or names another
    /// year.
    pub fn outside_before(&self, at: usize) -> Option<(usize, usize)> {
        let i = self.times.partition_point(|t| t.end <= at);
        let last = self.times[..i].last()?;
        matches!(last.length, Length::Longer | Length::Other).then_some((last.start, last.end))
    }
}

/// Words a span running to the present starts from that lie before any report's year: a
/// plan's or a campaign's term, a congress, a founding, a law's coming into force
/// (`“八五”普法以来`, `党的十八大以来`, `《法律援助法》实施以来`: the report counts its year,
/// and one that counts from an event it does not date is not known to count that year).
const ERAS: &[&str] = &[
    "实施",
    "施行",
    "颁布",
    "普法",
    "十三五",
    "十四五",
    "十五五",
    "十八大",
    "十九大",
    "二十大",
    "换届",
    "成立",
    "组建",
];

/// The spans longer than a year of `stretch` (at `start` in the text): `近三年`, `近5年`,
/// `三年来`, `多年来`, `近年来`, and an era running on (`“八五”普法以来`).
fn longer_spans(stretch: &str, start: usize, out: &mut Vec<Time>) {
    let count_of_years = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_digit() || "两二三四五六七八九十几多".contains(c))
    };
    for (i, _) in stretch.match_indices('年') {
        let after = &stretch[i + '年'.len_utf8()..];
        let before = &stretch[..i];
        // the count of years right before 年: `三`, `5`, `十`, `多`
        let n_start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit() || "两二三四五六七八九十几多".contains(*c))
            .last()
            .map_or(i, |(k, _)| k);
        let n = &before[n_start..];
        let near = before[..n_start].ends_with('近');
        let (from, to) = if near && (count_of_years(n) || n.is_empty()) {
            // 近三年, 近年来
            let to = if after.starts_with('来') {
                i + 2 * '年'.len_utf8()
            } else {
                i + '年'.len_utf8()
            };
            (n_start - '近'.len_utf8(), to)
        } else if count_of_years(n) && after.starts_with('来') && n != "十" {
            // 三年来, 多年来 (not a date's `…年来`: the count is no year number)
            (n_start, i + 2 * '年'.len_utf8())
        } else if count_of_years(n) && after.starts_with("多来") && n != "十" {
            // 两年多来
            (n_start, i + 3 * '年'.len_utf8())
        } else {
            continue;
        };
        out.push(Time {
            start: start + from,
            end: start + to,
            length: Length::Longer,
        });
    }
    for (i, _) in stretch.match_indices("以来") {
        let head = &stretch[..i];
        let window: String = head
            .chars()
            .rev()
            .take(10)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if let Some(era) = ERAS.iter().find(|e| window.contains(*e)) {
            let at = head.rfind(era).unwrap_or(i);
            out.push(Time {
                start: start + at,
                end: start + i + "以来".len(),
                length: Length::Longer,
            });
        }
    }
}

/// Ranges of years (`2020年至2024年`, `2021—2024年`, `2019-2023年`, `2008年1月至2010年5月底`):
/// several years, longer than the report's one when it is among them or before them (another
/// time when after). Read from each linking word back to the first year and on to the second.
fn year_ranges(stretch: &str, start: usize, year: Option<i32>, out: &mut Vec<Time>) {
    const LINKS: [char; 8] = ['至', '到', '—', '－', '-', '~', '～', '–'];
    let four_digits = |s: &str| s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit());
    for (at, link) in stretch.match_indices(LINKS) {
        // the first year: four digits, with or without 年, right before the link, or with
        // 年 before a month (and day) of it
        let dated = strip_month_day(&stretch[..at]);
        let before = match dated.strip_suffix('年') {
            Some(b) if dated.len() < at => b,
            _ => stretch[..at].strip_suffix('年').unwrap_or(&stretch[..at]),
        };
        let Some(from_at) = before.len().checked_sub(4) else {
            continue;
        };
        let (Some(first), Some(second)) = (
            before.get(from_at..),
            stretch.get(at + link.len()..at + link.len() + 4),
        ) else {
            continue;
        };
        let end = at + link.len() + 4;
        if !four_digits(first)
            || !four_digits(second)
            || before[..from_at].ends_with(|c: char| c.is_ascii_digit())
            || !stretch[end..].starts_with('年')
        {
            continue;
        }
        let (from, to): (i32, i32) = (
            first.parse().unwrap_or_default(),
            second.parse().unwrap_or_default(),
        );
        if to <= from || to - from > 50 {
            continue;
        }
        // (and the month and day of the second year, its end: `5月底`)
        let after = &stretch[end + '年'.len_utf8()..];
        let dated_end = end + '年'.len_utf8() + month_day_len(after);
        out.push(Time {
            start: start + from_at,
            end: start + dated_end,
            length: match year {
                Some(r) if from > r => Length::Other,
                _ => Length::Longer,
            },
        });
    }
}

/// `s` without the month (and day) it ends on: `2008年1月` → `2008年`, `2008年1月1日` →
/// `2008年`; `s` itself when it ends on none.
fn strip_month_day(s: &str) -> &str {
    let digits = |s: &str| s.len() - s.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let mut rest = s;
    if let Some(r) = rest.strip_suffix('日')
        && (1..=2).contains(&digits(r))
    {
        rest = &r[..r.len() - digits(r)];
    }
    match rest.strip_suffix('月') {
        Some(r) if (1..=2).contains(&digits(r)) => &r[..r.len() - digits(r)],
        _ => s,
    }
}

/// The length of the month (and day, and 底/末/初) `s` opens with: `5月底，` → `5月底`.
fn month_day_len(s: &str) -> usize {
    let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let n = digits(s);
    if !(1..=2).contains(&n) || !s[n..].starts_with('月') {
        return 0;
    }
    let mut len = n + '月'.len_utf8();
    let d = digits(&s[len..]);
    if (1..=2).contains(&d) && s[len + d..].starts_with('日') {
        len += d + '日'.len_utf8();
    }
    if s[len..].starts_with(['底', '末', '初']) {
        len += '底'.len_utf8();
    }
    len
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
fn read(
    text: &str,
    (start, end): (usize, usize),
    tokens: &[Token],
    (year, published, framing): (Option<i32>, Option<i32>, bool),
    out: &mut Vec<Time>,
) {
    let stretch = &text[start..end];
    for t in tokens.iter().filter(|t| t.is(role::PERIOD)) {
        out.push(Time {
            start: t.start,
            end: t.end,
            length: Length::Shorter,
        });
    }
    for word in ["全年", "全年度", "本年度", "今年", "本年"] {
        for (i, _) in stretch.match_indices(word) {
            out.push(Time {
                start: start + i,
                end: start + i + word.len(),
                length: Length::Year,
            });
        }
    }
    // a week (`第28周`, `本周`)
    for (i, _) in stretch.match_indices('周') {
        let before = &stretch[..i];
        let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        let numbered = (1..=2).contains(&digits) && before[..i - digits].ends_with('第');
        let this = before.ends_with('本') || before.ends_with('上');
        let (from, ok) = if numbered {
            (i - digits - '第'.len_utf8(), true)
        } else {
            (i.saturating_sub('本'.len_utf8()), this)
        };
        if ok {
            out.push(Time {
                start: start + from,
                end: start + i + '周'.len_utf8(),
                length: Length::Shorter,
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
                length: time.length,
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
            let written: i32 = stretch[i - digits..i].parse().unwrap_or_default();
            out.push(Time {
                start: start + i - digits,
                end: start + i + '年'.len_utf8(),
                length: if year.is_some_and(|y| y != written) {
                    Length::Other
                } else {
                    Length::Year
                },
            });
        }
    }
    // (a text about no known year covers the span that frames it, in the sentence of its
    // first figure: only a year's report, a text dated by its publication, or a span named
    // further on is longer than what the text covers)
    if year.is_some() || published.is_some() || !framing {
        longer_spans(stretch, start, out);
    }
    year_ranges(stretch, start, year, out);
    // the same period of the year before (`上年同期受理268件`): `去年` or `上年` alone is the
    // report's year as often as the one before (a report is written the year after)
    if year.is_some() {
        for word in ["上年同期", "去年同期", "上一年同期"] {
            for (i, _) in stretch.match_indices(word) {
                let before = stretch[..i].chars().next_back();
                let after = &stretch[i + word.len()..];
                let compared = before.is_some_and(|c| "较比与同和于超".contains(c))
                    || ["增", "减", "下降", "上升", "提高", "降低", "持平", "相比"]
                        .iter()
                        .any(|w| after.starts_with(w));
                if !compared {
                    out.push(Time {
                        start: start + i,
                        end: start + i + word.len(),
                        length: Length::Other,
                    });
                }
            }
        }
    }
    // `去年` or `上年` set against `今年` in one sentence (`去年受理312件，今年增长至412件`)
    // is the year before the report's, whatever year that is
    if ["今年", "本年"].iter().any(|w| stretch.contains(w)) {
        for word in ["去年", "上年", "上一年"] {
            for (i, _) in stretch.match_indices(word) {
                let before = stretch[..i].chars().next_back();
                let after = &stretch[i + word.len()..];
                let compared = before.is_some_and(|c| "较比与同和于超".contains(c))
                    || after.starts_with("同期")
                    || after.starts_with("度同期");
                if !compared {
                    out.push(Time {
                        start: start + i,
                        end: start + i + word.len(),
                        length: Length::Other,
                    });
                }
            }
        }
    }
    // (of two that start together, the longer: `1月至9月`, not `1月`)
    // a time a span runs from to the present (`上半年以来`, `5月至当年底`, `1月至今`): the
    // year so far, the report's own period
    for t in out
        .iter_mut()
        .filter(|t| matches!(t.length, Length::Shorter | Length::Year | Length::Other))
    {
        let rest = &text[t.end..end];
        if RUNS_ON.iter().any(|w| rest.starts_with(w)) {
            // from a year before the report's (`2021年以来`, `2021年1月至今`): longer
            t.length = match year_written_at(text, t.start, t.end) {
                Some(y) if year.is_some_and(|r| y < r) => Length::Longer,
                Some(y) if year.is_some_and(|r| y > r) => Length::Other,
                // (no year reported on: one published two years or more after the start)
                Some(y) if year.is_none() && published.is_some_and(|p| y < p - 1) => Length::Longer,
                _ => Length::Year,
            };
        }
    }
    out.sort_by_key(|t| (t.start, std::cmp::Reverse(t.end)));
    out.dedup_by(|b, a| b.start < a.end);
}

/// The year (`2021年`) written as or right before the time expression at `start..end`.
fn year_written_at(text: &str, start: usize, end: usize) -> Option<i32> {
    let own = &text[start..end];
    let at = match own.find('年') {
        Some(k) => start + k,
        None => start
            .checked_sub('年'.len_utf8())
            .filter(|&k| text[k..].starts_with('年'))?,
    };
    let digits = text.get(at.checked_sub(4)?..at)?;
    digits
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| digits.parse().ok())
        .flatten()
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
        length: if first == Some(1) && last == 12 {
            Length::Year
        } else {
            Length::Shorter
        },
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

    /// The time expressions of `sentence` in a report on 2024.
    fn read(sentence: &str) -> Periods {
        let mut tokens = Vec::new();
        super::super::lexicon::cut(sentence, (0, sentence.len()), &mut tokens);
        let mut periods = Periods::for_year(Some(2024));
        periods.read_sentence(sentence, (0, 0, sentence.len()), &tokens, &|_| false);
        periods
    }

    /// The period a figure at the end of `sentence` is in, as written.
    fn period(sentence: &str) -> Option<String> {
        read(sentence)
            .before(sentence.len())
            .map(|(s, e)| sentence[s..e].to_string())
    }

    /// The time outside 2024 a figure at the end of `sentence` is in, as written.
    fn longer(sentence: &str) -> Option<String> {
        read(sentence)
            .outside_before(sentence.len())
            .map(|(s, e)| sentence[s..e].to_string())
    }

    #[test]
    fn a_span_from_before_the_year_is_longer() {
        assert_eq!(longer("自2021年以来，累计受理").as_deref(), Some("2021年"));
        assert_eq!(longer("2022年1月至今，共办理").as_deref(), Some("1月"));
        assert_eq!(
            longer("“八五”普法以来，全市累计开展").as_deref(),
            Some("普法以来")
        );
        // a law's coming into force the text does not date
        assert_eq!(
            longer("《法律援助法》实施以来，全市共受理").as_deref(),
            Some("实施以来")
        );
        assert_eq!(
            longer("党的十八大以来，共制定").as_deref(),
            Some("十八大以来")
        );
        assert_eq!(longer("近三年，全县共受理").as_deref(), Some("近三年"));
        assert_eq!(longer("近年来，共化解").as_deref(), Some("近年来"));
        assert_eq!(longer("五年来，累计办理").as_deref(), Some("五年来"));
        assert_eq!(longer("两年多来，共组织开展").as_deref(), Some("两年多来"));
        // a range of years, with or without 年 after its first
        assert_eq!(
            longer("2020年至2024年，全市累计办理").as_deref(),
            Some("2020年至2024年")
        );
        assert_eq!(
            longer("2021—2024年，共制定").as_deref(),
            Some("2021—2024年")
        );
        assert_eq!(longer("2024-2025年，计划"), Some("2024-2025年".into()));
        // with the months of its ends
        assert_eq!(
            longer("2022年1月至2024年5月底，共收各类一审行政诉讼案件").as_deref(),
            Some("2022年1月至2024年5月底")
        );
        assert_eq!(
            longer("2023年7月1日至2024年6月30日，共办理").as_deref(),
            Some("2023年7月1日至2024年6月30日")
        );
        // the report's own year, and a later whole year, are not
        assert_eq!(longer("2024年以来，共受理"), None);
        assert_eq!(longer("今年以来，共受理"), None);
        assert_eq!(longer("近三年来受理120件，2024年受理"), None);
        assert_eq!(longer("2024年1—6月，全区受理"), None);
        // another year is outside it; a change against the year before is not
        assert_eq!(longer("2023年，全区受理").as_deref(), Some("2023年"));
        assert_eq!(
            longer("全年受理320件，上年同期受理").as_deref(),
            Some("上年同期")
        );
        assert_eq!(longer("全年受理320件，较上年同期增长12%，办结"), None);
        assert_eq!(longer("去年依法办结"), None);
    }

    #[test]
    fn an_undated_text_covers_the_span_of_its_first_figure_and_no_later_one() {
        // sentence `index` of a text whose first figure stands in sentence 0
        let longer_at = |sentence: &str, index: usize| {
            let mut tokens = Vec::new();
            super::super::lexicon::cut(sentence, (0, sentence.len()), &mut tokens);
            let mut periods = Periods::for_year(None).framed_by(Some(0));
            periods.read_sentence(sentence, (index, 0, sentence.len()), &tokens, &|_| false);
            periods
                .outside_before(sentence.len())
                .map(|(s, e)| sentence[s..e].to_string())
        };
        assert_eq!(longer_at("近几年来，区政府共收到行政复议申请", 0), None);
        assert_eq!(
            longer_at("近三年来，共调解各类矛盾纠纷", 3).as_deref(),
            Some("近三年来")
        );
    }

    #[test]
    fn a_span_from_well_before_publication_is_longer_when_no_year_is_known() {
        let longer_in = |sentence: &str, published: i32| {
            let mut tokens = Vec::new();
            super::super::lexicon::cut(sentence, (0, sentence.len()), &mut tokens);
            let mut periods = Periods::for_year(None).published_in(Some(published));
            periods.read_sentence(sentence, (0, 0, sentence.len()), &tokens, &|_| false);
            periods
                .outside_before(sentence.len())
                .map(|(s, e)| sentence[s..e].to_string())
        };
        assert_eq!(
            longer_in("自2019年以来，全市累计调解", 2024).as_deref(),
            Some("2019年")
        );
        // the year before publication may be the one reported on
        assert_eq!(longer_in("2023年以来，全市调解", 2024), None);
    }

    #[test]
    fn a_half_a_quarter_a_month_or_a_range_is_a_period() {
        assert_eq!(period("上半年，全区受理").as_deref(), Some("上半年"));
        assert_eq!(period("全区上半年受理").as_deref(), Some("上半年"));
        assert_eq!(period("2024年1—6月，全区受理").as_deref(), Some("1—6月"));
        assert_eq!(period("1月至9月，热线受理").as_deref(), Some("1月至9月"));
        assert_eq!(period("一至九月，热线受理").as_deref(), Some("一至九月"));
        assert_eq!(period("9月份，热线中心共接到").as_deref(), Some("9月份"));
        assert_eq!(
            period("2024年第28周，12345热线共受理").as_deref(),
            Some("第28周")
        );
        assert_eq!(period("本周受理").as_deref(), Some("本周"));
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
