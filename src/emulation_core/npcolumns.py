"""Built-in rules over numpy int64 columns: the vectorised twin of :mod:`.kernels`.

Used for large blocs only (numpy is the optional ``fast`` extra, imported on first use; see
:data:`.kernels.VECTOR_FROM`). Each kernel computes the same exact numerator ÷ denominator
per member as the pure integer kernel, clamps it to the criterion's bounds and rounds it
once, half away from zero, at the precision, in int64. Before every product or sum the
largest magnitude it can reach is worked out from the operands' actual extremes (Python
integers, so the check itself cannot overflow); if it could pass 2^63 - 1 the kernel
raises :class:`Overflow` and the column is scored by the pure kernel, in Python integers.
Nothing is ever rounded to fit.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TypeAlias, cast

import numpy as np
import numpy.typing as npt

from .blocstats import BlocStats
from .criteria import Criterion
from .exact import FRACTION_ZERO
from .kernels import Source
from .rules import (
    AdjustmentRule,
    FormulaRule,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
    YesNoRule,
)
from .units import Units

__all__ = ["LIMIT", "ArrayKernel", "Bools", "Ints", "Overflow", "VectorKernel", "array",
           "array_kernel", "bound", "fits", "flags", "kernel", "vector_finisher"]

Ints: TypeAlias = npt.NDArray[np.int64]
Int: TypeAlias = "Ints | int"
Bools: TypeAlias = npt.NDArray[np.bool_]
VectorKernel = Callable[[Source, BlocStats], list[int] | None]
"""A column's points in units, or None when a value it reads has decimals."""
ArrayKernel = Callable[[Source, BlocStats], "Ints | None"]
"""The same as an int64 column."""

LIMIT = 2**63 - 1


class Overflow(Exception):
    """A step could pass int64: the column goes to the pure kernel."""


def bound(values: Int) -> int:
    """The largest magnitude in ``values`` (a Python int, exact)."""
    if isinstance(values, int):
        return abs(values)
    if not values.size:
        return 0
    return max(-int(values.min()), int(values.max()))


def fits(*magnitudes: int) -> None:
    """Raise :class:`Overflow` unless every magnitude fits int64."""
    if max(magnitudes) > LIMIT:
        raise Overflow


def array(numbers: Sequence[int]) -> Ints:
    """Python integers as an int64 column (:class:`Overflow` if one does not fit)."""
    try:
        found = np.array(numbers, dtype=np.int64)
    except OverflowError:
        raise Overflow from None
    if found.size and int(found.min()) == -LIMIT - 1:  # its magnitude would not fit
        raise Overflow
    return found


def flags(truths: Sequence[bool]) -> Bools:
    """Python truth values as a boolean column."""
    return np.array(truths, dtype=np.bool_)


def vector_finisher(units: Units, low: Decimal, high: Decimal) -> Callable[[Int, Int], Ints]:
    """finish(n / d) for whole columns (d > 0): clamped to [low, high], rounded half away
    from zero at the precision, clamped again if a bound is off the grid; in units. (The
    column twin of :meth:`.units.Units.finisher`.)"""
    low_n, low_d = low.as_integer_ratio()
    high_n, high_d = high.as_integer_ratio()
    low_u, high_u = units.of(low), units.of(high)
    on_grid = low % units.precision == 0 and high % units.precision == 0
    step_n, step_d = units.precision.as_integer_ratio()
    step = units.step

    def finish(numerators: Int, denominators: Int) -> Ints:
        n_most, d_most = bound(numerators), bound(denominators)
        fits(n_most * high_d, abs(high_n) * d_most, n_most * low_d, abs(low_n) * d_most)
        n, d = np.asarray(numerators, dtype=np.int64), np.asarray(denominators, dtype=np.int64)
        above = n * high_d > high_n * d
        below = n * low_d < low_n * d
        n = np.where(above, high_n, np.where(below, low_n, n))
        d = np.where(above, high_d, np.where(below, low_d, d))
        n_most = max(n_most, abs(high_n), abs(low_n))
        d_most = max(d_most, high_d, low_d)
        fits(2 * n_most * step_d + d_most * step_n, 2 * d_most * step_n)
        steps = (2 * np.abs(n) * step_d + d * step_n) // (2 * d * step_n)
        points = np.where(n < 0, -steps, steps) * step
        return points if on_grid else np.clip(points, low_u, high_u)

    return finish


