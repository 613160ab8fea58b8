//! Bytes → text: the encodings Chinese government sites serve, told apart without guessing
//! where a byte order mark or strict UTF-8 settles it.

use encoding_rs::{BIG5, Encoding as Enc, GB18030, UTF_8, UTF_16BE, UTF_16LE};
use serde::{Deserialize, Serialize};

/// The encoding a file was read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    /// UTF-8 without a byte order mark.
    Utf8,
    /// UTF-8 with a byte order mark (`EF BB BF`), which is dropped.
    Utf8Bom,
    /// GB18030, the superset of GBK and GB2312 (read when the bytes are not UTF-8).
    Gb18030,
    /// UTF-16 little-endian, told by its byte order mark.
    Utf16Le,
    /// UTF-16 big-endian, told by its byte order mark.
    Utf16Be,
    /// Big5, the traditional-character encoding of Taiwan and Hong Kong pages: read when a page
    /// declares it, or when its bytes read as far more common words in Big5 than in GB18030.
    Big5,
}

impl Encoding {
    /// The name used in tables and JSON (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`,
    /// `utf-16be`, `big5`).
    pub fn as_str(self) -> &'static str {
        match self {
            Encoding::Big5 => "big5",
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Gb18030 => "gb18030",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }
}

/// Why bytes are not a text fazhi can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The file holds no bytes (or only a byte order mark).
    #[error("the file is empty")]
    Empty,
    /// A known binary format (PDF, Word, a ZIP archive, an image).
    #[error("a {0} file, not text: convert it to text first")]
    Binary(&'static str),
    /// A NUL byte in a file without a UTF-16 byte order mark.
    #[error("binary data (a NUL byte at byte {0})")]
    Nul(usize),
    /// Neither UTF-8 nor GB18030.
    #[error("neither UTF-8 nor GB18030/GBK (the first byte that fits neither is at byte {0})")]
    Unknown(usize),
    /// UTF-16 with a byte order mark, but broken.
    #[error("malformed {0}")]
    Malformed(&'static str),
}

/// Magic numbers of the binary files that turn up in folders of reports.
const MAGIC: [(&[u8], &str); 6] = [
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP (docx, xlsx, wps or zip)"),
    (b"\xD0\xCF\x11\xE0", "Microsoft Office (doc, xls)"),
    (b"\x89PNG", "PNG"),
    (b"\xFF\xD8\xFF", "JPEG"),
    (b"GIF8", "GIF"),
];

/// Decodes a file's bytes: a byte order mark (UTF-8, UTF-16) decides; otherwise strict UTF-8,
/// then GB18030 (which holds GBK and GB2312). Bytes that fit neither, NUL bytes and known binary
/// formats are errors, never text with replacement characters.
///
/// ```
/// use fazhi::files::{decode, Encoding};
/// let gbk = [0xD0, 0xD0, 0xD5, 0xFE]; // 行政 in GBK
/// assert_eq!(decode(&gbk).unwrap(), ("行政".to_string(), Encoding::Gb18030));
/// assert_eq!(decode("行政".as_bytes()).unwrap().1, Encoding::Utf8);
/// ```
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), DecodeError> {
    decode_declared(bytes, None)
}

