"""Properties of scoring and ranking that must hold for any bloc, found by hypothesis."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from random import Random

from attrs import evolve
from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    FormulaRule,
    Indicator,
    JudgedRule,
    Member,
    NoTarget,
    NotEntered,
    OverMeasure,
    PeriodKind,
    PerOccurrenceRule,
    RankBy,
    RankedMember,
    RelativeRule,
    Rule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
    YesNoRule,
    rank,
)

D = Decimal
TYPE = "t"
INDICATORS = ("a", "b", "c", "d", "e", "f", "g")
NAMES = ("Hội An", "Hội Ăn", "Hội Âu", "Hội Bình", "Hội Đông", "Hội Dương", "Hội Án", "Hội An")
BOARD = settings(max_examples=80, deadline=None)

decimals = st.integers(0, 20_000).map(lambda i: D(i) / 100)
maxima = st.sampled_from([D(1), D("2.5"), D(5), D(10), D(15)])


# -- a bloc to score ----------------------------------------------------------------------------

@st.composite
def tables(draw: st.DrawFn) -> CriteriaTable:
    """Every rule kind; each indicator-read rule is monotone in its indicators."""
    step = draw(st.sampled_from([D("0.25"), D("0.5"), D(1)]))
    floor = draw(st.sampled_from([D(0), D(-3), D(-10)]))
    return CriteriaTable((
        Section("1", "Nhiệm vụ", (
            Criterion("1.1", "Chỉ tiêu", draw(maxima), TargetRule(
                "a", draw(st.sampled_from([D(0), D("0.2"), D("0.5"), D(1)])),
                draw(st.sampled_from(NoTarget)), draw(st.sampled_from(OverMeasure)),
                draw(st.sampled_from(NotEntered)))),
            Criterion("1.2", "So với khối", draw(maxima), RelativeRule("b")),
            Criterion("1.3", "Kế hoạch", draw(maxima), YesNoRule("c")),
            Criterion("1.4", "Lớp tập huấn", draw(maxima), PerOccurrenceRule(
                "d", draw(st.sampled_from([D("0.5"), D(1), D("2.5")])))),
            Criterion("1.5", "Đánh giá", draw(maxima), JudgedRule(step)),
        )),
        Section("2", "Tổ chức", (
            Criterion("2.1", "Hội viên", draw(maxima), TargetRule("e")),
            Criterion("2.2", "Công thức", D(3), FormulaRule("min(e / max(target(e), 1), 1) * 3")),
            Criterion("2.3", "Đánh giá", draw(maxima), JudgedRule(step)),
            Criterion("2.4", "So với người dẫn đầu", D(4), FormulaRule(
                "4 * min(e / best(e), 1) if best(e) > 0 else 0")),
        )),
        Section("3", "Thưởng, trừ", (
            Criterion("3.1", "Thưởng, trừ", D(10), AdjustmentRule(
                (AdjustmentItem("f", draw(st.sampled_from([D("0.5"), D(5)]))),
                 AdjustmentItem("g", draw(st.sampled_from([D(-1), D("-2.5")])))),
                floor, D(10))),
        )),
    ), {k: Indicator(k, k.upper()) for k in INDICATORS})


@st.composite
def entries(draw: st.DrawFn, table: CriteriaTable) -> dict[str, CriterionEntry]:
    """Self and verified scores within each criterion's bounds (on the step when judged)."""
    found = {}
    for criterion in table.leaves():
        rule = criterion.rule
        if isinstance(rule, JudgedRule):
            steps = int(criterion.max_points / rule.step)
            choice = st.none() | st.integers(0, steps).map(lambda k, s=rule.step: s * k)
        else:
            low, high = criterion.lowest * 4, criterion.highest * 4
            choice = st.none() | st.integers(int(low), int(high)).map(lambda k: D(k) / 4)
        own, verified = draw(choice), draw(choice)
        if own is not None or verified is not None:
            found[criterion.code] = CriterionEntry(own, verified)
    return found


@st.composite
def submissions(draw: st.DrawFn, member: str, table: CriteriaTable) -> Submission | None:
    status = draw(st.none() | st.sampled_from(Status))
    if status is None:
        return None
    values = draw(st.dictionaries(st.sampled_from(INDICATORS), decimals))
    return Submission(member, "c", status, values, draw(entries(table)))


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[Bloc, Campaign, dict[str, Submission]]:
    table = draw(tables())
    size = draw(st.integers(1, 7))
    members = tuple(Member(f"m{i}", draw(st.sampled_from(NAMES)), f"M{i}", TYPE)
                    for i in range(size))
    codes = [c.code for c in table.leaves()]
    targets = {m.id: draw(st.dictionaries(st.sampled_from(["a", "e"]),
                                          st.sampled_from([D(0), D(1), D(8), D(20), D(45)])))
               for m in members}
    no_target = {m.id: frozenset(draw(st.lists(st.sampled_from(["a", "e"]))))
                 - targets[m.id].keys() for m in members}  # registered "no target"
    not_assigned = {m.id: frozenset(draw(st.lists(st.sampled_from(codes), max_size=2)))
                    for m in members if draw(st.booleans())}
    campaign = Campaign(
        "c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1), dt.date(2024, 12, 31),
        dt.date(2024, 12, 31), table, targets=targets, not_assigned=not_assigned,
        no_target=no_target,
        precision=draw(st.sampled_from([D(1), D("0.1"), D("0.01"), D("0.001")])),
        tie_break=tuple(draw(st.lists(
            st.sampled_from(["section:1", "section:2", "section:3", "deductions", "code:1.1",
                             "section:2.4", "code:3.1", "code:9"]),
            unique=True, max_size=3))),
        rank_by=draw(st.sampled_from(RankBy)))
    subs = {m.id: s for m in members if (s := draw(submissions(m.id, table))) is not None}
    return Bloc("b", "Khối", members), campaign, subs


