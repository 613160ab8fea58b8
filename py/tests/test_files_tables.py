"""Folders of report files and the tables of every part (pandas, pyarrow, polars)."""

import decimal
import pathlib

import pytest

import fazhi

SHORT = "右玉县2024年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件30件，审结28件，办理法律援助案件120件。\n二、存在的不足\n一是法治宣传针对性不强。"
PAGE = (
    "<!DOCTYPE html><html><head><title>大同市2023年法治政府建设年度报告</title>"
    '<meta name="PubDate" content="2024-03-30"></head><body><div class="nav"><a href="/">首页</a></div>'
    '<div id="zoom"><p>一、主要举措和成效</p><p>全年受理行政复议案件45件，化解矛盾纠纷1,200件。</p></div></body></html>'
)


@pytest.fixture()
def folder(tmp_path: pathlib.Path, text: str) -> pathlib.Path:
    (tmp_path / "nested").mkdir()
    (tmp_path / "a-utf8.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b-gb18030.txt").write_bytes(SHORT.encode("gb18030"))
    (tmp_path / "c-bom.txt").write_bytes(SHORT.encode("utf-8-sig"))
    (tmp_path / "d-page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "e-broken.txt").write_bytes(b"\xd0\xd0\xff\xff\xff")
    (tmp_path / "nested" / "f-utf16.txt").write_bytes(SHORT.encode("utf-16"))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    return tmp_path


def test_extract_files_reads_every_encoding_and_keeps_the_failure(folder, text):
    results = fazhi.extract_files(folder, threads=2)
    names = [pathlib.Path(r.path).name for r in results]
    assert names == ["a-utf8.txt", "b-gb18030.txt", "c-bom.txt", "d-page.html", "e-broken.txt", "f-utf16.txt"]
    assert [r.encoding for r in results] == ["utf-8", "gb18030", "utf-8-bom", "utf-8", None, "utf-16le"]
    assert [r.ok for r in results] == [True, True, True, True, False, True]
    broken = results[4]
    assert broken.report is None and broken.error_kind == "decode"
    assert "e-broken.txt" in broken.error and "neither UTF-8 nor GB18030" in broken.error
    assert results[0].report == fazhi.extract(text) and results[0].report.text == text
    # the same report whatever the encoding
    assert results[1].report == results[2].report == results[5].report
    page = results[3].report
    assert results[3].format == "html"
    assert (page.meta.jurisdiction, page.meta.year) == ("大同市", 2023)
    assert page.meta.published.isoformat() == "2024-03-30"
    assert page.to_dict()["meta"]["published"] == page.meta.published  # a datetime.date
    accepted = page.fact("dispute_resolution.reconsideration.accepted")
    assert page.text[accepted.span[0] : accepted.span[1]] == "45"
    assert "failed" in repr(broken) and "gb18030" in repr(results[1])


def test_paths_globs_and_errors(folder):
    assert len(fazhi.extract_files([folder / "a-utf8.txt", str(folder / "*.html")])) == 2
    missing = fazhi.extract_files([folder / "nope.txt", folder / "c-bom.txt"])
    assert [r.error_kind for r in missing] == ["missing", None]
    with pytest.raises(fazhi.InvalidInputError, match="e-broken.txt") as raised:
        fazhi.extract_files(folder, errors="raise")
    assert raised.value.path.endswith("e-broken.txt")
    with pytest.raises(ValueError, match="errors must be"):
        fazhi.extract_files(folder, errors="ignore")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least 1"):
        fazhi.extract_files(folder, threads=0)
    with pytest.raises(TypeError, match="os.PathLike"):
        fazhi.extract_files([3])  # type: ignore[list-item]
    seen = []
    fazhi.extract_files(folder, threads=1, progress=False)
    fazhi._fazhi.extract_files(folder, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (6, 6)


def test_frames_of_files_carry_the_file(folder):
    pytest.importorskip("pandas")
    results = fazhi.extract_files(folder)
    facts = fazhi.frame(results, "facts")
    ok = [r for r in results if r.ok]
    assert len(facts) == sum(len(r.report.facts) for r in ok)
    assert set(facts["file"]) == {r.path for r in ok}
    gb = facts[facts["file"].str.endswith("b-gb18030.txt")]
    assert set(gb["jurisdiction"]) == {"右玉县"} and set(gb["year"]) == {2024}
    assert decimal.Decimal("30") in set(gb["value"])


def test_arrow_tables_through_pyarrow_and_polars(folder, report):
    pa = pytest.importorskip("pyarrow")
    results = fazhi.extract_files(folder)
    ok = [r for r in results if r.ok]
    for part in fazhi.PARTS:
        t = fazhi.table(results, part)
        assert hasattr(t, "__arrow_c_stream__") and t.part == part
        table = pa.table(t)
        assert table.column_names == [c[0] for c in fazhi.columns(part)] == t.column_names
        assert table.num_rows == len(t) == len(fazhi.frame(results, part))
    facts = pa.table(fazhi.table(results, "facts"))
    assert facts.num_rows == sum(len(r.report.facts) for r in ok)
    assert facts.schema.field("value").type == pa.decimal128(38, 10)
    assert pa.types.is_dictionary(facts.schema.field("unit").type)
    values = facts.column("value").to_pylist()
    expected = [f.value for r in ok for f in r.report.facts]
    assert values == expected  # Decimals, equal whatever the scale
    assert isinstance(values[0], decimal.Decimal)
    one = pa.table(fazhi.table(report, "facts"))
    assert one.num_rows == len(report.facts) and one.column("file").null_count == len(report.facts)
    pl = pytest.importorskip("polars")
    frame = pl.DataFrame(fazhi.table(results, "facts"))
    assert frame.height == facts.num_rows
    assert frame["value"].dtype == pl.Decimal(38, 10)
    assert frame["value"].to_list() == expected
    assert frame.filter(pl.col("concept") == "dispute_resolution.reconsideration.accepted")["value"].to_list()[0] == 291


def _tool(*args: str) -> "subprocess.CompletedProcess[str]":
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "fazhi", *args], capture_output=True, text=True, encoding="utf-8", timeout=300
    )


