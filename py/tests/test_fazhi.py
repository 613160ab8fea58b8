"""The Python package against the installed wheel (not the sources)."""

import datetime
import decimal
import json
import pathlib
import pickle

import jsonschema
import pytest

import fazhi


def test_installed_package_is_not_the_source_tree():
    assert "site-packages" in pathlib.Path(fazhi.__file__).parts


def test_fixture_facts_through_python(report, text):
    accepted = report.fact("dispute_resolution.reconsideration.accepted")
    assert accepted.value == decimal.Decimal("291")
    assert accepted.unit == "件"
    assert accepted.qualifier == "exact"
    assert accepted.kind == "level"
    # spans are str indices: slicing the Python string gives the figure
    start, end = accepted.span
    assert text[start:end] == "291" == accepted.text
    fines = report.fact("enforcement.fines_and_confiscations")
    assert fines.value == decimal.Decimal("243150000") and fines.unit == "元"
    assert text[fines.span[0] : fines.span[1]] == "24315万"
    transactions = report.fact("government_services.transactions")
    assert (transactions.value, transactions.qualifier) == (decimal.Decimal(30000), "at_least")
    assert report.fact("no.such.concept") is None
    assert sum(1 for f in report.facts if f.concept) == 59
    assert len(report.documents) == 27
    assert len(report.problems) == 3 and len(report.plans) == 5
    meta = report.meta
    assert (meta.jurisdiction, meta.year, meta.division_code, meta.level) == ("朔州市", 2024, "140600", "prefecture")


def test_every_fact_has_a_label_that_slices_the_text(report, text):
    for f in report.facts:
        label = f.label
        assert isinstance(label, fazhi.Label), f
        start, end = label.span
        assert text[start:end] == label.text == str(label)
        # the label says what the figure counts: it never overlaps the figure
        assert end <= f.span[0] or start >= f.span[1]
        assert label.byte_span[1] - label.byte_span[0] == len(label.text.encode())
    accepted = report.fact("dispute_resolution.reconsideration.accepted")
    assert accepted.label is not None and accepted.label.text == "受理行政复议"
    unknown = fazhi.extract("全市新建法治文化公园12个。").facts[0]
    assert unknown.concept is None and unknown.label is not None
    assert unknown.label.text == "新建法治文化公园"
    assert len({f.label for f in report.facts}) > 1  # hashable, and not all the same


def test_evidence_and_dimensions(report, text):
    accepted = report.fact("dispute_resolution.reconsideration.accepted")
    evidence = accepted.evidence
    assert isinstance(evidence, fazhi.Evidence)
    assert evidence.act is not None and evidence.act.text == "受理"
    assert evidence.domain_id == "reconsideration"
    assert evidence.domain is not None and evidence.domain.source == "clause"
    start, end = evidence.act.span
    assert text[start:end] == "受理"
    assert accepted.dimension is None
    assert accepted.to_dict()["evidence"]["act"]["text"] == "受理"
    # a part of a concept's count has no concept of its own, and says which part
    r = fazhi.extract("全年受理行政复议案件126件，其中治安管理类41件。")
    part = r.facts[1]
    assert part.concept is None and part.part_of == r.facts[0].id
    d = part.dimension
    assert isinstance(d, fazhi.Dimension)
    assert (d.concept, d.axis, d.member) == (
        "dispute_resolution.reconsideration.accepted",
        "category",
        "治安管理类",
    )
    assert part.to_dict()["dimension"]["member"] == "治安管理类"
    # the facts table carries both
    frame = fazhi.facts_frame([r])
    row = frame[frame["fact_id"] == part.id].iloc[0]
    assert row["dimension_concept"] == d.concept and row["dimension_member"] == "治安管理类"


def test_types_of_every_field(report):
    for f in report.facts:
        assert isinstance(f.id, str) and isinstance(f.text, str) and isinstance(f.unit, str)
        assert f.concept is None or isinstance(f.concept, str)
        assert isinstance(f.value, decimal.Decimal)
        assert f.qualifier in {"exact", "at_least", "at_most", "about"}
        assert f.kind in {"level", "change_percent", "change_points", "change_absolute", "change_factor"}
        assert isinstance(f.span, tuple) and all(isinstance(i, int) for i in f.span)
    for d in report.documents:
        assert isinstance(d.title, str) and d.status in {"issued", "implemented", "cited"}
    for x in report.findings:
        assert x.severity in {"error", "warning", "info"}
        assert x.suggestion is None or isinstance(x.suggestion, decimal.Decimal)
    assert report.meta.published is None


