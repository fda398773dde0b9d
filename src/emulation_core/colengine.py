"""The columnar engine: a large bloc's ranking keys computed over int64 columns.

For a bloc of :data:`~.kernels.COLUMNS_FROM` members or more, with numpy installed and no
member type deriving figures through its plugin, :class:`~.scoring.Scoreboard` builds its
first ranking from here instead of :class:`~.intengine.IntegerEngine`: each member type's inputs are
columns (:mod:`.colinputs`, held for the next board), the bloc figures are taken over them
(:mod:`.npbloc`), each criterion's counted points are one vectorised rule call
(:func:`~.npcolumns.array_kernel`), and sections, tie-break sums, lateness, the
``deductions`` key, totals and percentages are column sums and exact integer divisions,
each rounded half away from zero as the integer engine rounds them. Nothing per member is
made in Python but each member's place (:mod:`.colranking`).

Whatever this engine cannot count exactly in int64 (a value or target with decimals, a
figure or a sum that could pass int64, a rule without a vectorised twin) makes
:func:`column_keys` return None, and the scoreboard uses the integer engine, which counts in
Python integers. An edit turns the board to the integer engine first (see
:meth:`~.scoring.Scoreboard.update`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from itertools import compress

import numpy as np

from .blocstats import BlocStats, BlocTracker, Row, whole_row
from .colinputs import TypeColumns, type_columns
from .criteria import CriteriaTable
from .intengine import Inputs
from .intmatrix import Matrix
from .kernels import Source
from .model import RankBy
from .npbloc import column_figures
from .npcolumns import Bools, Ints, Overflow, array_kernel, bound, fits
from .plan import Plan
from .rules import JudgedRule
from .units import Units

__all__ = ["ColumnKeys", "TypeState", "column_keys"]

_NO_STATS = BlocStats()
_NO_MATRIX = Matrix((), (), ())


class ColumnKeys:
    """Every member's ranking keys: ``keys[0]`` the measure, then one column per tie-break
    key (higher is better), each in the order of ``ids``; ``units`` the unit counted in;
    the ``inputs`` and each member type's columns (``states``) they were computed from."""

    __slots__ = ("ids", "inputs", "keys", "states", "units")

    def __init__(self, ids: list[str], keys: list[Ints], units: Units, inputs: Inputs,
                 states: list[TypeState]) -> None:
        self.ids, self.keys, self.units = ids, keys, units
        self.inputs, self.states = inputs, states


class _ColumnSource(Source):
    """A member type's held columns as a kernel reads them."""

    __slots__ = ("columns",)

    def __init__(self, columns: TypeColumns) -> None:
        super().__init__(list(columns.ids), {}, {}, _NO_MATRIX, None, (), _never)
        self.columns = columns

    def whole_ints(self, key: str) -> Ints | None:
        return self.columns.values[key]

    def goal_ints(self, key: str) -> tuple[Ints, Bools]:
        return self.columns.goals[key], self.columns.unset[key]


def _never(key: str) -> bool:
    return False


def column_keys(inputs: Inputs, tables: Mapping[str, CriteriaTable], units: Units,
                trackers: Sequence[BlocTracker], codes: Sequence[str],
                ) -> ColumnKeys | None:
    """The ranking keys of every member (``inputs.values`` a pure function of each member's
    submission), the trackers loaded on the way; None when some figure cannot be counted in
    int64 here (the trackers are then left for the integer engine to load)."""
    types = []
    for type_key, ids in inputs.members.items():
        numbers = [n for n in inputs.numbers[type_key] if n is not None]
        if len(set(numbers)) < len(numbers):  # one bloc figure read twice: rare, left alone
            return None
        columns = type_columns(type_key, ids, inputs.campaign, tables[type_key],
                               inputs.plans[type_key], units, inputs.subs,
                               inputs.values.__getitem__, inputs.targets.__getitem__,
                               inputs.skipped)
        if not columns.whole:
            return None
        types.append((type_key, columns))
    try:
        _load_trackers(types, inputs, trackers, codes)
        found = [_type_keys(columns, inputs, type_key, units) for type_key, columns in types]
    except (Overflow, OverflowError):
        return None
    made = [parts for parts in found if parts is not None]
    if len(made) < len(found):
        return None
    everyone = [m for _, columns in types for m in columns.ids]
    joined = [np.concatenate(parts) for parts in zip(*(keys for keys, _ in made), strict=True)]
    return ColumnKeys(everyone, joined, units, inputs, [state for _, state in made])