def test_python_m_fazhi_is_the_tool(folder, tmp_path_factory):
    import json

    run = _tool("extract", str(folder), "--threads", "2")
    # a file failed: status 1, the others written, the failure kept and named on stderr
    assert run.returncode == 1, run.stderr
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [pathlib.Path(x["file"]).name for x in lines] == [
        "a-utf8.txt", "b-gb18030.txt", "c-bom.txt", "d-page.html", "e-broken.txt", "f-utf16.txt"
    ]
    assert lines[4]["error"]["kind"] == "decode" and "report" not in lines[4]
    assert lines[1]["encoding"] == "gb18030" and lines[3]["format"] == "html"
    assert fazhi.Report.from_json(json.dumps(lines[0]["report"])) == fazhi.extract_files(folder)[0].report
    assert "error: " in run.stderr and "e-broken.txt" in run.stderr
    assert "6 files, 1 failed" in run.stderr

    # Parquet, one file per part, read back with pyarrow
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path_factory.mktemp("tables")
    run = _tool("extract", str(folder / "a-utf8.txt"), "--format", "parquet", "--out", f"{out}/")
    assert run.returncode == 0, run.stderr
    facts = pq.read_table(out / "facts.parquet")
    assert facts.num_rows == len(fazhi.extract_files(folder / "a-utf8.txt")[0].report.facts)
    assert sorted(p.stem for p in out.iterdir()) == sorted(fazhi.PARTS)

    summary = _tool("summary")
    assert summary.returncode == 0 and "朔州市" in summary.stdout
    usage = _tool("extract", "--format", "xml", str(folder))
    assert usage.returncode == 2 and "xml" in usage.stderr
    assert _tool("--help").stdout.startswith("fazhi")


def test_what_the_caller_knows_wins(folder):
    by_path = {
        folder / "b-gb18030.txt": {"jurisdiction": "大同市", "year": 2023},
        "f-utf16.txt": {"jurisdiction": "右玉县司法局", "published": "2025-03-01"},
    }
    results = {pathlib.Path(r.path).name: r for r in fazhi.extract_files(folder, meta=by_path) if r.ok}
    b = results["b-gb18030.txt"].report.meta
    assert (b.jurisdiction, b.division_code, b.year) == ("大同市", "140200", 2023)
    f = results["f-utf16.txt"].report.meta
    assert (f.reporter.department, f.division_code, f.year) == ("司法局", "140623", 2024)
    assert str(f.published) == "2025-03-01"
    assert results["c-bom.txt"].report.meta.jurisdiction == "右玉县"  # not named: read as it is

    pages = []

    def known(path: str, page: dict | None) -> dict | None:
        pages.append((pathlib.Path(path).name, page and page["title"]))
        return {"year": 2022} if path.endswith(".html") else None

    results = {pathlib.Path(r.path).name: r for r in fazhi.extract_files(folder, meta=known) if r.ok}
    assert results["d-page.html"].report.meta.year == 2022
    assert ("d-page.html", "大同市2023年法治政府建设年度报告") in pages and ("a-utf8.txt", None) in pages
    with pytest.raises(ValueError, match='unknown key "yr"'):
        fazhi.extract_files(folder, meta={"a-utf8.txt": {"yr": 2024}})
    with pytest.raises(TypeError, match="year must be an int"):
        fazhi.extract_files(folder, meta={"a-utf8.txt": {"year": "2024年"}})
    with pytest.raises(TypeError, match="mapping from path"):
        fazhi.extract_files(folder, meta=3)  # type: ignore[arg-type]


