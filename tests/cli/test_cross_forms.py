"""Scorers' XLSX sheets: `emulation cross form` writes one, `cross import` enters it whole,
or nothing when a row is wrong (each named)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from emulation_core import Workspace
from emulation_core.crossforms import FIRST_ROW

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]
SCORER = "hoi-khuyen-hoc"


def fill(form: Path, points: dict[int, object], reasons: dict[int, str] | None = None) -> None:
    book = load_workbook(form)
    sheet = book.worksheets[0]
    for row in range(FIRST_ROW, sheet.max_row + 1):
        sheet.cell(row, 7).value = None
        sheet.cell(row, 8).value = None
    for offset, value in points.items():
        sheet.cell(FIRST_ROW + offset, 7).value = value
    for offset, reason in (reasons or {}).items():
        sheet.cell(FIRST_ROW + offset, 8).value = reason
    book.save(form)


def test_a_form_made_filled_and_imported(ws: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "phieu.xlsx"
    code, _, err = run(["cross", "form", str(ws), "-c", C, "-s", SCORER, "-o", str(form),
                        *AS], capsys)
    assert code == 0, err
    sheet = load_workbook(form).worksheets[0]
    assert sheet["B2"].value == SCORER and sheet["B3"].value == C
    rows = [r for r in sheet.iter_rows(min_row=FIRST_ROW, values_only=True) if r[0]]
    with Workspace.open(ws) as opened:
        scored = opened.cross_scoring(C).assigned[SCORER]
        expected = [(m, code) for m in scored for code in opened.judged_criteria(C, m)]
    assert [(r[0], r[2]) for r in rows] == expected  # every judged criterion it scores
    first_member, first_code = rows[0][0], rows[0][2]
    fill(form, {0: 3.5, 1: "2,5"}, {2: "chưa đủ hồ sơ"})
    code, out, err = run(["cross", "import", str(ws), "-c", C, str(form), *AS], capsys)
    assert code == 0, err
    assert "3 rows entered" in out
    with Workspace.open(ws) as opened:
        entry = opened.cross_scoring(C).current()[(SCORER, first_member, first_code)]
    assert str(entry.points) == "3.5"


def test_a_wrong_row_enters_nothing(ws: Path, tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "phieu.xlsx"
    assert run(["cross", "form", str(ws), "-c", C, "-s", SCORER, "-o", str(form), *AS],
               capsys)[0] == 0
    fill(form, {0: 3.5, 1: 99, 3: 0.3})
    before = snapshot(ws)
    code, _, err = run(["cross", "import", str(ws), "-c", C, str(form), *AS], capsys)
    assert code == 2
    assert f"G{FIRST_ROW + 1}:" in err and f"G{FIRST_ROW + 3}:" in err
    assert snapshot(ws) == before
    (tmp_path / "fake.xlsx").write_text("not a workbook", "utf-8")
    code, _, err = run(["cross", "import", str(ws), "-c", C, str(tmp_path / "fake.xlsx"),
                        *AS], capsys)
    assert code == 2 and f"error: {tmp_path / 'fake.xlsx'}: " in err  # the path given
    assert snapshot(ws) == before
