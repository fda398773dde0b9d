"""A scorer's XLSX form, filled with drawn figures and imported, gives back exactly what
was typed; one wrong cell refuses the whole form, named by its cell, and changes nothing."""

from __future__ import annotations

import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from emulation_core import (
    EmulationError,
    ValidationError,
    Workspace,
    import_scorer_form,
    make_scorer_forms,
    parse_actor,
    sample_workspace_path,
)
from emulation_core.crossforms import FIRST_ROW

C = "2018-ca-nam"
AS = parse_actor("lead:Nguyễn Văn An")
Key = tuple[str, str, str]


def _form(root: Path) -> tuple[Path, str, list[tuple[int, str, str, Decimal, Decimal]]]:
    """The sample copied to ``root``, the first scorer's form, the scorer, and the form's
    rows: (row number, member, code, maximum, step)."""
    shutil.copytree(sample_workspace_path(), root / "ws")
    (root / "forms").mkdir()
    with Workspace.open(root / "ws", writable=True, actor=AS) as ws:
        form = make_scorer_forms(ws, C, root / "forms")[0]
    sheet = load_workbook(form).worksheets[0]
    rows = [(r, str(sheet.cell(r, 1).value), str(sheet.cell(r, 3).value),
             Decimal(str(sheet.cell(r, 5).value)), Decimal(str(sheet.cell(r, 6).value)))
            for r in range(FIRST_ROW, sheet.max_row + 1) if sheet.cell(r, 1).value]
    return form, str(sheet["B2"].value), rows


def _fill(form: Path, cells: dict[int, tuple[object, str]]) -> None:
    book = load_workbook(form)
    sheet = book.worksheets[0]
    for row, (points, reason) in cells.items():
        sheet.cell(row, 7).value = points
        sheet.cell(row, 8).value = reason or None
    book.save(form)


def _current(root: Path) -> dict[Key, tuple[Decimal | None, str]]:
    with Workspace.open(root / "ws") as ws:
        return {key: (entry.points, entry.abstain)
                for key, entry in ws.cross_scoring(C).current().items()}


def _typed(points: Decimal, form: str) -> object:
    """``points`` as a scorer types it: a number cell, or text with a decimal comma."""
    if form == "number":
        return int(points) if points == points.to_integral_value() else float(points)
    return format(points.normalize(), "f").replace(".", ",")


@st.composite
def fillings(draw: st.DrawFn, rows: list[tuple[int, str, str, Decimal, Decimal]]
             ) -> dict[int, tuple[object, str, Decimal | None]]:
    """Per chosen row: the cell as typed, the abstention reason, and the points meant."""
    chosen = draw(st.lists(st.sampled_from(rows), min_size=1, max_size=6,
                           unique_by=lambda row: row[0]))
    filled = {}
    for number, _, _, top, step in chosen:
        if draw(st.booleans()) and draw(st.booleans()):  # a quarter abstain
            filled[number] = (None, draw(st.sampled_from(["vắng mặt", "không rõ minh chứng"])),
                              None)
            continue
        points = step * draw(st.integers(0, int(top / step)))
        filled[number] = (_typed(points, draw(st.sampled_from(["number", "text"]))), "",
                          points)
    return filled


@pytest.mark.filterwarnings("ignore::UserWarning")  # openpyxl on the form's validations
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_a_filled_form_gives_back_what_was_typed(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        form, scorer, rows = _form(root)
        before = _current(root)
        filled = data.draw(fillings(rows))
        _fill(form, {row: (typed, reason) for row, (typed, reason, _) in filled.items()})
        with Workspace.open(root / "ws", writable=True, actor=AS) as ws:
            entered = import_scorer_form(ws, C, form)
        after = _current(root)
        where = {number: (member, code) for number, member, code, _, _ in rows}
        expected = dict(before)
        for number, (_, reason, points) in filled.items():
            expected[(scorer, *where[number])] = (points, reason)
        assert after == expected
        assert entered == sum(before.get(key) != meant for key, meant in expected.items())
        with Workspace.open(root / "ws", writable=True, actor=AS) as ws:
            assert import_scorer_form(ws, C, form) == 0  # the same form again: nothing


@st.composite
def wrong_points(draw: st.DrawFn, top: Decimal, step: Decimal) -> object:
    """A figure the row cannot take: over its maximum, below zero, off its step, or text
    that is no number."""
    kind = draw(st.sampled_from(["over", "negative", "off step", "text"]))
    if kind == "over":
        return float(top + step * draw(st.integers(1, 5)))
    if kind == "negative":
        return -float(step * draw(st.integers(1, 5)))
    if kind == "off step":
        return float(step * draw(st.integers(0, int(top / step) - 1)) + step / 5)
    return draw(st.sampled_from(["ba", "3..5", "1,2,3", "≈2"]))


@pytest.mark.filterwarnings("ignore::UserWarning")
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_one_wrong_cell_refuses_the_whole_form(data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        form, _, rows = _form(root)
        before = _current(root)
        filled = data.draw(fillings(rows))
        number, _, _, top, step = data.draw(st.sampled_from(rows))
        bad = data.draw(wrong_points(top, step))
        cells = {row: (typed, reason) for row, (typed, reason, _) in filled.items()}
        cells[number] = (bad, "")
        _fill(form, cells)
        with Workspace.open(root / "ws", writable=True, actor=AS) as ws, \
                pytest.raises((ValidationError, EmulationError)) as refused:
            import_scorer_form(ws, C, form)
        assert f"{number}" in str(refused.value)  # the wrong row, or its cell, is named
        assert _current(root) == before
