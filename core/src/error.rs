//! The one error type of the crate.

use thiserror::Error;

/// Everything that can go wrong in fazhi.
///
/// Messages are lowercase and say where: a JSON path such as `facts[3].value`,
/// or a byte offset into the input.
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// The input text cannot be a report (empty, or too large).
    #[error("invalid input: {0}")]
    InvalidInput(String),
    /// The JSON is not well formed or does not fit the model.
    #[error("invalid json at {path}: {message}")]
    Json {
        /// Where in the document, e.g. `facts[3].value` (`.` for the root).
        path: String,
        /// What is wrong there.
        message: String,
    },
    /// The JSON fits the model but breaks one of its invariants (an unknown concept,
    /// a span that ends before it starts, a reference to a fact that does not exist).
    #[error("invalid report at {path}: {message}")]
    Invalid {
        /// Where in the document, e.g. `findings[0].facts[1]`.
        path: String,
        /// What is wrong there.
        message: String,
    },
    /// A registry file of users' concepts cannot be read, or does not fit the form.
    #[error("invalid registry {origin}: {message}")]
    Registry {
        /// The file's path (`text` for a text given directly).
        origin: String,
        /// What is wrong: the TOML error with its line and column, or the entry and field.
        message: String,
    },
}

impl Error {
    /// The JSON path the error is about, when it has one.
    pub fn path(&self) -> Option<&str> {
        match self {
            Error::Json { path, .. } | Error::Invalid { path, .. } => Some(path),
            Error::InvalidInput(_) | Error::Registry { .. } => None,
        }
    }
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// The message of a caught panic (`std::panic::catch_unwind`'s payload), for the boundaries
/// that turn a panic into an error: the files reader, the C ABI and the Python module.
///
/// ```
/// let payload = std::panic::catch_unwind(|| panic!("at {}", 3)).unwrap_err();
/// assert_eq!(fazhi::panic_message(&*payload), "at 3");
/// ```
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic without a message".into())
}
