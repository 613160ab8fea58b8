//! Bytes → text: the encodings Chinese government sites serve, told apart without guessing
//! where a byte order mark or strict UTF-8 settles it.

use encoding_rs::{Encoding as Enc, GB18030, UTF_8, UTF_16BE, UTF_16LE};
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
}

impl Encoding {
    /// The name used in tables and JSON (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`, `utf-16be`).
    pub fn as_str(self) -> &'static str {
        match self {
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
        return Err(DecodeError::Nul(at));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), Encoding::Utf8)),
        Err(utf8) => match GB18030.decode_without_bom_handling_and_without_replacement(bytes) {
            Some(text) => Ok((text.into_owned(), Encoding::Gb18030)),
            None => Err(DecodeError::Unknown(
                first_bad_gb18030(bytes).unwrap_or(utf8.valid_up_to()),
            )),
        },
    }
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
