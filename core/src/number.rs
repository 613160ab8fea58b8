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

/// The value of a Chinese numeral digit (零 to 九, 两), financial and traditional forms
/// included (`壹 贰 貳 叁 參 肆 伍 陆 陸 柒 捌 玖 兩`).
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The power of ten of a Chinese unit character (十 1, 百 2, 千 3, 万 4, 亿 8), financial and
/// traditional forms included.
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

/// Whether `c` is the decimal point of a Chinese numeral (`十五点七`).
pub fn is_chinese_point(c: char) -> bool {
    matches!(c, '点' | '點')
}

/// Whether `c` stands for an unknown digit of a vague amount (`几十`, `数百`, `十几`).
pub fn is_vague_digit(c: char) -> bool {
    matches!(c, '几' | '幾' | '数' | '數')
}

/// Every character of a Chinese numeral: digits (traditional and financial forms included)
/// and units.
const NUMERAL_CHARS: [char; 35] = [
    '零', '〇', '一', '壹', '二', '两', '兩', '贰', '貳', '三', '叁', '參', '四', '肆', '五', '伍',
    '六', '陆', '陸', '七', '柒', '八', '捌', '九', '玖', '十', '拾', '百', '佰', '千', '仟', '万',
    '萬', '亿', '億',
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

/// 10 to the power `exp` (0..=28), or `None` beyond what a decimal can hold.
fn checked_pow10(exp: u32) -> Option<Decimal> {
    (exp <= 28).then(|| Decimal::from_i128_with_scale(10i128.pow(exp), 0))
}

/// Multiplies by 10^k and keeps only the decimals that survive (`1.25` × 10⁴ = `12500`);
/// `None` when the result does not fit a decimal.
pub(crate) fn scale_up(value: Decimal, k: u32) -> Option<Decimal> {
    let mut v = value.checked_mul(checked_pow10(k)?)?;
    let scale = value.scale().saturating_sub(k);
    v.rescale(scale);
    Some(v)
}

/// Words before a figure that make it a lower bound (`超过`, `逾`, `不少于`, `突破`, `上千`).
pub const AT_LEAST_PREFIX: &[&str] = &[
    "不少于",
    "不低于",
    "超过",
    "多于",
    "高于",
    "突破",
    "不少",
    "逾",
    "超",
    "上",
];
/// Words before a figure that make it an upper bound (`近`, `不足`, `低于`, `不超过`).
pub const AT_MOST_PREFIX: &[&str] = &[
    "不超过",
    "将近",
    "接近",
    "不足",
    "不到",
    "低于",
    "少于",
    "近",
];
/// Words before a figure that make it approximate (`约`, `大约`).
pub const ABOUT_PREFIX: &[&str] = &["大约", "约"];

/// Reads one figure: Arabic digits (half- or full-width, with separators and a decimal
/// point), Chinese numerals in every written form, or both mixed (`1万3千`, `100万三千`),
/// with their multipliers, vague digits and approximation words.
///
/// ```
/// use fazhi::number::parse_figure;
/// use fazhi::Qualifier;
/// let f = parse_figure("10余万")?;
/// assert_eq!(f.value, 100_000.into());
/// assert_eq!(f.qualifier, Qualifier::AtLeast);
/// assert_eq!(parse_figure("二十三")?.value, 23.into());
/// assert_eq!(parse_figure("1.2亿")?.value, 120_000_000.into());
/// assert_eq!(parse_figure("一万三")?.value, 13_000.into());
/// assert_eq!(parse_figure("十五点七")?.value.to_string(), "15.7");
/// let f = parse_figure("几十")?;
/// assert_eq!((f.value, f.qualifier), (10.into(), Qualifier::AtLeast));
/// # Ok::<(), fazhi::number::NumberError>(())
/// ```
pub fn parse_figure(text: &str) -> Result<Figure, NumberError> {
    let mut s: &str = text.trim();
    let mut qualifier = Qualifier::Exact;
    'prefix: for (words, q) in [
        (AT_LEAST_PREFIX, Qualifier::AtLeast),
        (AT_MOST_PREFIX, Qualifier::AtMost),
        (ABOUT_PREFIX, Qualifier::About),
    ] {
        for w in words {
            // `上` and `近` are words of their own unless a numeral follows (`上千`, `近千`)
            if let Some(rest) = s.strip_prefix(w)
                && rest.starts_with(|c: char| {
                    digit_value(c).is_some() || is_chinese_numeral(c) || is_vague_digit(c)
                })
            {
                s = rest;
                qualifier = q;
                break 'prefix;
            }
        }
    }
    let mut percent = false;
    if let Some(rest) = s.strip_prefix("百分之") {
        s = rest;
        percent = true;
    }
    for (suffix, q) in [
        ("以上", Qualifier::AtLeast),
        ("左右", Qualifier::About),
        ("以下", Qualifier::AtMost),
        ("以内", Qualifier::AtMost),
    ] {
        if let Some(rest) = s.strip_suffix(suffix) {
            s = rest;
            qualifier = q;
        }
    }
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.is_empty() {
        return Err(NumberError::Empty(text.to_string()));
    }
    // `百分之百`: the whole
    if percent && chars == ['百'] {
        return Ok(Figure {
            value: Decimal::ONE_HUNDRED,
            qualifier,
            exponent: 0,
            percent,
        });
    }
    let mut reader = Reader::new(text);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if digit_value(c).is_some() {
            let (figure, used) = parse_arabic(text, &chars[i..])?;
            reader.arabic(figure.value, i)?;
            i += used;
            continue;
        }
        if let Some(d) = chinese_digit(c) {
            reader.digit(d, i)?;
        } else if is_vague_digit(c) {
            reader.vague(i)?;
        } else if let Some(p) = chinese_unit(c) {
            reader.unit(p, i)?;
        } else if is_chinese_point(c) {
            reader.point(i)?;
        } else if matches!(c, '余' | '多' | '餘') {
            reader.approximately(i)?;
        } else {
            return Err(NumberError::Unexpected {
                text: text.to_string(),
                ch: c,
                at: i,
            });
        }
        i += 1;
    }
    let at_least = reader.at_least;
    let (value, exponent, vague) = reader.finish()?;
    // `余`, `多` and vague digits (`几十`) make a lower bound
    if vague || at_least {
        qualifier = Qualifier::AtLeast;
    }
    Ok(Figure {
        value,
        qualifier,
        exponent,
        percent,
    })
}