def kernel(criterion: Criterion, units: Units) -> VectorKernel | None:
    """The vectorised kernel of a built-in rule (None: the pure kernel serves it)."""
    found = None if type(criterion.rule) is YesNoRule else array_kernel(criterion, units)
    if found is None:  # yes/no is one comparison a cell: the pure kernel is as quick
        return None
    scored = found

    def column(source: Source, stats: BlocStats) -> list[int] | None:
        points = scored(source, stats)
        return None if points is None else points.tolist()

    return column


def array_kernel(criterion: Criterion, units: Units) -> ArrayKernel | None:
    """The same, giving an int64 column."""
    rule = criterion.rule
    kind = type(rule)
    if kind is RelativeRule:
        return _relative(cast(RelativeRule, rule), criterion, units)
    if kind is PerOccurrenceRule:
        return _per_occurrence(cast(PerOccurrenceRule, rule), criterion, units)
    if kind is TargetRule:
        return _target(cast(TargetRule, rule), criterion, units)
    if kind is AdjustmentRule:
        return _adjustment(cast(AdjustmentRule, rule), criterion, units)
    if kind is FormulaRule:
        from .npformula import formula_kernel
        return formula_kernel(cast(FormulaRule, rule), criterion, units)
    if kind is YesNoRule:
        return _yes_no(cast(YesNoRule, rule), criterion, units)
    return None


def _yes_no(rule: YesNoRule, criterion: Criterion, units: Units) -> ArrayKernel:
    finish = units.finisher(criterion.lowest, criterion.highest)
    done, undone = finish(*criterion.max_points.as_integer_ratio()), finish(0, 1)
    fits(abs(done), abs(undone))
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> Ints | None:
        got = _whole(source, key)
        return None if got is None else np.where(got > 0, done, undone)

    return column


def _whole(source: Source, key: str) -> Ints | None:
    return source.whole_ints(key)


def _relative(rule: RelativeRule, criterion: Criterion, units: Units) -> ArrayKernel:
    finish = vector_finisher(units, criterion.lowest, criterion.highest)
    nothing = units.finisher(criterion.lowest, criterion.highest)(0, 1)
    top_n, top_d = criterion.max_points.as_integer_ratio()
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> Ints | None:
        got = _whole(source, key)
        if got is None:
            return None
        best = stats.of(key).best.value
        if best.numerator <= 0:
            return np.full(len(got), nothing, dtype=np.int64)
        factor = top_n * best.denominator
        fits(factor * bound(got), top_d * best.numerator)
        return finish(factor * got, top_d * best.numerator)

    return column


def _per_occurrence(rule: PerOccurrenceRule, criterion: Criterion, units: Units,
                    ) -> ArrayKernel:
    finish = vector_finisher(units, criterion.lowest, criterion.highest)
    each_n, each_d = rule.points_each.as_integer_ratio()
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> Ints | None:
        got = _whole(source, key)
        if got is None:
            return None
        fits(abs(each_n) * bound(got))
        return finish(each_n * got, each_d)

    return column


