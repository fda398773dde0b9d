"""A member type's scoring inputs as int64 columns, held for the next board.

The columnar engine (:mod:`.colengine`) reads a member type's figures a column at a time:
per indicator every member's whole value (0 when not reported); per criterion the entered
points (the reviewed ones, else the self-score) and the reviewed points where a reviewer set
them; whether each submission counts and whether it is handed in; days late; and from the
campaign, per indicator the targets (0: none) and where none is entered yet, per criterion
the members it is not assigned to, and each member's reachable maximum.

:func:`type_columns` holds them (at most :data:`HELD_MOST` member types, the latest kept)
keyed by the type and its member ids, with strong references to what they were read from:
the campaign, the table, the unit, and each member's submission. The next board takes them
only when the campaign and the table are the very same objects and the unit is the same,
and re-reads the members whose submission is not the very object it read (the references
held keep an object's identity from being reused), into copies: a board never writes into
the columns, and the columns a board was given never change under it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from itertools import compress, count
from operator import is_not

import numpy as np

from .criteria import CriteriaTable
from .intfigures import Figures, figures_of, split_whole
from .lateness import days_late
from .model import Campaign, Status, Submission
from .npcolumns import LIMIT, Bools, Ints, Overflow, array, flags
from .plan import Plan
from .units import Units

__all__ = ["HELD_MOST", "TypeColumns", "forget_columns", "type_columns"]

HELD_MOST = 4
_IN_BLOC = (Status.SUBMITTED, Status.VERIFIED, Status.LOCKED)
_REREAD_MOST = 8  # re-read at most one member in this many; past that, read them all again


class TypeColumns:
    """One member type's figures and campaign inputs as columns (see the module)."""

    def __init__(self, ids: tuple[str, ...], campaign: Campaign, table: CriteriaTable,
                 decimals: int, keys: tuple[str, ...], codes: tuple[str, ...]) -> None:
        self.ids = ids
        self.campaign, self.table, self.decimals = campaign, table, decimals
        self.keys, self.codes = keys, codes
        self.subs: list[Submission | None] = []
        self.figures: list[Figures] = []
        self.counts: Bools = flags([])
        self.in_bloc: Bools = flags([])
        self.days: Ints = array([])
        self.values: dict[str, Ints] = {}
        self.picked: dict[str, Ints] = {}
        self.reviewed: dict[str, tuple[Bools, Ints]] = {}
        self.fractional: Counter[str] = Counter()  # rows with a value with decimals, per key
        self.too_large = False  # a value or entered score past int64
        self.goals: dict[str, Ints] = {}
        self.targets_whole: list[dict[str, int]] = []  # each member's whole targets
        self.unset: dict[str, Bools] = {}
        self.goal_fractional: set[str] = set()
        self.skipped: dict[str, Bools] = {}
        self.reach: tuple[Ints, Ints] = (array([]), array([]))

    @property
    def whole(self) -> bool:
        """Whether every figure the columns hold is whole and within int64."""
        return not self.too_large and not self.goal_fractional \
            and not any(self.fractional[key] > 0 for key in self.keys)


_HELD: dict[tuple[str, tuple[str, ...]], TypeColumns] = {}


def type_columns(type_key: str, ids: tuple[str, ...], campaign: Campaign,
                 table: CriteriaTable, plan: Plan, units: Units,
                 subs: Mapping[str, Submission], values: Callable[[str], Mapping[str, Decimal]],
                 targets: Callable[[str], Mapping[str, Decimal]],
                 skipped: Mapping[str, frozenset[str]]) -> TypeColumns:
    """The columns of the members ``ids`` of one type (their values given by ``values``,
    a pure function of the member's submission: no plugin derives any), taken from the held
    ones when they were read from the same campaign, table and unit."""
    keys = tuple(sorted({key for c in plan.leaves for key in c.rule.indicators}
                        | {key for c in plan.leaves if c.rule.comparative
                           for key in getattr(c.rule, "bloc_indicators", ())}))
    codes = tuple(c.code for c in plan.leaves)
    key = (type_key, ids)
    held = _HELD.pop(key, None)
    now = list(map(subs.get, ids))
    if held is None or held.campaign is not campaign or held.table is not table \
            or held.decimals != units.decimals or held.keys != keys or held.codes != codes:
        held = TypeColumns(ids, campaign, table, units.decimals, keys, codes)
        _read_campaign(held, plan, targets, skipped)
        _read_all(held, now, values, units)
    else:
        changed = list(compress(count(), map(is_not, held.subs, now)))
        if held.too_large or len(changed) * _REREAD_MOST > len(ids):
            _read_all(held, now, values, units)
        elif changed:
            _reread(held, changed, now, values, units)
    _HELD[key] = held  # the latest last
    while len(_HELD) > HELD_MOST:
        del _HELD[next(iter(_HELD))]
    return held


def forget_columns() -> None:
    """Drop every held member type's columns."""
    _HELD.clear()


def _counts(sub: Submission | None) -> bool:
    return sub is not None and sub.status is not Status.MISSING


def _handed_in(sub: Submission | None) -> bool:
    return sub is not None and sub.status in _IN_BLOC


