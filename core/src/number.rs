//! Chinese figures: Arabic and full-width digits, Chinese numerals, 万 and 亿,
//! approximation words. Exact decimal arithmetic throughout.
//!
//! [`parse_figure`] reads one figure as the extractor cut it out of the text
//! (`24315万`, `10余万`, `三`, `1,234.5`, `百分之九十九`) and says its value, how
//! it relates to the true value ([`Qualifier`]) and to which power of ten it
//! is known ([`Figure::exponent`]).

use crate::model::Qualifier;
use rust_decimal::Decimal;
use thiserror::Error;

/// A figure read from text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Figure {
    /// The value with its multiplier applied (`3万` = 30000); written decimals keep their scale.
    pub value: Decimal,
    /// Exact, at least, at most or about.
    pub qualifier: Qualifier,
    /// The power of ten of the last digit written: `3万多` is known to 10⁴ (4), `29.83` to 10⁻² (-2).
    pub exponent: i32,
    /// Whether the figure was written as a percentage (`百分之九十九`).
    pub percent: bool,
}

/// Why a piece of text is not a figure.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum NumberError {
    /// The text holds no digit or numeral.
    #[error("no digits in {0:?}")]
    Empty(String),
    /// A character that has no place in a figure.
    #[error("unexpected {ch:?} at character {at} of {text:?}")]
    Unexpected {
        /// The figure text.
        text: String,
        /// The offending character.
        ch: char,
        /// Its code-point index.
        at: usize,
    },
    /// The value does not fit a 96-bit decimal.
    #[error("{0:?} is too large")]
    Overflow(String),
}

/// The value of an Arabic digit, half-width or full-width.
pub fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

/// The value of a Chinese numeral digit (零 to 九, 两), traditional forms included.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The power of ten of a Chinese unit character (十 1, 百 2, 千 3, 万 4, 亿 8).
pub fn chinese_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// Every character of a Chinese numeral: digits (traditional and financial forms included)
/// and units.
const NUMERAL_CHARS: [char; 32] = [
    '零', '〇', '一', '壹', '二', '两', '兩', '贰', '三', '叁', '四', '肆', '五', '伍', '六', '陆',
    '七', '柒', '八', '捌', '九', '玖', '十', '拾', '百', '佰', '千', '仟', '万', '萬', '亿', '億',
];

const CJK_START: u32 = 0x4E00;
const CJK_END: u32 = 0xA000;

/// One bit per character of the CJK Unified Ideographs block: set for numeral characters.
static NUMERAL_BITS: [u64; ((CJK_END - CJK_START) / 64) as usize] = {
    let mut bits = [0u64; ((CJK_END - CJK_START) / 64) as usize];
    let mut i = 0;
    while i < NUMERAL_CHARS.len() {
        let c = NUMERAL_CHARS[i] as u32;
        if c >= CJK_START && c < CJK_END {
            let k = c - CJK_START;
            bits[(k / 64) as usize] |= 1 << (k % 64);
        }
        i += 1;
    }
    bits
};

/// Whether `c` can be part of a Chinese numeral. Runs on every character of a report, so
/// it is one table lookup.
#[inline]
pub fn is_chinese_numeral(c: char) -> bool {
    let u = c as u32;
    if (CJK_START..CJK_END).contains(&u) {
        let k = u - CJK_START;
        NUMERAL_BITS[(k / 64) as usize] & (1 << (k % 64)) != 0
    } else {
        c == '〇'
    }
}

/// 10 to the power `exp`, within what a decimal can hold (exponents are clamped to ±28).
pub(crate) fn pow10(exp: i32) -> Decimal {
    let exp = exp.clamp(-28, 28);
    if exp >= 0 {
        Decimal::from_i128_with_scale(10i128.pow(exp as u32), 0)
    } else {
        Decimal::new(1, (-exp) as u32)
    }
}

/// Multiplies by 10^k and keeps only the decimals that survive (`1.25` × 10⁴ = `12500`).
pub(crate) fn scale_up(value: Decimal, k: u32) -> Option<Decimal> {
    let mut v = value.checked_mul(pow10(k as i32))?;
    let scale = value.scale().saturating_sub(k);
    v.rescale(scale);
    Some(v)
}

const AT_LEAST_PREFIX: [&str; 4] = ["超过", "逾", "多于", "高于"];
const AT_MOST_PREFIX: [&str; 5] = ["不足", "不到", "近", "将近", "接近"];
const ABOUT_PREFIX: [&str; 2] = ["约", "大约"];

