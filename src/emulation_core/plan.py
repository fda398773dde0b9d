"""A member type's criteria table compiled for scoring (used by :mod:`.scoring`).

Each criterion gets one scoring function that clamps its rule's exact result to the
criterion's bounds and rounds it once, half away from zero, at the campaign's precision.
Comparative criteria get the key of their bloc figures: the criterion itself (equal
criteria share figures, whatever object holds them) and, for criteria of a per-type slot,
the member type, so that each type is compared only with its own members.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from .criteria import CriteriaTable, Criterion, Section
from .exact import round_ratio
from .messages import Message
from .rules import AdjustmentRule, Finish, Points

__all__ = ["BlocKey", "Plan", "finisher", "tie_code"]

BlocKey = tuple[str, Criterion]
"""Which bloc figures a comparative criterion reads: (type key or "" if common, criterion)."""


def finisher(low: Decimal, high: Decimal, precision: Decimal) -> Finish:
    """Clamp an exact result n/d to [low, high], round it half away from zero to
    ``precision``, and clamp again if a bound is not a multiple of the precision."""
    low_n, low_d = low.as_integer_ratio()
    high_n, high_d = high.as_integer_ratio()
    on_grid = low % precision == 0 and high % precision == 0

    def finish(numerator: int, denominator: int) -> Decimal:
        if numerator * high_d > high_n * denominator:
            numerator, denominator = high_n, high_d
        elif numerator * low_d < low_n * denominator:
            numerator, denominator = low_n, low_d
        rounded = round_ratio(numerator, denominator, precision)
        return rounded if on_grid else max(low, min(high, rounded))

    return finish


def tie_code(key: str) -> str | None:
    """The section or criterion code a tie-break key names (None for ``deductions``)."""
    for prefix in ("section:", "code:"):
        if key.startswith(prefix):
            return key.removeprefix(prefix)
    return None


def _find(table: CriteriaTable, code: str) -> Criterion | Section | None:
    stack: list[Criterion | Section] = list(table.sections)
    while stack:
        node = stack.pop()
        if node.code == code:
            return node
        if isinstance(node, Section):
            stack.extend(node.children)
    return None


class Plan:
    """Criteria in order, their scorers and bloc keys, sections and tie-break positions."""

    def __init__(self, table: CriteriaTable, type_key: str, precision: Decimal,
                 tie_break: Sequence[str]) -> None:
        self.leaves = tuple(table.leaves())
        self.index = {c.code: i for i, c in enumerate(self.leaves)}
        self.problems: list[Message] = []
        self.scorers = tuple(self._scorer(c, type_key, precision) for c in self.leaves)
        slotted = {c.code for s in table.per_type_slots() for c in s.leaves()}
        self.bloc_keys: tuple[BlocKey | None, ...] = tuple(
            (type_key if c.code in slotted else "", c) if c.rule.comparative else None
            for c in self.leaves)
        # Each bonus/deduction item as (indicator, points each as numerator, denominator).
        self.adjustment_items: dict[int, tuple[tuple[str, int, int], ...]] = {
            i: tuple((item.indicator, *item.points_each.as_integer_ratio())
                     for item in c.rule.items)
            for i, c in enumerate(self.leaves) if isinstance(c.rule, AdjustmentRule)}
        self.adjustments = tuple(self.adjustment_items)
        self.nominal = table.nominal
        # Top-level sections as slices of the leaves (leaves come section by section).
        sections = []
        start = 0
        for section in table.sections:
            end = start + sum(1 for _ in section.leaves())
            sections.append((section, start, end, section.nominal))
            start = end
        self.sections = tuple(sections)
        self.section_of = tuple(k for k, (_, a, b, _) in enumerate(sections) for _ in range(a, b))
        self.ties: dict[str, tuple[int, ...]] = {}
        for key in tie_break:
            code = tie_code(key)
            node = _find(table, code) if code is not None else None
            if code is not None:
                leaves = () if node is None else (node,) if isinstance(node, Criterion) \
                    else tuple(node.leaves())
                self.ties[key] = tuple(self.index[c.code] for c in leaves)
        # The section whose sum a key's sum is when the key names exactly one top-level
        # section's criteria.
        whole = {tuple(range(a, b)): k for k, (_, a, b, _) in enumerate(sections)}
        self.tie_whole = {key: whole.get(where) for key, where in self.ties.items()}

    def _scorer(self, criterion: Criterion, type_key: str, precision: Decimal) -> Points | None:
        finish = finisher(criterion.lowest, criterion.highest, precision)
        try:
            return criterion.rule.compiled(criterion.max_points, finish)
        except Exception as exc:  # a plugin's rule must not stop scoring
            self.problems.append(broken_rule(type_key, criterion, exc))
            zero = finish(0, 1)
            return lambda values, targets, stats: zero


def broken_rule(type_key: str, criterion: Criterion, exc: Exception) -> Message:
    """The warning for a rule that raised: it names the type, the criterion and the rule."""
    return Message("warning.rule_failed", {
        "type": type_key, "code": criterion.code, "rule": type(criterion.rule).__name__,
        "error": f"{type(exc).__name__}: {exc}"})
