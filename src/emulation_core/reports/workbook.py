"""The report as an Excel workbook (openpyxl): a ranking sheet with a bar chart of totals,
then one score sheet per member.

Points are numbers with a number format at the campaign's precision (Excel shows the
decimal mark of the reader's regional settings: a comma on a Vietnamese machine); text that
looks like a formula stays text. Each sheet freezes its header rows and prints on A4 with
the title and header rows repeated on every page.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TypeVar

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..messages import render
from ..text import printable
from ..xlsxprint import print_landscape
from .columns import Column, ranking_columns, sheet_columns
from .model import Report

__all__ = ["HEADER_ROW", "points_format", "put_cell", "report_workbook", "sheet_title",
           "write_table"]

HEADER_ROW = 4
"""Rows 1–2 hold the title, row 4 the column headers; data start below it."""
_HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
_BOLD = Font(bold=True)
_WIDTHS = {"points": 11, "whole": 7}
_FORBIDDEN = str.maketrans({c: "-" for c in "[]:*?/\\"})
Row = TypeVar("Row")


def points_format(precision: Decimal) -> str:
    """An Excel number format with thousands grouped and the campaign's decimals."""
    exponent = precision.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    return "#,##0" + ("." + "0" * places if places else "")


def sheet_title(name: str, taken: set[str]) -> str:
    """A worksheet name Excel accepts (31 characters, none of ``[]:*?/\\``), unique."""
    base = printable(name).translate(_FORBIDDEN).strip("'")[:31] or "Sheet"
    title, n = base, 2
    while title.lower() in taken:
        suffix = f" ({n})"
        title, n = base[:31 - len(suffix)] + suffix, n + 1
    taken.add(title.lower())
    return title


def put_cell(sheet: Worksheet, row: int, col: int, value: object, number_format: str) -> None:
    """A number stays a number (``number_format`` for Decimals); text stays text."""
    cell = sheet.cell(row=row, column=col)
    if isinstance(value, Decimal | int):
        cell.value = value
        cell.number_format = number_format if isinstance(value, Decimal) else "0"
    elif value is not None:
        cell.value = printable(str(value))
        cell.data_type = "s"  # text starting with '=' stays text, never a formula


def write_table(sheet: Worksheet, title: str, subtitle: str, columns: Sequence[Column[Row]],
           rows: Sequence[Row], number_format: str) -> int:
    """Title (row 1), subtitle (row 2), headers (row 4) and rows below, frozen above the
    rows and printed on A4 landscape with rows 1–4 repeated; returns the last row written."""
    sheet["A1"] = printable(title)
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = printable(subtitle)
    for col, column in enumerate(columns, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=col, value=column.header)
        cell.font, cell.fill = _BOLD, _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        width = _WIDTHS.get(column.kind, min(60, max(12, len(column.header) + 2)))
        sheet.column_dimensions[get_column_letter(col)].width = width
    for r, item in enumerate(rows, start=HEADER_ROW + 1):
        for col, column in enumerate(columns, start=1):
            put_cell(sheet, r, col, column.cell(item), number_format)
            if column.kind == "text":
                sheet.cell(row=r, column=col).alignment = Alignment(wrap_text=True,
                                                                    vertical="top")
    print_landscape(sheet, HEADER_ROW)
    return HEADER_ROW + len(rows)


def _chart(sheet: Worksheet, report: Report, columns: Sequence[Column[Any]],
           last: int) -> None:
    """A horizontal bar chart of the totals, rank 1 on top, below the table."""
    headers = [c.header for c in columns]
    total_col = headers.index(render("report.col.total", report.lang)) + 1
    name_col = headers.index(render("report.col.name", report.lang)) + 1
    chart = BarChart()
    chart.type, chart.style = "bar", 10
    chart.title = render("report.chart", report.lang)
    chart.legend = None
    chart.add_data(Reference(sheet, min_col=total_col, min_row=HEADER_ROW, max_row=last),
                   titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=name_col, min_row=HEADER_ROW + 1,
                                   max_row=last))
    chart.x_axis.scaling.orientation = "maxMin"
    chart.x_axis.delete = chart.y_axis.delete = False
    chart.height, chart.width = max(7.5, 0.8 * len(report.ranking) + 3), 24
    sheet.add_chart(chart, f"A{last + 3}")


def report_workbook(report: Report) -> bytes:
    """The report as XLSX bytes."""
    book = Workbook()
    book.properties.language = "vi-VN" if report.lang == "vi" else "en-GB"
    book.properties.title = render("report.title", report.lang)
    number_format = points_format(report.precision)
    taken: set[str] = set()
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title(render("report.ranking", report.lang), taken)
    columns = ranking_columns(report)
    last = write_table(sheet, report.bloc.name, report.campaign.title, columns, report.ranking,
                  number_format)
    _chart(sheet, report, columns, last)
    sheet_cols = sheet_columns(report)
    for score in report.sheets:
        page = book.create_sheet(sheet_title(score.member.short_name or score.member.id,
                                             taken))
        end = write_table(page, render("report.sheet", report.lang, member=score.member.name),
                          report.sheet_summary(score, total=False), sheet_cols, score.rows,
                          number_format)
        total_at = [c.header for c in sheet_cols].index(
            render("report.col.points", report.lang)) + 1
        page.cell(row=end + 1, column=2, value=render("report.sheet_total",
                                                      report.lang)).font = _BOLD
        put_cell(page, end + 1, total_at, score.total, number_format)
        page.cell(row=end + 1, column=total_at).font = _BOLD
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
