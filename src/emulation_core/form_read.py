"""Reading a filled form back: every cell checked, the figures it holds, or every problem.

An XLSX form (:mod:`.form_make`) or a CSV in the layout of docs/forms.md. The form must
say which member, campaign and table version it was made for; ``plan_for`` (given by the
workspace) refuses a member or campaign it does not know and a table that has changed.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path

from attrs import frozen
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .checks import check_points
from .errors import Problem, ValidationError
from .form_layout import (
    ESTIMATE_SHEET,
    FORM_FORMAT,
    GUIDE_SHEET,
    META_KEYS,
    META_SHEET,
    POINTS_COLUMNS,
    POINTS_SHEET,
    VALUES_COLUMNS,
    VALUES_SHEET,
    FormPlan,
)
from .numbers import NumberError, parse_decimal
from .text import nfc
from .value_object import ValueObject
from .xlsxcells import NO_WORDS, YES_WORDS, CellReader, is_blank, where
from .xlsxsafe import open_workbook, workbook_bytes

__all__ = ["CSV_COLUMNS", "FormFigures", "PlanFor", "read_form"]

CSV_COLUMNS = ("kind", "key", "value", "evidence")

PlanFor = Callable[[str, str, str, str], "FormPlan | Problem"]
"""(display, member, campaign, table version) → the member's plan, or why the form is
refused."""


@frozen
class FormFigures(ValueObject):
    """What one filled form reports: figures, self-scores and evidence, all checked."""

    display: str
    member: str
    campaign: str
    values: Mapping[str, Decimal]
    self_points: Mapping[str, Decimal]
    evidence: Mapping[str, str]


def read_form(path: Path, display: str, plan_for: PlanFor,
              precision: Callable[[str], Decimal]) -> FormFigures:
    """The figures of the form at ``path`` (``.csv``: the CSV layout; else XLSX); raises
    :class:`ValidationError` with every problem, each naming its sheet and cell (or line).
    ``precision`` gives a campaign's precision, for self-scores."""
    if path.suffix.lower() == ".csv":
        return _read_csv(path, display, plan_for, precision)
    return _read_xlsx(open_workbook(path, display), display, plan_for, precision)


def _figure(raw: object, integer: bool, yes_no: bool) -> Decimal | NumberError | None:
    """A reported figure from a cell's value (None when blank)."""
    if is_blank(raw):
        return None
    if yes_no and isinstance(raw, str) and raw.strip().casefold() in YES_WORDS | NO_WORDS:
        return Decimal(1 if raw.strip().casefold() in YES_WORDS else 0)
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        return NumberError("number.wrong_type", found=type(raw).__name__)
    try:
        value = parse_decimal(raw, integer=integer)
    except NumberError as exc:
        return exc
    if integer and value != value.to_integral_value():
        return NumberError("number.not_whole", text=str(raw))
    if value < 0:
        return NumberError("unitform.negative", value=value)
    return value


class _Figures:
    """Collects a form's figures against its plan, with a problem per bad cell."""

    def __init__(self, display: str, plan: FormPlan, precision: Decimal) -> None:
        self.display, self.plan, self.precision = display, plan, precision
        self.problems: list[Problem] = []
        self.values: dict[str, Decimal] = {}
        self.points: dict[str, Decimal] = {}
        self.evidence: dict[str, str] = {}

    def fail(self, where: str, line: int | None, key: str, /, **values: object) -> None:
        self.problems.append(Problem.keyed(self.display, line, where, key, **values))

    def value(self, key: str, raw: object, where: str, line: int | None = None) -> None:
        indicator = self.plan.table.indicators[key]
        found = _figure(raw, indicator.integer, key in self.plan.yes_no_keys)
        if isinstance(found, NumberError):
            self.fail(where, line, found.key, **found.values)
        elif found is not None:
            self.values[key] = found

    def self_points(self, code: str, raw: object, where: str, line: int | None = None) -> None:
        criterion = self.plan.table.find(code)
        assert criterion is not None
        found = _figure(raw, False, False)
        if isinstance(found, NumberError):
            self.fail(where, line, found.key, **found.values)
            return
        if found is None:
            return
        why = check_points(criterion, "self", found, self.precision)
        if why is not None:
            self.fail(where, line, why.key, **why.values)
        else:
            self.points[code] = found

    def done(self, member: str, campaign: str) -> FormFigures:
        if self.problems:
            raise ValidationError(self.problems)
        return FormFigures(self.display, member, campaign, self.values, self.points,
                           self.evidence)


# -- XLSX ---------------------------------------------------------------------------------

def _meta(book: Workbook, cells: CellReader) -> dict[str, str]:
    if META_SHEET not in book.sheetnames:
        cells.fail("", "unitform.not_a_form")
        raise ValidationError(cells.problems)
    sheet = book[META_SHEET]
    assert isinstance(sheet, Worksheet)
    found = {str(sheet.cell(row=row, column=1).value): sheet.cell(row=row, column=2).value
             for row in range(1, len(META_KEYS) + 1)}
    meta = {key: str(found.get(key) or "") for key in META_KEYS}
    if meta["format"] != FORM_FORMAT:
        cells.fail(f"{META_SHEET}!B1", "unitform.format", found=meta["format"] or "∅",
                   expected=FORM_FORMAT)
        raise ValidationError(cells.problems)
    return meta


