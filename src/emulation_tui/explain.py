"""Criteria rules, how a score came about, and score sources told in words.

The sentences come from the library (:func:`emulation_core.rule_text`,
:func:`emulation_core.explanation_text`), said in the interface language.
"""

from __future__ import annotations

from collections.abc import Mapping

from emulation_core import (
    Criterion,
    CriterionScore,
    Indicator,
    explanation_text,
    rule_text,
    source_text,
)

from .i18n import language, pick

__all__ = ["describe_rule", "explain_score", "indicator_label", "source"]


def indicator_label(key: str, indicators: Mapping[str, Indicator]) -> str:
    """The indicator's label (with its unit), or its key when the table does not declare it."""
    found = indicators.get(key)
    if found is None:
        return key
    return pick(found.label, found.label_en or found.label)


def describe_rule(criterion: Criterion, indicators: Mapping[str, Indicator]) -> str:
    """How the criterion is scored, e.g. ``theo chỉ tiêu: đạt/chỉ tiêu × 15, tối đa 15``."""
    return rule_text(criterion, language(), indicators)


def explain_score(score: CriterionScore) -> str:
    """How the member's points for the criterion came about, e.g.
    ``Đơn vị máu đạt 11 380/chỉ tiêu 12 100 (94,05%) × 30``."""
    return explanation_text(score.explanation, language())


def source(score: CriterionScore) -> str:
    """Which score counts for the criterion, in words, with the verifier's reason."""
    return source_text(score.explanation, language())