/// What the last part read was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Last {
    Nothing,
    /// A Chinese digit (`三`), or `零`.
    Digit {
        zero: bool,
    },
    /// An Arabic number.
    Arabic,
    /// A vague digit (`几`).
    Vague,
    /// A unit, with its power of ten.
    Unit(u32),
    /// The decimal point.
    Point,
    /// `余` or `多`.
    Approx,
}

/// Reads the parts of a numeral one by one, in exact decimal arithmetic: `total` holds the
/// groups closed by 万 or 亿, `section` the part below 万, `number` the digits not yet given
/// a unit. Every step is checked: a value too large for a decimal is an error, never a
/// clamped or wrapped one.
struct Reader<'a> {
    text: &'a str,
    total: Decimal,
    section: Decimal,
    number: Option<Decimal>,
    /// Digits after the point, with their count.
    fraction: Option<(Decimal, u32)>,
    last: Last,
    /// The unit before the last digit, when nothing but that digit follows it (`一万三`).
    unit_before: Option<u32>,
    /// The lowest power of ten written so far (the precision), within the section and overall.
    section_low: Option<i32>,
    low: Option<i32>,
    vague: bool,
    /// Whether `余` or `多` was written.
    at_least: bool,
    /// The last big unit (万 4, 亿 8): a big unit may not follow one no smaller with nothing
    /// between (`亿亿`).
    last_big: Option<u32>,
    /// Whether anything numeric was read.
    any: bool,
}

impl<'a> Reader<'a> {
    fn new(text: &'a str) -> Self {
        Reader {
            text,
            total: Decimal::ZERO,
            section: Decimal::ZERO,
            number: None,
            fraction: None,
            last: Last::Nothing,
            unit_before: None,
            section_low: None,
            low: None,
            vague: false,
            at_least: false,
            last_big: None,
            any: false,
        }
    }

