"""The columnar engine's results handed to the integer engine, for a board's first edit.

A board ranked from columns (:mod:`.colengine`) edits a member at a time through
:class:`~.intengine.IntegerEngine`. Rather than start that engine afresh (every rule again,
in Python), :func:`integer_engine` fills it with what the columnar engine computed: each
member type's counted and computed columns, sections, tie-break sums, lateness, deductions
and totals as lists, the figures and targets the columns were read from, the reachable
maxima and the ranking keys. The bloc figures are the trackers' as the columnar engine
loaded them. The result is the engine :meth:`~.intengine.IntegerEngine.fill` would have
made from the same inputs (``tests/core/test_columns.py`` edits both alike).
"""

from __future__ import annotations

from collections import Counter

from .colengine import ColumnKeys, TypeState
from .intengine import IntegerEngine
from .intgroups import Group
from .intmatrix import Matrix
from .kernels import kernel_for
from .model import RankBy

__all__ = ["integer_engine"]


def integer_engine(found: ColumnKeys) -> IntegerEngine:
    """The integer engine as it would be after scoring the same inputs in the same unit."""
    inputs, units = found.inputs, found.units
    campaign = inputs.campaign
    engine = IntegerEngine.__new__(IntegerEngine)
    engine._in = inputs
    engine.units = units
    engine._tie_break = campaign.tie_break
    engine._by_percent = campaign.rank_by is RankBy.PERCENT
    engine._count_deductions = "deductions" in campaign.tie_break
    engine._lateness = campaign.lateness
    engine._figures = {}
    engine._fractional = Counter()
    engine._reviewed = Counter()
    engine._skipping = {}
    for member_id, codes in inputs.skipped.items():
        for code in codes:
            engine._skipping.setdefault(code, set()).add(member_id)
    engine._targets_whole = {}
    engine._groups = {}
    engine._where = {}
    engine._reachable = {}
    for state in found.states:
        _hand_over(engine, state)
    engine.keys = dict(zip(found.ids, zip(*(column.tolist() for column in found.keys),
                                          strict=True), strict=True))
    return engine


def _hand_over(engine: IntegerEngine, state: TypeState) -> None:
    """One member type's columns into the engine's group and per-member mappings."""
    inputs, units = engine._in, engine.units
    columns = state.columns
    ids = list(columns.ids)
    plan = inputs.plans[state.type_key]
    kernels = [kernel_for(criterion, units, engine._failure(state.type_key, criterion))
               for criterion in plan.leaves]
    group = engine._groups[state.type_key] = Group(plan, ids, kernels,
                                                   list(inputs.numbers[state.type_key]))
    figures = columns.figures
    engine._figures.update(zip(ids, figures, strict=True))
    engine._fractional.update(columns.fractional)
    engine._reviewed.update({code: int(marks.sum())
                             for code, (marks, _) in columns.reviewed.items()})
    engine._targets_whole.update(zip(ids, columns.targets_whole, strict=True))
    engine._where.update((member_id, (group, pos)) for pos, member_id in enumerate(ids))
    engine._reachable.update(zip(ids, zip(columns.reach[0].tolist(), columns.reach[1].tolist(),
                                          strict=True), strict=True))
    matrix = group.matrix = Matrix.__new__(Matrix)
    matrix.figures = list(figures)
    matrix.whole = {key: columns.values[key].tolist() for key in group.keys}
    matrix.picked = {code: columns.picked[code].tolist() for code in group.codes}
    group.cols = [column.tolist() for column in state.cols]
    group.computed = [None] * len(state.cols)
    for i, (points, scored) in state.computed.items():
        group.computed[i] = [p if counted else None
                             for p, counted in zip(points.tolist(), scored.tolist(), strict=True)]
    group.sections = [column.tolist() for column in state.sections]
    group.ties = {key: column.tolist() for key, column in state.ties.items()}
    group.late = state.late.tolist()
    group.minus_deductions = (-state.deductions).tolist()
    group.totals = state.totals.tolist()
    zeros = [0] * len(ids)
    group.tie_columns = [group.minus_deductions if key == "deductions"
                         else group.ties.get(key, zeros) for key in engine._tie_break]