/// Reads one figure.
///
/// ```
/// use fazhi::number::parse_figure;
/// use fazhi::Qualifier;
/// let f = parse_figure("10余万")?;
/// assert_eq!(f.value, 100_000.into());
/// assert_eq!(f.qualifier, Qualifier::AtLeast);
/// assert_eq!(parse_figure("二十三")?.value, 23.into());
/// assert_eq!(parse_figure("1.2亿")?.value, 120_000_000.into());
/// # Ok::<(), fazhi::number::NumberError>(())
/// ```
pub fn parse_figure(text: &str) -> Result<Figure, NumberError> {
    let mut s: &str = text.trim();
    let mut qualifier = Qualifier::Exact;
    for (words, q) in [
        (&AT_LEAST_PREFIX[..], Qualifier::AtLeast),
        (&AT_MOST_PREFIX[..], Qualifier::AtMost),
        (&ABOUT_PREFIX[..], Qualifier::About),
    ] {
        if let Some(w) = words.iter().find(|w| s.starts_with(**w)) {
            s = &s[w.len()..];
            qualifier = q;
            break;
        }
    }
    let mut percent = false;
    if let Some(rest) = s.strip_prefix("百分之") {
        s = rest;
        percent = true;
    }
    for (suffix, q) in [("以上", Qualifier::AtLeast), ("左右", Qualifier::About)] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest;
            qualifier = q;
        }
    }
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.is_empty() {
        return Err(NumberError::Empty(text.to_string()));
    }
    let (mut figure, used) = if chars.iter().any(|c| digit_value(*c).is_some()) {
        parse_arabic(text, &chars)?
    } else {
        parse_chinese(text, &chars)?
    };
    let mut rest = &chars[used..];
    // `120余`, `3万多`, `10余万`: the approximation word may stand before or after the multiplier.
    let mut mult = 0u32;
    loop {
        match rest.first() {
            Some('余' | '多' | '餘') => {
                qualifier = Qualifier::AtLeast;
            }
            Some(c) if matches!(c, '万' | '萬' | '亿' | '億' | '千' | '百') => {
                mult += chinese_unit(*c).unwrap_or(0);
            }
            Some(&ch) => {
                return Err(NumberError::Unexpected {
                    text: text.to_string(),
                    ch,
                    at: chars.len() - rest.len(),
                });
            }
            None => break,
        }
        rest = &rest[1..];
    }
    if mult > 0 {
        figure.value =
            scale_up(figure.value, mult).ok_or_else(|| NumberError::Overflow(text.to_string()))?;
        figure.exponent += mult as i32;
    }
    figure.qualifier = qualifier;
    figure.percent = percent;
    Ok(figure)
}

fn parse_arabic(text: &str, chars: &[char]) -> Result<(Figure, usize), NumberError> {
    let mut digits = String::new();
    let mut decimals: Option<usize> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(d) = digit_value(c) {
            digits.push(char::from_digit(d, 10).unwrap_or('0'));
            if let Some(n) = decimals.as_mut() {
                *n += 1;
            }
        } else if matches!(c, ',' | '，') && decimals.is_none() && !digits.is_empty() {
            // thousands separator
        } else if matches!(c, '.' | '．') && decimals.is_none() && !digits.is_empty() {
            decimals = Some(0);
        } else if digits.is_empty() {
            return Err(NumberError::Unexpected {
                text: text.to_string(),
                ch: c,
                at: i,
            });
        } else {
            break;
        }
        i += 1;
    }
    let scale = decimals.unwrap_or(0);
    let mantissa: i128 = digits
        .parse()
        .map_err(|_| NumberError::Overflow(text.to_string()))?;
    let value = Decimal::try_from_i128_with_scale(mantissa, scale as u32)
        .map_err(|_| NumberError::Overflow(text.to_string()))?;
    Ok((
        Figure {
            value,
            qualifier: Qualifier::Exact,
            exponent: -(scale as i32),
            percent: false,
        },
        i,
    ))
}