/// [`decode`], with the charset a page declares (`<meta charset="big5">`): after a byte order
/// mark and strict UTF-8 (pages often declare GB2312 and are UTF-8), a declared Big5 is
/// honoured, and a declared GBK/GB2312/GB18030 settles GB18030. Without a declaration, bytes
/// that are neither UTF-8 nor, word for word, GB18030 are tried as Big5; UTF-16 without a byte
/// order mark is told by where its NUL bytes stand. A text cut inside its last character (a
/// download that stopped) is read up to it.
pub fn decode_declared(
    bytes: &[u8],
    declared: Option<&str>,
) -> Result<(String, Encoding), DecodeError> {
    if let Some((enc, bom)) = Enc::for_bom(bytes) {
        let body = &bytes[bom..];
        if body.is_empty() {
            return Err(DecodeError::Empty);
        }
        let (encoding, name) = if enc == UTF_8 {
            (Encoding::Utf8Bom, "UTF-8")
        } else if enc == UTF_16LE {
            (Encoding::Utf16Le, "UTF-16LE")
        } else if enc == UTF_16BE {
            (Encoding::Utf16Be, "UTF-16BE")
        } else {
            return Err(DecodeError::Malformed("text of an unknown byte order mark"));
        };
        return match enc.decode_without_bom_handling_and_without_replacement(body) {
            Some(text) => Ok((text.into_owned(), encoding)),
            None => Err(DecodeError::Malformed(name)),
        };
    }
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(DecodeError::Binary(kind));
    }
    if let Some(at) = memchr::memchr(0, bytes) {
        return utf16_without_bom(bytes).ok_or(DecodeError::Nul(at));
    }
    let utf8 = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((text.to_string(), Encoding::Utf8)),
        // cut inside its last character: the text before it
        Err(e) if e.error_len().is_none() && e.valid_up_to() > 0 => {
            return Ok((
                String::from_utf8_lossy(&bytes[..e.valid_up_to()]).into_owned(),
                Encoding::Utf8,
            ));
        }
        Err(e) => e,
    };
    let declared = declared.and_then(|label| Enc::for_label(label.trim().as_bytes()));
    if declared == Some(BIG5)
        && let Some(text) = strict(BIG5, bytes)
    {
        return Ok((text, Encoding::Big5));
    }
    let gb = strict(GB18030, bytes);
    if declared != Some(GB18030) && declared != Some(encoding_rs::GBK) {
        // undeclared: Big5 bytes often read as GB18030 too, as rare characters; the reading
        // with more of the words reports are made of wins
        if let Some(big5) = strict(BIG5, bytes)
            && gb.as_ref().is_none_or(|gb| common(&big5) > 2 * common(gb))
        {
            return Ok((big5, Encoding::Big5));
        }
    }
    match gb {
        Some(text) => Ok((text, Encoding::Gb18030)),
        None => Err(DecodeError::Unknown(
            first_bad_gb18030(bytes).unwrap_or(utf8.valid_up_to()),
        )),
    }
}

/// The bytes in `enc`, without replacement; a character cut at the very end is left out.
fn strict(enc: &'static Enc, bytes: &[u8]) -> Option<String> {
    if let Some(text) = enc.decode_without_bom_handling_and_without_replacement(bytes) {
        return Some(text.into_owned());
    }
    // a double-byte character cut at the end: all but its lead byte
    let cut = &bytes[..bytes.len().saturating_sub(1)];
    (!cut.is_empty() && bytes.last().is_some_and(|b| *b >= 0x80))
        .then(|| enc.decode_without_bom_handling_and_without_replacement(cut))
        .flatten()
        .map(|t| t.into_owned())
}

/// Characters of the words every report is made of, in simplified and traditional forms: a
/// reading of the bytes in the wrong encoding has few of them.
const COMMON: &str = "年月日的是在和与及了一二三四五六七八九十百千万件人次为為县縣市区區省政府法治行规規定制度工作报報告发發务務国國全会會开開展建设設设进進推动動加强強化落实實依公共服务務关關于於";

/// How many characters of `text` are among [`COMMON`].
fn common(text: &str) -> usize {
    text.chars().filter(|c| COMMON.contains(*c)).count()
}

/// A text in UTF-16 without a byte order mark: Chinese text with ASCII in it has NUL bytes on
/// one side of each pair only (odd positions little-endian, even big-endian).
fn utf16_without_bom(bytes: &[u8]) -> Option<(String, Encoding)> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let nul_at = |parity: usize| {
        bytes
            .iter()
            .skip(parity)
            .step_by(2)
            .filter(|b| **b == 0)
            .count()
    };
    let (even, odd) = (nul_at(0), nul_at(1));
    let (enc, encoding) = match (even, odd) {
        (0, n) if n > 0 => (UTF_16LE, Encoding::Utf16Le),
        (n, 0) if n > 0 => (UTF_16BE, Encoding::Utf16Be),
        _ => return None,
    };
    let text = enc.decode_without_bom_handling_and_without_replacement(bytes)?;
    // a text, not binary data that happens to fit: no control characters but line breaks
    let plain = text
        .chars()
        .all(|c| !c.is_control() || matches!(c, '\n' | '\r' | '\t'));
    (plain && common(&text) > 0).then(|| (text.into_owned(), encoding))
}

