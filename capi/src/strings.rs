//! NUL-terminated copies of a report's strings, made once so that C can borrow them.

use crate::{fazhi_fact, fazhi_finding, fazhi_label};
use fazhi::{Fact, Finding};
use rust_decimal::prelude::ToPrimitive;
use std::ffi::CString;
use std::ptr;

/// A C string of `s`; an embedded NUL (possible in JSON read from outside) becomes U+FFFD.
pub(crate) fn c_string(s: &str) -> CString {
    CString::new(s)
        .unwrap_or_else(|_| CString::new(s.replace('\0', "\u{fffd}")).unwrap_or_default())
}

/// The strings of one fact.
pub(crate) struct FactStrings {
    id: CString,
    concept: Option<CString>,
    value: CString,
    unit: CString,
    text: CString,
    value_f64: f64,
    label: Option<CString>,
}

impl FactStrings {
    pub fn new(f: &Fact) -> Self {
        FactStrings {
            id: c_string(&f.id),
            concept: f.concept.as_deref().map(c_string),
            value: c_string(&f.value.to_string()),
            unit: c_string(&f.unit),
            text: c_string(&f.text),
            value_f64: f.value.to_f64().unwrap_or(f64::NAN),
            label: f.label.as_ref().map(|l| c_string(&l.text)),
        }
    }

    /// The fact's label, borrowed, when it has one.
    pub fn label(&self, f: &Fact) -> Option<fazhi_label> {
        let (text, l) = (self.label.as_ref()?, f.label.as_ref()?);
        Some(fazhi_label {
            text: text.as_ptr(),
            start: l.span.start,
            end: l.span.end,
            char_start: l.span.char_start,
            char_end: l.span.char_end,
        })
    }

    pub fn view(&self, f: &Fact) -> fazhi_fact {
        fazhi_fact {
            id: self.id.as_ptr(),
            concept: self.concept.as_ref().map_or(ptr::null(), |c| c.as_ptr()),
            value: self.value.as_ptr(),
            unit: self.unit.as_ptr(),
            qualifier: static_str(f.qualifier.as_str()),
            kind: static_str(f.kind.as_str()),
            text: self.text.as_ptr(),
            value_f64: self.value_f64,
            start: f.span.start,
            end: f.span.end,
        }
    }
}

/// The strings of one finding.
pub(crate) struct FindingStrings {
    rule: CString,
    severity: &'static str,
    message: CString,
    facts: CString,
    suggestion: Option<CString>,
}

impl FindingStrings {
    pub fn new(f: &Finding) -> Self {
        FindingStrings {
            rule: c_string(&f.rule),
            severity: f.severity.as_str(),
            message: c_string(&f.message),
            facts: c_string(&f.facts.join(" ")),
            suggestion: f
                .suggestion
                .as_ref()
                .map(|s| c_string(&s.value.to_string())),
        }
    }

    pub fn view(&self) -> fazhi_finding {
        fazhi_finding {
            rule: self.rule.as_ptr(),
            severity: static_str(self.severity),
            message: self.message.as_ptr(),
            facts: self.facts.as_ptr(),
            suggestion: self.suggestion.as_ref().map_or(ptr::null(), |c| c.as_ptr()),
        }
    }
}

/// A static NUL-terminated copy of one of the model's fixed names.
fn static_str(s: &'static str) -> *const std::ffi::c_char {
    let c: &'static std::ffi::CStr = match s {
        "exact" => c"exact",
        "at_least" => c"at_least",
        "at_most" => c"at_most",
        "about" => c"about",
        "level" => c"level",
        "change_percent" => c"change_percent",
        "change_points" => c"change_points",
        "change_absolute" => c"change_absolute",
        "change_factor" => c"change_factor",
        "error" => c"error",
        "warning" => c"warning",
        "info" => c"info",
        _ => c"",
    };
    c.as_ptr()
}
