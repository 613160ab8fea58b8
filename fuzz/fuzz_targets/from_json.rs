//! Any bytes as JSON: refused with a path or read; what is read validates without a panic and
//! writes back to JSON that reads to the same report.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = fazhi::json::from_json_bytes(data) {
        let _ = fazhi::validate(&report);
        let json = fazhi::json::to_json(&report);
        assert_eq!(fazhi::json::from_json(&json).expect("reads back"), report);
    }
});
