//! A saved page on any bytes: decoded with whatever charset it declares, reduced to its
//! article, extracted. Never a panic; the article is text a report can be read from, and
//! reading the same bytes twice gives the same report.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let declared = std::str::from_utf8(&data[..data.len().min(16)]).ok();
    let Ok((text, _)) = fazhi::files::decode_declared(data, declared) else {
        return;
    };
    let (article, _meta) = fazhi::files::article(&text);
    assert!(!article.contains('\0') || text.contains('\0'));
    if let Ok(report) = fazhi::extract(&article) {
        for f in &report.facts {
            assert!(article.get(f.span.start..f.span.end).is_some());
        }
        assert_eq!(fazhi::extract(&article).ok(), Some(report));
    }
});
