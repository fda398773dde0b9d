"""Criteria rules, how a score came about, and score sources told in words.

Everything here is in the interface language, composed from public data: the rule and its
fields, the member's values and targets, the computed points and where the points came from.
"""

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
    PluginRegistry,
    RelativeRule,
    Scoreboard,
    TargetRule,
    YesNoRule,
)

from . import fmt
from .i18n import pick, t

__all__ = ["describe_rule", "explain_score", "indicator_label", "member_values", "source"]

_ZERO = Decimal(0)


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


def member_values(board: Scoreboard, registry: PluginRegistry,
                  member_id: str) -> Mapping[str, Decimal]:
    """The member's reported values with those its type's plugin derives (reported ones win,
    as in scoring)."""
    sub = board.submission(member_id)
    if sub is None:
        return {}
    kind = registry.get(board.score(member_id).member.type)
    if kind is None or kind.derive is None:
        return sub.values
    try:
        return {**kind.derive(sub.values), **sub.values}
    except Exception:  # a plugin hook; scoring reports the failure as a warning
        return sub.values


def explain_score(score: CriterionScore, board: Scoreboard, registry: PluginRegistry,
                  member_id: str) -> str:
    """How the member's points for the criterion came about, e.g.
    ``Đơn vị máu đạt 11 380/chỉ tiêu 12 100 × 30``; rule kinds not phrased here give the
    library's (English) explanation."""
    if score.source in ("not_assigned", "missing"):
        return source(score)
    criterion = score.criterion
    rule = criterion.rule
    indicators = board.table_for(member_id).indicators
    values = member_values(board, registry, member_id)
    top = _n(criterion.max_points)

    def label(key: str) -> str:
        return indicator_label(key, indicators)

    def got(key: str) -> str:
        return _n(values.get(key, _ZERO))

    if isinstance(rule, TargetRule):
        what, target = label(rule.indicator), board.campaign.targets.get(
            member_id, {}).get(rule.indicator)
        if not target:
            text = t("why.no_target", what=what, got=got(rule.indicator), max=top)
        elif rule.over_share:
            kept = criterion.max_points * rule.over_share
            over = values.get(rule.indicator, _ZERO) > target
            text = t("why.target.over" if over else "why.target.under", what=what,
                     got=got(rule.indicator), target=_n(target),
                     base=_n(criterion.max_points - kept), kept=_n(kept))
        else:
            text = t("why.target", what=what, got=got(rule.indicator), target=_n(target),
                     max=top)
    elif isinstance(rule, RelativeRule):
        text = t("why.relative", what=label(rule.indicator), got=got(rule.indicator), max=top)
    elif isinstance(rule, YesNoRule):
        done = values.get(rule.indicator, _ZERO) > 0
        text = t("why.yes" if done else "why.no", what=label(rule.indicator))
    elif isinstance(rule, PerOccurrenceRule):
        text = t("why.per_occurrence", what=label(rule.indicator), got=got(rule.indicator),
                 each=_n(rule.points_each), max=top)
    elif isinstance(rule, JudgedRule):
        text = t("why.judged")
    elif isinstance(rule, AdjustmentRule):
        items = " + ".join(t("why.item", what=label(i.indicator), got=got(i.indicator),
                             each=_n(i.points_each)) for i in rule.items)
        text = t("why.adjustment", items=items, floor=_n(rule.floor), ceiling=_n(rule.ceiling))
    elif isinstance(rule, FormulaRule):
        shown = "; ".join(f"{key} = {got(key)}" for key in sorted(rule.indicators))
        text = t("why.formula", formula=rule.formula.source, values=shown)
    else:
        text = score.explanation
    return text


def source(score: CriterionScore, reason: str = "") -> str:
    """Which score counts for the criterion, in words, with the reason for verified points
    that differ from the claimed ones."""
    if score.source == "verified" and reason:
        return t("source.verified.reason", reason=reason)
    return t(f"source.{score.source}")