def _adjustment(rule: AdjustmentRule, criterion: Criterion, units: Units) -> ArrayKernel:
    finish = vector_finisher(units, criterion.lowest, criterion.highest)
    exact = units.finisher(criterion.lowest, criterion.highest)
    items = [(i.indicator, *i.points_each.as_integer_ratio()) for i in rule.items]
    den = 1
    for _, _, each_d in items:
        den *= each_d
    weights = [(key, each_n * (den // each_d)) for key, each_n, each_d in items]
    floor_n, floor_d = rule.floor.as_integer_ratio()
    ceiling_n, ceiling_d = rule.ceiling.as_integer_ratio()
    at_floor, at_ceiling = exact(floor_n, floor_d), exact(ceiling_n, ceiling_d)

    def column(source: Source, stats: BlocStats) -> Ints | None:
        sums: Ints = np.zeros(len(source.ids), dtype=np.int64)
        most = 0
        for key, weight in weights:
            got = _whole(source, key)
            if got is None:
                return None
            most += abs(weight) * bound(got)
            fits(most, den, abs(ceiling_n) * den, abs(floor_n) * den,
                 most * ceiling_d, most * floor_d)
            sums = sums + weight * got
        inside = finish(sums, den)
        return np.where(sums * ceiling_d > ceiling_n * den, at_ceiling,
                        np.where(sums * floor_d < floor_n * den, at_floor, inside))

    return column


def _target(rule: TargetRule, criterion: Criterion, units: Units) -> ArrayKernel:
    """The target rule (see rules.TargetRule) on whole results and targets."""
    finish = vector_finisher(units, criterion.lowest, criterion.highest)
    exact = units.finisher(criterion.lowest, criterion.highest)
    nothing = exact(0, 1)
    maximum = criterion.max_points
    top_n, top_d = maximum.as_integer_ratio()
    share = rule.over_share
    base_n, base_d = (maximum * (1 - share)).as_integer_ratio()
    kept_n, kept_d = (maximum * share).as_integer_ratio()
    at_base = exact(base_n, base_d)
    by_ratio = rule.over_measure.value == "ratio"
    wait_for_target = rule.not_entered.value == "zero"
    key = rule.indicator

    def column(source: Source, stats: BlocStats) -> Ints | None:
        got = _whole(source, key)
        if got is None:
            return None
        goal, unset = source.goal_ints(key)
        figures = stats.of(key)
        best = rule.untargeted_best(figures)
        over = rule.best_over(figures) if share else FRACTION_ZERO
        got_most, goal_most = bound(got), bound(goal)
        untargeted = goal == 0
        under = ~untargeted & (got <= goal)
        beyond = ~untargeted & ~under
        safe_goal = np.where(untargeted, 1, goal)
        # below the target (and, harmlessly, everyone else): base × got ÷ goal
        fits(abs(base_n) * got_most, base_d * max(goal_most, 1))
        n, d = base_n * got, base_d * safe_goal
        if best.numerator > 0:  # without a target: maximum × got ÷ the best
            fits(top_n * best.denominator * got_most, top_d * best.numerator)
            n = np.where(untargeted, top_n * best.denominator * got, n)
            d = np.where(untargeted, top_d * best.numerator, d)
        if over.numerator > 0:  # base + kept × (over ÷ best over)
            excess = np.where(beyond, got - goal, 0)
            excess_most = got_most + goal_most
            extra_n_most = kept_n * excess_most * over.denominator
            extra_d_most = kept_d * (max(goal_most, 1) if by_ratio else 1) * over.numerator
            fits(extra_n_most, extra_d_most, base_n * extra_d_most + extra_n_most * base_d,
                 base_d * extra_d_most)
            extra_n = kept_n * over.denominator * excess
            extra_d = kept_d * over.numerator * (safe_goal if by_ratio else 1)
            n = np.where(beyond, base_n * extra_d + extra_n * base_d, n)
            d = np.where(beyond, base_d * extra_d, d)
        points = finish(n, d)
        if best.numerator <= 0:
            points = np.where(untargeted, nothing, points)
        elif wait_for_target:
            points = np.where(unset, nothing, points)
        if over.numerator <= 0:
            points = np.where(beyond, at_base, points)
        return points

    return column
