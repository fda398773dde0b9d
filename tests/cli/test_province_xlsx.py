"""`emulation province … -o FILE.xlsx`: read back with openpyxl, the workbook says what the
JSON and the Markdown say — numbers as numbers, frozen headers, A4, Vietnamese headers,
hostile names kept as text — and a property of how conflicts are found."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from emulation_cli import main
from emulation_core.province import BlocProposal, BlocResult, find_conflicts
from emulation_core.provincebook import FACTS_ROW
from emulation_core.text import nfc

from .clitools import run
from .test_province_cmd import copies

HOSTILE = '=HYPERLINK("http://x","y")'


def rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    """The data rows below the header row (row 4)."""
    return [r for r in sheet.iter_rows(min_row=5, values_only=True) if any(r)]


def header(sheet: Worksheet) -> list[Any]:
    return [c.value for c in sheet[4] if c.value is not None]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str, Path]:
    """Six blocs (the first led by a unit with a hostile name) and one missing folder:
    the JSON, the Markdown and the workbook of the same list."""
    tmp = tmp_path_factory.mktemp("province")
    paths = [*map(str, copies(tmp, 6, leader=HOSTILE)), str(tmp / "missing")]
    outputs: dict[str, Path] = {}
    for suffix in ("json", "md", "xlsx"):
        outputs[suffix] = tmp / f"tinh.{suffix}"
        assert main(["province", *paths, "-o", str(outputs[suffix])]) == 2  # one left out
    return (json.loads(outputs["json"].read_text("utf-8")),
            outputs["md"].read_text("utf-8"), outputs["xlsx"])


def test_every_sheet_is_laid_out_as_the_exports(made: tuple[dict[str, Any], str, Path],
                                                ) -> None:
    found, _, path = made
    book = load_workbook(path)
    names = book.sheetnames
    assert names[:5] == ["Tổng hợp", "Đề nghị", "Cờ Chính phủ", "Trùng lặp", "Không đọc được"]
    assert len(names) == 5 + len(found["blocs"])  # one sheet per bloc, each named
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A5"
        assert sheet.print_title_rows == "$1:$4"
        assert sheet.page_setup.paperSize == 9 and sheet.page_setup.orientation == "landscape"
    summary = book["Tổng hợp"]
    assert summary["A1"].value == "Danh sách đề nghị khen thưởng của tỉnh"
    assert header(summary)[:3] == ["STT", "Khối, cụm", "Thư mục"]
    assert "Đủ điều kiện Cờ Chính phủ" in header(summary)


def test_the_summary_and_bloc_sheets_match_the_json(made: tuple[dict[str, Any], str, Path],
                                                   ) -> None:
    found, markdown, path = made
    book = load_workbook(path)
    summary = book["Tổng hợp"]
    heads = header(summary)
    table = [dict(zip(heads, r, strict=False)) for r in rows(summary)]
    assert [r["Thư mục"] for r in table] == [b["path"] for b in found["blocs"]]
    assert [r["STT"] for r in table] == list(range(1, len(found["blocs"]) + 1))
    for row, bloc in zip(table, found["blocs"], strict=True):
        assert row["Khối, cụm"] == bloc["bloc"]
        assert row["Dẫn đầu"] == ", ".join(bloc["leaders"])
        assert isinstance(row["Điểm dẫn đầu"], int | float)  # a number, not text
        assert Decimal(str(row["Điểm dẫn đầu"])) == Decimal(bloc["ranking"][0]["total"])
        assert bloc["table"]["fingerprint"] in row["Bảng tiêu chí"]
        page = book[row["Trang tính"]]
        assert page["A1"].value == bloc["bloc"]
        ranking = [dict(zip(header(page), r, strict=False)) for r in rows(page)]
        assert [(r["Hạng"], r["Đơn vị"], Decimal(str(r["Tổng điểm"]))) for r in ranking] == \
            [(p["rank"], p["unit"], Decimal(p["total"])) for p in bloc["ranking"]]
        proposed = {u for units in bloc["proposed"].values() for u in units}
        assert {r["Đơn vị"] for r in ranking if r["Đề nghị"]} == proposed
        leaders = ", ".join(bloc["leaders"]).replace("|", "\\|")
        assert f"| {row['STT']} | {bloc['bloc']} | {bloc['campaign']} |" in markdown
        total = bloc["ranking"][0]["total"].replace(".", ",")
        assert f"| {leaders} | {total} |" in markdown


def test_proposals_quota_and_conflicts_match_the_json(
        made: tuple[dict[str, Any], str, Path]) -> None:
    found, markdown, path = made
    book = load_workbook(path)
    proposals = [dict(zip(header(book["Đề nghị"]), r, strict=False))
                 for r in rows(book["Đề nghị"])]
    expected = [(b["bloc"], unit) for b in found["blocs"]
                for units in b["proposed"].values() for unit in units]
    assert [(p["Khối, cụm"], p["Đơn vị"]) for p in proposals] == expected
    assert all(isinstance(p["Hạng"], int) for p in proposals)
    government = book["Cờ Chính phủ"]
    facts = [c.value for c in government[FACTS_ROW]]
    assert facts[1] == found["leaders_total"] == 6
    assert Decimal(str(facts[3])) == Decimal(found["government_share"]) == Decimal("0.2")
    assert government.cell(FACTS_ROW, 4).number_format == "0%"
    assert facts[5] == found["government_quota"] == 1  # 20% of 6, rounded down
    assert "làm tròn xuống: 1" in markdown
    assert [(r[0], r[1]) for r in rows(government)] == \
        [(c["bloc"], c["unit"]) for c in found["candidates"]]
    conflicts = rows(book["Trùng lặp"])
    assert [(r[0], r[1], r[2]) for r in conflicts] == \
        [(c["unit"], len(c["blocs"]), "; ".join(c["blocs"])) for c in found["conflicts"]]
    for conflict in found["conflicts"]:
        assert f"- {conflict['unit']}:" in markdown
    (skipped,) = rows(book["Không đọc được"])
    assert skipped[0] == found["skipped"][0]["path"] and "không có thư mục này" in skipped[1]


def test_a_name_that_looks_like_a_formula_stays_text(
        made: tuple[dict[str, Any], str, Path]) -> None:
    found, _, path = made
    assert found["blocs"][0]["leaders"] == [HOSTILE]
    book = load_workbook(path)
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=HYPERLINK")]
    assert cells, "the hostile name is in the workbook"
    assert all(c.data_type == "s" for c in cells)


def test_english_headers(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = copies(tmp_path, 2)
    out = tmp_path / "province.xlsx"
    code, _, err = run(["province", *map(str, paths), "-o", str(out), "--lang", "en"], capsys)
    assert code == 0, err
    book = load_workbook(out)
    assert book.sheetnames[:4] == ["Summary", "Proposals", "Government flag", "Conflicts"]
    assert header(book["Summary"])[:2] == ["No.", "Bloc"]


UNITS = st.sampled_from(["Hội A", "hội a", "Hội B", "Hội Ánh", "Hội A\u0301nh", "Hội C"])


@given(st.lists(st.tuples(st.lists(UNITS, max_size=3), st.lists(UNITS, max_size=2)),
                min_size=1, max_size=5))
def test_a_unit_is_a_conflict_exactly_when_two_blocs_name_it(
        blocs: list[tuple[list[str], list[str]]]) -> None:
    results = [BlocResult(f"p{n}", f"Khối {n}", "c", "", "r", "f", 1, Decimal(1), "",
                          Decimal("0.01"), (), (), (BlocProposal("merit", "", "", tuple(p)),),
                          tuple(c)) for n, (p, c) in enumerate(blocs)]
    found = dict(find_conflicts(results))
    keys = [{nfc(u).casefold() for u in (*p, *c)} for p, c in blocs]
    expected = {k for k in set().union(*keys) if sum(k in ks for ks in keys) > 1}
    assert {nfc(u).casefold() for u in found} == expected
    for unit, named in found.items():
        key = nfc(unit).casefold()
        assert list(named) == [f"Khối {n}" for n, ks in enumerate(keys) if key in ks]
