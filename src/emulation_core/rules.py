"""Scoring rules: how a criterion turns reported indicator values into points.

Rules compute exactly, with fractions: ``rule.compiled(maximum, finish)`` gives the rule as
one function of (values, targets, stats) with its constants worked out once, and hands its
exact result to ``finish``, which scoring uses to clamp the result to the criterion's
bounds and round it once, half away from zero, at the campaign's precision. ``rule.points``
is the same function with the exact result shown as a Decimal and nothing rounded. Rules
that compare a member with the rest of the bloc read :class:`~.blocstats.BlocStats`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import ClassVar

from attrs import field, frozen

from .blocstats import BlocStats, IndicatorFigures
from .exact import FRACTION_ZERO, to_decimal
from .formula import Formula
from .numbers import ZERO

__all__ = [
    "AdjustmentItem",
    "AdjustmentRule",
    "Finish",
    "FormulaRule",
    "JudgedRule",
    "NoTarget",
    "OverMeasure",
    "PerOccurrenceRule",
    "Points",
    "RelativeRule",
    "Rule",
    "TargetRule",
    "YesNoRule",
]

_ONE = Fraction(1)
_NO_STATS = BlocStats()

Points = Callable[[Mapping[str, Decimal], Mapping[str, Decimal], BlocStats], Decimal]
"""A compiled rule: points from a member's values, its targets and the bloc's figures."""
Finish = Callable[[Fraction], Decimal]
"""What turns a rule's exact result into points (scoring clamps and rounds it once)."""


def _shown(value: Fraction) -> Decimal:
    return to_decimal(value)


def _fmt(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _value(values: Mapping[str, Decimal], key: str) -> Fraction:
    return Fraction(values.get(key, ZERO))


class NoTarget(enum.StrEnum):
    """What a member without a target is compared with (target rule's ``no_target``)."""

    BLOC_BEST = "bloc_best"
    NO_TARGET_BEST = "no_target_best"


class OverMeasure(enum.StrEnum):
    """How the target rule measures over-achievement (``over_measure``)."""

    RATIO = "ratio"
    DIFFERENCE = "difference"


@frozen
class TargetRule:
    """Achieved vs registered target: proportional below, capped at the target.

    ``over_share`` (0..1) of the points is kept for over-achievement and shared in
    proportion to the bloc's best over-achiever, over-achievement measured as achieved ÷
    target − 1 (``over_measure`` ratio) or achieved − target (difference). A member with no
    target for the indicator is scored against the best result of the bloc (``no_target``
    bloc_best) or of the members that have no target either (no_target_best).
    """

    kind: ClassVar[str] = "target"
    comparative: ClassVar[bool] = True
    indicator: str
    over_share: Decimal = ZERO
    no_target: NoTarget = field(default=NoTarget.BLOC_BEST, converter=NoTarget)
    over_measure: OverMeasure = field(default=OverMeasure.RATIO, converter=OverMeasure)

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset({self.indicator})

    @property
    def bloc_indicators(self) -> tuple[str, ...]:
        return (self.indicator,)

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def untargeted_best(self, figures: IndicatorFigures) -> Fraction:
        """The result a member without a target is compared with."""
        if self.no_target is NoTarget.NO_TARGET_BEST:
            return figures.best_untargeted.value
        return figures.best.value

    def best_over(self, figures: IndicatorFigures) -> Fraction:
        """The bloc's best over-achievement, in this rule's measure (0 if nobody is over)."""
        if self.over_measure is OverMeasure.RATIO:
            return max(FRACTION_ZERO, figures.best_ratio.value - _ONE)
        return max(FRACTION_ZERO, figures.best_excess.value)

    def compiled(self, maximum: Decimal, finish: Finish = _shown) -> Points:
        key, share = self.indicator, Fraction(self.over_share)
        top = Fraction(maximum)
        base, kept = top * (_ONE - share), top * share
        by_ratio = self.over_measure is OverMeasure.RATIO

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            achieved = _value(values, key)
            target = targets.get(key)
            figures = stats.of(key)
            if not target:
                best = self.untargeted_best(figures)
                return finish(top * achieved / best if best > 0 else FRACTION_ZERO)
            goal = Fraction(target)
            if achieved <= goal:
                return finish(base * achieved / goal)
            result = base
            best_over = self.best_over(figures) if share else FRACTION_ZERO
            if best_over > 0:
                over = achieved / goal - _ONE if by_ratio else achieved - goal
                result += kept * over / best_over
            return finish(result)

        return points



@frozen
class RelativeRule:
    """The bloc's best result gets full points, everyone else in proportion."""

    kind: ClassVar[str] = "relative"
    comparative: ClassVar[bool] = True
    indicator: str

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset({self.indicator})

    @property
    def bloc_indicators(self) -> tuple[str, ...]:
        return (self.indicator,)

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _shown) -> Points:
        key, top = self.indicator, Fraction(maximum)

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            best = stats.of(key).best.value
            return finish(top * _value(values, key) / best if best > 0 else FRACTION_ZERO)

        return points



