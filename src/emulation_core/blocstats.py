"""Bloc figures: what a comparative criterion compares each member with, and who set it.

For one criterion, the figures are taken over the members *scored on it*: their table holds
the criterion (per-type criteria: members of that type), it is assigned to them, and their
report is submitted (drafts and missing reports do not move the bloc's figures). Each figure
names the members who set it, so an explanation can say whose result was the bar.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import cast

from attrs import field, frozen

from .exact import FRACTION_ZERO
from .value_object import ValueObject

__all__ = ["BlocStats", "BlocTracker", "Figure", "IndicatorFigures", "Report", "Row", "row_of",
           "whole_row"]


@frozen
class Figure(ValueObject):
    """One bloc figure and the members (ids, sorted) whose result it is; 0 and () if none."""

    value: Fraction = FRACTION_ZERO
    members: tuple[str, ...] = ()


_NONE = Figure()


@frozen
class IndicatorFigures(ValueObject):
    """One indicator across the members scored on a criterion.

    ``best``/``worst``: highest and lowest result; ``best_ratio``: highest result ÷ target
    over members with a target; ``best_excess``: highest result − target over those members;
    ``best_untargeted``: highest result over members without a target.
    """

    best: Figure = _NONE
    worst: Figure = _NONE
    best_ratio: Figure = _NONE
    best_excess: Figure = _NONE
    best_untargeted: Figure = _NONE


_EMPTY = IndicatorFigures()


def _empty_figures() -> Mapping[str, IndicatorFigures]:
    return {}


@frozen
class BlocStats(ValueObject):
    """A comparative criterion's bloc figures: how many members, and per indicator."""

    members: int = 0
    figures: Mapping[str, IndicatorFigures] = field(factory=_empty_figures)

    def of(self, indicator: str) -> IndicatorFigures:
        """The figures of ``indicator`` (all 0, set by nobody, when none were taken)."""
        return self.figures.get(indicator, _EMPTY)


Report = tuple[tuple[Decimal, Decimal | None], ...]
"""What one member brings to a criterion: per bloc indicator, its result and its target
(None when it has no target, or a target of 0)."""


Ratio = tuple[int, int]
"""An exact ratio as (numerator, denominator > 0), compared without building fractions."""


def _extreme(ids: list[str], values: list[Decimal | int],
             pick: Callable[[list[Decimal | int]], Decimal | int]) -> Figure:
    """The highest (``pick`` max) or lowest (min) value, with the members who have it."""
    if not values:
        return _NONE
    value = pick(values)
    return Figure(Fraction(value),
                  tuple(sorted(m for m, v in zip(ids, values, strict=True) if v == value)))


def _top_ratio(pairs: list[tuple[Ratio, str]]) -> Figure:
    if not pairs:
        return _NONE
    (top_n, top_d), _ = pairs[0]
    for (n, d), _ in pairs:
        if n * top_d > top_n * d:
            top_n, top_d = n, d
    return Figure(Fraction(top_n, top_d),
                  tuple(sorted(m for (n, d), m in pairs if n * top_d == top_n * d)))


def _short(figure: Figure, value: Decimal | int) -> bool:
    """``value`` is below a figure that someone sets."""
    return bool(figure.members) and value < figure.value


def _short_ratio(figure: Figure, ratio: Ratio) -> bool:
    """The ratio (denominator > 0) is below a figure that someone sets."""
    n, d = ratio
    return bool(figure.members) and n * figure.value.denominator < figure.value.numerator * d


Row = tuple[tuple[Decimal | int, Ratio | None, Ratio | None], ...]
"""A report worked out once: per indicator, result, result ÷ target and result − target
(the result a Decimal, or an int when whole: they compare and convert alike)."""


def whole_row(results: tuple[int, ...], targets: tuple[int | None, ...]) -> Row:
    """A report of whole results and targets (None or 0: no target), worked out."""
    return tuple((got, None, None) if not goal else (got, (got, goal), (got - goal, 1))
                 for got, goal in zip(results, targets, strict=True))


def row_of(report: Report) -> Row:
    """A report worked out: per indicator, result, result ÷ target, result − target."""
    row: list[tuple[Decimal | int, Ratio | None, Ratio | None]] = []
    for achieved, target in report:
        got_n, got_d = achieved.as_integer_ratio()
        if target is None:  # a whole result is kept as an int, as whole_row has it
            row.append((got_n if got_d == 1 else achieved, None, None))
        else:
            goal_n, goal_d = target.as_integer_ratio()
            row.append((got_n if got_d == 1 == goal_d else achieved,
                        (got_n * goal_d, got_d * goal_n),
                        (got_n * goal_d - goal_n * got_d, got_d * goal_d)))
    return tuple(row)


