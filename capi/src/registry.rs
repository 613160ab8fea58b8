//! Users' own concepts from C: a registry handle read from a TOML file or text, and
//! extraction against it.

use crate::boundary::{guard, guard_or, set_error};
use crate::strings::Texts;
use crate::views::{self, fazhi_concept_info};
use crate::{CONCEPTS, fazhi_report, fazhi_status, new_report, write_view};
use std::ffi::{CStr, c_char};

/// The concepts figures are read against: the built-in registry extended with a user's.
/// Opaque: create it with `fazhi_registry_load` or `fazhi_registry_from_toml`, free it with
/// `fazhi_registry_free`.
pub struct fazhi_registry {
    registry: fazhi::Registry,
    /// The C strings of the user's concepts, made when the registry is.
    user: Vec<Texts>,
}

impl fazhi_registry {
    fn new(registry: fazhi::Registry) -> Box<Self> {
        let user = registry.user_concepts().map(views::concept_texts).collect();
        Box::new(fazhi_registry { registry, user })
    }
}

fn registry_out(
    registry: fazhi::Result<fazhi::Registry>,
    out: *mut *mut fazhi_registry,
) -> fazhi_status {
    match registry {
        Ok(r) => {
            // SAFETY: `out` was checked non-NULL by the caller of this helper.
            unsafe { *out = Box::into_raw(fazhi_registry::new(r)) };
            fazhi_status::FAZHI_OK
        }
        Err(e) => set_error(fazhi_status::FAZHI_INVALID_INPUT, e.to_string()),
    }
}

/// Reads the registry file at `path` (NUL-terminated UTF-8): the built-in concepts and the
/// file's. On an error (`FAZHI_INVALID_INPUT`) the message names the file, the entry and the
/// field, or the phrasing example that does not hold.
///
/// # Safety
/// `path` must be NULL or NUL-terminated; `out` must be NULL or valid to write to.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fazhi_registry_load(
    path: *const c_char,
    out: *mut *mut fazhi_registry,
) -> fazhi_status {
    guard(|| {
        if path.is_null() || out.is_null() {
            return set_error(
                fazhi_status::FAZHI_NULL_ARGUMENT,
                if path.is_null() {
                    "path is NULL"
                } else {
                    "out is NULL"
                },
            );
        }
        // SAFETY: the caller promises a NUL-terminated string.
        let path = match unsafe { CStr::from_ptr(path) }.to_str() {
            Ok(p) => p,
            Err(e) => {
                return set_error(
                    fazhi_status::FAZHI_INVALID_UTF8,
                    format!(
                        "path is not valid UTF-8: invalid byte sequence at byte {}",
                        e.valid_up_to()
                    ),
                );
            }
        };
        registry_out(fazhi::Registry::load(path), out)
    })
}

/// Reads a registry from `len` bytes of TOML text (no terminating NUL needed).
///
/// # Safety
/// `text` must point to `len` readable bytes; `out` must be NULL or valid to write to.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fazhi_registry_from_toml(
    text: *const c_char,
    len: usize,
    out: *mut *mut fazhi_registry,
) -> fazhi_status {
    guard(|| {
        if out.is_null() {
            return set_error(fazhi_status::FAZHI_NULL_ARGUMENT, "out is NULL");
        }
        // SAFETY: forwarded from the caller.
        match unsafe { crate::text_arg(text, len, "text") } {
            Ok(t) => registry_out(fazhi::Registry::from_toml(t), out),
            Err(s) => s,
        }
    })
}

/// Extracts a report from `len` bytes of UTF-8 text against `registry` (NULL: the built-in
/// concepts alone): the user's concepts appear in its facts like the built-in ones.
///
/// # Safety
/// As for `fazhi_extract`; `registry` must be NULL or a registry from this library not freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fazhi_extract_with_registry(
    text: *const c_char,
    len: usize,
    registry: *const fazhi_registry,
    out: *mut *mut fazhi_report,
) -> fazhi_status {
    // SAFETY: the caller promises NULL or a live registry.
    let registry =
        unsafe { registry.as_ref() }.map_or_else(fazhi::Registry::built_in, |r| r.registry.clone());
    let options = fazhi::Options::default().with_registry(registry);
    // SAFETY: forwarded from the caller.
    unsafe {
        new_report(text, len, "text", out, |t| {
            Ok(fazhi::extract_with(t, &options))
        })
    }
}

/// The number of concepts of `registry`: the built-in ones, then the user's (0 for NULL).
///
/// # Safety
/// `registry` must be NULL or a registry from this library not freed.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fazhi_registry_concept_count(registry: *const fazhi_registry) -> usize {
    // SAFETY: the caller promises NULL or a live registry.
    guard_or(0, || {
        unsafe { registry.as_ref() }.map_or(0, |r| r.registry.len())
    })
}

/// Writes concept number `index` of `registry` (the built-in ones first, in registry order,
/// then the user's in file order) into `*out`; its strings live as long as the registry.
///
/// # Safety
/// `registry` must be NULL or live; `out` NULL or a struct whose `size` the caller set.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fazhi_registry_concept(
    registry: *const fazhi_registry,
    index: usize,
    out: *mut fazhi_concept_info,
) -> fazhi_status {
    guard(|| {
        // SAFETY: the caller promises NULL or a live registry.
        let Some(r) = (unsafe { registry.as_ref() }) else {
            return set_error(fazhi_status::FAZHI_NULL_ARGUMENT, "registry is NULL");
        };
        let built_in = fazhi::concepts().len();
        let concept = r.registry.concepts().nth(index);
        let texts = if index < built_in {
            CONCEPTS.get(index)
        } else {
            r.user.get(index - built_in)
        };
        match (concept, texts) {
            // SAFETY: forwarded from the caller.
            (Some(c), Some(t)) => unsafe { write_view(out, views::concept_view(c, t)) },
            _ => set_error(
                fazhi_status::FAZHI_INDEX_OUT_OF_RANGE,
                format!(
                    "concept index {index} out of range: the registry has {} concepts",
                    r.registry.len()
                ),
            ),
        }
    })
}

/// Frees a registry. NULL is accepted and ignored; reports made with it stay valid.
///
/// # Safety
/// `registry` must be NULL or a registry from this library not freed before.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn fazhi_registry_free(registry: *mut fazhi_registry) {
    if !registry.is_null() {
        // SAFETY: the pointer came from Box::into_raw in this library.
        let _ = std::panic::catch_unwind(|| drop(unsafe { Box::from_raw(registry) }));
    }
}
