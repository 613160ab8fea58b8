"""The README's code, run: it cannot say what the program does not do.

Its Rust block is a doc test of the crate (`RepositoryReadmeDoctests`); this runs the rest.

* Python blocks run as written, in order, in a folder that holds `reports/` (the bundled report
  as UTF-8 and as GB18030, and a saved page) and `examples/` (the repository's). A line
  `expression  # value` whose comment starts with a Python value (`Decimal('291')`, `True`,
  `'291'`, `<Label …>`) must show that value: the comment is the expression's repr, then
  optionally a remark.
* Shell lines that call the tool (`fazhi …`, or `cargo run … -- …`, the same program) run it as
  `python -m fazhi` in that folder and must succeed (a `check --strict` may exit 1: its comment
  says so), and what they promise to write (`--out DIR`, `--html DIR`, `> FILE`) must be there.
  Every other shell line is a build step that a target of the Makefile runs itself: the line is
  paired with the recipe line that does it, and the test fails on a line with no pair.
* The text blocks that show output (the summary, SDMX-CSV) hold only lines the program prints.
"""

from __future__ import annotations

import pathlib
import re
import shlex
import subprocess
import sys

import pytest

import fazhi

ROOT = pathlib.Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")

# build steps of the README and where the Makefile (or CI) does them
BUILD_STEPS = {
    "make test": (CI, "make test"),
    "make c-lib": (MAKEFILE, "c-test: c-lib"),
    "make install PREFIX=": (MAKEFILE, "$(MAKE) install PREFIX="),
    "cc -std=c11 -Itarget/capi/include examples/facts_csv.c": (MAKEFILE, "examples/facts_csv.c -L$(CAPI)/lib -lfazhi"),
    "./facts_csv examples/data/shuozhou-2024.txt": (MAKEFILE, "$(CAPI)/facts_csv $(FIXTURE)"),
    "pip install ./py": (MAKEFILE, "pip install -q --force-reinstall --no-deps ./py"),
}


def blocks(kind: str) -> list[tuple[int, list[str]]]:
    """The README's fenced blocks of `kind`: (line of the fence, lines)."""
    out = []
    lines = README.splitlines()
    i = 0
    while i < len(lines):
        if lines[i].startswith("```") and lines[i][3:].strip() == kind:
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            out.append((i + 1, lines[i + 1 : j]))
            i = j
        i += 1
    return out


def commands(block: list[str]) -> list[str]:
    """The commands of a shell block: continuations joined, comments dropped."""
    out, pending = [], ""
    for line in block:
        code = line.split(" #", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if not code:
            continue
        if code.endswith("\\"):
            pending += code[:-1] + " "
            continue
        out.append((pending + code).strip())
        pending = ""
    return out


def comment_of(line: str) -> str:
    return line.split(" #", 1)[1].strip() if " #" in line else ""


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> pathlib.Path:
    """A folder of reports as the README's commands expect one."""
    work = tmp_path_factory.mktemp("readme")
    text = (ROOT / "examples" / "data" / "shuozhou-2024.txt").read_text(encoding="utf-8")
    reports = work / "reports" / "2024"
    reports.mkdir(parents=True)
    (reports / "shuozhou-2024.txt").write_text(text, encoding="utf-8")
    (work / "reports" / "shuozhou-gb18030.txt").write_bytes(text.encode("gb18030"))
    page = "<html><head><meta charset='utf-8'><title>朔州市2024年法治政府建设年度报告</title></head><body>"
    page += "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip()) + "</body></html>"
    (work / "reports" / "shuozhou-page.html").write_text(page, encoding="utf-8")
    (work / "known.csv").write_text("file,jurisdiction,year\nshuozhou-gb18030.txt,朔州市,2024\n", encoding="utf-8")
    (work / "examples").symlink_to(ROOT / "examples")
    return work


def test_every_shell_line_runs_or_is_a_build_step_the_makefile_runs(workdir):
    ran = 0
    for line_no, block in blocks("sh"):
        for command in commands(block):
            tool = re.match(r"(?:fazhi|cargo run (?:--release )?-p fazhi --features cli --)\s*(.*)$", command)
            if not tool:
                step = next((s for s in BUILD_STEPS if command.startswith(s)), None)
                assert step, f"README line {line_no}: {command!r} is neither the tool nor a build step the Makefile runs"
                where, recipe = BUILD_STEPS[step]
                assert recipe in where, f"README line {line_no}: {command!r}: the Makefile no longer does it ({recipe!r})"
                continue
            rest = tool.group(1)
            redirect = None
            if ">" in rest:
                rest, redirect = (part.strip() for part in rest.split(">", 1))
            args = shlex.split(rest)
            run = subprocess.run(
                [sys.executable, "-m", "fazhi", *args],
                cwd=workdir, capture_output=True, timeout=600,
            )
            line = next(l for l in block if l.startswith(command.split()[0]) and rest.split(" ")[0] in l)
            allowed = {0, 1} if "exit 1" in comment_of(line) else {0}
            assert run.returncode in allowed, f"README line {line_no}: {command!r} exited {run.returncode}: {run.stderr.decode()[-800:]}"
            if redirect:
                (workdir / redirect).write_bytes(run.stdout)
                assert run.stdout.strip(), f"{command!r} printed nothing"
            if "--out" in args:
                out = workdir / args[args.index("--out") + 1]
                assert any(out.iterdir()), f"{command!r} wrote nothing to {out}"
                if "--format" in args:
                    assert (out / f"facts.{args[args.index('--format') + 1]}").exists(), f"{command!r}: no facts table"
            if "--html" in args:
                assert (workdir / args[args.index("--html") + 1] / "index.html").exists()
            if "-o" in args:
                assert (workdir / args[args.index("-o") + 1]).stat().st_size > 0
            ran += 1
    assert ran >= 7


def test_every_python_block_runs_and_shows_what_its_comments_say(workdir, monkeypatch):
    monkeypatch.chdir(workdir)
    checked = 0
    for line_no, block in blocks("python"):
        namespace: dict[str, object] = {}
        for k, line in enumerate(block):
            code = line.split("  #", 1)[0].rstrip()
            if not code:
                continue
            shown = comment_of(line)
            try:
                expression = compile(code, "README", "eval")
            except SyntaxError:
                exec(compile(code, f"README line {line_no + k + 1}", "exec"), namespace)
                continue
            value = eval(expression, namespace)
            if re.match(r"(Decimal\(|True\b|False\b|None\b|'|\"|<[A-Z]|-?\d)", shown):
                assert shown.startswith(repr(value)), f"README line {line_no + k + 1}: {code} shows {repr(value)}, not {shown}"
                checked += 1
    assert checked >= 6


def test_the_sdmx_excerpt_is_what_the_writer_prints(report):
    written = report.to_sdmx_csv().splitlines()
    excerpts = [b for _, b in blocks("text") if b and b[0].startswith("STRUCTURE,")]
    assert excerpts, "the README shows an SDMX-CSV excerpt"
    for line in excerpts[0]:
        assert line in written, f"the README shows a row the writer does not print: {line}"


def test_the_summary_excerpt_is_what_the_tool_prints():
    run = subprocess.run([sys.executable, "-m", "fazhi", "summary"], capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr.decode()
    printed = run.stdout.decode("utf-8")
    excerpt = next(b for _, b in blocks("text") if b and "year 2024" in b[0])
    for line in excerpt:
        if line.strip() and line.strip() != "…":
            assert line in printed, f"the README shows a line the summary does not print: {line}"
