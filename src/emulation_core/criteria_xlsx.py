"""A criteria table as a workbook: the layout people fill in, written from a table.

Two sheets hold the table, one row per item, with the column keys in row 1:

* ``Số liệu`` (indicators): ``key``, ``label``, ``label_en``, ``unit``, ``integer``;
* ``Tiêu chí`` (criteria): ``code``, ``parent``, ``title``, ``title_en``, ``max_points``,
  ``rule``, ``indicator``, ``parameters``, ``evidence``, ``applies_to``, ``per_type``.

A row with a blank ``rule`` is a section; ``parent`` names the section a row sits in
(blank at the top). ``parameters`` holds a rule's options as ``name=value; …`` (numbers
in the Vietnamese form), the expression of a formula rule, or an adjustment's floor,
ceiling and ``INDICATOR=points each`` items. A third sheet, ``Hướng dẫn``, explains the
layout in Vietnamese and is not read back. :mod:`.criteria_xlsx_read` reads the layout.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from .criteria import CriteriaTable, Criterion, Node, Section
from .numbers import format_typed
from .rules import (
    AdjustmentRule,
    FormulaRule,
    JudgedRule,
    NoTarget,
    NotEntered,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    Rule,
    TargetRule,
    YesNoRule,
)

__all__ = [
    "ADJUSTMENT_BOUNDS",
    "CRITERIA_COLUMNS",
    "CRITERIA_SHEET",
    "INDICATOR_COLUMNS",
    "INDICATOR_SHEET",
    "criteria_workbook",
    "keep_text",
    "number_cell",
    "parameters_text",
    "workbook_data",
]

INDICATOR_SHEET = "Số liệu"
CRITERIA_SHEET = "Tiêu chí"
GUIDE_SHEET = "Hướng dẫn"
INDICATOR_COLUMNS = ("key", "label", "label_en", "unit", "integer")
CRITERIA_COLUMNS = ("code", "parent", "title", "title_en", "max_points", "rule", "indicator",
                    "parameters", "evidence", "applies_to", "per_type")
ADJUSTMENT_BOUNDS = ("floor", "ceiling")
"""The two parameters of an adjustment rule that are not items."""

_HEADINGS_VI = {
    "key": "Mã số liệu (chữ cái, số, '_'; công thức dùng tên này)",
    "label": "Tên số liệu",
    "label_en": "Tên tiếng Anh (không bắt buộc)",
    "unit": "Đơn vị tính",
    "integer": "'có' nếu đếm số nguyên (người, lớp, báo cáo)",
    "code": "Mã tiêu chí hoặc mục, duy nhất (ví dụ 1, 1.2)",
    "parent": "Mã của mục chứa dòng này; để trống nếu là mục lớn",
    "title": "Tên tiêu chí hoặc mục",
    "title_en": "Tên tiếng Anh (không bắt buộc)",
    "max_points": "Điểm tối đa",
    "rule": "Cách chấm: target, relative, yes_no, per_occurrence, judged, adjustment, "
            "formula; để trống nếu là mục",
    "indicator": "Mã số liệu mà cách chấm đọc",
    "parameters": "Tham số: tên=giá trị; … (ví dụ points_each=0,5), hoặc công thức",
    "evidence": "Minh chứng cần nộp",
    "applies_to": "Loại hội áp dụng, cách nhau bằng dấu phẩy; trống là tất cả",
    "per_type": "'có' nếu là mục để mỗi loại hội tự điền tiêu chí riêng",
}

_GUIDE = (
    "Bảng tiêu chí thi đua: cách điền",
    "",
    f"Trang '{INDICATOR_SHEET}': mỗi dòng một số liệu đơn vị báo cáo.",
    f"Trang '{CRITERIA_SHEET}': mỗi dòng một mục hoặc một tiêu chí, theo thứ tự in ra.",
    "Không đổi tên trang, không sửa hàng tiêu đề (hàng 1); chú thích ở mỗi ô tiêu đề.",
    "Dòng có cột 'rule' trống là một mục; cột 'parent' ghi mã của mục chứa dòng.",
    "Số viết kiểu Việt Nam: dấu phẩy thập phân (2,5), dấu chấm nhóm nghìn (1.000).",
    "Tham số theo cách chấm:",
    "  target: over_share=0,2; no_target=bloc_best|no_target_best; "
    "over_measure=ratio|difference; not_entered=as_no_target|zero",
    "  per_occurrence: points_each=0,5",
    "  judged: step=0,25",
    "  adjustment: floor=-5; ceiling=3; mã_số_liệu=điểm mỗi lần; …",
    "  formula: cả ô là công thức, ví dụ min(max, members / target_members * max)",
    "Nhập: emulation criteria import SỔ -c ĐỢT TỆP.xlsx (xem docs/forms.md).",
)

_HEAD_FONT = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def number_cell(value: Decimal) -> int | float | str:
    """A number cell's value: a whole number or a float that reads back equal, else the
    Vietnamese text form (read back with the people grammar)."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else format_typed(value)


