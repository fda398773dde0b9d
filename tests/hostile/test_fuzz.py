"""Fuzz the loaders and the formula parser: nothing but the library's own errors comes out.

A short run is part of ``make test``; ``make soak`` sets ``EMULATION_SOAK=1`` for a long
one. Each loader fuzz breaks one file of the corpus's valid base workspace, either as
TOML data (a value replaced, a key removed or added) or as text (characters changed),
then opens the workspace and, when it opens, scores and ranks every campaign: opening may
only raise an ``EmulationError`` whose problems point inside the file, and a workspace that
opens must score.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
import tomli
import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.hostile.base_workspace import BASE, CRITERIA, FILES, write_base

from emulation_core import EmulationError, Formula, FormulaError, PluginRegistry, Workspace

SOAK = bool(os.environ.get("EMULATION_SOAK"))
FUZZ = settings(max_examples=3_000 if SOAK else 30, deadline=None, derandomize=not SOAK,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
REGISTRY = PluginRegistry(allowed="htx,nha-bao")

# Strings the readers give meaning to, so that random values reach past the type checks.
MEANINGFUL = ["hoi-a", "hoi-b", "hoi-z", "1", "1.1", "1.3", "2.2", "9.9", "members", "plan",
              "late", "target", "judged", "yes_no", "adjustment", "formula", "relative",
              "excellent", "good", "total", "percent", "year_end", "submitted", "verified",
              "locked", "draft", "0.01", "0.5", "-1", "bonus", "deductions", "section:1",
              "members * 2", "", "../x", "con", "Hội"]

Path_ = tuple[str | int, ...]


def toml_values(numbers: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    leaves = st.one_of(
        st.booleans(), numbers, st.sampled_from(MEANINGFUL), st.text(max_size=12),
        st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
        st.datetimes(min_value=dt.datetime(1900, 1, 1), max_value=dt.datetime(2100, 1, 1)),
    )
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=3)
                        | st.dictionaries(st.sampled_from(MEANINGFUL[:12]) | st.text(
                            min_size=1, max_size=8), inner, max_size=3), max_leaves=8)


TAME_NUMBERS = st.one_of(st.integers(-10**6, 10**6), st.floats(-1e6, 1e6),
                         st.sampled_from([float("nan"), float("inf"), -float("inf"), -0.0]))
EXTREME_NUMBERS = st.one_of(st.integers(-10**4000, 10**4000), st.floats(),
                            st.sampled_from(["1e999999", "1e-30", "-1e30", "1E+400"]))


def paths(node: Any, prefix: Path_ = ()) -> list[Path_]:
    """Every key and index path in a TOML document, the root included."""
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += paths(value, (*prefix, index))
    return found


def set_at(doc: Any, path: Path_, value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return doc


def delete_at(doc: Any, path: Path_) -> Any:
    if not path:
        return {}
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    del parent[path[-1]]
    return doc


@st.composite
def data_edits(draw: st.DrawFn, numbers: st.SearchStrategy[Any],
               files: tuple[str, ...] = FILES) -> tuple[str, str]:
    """A file and its new text: the base's data with one value replaced, removed or added."""
    file = draw(st.sampled_from(files))
    doc = tomli.loads(BASE[file])
    path = draw(st.sampled_from(paths(doc)))
    action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
    if action == "delete":
        doc = delete_at(doc, path)
    elif action == "add" and isinstance(target := _at(doc, path), dict):
        target[draw(st.sampled_from(MEANINGFUL[:12]) | st.text(min_size=1, max_size=8))] = \
            draw(toml_values(numbers))
    else:
        doc = set_at(doc, path, draw(toml_values(numbers)))
    if not isinstance(doc, dict):
        doc = {"value": doc}
    return file, tomli_w.dumps(doc)


def _at(doc: Any, path: Path_) -> Any:
    for part in path:
        doc = doc[part]
    return doc


SYMBOLS = [*'[]{}"\'=.,#\n\\ -+0123456789abcxyz_:', "ộ", "\t", "\r\n", '"""', "\x00"]


