"""The columnar engine (large blocs, numpy) ranks exactly as the integer engine does.

Blocs of :data:`~emulation_core.kernels.COLUMNS_FROM` members or more are ranked from int64
columns (:mod:`emulation_core.colengine`, :mod:`emulation_core.colranking`). These
properties force that path and the integer engine's on the same random campaigns (every
rule kind, criteria not assigned, both measures, tie-break chains, lateness, one member type
or two, values with decimals and values past int64, which the columnar engine leaves to
the integer one) and
require the same scores, places and warnings, then the same after the same edits, and
from a board built again over held columns after some reports changed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import Bloc, Campaign, CriteriaTable, Scoreboard, Status, Submission
from emulation_core import colinputs as held_module
from emulation_core import kernels as kernel_module
from emulation_core.colengine import ColumnKeys
from emulation_core.colranking import placed
from emulation_core.intengine import IntegerEngine
from emulation_core.intfigures import forget_engine
from emulation_core.model import Lateness
from emulation_core.npcolumns import LIMIT, array
from emulation_core.ranking import place_entries

from .reference_scoring import reference_ranking, reference_scores
from .test_integer_engine import whole_submissions
from .test_properties import BOARD, INDICATORS, scenarios, submissions

D = Decimal
Scenario = tuple[Bloc, Campaign, dict[str, Submission]]


@contextmanager
def columns_from(size: int) -> Iterator[None]:
    """Rank blocs of ``size`` members or more from columns while inside."""
    kept = kernel_module.COLUMNS_FROM
    kernel_module.COLUMNS_FROM = size
    forget_engine()
    try:
        yield
    finally:
        kernel_module.COLUMNS_FROM = kept
        forget_engine()


@contextmanager
def reread_always() -> Iterator[None]:
    """Re-read only the changed members of held columns, however many changed."""
    kept = held_module._REREAD_MOST
    held_module._REREAD_MOST = 0
    try:
        yield
    finally:
        held_module._REREAD_MOST = kept


_HUGE = st.sampled_from([10**19, -(10**19), 2**62, LIMIT, 10**15])


@st.composite
def reports(draw: st.DrawFn, member: str, table: object) -> Submission | None:
    """Whole values mostly (the columnar path), some with decimals or past int64 (the
    integer engine's), received on, before or after the deadline."""
    kind = draw(st.sampled_from(["whole", "whole", "whole", "decimals", "huge"]))
    sub = draw(submissions(member, table) if kind == "decimals"
               else whole_submissions(member, table))
    if sub is None:
        return None
    if kind == "huge":
        sub = evolve(sub, values={**sub.values, draw(st.sampled_from(INDICATORS)): D(draw(_HUGE))})
    late = draw(st.none() | st.integers(-3, 12))
    if late is not None:
        sub = evolve(sub, submitted_at=dt.datetime(2024, 12, 31, 9, 0) + dt.timedelta(days=late))
    return sub


@st.composite
def columnar_scenarios(draw: st.DrawFn) -> Scenario:
    bloc, campaign, _ = draw(scenarios())
    if draw(st.booleans()):  # two member types sharing the table's criteria
        bloc = evolve(bloc, members=tuple(evolve(m, type=draw(st.sampled_from("tu")))
                                          for m in bloc.members))
    lateness = draw(st.sampled_from([Lateness(), Lateness(D(1), D("0.25"), D(3)),
                                     Lateness(D(0), D("0.5"))]))
    campaign = evolve(campaign, lateness=lateness)
    subs = {m.id: s for m in bloc.members
            if (s := draw(reports(m.id, campaign.table))) is not None}
    return bloc, campaign, subs


def _countable(subs: dict[str, Submission], campaign: Campaign) -> bool:
    """Every value and target whole and far from int64's bounds."""
    figures = [v for s in subs.values() for v in s.counted_values.values()]
    figures += [t for goals in campaign.targets.values() for t in goals.values()]
    return all(v == int(v) and abs(v) < 10**12 for v in figures)


def _same(columnar: Scoreboard, integer: Scoreboard) -> None:
    assert repr(columnar.ranking) == repr(integer.ranking)
    assert repr(dict(columnar.scores)) == repr(dict(integer.scores))
    assert columnar.warnings == integer.warnings


def _same_keys(columnar: Scoreboard, integer: Scoreboard) -> None:
    """Every member's measure and tie-break values, in units, as the integer engine has them."""
    engine, keys = columnar._engine, integer._engine.keys  # type: ignore[union-attr]
    if isinstance(engine, ColumnKeys):
        assert engine.units.decimals == integer._engine.units.decimals
        assert {m: tuple(int(column[k]) for column in engine.keys)
                for k, m in enumerate(engine.ids)} == keys


def board_of(bloc: Bloc, campaign: Campaign, subs: dict[str, Submission]) -> Scoreboard:
    return Scoreboard(bloc, campaign, _tables(bloc, campaign), subs)


def _tables(bloc: Bloc, campaign: Campaign) -> dict[str, CriteriaTable]:
    return {m.type: campaign.table for m in bloc.members}


def _boards(bloc: Bloc, campaign: Campaign,
            subs: dict[str, Submission]) -> tuple[Scoreboard, Scoreboard]:
    with columns_from(0):
        columnar = board_of(bloc, campaign, subs)
    with columns_from(10**9):
        integer = board_of(bloc, campaign, subs)
    assert isinstance(integer._engine, IntegerEngine)
    return columnar, integer


@BOARD
@given(columnar_scenarios(), st.data())
def test_the_columnar_engine_ranks_as_the_integer_engine_and_edits_alike(
        scenario: Scenario, data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    columnar, integer = _boards(bloc, campaign, subs)
    if _countable(subs, campaign):  # else the integer engine counts it, in Python ints
        assert isinstance(columnar._engine, ColumnKeys)
    _same_keys(columnar, integer)
    read_first = data.draw(st.booleans())
    if read_first:
        _same(columnar, integer)
    expected = reference_scores(bloc, campaign, _tables(bloc, campaign), subs)
    assert repr(columnar.ranking) == repr(reference_ranking(expected, campaign))
    current = dict(subs)
    for _ in range(data.draw(st.integers(0, 6))):
        member = data.draw(st.sampled_from(bloc.members)).id
        edited = data.draw(reports(member, campaign.table)) \
            or Submission(member, "c", Status.MISSING)
        columnar.update(edited)
        integer.update(edited)
        current[member] = edited
        assert isinstance(columnar._engine, IntegerEngine)  # an edit: a member at a time
        assert columnar._engine.keys == integer._engine.keys  # type: ignore[union-attr]
        if data.draw(st.booleans()):
            assert repr(columnar.ranking) == repr(integer.ranking)
    _same(columnar, integer)
    expected = reference_scores(bloc, campaign, _tables(bloc, campaign), current)
    assert repr(columnar.ranking) == repr(reference_ranking(expected, campaign))


@BOARD
@given(columnar_scenarios(), st.data())
def test_a_board_over_held_columns_after_changes_equals_a_fresh_one(
        scenario: Scenario, data: st.DataObject) -> None:
    """The columns held from a board are re-read only where a report is not the same
    object; another campaign (other targets, other criteria not assigned) reads afresh."""
    bloc, campaign, subs = scenario
    with columns_from(0), reread_always():
        board_of(bloc, campaign, subs).ranking  # noqa: B018 - the columns are held now
        changed = dict(subs)
        for member in data.draw(st.lists(st.sampled_from(bloc.members), max_size=3)):
            changed[member.id] = data.draw(reports(member.id, campaign.table)) \
                or Submission(member.id, "c", Status.MISSING)
        again = board_of(bloc, campaign, changed)
        other = evolve(campaign, targets={}, not_assigned={})
        elsewhere = board_of(bloc, other, changed)
    for board, used in ((again, campaign), (elsewhere, other)):
        with columns_from(10**9):
            fresh = board_of(bloc, used, changed)
        _same_keys(board, fresh)
        _same(board, fresh)


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.integers(-1, 1)),
                min_size=1, max_size=30),
       st.lists(st.sampled_from(["section:1", "deductions", "code:1.1"]), unique=True,
                max_size=2))
