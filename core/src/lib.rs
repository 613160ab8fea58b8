//! # fazhi — law-based government annual reports as typed data
//!
//! Chinese governments publish every year a *法治政府建设年度报告*: a few pages
//! of prose full of figures. fazhi reads such a text and returns a [`Report`]:
//! its meta data, outline, every figure as a [`Fact`] with its concept, exact
//! decimal value, unit, qualifier and place in the text, the documents it
//! names, the problems and plans it lists, and [`Finding`]s on figures that
//! cannot be right.
//!
//! ```
//! let report = fazhi::extract("2024年共受理行政复议291件,受理后审结224件。")?;
//! let accepted = report.dispute_resolution().reconsideration_accepted.unwrap();
//! assert_eq!(accepted.value, 291.into());
//! assert_eq!(accepted.unit, "件");
//! assert_eq!(&"2024年共受理行政复议291件"[accepted.span.start..accepted.span.end], "291");
//! let json = fazhi::json::to_json(&report);
//! assert_eq!(fazhi::json::from_json(&json)?, report);
//! # Ok::<(), fazhi::Error>(())
//! ```
//!
//! Where things live: [`model`] (the types), [`concepts`](mod@concepts) (the registry and the
//! typed area views), [`number`] (Chinese figures), [`extract`](mod@extract)
//! (text → report), [`checks`] with [`rules`] and [`relations`], [`json`] and
//! [`schema`] (serialisation and JSON Schema), [`export`] (facts as CSV and SDMX-CSV),
//! [`divisions`] (division codes).

#![deny(missing_docs)]

pub mod checks;
#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "arrow")]
pub mod columnar;
pub mod concepts;
pub mod divisions;
mod error;
pub mod export;
pub mod extract;
#[cfg(feature = "files")]
pub mod files;
pub mod html;
pub mod json;
pub mod known;
pub mod model;
pub mod number;
pub mod relations;
pub mod reporting;
pub mod rules;
pub mod schema;
pub mod table;

pub use checks::validate;
pub use concepts::{Area, Concept, Registry, ValueKind, concept, concepts};
pub use error::{Error, Result, panic_message};
pub use extract::{Options, extract, extract_with};
pub use model::*;

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The crate's README, its code run as a doc test: it cannot say what the crate does not do.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;

/// The repository's README, its Rust code run as a doc test (its shell and Python code are
/// run by `py/tests/test_readme.py`). Only in the workspace: the packaged crate has no
/// repository around it, and a doc test is never built there.
#[doc = include_str!("../../README.md")]
#[cfg(doctest)]
pub struct RepositoryReadmeDoctests;
