"""Bloc figures of whole columns in numpy: the vectorised twin of ``BlocTracker.compute``.

For a large bloc (see :data:`.kernels.VECTOR_FROM`) a comparative criterion's figures are
taken over int64 columns of results and targets: highest and lowest result, best result ÷
target, best result − target, best result without a target, each with the members who set
it, exactly as :class:`~.blocstats.BlocTracker` gives them. The best ratio is found among
the members whose float ratio is highest (float division is monotone, so the exact highest
is among them) and settled in Python integers. A column too large for that (beyond 2^53),
or with a negative target, returns None and the tracker computes the figures itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

import numpy as np

from .blocstats import Figure, IndicatorFigures
from .npcolumns import Ints, Overflow, array, bound

__all__ = ["column_figures", "indicator_figures"]

_FLOAT_EXACT = 2**53


def _setters(ids: Sequence[str], where: Ints) -> tuple[str, ...]:
    return tuple(sorted(ids[k] for k in np.flatnonzero(where).tolist()))


def _extreme(ids: Sequence[str], values: Ints, highest: bool) -> Figure:
    if not values.size:
        return Figure()
    value = int(values.max() if highest else values.min())
    return Figure(Fraction(value), _setters(ids, values == value))


def _best_ratio(ids: Sequence[str], got: Ints, goal: Ints) -> Figure:
    if not got.size:
        return Figure()
    ratios = got / goal  # float: the exact highest ratio has the highest float
    near = np.flatnonzero(ratios == ratios.max()).tolist()
    top = max(Fraction(int(got[k]), int(goal[k])) for k in near)
    return Figure(top, tuple(sorted(ids[k] for k in near
                                    if int(got[k]) * top.denominator
                                    == top.numerator * int(goal[k]))))


def indicator_figures(ids: Sequence[str], results: Sequence[int],
                      targets: Sequence[int | None]) -> IndicatorFigures | None:
    """One indicator's figures over ``ids`` (their whole results, and targets: None or 0
    for none); None when the columns are too large for this path."""
    try:
        got = array(results)
        goal = array([0 if t is None else t for t in targets])
    except Overflow:
        return None
    return column_figures(ids, got, goal)


def column_figures(ids: Sequence[str], got: Ints, goal: Ints) -> IndicatorFigures | None:
    """The same over int64 columns of results and targets (0: none)."""
    if bound(got) >= _FLOAT_EXACT or bound(goal) >= _FLOAT_EXACT \
            or (goal.size and int(goal.min()) < 0):
        return None
    targeted = goal != 0
    on_target = np.flatnonzero(targeted)
    untargeted = np.flatnonzero(~targeted)
    named = list(ids)
    with_target = [named[k] for k in on_target.tolist()]
    without = [named[k] for k in untargeted.tolist()]
    got_on, goal_on = got[on_target], goal[on_target]
    return IndicatorFigures(
        _extreme(named, got, highest=True), _extreme(named, got, highest=False),
        _best_ratio(with_target, got_on, goal_on),
        _extreme(with_target, got_on - goal_on, highest=True),
        _extreme(without, got[untargeted], highest=True))
