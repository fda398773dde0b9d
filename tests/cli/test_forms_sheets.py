"""Member forms with sheets a unit added or hid: an added sheet (visible or hidden) is
refused, naming it, since nothing on it would be read; a form sheet hidden is read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from emulation_core import Workspace, sample_workspace_path

from .clitools import run, snapshot

C = "2018-ca-nam"
MEMBER = "hoi-nha-bao"
AS = ["--as", "member:Hội Nhà báo"]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.delenv("EMULATION_LANG", raising=False)


@pytest.fixture
def form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    with Workspace.open(root, writable=True):
        pass
    out = tmp_path / "out"
    out.mkdir()
    assert run(["forms", "make", str(root), "-c", C, "--out", str(out)], capsys)[0] == 0
    return root, out / f"{C}__{MEMBER}.xlsx"


def set_new_members(path: Path, value: object) -> None:
    book = load_workbook(path)
    sheet = book["Số liệu"]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == "new_members")
    sheet[f"E{row}"] = value
    book.save(path)


@pytest.mark.parametrize("hidden", [False, True])
def test_a_sheet_added_is_refused_naming_it(form: tuple[Path, Path],
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch,
                                            hidden: bool) -> None:
    root, path = form
    set_new_members(path, 77)
    book = load_workbook(path)
    notes = book.create_sheet("Ghi chú")
    notes["A1"], notes["B1"] = "new_members", 999
    if hidden:
        notes.sheet_state = "hidden"
    book.save(path)
    before = snapshot(root)
    code, out, err = run(["forms", "import", str(root), str(path), "-c", C, "--yes", *AS],
                         capsys)
    assert code == 2 and out == ""
    assert f"{path}: Ghi chú: sheet 'Ghi chú' is not part of the form" in err
    assert "delete it" in err and snapshot(root) == before
    monkeypatch.setenv("EMULATION_LANG", "vi")
    code, _, err = run(["forms", "import", str(root), str(path), "-c", C, "--yes", *AS],
                       capsys)
    assert code == 2 and "trang 'Ghi chú' không thuộc biểu mẫu" in err


def test_a_form_sheet_hidden_is_read_as_usual(form: tuple[Path, Path],
                                             capsys: pytest.CaptureFixture[str]) -> None:
    root, path = form
    set_new_members(path, "1.234")
    book = load_workbook(path)
    book["Điểm"].sheet_state = "hidden"
    book.save(path)
    code, out, err = run(["forms", "import", str(root), str(path), "-c", C, "--yes", *AS],
                         capsys)
    assert code == 0, err
    assert f"{C}/{MEMBER}/new_members:" in out and "→ 1234" in out
    with Workspace.open(root) as ws:
        assert ws.submissions(C)[MEMBER].values["new_members"] == 1234


def test_a_sheet_renamed_is_named_once(form: tuple[Path, Path],
                                       capsys: pytest.CaptureFixture[str]) -> None:
    root, path = form
    book = load_workbook(path)
    book["Số liệu"].title = "Data"
    book.save(path)
    code, _, err = run(["forms", "import", str(root), str(path), "-c", C, "--yes", *AS],
                       capsys)
    assert code == 2 and "not part of the form" not in err and "Số liệu" in err
