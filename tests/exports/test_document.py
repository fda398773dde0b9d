"""The DOCX export, read back with python-docx: an administrative document (Decree
30/2020/NĐ-CP) whose figures are those of `emulation rank --format json`."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from pathlib import Path

import docx
import pytest

from emulation_core.reports.officialdoc import MOTTO, NATIONAL_TITLE, date_parts

from .exporttools import comma_decimal, export, rank_json


def _texts(document: docx.document.Document) -> list[str]:
    found = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                found += [p.text for p in cell.paragraphs]
    return found


def test_docx_is_an_administrative_document_with_the_rank_figures(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = rank_json(sample, capsys)
    out = tmp_path / "bao-cao.docx"
    export(sample, out, capsys, "--place", "Quảng Ninh", "--date", "2019-01-05")
    document = docx.Document(str(out))
    texts = _texts(document)
    assert NATIONAL_TITLE in texts and MOTTO in texts
    assert "Quảng Ninh, ngày 05 tháng 01 năm 2019" in texts
    assert "KHỐI THI ĐUA CÁC HỘI CÓ TÍNH CHẤT ĐẶC THÙ TỈNH QUẢNG NINH" in texts
    assert "BÁO CÁO" in texts
    # The lead of the campaign's year (2018) signs.
    assert "TRƯỞNG KHỐI" in texts and "HỘI CHỮ THẬP ĐỎ TỈNH QUẢNG NINH" in texts
    assert all(t == unicodedata.normalize("NFC", t) for t in texts)
    section = document.sections[0]
    assert {round(section.page_width.mm), round(section.page_height.mm)} == {210, 297}
    assert document.styles["Normal"].font.name == "Times New Roman"
    ranking = next(t for t in document.tables if t.rows[0].cells[0].text == "Hạng")
    headers = [c.text for c in ranking.rows[0].cells]
    col = {h: i for i, h in enumerate(headers)}
    rows = ranking.rows[1:]
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected, strict=True):
        cells = [c.text for c in row.cells]
        assert cells[col["Mã đơn vị"]] == want["member"]
        assert int(cells[col["Hạng"]]) == want["rank"]
        assert comma_decimal(cells[col["Tổng điểm"]]) == Decimal(want["total"])
        for code, points in want["sections"].items():
            assert comma_decimal(cells[col[f"Mục {code}"]]) == Decimal(points)
    sheets = [t for t in document.tables if t.rows[0].cells[0].text == "Mã"]
    assert len(sheets) == len(expected)


def test_docx_in_english_keeps_the_national_header(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.docx"
    export(sample, out, capsys, "--lang", "en", "--date", "2019-01-05")
    texts = _texts(docx.Document(str(out)))
    assert NATIONAL_TITLE in texts and "BLOC LEAD" in texts
    assert any(t.endswith(", 05/01/2019") for t in texts)


@pytest.mark.parametrize(("day", "parts"), [
    (dt.date(2026, 12, 4), ("04", "12", "2026")),
    (dt.date(2026, 2, 14), ("14", "02", "2026")),
    (dt.date(2026, 3, 9), ("09", "3", "2026")),
])
def test_dates_follow_the_decree(day: dt.date, parts: tuple[str, str, str]) -> None:
    assert date_parts(day) == parts


def test_portrait_documents_have_the_decree_margins() -> None:
    from emulation_core.reports.officialdoc import official_document

    section = official_document().sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert section.left_margin is not None and section.right_margin is not None
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15
