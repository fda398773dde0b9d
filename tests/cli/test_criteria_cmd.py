"""`emulation criteria export / import / template`: the sample's table round-trips through
XLSX unchanged; a changed table is saved with the change log showing it; a bad workbook
exits 2 naming the cell, with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from emulation_core import Workspace
from emulation_core.audit import read_chain
from emulation_core.criteria_xlsx import CRITERIA_SHEET

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def exported(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    out = tmp_path / "bang.xlsx"
    code, said, _ = run(["criteria", "export", str(ws), "-c", C, "-o", str(out)], capsys)
    assert code == 0 and str(out) in said
    return out


def exported_with(ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str,
                  column: str, value: str) -> tuple[Path, int]:
    """The table exported with ``value`` typed in ``column`` of criterion ``code``'s row:
    the file and that row."""
    out = exported(ws, tmp_path, capsys)
    book = load_workbook(out)
    sheet = book[CRITERIA_SHEET]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == code)
    sheet[f"{column}{row}"] = value
    book.save(out)
    return out, row


def test_the_sample_table_exports_and_imports_back_unchanged(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = exported(ws, tmp_path, capsys)
    before = snapshot(ws)
    code, said, err = run(["criteria", "import", str(ws), "-c", C, str(out), *AS], capsys)
    assert code == 0, err
    assert "nothing changed" in said and "2.1" in said  # the table is shown
    assert snapshot(ws) == before


def test_a_changed_table_is_saved_and_logged(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = exported_with(ws, tmp_path, capsys, "3.1", "C", "Ban hành kế hoạch thi đua năm")
    code, said, err = run(["criteria", "import", str(ws), "-c", C, str(out), *AS], capsys)
    assert code == 0, err
    assert "Ban hành kế hoạch thi đua năm" in said
    with Workspace.open(ws) as opened:
        assert opened.campaign(C).table.find("3.1").title == "Ban hành kế hoạch thi đua năm"
    last = read_chain(ws)[0][-1]
    assert last.change.code == "3.1" and last.by.name == "Nguyễn Văn An"


def test_check_shows_the_change_and_saves_nothing(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = exported_with(ws, tmp_path, capsys, "3.1", "C", "Tiêu đề mới")
    before = snapshot(ws)
    code, said, _ = run(["criteria", "import", str(ws), "-c", C, str(out), "--check"], capsys)
    assert code == 0 and "Tiêu đề mới" in said and "nothing saved" in said
    assert snapshot(ws) == before


def test_a_bad_workbook_exits_2_naming_each_cell_and_changes_nothing(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, row = exported_with(ws, tmp_path, capsys, "2.3", "E", "mười")
    before = snapshot(ws)
    code, _, err = run(["criteria", "import", str(ws), "-c", C, str(out), *AS], capsys)
    assert code == 2
    assert f"{out}: {CRITERIA_SHEET}!E{row}: 'mười' is not a number" in err
    assert "nothing was changed" in err
    assert snapshot(ws) == before


def test_a_hostile_file_exits_2(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bomb = Path(__file__).parents[1] / "xlsx" / "hostile" / "zip-bomb.xlsx"
    code, _, err = run(["criteria", "import", str(ws), "-c", C, str(bomb), *AS], capsys)
    assert code == 2 and "zip bomb" in err


@pytest.mark.parametrize("given", ["/dev/null", "missing/bang.xlsx"])
def test_a_refused_file_is_named_by_the_path_given(
        ws: Path, capsys: pytest.CaptureFixture[str], given: str) -> None:
    code, _, err = run(["criteria", "import", str(ws), "-c", C, given, *AS], capsys)
    assert code == 2
    assert err.startswith(f"error: {given}: ")


def test_the_template_is_written_and_checks_clean(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mau.xlsx"
    assert run(["criteria", "template", "-o", str(out)], capsys)[0] == 0
    code, said, err = run(["criteria", "import", str(ws), "-c", C, str(out), "--check"],
                          capsys)
    assert code == 0, err
    assert "new_members" in said
