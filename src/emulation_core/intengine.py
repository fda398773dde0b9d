"""The columnar integer engine: every member's counted points as integer columns.

:class:`~.scoring.Scoreboard` ranks from this engine and builds a member's
:class:`~.results.MemberScore` (Decimals, explanations) only when it is read. Points are
integers in :class:`~.units.Units` (10^-K): per member type, one column per criterion
(counted points of each member, in the type's member order), section sums and tie-break
sums as integer columns, and each member's measure. Rules compute into the columns through
:mod:`.kernels` (a whole column per rule call for the built-in kinds).

An edit (:meth:`IntegerEngine.update`) re-extracts the edited member's row, recomputes only
the comparative columns whose bloc figures moved, adds the exact integer differences to
the sections, tie-break sums and totals of the members they reach, and recomputes the
edited member's row; ranking sorts once over the integer keys.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from decimal import Decimal
from itertools import compress
from operator import add, ne, sub
from typing import cast

from attrs import frozen

from .blocstats import BlocStats, BlocTracker
from .criteria import Criterion
from .intbloc import load_whole
from .intdeductions import deduction_column, deductions_of
from .intfigures import Figures, figures_of, split_whole
from .intgroups import Group, Scored, spread
from .intmatrix import Matrix, matrix_of, taken
from .kernels import Column, Source, kernel_for
from .lateness import days_late
from .messages import Message
from .model import Campaign, RankBy, Status, Submission
from .plan import Plan, broken_rule
from .units import Units
from .value_object import ValueObject

__all__ = ["Inputs", "IntegerEngine"]

_NO_STATS = BlocStats()


@frozen
class Inputs(ValueObject):
    """What the engine reads, kept current by the scoreboard (the mappings are live)."""

    campaign: Campaign
    members: Mapping[str, tuple[str, ...]]  # member ids by type, in bloc order
    plans: Mapping[str, Plan]
    numbers: Mapping[str, tuple[int | None, ...]]  # comparative number of each criterion
    subs: Mapping[str, Submission]
    values: Mapping[str, Mapping[str, Decimal]]
    targets: Mapping[str, Mapping[str, Decimal]]
    skipped: Mapping[str, frozenset[str]]
    stats: Callable[[int], BlocStats]
    warn: Callable[[Message], None]


class IntegerEngine:
    """Counted points, section sums, tie-break sums and measures of every member, in units."""

    def __init__(self, inputs: Inputs, units: Units) -> None:
        self._in = inputs
        self.units = units
        campaign = inputs.campaign
        self._tie_break = campaign.tie_break
        self._by_percent = campaign.rank_by is RankBy.PERCENT
        self._count_deductions = "deductions" in campaign.tie_break
        self._lateness = campaign.lateness
        self._figures: dict[str, Figures] = {}
        self._fractional: Counter[str] = Counter()
        self._reviewed: Counter[str] = Counter()  # codes with a reviewed score
        self._skipping: dict[str, set[str]] = {}  # code → members it is not assigned to
        for member_id, codes in inputs.skipped.items():
            for code in codes:
                self._skipping.setdefault(code, set()).add(member_id)
        self._targets_whole: dict[str, dict[str, int]] = {}
        self._groups: dict[str, Group] = {}
        self._where: dict[str, tuple[Group, int]] = {}
        self._reachable: dict[str, tuple[int, int]] = {}
        for type_key, ids in inputs.members.items():
            plan = inputs.plans[type_key]
            kernels = [kernel_for(criterion, units, self._failure(type_key, criterion))
                       for criterion in plan.leaves]
            group = self._groups[type_key] = Group(plan, list(ids), kernels,
                                                    list(inputs.numbers[type_key]))
            nominal = plan.nominal.as_integer_ratio()
            for pos, member_id in enumerate(ids):
                self._where[member_id] = group, pos
                self._read(member_id)
                self._targets_whole[member_id] = self._whole_targets(member_id)
                self._reachable[member_id] = self._reach(plan, nominal, member_id)
            group.matrix = matrix_of(type_key, ids, [self._figures[m] for m in ids],
                                     group.keys, group.codes)
        self.keys: dict[str, tuple[int, ...]] = {}

    def fill(self) -> None:
        """Score every column (once the bloc figures are loaded), then the sums and keys."""
        for group in self._groups.values():
            self._fill(group)
        self._refresh_keys(self._where.keys())

    def load_bloc(self, tracker: BlocTracker, ids: list[str]) -> bool:
        """Load the reports of ``ids`` into ``tracker`` from their whole figures; False
        (nothing loaded) when a value or target it reads has decimals somewhere."""
        if any(self._fractional[key] > 0 for key in tracker.indicators):
            return False
        load_whole(tracker, ids, [self._values_of(key, ids) for key in tracker.indicators],
                   self._targets_whole)
        return True

    def _values_of(self, key: str, ids: list[str]) -> list[int]:
        """The whole values of ``key`` reported by ``ids``, from their groups' matrices."""
        where = self._where
        if len(self._groups) == 1:  # one member type: one column
            (group,) = self._groups.values()
            column = group.matrix.values(key)
            return [column[where[m][1]] for m in ids]
        found = []
        for member_id in ids:
            group, pos = where[member_id]
            found.append(group.matrix.values(key)[pos])
        return found

    # -- reading ------------------------------------------------------------------------
    def counted(self, member_id: str) -> list[int]:
        """The member's counted points per criterion of its plan, in units."""
        group, pos = self._where[member_id]
        return [col[pos] for col in group.cols]

    def total(self, member_id: str) -> int:
        group, pos = self._where[member_id]
        return group.totals[pos]

    def tie_value(self, member_id: str, key: str) -> int:
        """The member's value for a tie-break key, higher is better (units)."""
        group, pos = self._where[member_id]
        if key == "deductions":
            return group.minus_deductions[pos]
        column = group.ties.get(key)
        return 0 if column is None else column[pos]

    def percent(self, member_id: str) -> int:
        """total ÷ reachable × 100, rounded half away at the precision (units)."""
        reachable_n, reachable_d = self._reachable[member_id]
        if reachable_n <= 0:
            return 0
        return self.units.rounded(self.total(member_id) * 100 * reachable_d,
                                  self.units.scale * reachable_n)

    # -- editing ------------------------------------------------------------------------
    def update(self, member_id: str, moved: Iterable[int]) -> set[str]:
        """After the member's submission changed and the comparative criteria numbered
        ``moved`` got new bloc figures: recompute what they reach. Returns the members
        whose points (counted or computed) may have changed."""
        touched = {member_id}
        self._read(member_id)
        group, pos = self._where[member_id]
        group.matrix.set_row(pos, self._figures[member_id])
        ready = group.ready
        if ready is not None:  # keep the counting members current
            at = ready.index.get(member_id)
            if at is not None and self._counts(member_id):
                ready.rows[at] = self._figures[member_id]
            elif at is not None or self._counts(member_id):
                group.ready = None
        for number in moved:
            for reached in self._groups.values():
                if number in reached.numbers:
                    self._recolumn(reached, reached.numbers.index(number), touched)
        ready = self._prepare(group, [member_id])
        for i in range(len(group.kernels)):
            counted, computed = self._cells(group, i, ready)
            group.cols[i][pos] = counted[0]
            kept = group.computed[i]
            if kept is not None:
                kept[pos] = computed[0]
        self._row_sums(group, pos)
        self._refresh_keys(touched)
        return touched

    # -- internals ----------------------------------------------------------------------
    def _failure(self, type_key: str, criterion: Criterion) -> Callable[[Exception], None]:
        warn = self._in.warn
        return lambda exc: warn(broken_rule(type_key, criterion, exc))

    def _reach(self, plan: Plan, nominal: tuple[int, int], member_id: str) -> tuple[int, int]:
        skipped = self._in.skipped[member_id]
        if not skipped:
            return nominal
        reachable = plan.nominal
        for criterion in plan.leaves:
            if not criterion.is_adjustment and criterion.code in skipped:
                reachable -= criterion.max_points
        return reachable.as_integer_ratio()

    def _read(self, member_id: str) -> None:
        """The member's figures as integers (its values' decimals counted apart)."""
        old = self._figures.get(member_id)
        if old is not None:
            self._fractional.subtract(old.fractional.keys())
            self._reviewed.subtract(old.reviewed.keys())
        figures = self._figures[member_id] = figures_of(
            self._in.subs.get(member_id), self._in.values[member_id], self.units)
        if figures.fractional:
            self._fractional.update(figures.fractional.keys())
        if figures.reviewed:
            self._reviewed.update(figures.reviewed.keys())

    def _whole_targets(self, member_id: str) -> dict[str, int]:
        whole, fractional = split_whole(self._in.targets[member_id])
        if fractional:
            self._fractional.update(fractional.keys())  # held for the campaign's life
        return whole

    def _has_decimals(self, key: str) -> bool:
        return self._fractional[key] > 0

    def _counts(self, member_id: str) -> bool:
        sub = self._in.subs.get(member_id)
        return sub is not None and sub.status is not Status.MISSING

    def _prepare(self, group: Group, ids: list[str]) -> Scored:
        """The members of ``ids`` (the group's, or some of them) whose submission counts,
        with their integer figures."""
        positions = [k for k, m in enumerate(ids) if self._counts(m)]
        scored = [ids[k] for k in positions]
        matrix = group.matrix if ids is group.ids else \
            Matrix([self._figures[m] for m in ids], group.keys, group.codes)
        return Scored(len(ids), positions, scored, [self._figures[m] for m in scored],
                      [self._targets_whole[m] for m in scored], matrix)

    def _cells(self, group: Group, i: int, ready: Scored) -> tuple[list[int], Column]:
        """Counted and computed points of criterion ``i`` for the members ``ready`` was made
        for: the reviewed score, else the computed one, else the self-score, else 0; 0
        when not assigned or the submission is missing."""
        inputs = self._in
        code = group.plan.leaves[i].code
        kernel = group.kernels[i]
        gaps, scored, rows, goals = ready.gaps, ready.ids, ready.rows, ready.targets
        positions: list[int] | None = ready.positions if gaps else None  # None: all
        skipping = self._skipping.get(code)
        dropped = sorted(ready.index[m] for m in skipping if m in ready.index) \
            if skipping else ()
        if dropped:  # members this criterion is not assigned to
            scored, rows, goals = scored[:], rows[:], goals[:]
            positions = ready.positions[:]
            for k in reversed(dropped):
                del scored[k], rows[k], goals[k], positions[k]
            gaps = sorted([*gaps, *(ready.positions[k] for k in dropped)])
        computed: Column
        if kernel is None:
            column = ready.matrix.points(code)
            points: Sequence[int] = column[:] if positions is None else taken(column, positions)
            computed = [None] * ready.size
        else:
            number = group.numbers[i]
            stats = _NO_STATS if number is None else inputs.stats(number)
            found = kernel(Source(scored, inputs.values, inputs.targets, ready.matrix,
                                  positions, goals, self._has_decimals), stats)
            whole = cast(list[int], found)  # a rule computes a whole number of units
            points = [f.reviewed.get(code, c) for f, c in zip(rows, whole, strict=True)] \
                if self._reviewed[code] > 0 else whole[:]
            computed = spread(found, gaps, None) if gaps else found
        counted = spread(points, gaps, 0) if gaps else points
        return counted, computed  # type: ignore[return-value]

    def _fill(self, group: Group) -> None:
        ids = group.ids
        ready = group.ready = self._prepare(group, ids)
        for i in range(len(group.kernels)):
            counted, computed = self._cells(group, i, ready)
            group.cols.append(counted)
            group.computed.append(computed if group.numbers[i] is not None else None)
        size = len(ids)
        group.sections = [[sum(row) for row in zip(*group.cols[a:b], strict=True)]
                          if b > a else [0] * size for _, a, b, _ in group.plan.sections]
        group.ties = {key: self._tie_column(group, key) for key in group.plan.ties}
        group.late = [self._late(m) for m in ids]
        group.minus_deductions = [-d for d in self._deduction_column(group)] \
            if self._count_deductions else [0] * size
        group.totals = [sum(row) - late for row, late in
                        zip(zip(*group.sections, strict=True), group.late, strict=True)] \
            if group.sections else [-late for late in group.late]
        zeros = [0] * size
        group.tie_columns = [group.minus_deductions if key == "deductions"
                             else group.ties.get(key, zeros) for key in self._tie_break]

    def _tie_column(self, group: Group, key: str) -> list[int]:
        whole = group.plan.tie_whole[key]
        if whole is not None:
            return list(group.sections[whole])
        where = group.plan.ties[key]
        if not where:
            return [0] * len(group.ids)
        return [sum(row) for row in zip(*(group.cols[i] for i in where), strict=True)]

    def _row_sums(self, group: Group, pos: int) -> None:
        """Recompute one member's sections, tie-break sums, lateness, deductions, total."""
        cols = group.cols
        for k, (_, a, b, _) in enumerate(group.plan.sections):
            group.sections[k][pos] = sum(cols[i][pos] for i in range(a, b))
        for key, where in group.plan.ties.items():
            group.ties[key][pos] = sum(cols[i][pos] for i in where)
        group.late[pos] = self._late(group.ids[pos])
        if self._count_deductions:
            group.minus_deductions[pos] = -self._deductions(group, pos)
        group.totals[pos] = sum(s[pos] for s in group.sections) - group.late[pos]

    def _recolumn(self, group: Group, i: int, touched: set[str]) -> None:
        """Recompute comparative criterion ``i`` over the group; add the differences."""
        old_counted, old_computed = group.cols[i], group.computed[i]
        if group.ready is None:
            group.ready = self._prepare(group, group.ids)
        counted, computed = self._cells(group, i, group.ready)
        group.cols[i], group.computed[i] = counted, computed
        assert old_computed is not None
        moved = list(map(ne, old_counted, counted))
        if any(moved):  # add the differences, whole columns at a time
            deltas = list(map(sub, counted, old_counted))
            for column in (group.sections[group.plan.section_of[i]], group.totals,
                           *(group.ties[key] for key, where in group.plan.ties.items()
                             if i in where)):
                column[:] = map(add, column, deltas)
            touched.update(compress(group.ids, moved))
        touched.update(compress(group.ids, map(ne, old_computed, computed)))

    def _late(self, member_id: str) -> int:
        lateness = self._lateness
        if not lateness.fixed and not lateness.per_day:
            return 0
        days = days_late(self._in.subs.get(member_id), self._in.campaign)
        return self.units.of(lateness.deduction(days)) if days > 0 else 0

    def _deduction_column(self, group: Group) -> list[int]:
        """Every member's deductions (as :meth:`_deductions`), a bonus/deduction criterion
        at a time, from the members' whole figures when none has decimals."""
        items_of = group.plan.adjustment_items
        if any(self._fractional[key] > 0 for items in items_of.values() for key, _, _ in items):
            return [self._deductions(group, pos) for pos in range(len(group.ids))]
        ids = group.ids
        return deduction_column(group, [self._figures[m].reviewed for m in ids],
                                [self._counts(m) for m in ids],
                                [self._in.skipped[m] for m in ids], self.units.rounded)

    def _deductions(self, group: Group, pos: int) -> int:
        """Lateness plus each bonus/deduction criterion's deduction part (as totals.py)."""
        member_id = group.ids[pos]
        return deductions_of(group, pos, self._counts(member_id), self._in.skipped[member_id],
                             self._figures[member_id].reviewed, self._in.values[member_id],
                             self.units.rounded)

    def _refresh_keys(self, members: Collection[str]) -> None:
        """The ranking keys of ``members`` (of every member of their types, when many)."""
        if 4 * len(members) < len(self._where):
            for member_id in members:
                self.keys[member_id] = self._key(member_id)
            return
        for group in self._groups.values():
            measures = group.totals if not self._by_percent \
                else [self.percent(member_id) for member_id in group.ids]
            self.keys.update(zip(group.ids, zip(measures, *group.tie_columns, strict=True),
                                 strict=True))

    def _key(self, member_id: str) -> tuple[int, ...]:
        group, pos = self._where[member_id]
        measure = self.percent(member_id) if self._by_percent else group.totals[pos]
        return (measure, *[column[pos] for column in group.tie_columns])
