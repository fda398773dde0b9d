"""Why a member has the points it has for one criterion, as data.

An :class:`Explanation` is built by the scoreboard for every :class:`CriterionScore`: the rule
(and so its kind), the figures it read with their targets, the bloc figures it compared with
and which members set them, the exact intermediate quantities, and where the points that count
come from. :mod:`emulation_core.phrasing` turns one into a sentence in Vietnamese or English;
exports can read the fields directly.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from attrs import frozen

from .blocstats import BlocStats
from .criteria import Criterion, Indicator
from .exact import to_decimal
from .model import Member
from .numbers import ZERO
from .rules import (
    AdjustmentRule,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
)

__all__ = [
    "BlocFigure",
    "Explanation",
    "FigureName",
    "InputValue",
    "Quantity",
    "QuantityName",
    "Source",
    "explain_criterion",
]

Source = Literal["verified", "computed", "self", "none", "not_assigned", "missing"]
"""Where the points that count come from (see docs/scoring.md)."""
FigureName = Literal["best_value", "best_over_ratio"]
"""``best_value``: the bloc's best result; ``best_over_ratio``: its best achieved/target − 1."""
QuantityName = Literal["ratio", "over_ratio", "share_of_best", "uncapped", "sum"]
"""``ratio`` achieved/target; ``over_ratio`` ratio − 1 when over the target; ``share_of_best``
achieved/bloc best; ``uncapped`` count × points each before the cap; ``sum`` adjustment
items before the floor and ceiling."""


@frozen
class InputValue:
    """A figure the rule read: the member's value (0 when not reported) and its target."""

    indicator: str
    value: Decimal
    target: Decimal | None = None
    label: str = ""
    label_en: str = ""


@frozen
class BlocFigure:
    """A bloc-wide figure the rule compared the member with, and the members who set it."""

    name: FigureName
    value: Decimal
    set_by: tuple[Member, ...] = ()


@frozen
class Quantity:
    """An exact intermediate result of the rule."""

    name: QuantityName
    value: Fraction


@frozen
class Explanation:
    """How one member's points for one criterion came about."""

    criterion: Criterion
    source: Source
    points: Decimal
    computed: Decimal | None = None
    inputs: tuple[InputValue, ...] = ()
    bloc: tuple[BlocFigure, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    reason: str = ""
    """The verifier's reason, when the verified points count."""

    @property
    def kind(self) -> str:
        """The rule kind (``target``, ``relative``, … as in criteria.toml)."""
        return self.criterion.rule.kind

    def input(self, indicator: str) -> InputValue | None:
        return next((i for i in self.inputs if i.indicator == indicator), None)

    def figure(self, name: FigureName) -> BlocFigure | None:
        return next((f for f in self.bloc if f.name == name), None)

    def quantity(self, name: QuantityName) -> Fraction | None:
        return next((q.value for q in self.quantities if q.name == name), None)


def explain_criterion(
    criterion: Criterion, source: Source, points: Decimal, computed: Decimal | None, *,
    values: Mapping[str, Decimal], targets: Mapping[str, Decimal], stats: BlocStats,
    set_by: Mapping[FigureName, tuple[Member, ...]], indicators: Mapping[str, Indicator],
    reason: str = "",
) -> Explanation:
    """The explanation of a scored criterion (not for one not assigned or not submitted).

    ``values`` are the member's effective values (reported and derived), ``stats`` the bloc
    figures of the criterion and ``set_by`` the members who set each of them.
    """
    rule = criterion.rule
    keys = [i.indicator for i in rule.items] if isinstance(rule, AdjustmentRule) \
        else sorted(rule.indicators)
    inputs = tuple(_input(key, values, targets, indicators) for key in keys)
    bloc: list[BlocFigure] = []
    quantities: list[Quantity] = []

    def compare(name: FigureName, value: Decimal) -> None:
        bloc.append(BlocFigure(name, value, set_by.get(name, ()) if value > 0 else ()))

    target = targets.get(rule.indicator) if isinstance(rule, TargetRule) else None
    if isinstance(rule, TargetRule) and target:
        ratio = Fraction(values.get(rule.indicator, ZERO)) / Fraction(target)
        quantities.append(Quantity("ratio", ratio))
        if rule.over_share and ratio > 1:
            quantities.append(Quantity("over_ratio", ratio - 1))
            compare("best_over_ratio", to_decimal(rule.best_over(stats.of(rule.indicator))))
    elif isinstance(rule, TargetRule | RelativeRule):
        figures = stats.of(rule.indicator)
        best = rule.untargeted_best(figures) if isinstance(rule, TargetRule) \
            else figures.best.value
        compare("best_value", to_decimal(best))
        if best > 0:
            share = Fraction(values.get(rule.indicator, ZERO)) / best
            quantities.append(Quantity("share_of_best", share))
    elif isinstance(rule, PerOccurrenceRule):
        count = Fraction(values.get(rule.indicator, ZERO))
        quantities.append(Quantity("uncapped", count * Fraction(rule.points_each)))
    elif isinstance(rule, AdjustmentRule):
        total = sum((Fraction(values.get(i.indicator, ZERO)) * Fraction(i.points_each)
                     for i in rule.items), Fraction(0))
        quantities.append(Quantity("sum", total))
    return Explanation(criterion, source, points, computed, inputs, tuple(bloc),
                       tuple(quantities), reason if source == "verified" else "")


def _input(key: str, values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
           indicators: Mapping[str, Indicator]) -> InputValue:
    declared = indicators.get(key)
    return InputValue(key, values.get(key, ZERO), targets.get(key),
                      declared.label if declared else "", declared.label_en if declared else "")
