//! NUL-terminated copies of a report's strings, made once per part so that C can borrow them.

use std::ffi::{CString, c_char};
use std::ptr;

/// A C string of `s`; an embedded NUL (possible in JSON read from outside) becomes U+FFFD.
pub(crate) fn c_string(s: &str) -> CString {
    CString::new(s)
        .unwrap_or_else(|_| CString::new(s.replace('\0', "\u{fffd}")).unwrap_or_default())
}

/// The C strings of one item of a report (a fact, a document…), in the order its view reads
/// them; `None` stands for NULL.
pub(crate) struct Texts(Vec<Option<CString>>);

impl Texts {
    /// The C strings of `fields`.
    pub fn new<'a>(fields: impl IntoIterator<Item = Option<&'a str>>) -> Self {
        Texts(fields.into_iter().map(|f| f.map(c_string)).collect())
    }

    /// The borrowed pointer of field `i` (NULL when absent).
    pub fn get(&self, i: usize) -> *const c_char {
        self.0
            .get(i)
            .and_then(Option::as_ref)
            .map_or(ptr::null(), |c| c.as_ptr())
    }
}