def _rows(sheet: Worksheet, name: str, columns: tuple[str, ...], keys: tuple[str, ...],
          cells: CellReader) -> bool:
    """Whether the sheet's table ``name`` still has ``keys`` in column A, one per row, as
    made (rows inserted, deleted or moved are refused, naming the cell)."""
    if not cells.headings(sheet, 1, columns) or not cells.unmerged(sheet):
        return False
    last = sheet.cell(row=len(keys) + 1, column=len(columns)).coordinate
    table = sheet.tables[name] if name in sheet.tables else None  # noqa: SIM401 (get is untyped)
    if table is None or table.ref != f"A1:{last}":
        cells.fail(sheet.title, "unitform.table_changed", table=name,
                   found=table.ref if table is not None else "∅", expected=f"A1:{last}")
        return False
    good = True
    for row, key in enumerate(keys, start=2):
        found = sheet.cell(row=row, column=1).value
        if str(found if found is not None else "").strip() != key:
            cells.fail(where(sheet, f"A{row}"), "unitform.row_key", found=found or "∅",
                       expected=key)
            good = False
    for row in range(len(keys) + 2, sheet.max_row + 1):
        for column in range(1, len(columns) + 1):
            cell = sheet.cell(row=row, column=column)
            if not is_blank(cell.value):
                cells.fail(where(sheet, cell.coordinate), "unitform.extra_row")
                return False
    return good


_FORM_SHEETS = (GUIDE_SHEET, VALUES_SHEET, POINTS_SHEET, ESTIMATE_SHEET, META_SHEET)


def _read_xlsx(book: Workbook, display: str, plan_for: PlanFor,
               precision: Callable[[str], Decimal]) -> FormFigures:
    cells = CellReader(display)
    meta = _meta(book, cells)
    plan = plan_for(display, meta["member"], meta["campaign"], meta["table_version"])
    if isinstance(plan, Problem):
        raise ValidationError([plan])
    figures = _Figures(display, plan, precision(plan.campaign))
    # figures typed on a sheet added would be lost unseen (a sheet renamed is said missing)
    renamed = not {VALUES_SHEET, POINTS_SHEET} <= set(book.sheetnames)
    for title in () if renamed else book.sheetnames:
        if title not in _FORM_SHEETS:
            cells.fail(title, "unitform.extra_sheet", sheet=title)
    values = cells.sheet(book, VALUES_SHEET)
    if values is not None and _rows(values, "values", VALUES_COLUMNS, plan.indicator_keys,
                                    cells):
        for row, key in enumerate(plan.indicator_keys, start=2):
            raw = cells.value(values, f"E{row}")  # a formula is refused
            figures.value(key, raw, where(values, f"E{row}"))
    judged = tuple(c.code for c in plan.judged)
    points = cells.sheet(book, POINTS_SHEET)
    if points is not None and judged and _rows(points, "points", POINTS_COLUMNS, judged,
                                               cells):
        for row, code in enumerate(judged, start=2):
            figures.self_points(code, cells.value(points, f"D{row}"),
                                where(points, f"D{row}"))
            text = cells.text(points, f"E{row}")
            if text:
                figures.evidence[code] = text
    figures.problems[:0] = cells.problems
    return figures.done(plan.member, plan.campaign)


# -- CSV ----------------------------------------------------------------------------------

def _read_csv(path: Path, display: str, plan_for: PlanFor,
              precision: Callable[[str], Decimal]) -> FormFigures:
    data = workbook_bytes(path, display)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValidationError([Problem.keyed(display, line, "", "load.encoding",
                                             byte=str(exc.start))]) from None
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or [c.strip() for c in rows[0]] != list(CSV_COLUMNS):
        raise ValidationError([Problem.keyed(display, 1, "", "unitform.csv_header",
                                             expected=",".join(CSV_COLUMNS))])
    meta: dict[str, str] = {}
    lines: list[tuple[int, list[str]]] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        row = [nfc(c.strip()) for c in row] + [""] * (len(CSV_COLUMNS) - len(row))
        if row[0] == "meta":
            meta[row[1]] = row[2]
        lines.append((number, row))
    if meta.get("format") != FORM_FORMAT:
        raise ValidationError([Problem.keyed(display, None, "format", "unitform.format",
                                             found=meta.get("format") or "∅",
                                             expected=FORM_FORMAT)])
    plan = plan_for(display, meta.get("member", ""), meta.get("campaign", ""),
                    meta.get("table_version", ""))
    if isinstance(plan, Problem):
        raise ValidationError([plan])
    figures = _Figures(display, plan, precision(plan.campaign))
    judged = {c.code for c in plan.judged}
    seen: set[tuple[str, str]] = set()
    for number, (kind, key, value, evidence) in ((n, r[:4]) for n, r in lines):
        if kind == "meta":
            continue
        known = plan.table.indicators if kind == "value" else judged if kind == "self" \
            else None
        if known is None:
            figures.fail("kind", number, "unitform.csv_kind", kind=kind)
        elif key not in known:
            figures.fail("key", number, "unitform.csv_key", key=key)
        elif (kind, key) in seen:
            figures.fail("key", number, "unitform.csv_twice", key=key)
        elif kind == "value":
            figures.value(key, value, "value", number)
        else:
            figures.self_points(key, value, "value", number)
            if evidence:
                figures.evidence[key] = evidence
        seen.add((kind, key))
    return figures.done(plan.member, plan.campaign)

