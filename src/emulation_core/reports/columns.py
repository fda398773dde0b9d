"""The columns of the ranking and of a score sheet, shared by every file format.

A column has a header in the report's language, a cell function and a kind: ``points``
(an exact Decimal at the campaign's precision), ``whole`` (an int) or ``text``. Human
formats show a points cell with :meth:`Report.points_text` (a decimal comma in Vietnamese);
spreadsheets keep it a number.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Generic, Literal, TypeVar

from attrs import frozen

from ..messages import Language, render
from ..value_object import ValueObject
from .model import Figure, RankingRow, Report, SheetRow

__all__ = ["Cell", "Column", "cell_text", "figures_text", "ranking_columns", "sheet_columns"]

Cell = Decimal | int | str | None
Kind = Literal["points", "whole", "text"]
Row = TypeVar("Row")


@frozen
class Column(ValueObject, Generic[Row]):
    """A column: its header, what each row shows in it and the kind of value."""

    header: str
    cell: Callable[[Row], Cell]
    kind: Kind = "text"


def cell_text(value: Cell, column: Column[Row], report: Report) -> str:
    """A cell as people read it."""
    if value is None:
        return ""
    if column.kind == "points" and isinstance(value, Decimal):
        return report.points_text(value)
    return str(value)


def _section(index: int) -> Callable[[RankingRow], Cell]:
    return lambda row: row.sections[index]


def ranking_columns(report: Report) -> list[Column[RankingRow]]:
    """The ranking's columns: rank, member, status, section subtotals, bonus, deductions,
    total, percent (when the campaign ranks by it), rating, tie note, change."""
    lang = report.lang
    columns: list[Column[RankingRow]] = [
        Column(render("report.col.rank", lang), lambda r: r.rank, "whole"),
        Column(render("report.col.member", lang), lambda r: r.member.id),
        Column(render("report.col.name", lang), lambda r: r.member.name),
        Column(render("report.col.type", lang), lambda r: r.member.type),
        Column(render("report.col.status", lang), lambda r: r.status_text),
    ]
    columns += [Column(render("report.col.section", lang, code=head.code), _section(i),
                       "points") for i, head in enumerate(report.sections)]
    columns += [
        Column(render("report.col.bonus", lang), lambda r: r.bonus, "points"),
        Column(render("report.col.deductions", lang), lambda r: r.deductions, "points"),
        Column(render("report.col.total", lang), lambda r: r.total, "points"),
    ]
    if report.by_percent:
        columns.append(Column(render("report.col.percent", lang), lambda r: r.percent,
                              "points"))
    columns += [Column(render("report.col.rating", lang), lambda r: r.rating),
                Column(render("report.col.tie", lang), lambda r: r.tie_note)]
    if report.has_previous:
        columns.append(Column(render("report.col.change", lang), lambda r: r.change_text))
    return columns


def figures_text(figures: tuple[Figure, ...], lang: Language, *, corrected: bool) -> str:
    """The reported (or the corrected) figures of a criterion: ``Đơn vị máu: 11 380``."""
    parts = []
    for figure in figures:
        if corrected:
            if figure.corrected is not None:
                parts.append(render("report.figure.reason", lang, label=figure.label,
                                    value=figure.corrected, reason=figure.reason))
        elif figure.reported is not None:
            parts.append(render("report.figure", lang, label=figure.label,
                                value=figure.reported))
    return "; ".join(parts)


def sheet_columns(report: Report) -> list[Column[SheetRow]]:
    """A score sheet's columns: code, criterion, max, reported and corrected figures,
    self-scored and verified points, the points that count, where from and why."""
    lang = report.lang
    return [
        Column(render("report.col.code", lang), lambda r: r.code),
        Column(render("report.col.criterion", lang), lambda r: r.title),
        Column(render("report.col.max", lang), lambda r: r.max_points, "points"),
        Column(render("report.col.reported", lang),
               lambda r: figures_text(r.figures, lang, corrected=False)),
        Column(render("report.col.corrected", lang),
               lambda r: figures_text(r.figures, lang, corrected=True)),
        Column(render("report.col.self", lang), lambda r: r.self_points, "points"),
        Column(render("report.col.verified", lang), lambda r: r.verified_points, "points"),
        Column(render("report.col.points", lang), lambda r: r.points, "points"),
        Column(render("report.col.source", lang), lambda r: r.source),
        Column(render("report.col.why", lang), lambda r: r.why),
    ]
