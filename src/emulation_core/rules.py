"""Scoring rules: how a criterion turns reported indicator values into points.

Every rule returns raw (unrounded) points; :mod:`emulation_core.scoring` rounds them to the
campaign's precision and clamps them to the criterion's bounds. Rules that compare a member
with the rest of the bloc read :class:`BlocStats`, computed once per criterion.

``rule.compiled(maximum, finish)`` gives the rule as one function of (values, targets,
stats) with its constants worked out once and ``finish`` applied to every result; scoring
uses it for every cell, and ``rule.points`` is the same function with nothing applied.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import ClassVar

from attrs import field, frozen

from .formula import Formula
from .numbers import ZERO, quantize

__all__ = [
    "AdjustmentItem",
    "AdjustmentRule",
    "BlocStats",
    "Finish",
    "FormulaRule",
    "JudgedRule",
    "PerOccurrenceRule",
    "Points",
    "RelativeRule",
    "Rule",
    "TargetRule",
    "YesNoRule",
]

ONE = Decimal(1)

Points = Callable[[Mapping[str, Decimal], Mapping[str, Decimal], "BlocStats"], Decimal]
"""A compiled rule: points from a member's values, its targets and the bloc's figures."""
Finish = Callable[[Decimal], Decimal]
"""What is applied to every result of a compiled rule (scoring clamps and rounds)."""


def _exact(value: Decimal) -> Decimal:
    return value


@frozen
class BlocStats:
    """Bloc-wide figures a comparative rule needs for one criterion."""

    best_value: Decimal = ZERO
    best_over_ratio: Decimal = ZERO


def _fmt(value: Decimal) -> str:
    return f"{value.normalize():f}"


@frozen
class TargetRule:
    """Achieved vs registered target: proportional below, capped at the target.

    ``over_share`` (0..1) of the points is kept for over-achievement and shared in
    proportion to the bloc's best over-achiever. A member with no target for the
    indicator is scored relative to the bloc's best result instead.
    """

    kind: ClassVar[str] = "target"
    comparative: ClassVar[bool] = True
    indicator: str
    over_share: Decimal = ZERO

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset({self.indicator})

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _exact) -> Points:
        key, share = self.indicator, self.over_share
        base = maximum * (ONE - share)
        kept = maximum * share

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            achieved = values.get(key, ZERO)
            target = targets.get(key)
            if not target:
                best = stats.best_value
                return finish(maximum * achieved / best if best > 0 else ZERO)
            ratio = achieved / target
            result = base * min(ratio, ONE)
            if share and ratio > ONE and stats.best_over_ratio > 0:
                result += kept * (ratio - ONE) / stats.best_over_ratio
            return finish(result)

        return points

    def explain(self, maximum: Decimal, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> str:
        achieved = values.get(self.indicator, ZERO)
        target = targets.get(self.indicator)
        if not target:
            return (f"no target: {self.indicator} {_fmt(achieved)} vs bloc best "
                    f"{_fmt(stats.best_value)} × {_fmt(maximum)}")
        text = f"{self.indicator} {_fmt(achieved)}/{_fmt(target)} target × {_fmt(maximum)}"
        if self.over_share:
            text += (f", {_fmt(self.over_share * 100)}% kept for over-achievement vs bloc best "
                     f"+{_fmt(quantize(stats.best_over_ratio * 100, Decimal('0.01')))}%")
        return text

    def describe(self, maximum: Decimal) -> str:
        text = f"achieved/target × {_fmt(maximum)}, at most {_fmt(maximum)}"
        if self.over_share:
            text += f"; {_fmt(self.over_share * 100)}% of it by over-achievement vs the bloc's best"
        return f"{text} (indicator {self.indicator})"


@frozen
class RelativeRule:
    """The bloc's best result gets full points, everyone else in proportion."""

    kind: ClassVar[str] = "relative"
    comparative: ClassVar[bool] = True
    indicator: str

    @property
    def indicators(self) -> frozenset[str]:
        return frozenset({self.indicator})

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _exact) -> Points:
        key = self.indicator

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            best = stats.best_value
            return finish(maximum * values.get(key, ZERO) / best if best > 0 else ZERO)

        return points

    def explain(self, maximum: Decimal, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> str:
        return (f"{self.indicator} {_fmt(values.get(self.indicator, ZERO))} vs bloc best "
                f"{_fmt(stats.best_value)} × {_fmt(maximum)}")

    def describe(self, maximum: Decimal) -> str:
        return f"bloc's best {self.indicator} gets {_fmt(maximum)}, others in proportion"


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

    def compiled(self, maximum: Decimal, finish: Finish = _exact) -> Points:
        key, done, undone = self.indicator, finish(maximum), finish(ZERO)
        return lambda values, targets, stats: done if values.get(key, ZERO) > 0 else undone

    def explain(self, maximum: Decimal, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> str:
        done = values.get(self.indicator, ZERO) > 0
        return f"{self.indicator}: {'yes' if done else 'no'}"

    def describe(self, maximum: Decimal) -> str:
        return f"{_fmt(maximum)} if done ({self.indicator}), else 0"


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

    def compiled(self, maximum: Decimal, finish: Finish = _exact) -> Points:
        key, each = self.indicator, self.points_each
        return lambda values, targets, stats: finish(min(values.get(key, ZERO) * each, maximum))

    def explain(self, maximum: Decimal, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> str:
        count = values.get(self.indicator, ZERO)
        return f"{_fmt(count)} × {_fmt(self.points_each)}, at most {_fmt(maximum)}"

    def describe(self, maximum: Decimal) -> str:
        return f"{_fmt(self.points_each)} per {self.indicator}, at most {_fmt(maximum)}"


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

    def compiled(self, maximum: Decimal, finish: Finish = _exact) -> None:
        """Nothing to compute: the points are entered."""
        return None

    def explain(self, maximum: Decimal, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> str:
        return "judged by the scorer"

    def describe(self, maximum: Decimal) -> str:
        return f"judged 0..{_fmt(maximum)} in steps of {_fmt(self.step)}"

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

    def compiled(self, maximum: Decimal, finish: Finish = _exact) -> Points:
        items = tuple((i.indicator, i.points_each) for i in self.items)
        floor, ceiling = self.floor, self.ceiling

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            total = ZERO
            for key, each in items:
                total += values.get(key, ZERO) * each
            return finish(max(floor, min(ceiling, total)))

        return points

    def explain(self, maximum: Decimal, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> str:
        parts = [f"{_fmt(values.get(i.indicator, ZERO))} × {_fmt(i.points_each)}"
                 for i in self.items]
        return f"{' + '.join(parts)}, kept within [{_fmt(self.floor)}, {_fmt(self.ceiling)}]"

    def describe(self, maximum: Decimal) -> str:
        parts = [f"{'+' if i.points_each > 0 else ''}{_fmt(i.points_each)} per {i.indicator}"
                 for i in self.items]
        return f"{', '.join(parts)}; total kept within [{_fmt(self.floor)}, {_fmt(self.ceiling)}]"


def _to_formula(value: Formula | str) -> Formula:
    return value if isinstance(value, Formula) else Formula(value)


@frozen
class FormulaRule:
    """Points from a safe arithmetic expression over indicators (see :mod:`.formula`)."""

    kind: ClassVar[str] = "formula"
    comparative: ClassVar[bool] = False
    formula: Formula = field(converter=_to_formula)

    @property
    def indicators(self) -> frozenset[str]:
        return self.formula.names

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return self.compiled(maximum)(values, targets, stats)

    def compiled(self, maximum: Decimal, finish: Finish = _exact) -> Points:
        evaluate = self.formula.evaluate
        return lambda values, targets, stats: finish(evaluate(values, targets))

    def explain(self, maximum: Decimal, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> str:
        shown = ", ".join(f"{n}={_fmt(values.get(n, ZERO))}" for n in sorted(self.indicators))
        return f"{self.formula.source} with {shown}" if shown else self.formula.source

    def describe(self, maximum: Decimal) -> str:
        return f"formula {self.formula.source}, kept within 0..{_fmt(maximum)}"


Rule = (
    TargetRule | RelativeRule | YesNoRule | PerOccurrenceRule | JudgedRule | AdjustmentRule
    | FormulaRule
)