def test_every_object_pickles(folder, report):
    import pickle

    results = fazhi.extract_files(folder)
    for r in results:
        back = pickle.loads(pickle.dumps(r))
        assert (back.path, back.encoding, back.format, back.error, back.error_kind, back.ok) == (
            r.path,
            r.encoding,
            r.format,
            r.error,
            r.error_kind,
            r.ok,
        )
        assert back.report == r.report
    view = report.dispute_resolution()
    back = pickle.loads(pickle.dumps(view))
    assert back.to_dict() == view.to_dict() and back.area == view.area
    table = fazhi.table([report], "facts")
    back = pickle.loads(pickle.dumps(table))
    assert (back.part, back.num_rows, back.column_names) == (table.part, table.num_rows, table.column_names)
    pa = pytest.importorskip("pyarrow")
    assert pa.table(back).equals(pa.table(table))


def test_arguments_that_look_right_but_are_not(folder, report):
    # one concept id is not a list of them: its characters would be taken as ids
    with pytest.raises(TypeError, match="not one str"):
        fazhi.panel([report], concepts="dispute_resolution.reconsideration.accepted")
    # True is no number of threads
    with pytest.raises(TypeError, match="threads must be int"):
        fazhi.extract_files(folder, threads=True)
    with pytest.raises(TypeError, match="threads must be int"):
        fazhi.extract_many(["x"], threads=True)


def test_a_text_that_is_no_unicode_is_collected_in_its_place():
    texts = ["全年受理行政复议案件30件。", "\ud800坏", "审结28件。"]
    out = fazhi.extract_many(texts, errors="collect")
    assert isinstance(out[0], fazhi.Report) and isinstance(out[2], fazhi.Report)
    assert isinstance(out[1], fazhi.InvalidInputError)
    assert "texts[1]" in str(out[1])
    with pytest.raises(fazhi.InvalidInputError, match=r"texts\[1\]"):
        fazhi.extract_many(texts)


def test_panels_merge_measure_words_and_give_floats():
    texts = {
        "右玉县": "右玉县2024年法治政府建设年度报告\n一、行政复议\n全年受理行政复议案件30件。",
        "平鲁区": "平鲁区2024年法治政府建设年度报告\n一、行政复议\n全年受理行政复议案件12起。",
    }
    reports = [fazhi.extract(t) for t in texts.values()]
    accepted = "dispute_resolution.reconsideration.accepted"
    kept = fazhi.panel(reports, [accepted])
    assert sorted(kept.columns.get_level_values("unit")) == ["件", "起"]
    merged = fazhi.panel(reports, [accepted], units="merge")
    assert list(merged.columns) == [(accepted, "件")]
    assert sorted(merged[(accepted, "件")].tolist()) == [decimal.Decimal(12), decimal.Decimal(30)]
    # persons and person-times are never one measure
    assert not any("人" in c.same_units and "人次" in c.same_units for c in fazhi.concepts())
    assert next(c for c in fazhi.concepts() if c.id == accepted).same_units == ["件", "起", "宗"]
    floats = fazhi.panel(reports, [accepted], units="merge", values="float")
    assert str(floats[(accepted, "件")].dtype) == "Float64"
    assert floats[(accepted, "件")].mean() == 21.0
    with pytest.raises(ValueError, match="units must be"):
        fazhi.panel(reports, units="all")


def test_arrow_tables_convert_themselves(report):
    table = fazhi.table([report], "facts")
    pytest.importorskip("pyarrow")
    frame = table.to_pandas()
    assert len(frame) == len(report.facts) and list(frame.columns) == table.column_names
    pl = pytest.importorskip("polars")
    polars_frame = table.to_polars()
    assert isinstance(polars_frame, pl.DataFrame)
    assert polars_frame.columns == table.column_names and polars_frame.height == len(report.facts)


def test_one_row_per_report(folder):
    results = fazhi.extract_files(folder)
    read = [r for r in results if r.ok]
    frame = fazhi.frame(results, "reports")
    assert len(frame) == len(read)
    row = frame[frame["file"].str.endswith("a-utf8.txt")].iloc[0]
    report = next(r.report for r in read if r.path.endswith("a-utf8.txt"))
    assert row["jurisdiction"] == "朔州市" and row["year"] == 2024
    assert row["facts"] == len(report.facts)
    assert row["errors"] == sum(f.severity == "error" for f in report.findings) == 2
    assert row["annual_report"] == "yes"
    # how each file was read, as FileResult says
    for r in read:
        got = frame[frame["file"] == r.path].iloc[0]
        assert (got["encoding"], got["format"]) == (r.encoding, r.format)
    assert set(frame["encoding"]) >= {"utf-8", "gb18030"} and set(frame["format"]) == {"text", "html"}
    # a report given directly was read from no file
    direct = fazhi.frame(report, "reports").iloc[0]
    pandas = pytest.importorskip("pandas")
    assert pandas.isna(direct["file"]) and pandas.isna(direct["encoding"]) and pandas.isna(direct["format"])
    assert fazhi.table(read, "reports").num_rows == len(read)
    assert "reports" in fazhi.PARTS
