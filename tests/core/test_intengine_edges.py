"""Edges of the integer engine that random blocs seldom reach, worked out by hand.

A member's percentage when one point, or nothing, is left to reach; the self total of a
member whose comparative criterion was verified, which follows the bloc's best though its
counted points do not move; a target with decimals among whole results; lateness in a
table with no section; a bloc with no member; an indicator no longer reported; a
plugin's rule, which keeps even a large board on the integer engine; deductions over two
bonus/deduction criteria.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    Indicator,
    JudgedRule,
    Lateness,
    Member,
    PeriodKind,
    RankBy,
    RelativeRule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
    YesNoRule,
)
from emulation_core.intengine import IntegerEngine

from .reference_scoring import reference_ranking, reference_scores
from .test_columns import columns_from
from .test_policy import ExplodingRule
from .test_scoring import board, sub, table_of

D = Decimal
TYPE = "t"


def _campaign(table: CriteriaTable, **options: object) -> Campaign:
    return Campaign("c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                    dt.date(2024, 12, 31), dt.date(2024, 12, 31), table,
                    precision=D("0.01"), **options)  # type: ignore[arg-type]


def _same_as_reference(board: Scoreboard, bloc: Bloc, campaign: Campaign,
                       subs: dict[str, Submission]) -> None:
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, subs)
    assert repr(dict(board.scores)) == repr(expected)
    assert repr(board.ranking) == repr(reference_ranking(expected, campaign))


def test_percent_with_one_point_or_nothing_left_to_reach() -> None:
    """Ranked by percentage: 1 point of 1 reachable is 100 %; with nothing reachable the
    percentage is 0, level with a member that reached 0 of 5 (name order between them)."""
    table = CriteriaTable((Section("1", "Nhiệm vụ", (
        Criterion("1.1", "Kiểm tra", D(1), JudgedRule(D("0.5"))),
        Criterion("1.2", "Đánh giá", D(4), JudgedRule(D("0.5"))),
    )),), {})
    members = (Member("one", "Hội A", "A", TYPE), Member("none", "Hội C", "C", TYPE),
               Member("zero", "Hội B", "B", TYPE))
    bloc = Bloc("b", "Khối", members)
    campaign = _campaign(table, rank_by=RankBy.PERCENT,
                         not_assigned={"one": frozenset({"1.2"}),
                                       "none": frozenset({"1.1", "1.2"})})
    subs = {"one": Submission("one", "c", Status.SUBMITTED,
                              entries={"1.1": CriterionEntry(D(1))}),
            "none": Submission("none", "c", Status.SUBMITTED),
            "zero": Submission("zero", "c", Status.SUBMITTED)}
    board = Scoreboard(bloc, campaign, {TYPE: table}, subs)
    ranking = board.ranking
    assert [(r.score.member.id, r.rank, r.value, r.tied) for r in ranking] == [
        ("one", 1, D(100), False), ("zero", 2, D(0), True), ("none", 2, D(0), True)]
    assert [r.score.reachable for r in ranking] == [D(1), D(5), D(0)]
    _same_as_reference(board, bloc, campaign, subs)


def test_a_verified_comparative_criterion_keeps_its_self_total_following_the_best() -> None:
    """``h`` has a verified score on a relative criterion and no self-score: its counted
    points stay the verifier's, its self total is the computed points, 5 × b ÷ best. Its
    own edit (10 to 15) moves no bloc figure (the best is 20, the worst 5): 3.75; then the
    best goes to 30: 2.5 again, and the member must be re-scored though its counted
    points never moved."""
    table = CriteriaTable((Section("1", "Nhiệm vụ", (
        Criterion("1.1", "So với khối", D(5), RelativeRule("b")),
    )),), {"b": Indicator("b", "B")})
    members = (Member("h", "Hội H", "H", TYPE), Member("k", "Hội K", "K", TYPE),
               Member("w", "Hội W", "W", TYPE))
    bloc = Bloc("b", "Khối", members)
    campaign = _campaign(table)
    verified = {"1.1": CriterionEntry(None, D(1))}
    subs = {"h": Submission("h", "c", Status.SUBMITTED, {"b": D(10)}, verified),
            "k": Submission("k", "c", Status.SUBMITTED, {"b": D(20)}),
            "w": Submission("w", "c", Status.SUBMITTED, {"b": D(5)})}
    board = Scoreboard(bloc, campaign, {TYPE: table}, subs)
    seen = []
    for member, b in (("h", 15), ("k", 30)):
        seen.append((board.score("h").total, board.score("h").self_total))
        subs[member] = Submission(member, "c", Status.SUBMITTED, {"b": D(b)},
                                  verified if member == "h" else {})
        board.update(subs[member])
        _same_as_reference(board, bloc, campaign, subs)
    seen.append((board.score("h").total, board.score("h").self_total))
    assert seen == [(D(1), D("2.5")), (D(1), D("3.75")), (D(1), D("2.5"))]


def test_a_target_with_decimals_beside_whole_results() -> None:
    """Results are whole, one target is not: 5 of a target of 7.5 gives 5 × 5 ÷ 7.5 = 3.33
    points, below 3 of a target of 4 (3.75), not the 5 of a member with no target."""
    table = CriteriaTable((Section("1", "Nhiệm vụ", (
        Criterion("1.1", "Chỉ tiêu", D(5), TargetRule("a")),
    )),), {"a": Indicator("a", "A")})
    members = (Member("p", "Hội P", "P", TYPE), Member("q", "Hội Q", "Q", TYPE))
    bloc = Bloc("b", "Khối", members)
    campaign = _campaign(table, targets={"p": {"a": D("7.5")}, "q": {"a": D(4)}})
    subs = {"p": Submission("p", "c", Status.SUBMITTED, {"a": D(5)}),
            "q": Submission("q", "c", Status.SUBMITTED, {"a": D(3)})}
    board = Scoreboard(bloc, campaign, {TYPE: table}, subs)
    assert [(r.score.member.id, r.rank, r.value) for r in board.ranking] == [
        ("q", 1, D("3.75")), ("p", 2, D("3.33"))]
    _same_as_reference(board, bloc, campaign, subs)


def test_a_table_without_sections_ranks_a_late_report_below_by_its_lateness() -> None:
    """No criterion to score: the total is minus the lateness (1 + 0.5 a day, 3 days late:
    −2.5), so the report on time ranks first; an edit making it late too ties them."""
    table = CriteriaTable((), {})
    members = (Member("late", "Hội A", "A", TYPE), Member("on_time", "Hội B", "B", TYPE))
    bloc = Bloc("b", "Khối", members)
    campaign = _campaign(table, lateness=Lateness(D(1), D("0.5")))
    deadline = dt.datetime.combine(campaign.deadline, dt.time(10))
    subs = {"late": Submission("late", "c", Status.SUBMITTED,
                               submitted_at=deadline + dt.timedelta(days=3)),
            "on_time": Submission("on_time", "c", Status.SUBMITTED, submitted_at=deadline)}
    board = Scoreboard(bloc, campaign, {TYPE: table}, subs)
    assert [(r.score.member.id, r.rank, r.value) for r in board.ranking] == [
        ("on_time", 1, D(0)), ("late", 2, D("-2.5"))]
    _same_as_reference(board, bloc, campaign, subs)
    subs["on_time"] = Submission("on_time", "c", Status.SUBMITTED,
                                 submitted_at=deadline + dt.timedelta(days=3))
    board.update(subs["on_time"])
    assert [(r.score.member.id, r.rank, r.value) for r in board.ranking] == [
        ("late", 1, D("-2.5")), ("on_time", 1, D("-2.5"))]
    _same_as_reference(board, bloc, campaign, subs)


def test_a_bloc_with_no_member_ranks_nothing() -> None:
    table = CriteriaTable((Section("1", "Nhiệm vụ", (
        Criterion("1.1", "So với khối", D(5), RelativeRule("b")),
    )),), {"b": Indicator("b", "B")})
    for rank_by in RankBy:
        board = Scoreboard(Bloc("b", "Khối", ()), _campaign(table, rank_by=rank_by,
                                                              tie_break=("deductions",)),
                           {TYPE: table}, {})
        assert board.ranking == ()
        assert dict(board.scores) == {}


def test_an_indicator_no_longer_reported_counts_as_0_when_the_bloc_moves_later() -> None:
    """``h`` reported b = 10, then nothing: 0 points. When ``k`` later raises the best to
    40, ``h`` is recounted with the others from the figures held for the bloc: still 0,
    ``w`` with 5 gets 5 × 5 ÷ 40 = 0.63 (0.625 rounded half away from zero), and ``h``
    shares the last rank with ``z``, who reported 0."""
    table = CriteriaTable((Section("1", "Nhiệm vụ", (
        Criterion("1.1", "So với khối", D(5), RelativeRule("b")),
    )),), {"b": Indicator("b", "B")})
    members = (Member("h", "Hội H", "H", TYPE), Member("k", "Hội K", "K", TYPE),
               Member("w", "Hội W", "W", TYPE), Member("z", "Hội Z", "Z", TYPE))
    bloc = Bloc("b", "Khối", members)
    campaign = _campaign(table)
    subs = {m: Submission(m, "c", Status.SUBMITTED, {"b": D(b)})
            for m, b in (("h", 10), ("k", 20), ("w", 5), ("z", 0))}
    board = Scoreboard(bloc, campaign, {TYPE: table}, subs)
    for member, values in (("h", {}), ("k", {"b": D(40)})):
        subs[member] = Submission(member, "c", Status.SUBMITTED, values)
        board.update(subs[member])
        _same_as_reference(board, bloc, campaign, subs)
    assert [(r.score.member.id, r.rank, r.value) for r in board.ranking] == [
        ("k", 1, D(5)), ("w", 2, D("0.63")), ("h", 3, D(0)), ("z", 3, D(0))]


def test_a_plugins_rule_keeps_a_large_board_on_the_integer_engine_and_warns_once() -> None:
    """The columnar engine ranks only the built-in rules it has vectorised twins of, none
    of which raises: a board with a plugin's rule is counted by the integer engine from
    the start (so a kernel handed over from columns never fails). The rule raising on an
    edit scores 0 there and the board warns once, naming type, criterion and rule."""
    table = table_of(Criterion("1.1", "Hiến máu", D(10), ExplodingRule("blood")),
                     Criterion("1.2", "Kế hoạch", D(4), YesNoRule("plan")))
    subs = {"m1": sub("m1", {"blood": D(20), "plan": D(1)}),
            "m2": sub("m2", {"blood": D(50), "plan": D(1)})}
    with columns_from(0):
        large = board(table, subs)
        assert isinstance(large._engine, IntegerEngine)  # type: ignore[attr-defined]
        assert large.warnings == []
        for blood in (500, 600):  # the second failure is the same warning
            large.update(sub("m1", {"blood": D(blood), "plan": D(1)}))
            assert large.breakdown("m1")[0].points == 0
            assert large.score("m1").total == D(4)
    (warning,) = large.warnings
    assert "'t'" in str(warning) and "1.1" in str(warning) and "ExplodingRule" in str(warning)


@pytest.mark.parametrize("g_of_d", ["0.5", "1"])  # a value with decimals, or all whole
def test_fewer_deductions_break_a_tie_over_two_bonus_deduction_criteria(g_of_d: str) -> None:
    """Deductions are lateness plus each bonus/deduction criterion's deduction part: ``a``
    has a verified 0 on 2.1 and 2 × −1 on 2.2 (deducts 2); ``c`` has 1 × 0.5 and
    2 × −1 on 2.1, held at the floor 0 (deducts 0.5, all its bonus could pay); ``b``
    deducts nothing, nor ``d``, held at the floor with no bonus; ``e`` has a bonus of
    0.5 + 1.5 and 0.5 + 3 + 0.5 to deduct, held at 0: deducts 2 (two bonus items and
    three deduction items summed as exact fractions); ``x`` has 1 × 0.5 and 3 × −1 on 2.3,
    held at its floor −1.5: deducts 2 (its bonus of 0.5 and the 1.5 the floor kept).
    Equal totals of 3: b and d, then c, then a, e and x."""
    table = CriteriaTable((
        Section("1", "Nhiệm vụ", (Criterion("1.1", "Đánh giá", D(10), JudgedRule(D("0.5"))),)),
        Section("2", "Thưởng, trừ", (
            Criterion("2.1", "Thưởng, trừ", D(10), AdjustmentRule(
                (AdjustmentItem("f", D("0.5")), AdjustmentItem("h", D("1.5")),
                 AdjustmentItem("j", D("-0.5")), AdjustmentItem("g", D(-1)),
                 AdjustmentItem("l", D("-0.5"))), D(0), D(10))),
            Criterion("2.2", "Trừ thêm", D(5), AdjustmentRule(
                (AdjustmentItem("k", D(-1)),), D(-5), D(5))),
            Criterion("2.3", "Thưởng, trừ khác", D(5), AdjustmentRule(
                (AdjustmentItem("m", D("0.5")), AdjustmentItem("n", D(-1))), D("-1.5"),
                D(5))),
        )),
    ), {k: Indicator(k, k.upper()) for k in "fghjklmn"})
    members = tuple(Member(m, f"Hội {m.upper()}", m.upper(), TYPE) for m in "abcdex")
    bloc = Bloc("b", "Khối", members)
    campaign = _campaign(table, tie_break=("deductions",))

    def report(member: str, own: Decimal | int, values: dict[str, Decimal],
               entries: dict[str, CriterionEntry] | None = None) -> Submission:
        return Submission(member, "c", Status.SUBMITTED, values,
                          {"1.1": CriterionEntry(D(own)), **(entries or {})})

    subs = {"a": report("a", 5, {"k": D(2)}, {"2.1": CriterionEntry(None, D(0))}),
            "b": report("b", 3, {}),
            "c": report("c", 3, {"f": D(1), "g": D(2)}),
            "d": report("d", 3, {"g": D(g_of_d)}),
            "e": report("e", 3, {"f": D(1), "h": D(1), "j": D(1), "g": D(3), "l": D(1)}),
            "x": report("x", D("4.5"), {"m": D(1), "n": D(3)})}
    board = Scoreboard(bloc, campaign, {TYPE: table}, subs)
    expected = [("b", 1, D(3)), ("d", 1, D(3)), ("c", 3, D(3)), ("a", 4, D(3)),
                ("e", 4, D(3)), ("x", 4, D(3))]
    assert [(r.score.member.id, r.rank, r.value) for r in board.ranking] == expected
    assert [board.score(m).deductions for m in "abcdex"] == \
        [D(2), D(0), D("0.5"), D(0), D(2), D(2)]
    _same_as_reference(board, bloc, campaign, subs)
    for member in "acex":  # the same reports again: each member's deductions worked out anew
        board.update(subs[member])
        assert [(r.score.member.id, r.rank, r.value) for r in board.ranking] == expected


def test_deductions_past_2_to_the_53_stay_exact() -> None:
    """A count of 2^53 + 1 deductions of 1 point (floats would count 2^53): ``p`` deducts
    one point more than ``q`` and, at equal totals, ranks after it."""
    big = 2**53
    table = CriteriaTable((
        Section("1", "Nhiệm vụ", (Criterion("1.1", "Đánh giá", D(10), JudgedRule(D(1))),)),
        Section("2", "Thưởng, trừ", (Criterion("2.1", "Thưởng, trừ", D(10), AdjustmentRule(
            (AdjustmentItem("f", D("0.5")), AdjustmentItem("g", D(-1))), D(-4 * big), D(10))),)),
    ), {k: Indicator(k, k.upper()) for k in "fg"})
    members = (Member("p", "Hội A", "A", TYPE), Member("q", "Hội B", "B", TYPE))
    bloc = Bloc("b", "Khối", members)
    campaign = _campaign(table, tie_break=("deductions",))
    subs = {"p": Submission("p", "c", Status.SUBMITTED, {"g": D(big + 1)},
                            {"1.1": CriterionEntry(D(5))}),
            "q": Submission("q", "c", Status.SUBMITTED, {"g": D(big)},
                            {"1.1": CriterionEntry(D(4))})}
    board = Scoreboard(bloc, campaign, {TYPE: table}, subs)
    assert [(r.score.member.id, r.rank, r.value, r.score.deductions) for r in board.ranking] == [
        ("q", 1, D(4 - big), D(big)), ("p", 2, D(4 - big), D(big + 1))]
