//! Reading reports from files: paths, folders and globs; the encodings government sites serve
//! (UTF-8 with or without a byte order mark, GB18030/GBK, UTF-16); saved web pages reduced to
//! the article's text; many files on all cores, in order, each failure kept with its path.
//!
//! Behind the `files` feature.
//!
//! ```no_run
//! use fazhi::files::{expand, extract_files};
//! let (paths, missing) = expand(&["reports/", "more/*.html"]);
//! for err in &missing {
//!     eprintln!("{err}");
//! }
//! extract_files(&paths, &fazhi::Options::default(), 2, |_, result| {
//!     match result {
//!         Ok(file) => println!("{}: {} facts", file.path.display(), file.report.facts.len()),
//!         Err(err) => eprintln!("{err}"),
//!     }
//!     true
//! });
//! ```

mod batch;
mod decode;
mod page;

pub use batch::{MAX_THREADS, PER_THREAD, for_each_ordered};
pub use decode::{DecodeError, Encoding, decode, decode_declared};
pub use page::{PageMeta, article, looks_like_html};

use crate::{Options, Report};
use std::path::{Path, PathBuf};

/// The extensions a folder is searched for (a file named on its own is read whatever its name).
pub const REPORT_EXTENSIONS: [&str; 7] = ["txt", "text", "md", "htm", "html", "shtml", "xhtml"];

/// How a file's text was taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// Plain text, read as it is.
    Text,
    /// A saved web page, reduced to its article's text.
    Html,
}

impl Format {
    /// `text` or `html`.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
        }
    }
}

/// A report file read into text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The file.
    pub path: PathBuf,
    /// The encoding its bytes were read in.
    pub encoding: Encoding,
    /// Plain text or a web page.
    pub format: Format,
    /// The text (for a web page, the article's text): the text spans refer to.
    pub text: String,
    /// What a web page said about itself (empty for plain text).
    pub page: PageMeta,
    /// The file's size in bytes, as read.
    pub bytes: u64,
}

/// A report read from a file, with the text its spans refer to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    /// The file.
    pub path: PathBuf,
    /// The encoding its bytes were read in.
    pub encoding: Encoding,
    /// Plain text or a web page.
    pub format: Format,
    /// The text the report was extracted from.
    pub text: String,
    /// The file's size in bytes, as read.
    pub bytes: u64,
    /// The report.
    pub report: Report,
}

/// The path as tables, JSON and messages show it: its bytes that are not UTF-8
/// percent-encoded (`%FF`), so that two names never show alike, and control characters
/// escaped (`\u{1b}`), so that a name cannot drive a terminal.
pub fn shown(path: &Path) -> String {
    lossless(path.as_os_str())
}

