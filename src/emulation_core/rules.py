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
from .messages import Message
from .numbers import ZERO
from .value_object import ValueObject

__all__ = [
    "AdjustmentItem",
    "AdjustmentRule",
    "Finish",
    "FormulaRule",
    "JudgedRule",
    "NoTarget",
    "NotEntered",
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
Finish = Callable[[int, int], Decimal]
"""What turns a rule's exact result, numerator and denominator (> 0), into points (scoring
clamps it and rounds it once)."""


def _shown(numerator: int, denominator: int) -> Decimal:
    return to_decimal(Fraction(numerator, denominator))


def _finish(finish: Finish, value: Fraction) -> Decimal:
    return finish(value.numerator, value.denominator)


def _value(values: Mapping[str, Decimal], key: str) -> Fraction:
    return Fraction(values.get(key, ZERO))


class NoTarget(enum.StrEnum):
    """What a member without a target is compared with (target rule's ``no_target``)."""

    BLOC_BEST = "bloc_best"
    NO_TARGET_BEST = "no_target_best"


class NotEntered(enum.StrEnum):
    """How the target rule scores a member whose target is not entered yet (neither a
    target nor a registered "no target"; the rule's ``not_entered``)."""

    AS_NO_TARGET = "as_no_target"
    ZERO = "zero"


class OverMeasure(enum.StrEnum):
    """How the target rule measures over-achievement (``over_measure``)."""

    RATIO = "ratio"
    DIFFERENCE = "difference"


@frozen
class TargetRule(ValueObject):
    """Achieved vs registered target: proportional below, capped at the target.

    ``over_share`` (0..1) of the points is kept for over-achievement and shared in
    proportion to the bloc's best over-achiever, over-achievement measured as achieved ÷
    target − 1 (``over_measure`` ratio) or achieved − target (difference). A member with no
    target for the indicator is scored against the best result of the bloc (``no_target``
    bloc_best) or of the members that have no target either (no_target_best). ``targets``
    holds a registered "no target" as 0 and leaves out a target not entered yet, which
    scores as no target (``not_entered`` as_no_target) or 0 until it is entered (zero).
    """

    kind: ClassVar[str] = "target"
    comparative: ClassVar[bool] = True
    indicator: str
    over_share: Decimal = ZERO
    no_target: NoTarget = field(default=NoTarget.BLOC_BEST, converter=NoTarget)
    over_measure: OverMeasure = field(default=OverMeasure.RATIO, converter=OverMeasure)
    not_entered: NotEntered = field(default=NotEntered.AS_NO_TARGET, converter=NotEntered)

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
        top_n, top_d = maximum.as_integer_ratio()
        base = Fraction(maximum) * (_ONE - share)
        base_n, base_d = base.numerator, base.denominator
        kept = Fraction(maximum) * share
        kept_n, kept_d = kept.numerator, kept.denominator
        by_ratio = self.over_measure is OverMeasure.RATIO
        wait_for_target = self.not_entered is NotEntered.ZERO
        nothing = finish(0, 1)

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            # integer ratios on the common paths; a/b is (numerator, denominator)
            got_n, got_d = values.get(key, ZERO).as_integer_ratio()
            target = targets.get(key)
            if not target:
                if target is None and wait_for_target:
                    return nothing
                best = self.untargeted_best(stats.of(key))
                if best.numerator <= 0:
                    return nothing
                return finish(top_n * got_n * best.denominator, top_d * got_d * best.numerator)
            goal_n, goal_d = target.as_integer_ratio()
            if got_n * goal_d <= goal_n * got_d:  # at most the target
                return finish(base_n * got_n * goal_d, base_d * got_d * goal_n)
            best_over = self.best_over(stats.of(key)) if share else FRACTION_ZERO
            if best_over <= 0:
                return finish(base_n, base_d)
            # base + kept × over ÷ best_over, over = achieved ÷ target − 1 or achieved − target
            over_n = got_n * goal_d - goal_n * got_d
            over_d = got_d * (goal_n if by_ratio else goal_d)
            extra_n = kept_n * over_n * best_over.denominator
            extra_d = kept_d * over_d * best_over.numerator
            return finish(base_n * extra_d + extra_n * base_d, base_d * extra_d)

        return points


@frozen
class RelativeRule(ValueObject):
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
        key = self.indicator
        top_n, top_d = maximum.as_integer_ratio()
        nothing = finish(0, 1)

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            best = stats.of(key).best.value
            if best.numerator <= 0:
                return nothing
            got_n, got_d = values.get(key, ZERO).as_integer_ratio()
            return finish(top_n * got_n * best.denominator, top_d * got_d * best.numerator)

        return points



@frozen
class YesNoRule(ValueObject):
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
        key, done, undone = self.indicator, finish(*maximum.as_integer_ratio()), finish(0, 1)
        return lambda values, targets, stats: done if values.get(key, ZERO) > 0 else undone



@frozen
class PerOccurrenceRule(ValueObject):
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
        key = self.indicator
        each_n, each_d = self.points_each.as_integer_ratio()
        top_n, top_d = maximum.as_integer_ratio()
        full = finish(top_n, top_d)

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            count_n, count_d = values.get(key, ZERO).as_integer_ratio()
            got_n, got_d = count_n * each_n, count_d * each_d
            return full if got_n * top_d >= top_n * got_d else finish(got_n, got_d)

        return points



@frozen
class JudgedRule(ValueObject):
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

    def check(self, points: Decimal, maximum: Decimal) -> Message | None:
        """Why ``points`` is not a valid judgement (a catalog message), or None."""
        if points < 0 or points > maximum:
            return Message("points.judged_range", {"max": maximum})
        if self.step and points % self.step:
            return Message("points.judged_step", {"step": self.step})
        return None


@frozen
class AdjustmentItem(ValueObject):
    """One bonus or deduction line: points per occurrence of an indicator (negative deducts)."""

    indicator: str
    points_each: Decimal


@frozen
class AdjustmentRule(ValueObject):
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
        items = tuple((i.indicator, *i.points_each.as_integer_ratio()) for i in self.items)
        floor_n, floor_d = self.floor.as_integer_ratio()
        ceiling_n, ceiling_d = self.ceiling.as_integer_ratio()

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            total_n, total_d = 0, 1
            for key, each_n, each_d in items:
                count_n, count_d = values.get(key, ZERO).as_integer_ratio()
                if count_n:
                    total_n = total_n * count_d * each_d + count_n * each_n * total_d
                    total_d *= count_d * each_d
            if total_n * ceiling_d > ceiling_n * total_d:
                return finish(ceiling_n, ceiling_d)
            if total_n * floor_d < floor_n * total_d:
                return finish(floor_n, floor_d)
            return finish(total_n, total_d)

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
class FormulaRule(ValueObject):
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
        return lambda values, targets, stats: _finish(finish, evaluate(values, targets, stats))



Rule = (
    TargetRule | RelativeRule | YesNoRule | PerOccurrenceRule | JudgedRule | AdjustmentRule
    | FormulaRule
)