/// Reads a Chinese numeral such as 三, 十二, 一百零五, 三千五百万. A trailing 万 or 亿 after a
/// plain number is left to the caller, which applies it like the one after Arabic digits.
fn parse_chinese(text: &str, chars: &[char]) -> Result<(Figure, usize), NumberError> {
    let overflow = || NumberError::Overflow(text.to_string());
    let mut total: u128 = 0; // completed 亿 and 万 groups
    let mut section: u128 = 0; // below 万
    let mut digit: Option<u128> = None;
    let mut small_unit: Option<u32> = None; // 十 百 千 last seen
    let mut prev_was_digit = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if let Some(d) = chinese_digit(c) {
            digit = Some(match digit {
                Some(prev) if prev_was_digit => prev
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(d as u128))
                    .ok_or_else(overflow)?, // 二〇二四
                _ => d as u128,
            });
            prev_was_digit = true;
        } else if let Some(p) = chinese_unit(c) {
            prev_was_digit = false;
            if p < 4 {
                section = section
                    .checked_add(
                        digit
                            .take()
                            .unwrap_or(1)
                            .checked_mul(10u128.pow(p))
                            .ok_or_else(overflow)?,
                    )
                    .ok_or_else(overflow)?;
                small_unit = Some(p);
            } else {
                if digit.is_none() && section == 0 && total == 0 {
                    break; // a bare 万 is not a number
                }
                let group = section + digit.take().unwrap_or(0);
                let more = chars[i + 1..]
                    .first()
                    .is_some_and(|c| is_chinese_numeral(*c));
                if !more && total == 0 {
                    // `三千五百万`: the caller applies the multiplier and tracks precision.
                    let exponent = small_unit.map_or(0, |u| u as i32);
                    return finish(text, group, exponent, i);
                }
                total = group
                    .checked_mul(10u128.pow(p))
                    .and_then(|g| g.checked_add(total))
                    .ok_or_else(overflow)?;
                section = 0;
                if !more {
                    let exponent = small_unit.map_or(0, |u| u as i32) + p as i32;
                    return finish(text, total, exponent, i + 1);
                }
                small_unit = None;
            }
        } else {
            break;
        }
        i += 1;
    }
    if i == 0 {
        return Err(NumberError::Empty(text.to_string()));
    }
    let exponent = match (digit, small_unit) {
        // `三千五` is 3500 and `一百五` 150: a lone digit after 百 or 千 counts one place lower.
        (Some(d), Some(u)) if u >= 2 && i >= 2 && chinese_unit(chars[i - 2]) == Some(u) => {
            section = d
                .checked_mul(10u128.pow(u - 1))
                .and_then(|v| v.checked_add(section))
                .ok_or_else(overflow)?;
            u as i32 - 1
        }
        (Some(d), _) => {
            section = section.checked_add(d).ok_or_else(overflow)?;
            0
        }
        (None, u) => u.map_or(0, |u| u as i32),
    };
    finish(
        text,
        total.checked_add(section).ok_or_else(overflow)?,
        exponent,
        i,
    )
}

fn finish(
    text: &str,
    total: u128,
    exponent: i32,
    used: usize,
) -> Result<(Figure, usize), NumberError> {
    let value = Decimal::try_from_i128_with_scale(total as i128, 0)
        .map_err(|_| NumberError::Overflow(text.to_string()))?;
    Ok((
        Figure {
            value,
            qualifier: Qualifier::Exact,
            exponent,
            percent: false,
        },
        used,
    ))
}