def test_decimal_scale_and_dates_survive():
    r = fazhi.extract("右玉县2024年法治政府建设年度报告\n全年共受理行政复议12件,满意率达到98.50%。\n右玉县人民政府\n2025年3月20日")
    assert r.meta.published == datetime.date(2025, 3, 20)
    rate = next(f for f in r.facts if f.unit == "%")
    assert str(rate.value) == "98.50"


def test_garbled_rates_are_flagged_with_suggestions(report):
    errors = [x for x in report.findings if x.severity == "error"]
    assert {str(x.suggestion) for x in errors} == {"143.27", "54.23"}
    assert fazhi.validate(report) == list(report.findings)


def test_json_round_trip_and_equality(report):
    js = report.to_json()
    back = fazhi.Report.from_json(js)
    assert back == report
    assert fazhi.Report.from_json(js.encode("utf-8")) == report
    assert report != fazhi.extract("全年共受理行政复议1件。")
    d = json.loads(js)
    assert d["facts"][0]["value"] == "11"


def test_to_json_validates_against_the_schema(report):
    schema = fazhi.json_schema()
    assert schema["$schema"].endswith("2020-12/schema")
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = list(validator.iter_errors(json.loads(report.to_json())))
    assert errors == []
    bad = json.loads(report.to_json())
    bad["facts"][0]["value"] = 11
    assert list(validator.iter_errors(bad))


def test_extract_many_in_parallel_equals_sequential(text):
    texts = [text, "全年共受理行政复议291件,受理后审结224件。", text.replace("291", "302")] * 4
    sequential = [fazhi.extract(t) for t in texts]
    assert fazhi.extract_many(texts, threads=2) == sequential
    assert fazhi.extract_many(iter(texts)) == sequential
    assert fazhi.extract_many([]) == []


def test_registries():
    concepts = fazhi.concepts()
    assert len(concepts) >= 90
    by_id = {c.id: c for c in concepts}
    c = by_id["dispute_resolution.mediation.resolution_rate"]
    assert (c.zh, c.area, c.value_kind, c.unit) == ("矛盾纠纷化解率", "dispute_resolution", "rate", "%")
    assert "rate.out_of_range" in {r.id for r in fazhi.rules()}


def test_notebook_view_is_light_and_the_review_page_on_request(report, text, tmp_path):
    # inline: plain HTML, no script, tens of KB, shown by every notebook viewer
    html = report._repr_html_()
    assert html.startswith("<div") and "<script" not in html and "<iframe" not in html
    assert len(html.encode()) < 60_000, len(html.encode())
    assert html.count("<tr") == 1 + len(report.facts)
    # the full page on request, in a sandboxed frame
    page = report.review()
    framed = page._repr_html_()
    assert framed.startswith("<iframe") and 'sandbox="allow-scripts"' in framed
    # the page sits escaped in srcdoc: nothing of it runs in the notebook's own page
    assert "<script" not in framed and "&lt;script" in framed
    assert framed.count("&lt;mark data-fact=") == len(report.facts)
    assert str(page) == page.html == report.to_html()
    out = tmp_path / "page.html"
    assert page.save(out) == out and out.read_text(encoding="utf-8") == page.html


def test_to_html_marks_every_fact_once(report, text):
    page = report.to_html()
    assert page.startswith("<!DOCTYPE html>") and page == report.to_html(text)
    assert page.count("<mark data-fact=") == len(report.facts)
    for f in report.facts:
        assert page.count(f'<mark data-fact="{f.id}"') == 1
    assert "http://" not in page and "https://" not in page  # self-contained
    hostile = fazhi.extract("<script>alert(1)</script>全年受理行政复议案件291件。")
    assert "<script>alert" not in hostile.to_html() and "&lt;script&gt;alert(" in hostile.to_html()


def test_report_from_json_needs_its_text_for_the_page(report, text):
    back = fazhi.Report.from_json(report.to_json())
    assert back.text is None and report.text == text
    with pytest.raises(ValueError, match="pass the text"):
        back.to_html()
    assert back.to_html(text) == report.to_html()
    with pytest.raises(TypeError, match="text must be str"):
        back.to_html(b"bytes")
    # without its text, the notebook shows the table of facts by area
    table = back._repr_html_()
    assert table.startswith("<div") and "朔州市" in table
    assert "border-left:4px solid #d32f2f" in table  # the garbled rates are errors
    assert table.count("<tr") == 1 + len(report.facts)
    assert "(unknown)" in table and "受理行政复议" in table


