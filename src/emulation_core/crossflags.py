"""Scorers worth a second look: who deviates consistently from the others, who gives
everyone the same score, who favours its own association type.

A scorer's deviation on a member is its points minus the median of the other scorers'
counted points for that member and criterion (members nobody else scored are left out);
the median keeps one lenient scorer from making all the others look harsh.

- ``deviates``: on at least two members, every deviation has the same sign and their
  mean is at least one step of the criterion;
- ``flat``: at least three counted scores on the criterion, all equal;
- ``own_type``: the mean deviation on members of the scorer's own type exceeds the mean
  deviation on the other members (0 when there are none) by at least one step.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

from attrs import frozen

from .aggregation import CellAggregate, median
from .value_object import ValueObject

__all__ = ["ScorerFlag", "scorer_flags"]


@frozen
class ScorerFlag(ValueObject):
    """A flag on a scorer for one criterion: ``kind`` and the figure behind it."""

    scorer: str
    code: str
    kind: str  # deviates | flat | own_type
    amount: Fraction


def _mean(values: list[Fraction]) -> Fraction:
    return sum(values, Fraction(0)) / len(values)


def scorer_flags(cells: Mapping[str, CellAggregate], code: str, step: Decimal,
                 types: Mapping[str, str]) -> list[ScorerFlag]:
    """The flags for one criterion's aggregated ``cells``; ``types`` maps member → type."""
    deviations: dict[str, dict[str, Fraction]] = {}
    given: dict[str, list[Fraction]] = {}
    for member, cell in cells.items():
        for scorer, points in cell.scores.items():
            given.setdefault(scorer, []).append(Fraction(points))
            others = [Fraction(p) for s, p in cell.scores.items() if s != scorer]
            if others:
                deviations.setdefault(scorer, {})[member] = Fraction(points) - median(others)
    flags = []
    limit = Fraction(step) if step else Fraction(0)
    for scorer in sorted(given):
        found = deviations.get(scorer, {})
        gaps = list(found.values())
        if len(gaps) >= 2 and (all(g > 0 for g in gaps) or all(g < 0 for g in gaps)) \
                and abs(_mean(gaps)) >= limit:
            flags.append(ScorerFlag(scorer, code, "deviates", _mean(gaps)))
        scored = given[scorer]
        if len(scored) >= 3 and len(set(scored)) == 1:
            flags.append(ScorerFlag(scorer, code, "flat", scored[0]))
        own = [g for m, g in found.items() if types.get(m) == types.get(scorer)]
        rest = [g for m, g in found.items() if types.get(m) != types.get(scorer)]
        if own:
            favour = _mean(own) - (_mean(rest) if rest else Fraction(0))
            if favour > 0 and favour >= limit:
                flags.append(ScorerFlag(scorer, code, "own_type", favour))
    return flags
