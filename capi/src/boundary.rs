//! The panic boundary and the thread-local last error.

use crate::fazhi_status;
use std::cell::RefCell;
use std::ffi::{CString, c_char};
use std::panic::{AssertUnwindSafe, catch_unwind};

thread_local! {
    static LAST_ERROR: RefCell<Option<CString>> = const { RefCell::new(None) };
}

/// Records `message` as the calling thread's last error and returns `status`.
pub(crate) fn set_error(status: fazhi_status, message: impl Into<String>) -> fazhi_status {
    let message = crate::strings::c_string(&message.into());
    LAST_ERROR.with(|e| *e.borrow_mut() = Some(message));
    status
}

/// The calling thread's last error message, or NULL.
pub(crate) fn last_error() -> *const c_char {
    LAST_ERROR.with(|e| e.borrow().as_ref().map_or(std::ptr::null(), |s| s.as_ptr()))
}

/// Runs an entry point, turning a panic into `FAZHI_INTERNAL_ERROR`.
pub(crate) fn guard(f: impl FnOnce() -> fazhi_status) -> fazhi_status {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(status) => status,
        Err(payload) => set_error(
            fazhi_status::FAZHI_INTERNAL_ERROR,
            format!(
                "internal error: {} (please report this bug)",
                fazhi::panic_message(&*payload)
            ),
        ),
    }
}

/// Runs an entry point that has no status to return, giving `fallback` on a panic.
pub(crate) fn guard_or<T>(fallback: T, f: impl FnOnce() -> T) -> T {
    match catch_unwind(AssertUnwindSafe(f)) {
        Ok(v) => v,
        Err(payload) => {
            set_error(
                fazhi_status::FAZHI_INTERNAL_ERROR,
                format!(
                    "internal error: {} (please report this bug)",
                    fazhi::panic_message(&*payload)
                ),
            );
            fallback
        }
    }
}