def test_facts_frame_columns_and_dtypes(report):
    pd = pytest.importorskip("pandas")
    frame = fazhi.facts_frame([report, report])
    assert tuple(frame.columns) == fazhi.FACT_COLUMNS
    assert fazhi.FACT_COLUMNS[:10] == (
        "file", "jurisdiction", "level", "division_code", "division", "division_level",
        "department", "prefecture_code", "province_code", "year",
    )
    assert len(frame) == 2 * len(report.facts)
    assert str(frame["year"].dtype) == "Int64" and str(frame["start"].dtype) == "Int64"
    assert set(frame["province_code"]) == {"140000"} and frame["department"].isna().all()
    for column in ("area", "unit", "qualifier", "kind", "finding", "level", "division_level"):
        assert frame[column].dtype == "category", column
    row = frame[frame["concept"] == "dispute_resolution.reconsideration.accepted"].iloc[0]
    assert row["value"] == decimal.Decimal("291") and isinstance(row["value"], decimal.Decimal)
    assert row["concept_en"] == "reconsideration cases accepted"
    assert row["jurisdiction"] == "朔州市" and pd.isna(row["finding"]) and pd.isna(row["file"])
    assert row["label"] == "受理行政复议" and row["section_title"]
    assert frame["label"].notna().all()
    flagged = frame[frame["finding"] == "error"]
    assert set(flagged["text"]) == {"14327", "5423777"}
    assert all("rate.out_of_range" in rules.split() for rules in flagged["finding_rules"])
    assert frame["concept"].isna().sum() == 2 * sum(1 for f in report.facts if f.concept is None)
    # one report is fine too; items that are no reports are not
    assert len(fazhi.facts_frame(report)) == len(report.facts)
    with pytest.raises(TypeError):
        fazhi.facts_frame(["not a report"])


def test_every_part_as_a_frame_with_its_dtypes_even_empty(report):
    pytest.importorskip("pandas")
    empty = fazhi.extract("全年无数字。")
    for part in fazhi.PARTS:
        full, none = fazhi.frame(report, part), fazhi.frame(empty, part)
        names = [c[0] for c in fazhi.columns(part)]
        assert list(full.columns) == names == list(none.columns)
        assert list(full.dtypes.astype(str)) == list(none.dtypes.astype(str)), part
        assert len(full) > 0, part
    assert len(fazhi.frame(report, "documents")) == len(report.documents)
    assert len(fazhi.frame(report, "narrative")) == len(report.problems) + len(report.plans)
    assert len(fazhi.frame(report, "findings")) == sum(max(1, len(f.facts)) for f in report.findings)
    with pytest.raises(ValueError, match="part must be one of"):
        fazhi.frame(report, "tables")  # type: ignore[arg-type]


def test_panel_keeps_units_apart_and_refuses_conflicts():
    pytest.importorskip("pandas")
    a = fazhi.extract("右玉县2024年法治政府建设年度报告\n全年受理行政复议案件30件，办理法律援助案件120件。")
    b = fazhi.extract("大同市2024年法治政府建设年度报告\n全年受理行政复议案件45件。")
    p = fazhi.panel([a, b])
    assert list(p.index) == [("140200", "大同市", 2024), ("140623", "右玉县", 2024)]  # sorted by code
    assert list(p.index.names) == ["division_code", "reporter", "year"]
    cell = p.loc[("140623", "右玉县", 2024), ("dispute_resolution.reconsideration.accepted", "件")]
    assert cell == decimal.Decimal("30")
    assert all(unit for _, unit in p.columns)  # every column names its unit
    only = fazhi.panel([a, b], concepts=["dispute_resolution.reconsideration.accepted"])
    assert list(only.columns) == [("dispute_resolution.reconsideration.accepted", "件")]
    again = fazhi.extract("右玉县2024年法治政府建设年度报告\n全年受理行政复议案件31件。")
    with pytest.raises(ValueError, match="duplicates='first'"):
        fazhi.panel([a, again])
    assert fazhi.panel([a, again], duplicates="first").iloc[0, 0] == decimal.Decimal("30")


