//! What the user already knows about report files — who reported and for which year — by
//! file. It wins over what fazhi reads: [`crate::Options::known`] carries it to
//! [`crate::files::extract_file`], which looks each file up by its path, then by its name.
//! The command-line tool reads it from a CSV table (`--meta FILE.csv`), Python from a mapping
//! or a function (`extract_files(..., meta=…)`).

use chrono::NaiveDate;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// What is known of one file; each field given wins over what the text says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KnownFile {
    /// The reporter as named (`右玉县`, `右玉县司法局`): read against the gazetteer like a
    /// title; a name that is no division of it is kept as the jurisdiction, with no code.
    pub jurisdiction: Option<String>,
    /// The year the report is about.
    pub year: Option<i32>,
    /// The publication date.
    pub published: Option<NaiveDate>,
}

/// What is known of many files, by path and by file name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Known {
    by_path: HashMap<PathBuf, KnownFile>,
    /// Files named by their name alone (`a.txt`), for any folder.
    by_name: HashMap<String, KnownFile>,
}

/// A CSV table of known meta that cannot be read.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{source_name}: {message}")]
pub struct KnownError {
    /// The table (its path, or `meta` for text).
    pub source_name: String,
    /// What is wrong, and where (line and column).
    pub message: String,
}

impl Known {
    /// An empty table.
    pub fn new() -> Self {
        Known::default()
    }

    /// Records what is known of `path`: a path with no folder (`a.txt`) stands for a file of
    /// that name in any folder.
    ///
    /// ```
    /// use fazhi::known::{Known, KnownFile};
    /// let mut known = Known::new();
    /// known.insert("a.txt", KnownFile { year: Some(2023), ..Default::default() });
    /// assert_eq!(known.get("reports/a.txt".as_ref()).unwrap().year, Some(2023));
    /// assert!(known.get("reports/b.txt".as_ref()).is_none());
    /// ```
    pub fn insert(&mut self, path: impl Into<PathBuf>, file: KnownFile) {
        let path = path.into();
        let bare = path.parent().is_none_or(|p| p.as_os_str().is_empty());
        match path.file_name().map(|n| n.to_string_lossy().into_owned()) {
            Some(name) if bare => {
                self.by_name.insert(name, file);
            }
            _ => {
                self.by_path.insert(path, file);
            }
        }
    }

    /// What is known of `path`: by the path as given, then as the same file (canonical
    /// paths), then by its name.
    pub fn get(&self, path: &Path) -> Option<&KnownFile> {
        if let Some(f) = self.by_path.get(path) {
            return Some(f);
        }
        if let Ok(canonical) = path.canonicalize()
            && let Some(f) = self
                .by_path
                .iter()
                .find(|(p, _)| p.canonicalize().is_ok_and(|c| c == canonical))
                .map(|(_, f)| f)
        {
            return Some(f);
        }
        let name = path.file_name()?.to_string_lossy();
        self.by_name.get(name.as_ref())
    }

    /// How many files it knows.
    pub fn len(&self) -> usize {
        self.by_path.len() + self.by_name.len()
    }

    /// Whether it knows none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Reads a CSV table with a `file` column (a path, or a file name for any folder) and
    /// any of `jurisdiction`, `year` and `published` (`YYYY-MM-DD`); empty cells say nothing.
    /// Relative paths are taken from `base` (the table's folder, say). `name` names the table
    /// in errors, which give the line and the column.
    ///
    /// ```
    /// let csv = "file,jurisdiction,year\na.txt,右玉县,2024\nsub/b.txt,,2023\n";
    /// let known = fazhi::known::Known::from_csv(csv, "meta.csv", None).unwrap();
    /// assert_eq!(known.get("x/a.txt".as_ref()).unwrap().jurisdiction.as_deref(), Some("右玉县"));
    /// let bad = fazhi::known::Known::from_csv("file,year\na.txt,二〇二四\n", "meta.csv", None);
    /// assert_eq!(bad.unwrap_err().to_string(), "meta.csv: line 2, column year: \"二〇二四\" is not a year");
    /// ```
    #[cfg(feature = "files")]
    pub fn from_csv(text: &str, name: &str, base: Option<&Path>) -> Result<Known, KnownError> {
        let err = |message: String| KnownError {
            source_name: name.to_string(),
            message,
        };
        let mut reader = csv::ReaderBuilder::new()
            .trim(csv::Trim::All)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let headers = reader
            .headers()
            .map_err(|e| err(format!("the header cannot be read: {e}")))?
            .clone();
        let column = |n: &str| headers.iter().position(|h| h == n);
        let file = column("file").ok_or_else(|| {
            err(
                "the header has no `file` column (columns: file, jurisdiction, year, published)"
                    .into(),
            )
        })?;
        let known_columns = ["file", "jurisdiction", "year", "published"];
        if let Some(other) = headers.iter().find(|h| !known_columns.contains(h)) {
            return Err(err(format!(
                "unknown column {other:?} (columns: file, jurisdiction, year, published)"
            )));
        }
        let mut known = Known::new();
        for (i, record) in reader.records().enumerate() {
            let line = i + 2;
            let record = record.map_err(|e| err(format!("line {line}: {e}")))?;
            let cell = |n: &str| {
                column(n)
                    .and_then(|c| record.get(c))
                    .filter(|v| !v.is_empty())
            };
            let path = record
                .get(file)
                .filter(|v| !v.is_empty())
                .ok_or_else(|| err(format!("line {line}: the file cell is empty")))?;
            let year = cell("year")
                .map(|v| {
                    v.parse::<i32>()
                        .ok()
                        .filter(|y| (1949..=2100).contains(y))
                        .ok_or_else(|| {
                            err(format!("line {line}, column year: {v:?} is not a year"))
                        })
                })
                .transpose()?;
            let published = cell("published")
                .map(|v| {
                    NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| {
                        err(format!(
                            "line {line}, column published: {v:?} is not a YYYY-MM-DD date"
                        ))
                    })
                })
                .transpose()?;
            let mut path = PathBuf::from(path);
            let bare = path.parent().is_none_or(|p| p.as_os_str().is_empty());
            if let Some(base) = base.filter(|_| path.is_relative() && !bare) {
                path = base.join(path);
            }
            known.insert(
                path,
                KnownFile {
                    jurisdiction: cell("jurisdiction").map(str::to_string),
                    year,
                    published,
                },
            );
        }
        Ok(known)
    }
}