@st.composite
def text_edits(draw: st.DrawFn) -> tuple[str, str]:
    """A file and its new text: a few characters inserted, removed or replaced."""
    file = draw(st.sampled_from(FILES))
    text = BASE[file]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 3))
        insert = draw(st.lists(st.sampled_from(SYMBOLS), max_size=3))
        text = text[:at] + "".join(insert) + text[at + cut:]
    return file, text


def open_score_rank(file: str, text: str) -> None:
    """Open the base with ``file`` replaced by ``text``; check what comes out."""
    folder = Path(tempfile.mkdtemp(prefix="emulation-fuzz-"))
    try:
        root = folder / "ws"
        write_base(root)
        (root / file).write_text(text, encoding="utf-8")
        try:
            ws = Workspace.open(root, registry=REGISTRY)
        except EmulationError as exc:
            lines = text.count("\n") + 2
            for problem in getattr(exc, "problems", ()):
                assert problem.file and problem.message
                assert problem.line is None or 1 <= problem.line <= lines, problem
            return
        with ws:
            for campaign in ws.campaigns:
                board = ws.scoreboard(campaign)
                for entry in board.ranking:
                    board.breakdown(entry.score.member.id)
    finally:
        shutil.rmtree(folder)


@pytest.mark.parametrize("file", FILES)
def test_fuzz_loaders_with_changed_data(file: str) -> None:
    @FUZZ
    @given(data_edits(TAME_NUMBERS, files=(file,)))
    def fuzz(edit: tuple[str, str]) -> None:
        open_score_rank(*edit)

    fuzz()


@FUZZ
@given(text_edits())
def test_fuzz_loaders_with_changed_text(edit: tuple[str, str]) -> None:
    open_score_rank(*edit)


@FUZZ
@given(data_edits(EXTREME_NUMBERS))
def test_fuzz_loaders_with_extreme_numbers(edit: tuple[str, str]) -> None:
    open_score_rank(*edit)


# -- the formula language ---------------------------------------------------------------------

TOKENS = ["a", "b", "target(a)", "target(", "min(", "max(", "abs(", "(", ")", ",", "+", "-",
          "*", "/", "%", "**", "<", "<=", ">", "==", "!=", " and ", " or ", " not ", " if ",
          " else ", "0", "1", "2.5", "1e308", "10", "1e-300", "_x", "__import__", "lambda x: x",
          "[1]", "{}", "'s'", "a.b", "a[0]", "f(x)", "1j", "True", "None", ";", "\n", "@",
          " is ", " in ", " not in ", " is not ", "best(a)", "worst(", "best_ratio(a)",
          "members()", "9**9", "**-1"]


def formulas(tokens: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(tokens), min_size=1, max_size=25).map("".join) \
        | st.text(max_size=40)


def check_formula(source: str, a: Decimal, b: Decimal) -> None:
    try:
        formula = Formula(source)
    except FormulaError:
        return
    assert isinstance(formula.evaluate({"a": a, "b": b}, {"a": b}), Fraction)


DECIMALS = st.decimals(allow_nan=False, allow_infinity=False, min_value=-10**9,
                       max_value=10**9, places=3)


@FUZZ
@given(formulas(TOKENS), DECIMALS, DECIMALS)
def test_fuzz_formula_parser(source: str, a: Decimal, b: Decimal) -> None:
    check_formula(source, a, b)


@FUZZ
@given(data_edits(TAME_NUMBERS, files=(CRITERIA,)),
       st.sampled_from(["members * 2", "min(members, 6)", "target(members)",
                        "members if plan else 0", "abs(late - 3) ** 2", "members / 0"]))
def test_fuzz_formula_criteria(edit: tuple[str, str], expression: str) -> None:
    """A formula criterion in a fuzzed table: reads, scores, or is refused with a problem."""
    file, text = edit
    text = text.replace('kind = "yes_no"', f'kind = "formula"\nexpression = "{expression}"')
    open_score_rank(file, text)

