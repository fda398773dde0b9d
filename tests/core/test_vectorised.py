"""The vectorised path (numpy, large blocs) equals the pure integer engine exactly.

Columns of :data:`~emulation_core.kernels.VECTOR_FROM` members or more are scored in numpy
int64. These properties force that path on small random blocs (``VECTOR_FROM`` set to 0)
and check it against the pure kernels and against the reference engine after replayed
edits: every rule kind, formulas using every node the language has, money-sized figures
that must leave int64 for Python integers, ties and tie-break chains. They also force the
pure path with numpy made unimportable, as on an install without the ``fast`` extra.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    FormulaRule,
    Indicator,
    Member,
    Scoreboard,
    Section,
    Submission,
)
from emulation_core import kernels as kernel_module
from emulation_core.blocstats import BlocTracker
from emulation_core.collector import PAUSE_FROM, paused
from emulation_core.intfigures import Figures, forget_all
from emulation_core.intmatrix import Matrix
from emulation_core.kernels import Source, kernel_for
from emulation_core.nameorder import by_name
from emulation_core.npbloc import indicator_figures
from emulation_core.npcolumns import LIMIT, Overflow, vector_finisher
from emulation_core.text import vi_sort_key
from emulation_core.units import Units

from .reference_scoring import reference_ranking, reference_scores
from .test_engine_differential import replay_edits
from .test_integer_engine import (
    bloc_stats_of,
    raise_problem,
    whole_scenarios,
    whole_submissions,
)
from .test_properties import BOARD, INDICATORS, TYPE, board_of, tables

D = Decimal

# Every node the formula language has, each at least once.
FORMULAS = (
    "min(a / max(target(a), 1), 1) * 3",
    "4 * min(a / best(a), 1) if best(a) > 0 else 0",
    "a % 7 - b % -3 + (a - b) % 0",
    "a ** 2 / (b ** 2 + 1) + a ** -1 - 0 ** -2 + b ** 0",
    "-a + +b - abs(c - d) * 0.5",
    "(a > b) + (not c) + (a and b) * 2 + (c or d) + (1 < a <= b != 3)",
    "has_target(a) * 2 + target(e) / 10 + members() - worst(b) + best_ratio(e)",
    "max(a, b, 2.25) - min(c, d) if a >= 3 and not b == 4 else a / 0",
)


@contextmanager
def vector_from(size: int) -> Iterator[None]:
    """Vectorise columns of ``size`` members or more while inside."""
    kept = kernel_module.VECTOR_FROM
    kernel_module.VECTOR_FROM = size
    try:
        yield
    finally:
        kernel_module.VECTOR_FROM = kept


@contextmanager
def numpy_not_found() -> Iterator[None]:
    """The engine told numpy is not installed (see also the subprocess test below)."""
    kept = kernel_module.vectorised
    kernel_module.vectorised = lambda: False  # type: ignore[assignment]
    try:
        yield
    finally:
        kernel_module.vectorised = kept  # type: ignore[assignment]


def _formula_table(expression: str, maximum: Decimal) -> CriteriaTable:
    return CriteriaTable((Section("1", "Công thức", (
        Criterion("1.1", "Công thức", maximum, FormulaRule(expression)),)),),
        {k: Indicator(k, k.upper()) for k in INDICATORS})


small = st.integers(-5, 300)
money = st.integers(-10**15, 10**16) | st.sampled_from([LIMIT, -LIMIT, 10**19, 2**62])


@BOARD
@given(tables() | st.builds(_formula_table, st.sampled_from(FORMULAS),
                            st.sampled_from([D(1), D("2.5"), D(10)])),
       st.sampled_from([D(1), D("0.1"), D("0.01"), D("0.25")]),
       st.booleans(), st.data())
def test_each_vectorised_column_equals_the_pure_one(
        table: CriteriaTable, precision: Decimal, large: bool, data: st.DataObject) -> None:
    """Every rule kind and formula node; with money-sized figures the columns that could
    pass int64 go back to Python integers, and still agree."""
    figures = money if large else small
    rows = data.draw(st.lists(st.tuples(
        st.dictionaries(st.sampled_from(INDICATORS), figures),
        st.dictionaries(st.sampled_from(["a", "e"]), st.none() | figures.filter(lambda v: v >= 0)),
    ), min_size=1, max_size=8))
    ids = [f"m{k}" for k in range(len(rows))]
    values = {m: {k: D(v) for k, v in row.items()} for m, (row, _) in zip(ids, rows, strict=True)}
    targets = {m: {k: D(v) for k, v in goals.items() if v is not None}
               for m, (_, goals) in zip(ids, rows, strict=True)}
    in_bloc = data.draw(st.lists(st.booleans(), min_size=len(ids), max_size=len(ids)))
    for criterion in table.leaves():
        units = Units.covering(precision, (criterion.lowest, criterion.highest))
        stats = bloc_stats_of(criterion, ids, values, targets, in_bloc)
        source = Source(ids, values, targets,
                        Matrix([Figures(values[m], None, units) for m in ids], (), ()), None,
                        [{k: int(t) for k, t in targets[m].items()} for m in ids],
                        lambda key: False)
        with vector_from(10**9):
            pure = kernel_for(criterion, units, raise_problem)
            expected = None if pure is None else pure(source, stats)
        with vector_from(0):
            vector = kernel_for(criterion, units, raise_problem)
            got = None if vector is None else vector(source, stats)
        assert got == expected


@given(st.integers(-10**6, 10**6), st.integers(1, 10**4),
       st.sampled_from([D(1), D("0.1"), D("0.25")]))
def test_the_vector_finish_rounds_half_away_from_zero(n: int, d: int, precision: Decimal) -> None:
    units = Units(precision, 2)
    low, high = D(-3), D("7.5")
    exact = units.finisher(low, high)(n, d)
    assert vector_finisher(units, low, high)(n, d).tolist() == exact


def test_a_column_that_could_pass_int64_is_refused_by_the_vector_finish() -> None:
    units = Units(D("0.01"), 2)
    finish = vector_finisher(units, D(0), D(10))
    with pytest.raises(Overflow):
        finish(LIMIT // 3, 1)


@BOARD
@given(whole_scenarios(), st.data())
def test_the_vectorised_engine_equals_the_reference_after_edits(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    with vector_from(0):
        live = board_of(bloc, campaign, subs)
        current = replay_edits(live, bloc, campaign, subs, data, whole_submissions)
        expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, current)
        assert repr(dict(live.scores)) == repr(expected)
        assert repr(live.ranking) == repr(reference_ranking(expected, campaign))


@BOARD
@given(whole_scenarios(), st.data())
def test_without_numpy_the_pure_engine_scores_every_bloc(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    with vector_from(0), numpy_not_found():
        live = board_of(bloc, campaign, subs)
        current = replay_edits(live, bloc, campaign, subs, data, whole_submissions)
        expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, current)
        assert repr(dict(live.scores)) == repr(expected)
        assert repr(live.ranking) == repr(reference_ranking(expected, campaign))


_WITHOUT_NUMPY = """
import sys
sys.modules["numpy"] = None  # numpy cannot be imported
sys.path.insert(0, "bench")
from emulation_core import kernels
from synthetic import build_bloc, build_campaign, build_submissions, build_table, TYPE
from emulation_core import Scoreboard
kernels.VECTOR_FROM = 0
bloc = build_bloc(40)
campaign = build_campaign(bloc, build_table())
board = Scoreboard(bloc, campaign, {TYPE: campaign.table}, build_submissions(bloc, campaign))
print([(p.rank, p.score.member.id, str(p.value)) for p in board.ranking])
"""


def test_a_large_bloc_scores_without_numpy_as_with_it() -> None:
    """numpy missing (an install without the ``fast`` extra): the pure engine scores a
    bloc past the threshold, with the ranking the vectorised path gives."""
    root = Path(__file__).resolve().parents[2]
    found = subprocess.run([sys.executable, "-c", _WITHOUT_NUMPY], cwd=root, check=True,
                           capture_output=True, text=True).stdout.strip()
    sys.path.insert(0, str(root / "bench"))
    try:
        from synthetic import build_bloc, build_campaign, build_submissions, build_table
    finally:
        sys.path.remove(str(root / "bench"))
    bloc = build_bloc(40)
    campaign = build_campaign(bloc, build_table())
    with vector_from(0):
        board = Scoreboard(bloc, campaign, {"hoi-dac-thu": campaign.table},
                           build_submissions(bloc, campaign))
        expected = [(p.rank, p.score.member.id, str(p.value)) for p in board.ranking]
    assert found == repr(expected)


_SMALL_BLOC = """
import sys
sys.path.insert(0, "bench")
from synthetic import build_bloc, build_campaign, build_submissions, build_table, TYPE
from emulation_core import Scoreboard
bloc = build_bloc(200)
campaign = build_campaign(bloc, build_table())
board = Scoreboard(bloc, campaign, {TYPE: campaign.table}, build_submissions(bloc, campaign))
board.ranking
print("numpy" in sys.modules)
"""


def test_a_small_bloc_never_imports_numpy() -> None:
    root = Path(__file__).resolve().parents[2]
    found = subprocess.run([sys.executable, "-c", _SMALL_BLOC], cwd=root, check=True,
                           capture_output=True, text=True).stdout.strip()
    assert found == "False"


# -- bloc figures, name order, the collector -----------------------------------------------------

@given(st.lists(st.tuples(st.integers(-50, 400) | money,
                          st.none() | st.integers(0, 120) | st.integers(-3, -1) | money),
                min_size=0, max_size=12))
def test_vectorised_bloc_figures_equal_the_trackers(rows: list[tuple[int, int | None]]) -> None:
    """Highest, lowest, best ratio, best excess, best without a target, and who set each;
    too large a column (or a negative target) is left to the tracker."""
    ids = [f"m{k:02d}" for k in range(len(rows))][::-1]  # setters come back sorted
    tracker = BlocTracker(("a",))
    tracker.load({m: ((D(got), D(goal) if goal else None),)
                  for m, (got, goal) in zip(ids, rows, strict=True)})
    found = indicator_figures(ids, [got for got, _ in rows], [goal for _, goal in rows])
    if found is not None:
        assert found == tracker.stats.of("a")
    else:
        assert any(abs(v) >= 2**53 for got, goal in rows for v in (got, goal or 0)) \
            or any(goal is not None and goal < 0 for _, goal in rows)


@BOARD
@given(whole_scenarios(), st.data())
def test_figures_loaded_vectorised_then_edited_equal_figures_taken_afresh(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    """The tracker's rows, made only when an edit first needs them, are those the figures
    were taken from: after edits the figures equal a fresh board's."""
    bloc, campaign, subs = scenario
    with vector_from(0):
        live = board_of(bloc, campaign, subs)
        current = replay_edits(live, bloc, campaign, subs, data, whole_submissions)
    fresh = board_of(bloc, campaign, current)
    for member in bloc.members:
        for criterion in campaign.table.leaves():
            assert live.bloc_stats(member.id, criterion.code) \
                == fresh.bloc_stats(member.id, criterion.code)