def test_panel_keeps_reports_without_a_reporter_apart_and_names_them():
    pytest.importorskip("pandas")
    text = "全年受理行政复议案件{}件。"
    a, b = fazhi.extract(text.format(30)), fazhi.extract(text.format(31))
    assert a.meta.reporter is None and a.meta.year is None
    p = fazhi.panel([a, b])  # no key at all: two rows, not one place
    assert len(p) == 2 and list(p.index.get_level_values("reporter")) == ["#0", "#1"]
    assert p.index.get_level_values("year").isna().all()
    gov = fazhi.extract("右玉县2024年法治政府建设年度报告\n全年受理行政复议案件30件。")
    dept = fazhi.extract("右玉县司法局2024年法治政府建设年度报告\n全年受理行政复议案件12件。")
    both = fazhi.panel([dept, gov, a])
    # the government and its department share a code and are two rows; no reporter comes last
    assert [tuple(None if pd_isna(x) else x for x in k) for k in both.index] == [
        ("140623", "右玉县", 2024),
        ("140623", "右玉县司法局", 2024),
        (None, "#2", None),
    ]
    again = fazhi.extract("右玉县司法局2024年法治政府建设年度报告\n全年受理行政复议案件13件。")
    with pytest.raises(ValueError, match=r"右玉县司法局 \(140623\) 2024 is 12 in report #0 and 13 in report #1"):
        fazhi.panel([dept, again])


def pd_isna(x: object) -> bool:
    import pandas

    return bool(pandas.isna(x))


class TestBadInput:
    def test_wrong_types(self):
        with pytest.raises(TypeError, match="text must be str"):
            fazhi.extract(b"bytes")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            fazhi.extract(None)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"texts\[1\]"):
            fazhi.extract_many(["ok 1件", 2])  # type: ignore[list-item]
        with pytest.raises(TypeError):
            fazhi.Report.from_json(42)  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            fazhi.validate("report")  # type: ignore[arg-type]

    def test_empty_and_huge_text(self):
        with pytest.raises(fazhi.InvalidInputError) as e:
            fazhi.extract("   \n")
        assert isinstance(e.value, ValueError) and isinstance(e.value, fazhi.FazhiError)
        with pytest.raises(fazhi.InvalidInputError, match="more than"):
            fazhi.extract("一" * (23 * 1024 * 1024))
        with pytest.raises(fazhi.InvalidInputError, match=r"texts\[1\]"):
            fazhi.extract_many(["全年1件。", ""])
        with pytest.raises(fazhi.InvalidInputError, match="not valid Unicode"):
            fazhi.extract("\ud800受理12件")

    def test_arguments_are_checked(self):
        with pytest.raises(TypeError, match="year must be int"):
            fazhi.extract("全年受理12件。", year=True)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="year must be int"):
            fazhi.extract("全年受理12件。", year="2024")  # type: ignore[arg-type]
        assert fazhi.extract("全年受理12件。", year=2023).meta.year == 2023
        with pytest.raises(fazhi.InvalidInputError, match="jurisdiction is not valid Unicode"):
            fazhi.extract("全年受理12件。", jurisdiction="\ud800县")
        with pytest.raises(TypeError, match="not one str"):
            fazhi.extract_many("全年受理12件。")
        for bad in (0, -3):
            with pytest.raises(ValueError, match="threads must be at least 1"):
                fazhi.extract_many(["全年受理12件。"], threads=bad)
        with pytest.raises(TypeError, match="threads must be int"):
            fazhi.extract_many(["全年受理12件。"], threads=True)  # type: ignore[arg-type]
        # more threads than CPUs or texts: capped, same results
        many = fazhi.extract_many(["全年受理12件。"] * 40, threads=5000)
        assert len(many) == 40 and all(r == many[0] for r in many)

    def test_the_failing_text_is_named_by_its_index(self):
        texts = ["全年受理12件。"] * 70 + [""] + ["全年受理12件。"] * 5
        with pytest.raises(fazhi.InvalidInputError, match=r"texts\[70\]"):
            fazhi.extract_many(texts, threads=2)

    def test_every_error_is_a_fazhi_error(self):
        for cls in (fazhi.InvalidInputError, fazhi.InvalidJsonError, fazhi.InternalError):
            assert issubclass(cls, fazhi.FazhiError)

    def test_invalid_json_names_the_path(self, report):
        d = json.loads(report.to_json())
        d["facts"][3]["value"] = True
        with pytest.raises(fazhi.InvalidJsonError) as e:
            fazhi.Report.from_json(json.dumps(d))
        assert e.value.path == "facts[3].value"
        assert "facts[3].value" in str(e.value)
        assert isinstance(e.value, ValueError)
        with pytest.raises(fazhi.InvalidJsonError):
            fazhi.Report.from_json("{")
        with pytest.raises(fazhi.InvalidJsonError, match="utf-8"):
            fazhi.Report.from_json(b"\xff\xfe")
        d = json.loads(report.to_json())
        d["facts"][0]["concept"] = "made.up"
        with pytest.raises(fazhi.InvalidJsonError) as e:
            fazhi.Report.from_json(json.dumps(d))
        assert e.value.path == "facts[0].concept"


