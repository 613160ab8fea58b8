//! The `fazhi` tool on a folder as analysts have them: UTF-8, GB18030, a byte order mark, a
//! saved web page, a nested folder, and one file that is no text. Every table is checked
//! against the library's own reading of the same files.

use fazhi::files::{Encoding, FileReport, Format, expand, extract_files};
use fazhi::table::{TableKind, rows_read};
use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
use std::path::Path;
use std::process::Command;

const FIXTURE: &str = include_str!("data/shuozhou-2024.txt");
const SHORT: &str = "右玉县2024年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件30件，审结28件，办理法律援助案件120件。\n二、存在的不足\n一是法治宣传针对性不强。";

/// A folder of reports in every encoding and form the tool reads, removed when the test ends.
fn folder(name: &str) -> tempfile::TempDir {
    let tmp = scratch(name);
    let dir = tmp.path();
    std::fs::create_dir_all(dir.join("nested")).unwrap();
    std::fs::write(dir.join("a-utf8.txt"), FIXTURE).unwrap();
    let gb = encoding_rs_encode(SHORT);
    std::fs::write(dir.join("b-gb18030.txt"), gb).unwrap();
    std::fs::write(
        dir.join("c-bom.txt"),
        [b"\xEF\xBB\xBF".as_slice(), SHORT.as_bytes()].concat(),
    )
    .unwrap();
    let page = format!(
        "<!DOCTYPE html><html><head><title>大同市2023年法治政府建设年度报告</title><meta name=\"PubDate\" content=\"2024-03-30\"><link rel=\"canonical\" href=\"https://www.example.gov.cn/1.html\"></head><body><div class=\"nav\"><a href=\"/\">首页</a></div><div id=\"zoom\">{}</div><div class=\"footer\">网站地图</div></body></html>",
        "<p>一、主要举措和成效</p><p>全年受理行政复议案件45件，化解矛盾纠纷1,200件。</p>"
    );
    std::fs::write(dir.join("d-page.html"), page).unwrap();
    std::fs::write(dir.join("e-broken.txt"), b"\xD0\xD0\xFF\xFF\xFF").unwrap();
    std::fs::write(dir.join("nested/f-nested.txt"), SHORT).unwrap();
    std::fs::write(dir.join("notes.docx"), b"PK\x03\x04").unwrap(); // not a report extension: skipped
    tmp
}

/// An empty folder of the test's own, removed when the test ends (passed or failed).
fn scratch(name: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("fazhi-cli-{name}-"))
        .tempdir()
        .unwrap()
}

/// GB18030 bytes of a text, checked to differ from its UTF-8.
fn encoding_rs_encode(text: &str) -> Vec<u8> {
    let bytes = encoding_rs::GB18030.encode(text).0.into_owned();
    assert_ne!(bytes, text.as_bytes());
    bytes
}

fn tool(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_fazhi"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn library(dir: &Path) -> Vec<Result<FileReport, String>> {
    let (paths, errors) = expand(&[dir.display().to_string()]);
    assert!(errors.is_empty());
    let mut got = Vec::new();
    extract_files(&paths, &fazhi::Options::default(), 2, |_, r| {
        got.push(r.map_err(|e| e.to_string()));
        true
    });
    got
}

#[test]
fn a_mixed_folder_through_the_library() {
    let tmp = folder("lib");
    let dir = tmp.path();
    let got = library(dir);
    assert_eq!(
        got.len(),
        6,
        "five reports and the broken file; the .docx is no report file"
    );
    let ok: Vec<&FileReport> = got.iter().filter_map(|r| r.as_ref().ok()).collect();
    let encodings: Vec<(Encoding, Format)> = ok.iter().map(|f| (f.encoding, f.format)).collect();
    assert_eq!(
        encodings,
        [
            (Encoding::Utf8, Format::Text),
            (Encoding::Gb18030, Format::Text),
            (Encoding::Utf8Bom, Format::Text),
            (Encoding::Utf8, Format::Html),
            (Encoding::Utf8, Format::Text),
        ]
    );
    // the same report whatever the encoding
    assert_eq!(ok[1].report, ok[2].report);
    assert_eq!(ok[1].report, ok[4].report);
    let page = &ok[3].report;
    assert_eq!(page.meta.year, Some(2023));
    assert_eq!(
        page.meta.source.as_deref(),
        Some("https://www.example.gov.cn/1.html")
    );
    let accepted = page
        .fact("dispute_resolution.reconsideration.accepted")
        .unwrap();
    assert_eq!(&ok[3].text[accepted.span.start..accepted.span.end], "45");
    let broken = got[4].as_ref().unwrap_err();
    assert!(
        broken.contains("e-broken.txt") && broken.contains("neither UTF-8 nor GB18030"),
        "{broken}"
    );
}