/// A file name or path as text, losing nothing: see [`shown`].
pub fn lossless(name: &std::ffi::OsStr) -> String {
    let mut out = String::new();
    for chunk in name.as_encoded_bytes().utf8_chunks() {
        for c in chunk.valid().chars() {
            if c.is_control() {
                out.extend(c.escape_unicode());
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Why a file gave no report. Every variant names the file (or the pattern).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum FileError {
    /// The path does not exist.
    #[error("{}: no such file or directory", shown(.path))]
    Missing {
        /// The path as given.
        path: PathBuf,
    },
    /// A glob pattern that cannot be read, or that matches nothing.
    #[error("{pattern}: {message}")]
    Pattern {
        /// The pattern as given.
        pattern: String,
        /// What is wrong with it.
        message: String,
    },
    /// Reading the file (or listing the folder) failed.
    #[error("{}: {source}", shown(.path))]
    Io {
        /// The file.
        path: PathBuf,
        /// The operating system's error.
        source: std::io::Error,
    },
    /// The path is not a regular file (a FIFO, a device, a socket): nothing is read from it,
    /// since it may never end.
    #[error("{}: not a regular file ({what}); only files are read", shown(.path))]
    NotAFile {
        /// The path.
        path: PathBuf,
        /// What it is instead.
        what: &'static str,
    },
    /// A folder holds no file fazhi reads.
    #[error("{}: the folder holds no report files ({})", .path.display(), .extensions)]
    NoReports {
        /// The folder.
        path: PathBuf,
        /// The extensions looked for, comma-separated.
        extensions: String,
    },
    /// The file is larger than a text fazhi reads.
    #[error("{}: {size} bytes is more than the {limit} bytes a report may have", shown(.path))]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit ([`crate::extract::MAX_TEXT_LEN`]).
        limit: usize,
    },
    /// The bytes are not a text in a known encoding.
    #[error("{}: {source}", shown(.path))]
    Decode {
        /// The file.
        path: PathBuf,
        /// Why.
        source: DecodeError,
    },
    /// The text is not a report fazhi can read (empty once its page is taken away).
    #[error("{}: {source}", shown(.path))]
    Extract {
        /// The file.
        path: PathBuf,
        /// Why.
        source: crate::Error,
    },
    /// fazhi failed on this file (a bug of fazhi's, caught so that the other files go on).
    #[error("{}: internal error: {message}", shown(.path))]
    Internal {
        /// The file.
        path: PathBuf,
        /// The panic's message.
        message: String,
    },
}

impl FileError {
    /// The file (or the pattern) the error is about.
    pub fn path(&self) -> &Path {
        match self {
            FileError::Missing { path }
            | FileError::NotAFile { path, .. }
            | FileError::NoReports { path, .. }
            | FileError::Io { path, .. }
            | FileError::TooLarge { path, .. }
            | FileError::Decode { path, .. }
            | FileError::Extract { path, .. }
            | FileError::Internal { path, .. } => path,
            FileError::Pattern { pattern, .. } => Path::new(pattern),
        }
    }

    /// What went wrong, without the path.
    pub fn reason(&self) -> String {
        match self {
            FileError::Missing { .. } => "no such file or directory".into(),
            FileError::Pattern { message, .. } => message.clone(),
            FileError::NotAFile { what, .. } => {
                format!("not a regular file ({what}); only files are read")
            }
            FileError::NoReports { extensions, .. } => {
                format!("the folder holds no report files ({extensions})")
            }
            FileError::Io { source, .. } => source.to_string(),
            FileError::TooLarge { size, limit, .. } => {
                format!("{size} bytes is more than the {limit} bytes a report may have")
            }
            FileError::Decode { source, .. } => source.to_string(),
            FileError::Extract { source, .. } => source.to_string(),
            FileError::Internal { message, .. } => format!("internal error: {message}"),
        }
    }

    /// A short name of the kind of failure (`missing`, `not_a_file`, `no_reports`, `io`,
    /// `too_large`, `decode`, `extract`, `pattern`, `internal`), for tables.
    pub fn kind(&self) -> &'static str {
        match self {
            FileError::Missing { .. } => "missing",
            FileError::Pattern { .. } => "pattern",
            FileError::NotAFile { .. } => "not_a_file",
            FileError::NoReports { .. } => "no_reports",
            FileError::Io { .. } => "io",
            FileError::TooLarge { .. } => "too_large",
            FileError::Decode { .. } => "decode",
            FileError::Extract { .. } => "extract",
            FileError::Internal { .. } => "internal",
        }
    }
}

/// The files the inputs name: a file as it is, a folder's report files (by
/// [`REPORT_EXTENSIONS`], recursively, hidden entries skipped, sorted by path), a glob's
/// matches (`reports/**/*.html`). Each real file once, in the order given, however it is named
/// (`a.txt`, `./a.txt`, `d/../a.txt`, a link to it); every folder once, so that a link to a
/// folder above it ends no walk in a loop. Inputs that name nothing, folders that hold no
/// report, and entries that cannot be listed are returned as errors beside the files, so that
/// the others go on.
pub fn expand<S: AsRef<str>>(inputs: &[S]) -> (Vec<PathBuf>, Vec<FileError>) {
    expand_with(inputs, &REPORT_EXTENSIONS)
}

/// [`expand`], searching folders for files with one of `extensions` (lower case).
pub fn expand_with<S: AsRef<str>>(
    inputs: &[S],
    extensions: &[&str],
) -> (Vec<PathBuf>, Vec<FileError>) {
    let mut walk = Walk {
        extensions,
        files: Vec::new(),
        errors: Vec::new(),
        seen: std::collections::HashSet::new(),
        folders: std::collections::HashSet::new(),
    };
    for input in inputs {
        let input = input.as_ref();
        let path = Path::new(input);
        if path.exists() {
            walk.input(path);
            continue;
        }
        if !input.contains(['*', '?', '[']) {
            walk.errors.push(FileError::Missing {
                path: path.to_path_buf(),
            });
            continue;
        }
        let options = glob::MatchOptions {
            require_literal_leading_dot: true,
            ..glob::MatchOptions::new()
        };
        match glob::glob_with(input, options) {
            Err(e) => walk.errors.push(FileError::Pattern {
                pattern: input.to_string(),
                message: e.to_string(),
            }),
            Ok(matches) => {
                let mut any = false;
                for m in matches {
                    match m {
                        Ok(p) => walk.input(&p),
                        Err(e) => walk.errors.push(FileError::Io {
                            path: e.path().to_path_buf(),
                            source: e.into(),
                        }),
                    }
                    any = true;
                }
                if !any {
                    walk.errors.push(FileError::Pattern {
                        pattern: input.to_string(),
                        message: "matches no file".into(),
                    });
                }
            }
        }
    }
    (walk.files, walk.errors)
}

/// A file's identity: its canonical path (links and `..` resolved), or the path as given
/// when it cannot be resolved.
fn identity(p: &Path) -> PathBuf {
    std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf())
}

/// What a path is when it is not a regular file or a folder.
fn what(t: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() { "a folder" } else { "not a file" }
}

/// The walk over the inputs: the files found, each once, and the errors met.
struct Walk<'a> {
    extensions: &'a [&'a str],
    files: Vec<PathBuf>,
    errors: Vec<FileError>,
    /// The identities of the files found.
    seen: std::collections::HashSet<PathBuf>,
    /// The identities of the folders walked.
    folders: std::collections::HashSet<PathBuf>,
}