class BlocTracker:
    """Keeps one criterion's members' reports and recomputes the figures when one changes."""

    def __init__(self, indicators: tuple[str, ...]) -> None:
        self.indicators = indicators
        self._rows: dict[str, Row] = {}
        self._pending: Callable[[], dict[str, Row]] | None = None
        self.stats = BlocStats()

    def load(self, reports: Mapping[str, Report]) -> None:
        """Record many members' reports at once (when scoring starts), then the figures."""
        self.load_rows({member_id: row_of(report) for member_id, report in reports.items()})

    def load_rows(self, rows: Mapping[str, Row]) -> None:
        """The same from reports already worked out (see :func:`whole_row`); it replaces
        whatever was recorded."""
        self._rows = dict(rows)
        self._pending = None
        self.stats = self.compute()

    def load_worked_out(self, stats: BlocStats, rows: Callable[[], dict[str, Row]]) -> None:
        """Figures worked out elsewhere (vectorised, for a large bloc), and what gives the
        reports they were taken from, called when :meth:`record` first needs them."""
        self.stats = stats
        self._rows = {}
        self._pending = rows

    def record(self, member_id: str, report: Report | None) -> bool:
        """Set (or, with None, drop) the member's report; whether the figures moved."""
        if self._pending is not None:
            self._rows, self._pending = self._pending(), None
        if report is None:
            if self._rows.pop(member_id, None) is None:
                return False
        else:
            row = row_of(report)
            kept = self._rows.get(member_id)
            if kept == row:
                return False
            unmoved = kept is not None and self._below_every_figure(member_id, row)
            self._rows[member_id] = row
            if unmoved:
                return False
        stats = self.compute()
        moved = stats != self.stats
        self.stats = stats
        return moved

    def _below_every_figure(self, member_id: str, row: Row) -> bool:
        """Whether replacing the member's row by ``row`` leaves every figure as it is: the
        member sets none of them now, and ``row`` reaches none (each figure it would count
        in has setters, and ``row`` is strictly short of each)."""
        for indicator, (value, ratio, excess) in zip(self.indicators, row, strict=True):
            figures = self.stats.of(indicator)
            kept = (figures.best, figures.worst, figures.best_ratio, figures.best_excess,
                    figures.best_untargeted)
            if any(member_id in figure.members for figure in kept):
                return False
            if not (_short(figures.best, value) and figures.worst.members
                    and value > figures.worst.value):
                return False
            if ratio is None or excess is None:
                if not _short(figures.best_untargeted, value):
                    return False
            elif not (_short_ratio(figures.best_ratio, ratio)
                      and _short_ratio(figures.best_excess, excess)):
                return False
        return True

    def compute(self) -> BlocStats:
        """The figures over the reports recorded now."""
        ids = list(self._rows)
        rows = list(self._rows.values())
        figures = {}
        for k, indicator in enumerate(self.indicators):
            cells = [row[k] for row in rows]
            values = [cell[0] for cell in cells]
            if len(cells) >= _vector_from() and all(type(v) is int for v in values):
                # whole results over whole targets: each ratio's denominator is the target
                worked = _vectorised(ids, cast(list[int], values),
                                     [None if c[1] is None else c[1][1] for c in cells])
                if worked is not None:
                    figures[indicator] = worked
                    continue
            targeted = [(cell, m) for cell, m in zip(cells, ids, strict=True)
                        if cell[1] is not None]
            others = [(cell[0], m) for cell, m in zip(cells, ids, strict=True)
                      if cell[1] is None]
            figures[indicator] = IndicatorFigures(
                _extreme(ids, values, max), _extreme(ids, values, min),
                _top_ratio([(cell[1], m) for cell, m in targeted]),  # type: ignore[misc]
                _top_ratio([(cell[2], m) for cell, m in targeted]),  # type: ignore[misc]
                _extreme([m for _, m in others], [v for v, _ in others], max))
        return BlocStats(len(rows), figures)


def _vector_from() -> int:
    from .kernels import VECTOR_FROM
    return VECTOR_FROM


def _vectorised(ids: list[str], values: list[int], targets: list[int | None],
                ) -> IndicatorFigures | None:
    """The figures of a large bloc's whole column in numpy (see :mod:`.npbloc`), or None
    without numpy."""
    from .kernels import vectorised
    if not vectorised():
        return None
    from .npbloc import indicator_figures
    return indicator_figures(ids, values, targets)
