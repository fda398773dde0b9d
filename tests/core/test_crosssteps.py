"""whatif's one-step check when cross-scores count: a step is one scorer's score moved
through the campaign's aggregate, not the verified score (docs/awards.md)."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    JudgedRule,
    Member,
    PeriodKind,
    Scoreboard,
    Section,
    Status,
    Submission,
    Workspace,
    campaign_stability,
    parse_actor,
    sample_workspace_path,
)
from emulation_core.crossassign import assign_scorers
from emulation_core.crossscores import Aggregate, CrossEntry, CrossMode, CrossScoring, CrossSettings
from emulation_core.crosssteps import CrossCounting, cross_counting
from emulation_core.stability import stability

D = Decimal
LEAD = parse_actor("lead:Nguyễn Văn An")
AT = dt.datetime(2018, 12, 25, 9, 0)
MAX = D(10)
TABLE = CriteriaTable((Section("1", "Nhiệm vụ", (
    Criterion("1.1", "Kết quả", MAX, JudgedRule(D(1))),)),))
CAMPAIGN = Campaign("c", "Năm 2018", PeriodKind.YEAR_END, 2018, dt.date(2018, 1, 1),
                    dt.date(2018, 12, 31), dt.date(2018, 12, 20), TABLE)
# a is scored 7 and 8 (median 7.5), b 6 and 7 (6.5), c 2 and 2: one scorer's step moves a
# median of two scores by 0.5 only, so nothing swaps; the verified score's step (a whole
# point) would tie b with a.
SCORES = {("b", "a"): 7, ("c", "a"): 8, ("a", "b"): 6, ("c", "b"): 7, ("a", "c"): 2,
          ("b", "c"): 2}


def make(tmp_path: Path, mode: CrossMode, method: Aggregate = Aggregate.MEDIAN) -> Workspace:
    bloc = Bloc("k", "Khối", tuple(Member(m, f"Hội {m.upper()}", m, "chung") for m in "abc"))
    ws = Workspace.create(tmp_path / "ws", bloc, actor=LEAD)
    ws.save_campaign(CAMPAIGN)
    for member in "abc":
        ws.save_submission(Submission(member, "c", Status.VERIFIED, {},
                                      {"1.1": CriterionEntry(verified_points=D(5))}))
    ws.cross_assign("c")
    for (scorer, member), points in SCORES.items():
        ws.cross_set("c", scorer, member, "1.1", D(points))
    ws.cross_configure("c", method=method, mode=mode)
    return ws


def test_a_step_is_one_scorers_score_through_the_median(tmp_path: Path) -> None:
    with make(tmp_path, CrossMode.REPLACE) as ws:
        board = ws.scoreboard("c")
        assert [(p.score.member.id, p.score.total) for p in board.ranking] == \
            [("a", D("7.50")), ("b", D("6.50")), ("c", D("2.00"))]
        verified_steps = stability(board, figures=False)  # the old check
        assert ("b", "1.1", 1) in {(s.member, s.code, s.direction)
                                   for s in verified_steps.steps}
        report = campaign_stability(ws, "c", figures=False)
        assert report.steps == ()  # no single scorer's step changes the ranking
        assert report.judged_checked == 12  # 6 scores, each up and down
        assert [p.score.total for p in board.ranking] == [D("7.50"), D("6.50"), D("2.00")]


def test_a_scorer_step_that_does_swap_names_the_scorer(tmp_path: Path) -> None:
    with make(tmp_path, CrossMode.REPLACE, Aggregate.MEAN) as ws:
        ws.cross_set("c", "a", "b", "1.1", D(7))  # b: mean of 7 and 7 = 7.0, a 7.5
        report = campaign_stability(ws, "c", figures=False)
    steps = {(s.member, s.scorer, s.direction, s.moved) for s in report.steps}
    # one scorer giving b one more point brings b's mean to 7.5: a tie for first
    assert ("b", "a", 1, ("b",)) in steps and ("b", "c", 1, ("b",)) in steps
    assert all(s.scorer for s in report.steps)


def test_weighing_moves_the_reviewed_score_too(tmp_path: Path) -> None:
    with make(tmp_path, CrossMode.WEIGH) as ws:
        counting = cross_counting(ws, "c")
        assert counting is not None
        moves = counting.moves("b", "1.1")
        assert moves is not None
        assert {m.scorer for m in moves} == {"a", "c", ""}
        reviewed_up = next(m for m in moves if m.scorer == "" and m.direction == 1)
        # 0.5 × (5 + 1) + 0.5 × 6.5 = 6.25 (was 5.75)
        assert reviewed_up.counted == {"b": D("6.25")}


def test_mode_off_keeps_the_verified_step(tmp_path: Path) -> None:
    with make(tmp_path, CrossMode.OFF) as ws:
        assert cross_counting(ws, "c") is None
        report = campaign_stability(ws, "c", figures=False)
    assert report.judged_checked == 6 and all(s.scorer == "" for s in report.steps)


def test_one_code_holding_different_criteria_is_never_pooled(tmp_path: Path) -> None:
    root = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), root)
    with Workspace.open(root, writable=True, actor=LEAD) as ws:
        groups = [g for g in ws.judged_groups("2018-ca-nam") if g[0] == "1.6"]
        assert len(groups) > 1  # a per-type code: each type's own criterion
        code, criterion, holders = max(groups, key=lambda g: g[1].max_points or 0)
        top = criterion.max_points
        assert top is not None and top > min(g[1].max_points or 0 for g in groups)
        member = holders[0]
        ws.cross_assign("2018-ca-nam")
        ws.cross_configure("2018-ca-nam", method=Aggregate.ZSCORE, mode=CrossMode.REPLACE)
        scorers = [s for s, ms in ws.cross_scoring("2018-ca-nam").assigned.items()
                   if member in ms]
        ws.cross_enter("2018-ca-nam", [(s, member, code, top, "") for s in scorers])
        counted = ws.cross_results("2018-ca-nam").counted[(member, code)]
        assert counted == top  # alone in its group: not clamped to another type's maximum
        counting = cross_counting(ws, "2018-ca-nam")
        assert counting is not None
        moves = counting.moves(member, code)
        assert moves and {m.direction for m in moves} == {-1}  # at the top: only down


# -- the property: each reported step is what recomputing from scratch gives -------------
MEMBERS = ("a", "b", "c", "d")
BLOC = Bloc("k", "Khối", tuple(Member(m, f"Hội {m.upper()}", m, "t") for m in MEMBERS))


def board_for(cross: CrossScoring, reviewed: dict[str, Decimal], missing: str | None = None,
              ) -> tuple[Scoreboard, CrossCounting]:
    """The board as the workspace builds it (``missing``: a member without a report)."""
    group = ("1.1", TABLE.sections[0].children[0], MEMBERS)
    counting = CrossCounting(cross, (group,), {(m, "1.1"): p for m, p in reviewed.items()},
                             CAMPAIGN.precision)
    counted = counting.counted(group)
    subs = {m: Submission(m, "c", Status.VERIFIED, {}, {"1.1": CriterionEntry(
        verified_points=counted.get(m, reviewed[m]))}) for m in MEMBERS if m != missing}
    return Scoreboard(BLOC, CAMPAIGN, {"t": TABLE}, subs), counting


points = st.integers(0, 10).map(D)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(points, min_size=12, max_size=12), st.lists(points, min_size=4, max_size=4),
       st.sampled_from(list(Aggregate)), st.sampled_from([CrossMode.REPLACE, CrossMode.WEIGH]),
       st.sampled_from([None, *MEMBERS]))
def test_each_reported_step_is_a_scorer_step_that_changes_ranks(
        given_points: list[Decimal], reviewed_points: list[Decimal], method: Aggregate,
        mode: CrossMode, missing: str | None) -> None:
    assigned = assign_scorers(list(MEMBERS))
    pairs = [(s, m) for s, ms in assigned.items() for m in ms]
    entries = tuple(CrossEntry(s, m, "1.1", p, AT, "x")
                    for (s, m), p in zip(pairs, given_points, strict=True))
    cross = CrossScoring("c", CrossSettings(method, mode), assigned, entries)
    reviewed = dict(zip(MEMBERS, reviewed_points, strict=True))
    board, counting = board_for(cross, reviewed, missing)
    before = {p.score.member.id: p.rank for p in board.ranking}
    report = stability(board, figures=False, cross=counting)
    assert {p.score.member.id: p.rank for p in board.ranking} == before  # put back
    expected = set()
    tried = 0
    moves = [(s, m, d, p + d) for (s, m), p in zip(pairs, given_points, strict=True)
             for d in (1, -1) if 0 <= p + d <= MAX and m != missing]
    if mode is CrossMode.WEIGH:
        moves += [("", m, d, p + d) for m, p in reviewed.items() for d in (1, -1)
                  if 0 <= p + d <= MAX and m != missing]
    for scorer, member, direction, new in moves:
        if scorer:
            moved = evolve(cross, entries=(*entries, CrossEntry(scorer, member, "1.1", new,
                                                               AT, "x")))
            fresh, _ = board_for(moved, reviewed, missing)
        else:
            fresh, _ = board_for(cross, {**reviewed, member: new}, missing)
        tried += 1
        ranks = {p.score.member.id: p.rank for p in fresh.ranking}
        changed = tuple(m for m in before if ranks[m] != before[m])
        if changed:
            expected.add((member, scorer, direction, changed))
    assert report.judged_checked == tried
    assert {(s.member, s.scorer, s.direction, s.moved) for s in report.steps} == expected