impl Walk<'_> {
    /// A path given by the user (or a glob): a folder is walked, anything else is a file to
    /// read (and [`load`] refuses what is not a regular file).
    fn input(&mut self, path: &Path) {
        if path.is_dir() {
            let fresh = !self.folders.contains(&identity(path));
            if fresh && self.folder(path) == 0 {
                self.errors.push(FileError::NoReports {
                    path: path.to_path_buf(),
                    extensions: self.extensions.join(", "),
                });
            }
        } else {
            self.file(path.to_path_buf());
        }
    }

    fn file(&mut self, p: PathBuf) {
        if self.seen.insert(identity(&p)) {
            self.files.push(p);
        }
    }

    /// A folder's report files, recursively, sorted; each folder once. Returns how many
    /// report files it holds (those found before included).
    fn folder(&mut self, dir: &Path) -> usize {
        let mut found = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            if !self.folders.insert(identity(&d)) {
                continue; // walked already: a link to a folder above, or named twice
            }
            let entries = match std::fs::read_dir(&d) {
                Ok(entries) => entries,
                Err(source) => {
                    self.errors.push(FileError::Io { path: d, source });
                    continue;
                }
            };
            for entry in entries {
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(source) => {
                        self.errors.push(FileError::Io {
                            path: d.clone(),
                            source,
                        });
                        continue;
                    }
                };
                if entry.file_name().as_encoded_bytes().starts_with(b".") {
                    continue;
                }
                let p = entry.path();
                let wanted = p
                    .extension()
                    .and_then(|e| e.to_str())
                    .is_some_and(|e| self.extensions.contains(&e.to_ascii_lowercase().as_str()));
                // through links: a link to a folder is walked (once), to a file read
                match std::fs::metadata(&p) {
                    Ok(m) if m.is_dir() => stack.push(p),
                    Ok(m) if wanted && m.is_file() => found.push(p),
                    Ok(m) if wanted => self.errors.push(FileError::NotAFile {
                        path: p,
                        what: what(m.file_type()),
                    }),
                    Ok(_) => {}
                    Err(source) if wanted => self.errors.push(io_error(&p, source)),
                    Err(_) => {} // a broken link to something not read anyway
                }
            }
        }
        found.sort();
        let n = found.len();
        for p in found {
            self.file(p);
        }
        n
    }
}

