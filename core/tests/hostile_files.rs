//! The folder walker, the file reader and the tool's outputs against what a scraper's folder
//! (or an attacker) holds: links that loop, FIFOs and devices, files named many ways,
//! unreadable folders, outputs named like inputs, names that are no UTF-8 or that look like
//! links, figures too precise for a table. Nothing hangs, nothing is read twice, nothing
//! written over an input, and one bad entry never stops the others.

#![cfg(unix)]

use fazhi::files::{FileError, expand, load};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::Command;

const SHORT: &str =
    "右玉县2024年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件30件，审结28件。\n";

/// A folder of the test's own, removed when the test ends (passed or failed).
fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("fazhi-hostile-{name}-"))
        .tempdir()
        .unwrap()
}

fn tool(args: &[&std::ffi::OsStr]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fazhi"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn os(s: &str) -> &std::ffi::OsStr {
    std::ffi::OsStr::new(s)
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success());
}

#[test]
fn links_that_loop_are_walked_once() {
    let tmp = scratch("loops");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("d/e")).unwrap();
    std::fs::write(dir.join("d/a.txt"), SHORT).unwrap();
    std::fs::write(dir.join("d/e/b.txt"), SHORT).unwrap();
    std::os::unix::fs::symlink(".", dir.join("d/self")).unwrap();
    std::os::unix::fs::symlink("..", dir.join("d/e/up")).unwrap();
    std::os::unix::fs::symlink("a.txt", dir.join("d/link.txt")).unwrap();
    let (files, errors) = expand(&[dir.join("d").display().to_string()]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(files.len(), 2, "{files:?}");
}

#[test]
fn a_file_named_many_ways_is_read_once() {
    let tmp = scratch("names");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("d")).unwrap();
    std::fs::write(dir.join("d/a.txt"), SHORT).unwrap();
    let d = dir.display();
    let (files, errors) = expand(&[
        format!("{d}/d/a.txt"),
        format!("{d}/./d/a.txt"),
        format!("{d}/d/../d/a.txt"),
        format!("{d}/d"),
    ]);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(files, [dir.join("d/a.txt")]);
}

#[test]
fn fifos_and_devices_are_never_opened() {
    let tmp = scratch("fifo");
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), SHORT).unwrap();
    mkfifo(&dir.join("p.txt"));
    // in a folder: an error for the FIFO, the file beside it read
    let (files, errors) = expand(&[dir.display().to_string()]);
    assert_eq!(files, [dir.join("a.txt")]);
    assert!(
        matches!(&errors[..], [FileError::NotAFile { what: "a FIFO", .. }]),
        "{errors:?}"
    );
    // named: refused at once, without blocking on open
    assert!(matches!(
        load(&dir.join("p.txt")),
        Err(FileError::NotAFile { .. })
    ));
    assert!(matches!(
        load(Path::new("/dev/zero")),
        Err(FileError::NotAFile {
            what: "a device",
            ..
        })
    ));
    let (code, _, err) = tool(&[os("extract"), os("/dev/zero")]);
    assert_eq!(code, 1);
    assert!(err.contains("not a regular file"), "{err}");
}

#[test]
fn an_unreadable_folder_does_not_stop_the_others() {
    let tmp = scratch("perm");
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("closed")).unwrap();
    std::fs::write(dir.join("closed/x.txt"), SHORT).unwrap();
    std::fs::write(dir.join("a.txt"), SHORT).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir.join("closed"), std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read_dir(dir.join("closed")).is_ok(); // root reads anyway
    let (files, errors) = expand(&[dir.display().to_string()]);
    std::fs::set_permissions(dir.join("closed"), std::fs::Permissions::from_mode(0o755)).unwrap();
    assert!(files.contains(&dir.join("a.txt")));
    if !readable {
        assert!(matches!(&errors[..], [FileError::Io { .. }]), "{errors:?}");
    }
}

#[test]
fn a_folder_with_no_reports_is_an_error() {
    let tmp = scratch("empty");
    let dir = tmp.path();
    std::fs::write(dir.join("r.json"), "{}").unwrap();
    let (files, errors) = expand(&[dir.display().to_string()]);
    assert!(files.is_empty());
    assert!(
        matches!(&errors[..], [FileError::NoReports { .. }]),
        "{errors:?}"
    );
    // `check` reads the JSON reports of a folder: a bad one fails, none is no pass
    let (code, _, err) = tool(&[os("check"), dir.as_os_str(), os("--strict")]);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("r.json"), "{err}");
}

