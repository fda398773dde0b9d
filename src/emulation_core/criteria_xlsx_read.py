"""Reading a criteria table from a workbook in the layout of :mod:`.criteria_xlsx`.

The rows become the same document criteria.toml holds, read by the same
:func:`~emulation_core.serialize.read_criteria` that opening uses, so a table from a
spreadsheet passes exactly the checks a table on disk does; each problem names the sheet
and cell it comes from (``Tiêu chí!E7``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from .criteria import CriteriaTable
from .criteria_xlsx import (
    ADJUSTMENT_BOUNDS,
    CRITERIA_COLUMNS,
    CRITERIA_SHEET,
    INDICATOR_COLUMNS,
    INDICATOR_SHEET,
)
from .errors import Problem, ValidationError
from .serialize import Reader, read_criteria
from .serialize.criteria import check_applies_to
from .tomlsource import Path_, TomlSource
from .xlsxcells import CellReader, is_blank, where
from .xlsxsafe import open_workbook

__all__ = ["read_criteria_file", "read_criteria_workbook"]


class _CellSource(TomlSource):
    """The rows as criteria.toml's document, with each key path's cell for problems."""

    def __init__(self, display: str, data: dict[str, Any], cells: Mapping[Path_, str]) -> None:
        super().__init__(Path(display), display, "", data)
        self.cells = cells

    def cell_of(self, path: Path_) -> str:
        for end in range(len(path), 0, -1):
            cell = self.cells.get(tuple(path[:end]))
            if cell is not None:
                return cell
        return CRITERIA_SHEET

    def problem(self, path: Path_, message: str, hint: str = "") -> Problem:
        return Problem(self.display, None, self.cell_of(path), message, hint)

    def keyed_problem(self, path: Path_, key: str, /, **values: object) -> Problem:
        return Problem.keyed(self.display, None, self.cell_of(path), key, **values)


class _Rows:
    """Turns the two sheets into criteria.toml's document, remembering cells."""

    def __init__(self, cells: CellReader) -> None:
        self.read = cells
        self.cells: dict[Path_, str] = {}
        self.data: dict[str, Any] = {"indicators": [], "sections": []}

    def _row(self, sheet: Worksheet, row: int, columns: tuple[str, ...]) -> dict[str, str]:
        """Coordinates of the row's columns, or {} when the row is blank."""
        coords = {key: f"{get_column_letter(i)}{row}"
                  for i, key in enumerate(columns, start=1)}
        if all(is_blank(sheet[c].value) for c in coords.values()):
            return {}
        return coords

    def indicators(self, sheet: Worksheet) -> None:
        for row in range(2, sheet.max_row + 1):
            coords = self._row(sheet, row, INDICATOR_COLUMNS)
            if not coords:
                continue
            path: Path_ = ("indicators", len(self.data["indicators"]))
            self.cells[path] = where(sheet, coords["key"])
            item: dict[str, Any] = {}
            for key in ("key", "label", "label_en", "unit"):
                self.cells[(*path, key)] = where(sheet, coords[key])
                text = self.read.text(sheet, coords[key])
                if text is None:  # already reported
                    continue
                if text or key in ("key", "label"):
                    item[key] = text
            self.cells[(*path, "integer")] = where(sheet, coords["integer"])
            if self.read.yes_no(sheet, coords["integer"]):
                item["integer"] = True
            self.data["indicators"].append(item)

    def criteria(self, sheet: Worksheet) -> None:
        nodes: dict[str, tuple[dict[str, Any], Path_]] = {}
        for row in range(2, sheet.max_row + 1):
            coords = self._row(sheet, row, CRITERIA_COLUMNS)
            if coords:
                self._node(sheet, coords, nodes)

    def _node(self, sheet: Worksheet, coords: dict[str, str],
              nodes: dict[str, tuple[dict[str, Any], Path_]]) -> None:
        text = {key: self.read.text(sheet, coords[key]) for key in
                ("code", "parent", "title", "title_en", "rule", "indicator", "parameters",
                 "evidence", "applies_to")}
        if None in text.values():  # a cell that holds no text: already reported
            return
        parent = text["parent"]
        if parent:
            if parent not in nodes or "rule" in nodes[parent][0]:
                self.read.fail(where(sheet, coords["parent"]), "criteria_sheet.parent",
                               parent=parent)
                return
            siblings, at = nodes[parent][0].setdefault("items", []), nodes[parent][1]
            path: Path_ = (*at, "items", len(siblings))
        else:
            siblings, path = self.data["sections"], ("sections", len(self.data["sections"]))
        node: dict[str, Any] = {"code": text["code"], "title": text["title"]}
        self.cells[path] = where(sheet, coords["code"])
        for key in ("code", "title", "title_en", "max_points", "applies_to", "evidence"):
            self.cells[(*path, key)] = where(sheet, coords[key])
        if text["title_en"]:
            node["title_en"] = text["title_en"]
        if text["applies_to"]:
            node["applies_to"] = [t.strip() for t in text["applies_to"].split(",") if t.strip()]
        maximum = self.read.number(sheet, coords["max_points"])
        if maximum is not None:
            node["max_points"] = maximum
        per_type = self.read.yes_no(sheet, coords["per_type"])
        if text["rule"]:
            if per_type:
                self.read.fail(where(sheet, coords["per_type"]), "criteria_sheet.per_type_rule")
            if text["evidence"]:
                node["evidence"] = text["evidence"]
            node["rule"] = self._rule(sheet, coords, text, path)
        else:
            for key in ("indicator", "parameters", "evidence"):
                if text[key]:
                    self.read.fail(where(sheet, coords[key]), "criteria_sheet.section_field",
                                   field=key)
            if per_type:
                node["per_type"] = True
        siblings.append(node)
        if text["code"] and text["code"] not in nodes:
            nodes[text["code"]] = (node, path)

    def _rule(self, sheet: Worksheet, coords: dict[str, str], text: dict[str, str | None],
              path: Path_) -> dict[str, Any]:
        rule: dict[str, Any] = {"kind": text["rule"]}
        here: Path_ = (*path, "rule")
        self.cells[here] = self.cells[(*here, "kind")] = where(sheet, coords["rule"])
        self.cells[(*here, "indicator")] = where(sheet, coords["indicator"])
        if text["indicator"]:
            rule["indicator"] = text["indicator"]
        parameters = text["parameters"] or ""
        if text["rule"] == "formula":
            self.cells[(*here, "expression")] = where(sheet, coords["parameters"])
            if parameters:
                rule["expression"] = parameters
            return rule
        items: list[dict[str, str]] = []
        for part in (p.strip() for p in parameters.split(";")):
            if not part:
                continue
            name, equals, value = (s.strip() for s in part.partition("="))
            if not equals or not name:
                self.read.fail(where(sheet, coords["parameters"]), "criteria_sheet.parameter",
                               part=part)
                continue
            if text["rule"] == "adjustment" and name not in ADJUSTMENT_BOUNDS:
                self.cells[(*here, "items", len(items))] = where(sheet, coords["parameters"])
                items.append({"indicator": name, "points_each": value})
            else:
                self.cells[(*here, name)] = where(sheet, coords["parameters"])
                rule[name] = value
        if items:
            rule["items"] = items
        return rule


