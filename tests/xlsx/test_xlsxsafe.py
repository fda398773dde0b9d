"""Untrusted workbooks: each hostile file is refused with the file named, a reason and a
hint in both languages, before openpyxl parses anything it should not."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import Workbook
from tests.xlsx.hostile_files import FILES, HOSTILE, minimal

from emulation_core.errors import ValidationError
from emulation_core.xlsxsafe import MAX_XLSX_BYTES, open_workbook

EXPECTED = {
    "billion-laughs.xlsx": "xlsx.xml_attack",
    "external-entity.xlsx": "xlsx.xml_attack",
    "laughs-in-sheet.xlsx": "xlsx.xml_attack",
    "zip-bomb.xlsx": "xlsx.bomb",
    "lying-sizes.xlsx": "xlsx.bad_part",
    "many-entries.xlsx": "xlsx.too_many_entries",
    "docx-renamed.xlsx": "xlsx.not_workbook",
    "csv-renamed.xlsx": "xlsx.not_zip",
    "old-excel.xlsx": "xlsx.old_xls",
    "truncated.xlsx": "xlsx.bad_zip",
    "empty.xlsx": "xlsx.empty",
}


def refusal(path: Path) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        open_workbook(path, path.name)
    return caught.value


def test_the_kept_hostile_files_are_what_the_script_makes() -> None:
    assert sorted(p.name for p in HOSTILE.iterdir()) == sorted(FILES)
    for name, make in FILES.items():
        assert (HOSTILE / name).read_bytes() == make(), name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_hostile_file_is_refused_with_its_reason(name: str) -> None:
    (problem,) = refusal(HOSTILE / name).problems
    assert problem.key == EXPECTED[name]
    assert problem.file == name
    assert problem.hint and problem.hint_text("vi") != problem.hint
    assert problem.message_text("vi") != problem.message


def test_the_minimal_workbook_they_derive_from_opens(tmp_path: Path) -> None:
    path = tmp_path / "ok.xlsx"
    path.write_bytes(minimal())
    assert open_workbook(path, "ok.xlsx")["Sheet"]["A1"].value == "x"


def test_openpyxl_parses_with_defusedxml() -> None:
    from openpyxl.xml import DEFUSEDXML
    assert DEFUSEDXML


def test_a_link_a_pipe_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.xlsx"
    real.write_bytes(minimal())
    link = tmp_path / "link.xlsx"
    link.symlink_to(real)
    pipe = tmp_path / "pipe.xlsx"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.xlsx"
    folder.mkdir()
    assert refusal(link).problems[0].key == "xlsx.link"
    assert refusal(pipe).problems[0].key == "xlsx.not_regular"  # and it did not hang
    assert refusal(folder).problems[0].key == "xlsx.not_regular"
    assert refusal(tmp_path / "none.xlsx").problems[0].key == "xlsx.missing"


def test_an_oversized_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.xlsx"
    with big.open("wb") as out:
        out.truncate(MAX_XLSX_BYTES + 1)  # sparse: costs no disk
    assert refusal(big).problems[0].key == "xlsx.too_large"


def test_a_workbook_saved_by_openpyxl_opens_with_its_formulas_kept(tmp_path: Path) -> None:
    book = Workbook()
    book.active["A1"] = 2
    book.active["A2"] = "=A1*2"
    book.save(tmp_path / "f.xlsx")
    sheet = open_workbook(tmp_path / "f.xlsx", "f.xlsx").active
    assert sheet["A2"].data_type == "f"


@pytest.mark.parametrize("name", ["billion-laughs.xlsx", "external-entity.xlsx",
                                  "laughs-in-sheet.xlsx"])
def test_openpyxl_itself_refuses_the_entities_behind_the_doctype_check(name: str) -> None:
    """The second line of defence: the parsers openpyxl uses here (defusedxml, or lxml with
    entities off) refuse the file even without the DOCTYPE check."""
    import io

    from openpyxl import load_workbook

    with pytest.raises(Exception) as caught:
        load_workbook(io.BytesIO((HOSTILE / name).read_bytes()))
    chain: BaseException | None = caught.value
    names = []
    while chain is not None:
        names.append(f"{type(chain).__module__}.{type(chain).__name__}")
        chain = chain.__cause__ or chain.__context__
    assert any(n.startswith(("defusedxml", "lxml")) for n in names), names
