//! The figure reader on any text: an error or a value, never a panic; a value read is
//! never negative (no minus sign is part of a figure).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(f) = fazhi::number::parse_figure(text) {
        assert!(
            !f.value.is_sign_negative() || f.value.is_zero(),
            "{text:?} read as {}",
            f.value
        );
    }
});