def _scored_on(columns: TypeColumns, code: str, among: Bools) -> Bools:
    """``among`` without the members the criterion ``code`` is not assigned to."""
    skipped = columns.skipped.get(code)
    return among if skipped is None else among & ~skipped


def _load_trackers(types: list[tuple[str, TypeColumns]], inputs: Inputs,
                   trackers: Sequence[BlocTracker], codes: Sequence[str]) -> None:
    """Each comparative criterion's bloc figures, over the handed-in members it is assigned
    to, worked out over the columns (the tracker's rows made when an edit needs them)."""
    for number, tracker in enumerate(trackers):
        parts = [(columns, _scored_on(columns, codes[number], columns.in_bloc))
                 for type_key, columns in types if number in inputs.numbers[type_key]]
        if not parts:  # a table's criterion no member of the bloc is scored on
            tracker.load_rows({})
            continue
        ids = [m for columns, mask in parts for m in compress(columns.ids, mask.tolist())]
        results = [np.concatenate([c.values[key][mask] for c, mask in parts])
                   for key in tracker.indicators]
        goals = [np.concatenate([c.goals[key][mask] for c, mask in parts])
                 for key in tracker.indicators]
        rows = _rows_of(ids, results, goals)
        worked = {}
        for key, got, goal in zip(tracker.indicators, results, goals, strict=True):
            figures = column_figures(ids, got, goal)
            if figures is None:  # past 2^53, or a negative target: the tracker's own way
                tracker.load_rows(rows())
                break
            worked[key] = figures
        else:
            tracker.load_worked_out(BlocStats(len(ids), worked), rows)


def _rows_of(ids: list[str], results: list[Ints], goals: list[Ints],
             ) -> Callable[[], dict[str, Row]]:
    def rows() -> dict[str, Row]:
        got = [column.tolist() for column in results]
        goal = [column.tolist() for column in goals]
        if len(got) == 1:  # the common case, a column at a time (as whole_row has it)
            return {m: ((value, None, None),) if not target
                    else ((value, (value, target), (value - target, 1)),)
                    for m, value, target in zip(ids, got[0], goal[0], strict=True)}
        return {m: whole_row(tuple(c[k] for c in got), tuple(g[k] for g in goal))
                for k, m in enumerate(ids)}
    return rows


class TypeState:
    """One member type's columns as the engine left them, what :mod:`.colhandover` hands
    to the integer engine: counted points per criterion, computed points of comparative
    ones (with where they count), sections, tie-break sums, lateness, deductions, totals."""

    __slots__ = ("cols", "columns", "computed", "deductions", "late", "sections", "ties",
                 "totals", "type_key")

    def __init__(self, type_key: str, columns: TypeColumns, cols: list[Ints],
                 computed: dict[int, tuple[Ints, Bools]]) -> None:
        self.type_key, self.columns, self.cols, self.computed = type_key, columns, cols, computed
        self.sections: list[Ints] = []
        self.ties: dict[str, Ints] = {}
        self.late = self.totals = self.deductions = np.zeros(len(columns.ids), dtype=np.int64)


def _type_keys(columns: TypeColumns, inputs: Inputs, type_key: str,
               units: Units) -> tuple[list[Ints], TypeState] | None:
    """One member type's ranking keys and columns (None: a rule has no vectorised twin)."""
    plan = inputs.plans[type_key]
    size = len(columns.ids)
    zeros = np.zeros(size, dtype=np.int64)
    computed: dict[int, tuple[Ints, Bools]] = {}
    cols = _points(columns, plan, inputs.numbers[type_key], inputs, units, computed)
    if cols is None:
        return None
    state = TypeState(type_key, columns, cols, computed)
    late = state.late = _late(columns, inputs, units)
    fits(sum(bound(column) for column in cols) + bound(late))  # every sum below fits
    sections = state.sections = [np.sum(cols[a:b], axis=0) if b > a else zeros
                                 for _, a, b, _ in plan.sections]
    totals = state.totals = (np.sum(sections, axis=0) if sections else zeros) - late
    for key, where in plan.ties.items():
        whole = plan.tie_whole[key]
        state.ties[key] = sections[whole] if whole is not None \
            else np.sum([cols[i] for i in where], axis=0) if where else zeros
    campaign = inputs.campaign
    keys = [_percent(columns, totals, units) if campaign.rank_by is RankBy.PERCENT
            else totals]
    for key in campaign.tie_break:
        if key == "deductions":
            state.deductions = _deductions(columns, plan, cols, late, units)
            keys.append(-state.deductions)
        else:
            keys.append(state.ties.get(key, zeros))
    return keys, state