    fn overflow(&self) -> NumberError {
        NumberError::Overflow(self.text.to_string())
    }

    fn unexpected(&self, at: usize) -> NumberError {
        let ch = self.text.chars().filter(|c| !c.is_whitespace()).nth(at);
        NumberError::Unexpected {
            text: self.text.to_string(),
            ch: ch.unwrap_or('?'),
            at,
        }
    }

    fn digit(&mut self, d: u32, at: usize) -> Result<(), NumberError> {
        self.any = true;
        if let Some((f, n)) = self.fraction {
            // a digit after the point: one more decimal place
            let n = n + 1;
            let place = checked_pow10(n).ok_or_else(|| self.overflow())?;
            let add = Decimal::from(d)
                .checked_div(place)
                .ok_or_else(|| self.overflow())?;
            let mut f = f.checked_add(add).ok_or_else(|| self.overflow())?;
            f.rescale(n);
            self.fraction = Some((f, n));
            self.last = Last::Digit { zero: d == 0 };
            return Ok(());
        }
        self.number = Some(match (self.last, self.number) {
            // 二〇二四, 一九: digit by digit
            (Last::Digit { .. }, Some(n)) => n
                .checked_mul(Decimal::TEN)
                .and_then(|n| n.checked_add(Decimal::from(d)))
                .ok_or_else(|| self.overflow())?,
            (Last::Arabic, _) => return Err(self.unexpected(at)),
            _ => Decimal::from(d),
        });
        self.unit_before = match self.last {
            Last::Unit(p) => Some(p),
            _ => None,
        };
        self.last = Last::Digit { zero: d == 0 };
        Ok(())
    }

    fn arabic(&mut self, value: Decimal, at: usize) -> Result<(), NumberError> {
        if self.number.is_some() || self.fraction.is_some() {
            return Err(self.unexpected(at));
        }
        self.any = true;
        self.number = Some(value);
        self.unit_before = None;
        self.last = Last::Arabic;
        Ok(())
    }

    fn vague(&mut self, at: usize) -> Result<(), NumberError> {
        if self.number.is_some() || self.fraction.is_some() {
            return Err(self.unexpected(at));
        }
        self.any = true;
        self.vague = true;
        // `几十`: at least one ten; `十几`, `二十几万`: the unknown digit adds at least nothing
        self.number = Some(match self.last {
            Last::Nothing => Decimal::ONE,
            _ => Decimal::ZERO,
        });
        self.unit_before = None;
        self.last = Last::Vague;
        Ok(())
    }

    fn note_place(&mut self, p: i32) {
        self.section_low = Some(self.section_low.map_or(p, |l| l.min(p)));
    }

    fn unit(&mut self, p: u32, at: usize) -> Result<(), NumberError> {
        self.close_fraction()?;
        if p < 4 {
            if matches!(self.last, Last::Unit(q) if q <= p) {
                return Err(self.unexpected(at)); // 十十, 百十
            }
            // a unit with no digit before it counts one (`十二`, `百余`)
            let n = self.number.take().unwrap_or(Decimal::ONE);
            let place = checked_pow10(p).ok_or_else(|| self.overflow())?;
            let mut v = n.checked_mul(place).ok_or_else(|| self.overflow())?;
            v.rescale(n.scale().saturating_sub(p)); // 1.5千 = 1500
            self.section = self.section.checked_add(v).ok_or_else(|| self.overflow())?;
            let written = if matches!(self.last, Last::Vague) {
                p as i32
            } else {
                p as i32 - n.scale() as i32
            };
            self.note_place(written);
        } else {
            // 亿亿, 万万, 亿万: stacked multipliers are refused (万亿 is a trillion)
            if matches!(self.last, Last::Unit(b) if b >= p) {
                return Err(self.unexpected(at));
            }
            let group_number = self.number.take();
            if group_number.is_none()
                && self.section.is_zero()
                && self.total.is_zero()
                && !matches!(self.last, Last::Approx)
            {
                // a bare 万 (`万余家`, `近万人`) counts one
                self.section = Decimal::ONE;
                self.note_place(0);
            }
            if let Some(n) = group_number {
                // the precision of the digits written: 1.25万 is known to 10² once multiplied
                self.note_place(match self.last {
                    Last::Arabic => -(n.scale() as i32),
                    _ => 0,
                });
                self.section = self.section.checked_add(n).ok_or_else(|| self.overflow())?;
            }
            let place = checked_pow10(p).ok_or_else(|| self.overflow())?;
            let shift = |l: Option<i32>| l.map(|l| l + p as i32);
            if p == 8 {
                // 亿 multiplies everything before it (`十万亿`, `三万亿`)
                let all = self
                    .total
                    .checked_add(self.section)
                    .ok_or_else(|| self.overflow())?;
                self.total = all.checked_mul(place).ok_or_else(|| self.overflow())?;
                self.low = shift(lowest(self.low, self.section_low));
            } else {
                let group = self
                    .section
                    .checked_mul(place)
                    .ok_or_else(|| self.overflow())?;
                self.total = self
                    .total
                    .checked_add(group)
                    .ok_or_else(|| self.overflow())?;
                self.low = lowest(self.low, shift(self.section_low));
            }
            // 1.25万 = 12500: the decimals the multiplier consumed go
            self.total.rescale(self.total.scale().saturating_sub(p));
            self.section = Decimal::ZERO;
            self.section_low = None;
            self.last_big = Some(p);
        }
        self.unit_before = None;
        self.last = Last::Unit(p);
        self.any = true;
        Ok(())
    }

