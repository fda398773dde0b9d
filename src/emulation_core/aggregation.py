"""Cross-scores aggregated per member and criterion, every method side by side.

Mean, median and trimmed mean are exact fractions. Z-scores: each scorer's points on a
criterion are standardised against that scorer's own mean and standard deviation
(population), then rescaled to the mean and standard deviation of every counted score on
the criterion and kept within 0..max; square roots are taken as Decimals at
:data:`ZSCORE_DIGITS` significant digits, so the result is the same on every machine.
Each aggregate is then rounded once, half away from zero, at the campaign's precision,
like any criterion. Abstentions, recused pairs and removed scorers are left out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from decimal import Decimal, localcontext
from fractions import Fraction

from attrs import frozen

from .crossscores import Aggregate, CrossMode, CrossScoring
from .exact import round_half_away
from .value_object import ValueObject

__all__ = ["ZSCORE_DIGITS", "CellAggregate", "aggregate", "counted_points", "median",
           "trimmed_mean"]

ZSCORE_DIGITS = 28
"""Significant digits of the Decimal arithmetic behind z-scores."""


@frozen
class CellAggregate(ValueObject):
    """One member's criterion: the scores that count (scorer → points) and each method's
    result, exact and rounded (None when the method needs more scores)."""

    member: str
    code: str
    scores: Mapping[str, Decimal]
    exact: Mapping[Aggregate, Fraction | None]
    rounded: Mapping[Aggregate, Decimal | None]


def median(values: Sequence[Fraction]) -> Fraction:
    """The middle value, or the mean of the two middle values (``values`` not empty)."""
    ordered = sorted(values)
    half = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def trimmed_mean(values: Sequence[Fraction]) -> Fraction | None:
    """The mean without one highest and one lowest value (None below three values)."""
    if len(values) < 3:
        return None
    ordered = sorted(values)[1:-1]
    return sum(ordered, Fraction(0)) / len(ordered)


def _spread(values: Sequence[Fraction]) -> tuple[Fraction, Decimal]:
    """Mean (exact) and population standard deviation (Decimal) of ``values``."""
    mean = sum(values, Fraction(0)) / len(values)
    variance = sum(((v - mean) ** 2 for v in values), Fraction(0)) / len(values)
    with localcontext() as ctx:
        ctx.prec = ZSCORE_DIGITS
        deviation = (Decimal(variance.numerator) / Decimal(variance.denominator)).sqrt()
    return mean, deviation


def _zscores(cells: Mapping[str, Mapping[str, Decimal]], maximum: Decimal,
             ) -> dict[str, Fraction]:
    """Member → mean of its scorers' rescaled z-scores on one criterion."""
    by_scorer: dict[str, list[Fraction]] = {}
    pooled: list[Fraction] = []
    for scores in cells.values():
        for scorer, points in scores.items():
            by_scorer.setdefault(scorer, []).append(Fraction(points))
            pooled.append(Fraction(points))
    if not pooled:
        return {}
    centre, spread = _spread(pooled)
    spreads = {scorer: _spread(points) for scorer, points in by_scorer.items()}
    result = {}
    with localcontext() as ctx:
        ctx.prec = ZSCORE_DIGITS
        for member, scores in cells.items():
            if not scores:
                continue
            rescaled = []
            for scorer, points in scores.items():
                own_mean, own_spread = spreads[scorer]
                z = _ratio(Fraction(points) - own_mean) / own_spread if own_spread \
                    else Decimal(0)
                value = _ratio(centre) + z * spread
                rescaled.append(min(max(Fraction(value), Fraction(0)), Fraction(maximum)))
            result[member] = sum(rescaled, Fraction(0)) / len(rescaled)
    return result


def _ratio(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def aggregate(cross: CrossScoring, code: str, maximum: Decimal, precision: Decimal,
              members: Sequence[str], methods: Collection[Aggregate] = tuple(Aggregate),
              ) -> dict[str, CellAggregate]:
    """Each of ``members`` with every method's aggregate of its counted scores on ``code``
    (only ``methods``' when named: the others are None)."""
    current = cross.current()
    cells: dict[str, dict[str, Decimal]] = {m: {} for m in members}
    for (scorer, member, entry_code), entry in current.items():
        if entry_code == code and member in cells and entry.points is not None \
                and cross.scores(scorer, member):
            cells[member][scorer] = entry.points
    zscores = _zscores(cells, maximum) if Aggregate.ZSCORE in methods else {}
    result = {}
    for member, scores in cells.items():
        values = [Fraction(p) for p in scores.values()]
        exact: dict[Aggregate, Fraction | None] = {
            Aggregate.MEAN: sum(values, Fraction(0)) / len(values)
            if values and Aggregate.MEAN in methods else None,
            Aggregate.MEDIAN: median(values) if values and Aggregate.MEDIAN in methods
            else None,
            Aggregate.TRIMMED: trimmed_mean(values) if Aggregate.TRIMMED in methods else None,
            Aggregate.ZSCORE: zscores.get(member),
        }
        rounded = {method: None if value is None else round_half_away(value, precision)
                   for method, value in exact.items()}
        result[member] = CellAggregate(member, code, dict(sorted(scores.items())), exact,
                                       rounded)
    return result


def counted_points(cell: CellAggregate, cross: CrossScoring, reviewed: Decimal | None,
                   precision: Decimal) -> Decimal | None:
    """The points the criterion counts under the campaign's setting (None: the reviewed
    score stands, e.g. mode off or no cross-score yet).

    Replace: the chosen aggregate, rounded. Weigh: (1 − weight) × reviewed + weight ×
    aggregate, exact, rounded once (the aggregate alone when nothing was reviewed).
    """
    settings = cross.settings
    value = cell.exact[settings.method]
    if settings.mode is CrossMode.OFF or value is None:
        return None
    if settings.mode is CrossMode.WEIGH and reviewed is not None:
        share = Fraction(settings.weight)
        value = (1 - share) * Fraction(reviewed) + share * value
    return round_half_away(value, precision)
