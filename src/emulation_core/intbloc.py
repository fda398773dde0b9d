"""Bloc figures from whole figures: a comparative criterion's tracker loaded from integers.

When every value and target a criterion's bloc figures read is a whole number, the
figures are taken from the members' integer figures (:mod:`.intfigures`) instead of their
Decimals: as rows for the tracker in a small bloc, and for a large bloc with numpy
installed (:data:`.kernels.VECTOR_FROM`) computed over int64 columns (:mod:`.npbloc`),
the tracker's rows made only when an edit first needs them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from . import kernels
from .blocstats import BlocStats, BlocTracker, IndicatorFigures, Row, whole_row

__all__ = ["load_whole"]


def load_whole(tracker: BlocTracker, ids: list[str], results: Sequence[Sequence[int]],
               targets: Mapping[str, Mapping[str, int]]) -> None:
    """Load the reports of ``ids`` into ``tracker`` from their whole values (``results``,
    a column per indicator of the tracker, in the order of ``ids``) and targets (the caller
    has checked that none of the tracker's indicators has decimals)."""
    keys = tracker.indicators
    goals = [[targets[m].get(key) for m in ids] for key in keys]

    def rows() -> dict[str, Row]:
        if len(keys) == 1:  # the common case, a column at a time
            return {m: ((got, None, None),) if not goal
                    else ((got, (got, goal), (got - goal, 1)),)
                    for m, got, goal in zip(ids, results[0], goals[0], strict=True)}
        return {m: whole_row(tuple(r[k] for r in results), tuple(g[k] for g in goals))
                for k, m in enumerate(ids)}

    if len(ids) >= kernels.VECTOR_FROM and kernels.vectorised():
        worked = _vectorised(ids, keys, results, goals)
        if worked is not None:
            tracker.load_worked_out(BlocStats(len(ids), worked), rows)
            return
    tracker.load_rows(rows())


def _vectorised(ids: list[str], keys: tuple[str, ...], results: Sequence[Sequence[int]],
                goals: Sequence[Sequence[int | None]]) -> dict[str, IndicatorFigures] | None:
    from .npbloc import indicator_figures
    found = {}
    for key, got, goal in zip(keys, results, goals, strict=True):
        figures = indicator_figures(ids, got, goal)
        if figures is None:
            return None
        found[key] = figures
    return found