def _read_all(held: TypeColumns, now: list[Submission | None],
              values: Callable[[str], Mapping[str, Decimal]], units: Units) -> None:
    """Read every member's figures into fresh columns."""
    figures = [figures_of(sub, values(m) if sub is not None else {}, units)
               for m, sub in zip(held.ids, now, strict=True)]
    held.subs, held.figures = now, figures
    held.counts = flags(list(map(_counts, now)))
    held.in_bloc = flags(list(map(_handed_in, now)))
    lateness = held.campaign.lateness
    held.days = array([days_late(sub, held.campaign) for sub in now]
                      if lateness.fixed or lateness.per_day else [0] * len(now))
    held.fractional = Counter(key for f in figures for key in f.fractional)
    held.too_large = False
    try:
        held.values = _gathered([f.whole for f in figures], held.keys)
        held.picked = _gathered([f.picked for f in figures], held.codes)
        seen = [f.reviewed for f in figures if f.reviewed]
        codes = tuple(sorted(set().union(*seen))) if seen else ()
        marks = _gathered([f.reviewed for f in figures], codes, mark=True)
        points = _gathered([f.reviewed for f in figures], codes)
        held.reviewed = {code: (marks[code].astype(np.bool_), points[code]) for code in codes}
    except Overflow:
        held.too_large = True


def _gathered(rows: Sequence[Mapping[str, int]], names: Sequence[str], *,
              mark: bool = False) -> dict[str, Ints]:
    """Per name, every row's number (0 when it has none), or with ``mark`` 1 where it has
    one; a row at a time, each row's look-ups in one C-level pass."""
    if not names:
        return {}
    size = len(rows)
    zeros = [0] * len(names)
    table = [list(map(row.__contains__, names)) if row else zeros for row in rows] if mark \
        else [list(map(row.get, names, zeros)) if row else zeros for row in rows]
    try:
        found = np.array(table, dtype=np.int64).reshape(size, len(names))
    except OverflowError:
        raise Overflow from None
    if size and int(found.min()) == -LIMIT - 1:
        raise Overflow
    return {name: np.ascontiguousarray(found[:, k]) for k, name in enumerate(names)}


def _fitting(number: int) -> int:
    if abs(number) > LIMIT:
        raise Overflow
    return number


def _reread(held: TypeColumns, changed: Sequence[int], now: list[Submission | None],
            values: Callable[[str], Mapping[str, Decimal]], units: Units) -> None:
    """Re-read the members at the ``changed`` positions (a few) into copies of the held
    columns (a board may still read the ones it was given)."""
    size = len(held.ids)
    held.subs, held.figures = held.subs[:], held.figures[:]
    held.values = {key: column.copy() for key, column in held.values.items()}
    held.picked = {code: column.copy() for code, column in held.picked.items()}
    held.reviewed = {code: (marks.copy(), points.copy())
                     for code, (marks, points) in held.reviewed.items()}
    held.counts, held.in_bloc, held.days = held.counts.copy(), held.in_bloc.copy(), \
        held.days.copy()
    held.fractional = held.fractional.copy()
    try:
        for pos in changed:
            sub = now[pos]
            old = held.figures[pos]
            new = figures_of(sub, values(held.ids[pos]) if sub is not None else {}, units)
            held.fractional.subtract(old.fractional.keys())
            held.fractional.update(new.fractional.keys())
            for key, column in held.values.items():
                column[pos] = _fitting(new.whole.get(key, 0))
            for code, column in held.picked.items():
                column[pos] = _fitting(new.picked.get(code, 0))
            for code in old.reviewed.keys() - new.reviewed.keys():
                held.reviewed[code][0][pos] = False
                held.reviewed[code][1][pos] = 0
            for code, points in new.reviewed.items():
                if code not in held.reviewed:
                    held.reviewed[code] = np.zeros(size, dtype=np.bool_), \
                        np.zeros(size, dtype=np.int64)
                held.reviewed[code][0][pos] = True
                held.reviewed[code][1][pos] = _fitting(points)
            held.counts[pos] = _counts(sub)
            held.in_bloc[pos] = _handed_in(sub)
            held.days[pos] = days_late(sub, held.campaign)
            held.subs[pos], held.figures[pos] = sub, new
    except Overflow:  # read them all: the columns say so
        _read_all(held, now, values, units)


def _read_campaign(held: TypeColumns, plan: Plan,
                   targets: Callable[[str], Mapping[str, Decimal]],
                   skipped: Mapping[str, frozenset[str]]) -> None:
    """The campaign's targets, criteria not assigned and reachable maxima, as columns."""
    ids = held.ids
    size = len(ids)
    goals: list[dict[str, int]] = []
    nothing: dict[str, int] = {}
    for member_id in ids:
        registered = targets(member_id)
        if not registered:
            goals.append(nothing)
            continue
        whole, fractional = split_whole(registered)
        held.goal_fractional.update(fractional.keys() & set(held.keys))
        goals.append(whole)
    held.targets_whole = goals
    try:
        held.goals = _gathered(goals, held.keys)
    except Overflow:
        held.too_large = True
    held.unset = {key: ~entered.astype(np.bool_)
                  for key, entered in _gathered(goals, held.keys, mark=True).items()}
    nominal_n, nominal_d = plan.nominal.as_integer_ratio()
    reach_n, reach_d = [nominal_n] * size, [nominal_d] * size
    for pos, member_id in enumerate(ids):
        codes = skipped.get(member_id)
        if not codes:
            continue
        reachable = plan.nominal
        for criterion in plan.leaves:
            if criterion.code in codes:
                mask = held.skipped.get(criterion.code)
                if mask is None:
                    mask = held.skipped[criterion.code] = np.zeros(size, dtype=np.bool_)
                mask[pos] = True
                if not criterion.is_adjustment:
                    reachable -= criterion.max_points
        reach_n[pos], reach_d[pos] = reachable.as_integer_ratio()
    try:
        held.reach = array(reach_n), array(reach_d)
    except Overflow:
        held.too_large = True
