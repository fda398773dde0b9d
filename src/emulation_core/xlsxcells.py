"""Typed values out of a workbook's cells, every problem named by file, sheet and cell.

What both spreadsheet layouts share (criteria tables, member forms): a sheet that must be
there, a heading row that must be as written, and cells read as text, numbers in the
people grammar of :mod:`.numbers`, or yes/no. A formula where a value is expected is
refused, never evaluated.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .errors import Problem
from .messages import Message
from .numbers import NumberError, parse_decimal
from .text import nfc

__all__ = ["YES_WORDS", "CellReader", "cell_kind", "is_blank"]

YES_WORDS = frozenset({"có", "co", "x", "1", "yes", "true", "đúng"})
NO_WORDS = frozenset({"không", "khong", "0", "no", "false", "sai"})


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_kind(value: object) -> Message:
    """What a cell holds, said in a sentence (``text 'abc'``, ``a date``)."""
    if isinstance(value, bool):
        return Message("kind.cell.bool")
    if isinstance(value, dt.date | dt.datetime | dt.time | dt.timedelta):
        return Message("kind.cell.date")
    if isinstance(value, int | float | Decimal):
        return Message("kind.cell.number", {"value": str(value)})
    text = str(value)
    if text.startswith("#"):
        return Message("kind.cell.error", {"text": text[:20]})
    return Message("kind.cell.text", {"text": text[:40]})


class CellReader:
    """Reads one workbook's cells, collecting problems instead of raising."""

    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def fail(self, where: str, key: str, /, **values: object) -> None:
        """A problem at ``where`` (``Sheet!B4``, or a sheet's title) from catalog ``key``."""
        self.problems.append(Problem.keyed(self.display, None, where, key, **values))

    def sheet(self, workbook: Workbook, title: str) -> Worksheet | None:
        """The worksheet ``title``, or None with a problem naming the sheets there are."""
        if title in workbook.sheetnames:
            sheet = workbook[title]
            if isinstance(sheet, Worksheet):
                return sheet
        self.fail("", "sheet.missing", sheet=title, sheets=", ".join(workbook.sheetnames))
        return None

    def headings(self, sheet: Worksheet, row: int, expected: Sequence[str]) -> bool:
        """Whether row ``row`` holds ``expected`` from column A on (a problem per cell
        that does not)."""
        good = True
        for column, heading in enumerate(expected, start=1):
            cell = sheet.cell(row=row, column=column)
            found = "" if cell.value is None else str(cell.value).strip()
            if found != heading:
                self.fail(where(sheet, cell.coordinate), "sheet.header", found=found,
                          expected=heading)
                good = False
        return good

    def unmerged(self, sheet: Worksheet) -> bool:
        """Whether the sheet has no merged cells (a problem naming them if it has)."""
        ranges = [str(r) for r in sheet.merged_cells.ranges]
        if ranges:
            self.fail(sheet.title, "cell.merged", cells=", ".join(ranges[:5]))
        return not ranges

    def value(self, sheet: Worksheet, coordinate: str) -> Any:
        """The cell's value, or None with a problem when it holds a formula."""
        cell = sheet[coordinate]
        if cell.data_type == "f":
            formula = cell.value if isinstance(cell.value, str) else "=…"
            self.fail(where(sheet, coordinate), "cell.formula", formula=formula[:40])
            return None
        return cell.value

    def text(self, sheet: Worksheet, coordinate: str) -> str | None:
        """Text (a number typed where text is expected is kept as written); "" when blank."""
        value = self.value(sheet, coordinate)
        if is_blank(value):
            return ""
        if isinstance(value, str):
            return nfc(value.strip())
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
        if isinstance(value, float):
            return repr(value)
        self.fail(where(sheet, coordinate), "cell.not_text", found=cell_kind(value))
        return None

    def number(self, sheet: Worksheet, coordinate: str, *,
               integer: bool = False) -> Decimal | None:
        """A number: a numeric cell as it is, text read with the people grammar
        (docs/numbers.md); None when blank or wrong (with a problem)."""
        value = self.value(sheet, coordinate)
        if is_blank(value):
            return None
        if isinstance(value, bool) or not isinstance(value, int | float | str):
            self.fail(where(sheet, coordinate), "cell.not_number", found=cell_kind(value))
            return None
        try:
            number = parse_decimal(value, integer=integer)
        except NumberError as exc:
            self.problems.append(Problem.keyed(self.display, None, where(sheet, coordinate),
                                               exc.key, **exc.values))
            return None
        if integer and number != number.to_integral_value():
            self.fail(where(sheet, coordinate), "number.not_whole", text=str(value))
            return None
        return number

    def yes_no(self, sheet: Worksheet, coordinate: str) -> bool | None:
        """Yes (có, x, 1, TRUE) or no (không, 0, FALSE, blank); None when neither."""
        value = self.value(sheet, coordinate)
        if is_blank(value):
            return False
        if isinstance(value, bool):
            return value
        word = str(value).strip().casefold()
        if word in YES_WORDS:
            return True
        if word in NO_WORDS:
            return False
        self.fail(where(sheet, coordinate), "cell.yes_no", text=str(value)[:40])
        return None


def where(sheet: Worksheet, coordinate: str) -> str:
    """``Sheet!B4``: how a problem names a cell."""
    return f"{sheet.title}!{coordinate}"