def parameters_text(rule: Rule) -> str:
    """The ``parameters`` cell of a rule (its non-default options)."""
    parts: list[tuple[str, str]] = []
    if isinstance(rule, TargetRule):
        if rule.over_share:
            parts.append(("over_share", format_typed(rule.over_share)))
        if rule.no_target is not NoTarget.BLOC_BEST:
            parts.append(("no_target", rule.no_target.value))
        if rule.over_measure is not OverMeasure.RATIO:
            parts.append(("over_measure", rule.over_measure.value))
        if rule.not_entered is not NotEntered.AS_NO_TARGET:
            parts.append(("not_entered", rule.not_entered.value))
    elif isinstance(rule, PerOccurrenceRule):
        parts.append(("points_each", format_typed(rule.points_each)))
    elif isinstance(rule, JudgedRule):
        parts.append(("step", format_typed(rule.step)))
    elif isinstance(rule, AdjustmentRule):
        parts += [("floor", format_typed(rule.floor)), ("ceiling", format_typed(rule.ceiling))]
        parts += [(item.indicator, format_typed(item.points_each)) for item in rule.items]
    elif isinstance(rule, FormulaRule):
        return rule.formula.source
    return "; ".join(f"{name}={value}" for name, value in parts)


def _indicator(rule: Rule) -> str:
    return rule.indicator if isinstance(rule, TargetRule | RelativeRule | YesNoRule
                                        | PerOccurrenceRule) else ""


def _rows(nodes: tuple[Node, ...], parent: str) -> Iterator[tuple[object, ...]]:
    for node in nodes:
        applies = ", ".join(sorted(node.applies_to))
        if isinstance(node, Criterion):
            yield (node.code, parent, node.title, node.title_en, number_cell(node.max_points),
                   node.rule.kind, _indicator(node.rule), parameters_text(node.rule),
                   node.evidence, applies, "")
            continue
        assert isinstance(node, Section)
        maximum = "" if node.max_points is None else number_cell(node.max_points)
        yield (node.code, parent, node.title, node.title_en, maximum, "", "", "", "", applies,
               "có" if node.per_type else "")
        yield from _rows(node.children, node.code)


def keep_text(cell: Cell | MergedCell) -> None:
    """Store a text cell as text even when it starts with '=' (never as a formula)."""
    if isinstance(cell.value, str):
        cell.data_type = "s"


def _sheet(sheet: Worksheet, columns: tuple[str, ...],
           rows: list[tuple[object, ...]], text_columns: frozenset[str]) -> None:
    sheet.append(columns)
    for column, key in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=column)
        cell.font, cell.fill = _HEAD_FONT, _HEAD_FILL
        cell.comment = Comment(_HEADINGS_VI[key], "emulation")
        width = 40 if key in ("title", "label") else 16
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row in rows:
        sheet.append([None if value == "" else value for value in row])
        for cell in sheet[sheet.max_row]:
            keep_text(cell)
    for column, key in enumerate(columns, start=1):
        if key in text_columns:  # codes like 1.10 stay text, not the number 1.1
            for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                cell.number_format = "@"
    sheet.freeze_panes = "A2"


def criteria_workbook(table: CriteriaTable) -> Workbook:
    """The workbook of ``table`` in the layout above."""
    book = Workbook()
    indicators = book.active
    assert indicators is not None
    indicators.title = INDICATOR_SHEET
    _sheet(indicators, INDICATOR_COLUMNS,
           [(i.key, i.label, i.label_en, i.unit, "có" if i.integer else "")
            for i in table.indicators.values()], frozenset({"key"}))
    _sheet(book.create_sheet(CRITERIA_SHEET), CRITERIA_COLUMNS,
           list(_rows(table.sections, "")), frozenset({"code", "parent"}))
    guide = book.create_sheet(GUIDE_SHEET)
    for line in _GUIDE:
        guide.append([line])
    guide.column_dimensions["A"].width = 100
    return book


def workbook_data(book: Workbook) -> bytes:
    """The bytes of ``book`` saved as XLSX."""
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