/// Reads one file into text: decoded (see [`decode`]), and a web page (by its extension or its
/// first bytes) reduced to its article.
pub fn load(path: &Path) -> Result<Loaded, FileError> {
    use std::io::Read;
    let limit = crate::extract::MAX_TEXT_LEN;
    // a page holds markup around its text: allow it twice the text's limit
    let most = 2 * limit as u64;
    let meta = std::fs::metadata(path).map_err(|source| io_error(path, source))?;
    // only a regular file ends: a FIFO or a device is never opened
    if !meta.is_file() {
        return Err(FileError::NotAFile {
            path: path.to_path_buf(),
            what: what(meta.file_type()),
        });
    }
    let too_large = |size: u64| FileError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
    };
    if meta.len() > most {
        return Err(too_large(meta.len()));
    }
    // read at most one byte past the limit, whatever the metadata said
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(most + 1).read_to_end(&mut bytes))
        .map_err(|source| io_error(path, source))?;
    if bytes.len() as u64 > most {
        return Err(too_large(bytes.len() as u64));
    }
    let (text, encoding) =
        decode_declared(&bytes, declared_charset(&bytes)).map_err(|source| FileError::Decode {
            path: path.to_path_buf(),
            source,
        })?;
    let by_name = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        matches!(
            e.to_ascii_lowercase().as_str(),
            "htm" | "html" | "shtml" | "xhtml"
        )
    });
    let (text, format, page) = if by_name || looks_like_html(&text) {
        let (article, page) = article(&text);
        (article, Format::Html, page)
    } else {
        (text, Format::Text, PageMeta::default())
    };
    Ok(Loaded {
        path: path.to_path_buf(),
        encoding,
        format,
        text,
        page,
        bytes: bytes.len() as u64,
    })
}