def test_the_name_order_is_kept_beside_the_bloc_and_forgotten_on_request() -> None:
    members = tuple(Member(f"m{k}", name, f"M{k}", TYPE)
                    for k, name in enumerate(("Hội Đông", "Hội An", "Hội Ăn", "Hội Bình")))
    bloc = Bloc("b", "Khối", members)
    first = by_name(bloc)
    assert first == ("m1", "m2", "m3", "m0")  # a < ă < b < đ
    assert by_name(bloc) is first
    forget_all()
    assert by_name(bloc) == first and by_name(bloc) is not first


def test_the_collector_is_paused_for_large_blocs_only_and_left_as_found() -> None:
    with paused(PAUSE_FROM):
        assert not gc.isenabled()
    assert gc.isenabled()
    with paused(PAUSE_FROM - 1):
        assert gc.isenabled()
    gc.disable()
    try:
        with paused(PAUSE_FROM):
            pass
        assert not gc.isenabled()  # the caller's choice is kept
    finally:
        gc.enable()


@given(st.lists(st.text(min_size=0, max_size=12) | st.sampled_from(
    ["Hội An", "Hội Ăn", "hội an", "Hội Âu", "Hội Đông", "Hội Dương", "Hội  An", "Hội Án"]),
    min_size=1, max_size=12))
def test_the_name_order_is_vietnamese_alphabetical_order(names: list[str]) -> None:
    members = tuple(Member(f"m{k}", name, f"M{k}", TYPE) for k, name in enumerate(names))
    expected = tuple(m.id for m in sorted(members, key=lambda m: (vi_sort_key(m.name), m.id)))
    assert by_name(Bloc("b", "Khối", members)) == expected