#[test]
fn jsonl_keeps_every_file_and_the_failure() {
    let tmp = folder("jsonl");
    let dir = tmp.path();
    let (code, stdout, stderr) = tool(&["extract", &dir.display().to_string(), "--threads", "2"]);
    assert_eq!(code, 1, "a file failed: {stderr}");
    assert!(stderr.contains("6 files, 1 failed"), "{stderr}");
    assert!(stderr.contains("e-broken.txt"), "{stderr}");
    let lines: Vec<serde_json::Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 6);
    let encodings: Vec<&str> = lines
        .iter()
        .filter_map(|l| l["encoding"].as_str())
        .collect();
    assert_eq!(
        encodings,
        ["utf-8", "gb18030", "utf-8-bom", "utf-8", "utf-8"]
    );
    assert_eq!(lines[4]["error"]["kind"], "decode");
    // each report is the library's, through JSON
    let report = fazhi::json::from_json(&lines[0]["report"].to_string()).unwrap();
    assert_eq!(report, fazhi::extract(FIXTURE).unwrap());
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    // the fields hold no line breaks here; quoted commas are split by hand
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .map(|line| {
            let mut cells = vec![String::new()];
            let mut quoted = false;
            for c in line.chars() {
                match c {
                    '"' => quoted = !quoted,
                    ',' if !quoted => cells.push(String::new()),
                    c => cells.last_mut().unwrap().push(c),
                }
            }
            cells
        })
        .collect()
}

#[test]
fn every_table_as_csv_and_parquet_matches_the_library() {
    let tmp = folder("tables");
    let dir = tmp.path();
    let reports: Vec<FileReport> = library(dir).into_iter().filter_map(Result::ok).collect();
    let csv_dir = dir.join("out-csv/");
    let pq_dir = dir.join("out-parquet/");
    let html_dir = dir.join("pages");
    let d = dir.display().to_string();
    // Parquet first: the review pages are .html files the second run would read as reports
    let (code, _, stderr) = tool(&[
        "extract",
        &d,
        "--format",
        "parquet",
        "--out",
        &pq_dir.display().to_string(),
        "-j",
        "1",
    ]);
    assert_eq!(code, 1, "{stderr}");
    let (code, _, stderr) = tool(&[
        "extract",
        &d,
        "--format",
        "csv",
        "--out",
        &csv_dir.display().to_string(),
        "--html",
        &html_dir.display().to_string(),
    ]);
    assert_eq!(code, 1, "{stderr}");
    for kind in TableKind::ALL {
        let expected: Vec<Vec<fazhi::table::Cell>> = reports
            .iter()
            .flat_map(|f| {
                let file = f.path.display().to_string();
                let from = fazhi::table::ReadFrom {
                    file: Some(&file),
                    encoding: Some(f.encoding.as_str()),
                    format: Some(f.format.as_str()),
                };
                rows_read(kind, &f.report, from)
            })
            .collect();
        let columns = fazhi::table::columns(kind);
        // CSV: the header, then each row's cells as text
        let csv = csv_rows(&csv_dir.join(format!("{}.csv", kind.as_str())));
        assert_eq!(
            csv[0],
            columns
                .iter()
                .map(|c| c.name.to_string())
                .collect::<Vec<_>>()
        );
        assert_eq!(csv.len() - 1, expected.len(), "{kind:?}");
        for (got, want) in csv[1..].iter().zip(&expected) {
            let want: Vec<String> = want.iter().map(fazhi::table::Cell::to_text).collect();
            assert_eq!(got, &want, "{kind:?}");
        }
        // Parquet: the schema, the row count, the batch the library makes
        let file = std::fs::File::open(pq_dir.join(format!("{}.parquet", kind.as_str()))).unwrap();
        let reader = ParquetRecordBatchReaderBuilder::try_new(file)
            .unwrap()
            .build()
            .unwrap();
        let batches: Vec<_> = reader.map(Result::unwrap).collect();
        let n: usize = batches.iter().map(|b| b.num_rows()).sum();
        assert_eq!(n, expected.len(), "{kind:?}");
        let want = fazhi::columnar::record_batch(kind, &expected).unwrap();
        let mut offset = 0;
        for batch in &batches {
            let part = want.slice(offset, batch.num_rows());
            for (i, c) in columns.iter().enumerate() {
                assert_eq!(
                    batch.column(i).to_data(),
                    part.column(i).to_data(),
                    "{kind:?}.{}",
                    c.name
                );
            }
            offset += batch.num_rows();
        }
    }
    // the facts of the GB18030 file, by value
    let facts = csv_rows(&csv_dir.join("facts.csv"));
    let at = |n: &str| facts[0].iter().position(|c| c == n).unwrap();
    let gb: Vec<&Vec<String>> = facts
        .iter()
        .filter(|r| r[0].ends_with("b-gb18030.txt"))
        .collect();
    let values: Vec<(&str, &str)> = gb
        .iter()
        .map(|r| (r[at("concept")].as_str(), r[at("value")].as_str()))
        .collect();
    assert!(
        values.contains(&("dispute_resolution.reconsideration.accepted", "30")),
        "{values:?}"
    );
    assert!(
        gb.iter()
            .all(|r| r[at("jurisdiction")] == "右玉县" && r[at("year")] == "2024")
    );
    // the review pages and their index, the failure with its reason
    let index = std::fs::read_to_string(html_dir.join("index.html")).unwrap();
    let table = &index[..index.find("</table>").unwrap()];
    assert_eq!(table.matches("<a href=").count(), 5);
    assert!(index.contains("e-broken.txt") && index.contains("neither UTF-8 nor GB18030"));
    let page = std::fs::read_to_string(html_dir.join("a-utf8.html")).unwrap();
    assert_eq!(
        page.matches("<mark data-fact=").count(),
        reports[0].report.facts.len()
    );
}