def board_of(bloc: Bloc, campaign: Campaign, subs: Mapping[str, Submission]) -> Scoreboard:
    return Scoreboard(bloc, campaign, {TYPE: campaign.table}, subs)


def places(ranking: tuple[RankedMember, ...]) -> list[tuple[str, int, Decimal, bool, str | None]]:
    return [(r.score.member.id, r.rank, r.value, r.tied, r.separated_by) for r in ranking]


@BOARD
@given(scenarios(), st.randoms(use_true_random=False))
def test_ranking_does_not_depend_on_input_order(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], random: Random) -> None:
    bloc, campaign, subs = scenario
    shuffled = list(bloc.members)
    random.shuffle(shuffled)
    sub_items = list(subs.items())
    random.shuffle(sub_items)
    board = board_of(bloc, campaign, subs)
    other = board_of(evolve(bloc, members=tuple(shuffled)), campaign, dict(sub_items))
    assert places(other.ranking) == places(board.ranking)
    scores = list(board.scores.values())
    random.shuffle(scores)
    assert places(rank(scores, campaign.tie_break, campaign.rank_by)) == places(board.ranking)


@BOARD
@given(scenarios())
def test_equal_values_share_a_rank_and_the_next_rank_skips(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]]) -> None:
    bloc, campaign, subs = scenario
    ranking = board_of(bloc, evolve(campaign, tie_break=()), subs).ranking
    values = [r.value for r in ranking]
    assert values == sorted(values, reverse=True)
    for placed in ranking:
        assert placed.rank == 1 + sum(v > placed.value for v in values)
        assert placed.tied == (values.count(placed.value) > 1)
        assert placed.separated_by is None


@BOARD
@given(scenarios())
def test_every_criterion_stays_within_its_bounds(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]]) -> None:
    bloc, campaign, subs = scenario
    board = board_of(bloc, campaign, subs)
    for member in bloc.members:
        lines = board.breakdown(member.id)
        for line in lines:
            assert line.criterion.lowest <= line.points <= line.criterion.highest
            if line.computed is not None:  # rounded, unless rounding would leave the bounds
                assert line.computed == line.computed.quantize(campaign.precision) \
                    or line.computed in (line.criterion.lowest, line.criterion.highest)
        score = board.score(member.id)
        assert score.total == sum((line.points for line in lines), D(0))
        assert score.total == sum((s.points for s in score.sections), D(0))


@BOARD
@given(scenarios(), st.data())
def test_raising_an_achieved_value_never_lowers_the_points(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    member = data.draw(st.sampled_from(bloc.members)).id
    indicator = data.draw(st.sampled_from(INDICATORS))
    raise_by = data.draw(decimals.filter(lambda d: d > 0))
    before_sub = subs.get(member, Submission(member, "c", Status.SUBMITTED))
    values = dict(before_sub.values)
    values[indicator] = values.get(indicator, D(0)) + raise_by
    after_sub = evolve(before_sub, values=values)
    before = board_of(bloc, campaign, {**subs, member: before_sub})
    after = board_of(bloc, campaign, {**subs, member: after_sub})
    for criterion in campaign.table.leaves():
        rule: Rule = criterion.rule
        if indicator not in rule.indicators:
            continue
        old, new = before.points_of(member, criterion), after.points_of(member, criterion)
        deducts = isinstance(rule, AdjustmentRule) and any(
            i.points_each < 0 for i in rule.items if i.indicator == indicator)
        assert (new <= old) if deducts else (new >= old), criterion.code


@BOARD
@given(scenarios(), st.data())
def test_incremental_update_equals_a_full_rescore(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    live = board_of(bloc, campaign, subs)
    current = dict(subs)
    for _ in range(data.draw(st.integers(1, 8))):
        member = data.draw(st.sampled_from(bloc.members)).id
        edited = data.draw(submissions(member, campaign.table))
        if edited is None:
            edited = Submission(member, "c", Status.MISSING)
        live.update(edited)
        current[member] = edited
        live.ranking  # noqa: B018 - read between edits, as the UI does
    fresh = board_of(bloc, campaign, current)
    assert live.scores == fresh.scores
    assert live.ranking == fresh.ranking  # every field of every place, scores included
    for member in bloc.members:
        assert live.breakdown(member.id) == fresh.breakdown(member.id)
        assert live.rank_of(member.id) == fresh.rank_of(member.id)