@frozen
class YesNoRule:
    """Full points when the indicator is non-zero (done), else nothing."""

    kind: ClassVar[str] = "yes_no"
    comparative: ClassVar[bool] = False
    indicator: str

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset({self.indicator})

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _shown) -> Points:
        key, done, undone = self.indicator, finish(Fraction(maximum)), finish(FRACTION_ZERO)
        return lambda values, targets, stats: done if values.get(key, ZERO) > 0 else undone



@frozen
class PerOccurrenceRule:
    """A fixed number of points per occurrence, capped at the criterion's maximum."""

    kind: ClassVar[str] = "per_occurrence"
    comparative: ClassVar[bool] = False
    indicator: str
    points_each: Decimal

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset({self.indicator})

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _shown) -> Points:
        key, each, top = self.indicator, Fraction(self.points_each), Fraction(maximum)
        return lambda values, targets, stats: finish(min(_value(values, key) * each, top))



@frozen
class JudgedRule:
    """Points judged directly, 0..max in steps of ``step``; not computed from indicators."""

    kind: ClassVar[str] = "judged"
    comparative: ClassVar[bool] = False
    step: Decimal = Decimal("0.25")

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset()

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal | None:
        return None

    def compiled(self, maximum: Decimal, finish: Finish = _shown) -> None:
        """Nothing to compute: the points are entered."""
        return None

    def check(self, points: Decimal, maximum: Decimal) -> str | None:
        """Why ``points`` is not a valid judgement, or None."""
        if points < 0 or points > maximum:
            return f"must be between 0 and {_fmt(maximum)}"
        if self.step and points % self.step:
            return f"must be a multiple of {_fmt(self.step)}"
        return None


@frozen
class AdjustmentItem:
    """One bonus or deduction line: points per occurrence of an indicator (negative deducts)."""

    indicator: str
    points_each: Decimal


@frozen
class AdjustmentRule:
    """Bonus and deduction items summed and clamped to ``[floor, ceiling]``."""

    kind: ClassVar[str] = "adjustment"
    comparative: ClassVar[bool] = False
    items: tuple[AdjustmentItem, ...]
    floor: Decimal = ZERO
    ceiling: Decimal = ZERO

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset(item.indicator for item in self.items)

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _shown) -> Points:
        items = tuple((i.indicator, Fraction(i.points_each)) for i in self.items)
        floor, ceiling = Fraction(self.floor), Fraction(self.ceiling)

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            total = sum((_value(values, key) * each for key, each in items), FRACTION_ZERO)
            return finish(max(floor, min(ceiling, total)))

        return points

    def parts(self, values: Mapping[str, Decimal]) -> tuple[Fraction, Fraction]:
        """Exact bonus and deduction items' totals (both ≥ 0), before the clamp."""
        bonus = deduction = FRACTION_ZERO
        for item in self.items:
            amount = _value(values, item.indicator) * Fraction(item.points_each)
            if amount > 0:
                bonus += amount
            else:
                deduction -= amount
        return bonus, deduction



def _to_formula(value: Formula | str) -> Formula:
    return value if isinstance(value, Formula) else Formula(value)


@frozen
class FormulaRule:
    """Points from a safe arithmetic expression over indicators (see :mod:`.formula`)."""

    kind: ClassVar[str] = "formula"
    formula: Formula = field(converter=_to_formula)

    @property
    def comparative(self) -> bool:
        """Whether the formula reads the bloc (best, worst, best_ratio, members)."""
        return self.formula.uses_bloc

    @property
    def indicators(self) -> frozenset[str]:
        return self.formula.names

    @property
    def bloc_indicators(self) -> tuple[str, ...]:
        return tuple(sorted(self.formula.bloc_names))

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _shown) -> Points:
        evaluate = self.formula.evaluate
        return lambda values, targets, stats: finish(evaluate(values, targets, stats))



Rule = (
    TargetRule | RelativeRule | YesNoRule | PerOccurrenceRule | JudgedRule | AdjustmentRule
    | FormulaRule
)
