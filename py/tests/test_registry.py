"""Your own concepts: a registry file read with the built-in one, in every entry point."""

from __future__ import annotations

import pathlib

import pytest

import fazhi

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "registry.toml"
TEXT = "一、安全生产\n全市开展安全生产执法检查1520家次，整改隐患326处，受理行政复议案件30件。"


@pytest.fixture(scope="module")
def registry() -> fazhi.Registry:
    return fazhi.Registry.load(EXAMPLE)


def test_the_example_file_loads_after_the_built_in_concepts(registry):
    built_in = fazhi.Registry()
    assert len(registry) == len(built_in) + 2 == len(fazhi.concepts()) + 2
    assert [c.id for c in registry.user_concepts] == [
        "enforcement.work_safety_inspections",
        "enforcement.work_safety_hazards_rectified",
    ]
    assert "enforcement.work_safety_inspections" in registry
    assert "enforcement.work_safety_inspections" not in built_in
    assert [c.id for c in fazhi.concepts(registry)][-1] == "enforcement.work_safety_hazards_rectified"
    assert fazhi.Registry.load(str(EXAMPLE)) == registry != built_in
    assert "yours: [enforcement.work_safety_inspections" in repr(registry)


def test_facts_tables_and_panels_name_your_concepts(registry, tmp_path):
    report = fazhi.extract(TEXT, registry=registry)
    concepts = [f.concept for f in report.facts]
    assert concepts == [
        "enforcement.work_safety_inspections",
        "enforcement.work_safety_hazards_rectified",
        "dispute_resolution.reconsideration.accepted",
    ]
    fact = report.fact("enforcement.work_safety_hazards_rectified")
    assert fact.evidence.act.text == "整改" and fact.evidence.domain_id == "work_safety"
    # without the registry: the built-in inspections (yours is more specific: it names the
    # domain), no concept for the hazards, the reconsideration cases the same
    plain = fazhi.extract(TEXT)
    assert [f.concept for f in plain.facts] == ["enforcement.inspections", None, concepts[2]]
    # many texts, and files
    many = fazhi.extract_many([TEXT, TEXT], registry=registry, threads=2)
    assert all(r.facts[0].concept == concepts[0] for r in many)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (result,) = fazhi.extract_files(tmp_path, registry=registry, progress=False)
    assert result.report.facts[1].concept == concepts[1]
    # the facts table labels them like built-in ones, and a report's JSON reads back
    rows = fazhi.frame([report], "facts").to_dict("records")
    assert rows[0]["concept_zh"] == "安全生产执法检查"
    panel = fazhi.panel([report], concepts=["enforcement.work_safety_inspections"])
    assert list(panel.columns) == [("enforcement.work_safety_inspections", "家次")]
    assert str(panel.iloc[0, 0]) == "1520"
    assert fazhi.Report.from_json(report.to_json()) == report


def test_errors_say_what_and_where(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[concept]]\nid = "weather.rain"\n', encoding="utf-8")
    with pytest.raises(fazhi.InvalidInputError, match=r"bad\.toml: concept `weather\.rain`: unknown area"):
        fazhi.Registry.load(bad)
    with pytest.raises(fazhi.InvalidInputError, match="line 1"):
        fazhi.Registry.from_toml("[[concept]\n")
    with pytest.raises(fazhi.InvalidInputError, match="built in"):
        fazhi.Registry().extend(
            '[[concept]]\nid = "legal_aid.cases"\nzh = ""\nen = ""\nkind = "count"\nunit = "件"\nthings = ["案件"]\n'
        )
    with pytest.raises(TypeError, match="registry must be a fazhi.Registry, not str"):
        fazhi.extract(TEXT, registry="examples/registry.toml")  # type: ignore[arg-type]
