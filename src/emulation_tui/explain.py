"""Criteria rules and score sources told in words, in the interface language."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from emulation_core import (
    AdjustmentRule,
    Criterion,
    CriterionScore,
    FormulaRule,
    Indicator,
    JudgedRule,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
    YesNoRule,
)

from . import fmt
from .i18n import pick, t

__all__ = ["describe_rule", "indicator_label", "source"]


def indicator_label(key: str, indicators: Mapping[str, Indicator]) -> str:
    """The indicator's label (with its unit), or its key when the table does not declare it."""
    found = indicators.get(key)
    if found is None:
        return key
    return pick(found.label, found.label_en or found.label)


def _n(value: Decimal) -> str:
    return fmt.number(value)


def describe_rule(criterion: Criterion, indicators: Mapping[str, Indicator]) -> str:
    """How the criterion is scored, e.g. ``theo chỉ tiêu: đạt/chỉ tiêu × 15, tối đa 15``."""
    rule = criterion.rule
    top = _n(criterion.max_points)

    def label(key: str) -> str:
        return indicator_label(key, indicators)

    if isinstance(rule, TargetRule):
        text = t("rule.target", max=top, what=label(rule.indicator))
        if rule.over_share:
            text += t("rule.target.over", share=_n(rule.over_share * 100))
        return text
    if isinstance(rule, RelativeRule):
        return t("rule.relative", max=top, what=label(rule.indicator))
    if isinstance(rule, YesNoRule):
        return t("rule.yes_no", max=top, what=label(rule.indicator))
    if isinstance(rule, PerOccurrenceRule):
        return t("rule.per_occurrence", each=_n(rule.points_each), max=top,
                 what=label(rule.indicator))
    if isinstance(rule, JudgedRule):
        return t("rule.judged", max=top, step=_n(rule.step))
    if isinstance(rule, AdjustmentRule):
        items = ", ".join(
            t("rule.adjust.item", each=("+" if i.points_each > 0 else "") + _n(i.points_each),
              what=label(i.indicator)) for i in rule.items)
        return t("rule.adjustment", items=items, floor=_n(rule.floor), ceiling=_n(rule.ceiling))
    if isinstance(rule, FormulaRule):
        return t("rule.formula", formula=rule.formula.source, max=top)
    return rule.describe(criterion.max_points)


def source(score: CriterionScore) -> str:
    """Which score counts for the criterion, in words."""
    return t(f"source.{score.source}")