#[test]
fn usage_errors_and_the_other_commands() {
    let (code, _, stderr) = tool(&["extract"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("at least one PATH"));
    let (code, _, stderr) = tool(&["extract", "/no/such/file.txt"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("/no/such/file.txt: no such file or directory"),
        "{stderr}"
    );
    // every command's own help, exit 0, on standard output
    for command in [
        "summary", "extract", "check", "review", "schema", "concepts",
    ] {
        let (code, stdout, stderr) = tool(&[command, "--help"]);
        assert_eq!(code, 0, "{command}: {stderr}");
        assert!(
            stdout.contains(&format!("fazhi {command}")),
            "{command}: {stdout}"
        );
        assert!(!stdout.contains("fazhi concepts") || command == "concepts");
    }
    // the summary's columns line up by display width: the values end in one column
    let (_, stdout, _) = tool(&["summary"]);
    let ends: std::collections::HashSet<usize> = stdout
        .lines()
        .filter(|l| l.starts_with("  f1 ") || l.starts_with("  f2 ") || l.starts_with("  f9 "))
        .map(|l| {
            let before = &l[..l.find(" exact ").unwrap()];
            let unit_start = before.trim_end().rfind(' ').unwrap();
            unicode_width::UnicodeWidthStr::width(&before[..unit_start])
        })
        .collect();
    assert_eq!(ends.len(), 1, "{ends:?}");
    let (code, stdout, _) = tool(&["concepts"]);
    assert_eq!(code, 0);
    assert_eq!(stdout.lines().count(), 1 + fazhi::concepts().len());
    let (code, stdout, _) = tool(&["schema"]);
    assert_eq!(code, 0);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&stdout).unwrap(),
        fazhi::schema::report_schema()
    );
    let tmp = folder("check");
    let dir = tmp.path();
    let (code, stdout, _) = tool(&[
        "check",
        &dir.join("a-utf8.txt").display().to_string(),
        "--strict",
    ]);
    assert_eq!(code, 1, "the fixture has two error findings");
    assert!(stdout.contains("error rate.out_of_range"), "{stdout}");
    let (code, stdout, _) = tool(&["summary", &dir.join("b-gb18030.txt").display().to_string()]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("右玉县"), "{stdout}");
}

/// The README shows an excerpt of the first command's output: every line of it (but the `…`
/// that mark what is left out) is a line the command prints, spaces aside.
#[test]
fn the_readme_shows_what_the_first_command_prints() {
    let readme = include_str!("../../README.md");
    let after = &readme[readme
        .find("an excerpt:")
        .expect("the README introduces the excerpt")..];
    let start = after.find("```text\n").expect("the excerpt's block") + "```text\n".len();
    let excerpt = &after[start..start + after[start..].find("```").expect("closed")];
    let (code, out, err) = tool(&["summary"]);
    assert_eq!(code, 0, "{err}");
    let squeeze = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let printed: std::collections::HashSet<String> = out.lines().map(squeeze).collect();
    let shown: Vec<&str> = excerpt
        .lines()
        .filter(|l| !l.trim().is_empty() && l.trim() != "…")
        .collect();
    assert!(shown.len() > 8, "the excerpt is {} lines", shown.len());
    for line in shown {
        assert!(
            printed.contains(&squeeze(line)),
            "the README shows a line the summary does not print: {line}"
        );
    }
}

