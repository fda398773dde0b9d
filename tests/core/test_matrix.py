"""The figures matrix: columns gathered a report at a time, held for the next board.

A large member type's matrix is held after a board is built and taken (as a copy, brought
up to date) by the next board for the same members. These properties pin that the columns
equal the reports' own figures, that a board built after some reports changed (and after
another board's edits) scores exactly as the reference engine, and that a board's edits
never reach the held matrix.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import Bloc, Campaign, Status, Submission
from emulation_core import intmatrix as matrix_module
from emulation_core.intfigures import Figures, figures_of
from emulation_core.intmatrix import Matrix, forget_matrices, matrix_of, taken
from emulation_core.units import Units

from .reference_scoring import reference_ranking, reference_scores
from .test_engine_differential import replay_edits
from .test_properties import BOARD, INDICATORS, TYPE, board_of, scenarios, submissions

D = Decimal


@contextmanager
def held_from(size: int) -> Iterator[None]:
    """Hold the matrices of member types of ``size`` members or more while inside."""
    kept = matrix_module.HOLD_FROM
    matrix_module.HOLD_FROM = size
    forget_matrices()
    try:
        yield
    finally:
        matrix_module.HOLD_FROM = kept
        forget_matrices()


def agrees(board: object, bloc: Bloc, campaign: Campaign, subs: dict[str, Submission]) -> None:
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, subs)
    assert repr(dict(board.scores)) == repr(expected)  # type: ignore[attr-defined]
    assert repr(board.ranking) == repr(reference_ranking(expected, campaign))  # type: ignore[attr-defined]


@BOARD
@given(scenarios(), st.data())
def test_a_board_built_again_after_changes_and_edits_equals_the_reference(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    with held_from(0):
        first = board_of(bloc, campaign, subs)
        agrees(first, bloc, campaign, subs)
        changed = dict(subs)
        for member in data.draw(st.lists(st.sampled_from(bloc.members), max_size=3)):
            changed[member.id] = data.draw(submissions(member.id, campaign.table)) \
                or Submission(member.id, "c", Status.MISSING)
        again = board_of(bloc, campaign, changed)  # the held matrix, rows re-gathered
        agrees(again, bloc, campaign, changed)
        edited = replay_edits(first, bloc, campaign, subs, data, submissions)
        agrees(first, bloc, campaign, edited)
        agrees(board_of(bloc, campaign, changed), bloc, campaign, changed)  # untouched


@given(st.lists(st.dictionaries(st.sampled_from(INDICATORS), st.integers(-9, 300)),
                min_size=1, max_size=8), st.data())
def test_columns_equal_the_reports_figures_and_copies_stay_apart(
        rows: list[dict[str, int]], data: st.DataObject) -> None:
    units = Units(D("0.01"), 0)
    figures = [Figures({k: D(v) for k, v in row.items()}, None, units) for row in rows]
    keys = data.draw(st.lists(st.sampled_from(INDICATORS), unique=True))
    matrix = Matrix(figures, keys, ())
    for key in INDICATORS:  # the keys asked for, and the others gathered when read
        assert matrix.values(key) == [row.get(key, 0) for row in rows]
    copy = matrix.copy()
    pos = data.draw(st.integers(0, len(rows) - 1))
    new = Figures({"a": D(1234)}, None, units)
    copy.set_row(pos, new)
    assert copy.values("a")[pos] == 1234 and copy.figures[pos] is new
    assert matrix.values("a") == [row.get("a", 0) for row in rows]


def test_only_large_types_are_held_and_a_held_one_is_handed_out_as_a_copy() -> None:
    units = Units(D("0.01"), 0)
    figures = [Figures({"a": D(k)}, None, units) for k in range(3)]
    ids = ("m0", "m1", "m2")
    with held_from(3):
        first = matrix_of(TYPE, ids, figures, ("a",), ())
        first.values("a")[0] = 99  # a board's own copy
        second = matrix_of(TYPE, ids, figures, ("a",), ())
        assert second.values("a") == [0, 1, 2] and second is not first
        assert matrix_of(TYPE, ids[:2], figures[:2], ("a",), ()).values("a") == [0, 1]
        assert len(matrix_module._HELD) == 1  # two members: below the threshold


@given(st.lists(st.integers(-50, 50), max_size=12), st.data())
def test_taken_picks_the_cells_at_the_positions_in_order(column: list[int],
                                                         data: st.DataObject) -> None:
    positions = data.draw(st.lists(st.integers(0, len(column) - 1), unique=True).map(sorted)) \
        if column else []
    assert taken(column, positions) == [column[p] for p in positions]
    assert taken(column, None) is column


def test_no_report_is_one_shared_empty_row_per_unit() -> None:
    cents, mills = Units(D("0.01"), 0), Units(D("0.001"), 0)
    none = figures_of(None, {}, cents)
    assert figures_of(None, {}, cents) is none and not (none.whole or none.picked)
    assert figures_of(None, {}, mills).decimals == 3
    assert figures_of(None, {"a": D(2)}, cents).whole == {"a": 2}  # derived values