def test_version_matches_the_crate():
    import importlib.metadata

    assert fazhi.__version__ == importlib.metadata.version("fazhi")


def test_reports_pickle_through_json(report):
    import pickle

    back = pickle.loads(pickle.dumps(report))
    assert back == report and back.text == report.text


def test_every_class_pickles(report):
    import pickle

    objects = [
        report,
        report.meta,
        report.facts[0],
        report.facts[0].label,
        report.fact("dispute_resolution.reconsideration.accepted").evidence,
        fazhi.extract("受理行政复议案件12件，其中治安管理类4件。").facts[1].dimension,
        report.documents[0],
        report.problems[0],
        report.findings[0],
        report.outline[0],
        report.not_facts[0],
        fazhi.concepts()[0],
        fazhi.rules()[0],
    ]
    for obj in objects:
        back = pickle.loads(pickle.dumps(obj))
        assert back == obj and type(back) is type(obj), obj
    fact = pickle.loads(pickle.dumps(report.fact("enforcement.fines_and_confiscations")))
    assert str(fact.value) == "243150000"


def test_csv_and_sdmx_csv(report):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(report.to_csv())))
    assert tuple(rows[0].keys()) == fazhi.FACT_COLUMNS
    assert len(rows) == len(report.facts)
    accepted = next(r for r in rows if r["concept"] == "dispute_resolution.reconsideration.accepted")
    assert (accepted["value"], accepted["unit"], accepted["label"]) == ("291", "件", "受理行政复议")
    assert (accepted["jurisdiction"], accepted["year"], accepted["file"]) == ("朔州市", "2024", "")
    sdmx = list(csv.DictReader(io.StringIO(report.to_sdmx_csv())))
    assert len(sdmx) == sum(1 for f in report.facts if f.concept)
    first = sdmx[0]
    assert (first["STRUCTURE"], first["ACTION"], first["REF_AREA"], first["TIME_PERIOD"]) == ("dataflow", "I", "140600", "2024")
    assert first["STRUCTURE_ID"].startswith("FAZHI:LBG_FACTS(")


def test_parts_are_made_once_and_fact_is_the_same_object(report):
    assert report.facts is report.facts and isinstance(report.facts, tuple)
    assert report.findings is report.findings and report.outline is report.outline
    accepted = report.fact("dispute_resolution.reconsideration.accepted")
    assert accepted is not None and any(f is accepted for f in report.facts)
    assert report.fact("no.such.concept") is None


def test_to_dict_has_python_values_and_named_spans(report, text):
    d = report.to_dict()
    assert set(d) == {"meta", "compliance", "facts", "documents", "problems", "plans", "findings", "outline", "not_facts"}
    first = d["facts"][0]
    assert first["value"] == decimal.Decimal("11") and isinstance(first["value"], decimal.Decimal)
    start, end = first["span"]
    assert text[start:end] == first["text"]
    b0, b1 = first["byte_span"]
    assert text.encode("utf-8")[b0:b1].decode("utf-8") == first["text"]
    assert first["label"]["text"] == text[first["label"]["span"][0] : first["label"]["span"][1]]
    assert d["meta"]["year"] == 2024 and d["meta"]["jurisdiction"] == "朔州市"
    assert [f.to_dict() for f in report.facts] == d["facts"]
    suggested = [f for f in d["findings"] if f["suggestion"] is not None]
    assert suggested and all(isinstance(f["suggestion"], decimal.Decimal) for f in suggested)
    assert all(f["suggestion_unit"] for f in suggested)
    assert len(d["not_facts"]) == len(report.not_facts) and len(d["outline"]) == len(report.outline)


