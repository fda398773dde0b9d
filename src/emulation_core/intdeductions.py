"""The ``deductions`` tie-break in units: lateness plus each bonus/deduction criterion's
deduction part, as :mod:`.totals` works it out for the score shown.

:func:`deduction_column` gives every member's from the whole figures held in the group's
matrix (one bonus/deduction criterion at a time); :func:`deductions_of` one member's from
its Decimal values (a value with decimals, or one member after an edit).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from .intgroups import Group

__all__ = ["deduction_column", "deductions_of"]

Rounded = Callable[[int, int], int]


def deduction_column(group: Group, reviewed: Sequence[Mapping[str, int]],
                     counting: Sequence[bool], skipped: Sequence[frozenset[str]],
                     rounded: Rounded) -> list[int]:
    """Every member's deductions, in the group's order (``reviewed``: each member's reviewed
    points by code; ``counting``: whether its submission counts; ``skipped``: its criteria
    not assigned)."""
    found = list(group.late)
    for i, items in group.plan.adjustment_items.items():
        code = group.plan.leaves[i].code
        den = 1
        for _, _, each_d in items:
            den *= each_d
        weights = [each_n * (den // each_d) for _, each_n, each_d in items]
        columns = [group.matrix.values(key) for key, _, _ in items]
        for pos, counted in enumerate(group.cols[i]):
            if not counting[pos] or code in skipped[pos] or code in reviewed[pos]:
                found[pos] += -counted if counted < 0 else 0
                continue
            bonus = minus = 0
            for weight, column in zip(weights, columns, strict=True):
                amount = weight * column[pos]
                if amount > 0:
                    bonus += amount
                else:
                    minus -= amount
            if minus:  # else nothing is deducted
                found[pos] += max(0, min(rounded(minus, den), rounded(bonus, den) - counted))
    return found


def deductions_of(group: Group, pos: int, counts: bool, skipped: frozenset[str],
                  reviewed: Mapping[str, int], values: Mapping[str, Decimal],
                  rounded: Rounded) -> int:
    """The deductions of the group's member at ``pos``, from its Decimal ``values``."""
    found = group.late[pos]
    for i, items in group.plan.adjustment_items.items():
        counted = group.cols[i][pos]
        code = group.plan.leaves[i].code
        if not counts or code in skipped or code in reviewed:
            found += -counted if counted < 0 else 0
            continue
        bonus_n, bonus_d, minus_n, minus_d = 0, 1, 0, 1
        for key, each_n, each_d in items:
            value = values.get(key)
            if value is None:
                continue
            count_n, count_d = value.as_integer_ratio()
            amount_n, amount_d = count_n * each_n, count_d * each_d
            if amount_n > 0:
                bonus_n, bonus_d = bonus_n * amount_d + amount_n * bonus_d, bonus_d * amount_d
            elif amount_n < 0:
                minus_n, minus_d = minus_n * amount_d - amount_n * minus_d, minus_d * amount_d
        found += max(0, min(rounded(minus_n, minus_d), rounded(bonus_n, bonus_d) - counted))
    return found
