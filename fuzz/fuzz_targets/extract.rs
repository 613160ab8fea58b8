//! Any text: extraction never panics, every span holds its text on char boundaries (the text
//! as it shows: a span keeps the invisible format characters inside it, the text does not),
//! the JSON round trip is exact and the checks on the report read back give the same findings.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// A span's text as it shows: without the invisible format characters fazhi reads past.
fn visible(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{00AD}'
                    | '\u{200B}'..='\u{200F}'
                    | '\u{202A}'..='\u{202E}'
                    | '\u{2060}'..='\u{2064}'
                    | '\u{2066}'..='\u{2069}'
                    | '\u{FEFF}'
            )
        })
        .collect()
}

fuzz_target!(|text: &str| {
    let Ok(report) = fazhi::extract(text) else {
        return;
    };
    for f in &report.facts {
        assert_eq!(visible(&text[f.span.start..f.span.end]), f.text);
        if let Some(l) = &f.label {
            assert_eq!(visible(&text[l.span.start..l.span.end]), l.text);
            assert!(l.span.end <= f.span.start || l.span.start >= f.span.end);
        }
    }
    for n in &report.not_facts {
        assert_eq!(visible(&text[n.span.start..n.span.end]), n.text);
    }
    let json = fazhi::json::to_json(&report);
    let back = fazhi::json::from_json(&json).expect("an extracted report reads back");
    assert_eq!(back, report);
    assert_eq!(fazhi::validate(&back), report.findings);
});
