"""Scorers' XLSX forms made and imported like member forms: every scorer's form at once,
protected with validated input cells and printed on A4; several forms imported, each whole
or not at all; importing the same form twice changes nothing; wrong rows named."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from emulation_core import Workspace, read_chain
from emulation_core.crossforms import FIRST_ROW, scorer_form_name

from .clitools import run, snapshot
from .test_cross_forms import fill

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]


def scorers(ws: Path) -> list[str]:
    with Workspace.open(ws) as opened:
        return list(opened.cross_scoring(C).assigned)


def test_every_scorers_form_at_once_is_protected_and_printable(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "phieu"
    out.mkdir()
    code, said, err = run(["cross", "form", str(ws), "-c", C, "--out", str(out), *AS], capsys)
    assert code == 0, err
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(scorer_form_name(C, s) for s in scorers(ws))
    assert f"{len(names)} scorers' forms written" in said
    book = load_workbook(out / scorer_form_name(C, "hoi-vhnt"))
    sheet = book.worksheets[0]
    assert sheet["B2"].value == "hoi-vhnt" and book.security.lockStructure
    assert sheet.protection.sheet and sheet.page_setup.paperSize == 9
    assert sheet.print_title_rows == f"$1:${FIRST_ROW - 1}" and sheet.freeze_panes == "A6"
    rows = range(FIRST_ROW, sheet.max_row + 1)
    assert rows and all(not sheet.cell(r, c).protection.locked for r in rows for c in (7, 8))
    assert all(sheet.cell(r, c).protection.locked for r in rows for c in (1, 3, 5))
    validated = {str(cell) for dv in sheet.data_validations.dataValidation for cell in dv.sqref}
    assert {f"G{r}" for r in rows} <= validated
    tops = {str(sheet.cell(r, 5).value) for r in rows}
    assert {dv.formula2 for dv in sheet.data_validations.dataValidation} == tops
    code, _, err = run(["cross", "form", str(ws), "-c", C, "-o", str(tmp_path / "x.xlsx"),
                        *AS], capsys)
    assert code == 2 and "-s SCORER" in err
    code, _, err = run(["cross", "form", str(ws), "-c", C, "-s", "hoi-vhnt", *AS], capsys)
    assert code == 2 and "-o FILE.xlsx" in err
    code, _, err = run(["cross", "form", str(ws), "-c", C, "--out", str(tmp_path / "no"),
                        *AS], capsys)
    assert code == 2 and "no such folder" in err


def test_several_forms_each_whole_or_not_at_all(ws: Path, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "phieu"
    out.mkdir()
    assert run(["cross", "form", str(ws), "-c", C, "--out", str(out), *AS], capsys)[0] == 0
    good, wrong, other = (out / scorer_form_name(C, s) for s in scorers(ws)[:3])
    fill(good, {0: 1})
    fill(wrong, {0: 1, 1: 99})  # 99 is over the maximum
    fill(other, {0: "1,5"}, {1: "vắng mặt khi kiểm tra"})
    sheet = load_workbook(wrong).worksheets[0]
    key = (scorers(ws)[1], sheet.cell(FIRST_ROW, 1).value, sheet.cell(FIRST_ROW, 3).value)
    with Workspace.open(ws) as opened:
        prior = opened.cross_scoring(C).current().get(key)
    code, said, err = run(["cross", "import", str(ws), "-c", C, str(good), str(wrong),
                           str(other), *AS], capsys)
    assert code == 2
    assert f"error: {wrong.name}: G{FIRST_ROW + 1}:" in err
    assert "1 of 3 forms refused" in err
    assert f"1 rows entered from {good.name}" in said and f"2 rows entered from {other.name}" \
        in said
    with Workspace.open(ws) as opened:
        assert opened.cross_scoring(C).current().get(key) == prior  # nothing of the wrong form


def test_the_same_form_twice_changes_nothing(ws: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "phieu.xlsx"
    assert run(["cross", "form", str(ws), "-c", C, "-s", "hoi-vhnt", "-o", str(form), *AS],
               capsys)[0] == 0
    fill(form, {0: 2.5, 1: 3})
    assert run(["cross", "import", str(ws), "-c", C, str(form), *AS], capsys)[0] == 0
    entries = len(read_chain(ws)[0])
    before = snapshot(ws)
    code, said, _ = run(["cross", "import", str(ws), "-c", C, str(form), *AS], capsys)
    assert code == 0 and "0 rows entered" in said
    assert len(read_chain(ws)[0]) == entries and snapshot(ws) == before
    fresh = tmp_path / "again.xlsx"  # a new form shows what is on record, so it too is a no-op
    assert run(["cross", "form", str(ws), "-c", C, "-s", "hoi-vhnt", "-o", str(fresh), *AS],
               capsys)[0] == 0
    assert "0 rows entered" in run(["cross", "import", str(ws), "-c", C, str(fresh), *AS],
                                   capsys)[1]


def test_wrong_forms_are_named_by_file_and_row(ws: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "phieu.xlsx"
    assert run(["cross", "form", str(ws), "-c", C, "-s", "hoi-vhnt", "-o", str(form), *AS],
               capsys)[0] == 0
    before = snapshot(ws)
    fill(form, {0: 2.5}, {0: "không đủ hồ sơ"})
    code, _, err = run(["cross", "import", str(ws), "-c", C, str(form), *AS], capsys)
    assert code == 2 and f"phieu.xlsx: G{FIRST_ROW}: both points and a reason" in err
    fill(form, {0: 99})
    code, _, err = run(["cross", "import", str(ws), "-c", C, str(form), *AS], capsys)
    assert code == 2 and f"phieu.xlsx: G{FIRST_ROW}:" in err  # one row: still named
    book = load_workbook(form)
    book.worksheets[0]["B2"] = "ngoai-khoi"
    book.save(form)
    code, _, err = run(["cross", "import", str(ws), "-c", C, str(form), *AS], capsys)
    assert code == 2 and "phieu.xlsx: B2: 'ngoai-khoi' is not a scorer" in err
    assert snapshot(ws) == before


def test_the_form_speaks_the_chosen_language_and_imports_the_same(
        ws: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Headings, title, criteria's titles and the validation message follow --lang (else
    $EMULATION_LANG, else Vietnamese); the cells read back are the same in both."""
    def made(name: str, *lang: str) -> Path:
        form = tmp_path / name
        code, _, err = run(["cross", "form", str(ws), "-c", C, "-s", "hoi-vhnt", "-o",
                            str(form), *lang, *AS], capsys)
        assert code == 0, err
        return form

    english, vietnamese = made("en.xlsx", "--lang", "en"), made("vi.xlsx")
    monkeypatch.setenv("EMULATION_LANG", "en")
    from_environment = made("env.xlsx")
    sheets = [load_workbook(f).worksheets[0] for f in (english, vietnamese, from_environment)]
    en, vi, env = sheets
    heads = [c.value for c in en[FIRST_ROW - 1]]
    assert heads == ["Unit id", "Unit scored", "Criterion", "Description", "Maximum", "Step",
                     "Points", "Reason for abstaining"]
    assert [c.value for c in vi[FIRST_ROW - 1]][-2:] == ["Điểm chấm", "Lý do không chấm"]
    assert [c.value for c in env[FIRST_ROW - 1]] == heads
    assert str(en["A1"].value).startswith("Cross-scoring form — ")
    assert (en["A2"].value, en["A3"].value, vi["A2"].value) == ("Scorer", "Campaign",
                                                               "Đơn vị chấm")
    assert en.title == "Cross-scoring" and vi.title == "Chấm chéo"
    titles = {en.cell(r, 3).value: en.cell(r, 4).value for r in range(FIRST_ROW, en.max_row + 1)}
    assert titles["2.3"] == "Internal inspection"
    assert {vi.cell(r, 4).value for r in range(FIRST_ROW, vi.max_row + 1)} >= {
        "Kiểm tra, giám sát nội bộ"}
    said = {dv.error for dv in en.data_validations.dataValidation}
    assert said and all(e.startswith("From 0 to ") for e in said)
    same = [[en.cell(r, c).value for c in (1, 2, 3, 5, 6, 7, 8)] for r in range(1, en.max_row + 1)
            if r >= FIRST_ROW]
    assert same == [[vi.cell(r, c).value for c in (1, 2, 3, 5, 6, 7, 8)]
                    for r in range(FIRST_ROW, vi.max_row + 1)]
    assert (en["B2"].value, en["B3"].value) == (vi["B2"].value, vi["B3"].value)
    fill(english, {0: 1})
    code, out, err = run(["cross", "import", str(ws), "-c", C, str(english), *AS], capsys)
    assert code == 0, err
    assert "1 rows entered from en.xlsx" in out