/// Where GB18030 decoding first fails, for the error message.
fn first_bad_gb18030(bytes: &[u8]) -> Option<usize> {
    let mut decoder = GB18030.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length(bytes.len())?);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
    match result {
        encoding_rs::DecoderResult::Malformed(bad, after) => {
            Some(read.saturating_sub(usize::from(bad) + usize::from(after)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(text: &str, enc: &'static Enc) -> Vec<u8> {
        enc.encode(text).0.into_owned()
    }

    #[test]
    fn each_encoding_is_told_and_recorded() {
        let text = "2024年全市共受理行政复议案件291件，罚没款24315万元。";
        assert_eq!(
            decode(text.as_bytes()).unwrap(),
            (text.to_string(), Encoding::Utf8)
        );
        let bom = [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat();
        assert_eq!(decode(&bom).unwrap(), (text.to_string(), Encoding::Utf8Bom));
        let gb = encoded(text, GB18030);
        assert_ne!(gb, text.as_bytes());
        assert_eq!(decode(&gb).unwrap(), (text.to_string(), Encoding::Gb18030));
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), (text.to_string(), Encoding::Utf16Le));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap(), (text.to_string(), Encoding::Utf16Be));
    }

    #[test]
    fn big5_utf16_without_a_mark_and_a_cut_last_character() {
        let text = "臺北市2024年法治政府建設年度報告：全年受理行政復議案件291件，調解成功率達98%。";
        let big5 = encoded(text, BIG5);
        // declared, and undeclared: the words tell it from GB18030
        assert_eq!(
            decode_declared(&big5, Some("big5")).unwrap(),
            (text.to_string(), Encoding::Big5)
        );
        assert_eq!(decode(&big5).unwrap(), (text.to_string(), Encoding::Big5));
        // GB18030 stays GB18030
        let simplified = "2024年法治政府建设年度报告：全年受理行政复议案件291件。";
        assert_eq!(
            decode(&encoded(simplified, GB18030)).unwrap().1,
            Encoding::Gb18030
        );
        // UTF-16 without a byte order mark, either byte order
        let le: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(decode(&le).unwrap(), (text.to_string(), Encoding::Utf16Le));
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).unwrap(), (text.to_string(), Encoding::Utf16Be));
        // a download cut inside its last character: the text before it
        let utf8 = text.as_bytes();
        let cut = &utf8[..utf8.len() - 1];
        let (read, enc) = decode(cut).unwrap();
        assert_eq!(
            (read.as_str(), enc),
            (&text[..text.len() - "。".len()], Encoding::Utf8)
        );
        let gb = encoded(simplified, GB18030);
        let (read, enc) = decode(&gb[..gb.len() - 1]).unwrap();
        assert_eq!(enc, Encoding::Gb18030);
        assert!(simplified.starts_with(&read) && read.len() + "。".len() == simplified.len());
    }

    #[test]
    fn what_is_not_text_is_an_error_that_says_why() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"\xEF\xBB\xBF"), Err(DecodeError::Empty));
        assert_eq!(decode(b"%PDF-1.7\n..."), Err(DecodeError::Binary("PDF")));
        assert_eq!(decode(b"abc\0def"), Err(DecodeError::Nul(3)));
        // 0xFF is no lead byte in UTF-8 nor in GB18030
        let err = decode(b"\xD0\xD0\xFF\xFF").unwrap_err();
        assert_eq!(err, DecodeError::Unknown(2));
        assert!(err.to_string().contains("byte 2"));
        // UTF-16 with an odd byte left over
        assert_eq!(
            decode(b"\xFF\xFEa\x00b"),
            Err(DecodeError::Malformed("UTF-16LE"))
        );
    }
}
