"""The benchmarks are not run by the suite (they print figures, docs/performance.md), but
each must still import against the library as it is: a name moved in the library breaks
``make bench`` otherwise unseen."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.mark.parametrize("module", sorted(p.stem for p in BENCH.glob("*.py")))
def test_each_benchmark_module_imports(module: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if module == "skcriteria_job":  # the reference side: the `bench` extra only
        pytest.importorskip("skcriteria")
    monkeypatch.syspath_prepend(str(BENCH))
    monkeypatch.setattr(sys, "argv", ["bench"])
    before = set(sys.modules)
    try:
        assert importlib.import_module(module).__doc__
    finally:
        for name in set(sys.modules) - before:
            if name in {p.stem for p in BENCH.glob("*.py")}:
                del sys.modules[name]