/// Writes an integer as Chinese numerals (`23` → `二十三`), the inverse of the parser for
/// whole numbers below 10¹². Used by tests and by anyone generating text.
pub fn to_chinese(mut n: u64) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    if n == 0 {
        return "零".to_string();
    }
    fn below_10000(n: u64, out: &mut String, leading: bool) {
        const UNITS: [&str; 4] = ["千", "百", "十", ""];
        let parts = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
        let mut zero = false;
        let mut started = false;
        for (k, d) in parts.iter().enumerate() {
            if *d == 0 {
                zero = started;
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            if !(leading && !started && k == 2 && *d == 1) {
                out.push(DIGITS[*d as usize]);
            }
            out.push_str(UNITS[k]);
            started = true;
        }
    }
    let mut out = String::new();
    let groups = [(100_000_000u64, "亿"), (10_000, "万"), (1, "")];
    let mut started = false;
    for (size, name) in groups {
        let g = n / size;
        n %= size;
        if g == 0 {
            continue;
        }
        if started && g < 1000 {
            out.push('零');
        }
        below_10000(g, &mut out, !started);
        out.push_str(name);
        started = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn v(s: &str) -> Decimal {
        parse_figure(s).unwrap().value
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(v("291"), Decimal::from(291));
        assert_eq!(v("1,234"), Decimal::from(1234));
        assert_eq!(v("1，234"), Decimal::from(1234));
        assert_eq!(v("１２３"), Decimal::from(123));
        assert_eq!(v("29.83").to_string(), "29.83");
        assert_eq!(v("12.50").to_string(), "12.50");
        assert_eq!(parse_figure("12.50").unwrap().exponent, -2);
    }

    #[test]
    fn multipliers_are_exact() {
        assert_eq!(v("500万"), Decimal::from(5_000_000));
        assert_eq!(v("24315万"), Decimal::from(243_150_000));
        assert_eq!(v("1.2亿").to_string(), "120000000");
        assert_eq!(v("1.25万").to_string(), "12500");
        assert_eq!(v("0.35万").to_string(), "3500");
        assert_eq!(v("1.23456万").to_string(), "12345.6");
        assert_eq!(parse_figure("24315万").unwrap().exponent, 4);
    }

    #[test]
    fn approximations() {
        let f = parse_figure("3万多").unwrap();
        assert_eq!(
            (f.value, f.qualifier, f.exponent),
            (Decimal::from(30000), Qualifier::AtLeast, 4)
        );
        let f = parse_figure("10余万").unwrap();
        assert_eq!(
            (f.value, f.qualifier),
            (Decimal::from(100_000), Qualifier::AtLeast)
        );
        assert_eq!(parse_figure("120余").unwrap().qualifier, Qualifier::AtLeast);
        assert_eq!(parse_figure("近500").unwrap().qualifier, Qualifier::AtMost);
        assert_eq!(parse_figure("约3.5万").unwrap().qualifier, Qualifier::About);
        assert_eq!(
            parse_figure("超过2000").unwrap().qualifier,
            Qualifier::AtLeast
        );
        assert_eq!(parse_figure("一百余").unwrap().value, Decimal::from(100));
    }

    #[test]
    fn chinese_numerals() {
        for (s, n) in [
            ("三", 3),
            ("十二", 12),
            ("两", 2),
            ("二十", 20),
            ("一百零五", 105),
            ("三千五百", 3500),
            ("三千五", 3500),
            ("十万", 100_000),
            ("三千五百万", 35_000_000),
            ("一亿二千万", 120_000_000),
            ("九十九", 99),
        ] {
            assert_eq!(v(s), Decimal::from(n), "{s}");
        }
        assert_eq!(parse_figure("一百").unwrap().exponent, 2);
        let f = parse_figure("百分之九十九").unwrap();
        assert!(f.percent);
        assert_eq!(f.value, Decimal::from(99));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(parse_figure("").is_err());
        assert!(parse_figure("abc").is_err());
        assert!(parse_figure("12x").is_err());
        assert!(matches!(
            parse_figure("99999999999999999999999999999999999999"),
            Err(NumberError::Overflow(_))
        ));
    }

    #[test]
    fn to_chinese_examples() {
        assert_eq!(to_chinese(12), "十二");
        assert_eq!(to_chinese(105), "一百零五");
        assert_eq!(to_chinese(100_005), "十万零五");
        assert_eq!(to_chinese(20_300), "二万零三百");
    }

    #[test]
    fn numeral_set_matches_digits_and_units() {
        for c in ('\u{3000}'..='\u{9fff}').chain('0'..='9') {
            assert_eq!(
                is_chinese_numeral(c),
                chinese_digit(c).is_some() || chinese_unit(c).is_some(),
                "{c}"
            );
        }
    }

    proptest! {
        #[test]
        fn chinese_round_trip(n in 0u64..1_000_000_000_000) {
            prop_assert_eq!(v(&to_chinese(n)), Decimal::from(n));
        }

        #[test]
        fn arabic_with_separators_round_trip(n in 0u64..10_000_000_000) {
            let plain = n.to_string();
            let mut grouped = String::new();
            for (i, c) in plain.chars().enumerate() {
                if i > 0 && (plain.len() - i) % 3 == 0 { grouped.push(','); }
                grouped.push(c);
            }
            let full: String = plain.chars().map(|c| char::from_u32(c as u32 - '0' as u32 + '０' as u32).unwrap()).collect();
            prop_assert_eq!(v(&plain), Decimal::from(n));
            prop_assert_eq!(v(&grouped), Decimal::from(n));
            prop_assert_eq!(v(&full), Decimal::from(n));
        }

        #[test]
        fn decimals_keep_their_scale(m in 0i64..1_000_000_000, scale in 0u32..6) {
            let d = Decimal::new(m, scale);
            let parsed = v(&d.to_string());
            prop_assert_eq!(parsed, d);
            prop_assert_eq!(parsed.scale(), scale);
        }

        #[test]
        fn wan_multiplier_is_exact(m in 0i64..1_000_000, scale in 0u32..4) {
            let d = Decimal::new(m, scale);
            let parsed = v(&format!("{d}万"));
            prop_assert_eq!(parsed, d * Decimal::from(10_000));
        }

        #[test]
        fn never_panics(s in "\\PC{0,12}") {
            let _ = parse_figure(&s);
        }

        #[test]
        fn long_numerals_are_an_error_not_a_panic(s in "[零一二三四五六七八九十百千万亿0-9]{30,80}") {
            let _ = parse_figure(&s);
        }
    }
}
