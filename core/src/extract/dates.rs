//! Years and dates as reports write them (`2024年`, `2025年3月20日`, `2021-01-14`), read by
//! hand: simple enough that no regular expression need be compiled before the first report.

use chrono::NaiveDate;

/// Each year written `YYYY年` (19xx or 20xx, not the tail of a longer number) in `text`:
/// the byte start of its digits, the byte end after `年`, the year.
pub(crate) fn years(text: &str) -> impl Iterator<Item = (usize, usize, i32)> + '_ {
    text.match_indices('年').filter_map(move |(i, _)| {
        let start = i.checked_sub(4)?;
        let digits = text.get(start..i)?;
        let longer = text[..start]
            .bytes()
            .last()
            .is_some_and(|b| b.is_ascii_digit());
        (digits.bytes().all(|b| b.is_ascii_digit())
            && (digits.starts_with("19") || digits.starts_with("20"))
            && !longer)
            .then(|| Some((start, i + '年'.len_utf8(), digits.parse().ok()?)))
            .flatten()
    })
}

/// The digits at the start of `s`, `min` to `max` of them: their value and length.
fn digits(s: &str, min: usize, max: usize) -> Option<(u32, usize)> {
    let n = s
        .bytes()
        .take(max + 1)
        .take_while(u8::is_ascii_digit)
        .count();
    (min..=max)
        .contains(&n)
        .then(|| Some((s[..n].parse().ok()?, n)))
        .flatten()
}

/// The separator at the start of `s` (`word`, `-`, `/` or `.`): its length.
fn separator(s: &str, word: char) -> Option<usize> {
    s.chars()
        .next()
        .filter(|&c| c == word || matches!(c, '-' | '/' | '.'))
        .map(char::len_utf8)
}

/// A date at the start of `s` (`2025年3月20日`, `2021-01-14`, `2024/4/1`), with the bytes it
/// takes.
pub(crate) fn date_at(s: &str) -> Option<(NaiveDate, usize)> {
    let (y, mut at) = digits(s, 4, 4)?;
    if !(1900..2100).contains(&y) {
        return None;
    }
    at += separator(&s[at..], '年')?;
    let (m, n) = digits(&s[at..], 1, 2)?;
    at += n;
    at += separator(&s[at..], '月')?;
    let (d, n) = digits(&s[at..], 1, 2)?;
    at += n;
    if s[at..].starts_with('日') {
        at += '日'.len_utf8();
    }
    Some((NaiveDate::from_ymd_opt(y as i32, m, d)?, at))
}

/// Whether a whole line is a date alone, as a signature's is: `2025年1月20日`, `2025-01-20`,
/// or in Chinese numerals, `二〇二五年一月二十日`.
pub(crate) fn is_date_line(line: &str) -> bool {
    let line = line.trim();
    date_at(line).is_some_and(|(_, n)| n == line.len()) || in_numerals(line)
}

/// A date written in Chinese numerals, the whole of `line`: four for the year, then one to
/// three for the month and for the day.
fn in_numerals(line: &str) -> bool {
    let numeral = |c: char| "〇○零一二三四五六七八九十".contains(c);
    let Some((year, rest)) = line.split_once('年') else {
        return false;
    };
    let Some((month, rest)) = rest.split_once('月') else {
        return false;
    };
    let Some(day) = rest.strip_suffix('日') else {
        return false;
    };
    year.chars().count() == 4
        && year.chars().all(numeral)
        && [month, day]
            .iter()
            .all(|p| (1..=3).contains(&p.chars().count()) && p.chars().all(numeral))
}

/// Each date written in `text`, with its byte range.
pub(crate) fn dates(text: &str) -> impl Iterator<Item = (usize, usize, NaiveDate)> + '_ {
    let bytes = text.as_bytes();
    (0..bytes.len()).filter_map(move |i| {
        let starts = bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit());
        if !starts {
            return None;
        }
        date_at(&text[i..]).map(|(d, n)| (i, i + n, d))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn date_lines_alone() {
        for line in ["2025年1月20日", " 2025-01-20 ", "二〇二五年十二月三十一日"] {
            assert!(is_date_line(line), "{line}");
        }
        for line in [
            "2025年1月",
            "时间：2025年1月20日",
            "二〇二五年",
            "2025年1月20日召开",
        ] {
            assert!(!is_date_line(line), "{line}");
        }
    }

    #[test]
    fn years_and_dates_as_written() {
        let found: Vec<i32> = years("2024年，12024年，1999年度，3年，《2021年》")
            .map(|y| y.2)
            .collect();
        assert_eq!(found, [2024, 1999, 2021]);
        assert_eq!(date_at("2025年3月20日 "), Some((ymd(2025, 3, 20), 16)));
        assert_eq!(date_at("2021-01-14 16:24"), Some((ymd(2021, 1, 14), 10)));
        assert_eq!(date_at("2024/4/1"), Some((ymd(2024, 4, 1), 8)));
        assert_eq!(date_at("2024年13月1日"), None);
        assert_eq!(date_at("20245-1-1"), None);
        let all: Vec<NaiveDate> = dates("时间:2021-01-14，截止到2020年11月30日")
            .map(|d| d.2)
            .collect();
        assert_eq!(all, [ymd(2021, 1, 14), ymd(2020, 11, 30)]);
    }
}