    fn point(&mut self, at: usize) -> Result<(), NumberError> {
        // the integer part is all that was read: `十五点七`, `五万点二七`
        if !matches!(self.last, Last::Digit { .. } | Last::Unit(_)) || self.fraction.is_some() {
            return Err(self.unexpected(at));
        }
        let n = self.number.take().unwrap_or(Decimal::ZERO);
        let whole = self
            .total
            .checked_add(self.section)
            .and_then(|w| w.checked_add(n))
            .ok_or_else(|| self.overflow())?;
        self.total = Decimal::ZERO;
        self.section = Decimal::ZERO;
        self.section_low = None;
        self.low = None;
        self.number = Some(whole);
        self.fraction = Some((Decimal::ZERO, 0));
        self.unit_before = None;
        self.last = Last::Point;
        Ok(())
    }

    /// Joins the digits after the point to the number before it.
    fn close_fraction(&mut self) -> Result<(), NumberError> {
        if let Some((f, n)) = self.fraction.take() {
            let whole = self.number.unwrap_or(Decimal::ZERO);
            let mut v = whole.checked_add(f).ok_or_else(|| self.overflow())?;
            v.rescale(n);
            self.number = Some(v);
            self.last = Last::Arabic;
        }
        Ok(())
    }

    fn approximately(&mut self, at: usize) -> Result<(), NumberError> {
        if !self.any {
            return Err(self.unexpected(at));
        }
        self.at_least = true;
        self.last = Last::Approx;
        Ok(())
    }

    /// The value, the power of ten of its last written digit, and whether a digit was vague.
    fn finish(mut self) -> Result<(Decimal, i32, bool), NumberError> {
        let had_fraction = self.fraction.is_some();
        self.close_fraction()?;
        if !self.any {
            return Err(NumberError::Empty(self.text.to_string()));
        }
        let mut section = self.section;
        if let Some(n) = self.number.take() {
            // `一万三`, `三千五`, `两百五`: a lone digit after 百 or a larger unit counts one
            // place lower; not after 零 (`一百零五`) and not after a point
            let short = match (self.unit_before, self.last) {
                (Some(p), Last::Digit { zero: false }) if p >= 2 && !had_fraction => Some(p - 1),
                _ => None,
            };
            let (v, place) = match short {
                Some(q) => (
                    n.checked_mul(checked_pow10(q).ok_or_else(|| self.overflow())?)
                        .ok_or_else(|| self.overflow())?,
                    q as i32,
                ),
                None => (n, -(n.scale() as i32)),
            };
            section = section.checked_add(v).ok_or_else(|| self.overflow())?;
            self.note_place(place);
        }
        let value = self
            .total
            .checked_add(section)
            .ok_or_else(|| self.overflow())?;
        Ok((
            value,
            lowest(self.low, self.section_low).unwrap_or(0),
            self.vague,
        ))
    }
}

