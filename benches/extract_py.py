"""Times fazhi.extract from Python and extract_many scaling: `python benches/extract_py.py REPORT.txt`.

Compare the per-call time with `cargo bench -p fazhi --bench extract` (shuozhou-2024/extract):
the difference is the cost of the binding (str copy, GIL release, object creation).
"""

from __future__ import annotations

import importlib
import json
import pathlib
import sys
import time

import fazhi


def best_of(fn: object, repeat: int = 5, number: int = 200) -> float:
    """The best mean time per call over `repeat` runs of `number` calls."""
    assert callable(fn)
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            fn()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def main() -> None:
    path = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "examples/data/shuozhou-2024.txt")
    text = path.read_text(encoding="utf-8")
    size = len(text.encode("utf-8"))
    fazhi.extract(text)  # warm up the registry's compiled patterns
    per_call = best_of(lambda: fazhi.extract(text))
    print(f"fazhi.extract: {per_call * 1e6:.1f} us per call, {size / per_call / 1e6:.1f} MB/s ({size} bytes)")
    with_facts = best_of(lambda: fazhi.extract(text).facts, number=100)
    print(f"fazhi.extract(...).facts: {with_facts * 1e6:.1f} us per call (with Python objects for every fact)")
    # reading a report back, against a fast JSON reader making plain dicts of the same JSON
    # (msgspec, when installed), and to_dict against json.loads of to_json
    report = fazhi.extract(text)
    data = report.to_json()
    from_json = best_of(lambda: fazhi.Report.from_json(data))
    try:
        # (imported by name: msgspec is optional, and the type checker need not have it)
        msgspec = importlib.import_module("msgspec")
        decode = best_of(lambda: msgspec.json.decode(data))
        print(
            f"Report.from_json: {from_json * 1e6:.1f} us, msgspec.json.decode to dicts "
            f"{decode * 1e6:.1f} us, ratio {from_json / decode:.2f} ({len(data)} bytes)"
        )
    except ImportError:
        print(f"Report.from_json: {from_json * 1e6:.1f} us (install msgspec to compare)")
    to_dict = best_of(report.to_dict)
    loads = best_of(lambda: json.loads(report.to_json()))
    print(
        f"Report.to_dict: {to_dict * 1e6:.1f} us, json.loads(report.to_json()) "
        f"{loads * 1e6:.1f} us, ratio {to_dict / loads:.2f}"
    )
    batch = [text] * 64
    for threads in (1, 2):
        t = best_of(lambda: fazhi.extract_many(batch, threads=threads), repeat=3, number=5)
        print(f"extract_many(64 reports, threads={threads}): {t * 1e3:.1f} ms, {64 * size / t / 1e6:.1f} MB/s")


if __name__ == "__main__":
    main()
