//! Any registry file: reading it never panics, and a registry that reads extracts any text
//! as the built-in one does — every span holding its text — with the user's words added to
//! the reader's (words of any characters, overlapping the built-in ones or each other).
#![no_main]

use libfuzzer_sys::fuzz_target;

const TEXT: &str = "全年受理行政复议案件120件，开展安全生产检查860次，整改隐患32处。";

fuzz_target!(|toml: &str| {
    let Ok(registry) = fazhi::Registry::from_toml(toml) else {
        return;
    };
    assert!(registry.len() >= fazhi::concepts().len());
    let options = fazhi::Options::default().with_registry(registry.clone());
    for text in [TEXT, toml] {
        let Ok(report) = fazhi::extract_with(text, &options) else {
            continue;
        };
        for f in &report.facts {
            assert!(text.get(f.span.start..f.span.end).is_some());
            if let Some(id) = &f.concept {
                assert!(registry.concept(id).is_some(), "{id} is no concept of the registry");
            }
        }
    }
});