/// The lower of two powers of ten, either possibly unknown.
fn lowest(a: Option<i32>, b: Option<i32>) -> Option<i32> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
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
        } else if c == ' '
            && decimals.is_none()
            && !digits.is_empty()
            && chars.get(i + 1).is_some_and(|c| digit_value(*c).is_some())
        {
            // one space between digit groups: a thousands grouping or a space a page's
            // layout put inside the number (`1 374`)
        } else if matches!(c, '.' | '．')
            && decimals.is_none()
            && !digits.is_empty()
            && chars.get(i + 1).is_some_and(|c| digit_value(*c).is_some())
        {
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
    let value = u32::try_from(scale)
        .ok()
        .and_then(|scale| Decimal::try_from_i128_with_scale(mantissa, scale).ok())
        .ok_or_else(|| NumberError::Overflow(text.to_string()))?;
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

    /// (value as a decimal string, qualifier) of `s`.
    fn read(s: &str) -> (String, Qualifier) {
        let f = parse_figure(s).unwrap_or_else(|e| panic!("{s}: {e}"));
        (f.value.to_string(), f.qualifier)
    }

    #[test]
    fn chinese_decimals_keep_their_scale() {
        use Qualifier::Exact;
        for (s, want) in [
            ("二点五", "2.5"),
            ("十五点七", "15.7"),
            ("零点零五", "0.05"),
            ("二点零", "2.0"),
            ("一百二十點五", "120.5"),
            ("九十九点五", "99.5"),
            ("一点五万", "15000"),
        ] {
            assert_eq!(read(s), (want.to_string(), Exact), "{s}");
        }
        assert_eq!(parse_figure("二点零").unwrap().value.scale(), 1);
        assert_eq!(parse_figure("十五点七").unwrap().exponent, -1);
    }

    #[test]
    fn spoken_short_forms_count_one_place_lower() {
        for (s, n) in [
            ("一万三", 13_000),
            ("三万五", 35_000),
            ("三千五", 3_500),
            ("两百五", 250),
            ("一亿二", 120_000_000),
            ("一千零五", 1_005),
            ("一百零五", 105),
            ("十二", 12),
        ] {
            assert_eq!(v(s), Decimal::from(n), "{s}");
        }
        assert_eq!(parse_figure("一万三").unwrap().exponent, 3);
    }

    #[test]
    fn financial_traditional_and_mixed_forms() {
        for (s, n) in [
            ("兩千兩百貳拾二", 2_222i64),
            ("壹仟贰佰叁拾肆", 1_234),
            ("伍萬", 50_000),
            ("參億", 300_000_000),
            ("陸拾", 60),
            ("1万3千", 13_000),
            ("100万三千", 1_003_000),
            ("7万 5千 4百", 75_400),
            ("一百 五 十 二", 152),
            ("十万亿", 10_000_000_000_000),
            ("三万亿", 3_000_000_000_000),
            ("3万亿", 3_000_000_000_000),
            ("二〇二四", 2_024),
        ] {
            assert_eq!(v(s), Decimal::from(n), "{s}");
        }
        assert_eq!(read("3.5万余"), ("35000".into(), Qualifier::AtLeast));
        assert_eq!(v("1.3万").to_string(), "13000");
        assert_eq!(v("１，２３４．５６万").to_string(), "12345600");
    }

    #[test]
    fn percentages_written_in_words() {
        let f = parse_figure("百分之1,111").unwrap();
        assert_eq!((f.value, f.percent), (Decimal::from(1111), true));
        assert_eq!(v("百分之９，９９９"), Decimal::from(9999));
        assert_eq!(v("百分之百"), Decimal::from(100));
        assert_eq!(v("百分之九十九点五").to_string(), "99.5");
        assert_eq!(read("低于百分之三"), ("3".into(), Qualifier::AtMost));
    }

    #[test]
    fn vague_amounts_are_bounds() {
        use Qualifier::*;
        for (s, want, q) in [
            ("上千", "1000", AtLeast),
            ("上百", "100", AtLeast),
            ("近千", "1000", AtMost),
            ("逾百", "100", AtLeast),
            ("数十", "10", AtLeast),
            ("数百", "100", AtLeast),
            ("几十", "10", AtLeast),
            ("幾十", "10", AtLeast),
            ("十几", "10", AtLeast),
            ("二十几万", "200000", AtLeast),
            ("千余", "1000", AtLeast),
            ("万余", "10000", AtLeast),
            ("百余", "100", AtLeast),
            ("超4600万", "46000000", AtLeast),
            ("突破200万", "2000000", AtLeast),
            ("不少于3", "3", AtLeast),
            ("不超过5", "5", AtMost),
        ] {
            assert_eq!(read(s), (want.to_string(), q), "{s}");
        }
    }

    #[test]
    fn stacked_multipliers_and_huge_numerals_are_refused() {
        for s in ["亿亿", "一亿亿", "三万万", "亿亿亿亿", "一亿万", "十十"] {
            assert!(
                parse_figure(s).is_err(),
                "{s} read as {:?}",
                parse_figure(s)
            );
        }
        let long = "九".repeat(39);
        assert!(matches!(parse_figure(&long), Err(NumberError::Overflow(_))));
        let long_decimal = format!("一点{}", "五".repeat(30));
        assert!(parse_figure(&long_decimal).is_err());
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

    /// The financial form of a numeral (`壹仟贰佰`), or the traditional one (`兩萬`).
    fn variant(s: &str, financial: bool) -> String {
        let chars: Vec<char> = s.chars().collect();
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| {
                let next = chars.get(i + 1).copied();
                match (financial, c) {
                    (true, _) => match c {
                        '一' => '壹',
                        '二' => '贰',
                        '三' => '叁',
                        '四' => '肆',
                        '五' => '伍',
                        '六' => '陆',
                        '七' => '柒',
                        '八' => '捌',
                        '九' => '玖',
                        '十' => '拾',
                        '百' => '佰',
                        '千' => '仟',
                        '万' => '萬',
                        '亿' => '億',
                        c => c,
                    },
                    // 兩 before 百 千 万 亿, where speakers say it
                    (false, '二') if matches!(next, Some('百' | '千' | '万' | '亿')) => '兩',
                    (false, '万') => '萬',
                    (false, '亿') => '億',
                    (false, c) => c,
                }
            })
            .collect()
    }

    proptest! {
        #[test]
        fn chinese_round_trip(n in 0u64..1_000_000_000_000) {
            prop_assert_eq!(v(&to_chinese(n)), Decimal::from(n));
            prop_assert_eq!(v(&variant(&to_chinese(n), true)), Decimal::from(n));
            prop_assert_eq!(v(&variant(&to_chinese(n), false)), Decimal::from(n));
        }

        #[test]
        fn spoken_short_forms_round_trip(a in 1u64..10, b in 1u64..10, k in prop_oneof![Just(2u32), Just(3), Just(4), Just(8)]) {
            // 两百五, 三千五, 一万三, 一亿二: the lone digit after the unit counts one place lower
            let whole = a * 10u64.pow(k);
            let spoken = format!("{}{}", to_chinese(whole), to_chinese(b));
            prop_assert_eq!(v(&spoken), Decimal::from(whole + b * 10u64.pow(k - 1)));
        }

        #[test]
        fn chinese_decimals_round_trip(n in 0u64..100_000, d in 0u32..1000, places in 1u32..4) {
            let d = d % 10u32.pow(places);
            let digits: String = format!("{d:0width$}", width = places as usize)
                .chars()
                .map(|c| ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'][c.to_digit(10).unwrap_or(0) as usize])
                .collect();
            let written = format!("{}点{digits}", to_chinese(n));
            let want = Decimal::new((n * 10u64.pow(places) + u64::from(d)) as i64, places);
            let got = v(&written);
            prop_assert_eq!(got, want);
            prop_assert_eq!(got.scale(), places);
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
            // a space where a page's layout split the digits
            let spaced = grouped.replace(',', " ");
            prop_assert_eq!(v(&spaced), Decimal::from(n));
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
