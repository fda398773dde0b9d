"""XLSX and HTML exports read back in their own readers (openpyxl, headless Chromium) carry
the figures of `emulation rank --format json`."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from .exporttools import comma_decimal, export, rank_json

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def test_xlsx_has_the_ranking_a_chart_and_a_sheet_per_member(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = rank_json(sample, capsys)
    out = tmp_path / "ket-qua.xlsx"
    export(sample, out, capsys)
    book = openpyxl.load_workbook(out)
    ranking = book.worksheets[0]
    assert len(book.worksheets) == 1 + len(expected)
    headers = [c.value for c in ranking[4]]
    col = {h: i for i, h in enumerate(headers)}
    rows = list(ranking.iter_rows(min_row=5, max_row=4 + len(expected)))
    for row, want in zip(rows, expected, strict=True):
        assert row[col["Mã đơn vị"]].value == want["member"]
        assert row[col["Hạng"]].value == want["rank"]
        total = row[col["Tổng điểm"]]
        assert Decimal(str(total.value)).quantize(Decimal("0.01")) == Decimal(want["total"])
        assert total.number_format == "#,##0.00"
        for code, points in want["sections"].items():
            cell = row[col[f"Mục {code}"]]
            assert Decimal(str(cell.value)).quantize(Decimal("0.01")) == Decimal(points)
    assert ranking.freeze_panes == "A5"
    assert ranking.print_title_rows == "$1:$4"
    assert ranking.page_setup.paperSize == 9  # A4
    [chart] = ranking._charts
    assert chart.type == "bar"
    for page, want in zip(book.worksheets[1:], expected, strict=True):
        assert want["name"] in str(page["A1"].value)
        assert page.freeze_panes == "A5" and page.page_setup.paperSize == 9
        points_col = [c.value for c in page[4]].index("Điểm") + 1
        last = page.max_row
        assert page.cell(row=last, column=2).value == "Tổng cộng"
        shown = page.cell(row=last, column=points_col).value
        assert Decimal(str(shown)).quantize(Decimal("0.01")) == Decimal(want["total"])


def test_xlsx_text_that_looks_like_a_formula_stays_text(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    toml = sample / "workspace.toml"
    text = toml.read_text("utf-8")
    toml.write_text(text.replace('name = "Hội Nhà báo tỉnh Quảng Ninh"',
                                 'name = "=1+2 Hội Nhà báo"'), "utf-8")
    out = tmp_path / "ket-qua.xlsx"
    export(sample, out, capsys)
    ranking = openpyxl.load_workbook(out).worksheets[0]
    names = [c.value for c in ranking["C"]]
    assert "=1+2 Hội Nhà báo" in names
    cell = next(c for c in ranking["C"] if c.value == "=1+2 Hội Nhà báo")
    assert cell.data_type == "s"


class _Cells(HTMLParser):
    """The text of every cell of the tables, by the row's data-key, and the chart's bars."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, list[str]] = {}
        self.bars: list[str] = []
        self.headers: list[str] = []
        self._row: list[str] | None = None
        self._cell: list[str] | None = None
        self.in_ranking = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "table":
            self.in_ranking = found.get("class") == "ranking"
        elif tag == "tr" and self.in_ranking and found.get("data-key"):
            self._row = self.rows.setdefault(found["data-key"] or "", [])
        elif (tag == "td" and self._row is not None) or (tag == "th" and self.in_ranking):
            self._cell = []
        elif tag == "rect" and found.get("class") == "bar":
            self.bars.append(found.get("data-value") or "")

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._row is not None and self._cell is not None:
            self._row.append("".join(self._cell))
            self._cell = None
        elif tag == "th" and self.in_ranking and self._cell is not None:
            self.headers.append("".join(self._cell))
            self._cell = None
        elif tag == "tr":
            self._row = None
        elif tag == "table":
            self.in_ranking = False


def _chromium(*args: str, profile: Path) -> str:
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("CI must check the HTML export in Chromium: install it (.ci/run does)")
        pytest.skip("Chromium is not installed")
    done = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
         "--disable-background-networking", "--no-first-run", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={profile}", *args],
        capture_output=True, text=True, timeout=180, check=True)
    return done.stdout


def test_html_in_chromium_shows_the_rank_figures_and_the_chart(
        sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = rank_json(sample, capsys)
    page = tmp_path / "ket-qua.html"
    export(sample, page, capsys)
    assert "<script" not in page.read_text("utf-8")
    dom = _chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile")
    cells = _Cells()
    cells.feed(dom)
    assert list(cells.rows) == [e["member"] for e in expected]
    col = {h: i for i, h in enumerate(cells.headers)}
    for want in expected:
        row = cells.rows[want["member"]]
        assert int(row[col["Hạng"]]) == want["rank"]
        assert comma_decimal(row[col["Tổng điểm"]]) == Decimal(want["total"])
        assert comma_decimal(row[col["Điểm trừ"]]) == Decimal(want["deductions"])
        for code, points in want["sections"].items():
            assert comma_decimal(row[col[f"Mục {code}"]]) == Decimal(points)
    assert [Decimal(v) for v in cells.bars] == [Decimal(e["total"]) for e in expected]
    assert "<svg" in dom and "Tổng điểm các đơn vị" in dom


def test_html_prints_on_a4_pages(sample: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "ket-qua.html"
    export(sample, page, capsys)
    pdf = tmp_path / "ket-qua.pdf"
    _chromium("--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri(),
              profile=tmp_path / "profile")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", pdf.read_bytes())
    assert len(boxes) > 1, "the ranking and score sheets take several pages"
    for width, height in boxes:  # A4 landscape: 297 × 210 mm in points
        assert abs(float(width) - 841.9) < 1 and abs(float(height) - 595.3) < 1