#[test]
fn outputs_never_overwrite_inputs() {
    let tmp = scratch("outputs");
    let dir = tmp.path();
    let input = dir.join("a.txt");
    std::fs::write(&input, SHORT).unwrap();
    let (code, _, err) = tool(&[
        os("extract"),
        input.as_os_str(),
        os("--out"),
        input.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("is one of the files being read"), "{err}");
    assert_eq!(std::fs::read_to_string(&input).unwrap(), SHORT);
    let (code, _, _) = tool(&[
        os("review"),
        input.as_os_str(),
        os("--out"),
        input.as_os_str(),
    ]);
    assert_eq!(code, 1);
    assert_eq!(std::fs::read_to_string(&input).unwrap(), SHORT);
    // review pages into the input folder: a page never takes an input's name
    let page = dir.join("b.html");
    let html =
        "<html><body><p>一、主要举措和成效</p><p>全年受理行政复议案件45件。</p></body></html>";
    std::fs::write(&page, html).unwrap();
    std::fs::write(dir.join("b.txt"), SHORT).unwrap();
    let (code, _, err) = tool(&[
        os("extract"),
        dir.as_os_str(),
        os("--html"),
        dir.as_os_str(),
        os("--out"),
        os("/dev/null"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(std::fs::read_to_string(&page).unwrap(), html);
}

#[test]
fn names_that_are_no_utf8_long_or_link_like() {
    let tmp = scratch("badnames");
    let dir = tmp.path();
    let inputs = dir.join("in");
    std::fs::create_dir_all(&inputs).unwrap();
    let raw = |b: &[u8]| inputs.join(std::ffi::OsStr::from_bytes(b));
    std::fs::write(raw(b"\xff.txt"), SHORT).unwrap();
    std::fs::write(raw(b"\xfe.txt"), SHORT).unwrap();
    std::fs::write(inputs.join("javascript:alert(document.domain).txt"), SHORT).unwrap();
    std::fs::write(inputs.join("a#b%c?.txt"), SHORT).unwrap();
    let long = format!("{}.txt", "报".repeat(80)); // 240 bytes: its page name would pass 255
    std::fs::write(inputs.join(&long), SHORT).unwrap();
    std::fs::write(inputs.join("esc\x1b[31m.txt"), "").unwrap(); // empty: fails, named
    let pages = dir.join("pages");
    let (code, out, err) = tool(&[
        os("extract"),
        inputs.as_os_str(),
        os("--html"),
        pages.as_os_str(),
        os("--format"),
        os("csv"),
    ]);
    assert_eq!(code, 1, "the empty file fails: {err}");
    // the two names stay apart, in the table and on the index
    assert!(out.contains("%FF.txt") && out.contains("%FE.txt"), "{out}");
    // no raw escape reaches the terminal
    assert!(!err.contains('\x1b') && err.contains("\\u{1b}"), "{err:?}");
    let index = std::fs::read_to_string(pages.join("index.html")).unwrap();
    assert!(
        !index.contains("href=\"javascript:"),
        "a link is never a scheme"
    );
    assert!(index.contains("href=\"./javascript%3Aalert%28document.domain%29.html\""));
    assert!(index.contains("href=\"./a%23b%25c%3F.html\""));
    // every page was written, the long name cut
    let written = std::fs::read_dir(&pages).unwrap().count();
    assert_eq!(written, 1 + 5, "index and five pages");
}

#[test]
fn too_many_threads_are_capped() {
    let tmp = scratch("threads");
    let dir = tmp.path();
    for i in 0..3 {
        std::fs::write(dir.join(format!("{i}.txt")), SHORT).unwrap();
    }
    let (code, _, err) = tool(&[
        os("extract"),
        dir.as_os_str(),
        os("--threads"),
        os("400"),
        os("--out"),
        os("/dev/null"),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("3 threads"), "{err}");
}

#[test]
fn a_value_too_precise_for_parquet_fails_its_file_only() {
    let tmp = scratch("parquet");
    let dir = tmp.path();
    std::fs::write(dir.join("a.txt"), SHORT).unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "一、行政复议\n全年化解率达99.123456789012%，受理行政复议案件30件。\n",
    )
    .unwrap();
    std::fs::write(dir.join("c.txt"), "一、行政复议\n全年化解率达99.12345%。\n").unwrap();
    let out = dir.join("out/");
    let (code, _, err) = tool(&[
        os("extract"),
        dir.as_os_str(),
        os("--format"),
        os("parquet"),
        os("--out"),
        out.as_os_str(),
    ]);
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("b.txt") && err.contains("more than 10 decimals"),
        "{err}"
    );
    // the files are whole (footers written), with the other reports' rows
    let file = std::fs::File::open(out.join("facts.parquet")).unwrap();
    let reader = parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder::try_new(file)
        .unwrap()
        .build()
        .unwrap();
    let rows: usize = reader.map(|b| b.unwrap().num_rows()).sum();
    assert_eq!(rows, 3, "a.txt's two facts and c.txt's one");
}
