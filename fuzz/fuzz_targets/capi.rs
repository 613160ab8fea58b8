//! The C entry points on any bytes: extraction, every accessor at every index and one past
//! the end, JSON both ways; only status codes come back, and every object is freed.
#![no_main]

use fazhi_capi::*;
use libfuzzer_sys::fuzz_target;
use std::ptr;

fuzz_target!(|data: &[u8]| {
    // SAFETY: every pointer passed is valid for the length given or NULL, every report and
    // string is freed once.
    unsafe {
        let mut report: *mut fazhi_report = ptr::null_mut();
        let status = fazhi_extract(data.as_ptr().cast(), data.len(), &mut report);
        if status != fazhi_status::FAZHI_OK {
            assert!(report.is_null());
            assert!(!fazhi_last_error().is_null());
        } else {
            let n = fazhi_report_fact_count(report);
            let mut fact = std::mem::zeroed::<fazhi_fact>();
            fact.size = std::mem::size_of::<fazhi_fact>();
            for i in 0..=n {
                let s = fazhi_report_fact(report, i, &mut fact);
                assert_eq!(s == fazhi_status::FAZHI_OK, i < n);
            }
            let mut finding = std::mem::zeroed::<fazhi_finding>();
            finding.size = std::mem::size_of::<fazhi_finding>();
            for i in 0..=fazhi_report_finding_count(report) {
                let _ = fazhi_report_finding(report, i, &mut finding);
            }
            let mut document = std::mem::zeroed::<fazhi_document>();
            document.size = std::mem::size_of::<fazhi_document>();
            for i in 0..=fazhi_report_document_count(report) {
                let _ = fazhi_report_document(report, i, &mut document);
            }
            let mut meta = std::mem::zeroed::<fazhi_meta>();
            meta.size = std::mem::size_of::<fazhi_meta>();
            assert_eq!(fazhi_report_meta(report, &mut meta), fazhi_status::FAZHI_OK);
            for format in 0..4 {
                let mut out: *mut std::ffi::c_char = ptr::null_mut();
                if fazhi_report_write(report, format, &mut out, ptr::null_mut())
                    == fazhi_status::FAZHI_OK
                {
                    fazhi_string_free(out);
                }
            }
            let mut checked: *mut fazhi_report = ptr::null_mut();
            assert_eq!(fazhi_validate(report, &mut checked), fazhi_status::FAZHI_OK);
            fazhi_report_free(checked);
            let mut json: *mut std::ffi::c_char = ptr::null_mut();
            let mut len = 0;
            assert_eq!(
                fazhi_report_to_json(report, &mut json, &mut len),
                fazhi_status::FAZHI_OK
            );
            let mut back: *mut fazhi_report = ptr::null_mut();
            assert_eq!(
                fazhi_report_from_json(json, len, &mut back),
                fazhi_status::FAZHI_OK
            );
            fazhi_report_free(back);
            fazhi_string_free(json);
            fazhi_report_free(report);
        }
        // the bytes as JSON
        let mut from_json: *mut fazhi_report = ptr::null_mut();
        if fazhi_report_from_json(data.as_ptr().cast(), data.len(), &mut from_json)
            == fazhi_status::FAZHI_OK
        {
            fazhi_report_free(from_json);
        }
        let first = data.first().copied().map_or(0, i32::from) - 64;
        assert!(!fazhi_status_name(first).is_null());
    }
});
