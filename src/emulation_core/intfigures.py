"""A submission's figures as integers, converted once and kept beside the submission.

The integer engine reads each member's indicator values and entered scores as Python
integers. :func:`figures_of` converts a submission's once per unit and keeps the result
beside it (weakly: it goes when the submission goes), so a scoreboard built again from the
same submissions (the UI after a save, a script, the roll-up) reads integers at once.
Values are whole numbers in nearly every report; one with decimals is kept aside, and a
criterion that reads it is scored by the rule's own exact function instead.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from decimal import Decimal

from .model import Submission
from .nameorder import forget_orders
from .units import Units

__all__ = ["Figures", "figures_of", "forget_all", "split_whole"]


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


class Figures:
    """One report's figures in integers.

    ``whole``: indicator values that are whole numbers; ``fractional``: the others (as
    Decimals); ``reviewed``: the reviewed points (after explanation, else verified) by
    criterion code, in units; ``picked``: the reviewed points, else the self-score.
    """

    __slots__ = ("decimals", "fractional", "picked", "reviewed", "whole")

    def __init__(self, values: Mapping[str, Decimal], sub: Submission | None,
                 units: Units) -> None:
        self.decimals = units.decimals
        self.whole, self.fractional = split_whole(values)
        reviewed: dict[str, int] = {}
        picked: dict[str, int] = {}
        if sub is not None:
            of, known = units.of, units.known
            for code, entry in sub.entries.items():
                points = entry.explained_points
                if points is None:
                    points = entry.verified_points
                if points is None:
                    points = entry.self_points
                    if points is None:
                        continue
                    picked[code] = known[points] if points in known else of(points)
                else:
                    reviewed[code] = picked[code] = \
                        known[points] if points in known else of(points)
        self.reviewed = reviewed
        self.picked = picked


_KEPT: dict[int, tuple[weakref.ref[Submission], Figures]] = {}


def _forget(key: int) -> None:
    _KEPT.pop(key, None)


def figures_of(sub: Submission | None, values: Mapping[str, Decimal], units: Units) -> Figures:
    """The report's figures in ``units``; kept beside ``sub`` when ``values`` are its own
    (no verifier's corrections, nothing derived by the member type's plugin)."""
    if sub is None or values is not sub.values:
        return Figures(values, sub, units)
    key = id(sub)
    kept = _KEPT.get(key)
    if kept is not None and kept[0]() is sub and kept[1].decimals == units.decimals:
        return kept[1]
    figures = Figures(values, sub, units)
    _KEPT[key] = weakref.ref(sub, lambda _, key=key: _forget(key)), figures  # type: ignore[misc]
    return figures


def forget_all() -> None:
    """Drop every kept conversion and name order (benchmarks measure them this way)."""
    _KEPT.clear()
    _WHOLE.clear()
    forget_orders()