def _points(columns: TypeColumns, plan: Plan, numbers: Sequence[int | None], inputs: Inputs,
            units: Units, computed: dict[int, tuple[Ints, Bools]]) -> list[Ints] | None:
    """Each criterion's counted points: the reviewed score, else the computed one (the
    entered one for a judged criterion); 0 where not assigned or the submission is missing.
    ``computed`` receives a comparative criterion's computed points and where they count."""
    source = _ColumnSource(columns)
    cols = []
    for i, criterion in enumerate(plan.leaves):
        code = criterion.code
        scored = _scored_on(columns, code, columns.counts)
        if type(criterion.rule) is JudgedRule:
            points = columns.picked[code]
        else:
            kernel = array_kernel(criterion, units)
            number = numbers[i]
            found = None if kernel is None else \
                kernel(source, _NO_STATS if number is None else inputs.stats(number))
            if found is None:
                return None
            if number is not None:
                computed[i] = found, scored
            reviewed = columns.reviewed.get(code)
            points = found if reviewed is None else np.where(reviewed[0], reviewed[1], found)
        cols.append(np.where(scored, points, 0))
    return cols


def _late(columns: TypeColumns, inputs: Inputs, units: Units) -> Ints:
    """Each member's lateness deduction, in units."""
    lateness = inputs.campaign.lateness
    late = np.zeros(len(columns.ids), dtype=np.int64)
    if lateness.fixed or lateness.per_day:
        days = columns.days
        for day in np.unique(days[days > 0]).tolist():
            late[days == day] = _fitting(units.of(lateness.deduction(day)))
    return late


def _fitting(number: int) -> int:
    fits(abs(number))
    return number


def _rounded(numerators: Ints, denominators: Ints | int, units: Units) -> Ints:
    """n ÷ d (d > 0) rounded half away from zero at the precision, in units (as
    :meth:`~.units.Units.rounded`)."""
    step_n, step_d = units.precision.as_integer_ratio()
    n_most, d_most = bound(numerators), bound(denominators)
    fits(2 * n_most * step_d + d_most * step_n, 2 * d_most * step_n,
         (n_most * step_d // step_n + 1) * units.step)
    steps = (2 * np.abs(numerators) * step_d + denominators * step_n) \
        // (2 * np.asarray(denominators) * step_n)
    return np.where(numerators < 0, -steps, steps) * units.step  # type: ignore[no-any-return]


def _percent(columns: TypeColumns, totals: Ints, units: Units) -> Ints:
    """total ÷ reachable × 100, rounded at the precision (0 when nothing is reachable)."""
    reach_n, reach_d = columns.reach
    reachable = reach_n > 0
    fits(bound(totals) * 100 * bound(reach_d), units.scale * bound(reach_n))
    found = _rounded(totals * 100 * reach_d, units.scale * np.where(reachable, reach_n, 1),
                     units)
    return np.where(reachable, found, 0)


def _deductions(columns: TypeColumns, plan: Plan, cols: list[Ints], late: Ints,
                units: Units) -> Ints:
    """Lateness plus each bonus/deduction criterion's deduction part (as
    :func:`~.intdeductions.deduction_column`)."""
    found = late.copy()
    for i, items in plan.adjustment_items.items():
        code = plan.leaves[i].code
        counted = cols[i]
        reviewed = columns.reviewed.get(code)
        plain = _scored_on(columns, code, columns.counts)
        if reviewed is not None:
            plain = plain & ~reviewed[0]
        den = 1
        for _, _, each_d in items:
            den *= each_d
        bonus = np.zeros(len(counted), dtype=np.int64)
        minus = np.zeros(len(counted), dtype=np.int64)
        most = 0
        for key, each_n, each_d in items:
            weight = each_n * (den // each_d)
            values = columns.values[key]
            most += abs(weight) * bound(values)
            fits(most, den)
            amount = weight * values
            bonus += np.maximum(amount, 0)
            minus -= np.minimum(amount, 0)
        fits(bound(found) + 2 * bound(counted) + 2 * most * 10 ** units.decimals)
        deducted = np.maximum(0, np.minimum(_rounded(minus, den, units),
                                            _rounded(bonus, den, units) - counted))
        found += np.where(plain, np.where(minus > 0, deducted, 0), np.maximum(-counted, 0))
    return found