/// The charset a web page declares in its first kilobytes (`<meta charset="big5">`,
/// `content="text/html; charset=gb2312"`), if any.
fn declared_charset(bytes: &[u8]) -> Option<&str> {
    let head = &bytes[..bytes.len().min(4096)];
    let at = head
        .windows(8)
        .position(|w| w.eq_ignore_ascii_case(b"charset="))?;
    let rest = &head[at + 8..];
    let rest = rest
        .strip_prefix(b"\"")
        .or(rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let len = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
        .count();
    std::str::from_utf8(&rest[..len])
        .ok()
        .filter(|l| !l.is_empty())
}

fn io_error(path: &Path, source: std::io::Error) -> FileError {
    if source.kind() == std::io::ErrorKind::NotFound {
        FileError::Missing {
            path: path.to_path_buf(),
        }
    } else {
        FileError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Reads one report file. What a web page says about itself (title, publication date,
/// address) is used where `options` says nothing.
pub fn extract_file(path: &Path, options: &Options) -> Result<FileReport, FileError> {
    let loaded = load(path)?;
    let mut options = options.clone();
    // what the user knows of the file wins over the page and the text
    if let Some(known) = options.known.as_ref().and_then(|k| k.get(path)).cloned() {
        options.jurisdiction = known.jurisdiction.or(options.jurisdiction);
        options.year = known.year.or(options.year);
        options.published = known.published.or(options.published);
    }
    options.title = options.title.or(loaded.page.title);
    options.file_name = options
        .file_name
        .or_else(|| path.file_stem().map(|s| s.to_string_lossy().into_owned()));
    options.published = options.published.or(loaded.page.published);
    options.source = options.source.or(loaded.page.source);
    let report =
        crate::extract_with(&loaded.text, &options).map_err(|source| FileError::Extract {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(FileReport {
        path: loaded.path,
        encoding: loaded.encoding,
        format: loaded.format,
        text: loaded.text,
        bytes: loaded.bytes,
        report,
    })
}

/// Reads many report files on `threads` threads and hands each result to `emit` with its
/// index, in the order of `paths`, as soon as it and those before it are done (see
/// [`for_each_ordered`]): a bad file is an error naming it and the others go on; a panic
/// inside fazhi is caught and becomes [`FileError::Internal`]. `emit` returns `false` to stop.
pub fn extract_files<E>(paths: &[PathBuf], options: &Options, threads: usize, mut emit: E)
where
    E: FnMut(usize, Result<FileReport, FileError>) -> bool,
{
    extract_files_with(
        paths,
        options,
        threads,
        |_| (),
        |i, r| emit(i, r.map(|(f, ())| f)),
    );
}

/// [`extract_files`], with `prepare` run on each report on the worker thread that read it
/// (serialising it, say), so that `emit`, on the calling thread, only has to write: `emit`
/// gets the report with what `prepare` made of it. A panic in `prepare` is caught like one
/// in the extractor.
///
/// ```
/// use fazhi::files::extract_files_with;
/// let paths = vec![std::path::PathBuf::from("../examples/data/shuozhou-2024.txt")];
/// extract_files_with(&paths, &fazhi::Options::default(), 2, |f| f.report.facts.len(), |_, r| {
///     let (_, facts) = r.expect("the bundled report reads");
///     assert!(facts > 50);
///     true
/// });
/// ```
pub fn extract_files_with<P, F, E>(
    paths: &[PathBuf],
    options: &Options,
    threads: usize,
    prepare: F,
    emit: E,
) where
    P: Send,
    F: Fn(&FileReport) -> P + Sync,
    E: FnMut(usize, Result<(FileReport, P), FileError>) -> bool,
{
    let work = |path: &PathBuf| {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            extract_file(path, options).map(|f| {
                let p = prepare(&f);
                (f, p)
            })
        }))
        .unwrap_or_else(|panic| {
            Err(FileError::Internal {
                path: path.clone(),
                message: crate::panic_message(&*panic),
            })
        })
    };
    for_each_ordered(paths, threads, work, emit);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of the test's own, removed when the test ends (passed or failed).
    fn scratch(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix(&format!("fazhi-files-{name}-"))
            .tempdir()
            .unwrap()
    }

    #[test]
    fn a_declared_charset_is_honoured() {
        let tmp = scratch("charset");
        let dir = tmp.path();
        let html = "<html><head><meta charset=\"big5\"></head><body><p>一、主要舉措</p><p>全年受理行政復議案件291件。</p></body></html>";
        let bytes = encoding_rs::BIG5.encode(html).0.into_owned();
        std::fs::write(dir.join("a.html"), &bytes).unwrap();
        let loaded = load(&dir.join("a.html")).unwrap();
        assert_eq!(loaded.encoding, Encoding::Big5);
        assert!(
            loaded.text.contains("受理行政復議案件291件"),
            "{}",
            loaded.text
        );
        assert_eq!(
            declared_charset(b"<meta http-equiv=Content-Type content='text/html; charset=gb2312'>"),
            Some("gb2312")
        );
        assert_eq!(declared_charset(b"<p>no charset</p>"), None);
    }

    #[test]
    fn folders_globs_and_missing_paths() {
        let tmp = scratch("expand");
        let dir = tmp.path();
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        for f in ["b.txt", "a.html", "sub/c.TXT", "notes.docx", ".hidden.txt"] {
            std::fs::write(dir.join(f), "x").unwrap();
        }
        let d = dir.display().to_string();
        let (files, errors) = expand(&[
            d.clone(),
            format!("{d}/a.html"),
            format!("{d}/nope.txt"),
            format!("{d}/*.zzz"),
        ]);
        let names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(dir).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a.html", "b.txt", "sub/c.TXT"]);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].kind(), "missing");
        assert!(errors[1].to_string().ends_with("*.zzz: matches no file"));
        let (files, errors) = expand(&[format!("{d}/*.txt")]);
        assert_eq!((files.len(), errors.len()), (1, 0));
    }

    #[test]
    fn a_folder_of_mixed_files_is_read_in_order_and_failures_are_kept() {
        let tmp = scratch("mixed");
        let dir = tmp.path();
        let text = "2024年全市共受理行政复议案件291件。";
        std::fs::write(dir.join("1-utf8.txt"), text).unwrap();
        std::fs::write(dir.join("2-gbk.txt"), encoding_rs::GB18030.encode(text).0).unwrap();
        std::fs::write(
            dir.join("3-page.html"),
            format!("<html><body><div><p>{text}</p></div></body></html>"),
        )
        .unwrap();
        std::fs::write(dir.join("4-broken.txt"), b"\xFF\xFE\x00").unwrap();
        std::fs::write(dir.join("5-empty.html"), "<html><body></body></html>").unwrap();
        let (paths, _) = expand(&[dir.display().to_string()]);
        let mut got = Vec::new();
        extract_files(&paths, &Options::default(), 2, |i, r| {
            got.push((i, r));
            true
        });
        assert_eq!(
            got.iter().map(|(i, _)| *i).collect::<Vec<_>>(),
            [0, 1, 2, 3, 4]
        );
        let ok: Vec<&FileReport> = got.iter().filter_map(|(_, r)| r.as_ref().ok()).collect();
        assert_eq!(ok.len(), 3);
        assert_eq!(
            ok.iter()
                .map(|f| (f.encoding, f.format))
                .collect::<Vec<_>>(),
            [
                (Encoding::Utf8, Format::Text),
                (Encoding::Gb18030, Format::Text),
                (Encoding::Utf8, Format::Html)
            ]
        );
        for f in &ok {
            let fact = f
                .report
                .fact("dispute_resolution.reconsideration.accepted")
                .unwrap();
            assert_eq!(&f.text[fact.span.start..fact.span.end], "291");
        }
        let errs: Vec<&FileError> = got.iter().filter_map(|(_, r)| r.as_ref().err()).collect();
        assert_eq!(errs[0].kind(), "decode");
        assert!(
            errs[0]
                .to_string()
                .contains("4-broken.txt: malformed UTF-16LE"),
            "{}",
            errs[0]
        );
        assert_eq!(errs[1].kind(), "extract");
        assert!(errs[1].to_string().contains("5-empty.html"));
    }

    #[test]
    fn a_page_title_names_the_jurisdiction_and_year() {
        let tmp = scratch("title");
        let dir = tmp.path();
        let page = "<html><head><title>朔州市2024年法治政府建设年度报告</title><meta name=\"PubDate\" content=\"2025-03-28\"></head><body><div id=\"zoom\"><p>全年受理行政复议案件291件。</p></div></body></html>";
        std::fs::write(dir.join("r.html"), page).unwrap();
        let f = extract_file(&dir.join("r.html"), &Options::default()).unwrap();
        let meta = &f.report.meta;
        assert_eq!(
            meta.jurisdiction.as_ref().map(|j| j.name.as_str()),
            Some("朔州市")
        );
        assert_eq!(meta.year, Some(2024));
        assert_eq!(meta.published, chrono::NaiveDate::from_ymd_opt(2025, 3, 28));
    }
}
