"""Boundary behaviour pinned so that a mutation of the scoring, ranking or rule code fails.

Found with mutmut on scoring.py, ranking.py and rules.py: each test names the edge it pins.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from attrs import evolve

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Criterion,
    CriterionEntry,
    FormulaRule,
    JudgedRule,
    OverMeasure,
    PerOccurrenceRule,
    RankBy,
    RatingBand,
    RelativeRule,
    Section,
    Status,
    TargetRule,
    YesNoRule,
    rank,
)
from emulation_core.blocstats import BlocStats, BlocTracker

from .test_ranking import board as ranking_board
from .test_scoring import board, sub, table_of

D = Decimal
NO_STATS = BlocStats()


# -- rules called directly (no clamp from scoring) ---------------------------------------------

def test_per_occurrence_caps_at_a_maximum_with_decimals() -> None:
    rule = PerOccurrenceRule("x", D("0.5"))
    assert rule.points(D("2.5"), {"x": D(6)}, {}, NO_STATS) == D("2.5")
    assert rule.points(D("2.5"), {"x": D(3)}, {}, NO_STATS) == D("1.5")
    assert rule.points(D("2.5"), {}, {}, NO_STATS) == 0  # a missing count is 0


@pytest.mark.parametrize(("count", "expected"), [(0, "0"), (3, "1.5"), (5, "2.5"), (9, "2.5"),
                                                 (-9, "-1.5")])
def test_adjustment_clamps_to_fractional_bounds(count: int, expected: str) -> None:
    rule = AdjustmentRule((AdjustmentItem("x", D("0.5")),), D("-1.5"), D("2.5"))
    assert rule.points(D(0), {"x": D(count)}, {}, NO_STATS) == D(expected)


def test_adjustment_parts_keep_small_and_several_items_apart() -> None:
    rule = AdjustmentRule((AdjustmentItem("a", D("0.5")), AdjustmentItem("b", D("0.25")),
                           AdjustmentItem("c", D("-0.5")), AdjustmentItem("d", D(-1))),
                          D(-10), D(10))
    bonus, deduction = rule.parts({"a": D(1), "b": D(2), "c": D(1), "d": D(2)})
    assert (bonus, deduction) == (D(1), D("2.5"))


def test_relative_best_of_exactly_one_gets_the_maximum() -> None:
    tracker = BlocTracker(("x",))
    tracker.load({"m": ((D(1), None),)})
    assert RelativeRule("x").points(D(4), {"x": D(1)}, {}, tracker.stats) == 4


def test_a_formula_reads_the_bloc_through_rule_points() -> None:
    tracker = BlocTracker(("x",))
    tracker.load({"m1": ((D(8), None),), "m2": ((D(2), None),)})
    rule = FormulaRule("x / best(x) * 10")
    assert rule.points(D(10), {"x": D(2)}, {}, tracker.stats) == D("2.5")


# -- the target rule's options, with numbers -------------------------------------------------------

def test_over_achievement_by_difference_and_by_ratio() -> None:
    # m0: 15 of 10 (+5, +50%); m1: 24 of 20 (+4, +20%); 10 points, half kept for over-achievement
    targets = {"m0": {"x": D(10)}, "m1": {"x": D(20)}}
    subs = {"m0": sub("m0", {"x": D(15)}), "m1": sub("m1", {"x": D(24)})}
    for measure, m1_points in ((OverMeasure.DIFFERENCE, D(9)), (OverMeasure.RATIO, D(7))):
        criterion = Criterion("1.1", "C", D(10), TargetRule("x", D("0.5"), over_measure=measure))
        b = board(table_of(criterion), subs, targets=targets)
        assert (b.points_of("m0", criterion), b.points_of("m1", criterion)) == (D(10), m1_points)


def test_no_target_best_compares_only_members_without_a_target() -> None:
    targets = {"m0": {"x": D(10)}}
    subs = {"m0": sub("m0", {"x": D(40)}), "m1": sub("m1", {"x": D(10)}),
            "m2": sub("m2", {"x": D(5)})}
    for option, m2_points in (("bloc_best", D("1.25")), ("no_target_best", D("5"))):
        criterion = Criterion("1.1", "C", D(10), TargetRule("x", no_target=option))  # type: ignore[arg-type]
        b = board(table_of(criterion), subs, targets=targets)
        assert b.points_of("m2", criterion) == m2_points, option
        assert b.points_of("m0", criterion) == D(10)


# -- scoreboard ---------------------------------------------------------------------------------

def test_points_of_a_criterion_or_section_outside_the_members_table_is_zero() -> None:
    criteria = (Criterion("1.1", "A", D(4), YesNoRule("a")),
                Criterion("1.2", "B", D(6), YesNoRule("b")))
    b = board(table_of(*criteria), {"m1": sub("m1", {"a": D(1), "b": D(1)})})
    other = Criterion("9.1", "Z", D(5), YesNoRule("a"))
    assert b.points_of("m1", other) == 0
    mixed = Section("1", "S", (criteria[1], other))
    assert b.points_of("m1", mixed) == D(6)
    assert b.points_of("m1", Section("1", "S", criteria)) == D(10)


def test_a_comparative_breakdown_uses_the_bloc_figures_and_warns_nothing() -> None:
    criterion = Criterion("1.1", "Hiến máu", D(10), RelativeRule("blood"))
    b = board(table_of(criterion), {"m1": sub("m1", {"blood": D(20)}),
                                    "m2": sub("m2", {"blood": D(80)})})
    (line,) = b.breakdown("m1")
    assert (line.computed, line.points, line.explanation.points,
            line.explanation.computed) == (D("2.5"),) * 4
    assert line.explanation.criterion is criterion
    assert b.warnings == []


@pytest.mark.parametrize(("status", "source"), [(Status.MISSING, "missing"), (None, "missing")])
def test_a_missing_or_unassigned_line_names_its_criterion(status: Status | None,
                                                          source: str) -> None:
    criterion = Criterion("1.1", "K", D(4), YesNoRule("plan"))
    got = sub("m1", {"plan": D(1)}, status=status) if status else None
    b = board(table_of(criterion), {"m1": got, "m2": sub("m2", {"plan": D(1)})},
              not_assigned={"m2": frozenset({"1.1"})})
    (line,) = b.breakdown("m1")
    assert (line.source, line.explanation.criterion, line.explanation.points) == \
        (source, criterion, D(0))
    (other,) = b.breakdown("m2")
    assert (other.source, other.explanation.criterion, other.explanation.points) == \
        ("not_assigned", criterion, D(0))


def test_an_update_reaches_every_member_after_one_that_did_not_move() -> None:
    criterion = Criterion("1.1", "Hiến máu", D(10), RelativeRule("blood"))
    # m1's counted (verified) and claimed (self) points stay put when the best moves
    subs = {"m1": sub("m1", {"blood": D(10)}, {"1.1": CriterionEntry(D(4), D(3))}),
            "m2": sub("m2", {"blood": D(10)}), "m3": sub("m3", {"blood": D(20)})}
    live = board(table_of(criterion), subs)
    live.update(sub("m3", {"blood": D(40)}))
    assert [live.points_of(m, criterion) for m in subs] == [D(3), D("2.5"), D(10)]
    assert live.score("m2").sections[0].points == D("2.5")


def test_a_raised_rule_is_named_with_its_error() -> None:
    from .test_policy import ExplodingRule

    b = board(table_of(Criterion("1.1", "H", D(10), ExplodingRule("blood"))),
              {"m1": sub("m1", {"blood": D(500)})})
    (warning,) = b.warnings
    assert "ZeroDivisionError: plugin bug" in str(warning)
    assert warning.text("vi").startswith("loại hội 't': tiêu chí 1.1 (ExplodingRule) bị lỗi")


def test_derived_values_are_used_and_a_failing_hook_is_named() -> None:
    criterion = Criterion("1.1", "K", D(4), YesNoRule("plan"))
    table = table_of(criterion)
    b = board(table, {"m1": sub("m1", {"drafted": D(1)}), "m2": None})
    derived = type(b)(b.bloc, b.campaign, {"t": table}, {"m1": sub("m1", {"drafted": D(1)})},
                      {"t": lambda values: {"plan": values.get("drafted", D(0))}})
    assert derived.points_of("m1", criterion) == 4 and derived.points_of("m2", criterion) == 0

    def broken(values: object) -> dict[str, Decimal]:
        raise ValueError("no plan")

    failing = type(b)(b.bloc, b.campaign, {"t": table},
                      {"m1": sub("m1", {"plan": D(1)}), "m2": sub("m2", {"plan": D(1)})},
                      {"t": broken})
    assert failing.points_of("m1", criterion) == 4  # scored on its reported figures
    raised_at = f"{__file__}:{broken.__code__.co_firstlineno + 1}"  # the hook's own line
    assert [w.text("en") for w in failing.warnings] == [
        f"type 't': derived indicators failed for m1 (ValueError: no plan) at {raised_at}",
        f"type 't': derived indicators failed for m2 (ValueError: no plan) at {raised_at}"]
    assert failing.warnings[0].text("vi") == \
        f"loại hội 't': tính chỉ số dẫn xuất cho m1 bị lỗi (ValueError: no plan) tại {raised_at}"


def test_an_unknown_member_is_named_in_the_error() -> None:
    b = board(table_of(Criterion("1.1", "K", D(4), YesNoRule("plan"))), {"m1": None})
    with pytest.raises(KeyError, match=r"'zz'.*'b'"):
        b.rank_of("zz")


def test_a_tie_break_code_no_table_holds_is_warned() -> None:
    b = board(table_of(Criterion("1.1", "K", D(4), YesNoRule("plan"))), {"m1": None},
              tie_break=("code:1.1", "code:7.7"))
    assert [w.text("en") for w in b.warnings] == [
        "tie-break key 'code:7.7' names no section or criterion of any member's table; it "
        "separates nobody"]
    assert b.warnings[0].text("vi").startswith(
        "khoá phân định bằng điểm 'code:7.7' không chỉ mục hay tiêu chí nào")


def test_totals_verified_total_and_two_adjustments() -> None:
    criteria = (Criterion("1.1", "K", D(4), YesNoRule("plan")),)
    bonus = Criterion("2.1", "Thưởng", D(5), AdjustmentRule(
        (AdjustmentItem("flags", D(1)),), D(0), D(5)))
    table = table_of(*criteria, bonus=bonus)
    table = evolve(table, sections=(*table.sections, Section("3", "Thêm", (Criterion(
        "3.1", "Thưởng 2", D(3), AdjustmentRule((AdjustmentItem("cups", D("0.5")),), D(0),
                                                D(3))),))))
    values = {"plan": D(1), "flags": D(2), "cups": D(1)}
    for status, verified in ((Status.SUBMITTED, None), (Status.VERIFIED, D("6.5")),
                             (Status.LOCKED, D("6.5")), (Status.DRAFT, None)):
        score = board(table, {"m1": sub("m1", values, status=status)}).score("m1")
        assert (score.total, score.bonus, score.deductions) == (D("6.5"), D("2.5"), D(0))
        assert score.verified_total == verified
        assert [(s.code, s.title, s.title_en, s.nominal) for s in score.sections] == [
            ("1", "Nhiệm vụ", "", D(4)), ("2", "Thưởng, trừ", "", D(0)), ("3", "Thêm", "", D(0))]


def test_two_deduction_criteria_add_up() -> None:
    late = Criterion("2.1", "Muộn", D(0), AdjustmentRule(
        (AdjustmentItem("late", D(-1)),), D(-5), D(0)))
    table = table_of(Criterion("1.1", "K", D(4), YesNoRule("plan")), bonus=late)
    table = evolve(table, sections=(*table.sections, Section("3", "Trừ thêm", (Criterion(
        "3.1", "Sai", D(0), AdjustmentRule((AdjustmentItem("wrong", D("-0.5")),), D(-5),
                                           D(0))),))))
    score = board(table, {"m1": sub("m1", {"plan": D(1), "late": D(2), "wrong": D(3)})}) \
        .score("m1")
    assert (score.total, score.bonus, score.deductions) == (D("0.5"), D(0), D("3.5"))


def test_a_verified_small_bonus_is_a_bonus() -> None:
    bonus = Criterion("2.1", "Thưởng", D(5), AdjustmentRule(
        (AdjustmentItem("flags", D(1)),), D(-5), D(5)))
    table = table_of(Criterion("1.1", "K", D(4), YesNoRule("plan")), bonus=bonus)
    score = board(table, {"m1": sub("m1", {"flags": D(3)}, {"2.1": CriterionEntry(
        None, D("0.5"))})}).score("m1")
    assert (score.bonus, score.deductions) == (D("0.5"), D(0))


def test_empty_sections_and_small_tables_keep_decimal_figures() -> None:
    criterion = Criterion("1.1", "Nửa", D("0.5"), JudgedRule(D("0.25")))
    table = evolve(table_of(criterion), sections=(
        Section("1", "S", (criterion,)), Section("2", "Trống", ())))
    score = board(table, {"m1": sub("m1", entries={"1.1": CriterionEntry(D("0.25"))})},
                  tie_break=("code:2",)).score("m1")
    assert score.reachable == D("0.5") and score.percent == D(50)
    assert all(isinstance(s.points, Decimal) for s in score.sections)
    b = board(table, {"m1": sub("m1")})
    assert isinstance(b.points_of("m1", Section("2", "Trống", ())), Decimal)
    assert isinstance(score.tie_values["code:2"], Decimal)


def test_rating_follows_the_percent_when_ranking_by_percent() -> None:
    criteria = (Criterion("1.1", "K", D(40), JudgedRule(D(1))),
                Criterion("1.2", "L", D(10), JudgedRule(D(1))))
    bands = (RatingBand("good", "Tốt", "Good", D(60)), RatingBand("low", "Thấp", "Low", D(0)))
    subs = {"m1": sub("m1", entries={"1.1": CriterionEntry(D(35))}),
            "m2": sub("m2", entries={"1.1": CriterionEntry(D(5))})}
    by_percent = board(table_of(*criteria), subs, bands=bands, rank_by=RankBy.PERCENT,
                       not_assigned={"m2": frozenset({"1.1"})})
    score = by_percent.score("m1")
    assert (score.total, score.percent, score.rating) == (D(35), D(70), bands[0])
    by_total = board(table_of(*criteria), subs, bands=bands)
    assert by_total.score("m1").rating == bands[1]


# -- ranking -------------------------------------------------------------------------------------

def test_a_three_way_tie_below_the_first_place() -> None:
    b = ranking_board([("A", 40, 40, 0), ("B", 35, 35, 0), ("C", 35, 35, 0), ("D", 35, 35, 0),
                       ("E", 10, 10, 0)])
    assert [(r.rank, r.tied) for r in b.ranking] == [(1, False), (2, True), (2, True),
                                                    (2, True), (5, False)]


def test_rank_reads_tie_values_and_the_measure_asked_for() -> None:
    b = ranking_board([("A", 40, 30, 0), ("B", 30, 40, 0), ("C", 20, 20, 0)],
                      ("code:2.1", "deductions"))
    scores = list(b.scores.values())
    by_total = rank(scores, ("code:2.1", "deductions"), RankBy.TOTAL)
    assert [(r.score.member.name, r.rank, r.separated_by) for r in by_total] == [
        ("B", 1, "code:2.1"), ("A", 2, "code:2.1"), ("C", 3, None)]
    skewed = [evolve(s, percent=D(100) - s.total) for s in scores]
    assert rank(skewed, (), RankBy.TOTAL)[0].score.member.name in {"A", "B"}
    assert rank(skewed, (), RankBy.PERCENT)[0].score.member.name == "C"
    bare = [evolve(s, tie_values={}) for s in scores]  # scores built by hand: keys count 0
    assert [r.rank for r in rank(bare, ("code:2.1",))] == [1, 1, 3]
    half = [bare[0], scores[1], bare[2]]  # one has the key, the others count 0
    assert [r.score.member.name for r in rank(half, ("code:2.1",))] == ["B", "A", "C"]
