"""Explanations and rules in words, in Vietnamese or English, from the message catalog.

The CLI, the UI and exports all say how a criterion is scored (:func:`rule_text`), how a
member's points came about (:func:`explanation_text`), which points count
(:func:`source_text`) and a member's rating (:func:`rating_text`) through these functions,
so that every front end says the same thing in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from typing import assert_never

from .criteria import Criterion, Indicator
from .exact import round_half_away
from .explanation import Explanation
from .messages import Language, format_number, render
from .model import Member
from .results import MemberScore, RatingState
from .rules import (
    AdjustmentRule,
    FormulaRule,
    JudgedRule,
    NotEntered,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
    YesNoRule,
)
from .verdict import Verdict

__all__ = ["explanation_text", "percent", "rating_text", "rule_text", "source_text"]

_NO_INDICATORS: Mapping[str, Indicator] = {}
_HUNDREDTHS = Decimal("0.01")


def percent(value: Fraction | Decimal) -> Decimal:
    """An exact ratio as a percentage rounded half away from zero to two decimals."""
    return round_half_away(Fraction(value) * 100, _HUNDREDTHS)


def rule_text(criterion: Criterion, lang: Language,
              indicators: Mapping[str, Indicator] = _NO_INDICATORS) -> str:
    """How the criterion is scored, e.g. ``theo chỉ tiêu Đơn vị máu: đạt/chỉ tiêu × 30, …``.

    Indicators are named by their label in ``indicators`` (their key when not declared).
    """
    rule = criterion.rule
    top = criterion.max_points

    def what(key: str) -> str:
        found = indicators.get(key)
        return _label(key, found.label if found else "", found.label_en if found else "", lang)

    if isinstance(rule, TargetRule):
        text = render("rule.target", lang, max=top, what=what(rule.indicator))
        text += render(f"rule.target.{rule.no_target.value}", lang)
        if rule.not_entered is NotEntered.ZERO:
            text += render("rule.target.not_entered_zero", lang)
        if rule.over_share:
            over = "rule.target.over" if rule.over_measure is OverMeasure.RATIO \
                else "rule.target.over.difference"
            text += render(over, lang, share=rule.over_share * 100)
        return text
    if isinstance(rule, RelativeRule):
        return render("rule.relative", lang, max=top, what=what(rule.indicator))
    if isinstance(rule, YesNoRule):
        return render("rule.yes_no", lang, max=top, what=what(rule.indicator))
    if isinstance(rule, PerOccurrenceRule):
        return render("rule.per_occurrence", lang, each=rule.points_each, max=top,
                      what=what(rule.indicator))
    if isinstance(rule, JudgedRule):
        return render("rule.judged", lang, max=top, step=rule.step)
    if isinstance(rule, AdjustmentRule):
        items = ", ".join(
            render("rule.adjust.item", lang, what=what(i.indicator),
                   each=("+" if i.points_each > 0 else "") + format_number(i.points_each, lang))
            for i in rule.items)
        return render("rule.adjustment", lang, items=items, floor=rule.floor,
                      ceiling=rule.ceiling)
    if isinstance(rule, FormulaRule):
        return render("rule.formula", lang, formula=rule.formula.source, max=top)
    assert_never(rule)


def explanation_text(explanation: Explanation, lang: Language) -> str:
    """How the points came about, e.g. ``Đơn vị máu đạt 11 380/chỉ tiêu 12 100 (94,05%) × 30``;
    for a criterion not assigned or not submitted, just that."""
    if explanation.source in ("not_assigned", "missing"):
        return source_text(explanation, lang)
    rule = explanation.criterion.rule
    top = explanation.criterion.max_points

    def what(key: str) -> str:
        found = explanation.input(key)
        return _label(key, found.label if found else "", found.label_en if found else "", lang)

    def got(key: str) -> Decimal:
        found = explanation.input(key)
        return found.value if found else Decimal(0)

    if isinstance(rule, TargetRule):
        return _target(explanation, rule, what(rule.indicator), got(rule.indicator), lang)
    if isinstance(rule, RelativeRule):
        return _against_best(explanation, what(rule.indicator), got(rule.indicator), lang)
    if isinstance(rule, YesNoRule):
        return render("why.yes" if got(rule.indicator) > 0 else "why.no", lang,
                      what=what(rule.indicator))
    if isinstance(rule, PerOccurrenceRule):
        return render("why.per_occurrence", lang, what=what(rule.indicator),
                      got=got(rule.indicator), each=rule.points_each, max=top)
    if isinstance(rule, JudgedRule):
        return render("why.judged", lang)
    if isinstance(rule, AdjustmentRule):
        items = " + ".join(render("why.item", lang, what=what(i.indicator), got=got(i.indicator),
                                  each=i.points_each) for i in rule.items)
        return render("why.adjustment", lang, items=items, floor=rule.floor,
                      ceiling=rule.ceiling)
    if isinstance(rule, FormulaRule):
        shown = "; ".join(_formula_values(explanation, lang))
        source = rule.formula.source
        return render("why.formula", lang, formula=source, values=shown) if shown else source
    assert_never(rule)


def rating_text(score: MemberScore, lang: Language, *, short: bool = False) -> str:
    """The member's rating band, or why it has none: below the lowest band, not submitted."""
    band = score.rating
    if band is None:
        return render("rating.below_bands" if score.rating_state is RatingState.BELOW_BANDS
                      else "rating.not_submitted", lang)
    return band.label_en if lang == "en" else band.short if short else band.label