def test_reprs_read_as_python(report):
    assert repr(report.meta) == "<Meta 朔州市 prefecture 140600 2024>"
    for obj in [report.facts[0], report.facts[0].label, report.outline[0], report.not_facts[0],
                report.findings[0], report.documents[0], report.problems[0], fazhi.rules()[0],
                fazhi.concepts()[0], report.dispute_resolution()]:
        r = repr(obj)
        assert r.startswith("<") and r.endswith(">"), r
        assert "Some(" not in r and "None)" not in r and '["' not in r, r
    assert repr(fazhi.extract("全年受理行政复议案件12件。").facts[0].label) == "<Label '受理行政复议案件' at 2..10>"


def test_area_views(report):
    dr = report.dispute_resolution()
    assert dr.area == "dispute_resolution"
    assert dr.reconsideration_accepted is report.fact("dispute_resolution.reconsideration.accepted")
    assert dr.concept_of("reconsideration_accepted") == "dispute_resolution.reconsideration.accepted"
    assert "reconsideration_accepted" in dir(dr)
    with pytest.raises(AttributeError, match="reconsideration_accepted"):
        dr.no_such_field
    # every concept of the registry is a field of its area's view, and every area has its method
    by_area: dict[str, set[str]] = {}
    for c in fazhi.concepts():
        by_area.setdefault(c.area, set()).add(c.id)
    for area, ids in by_area.items():
        view = getattr(report, area)()
        assert {view.concept_of(f) for f in view.fields} == ids
        assert report.area(area).to_dict() == view.to_dict()
        for field, fact in view.to_dict().items():
            assert fact is report.fact(view.concept_of(field))
    with pytest.raises(ValueError, match="no area"):
        report.area("sports")


def test_extract_many_collects_errors_in_place_on_request():
    texts = ["全年受理行政复议案件12件。", "", "全年办结28件。", "   "]
    results = fazhi.extract_many(texts, threads=2, errors="collect")
    assert len(results) == 4
    assert isinstance(results[0], fazhi.Report) and isinstance(results[2], fazhi.Report)
    assert results[0] == fazhi.extract(texts[0]) and results[2].text == texts[2]
    for i in (1, 3):
        assert isinstance(results[i], fazhi.InvalidInputError)
        assert str(results[i]).startswith(f"texts[{i}]")
    with pytest.raises(fazhi.InvalidInputError, match=r"texts\[1\]"):
        fazhi.extract_many(texts, threads=2)
    with pytest.raises(ValueError, match="errors must be"):
        fazhi.extract_many(texts, errors="ignore")  # type: ignore[call-overload]


def test_the_reporter_is_a_division_of_the_gazetteer_or_none_with_a_reason():
    r = fazhi.extract("紫金县司法局2025年法治政府建设年度报告\n全年受理行政复议案件30件。")
    who = r.meta.reporter
    assert isinstance(who, fazhi.Reporter)
    assert (who.name, who.level, who.code, who.department) == ("紫金县", "county", "441621", "司法局")
    assert who.parents == ["441600", "440000"]
    assert r.meta.jurisdiction == "紫金县司法局" and r.meta.division_code == "441621"
    assert r.meta.to_dict()["reporter"]["code"] == "441621"
    assert pickle.loads(pickle.dumps(who)) == who
    # a fragment before a level word is no place: no reporter, and the reason
    none = fazhi.extract("完成市下达的任务，全年受理行政复议案件30件。")
    assert none.meta.reporter is None and none.meta.jurisdiction is None
    assert "no division" in none.meta.reporter_note


def test_compliance_says_where_the_five_parts_are(report):
    c = report.compliance
    assert isinstance(c, fazhi.Compliance) and c.applies and c.complete
    assert [p.part for p in c.parts] == ["measures", "problems", "leadership", "plans", "other"]
    assert [p.coverage for p in c.parts] == ["section", "section", "passage", "section", "missing"]
    leaders = c.part("leadership")
    assert leaders.section == "1.1.1" and leaders.span is not None
    assert c.causes is None and c.plan_years == [2025]
    with pytest.raises(KeyError, match="none of"):
        c.part("budget")
    rules = [f.rule for f in report.findings if f.rule.startswith("report.")]
    assert rules == ["report.causes_missing"]
    assert report.to_dict()["compliance"]["parts"][2]["coverage"] == "passage"
    assert pickle.loads(pickle.dumps(c)) == c
