"""scikit-criteria's float pipeline on a synthetic campaign: the reference of issue 12.

Each criterion's share of its maximum is computed in numpy (the capped target rule
min(achieved ÷ target, 1), relative to the bloc's best without a target; yes/no;
per-occurrence; the formula; entered points for judged criteria; the bonus/deduction column
clamped and shifted to be non-negative, as ``WeightedSumModel`` refuses negative values),
then ``mkdm``, ``WeightedSumModel().evaluate()`` and its ``rank_``. It models neither the
over-achievement share, nor rounding per criterion, nor the tie-break chain.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import skcriteria
from skcriteria.agg.simple import WeightedSumModel

from emulation_core import (
    AdjustmentRule,
    Bloc,
    Campaign,
    FormulaRule,
    JudgedRule,
    PerOccurrenceRule,
    RelativeRule,
    Submission,
    TargetRule,
    YesNoRule,
)

VERSION = skcriteria.VERSION
Arrays = tuple[object, object, object]


def pipeline(bloc: Bloc, campaign: Campaign, subs: dict[str, Submission],
             ) -> tuple[Callable[[], Arrays], Callable[[object, object, object], object]]:
    """``extract()``: the submissions as float arrays; ``evaluate(*arrays)``: the ranking."""
    leaves = list(campaign.table.leaves())
    ids = [m.id for m in bloc.members]

    def extract() -> tuple[object, object, object]:
        """Values, targets and entered points as float arrays (members × criteria)."""
        values = np.zeros((len(ids), len(leaves)))
        targets = np.zeros((len(ids), len(leaves)))
        entered = np.zeros((len(ids), len(leaves)))
        for row, member in enumerate(ids):
            sub = subs.get(member)
            if sub is None:
                continue
            own = campaign.targets.get(member, {})
            skipped = campaign.not_assigned.get(member, frozenset())
            for col, criterion in enumerate(leaves):
                if criterion.code in skipped:
                    continue
                rule = criterion.rule
                if isinstance(rule, AdjustmentRule):
                    values[row, col] = sum(float(sub.values.get(i.indicator, 0) * i.points_each)
                                           for i in rule.items)
                elif isinstance(rule, JudgedRule):
                    e = sub.entry(criterion.code)
                    points = e.verified_points if e.verified_points is not None \
                        else e.self_points
                    entered[row, col] = float(points or 0)
                else:
                    key = next(iter(rule.indicators))
                    values[row, col] = float(sub.values.get(key, 0))
                    targets[row, col] = float(own.get(key, 0))
        return values, targets, entered

    maxima = np.array([float(c.max_points) for c in leaves])
    kinds = [type(c.rule) for c in leaves]
    cols = {kind: np.array([k is kind for k in kinds]) for kind in set(kinds)}
    each = np.array([float(c.rule.points_each) if isinstance(c.rule, PerOccurrenceRule) else 0.0
                     for c in leaves])
    (floor, ceiling), = {(float(c.rule.floor), float(c.rule.ceiling)) for c in leaves
                         if isinstance(c.rule, AdjustmentRule)}

    def evaluate(values: object, targets: object, entered: object) -> object:
        """Each criterion's share of its maximum in numpy, then the weighted sum and rank."""
        v, t, e = np.asarray(values), np.asarray(targets), np.asarray(entered)
        best = v.max(axis=0)
        with np.errstate(divide="ignore", invalid="ignore"):
            capped = np.where(t > 0, np.minimum(v / t, 1.0),
                              np.where(best > 0, v / best, 0.0))      # capped target rule
            relative = np.where(best > 0, v / best, 0.0)
            per_occurrence = np.minimum(v * each, maxima) / maxima
            formula = np.minimum(v / np.maximum(t, 1.0), 1.0)
        share = np.zeros_like(v)
        share[:, cols[TargetRule]] = capped[:, cols[TargetRule]]
        share[:, cols[RelativeRule]] = relative[:, cols[RelativeRule]]
        share[:, cols[YesNoRule]] = (v[:, cols[YesNoRule]] > 0)
        share[:, cols[PerOccurrenceRule]] = per_occurrence[:, cols[PerOccurrenceRule]]
        share[:, cols[FormulaRule]] = formula[:, cols[FormulaRule]]
        share[:, cols[JudgedRule]] = e[:, cols[JudgedRule]] / maxima[cols[JudgedRule]]
        # The bonus/deduction column, clamped and shifted to be ≥ 0 (WSM refuses negatives;
        # the same shift for everyone leaves the order unchanged), with weight 1.
        adjust = cols[AdjustmentRule]
        share[:, adjust] = np.clip(v[:, adjust], floor, ceiling) - floor
        weights = np.where(adjust, 1.0, maxima)
        matrix = skcriteria.mkdm(share, [max] * len(leaves), weights=weights)
        return WeightedSumModel().evaluate(matrix).rank_

    return extract, evaluate
