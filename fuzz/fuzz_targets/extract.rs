//! Any text: extraction never panics, every span holds its text on char boundaries, the JSON
//! round trip is exact and the checks on the report read back give the same findings.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let Ok(report) = fazhi::extract(text) else {
        return;
    };
    for f in &report.facts {
        assert_eq!(&text[f.span.start..f.span.end], f.text);
        if let Some(l) = &f.label {
            assert_eq!(&text[l.span.start..l.span.end], l.text);
            assert!(l.span.end <= f.span.start || l.span.start >= f.span.end);
        }
    }
    for n in &report.not_facts {
        assert_eq!(&text[n.span.start..n.span.end], n.text);
    }
    let json = fazhi::json::to_json(&report);
    let back = fazhi::json::from_json(&json).expect("an extracted report reads back");
    assert_eq!(back, report);
    assert_eq!(fazhi::validate(&back), report.findings);
});