def source_text(explanation: Explanation, lang: Language) -> str:
    """Which points count, in words, with the verifier's reason when there is one and, for
    the points after the unit's explanation, the verifier's verdict when stated."""
    if explanation.source == "verified" and explanation.reason:
        return render("source.verified.reason", lang, reason=explanation.reason)
    if explanation.source == "explained" and explanation.verdict is not None:
        verdict = render(_VERDICT_KEYS[explanation.verdict], lang)
        key = "source.explained.verdict.reason" if explanation.reason \
            else "source.explained.verdict"
        return render(key, lang, verdict=verdict, reason=explanation.reason)
    if explanation.source == "explained" and explanation.reason:
        return render("source.explained.reason", lang, reason=explanation.reason)
    return render(f"source.{explanation.source}", lang)


_VERDICT_KEYS = {Verdict.ACCEPTED: "verdict.accepted", Verdict.PARTLY: "verdict.partly",
                 Verdict.REJECTED: "verdict.rejected"}


def _label(key: str, label: str, label_en: str, lang: Language) -> str:
    if lang == "en" and label_en:
        return label_en
    return label or key


def _names(members: tuple[Member, ...]) -> str:
    return ", ".join(m.short_name for m in members) or "–"


def _target(explanation: Explanation, rule: TargetRule, what: str, got: Decimal,
            lang: Language) -> str:
    ratio = explanation.quantity("ratio")
    input_ = explanation.input(rule.indicator)
    if input_ is None or input_.target is None:
        if rule.not_entered is NotEntered.ZERO:
            return render("why.target_not_entered.zero", lang, what=what, got=got)
        return render("why.target_not_entered", lang,
                      how=_against_best(explanation, what, got, lang))
    if ratio is None:
        return render("why.no_target", lang, how=_against_best(explanation, what, got, lang))
    top = explanation.criterion.max_points
    shown = {"what": what, "got": got, "target": input_.target, "ratio": percent(ratio)}
    if not rule.over_share:
        return render("why.target", lang, max=top, **shown)
    kept = top * rule.over_share
    shown.update(base=top - kept, kept=kept)
    over = explanation.quantity("over")
    if over is None:
        return render("why.target.under", lang, **shown)
    best = explanation.figure("best_over")
    if best is None or best.value <= 0:
        return render("why.target.over_alone", lang, **shown)
    if rule.over_measure is OverMeasure.RATIO:
        return render("why.target.over", lang, over=percent(over),
                      best_over=percent(best.value), leaders=_names(best.set_by), **shown)
    return render("why.target.over.difference", lang, over=over, best_over=best.value,
                  leaders=_names(best.set_by), **shown)


def _against_best(explanation: Explanation, what: str, got: Decimal, lang: Language) -> str:
    untargeted = explanation.figure("best_untargeted")
    best = untargeted or explanation.figure("best")
    key = "why.untargeted" if untargeted else "why.relative"
    if best is None or best.value <= 0:
        nobody = "why.untargeted.nobody" if untargeted else "why.relative.nobody"
        return render(nobody, lang, what=what, got=got)
    return render(key, lang, what=what, got=got, best=best.value,
                  leaders=_names(best.set_by), max=explanation.criterion.max_points)


def _formula_values(explanation: Explanation, lang: Language) -> list[str]:
    """``x = 900``, ``best(x) = 1 200 (Bình)``, ``members() = 3``: what the formula read."""
    shown = [f"{i.indicator} = {format_number(i.value, lang)}" for i in explanation.inputs]
    for figure in explanation.bloc:
        setters = f" ({_names(figure.set_by)})" if figure.set_by else ""
        shown.append(f"{figure.name}({figure.indicator}) = "
                     f"{format_number(figure.value, lang)}{setters}")
    members = explanation.quantity("members")
    if members is not None:
        shown.append(f"members() = {format_number(members, lang)}")
    return shown
