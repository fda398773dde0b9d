"""Why a member has the points it has for one criterion, as data.

An :class:`Explanation` is built by the scoreboard for every :class:`CriterionScore`: the rule
(and so its kind), the figures it read with their targets, the bloc figures it compared with
and which members set them, the exact intermediate quantities, and where the points that count
come from. :mod:`emulation_core.phrasing` turns one into a sentence in Vietnamese or English;
exports can read the fields directly.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Literal

from attrs import frozen

from .blocstats import BlocStats, Figure
from .criteria import Criterion, Indicator
from .exact import FRACTION_ZERO
from .model import Member
from .numbers import ZERO
from .rules import (
    AdjustmentRule,
    FormulaRule,
    NoTarget,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
)
from .text import vi_sort_key
from .value_object import ValueObject
from .verdict import Verdict

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

Source = Literal["explained", "verified", "computed", "self", "none", "not_assigned", "missing"]
"""Where the points that count come from (see docs/scoring.md)."""
FigureName = Literal["best", "best_untargeted", "best_over", "worst", "best_ratio"]
"""``best``/``worst``: the bloc's highest/lowest result; ``best_untargeted``: the highest
result of the members without a target; ``best_over``: the highest over-achievement in the
target rule's measure (achieved ÷ target − 1, or achieved − target); ``best_ratio``: the
highest achieved ÷ target (a formula's ``best_ratio(x)``)."""
QuantityName = Literal["ratio", "over", "share_of_best", "uncapped", "sum", "members"]
"""``ratio`` achieved ÷ target; ``over`` the over-achievement in the rule's measure, when over
the target; ``share_of_best`` achieved ÷ the best compared with; ``uncapped`` count × points
each before the cap; ``sum`` adjustment items before the floor and ceiling; ``members`` the
number of members scored on the criterion (a formula's ``members()``)."""

_FORMULA_FIGURES: dict[str, FigureName] = {
    "best": "best", "worst": "worst", "best_ratio": "best_ratio"}


@frozen
class InputValue(ValueObject):
    """A figure the rule read: the member's value (0 when not reported) and its target."""

    indicator: str
    value: Decimal
    target: Decimal | None = None
    label: str = ""
    label_en: str = ""


@frozen
class BlocFigure(ValueObject):
    """A bloc-wide figure of an indicator the rule used, and the members whose result it is
    (in Vietnamese name order; none when the figure is 0)."""

    name: FigureName
    indicator: str
    value: Fraction
    set_by: tuple[Member, ...] = ()


@frozen
class Quantity(ValueObject):
    """An exact intermediate result of the rule."""

    name: QuantityName
    value: Fraction


@frozen
class Explanation(ValueObject):
    """How one member's points for one criterion came about."""

    criterion: Criterion
    source: Source
    points: Decimal
    computed: Decimal | None = None
    inputs: tuple[InputValue, ...] = ()
    bloc: tuple[BlocFigure, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    reason: str = ""
    """The verifier's reason when the verified points count, or the verifier's answer to
    the unit's explanation when the points after the explanation count."""
    verdict: Verdict | None = None
    """The verifier's verdict on the unit's explanation when the points after the
    explanation count (None: not stated)."""

    @property
    def kind(self) -> str:
        """The rule kind (``target``, ``relative``, … as in criteria.toml)."""
        return self.criterion.rule.kind

    def input(self, indicator: str) -> InputValue | None:
        return next((i for i in self.inputs if i.indicator == indicator), None)

    def figure(self, name: FigureName, indicator: str | None = None) -> BlocFigure | None:
        """The first figure called ``name`` (of ``indicator``, when given)."""
        return next((f for f in self.bloc
                     if f.name == name and indicator in (None, f.indicator)), None)

    def quantity(self, name: QuantityName) -> Fraction | None:
        return next((q.value for q in self.quantities if q.name == name), None)


def explain_criterion(
    criterion: Criterion, source: Source, points: Decimal, computed: Decimal | None, *,
    values: Mapping[str, Decimal], targets: Mapping[str, Decimal], stats: BlocStats,
    members: Mapping[str, Member], indicators: Mapping[str, Indicator], reason: str = "",
    verdict: Verdict | None = None,
) -> Explanation:
    """The explanation of a scored criterion (not for one not assigned or not submitted).

    ``values`` are the member's effective values (reported and derived), ``stats`` the bloc
    figures of the criterion, ``members`` the bloc's members by id (to name who set them).
    """
    rule = criterion.rule
    keys = [i.indicator for i in rule.items] if isinstance(rule, AdjustmentRule) \
        else sorted(rule.indicators)
    inputs = tuple(_input(key, values, targets, indicators) for key in keys)
    bloc: list[BlocFigure] = []
    quantities: list[Quantity] = []

    def compare(name: FigureName, indicator: str, figure: Figure,
                value: Fraction | None = None) -> None:
        shown = figure.value if value is None else value
        setters = _in_name_order(figure.members, members) if shown > 0 else ()
        bloc.append(BlocFigure(name, indicator, shown, setters))

    def value_of(key: str) -> Fraction:
        return Fraction(values.get(key, ZERO))

    target = targets.get(rule.indicator) if isinstance(rule, TargetRule) else None
    if isinstance(rule, TargetRule) and target:
        figures = stats.of(rule.indicator)
        achieved, goal = value_of(rule.indicator), Fraction(target)
        quantities.append(Quantity("ratio", achieved / goal))
        if rule.over_share and achieved > goal:
            by_ratio = rule.over_measure is OverMeasure.RATIO
            quantities.append(Quantity("over", achieved / goal - 1 if by_ratio
                                       else achieved - goal))
            compare("best_over", rule.indicator,
                    figures.best_ratio if by_ratio else figures.best_excess,
                    rule.best_over(figures))
    elif isinstance(rule, TargetRule | RelativeRule):
        figures = stats.of(rule.indicator)
        untargeted = isinstance(rule, TargetRule) and rule.no_target is NoTarget.NO_TARGET_BEST
        best = figures.best_untargeted if untargeted else figures.best
        compare("best_untargeted" if untargeted else "best", rule.indicator, best)
        if best.value > 0:
            quantities.append(Quantity("share_of_best", value_of(rule.indicator) / best.value))
    elif isinstance(rule, PerOccurrenceRule):
        uncapped = value_of(rule.indicator) * Fraction(rule.points_each)
        quantities.append(Quantity("uncapped", uncapped))
    elif isinstance(rule, AdjustmentRule):
        total = sum((value_of(i.indicator) * Fraction(i.points_each) for i in rule.items),
                    FRACTION_ZERO)
        quantities.append(Quantity("sum", total))
    elif isinstance(rule, FormulaRule):
        for function, key in _bloc_calls(rule.formula.source):
            if key is None:
                quantities.append(Quantity("members", Fraction(stats.members)))
            else:
                figures = stats.of(key)
                name = _FORMULA_FIGURES[function]
                compare(name, key, getattr(figures, name))
    return Explanation(criterion, source, points, computed, inputs, tuple(bloc),
                       tuple(quantities), reason if source in ("verified", "explained") else "",
                       verdict if source == "explained" else None)


def _input(key: str, values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
           indicators: Mapping[str, Indicator]) -> InputValue:
    declared = indicators.get(key)
    return InputValue(key, values.get(key, ZERO), targets.get(key),
                      declared.label if declared else "", declared.label_en if declared else "")


def _in_name_order(member_ids: tuple[str, ...],
                   members: Mapping[str, Member]) -> tuple[Member, ...]:
    found = (members[m] for m in member_ids if m in members)
    return tuple(sorted(found, key=lambda m: (vi_sort_key(m.name), m.id)))


def _bloc_calls(source: str) -> list[tuple[str, str | None]]:
    """The bloc functions a (validated) formula calls, each once, in the order written:
    ``("best", "x")`` for ``best(x)``, ``("members", None)`` for ``members()``."""
    found: dict[tuple[str, str | None], int] = {}
    for node in ast.walk(ast.parse(source.strip(), mode="eval")):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        function = node.func.id
        if function == "members":
            call: tuple[str, str | None] = ("members", None)
        elif function in _FORMULA_FIGURES and node.args and isinstance(node.args[0], ast.Name):
            call = (function, node.args[0].id)
        else:
            continue
        found[call] = min(found.get(call, node.col_offset), node.col_offset)
    return sorted(found, key=found.__getitem__)