/// `--meta FILE.csv`: what the user knows of the files wins over what fazhi reads; a table
/// that cannot be read is an error naming its line and column.
#[test]
fn what_the_user_knows_wins() {
    let tmp = folder("meta");
    let dir = tmp.path();
    std::fs::write(
        dir.join("meta.csv"),
        "file,jurisdiction,year\nb-gb18030.txt,大同市,2023\nnested/f-nested.txt,右玉县司法局,\n",
    )
    .unwrap();
    let out = dir.join("facts.csv");
    let (code, _, stderr) = tool(&[
        "extract",
        &dir.display().to_string(),
        "--meta",
        &dir.join("meta.csv").display().to_string(),
        "--format",
        "csv",
        "--out",
        &out.display().to_string(),
        "--no-progress",
    ]);
    assert_eq!(code, 1, "the broken file fails: {stderr}");
    let rows = csv_rows(&out);
    let at = |n: &str| rows[0].iter().position(|c| c == n).unwrap();
    let of = |file: &str| {
        rows.iter()
            .find(|r| r[0].ends_with(file))
            .map(|r| {
                (
                    r[at("jurisdiction")].clone(),
                    r[at("division_code")].clone(),
                    r[at("department")].clone(),
                    r[at("year")].clone(),
                )
            })
            .unwrap()
    };
    assert_eq!(
        of("b-gb18030.txt"),
        (
            "大同市".into(),
            "140200".into(),
            String::new(),
            "2023".into()
        )
    );
    // the year not given is the text's; the department reports in its county
    assert_eq!(
        of("f-nested.txt"),
        (
            "右玉县司法局".into(),
            "140623".into(),
            "司法局".into(),
            "2024".into()
        )
    );
    // a file the table does not name reads as it would
    assert_eq!(of("c-bom.txt").0, "右玉县");
    std::fs::write(dir.join("bad.csv"), "file,year\na-utf8.txt,二〇二四\n").unwrap();
    let (code, _, stderr) = tool(&[
        "extract",
        &dir.display().to_string(),
        "--meta",
        &dir.join("bad.csv").display().to_string(),
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("bad.csv: line 2, column year: \"二〇二四\" is not a year"),
        "{stderr}"
    );
}

#[test]
fn the_users_own_concepts_from_a_registry_file() {
    let tmp = scratch("registry");
    let dir = tmp.path();
    let registry = dir.join("mine.toml");
    std::fs::write(
        &registry,
        r#"
[[concept]]
id = "enforcement.cli_fire_inspections"
zh = "消防检查"
en = "fire inspections"
kind = "count"
unit = "家次"
units = ["家次", "次"]
acts = ["", "开展"]
things = ["消防检查"]
match = ["开展消防检查300家次。"]
"#,
    )
    .unwrap();
    let report = dir.join("r.txt");
    std::fs::write(&report, "全年开展消防检查1520家次，受理行政复议案件30件。").unwrap();
    let (r, p) = (report.to_str().unwrap(), registry.to_str().unwrap());

    let (code, out, err) = tool(&["extract", r, "--format", "csv", "--registry", p]);
    assert_eq!(code, 0, "{err}");
    let fire = out.lines().find(|l| l.contains("1520")).unwrap();
    assert!(fire.contains("enforcement.cli_fire_inspections"), "{fire}");
    assert!(fire.contains("消防检查"), "{fire}");
    // without the file the figure has no concept, and the built-in ones are unchanged
    let (_, out, _) = tool(&["extract", r, "--format", "csv"]);
    assert!(!out.contains("cli_fire_inspections"));
    assert!(out.contains("dispute_resolution.reconsideration.accepted"));
    // the registry lists it after the built-in concepts; a report's JSON that names it is
    // checked with the file
    let (code, out, _) = tool(&["--registry", p, "concepts"]);
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("enforcement.cli_fire_inspections,")
    );
    let json = dir.join("r.json");
    let (code, out, err) = tool(&["extract", r, "--format", "json", "--registry", p]);
    assert_eq!(code, 0, "{err}");
    let reports: serde_json::Value = serde_json::from_str(&out).unwrap();
    std::fs::write(&json, reports[0]["report"].to_string()).unwrap();
    let (code, _, err) = tool(&["check", json.to_str().unwrap(), "--registry", p]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = tool(&["check", json.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains("unknown concept \"enforcement.cli_fire_inspections\""),
        "{err}"
    );

    // a bad file is a usage error that says where
    std::fs::write(&registry, "[[concept]]\nid = \"weather.rain\"\n").unwrap();
    let (code, _, err) = tool(&["summary", r, "--registry", p]);
    assert_eq!(code, 2);
    assert!(
        err.contains("mine.toml") && err.contains("unknown area `weather`"),
        "{err}"
    );
}