def read_criteria_workbook(book: Workbook, display: str,
                           known_types: Collection[str] | None = None) -> CriteriaTable:
    """The table in ``book``; raises :class:`ValidationError` with every problem, each
    naming its sheet and cell. ``known_types`` (the installed association types and the
    bloc's member types) are what ``applies_to`` may name; None: not checked."""
    cells = CellReader(display)
    sheets = [cells.sheet(book, INDICATOR_SHEET), cells.sheet(book, CRITERIA_SHEET)]
    indicators, criteria = sheets
    if indicators is None or criteria is None:
        raise ValidationError(cells.problems)
    good = cells.headings(indicators, 1, INDICATOR_COLUMNS) \
        & cells.headings(criteria, 1, CRITERIA_COLUMNS)
    good &= cells.unmerged(indicators) & cells.unmerged(criteria)
    if not good:
        raise ValidationError(cells.problems)
    rows = _Rows(cells)
    rows.indicators(indicators)
    rows.criteria(criteria)
    reader = Reader(_CellSource(display, rows.data, rows.cells))
    table = read_criteria(reader, rows.data)
    if table is not None and known_types is not None:
        check_applies_to(reader, rows.data, table, known_types)
    reported = {problem.field for problem in cells.problems}  # said once, by the cell
    problems = cells.problems + [p for p in reader.problems if p.field not in reported]
    if problems or table is None:
        raise ValidationError(problems)
    return table


def read_criteria_file(path: Path, display: str,
                       known_types: Collection[str] | None = None) -> CriteriaTable:
    """The table in the workbook at ``path`` (checked by :mod:`.xlsxsafe` first)."""
    return read_criteria_workbook(open_workbook(path, display), display, known_types)
