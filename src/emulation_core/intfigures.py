"""A submission's figures as integers, converted once and kept beside the submission.

The integer engine reads each member's indicator values and entered scores as Python
integers. :func:`figures_of` converts a submission's once per unit and keeps the result
beside it (weakly: it goes when the submission goes), so a scoreboard built again from the
same submissions (the UI after a save, a script, the roll-up) reads integers at once.
Values are whole numbers in nearly every report; one with decimals is kept aside, and a
criterion that reads it is scored by the rule's own exact function instead.
"""

from __future__ import annotations

import copy
import sys
import weakref
from collections.abc import Mapping
from decimal import Decimal

from .model import CriterionEntry, Submission
from .nameorder import forget_orders
from .units import Units

__all__ = ["Figures", "Points", "entry_points", "figures_of", "forget_all", "forget_engine",
           "keep_read", "reading_units", "split_whole"]


_WHOLE: dict[Decimal, int | None] = {}  # values seen: the whole number, or None
_WHOLE_MOST = 1 << 16


def _whole_of(value: Decimal) -> int | None:
    """``value`` as an int when it is a whole number, else None."""
    if value.is_finite() and (number := int(value)) == value:
        return number
    return None


def split_whole(values: Mapping[str, Decimal]) -> tuple[dict[str, int], dict[str, Decimal]]:
    """``values`` split into the whole numbers (as ints) and the others."""
    whole: dict[str, int] = {}
    fractional: dict[str, Decimal] = {}
    known = _WHOLE
    for key, value in values.items():
        try:
            number = known[value]
        except (KeyError, TypeError):  # not seen yet (TypeError: a signalling NaN)
            number = _whole_of(value)
            if len(known) < _WHOLE_MOST and value.is_finite():
                known[value] = number
        if number is None:
            fractional[key] = value
        else:
            whole[key] = number
    return whole, fractional


Points = tuple[int | None, bool]
"""An entry's counted points in units (None: none entered), and whether a reviewer set them."""


def entry_points(entry: CriterionEntry, units: Units) -> Points:
    """The points an entry counts, in ``units``: the reviewed points (after explanation,
    else verified), else the self-score (:class:`OffScale` if finer than the unit)."""
    points = entry.explained_points
    if points is None:
        points = entry.verified_points
    if points is not None:
        return units.of(points), True
    points = entry.self_points
    return (None, False) if points is None else (units.of(points), False)


class Figures:
    """One report's figures in integers.

    ``whole``: indicator values that are whole numbers; ``fractional``: the others (as
    Decimals); ``reviewed``: the reviewed points (after explanation, else verified) by
    criterion code, in units; ``picked``: the reviewed points, else the self-score.
    """

    __slots__ = ("decimals", "fractional", "picked", "reviewed", "whole")

    def __init__(self, values: Mapping[str, Decimal], sub: Submission | None,
                 units: Units) -> None:
        entries = {} if sub is None else \
            {code: entry_points(entry, units) for code, entry in sub.entries.items()}
        self._fill(units.decimals, values, {}, entries)

    @classmethod
    def read(cls, decimals: int, values: Mapping[str, Decimal], whole: Mapping[str, int],
             entries: Mapping[str, Points]) -> Figures:
        """Figures from what the reader made: ``whole``, values read as integers already;
        ``values`` the others; each entry's points in 10^-``decimals``."""
        figures = cls.__new__(cls)
        figures._fill(decimals, values, whole, entries)
        return figures

    def _fill(self, decimals: int, values: Mapping[str, Decimal], whole: Mapping[str, int],
              entries: Mapping[str, Points]) -> None:
        self.decimals = decimals
        self.whole, self.fractional = split_whole(values)
        if whole:
            self.whole.update(whole)
        self.reviewed: dict[str, int] = {}
        self.picked: dict[str, int] = {}
        for code, (points, reviewed) in entries.items():
            if points is not None:
                self.picked[code] = points
                if reviewed:
                    self.reviewed[code] = points

    def finer(self, decimals: int) -> Figures:
        """The same figures with the entered points counted in 10^-``decimals`` (a unit as
        fine as this one or finer)."""
        factor = 10 ** (decimals - self.decimals)
        found = copy.copy(self)
        found.decimals = decimals
        found.reviewed = {code: points * factor for code, points in self.reviewed.items()}
        found.picked = {code: points * factor for code, points in self.picked.items()}
        return found


_KEPT: dict[int, tuple[weakref.ref[Submission], Figures]] = {}


def _forget(key: int) -> None:
    _KEPT.pop(key, None)


def figures_of(sub: Submission | None, values: Mapping[str, Decimal], units: Units) -> Figures:
    """The report's figures in ``units``; kept beside ``sub`` when ``values`` are its own
    (no verifier's corrections, nothing derived by the member type's plugin)."""
    if sub is None and not values:  # no report: one shared empty row per unit
        empty = _NONE.get(units.decimals)
        if empty is None:
            empty = _NONE[units.decimals] = Figures(values, None, units)
        return empty
    if sub is None or values is not sub.values:
        return Figures(values, sub, units)
    key = id(sub)
    kept = _KEPT.get(key)
    if kept is not None and kept[0]() is sub:
        if kept[1].decimals == units.decimals:
            return kept[1]
        if kept[1].decimals < units.decimals:  # kept when read, in the precision's unit
            return _keep(sub, kept[1].finer(units.decimals))
    return _keep(sub, Figures(values, sub, units))


def keep_read(sub: Submission, whole: Mapping[str, int], others: Mapping[str, Decimal],
              entries: Mapping[str, Points], precision: Decimal) -> None:
    """Keep the figures of a submission just read: ``whole``, its values read as integers,
    ``others`` the rest of its values, ``entries`` each entry's points in units of
    ``precision`` (the engine makes them finer if it counts finer)."""
    _keep(sub, Figures.read(reading_units(precision).decimals, others, whole, entries))


def reading_units(precision: Decimal) -> Units:
    """The unit submissions are read in: that of the campaign's precision."""
    units = _UNITS.get(precision)
    if units is None:
        units = _UNITS[precision] = Units(precision, 0)
    return units


_UNITS: dict[Decimal, Units] = {}
_NONE: dict[int, Figures] = {}  # the figures of no report, by unit


def _keep(sub: Submission, figures: Figures) -> Figures:
    key = id(sub)
    _KEPT[key] = weakref.ref(sub, lambda _, key=key: _forget(key)), figures  # type: ignore[misc]
    return figures


def forget_all() -> None:
    """Drop every kept conversion, those made when reading included, and every name
    order (benchmarks measure them this way)."""
    _KEPT.clear()
    _WHOLE.clear()
    forget_engine()


def forget_engine() -> None:
    """Drop what the engine keeps for the next board (name orders, figures matrices and
    columns), not the figures kept when submissions were read (benchmarks measure the
    engine from the reader's objects this way)."""
    from .intmatrix import forget_matrices  # it imports this module

    forget_orders()
    forget_matrices()
    held = sys.modules.get(f"{__package__}.colinputs")  # loaded with numpy, if at all
    if held is not None:
        held.forget_columns()
