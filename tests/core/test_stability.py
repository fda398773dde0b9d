"""How stable the ranking is: the reported change really swaps or reaches, nothing smaller
does; judged one-step moves."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    Indicator,
    JudgedRule,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    Scoreboard,
    Section,
    Status,
    Submission,
    sample_workspace_path,
)
from emulation_core.stability import PointsChange, stability
from emulation_core.workspace import Workspace

D = Decimal
MEMBERS = ("a", "b", "c", "d")
TABLE = CriteriaTable((
    Section("1", "Nhiệm vụ", (
        Criterion("1.1", "Kiểm tra", D(10), JudgedRule(D("0.5"))),
        Criterion("1.2", "Tập huấn", D(10), PerOccurrenceRule("courses", D(2))),
        Criterion("1.3", "Hồ sơ", D(5), JudgedRule(D("0.25"))),
    )),
), {"courses": Indicator("courses", "Lớp tập huấn", integer=True)})
CAMPAIGN = Campaign("c", "Năm", PeriodKind.YEAR_END, 2018, dt.date(2018, 1, 1),
                    dt.date(2018, 12, 31), dt.date(2018, 12, 20), TABLE,
                    tie_break=("section:1",))
BLOC = Bloc("k", "Khối", tuple(Member(m, f"Hội {m.upper()}", m, "t") for m in MEMBERS))

scores = st.tuples(st.integers(0, 20).map(lambda n: D(n) / 2), st.integers(0, 5),
                   st.integers(0, 20).map(lambda n: D(n) / 4))


def board_of(values: list[tuple[Decimal, int, Decimal]]) -> Scoreboard:
    subs = {m: Submission(m, "c", Status.SUBMITTED, {"courses": D(courses)},
                          {"1.1": CriterionEntry(judged), "1.3": CriterionEntry(other)})
            for m, (judged, courses, other) in zip(MEMBERS, values, strict=True)}
    return Scoreboard(BLOC, CAMPAIGN, {"t": TABLE}, subs)


def _with(board: Scoreboard, change: PointsChange) -> Scoreboard:
    subs = {m: board.submission(m) for m in MEMBERS}
    sub = subs[change.member]
    assert sub is not None
    entry = evolve(sub.entry(change.code), verified_points=change.new)
    subs[change.member] = evolve(sub, entries={**sub.entries, change.code: entry})
    return Scoreboard(BLOC, CAMPAIGN, {"t": TABLE}, {m: s for m, s in subs.items() if s})


def _unit(code: str) -> Decimal:
    return {"1.1": D("0.5"), "1.3": D("0.25")}.get(code, D("0.01"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(scores, min_size=4, max_size=4))
def test_a_reported_swap_swaps_and_nothing_smaller_does(values: list) -> None:  # type: ignore[type-arg]
    board = board_of(values)
    report = stability(board, figures=False)
    for pair in report.pairs:
        for change in (*pair.gains, *pair.losses):
            after = _with(board, change)
            assert after.rank_of(pair.lower).rank < after.rank_of(pair.upper).rank
            smaller = evolve(change, new=change.new - (1 if change.delta > 0 else -1)
                             * _unit(change.code))
            before = _with(board, smaller)
            assert not before.rank_of(pair.lower).rank < before.rank_of(pair.upper).rank


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(scores, min_size=4, max_size=4))
def test_next_rank_and_band_are_reached_and_nothing_smaller_does(values: list) -> None:  # type: ignore[type-arg]
    board = board_of(values)
    for needs in stability(board, figures=False).needs:
        for change in needs.for_rank:
            assert _with(board, change).rank_of(needs.member).rank < needs.rank
            smaller = evolve(change, new=change.new - _unit(change.code))
            assert not _with(board, smaller).rank_of(needs.member).rank < needs.rank
        for change in needs.for_band:
            assert needs.next_band is not None
            rating = _with(board, change).score(needs.member).rating
            assert rating is not None and rating.minimum >= needs.next_band.minimum
            smaller = evolve(change, new=change.new - _unit(change.code))
            lower = _with(board, smaller).score(needs.member).rating
            assert lower is None or lower.minimum < needs.next_band.minimum


def test_the_figure_that_gets_there() -> None:
    board = board_of([(D(10), 4, D(5)), (D(10), 2, D(5)), (D(0), 0, D(0)), (D(0), 0, D(0))])
    report = stability(board, member="b")
    (pair,) = [p for p in report.pairs if p.lower == "b"]
    change = next(c for c in pair.gains if c.code == "1.2")
    # 23 against 19: 4 more points only tie (section 1 is the same), so 4.01 more
    assert (change.old, change.new) == (D(4), D("8.01"))
    assert change.figure is not None  # 2 courses a point each … 4 courses tie, 5 pass
    assert (change.figure.old, change.figure.new) == (D(2), D(5))


def test_one_judged_step_that_changes_the_ranking_is_named() -> None:
    board = board_of([(D(5), 0, D(0)), (D("4.5"), 0, D(0)), (D(0), 0, D(0)), (D(0), 0, D(0))])
    report = stability(board, figures=False)
    effects = {(s.member, s.code, s.direction) for s in report.steps}
    assert ("b", "1.1", 1) in effects  # 4.5 + 0.5 ties a (rank 1 shared)
    assert ("a", "1.1", -1) in effects
    assert ("c", "1.3", 1) in effects  # c leaves d behind
    assert report.judged_checked > 0


def test_the_sample_report_runs() -> None:
    with Workspace.open(sample_workspace_path()) as ws:
        report = stability(ws.scoreboard("2018-ca-nam"))
    assert len(report.pairs) == 10
    first = report.pairs[0]
    assert (first.upper, first.lower) == ("hoi-chu-thap-do", "lien-minh-htx")
    assert first.gains and first.gains[0].figure is not None  # new cooperatives founded
    assert "hoi-cuu-tnxp" not in {n.member for n in report.needs}  # nothing submitted