def test_places_from_columns_equal_the_places_from_entries(
        rows: list[tuple[int, int, int]], tie_break: list[str]) -> None:
    """One lexsort gives every member the rank, tie flag, separating key and deferred
    score that sorting the entries gives (many equal measures, ties broken or not)."""
    ids = [f"m{k:02d}" for k in range(len(rows))]
    width = 1 + len(tie_break)
    keys = [array([row[j] for row in rows]) for j in range(width)]
    names = array(list(reversed(range(len(rows)))))  # name order: the ids reversed
    entries = [(tuple(row[:width]), -int(names[k]), ids[k]) for k, row in enumerate(rows)]

    def load(key: object) -> tuple[object, Decimal]:
        raise AssertionError(key)  # nothing is read while placing

    expected: dict[str, object] = {}
    wanted = place_entries(entries, tie_break, {}, set(), load, expected)  # type: ignore[arg-type]
    found, by_id = placed(ids, keys, names, tie_break, load)  # type: ignore[arg-type]

    def seen(place: object) -> tuple[object, ...]:
        return (place.rank, place.tied, place.separated_by, place._key)  # type: ignore[attr-defined]

    assert [seen(p) for p in found] == [seen(p) for p in wanted]
    assert {m: seen(p) for m, p in by_id.items()} == {m: seen(p) for m, p in expected.items()}
