"""Edge cases of every rule kind, each expected value derived from the rule's definition."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    Formula,
    FormulaError,
    FormulaRule,
    Indicator,
    JudgedRule,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    RelativeRule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
    YesNoRule,
)
from emulation_core.blocstats import BlocStats, Figure, IndicatorFigures
from emulation_core.explanation import explain_criterion
from emulation_core.phrasing import explanation_text

D = Decimal
MAX = D(6)
NO_STATS = BlocStats()


def bloc(best: Decimal, over: Decimal | None = None, indicator: str = "x") -> BlocStats:
    """Bloc figures with ``best`` as the best result and ``over`` as the best over-achievement
    (achieved ÷ target − 1)."""
    ratio = Figure() if over is None else Figure(Fraction(over) + 1, ("best",))
    return BlocStats(1, {indicator: IndicatorFigures(best=Figure(Fraction(best), ("best",)),
                                                     best_ratio=ratio)})


# -- target -------------------------------------------------------------------------------

@pytest.mark.parametrize("achieved", [D(0), D(3), D("7.5"), D("9.99")])
def test_target_below_is_proportional(achieved: Decimal) -> None:
    points = TargetRule("x").points(MAX, {"x": achieved}, {"x": D(10)}, NO_STATS)
    assert points == MAX * achieved / D(10)
    assert points < MAX


@pytest.mark.parametrize("achieved", [D(10), D("10.01"), D(25), D(1000)])
def test_target_at_or_above_is_capped_at_maximum(achieved: Decimal) -> None:
    assert TargetRule("x").points(MAX, {"x": achieved}, {"x": D(10)}, NO_STATS) == MAX


def test_target_missing_value_counts_zero() -> None:
    assert TargetRule("x").points(MAX, {}, {"x": D(10)}, NO_STATS) == 0


@pytest.mark.parametrize("targets", [{}, {"x": D(0)}, {"y": D(5)}])
def test_target_zero_or_missing_is_relative_to_bloc_best(targets: dict[str, Decimal]) -> None:
    stats = bloc(D(12))
    rule = TargetRule("x")
    assert rule.points(MAX, {"x": D(3)}, targets, stats) == MAX * D(3) / D(12)
    assert rule.points(MAX, {"x": D(12)}, targets, stats) == MAX
    criterion = Criterion("1", "C", MAX, rule)
    explanation = explain_criterion(criterion, "computed", MAX / 4, MAX / 4, values={"x": D(3)},
                                    targets=targets, stats=stats, members={}, indicators={})
    assert explanation.quantity("share_of_best") == Fraction(3, 12)
    said = "registered no target" if "x" in targets else "target not entered (scored as none)"
    assert explanation_text(explanation, "en").startswith(f"{said}: x 3 against")


def test_target_missing_and_bloc_best_zero_gives_zero() -> None:
    assert TargetRule("x").points(MAX, {"x": D(0)}, {}, BlocStats()) == 0


def test_over_share_keeps_part_of_the_points_for_over_achievement() -> None:
    share = D("0.25")
    rule = TargetRule("x", share)
    stats = bloc(D(30), D(2))  # best member tripled its target
    base = MAX * (1 - share)
    below = rule.points(MAX, {"x": D(5)}, {"x": D(10)}, stats)
    at = rule.points(MAX, {"x": D(10)}, {"x": D(10)}, stats)
    over = rule.points(MAX, {"x": D(15)}, {"x": D(10)}, stats)
    best = rule.points(MAX, {"x": D(30)}, {"x": D(10)}, stats)
    assert below == base * D(5) / D(10)
    assert at == base
    assert over == base + MAX * share * (D(15) / D(10) - 1) / D(2)
    assert best == MAX


def test_over_share_without_any_over_achiever_gives_only_the_base() -> None:
    rule = TargetRule("x", D("0.2"))
    assert rule.points(MAX, {"x": D(10)}, {"x": D(10)}, bloc(D(10), D(0))) \
        == MAX * (1 - D("0.2"))


def test_over_share_of_one_gives_nothing_below_the_best_over_achiever() -> None:
    rule = TargetRule("x", D(1))
    stats = bloc(D(20), D(1))
    assert rule.points(MAX, {"x": D(10)}, {"x": D(10)}, stats) == 0
    assert rule.points(MAX, {"x": D(20)}, {"x": D(10)}, stats) == MAX


# -- relative -----------------------------------------------------------------------------

def test_relative_best_gets_maximum_others_in_proportion() -> None:
    rule = RelativeRule("x")
    stats = bloc(D(40))
    assert rule.points(MAX, {"x": D(40)}, {}, stats) == MAX
    assert rule.points(MAX, {"x": D(10)}, {}, stats) == MAX * D(10) / D(40)
    assert rule.points(MAX, {}, {}, stats) == 0


def test_relative_zero_best_gives_zero_to_everyone() -> None:
    assert RelativeRule("x").points(MAX, {"x": D(0)}, {}, BlocStats()) == 0


# -- yes/no, per occurrence, judged -------------------------------------------------------

@pytest.mark.parametrize(("value", "done"), [(D(1), True), (D("0.5"), True), (D(7), True),
                                             (D(0), False), (None, False)])
def test_yes_no(value: Decimal | None, done: bool) -> None:
    values = {} if value is None else {"x": value}
    assert YesNoRule("x").points(MAX, values, {}, NO_STATS) == (MAX if done else 0)


@pytest.mark.parametrize("count", [D(0), D(1), D(3), D(4), D(5), D(100)])
def test_per_occurrence_is_capped_at_maximum(count: Decimal) -> None:
    each = D("1.5")
    points = PerOccurrenceRule("x", each).points(MAX, {"x": count}, {}, NO_STATS)
    assert points == min(count * each, MAX)
    assert points <= MAX


def test_judged_is_not_computed() -> None:
    assert JudgedRule().points(MAX, {"x": D(1)}, {}, NO_STATS) is None
    assert JudgedRule().indicators == frozenset()


@pytest.mark.parametrize("points", [D(0), D("0.5"), D("2.5"), MAX])
def test_judged_check_accepts_steps_within_range(points: Decimal) -> None:
    assert JudgedRule(D("0.5")).check(points, MAX) is None


@pytest.mark.parametrize(("points", "words"), [
    (D("-0.5"), "between"), (MAX + D("0.5"), "between"), (D("0.25"), "multiple"),
    (D("5.75"), "multiple"),
])
def test_judged_check_refuses_off_step_or_out_of_range(points: Decimal, words: str) -> None:
    why = JudgedRule(D("0.5")).check(points, MAX)
    assert why is not None
    assert words in str(why)


def test_judged_step_zero_accepts_any_value_in_range() -> None:
    assert JudgedRule(D(0)).check(D("1.234"), MAX) is None
    assert JudgedRule(D(0)).check(D("6.001"), MAX) is not None


# -- adjustment -----------------------------------------------------------------------------

ADJ = AdjustmentRule((AdjustmentItem("flag", D(10)), AdjustmentItem("good", D("0.5")),
                      AdjustmentItem("error", D(-1))), floor=D(-5), ceiling=D(10))


@pytest.mark.parametrize(("flag", "good", "error"), [
    (0, 0, 0), (0, 4, 1), (0, 0, 3), (1, 0, 0), (1, 6, 0), (0, 0, 12), (2, 0, 0), (0, 1, 9)])
def test_adjustment_sums_items_and_clamps(flag: int, good: int, error: int) -> None:
    values = {"flag": D(flag), "good": D(good), "error": D(error)}
    raw = D(flag) * 10 + D(good) * D("0.5") - D(error)
    points = ADJ.points(D(10), values, {}, NO_STATS)
    assert points == max(D(-5), min(D(10), raw))
    assert D(-5) <= points <= D(10)


def _board(table: CriteriaTable, values: dict[str, Decimal],
           targets: dict[str, Decimal] | None = None) -> Scoreboard:
    bloc = Bloc("b", "Khối", (Member("m", "Hội A", "A", "t"),))
    campaign = Campaign("c", "Đợt", PeriodKind.CUSTOM, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), table,
                        targets={"m": targets or {}})
    return Scoreboard(bloc, campaign, {"t": table},
                      {"m": Submission("m", "c", Status.SUBMITTED, values)})


def test_bonus_lets_the_total_exceed_the_nominal_maximum() -> None:
    table = CriteriaTable((
        Section("1", "Nhiệm vụ", (Criterion("1.1", "Kế hoạch", D(100), YesNoRule("plan")),)),
        Section("2", "Thưởng", (Criterion("2.1", "Cờ", D(15), ADJ),)),
    ), {k: Indicator(k, k) for k in ("plan", "flag", "good", "error")})
    score = _board(table, {"plan": D(1), "flag": D(1), "good": D(4)}).score("m")
    assert table.nominal == 100
    assert score.bonus == ADJ.ceiling
    assert score.total == table.nominal + ADJ.ceiling
    deducted = _board(table, {"plan": D(1), "error": D(50)}).score("m")
    assert deducted.deductions == -ADJ.floor
    assert deducted.total == table.nominal + ADJ.floor


# -- formula ----------------------------------------------------------------------------------

VALUES = {"a": D(12), "b": D("2.5"), "c": D(0)}
TARGETS = {"a": D(16)}


@pytest.mark.parametrize(("source", "expected"), [
    ("a + b * 2 - 1", D(12) + D("2.5") * 2 - 1),
    ("(a - b) / 4", (D(12) - D("2.5")) / 4),
    ("a % 5 + b ** 2", D(12) % 5 + D("2.5") ** 2),
    ("-a + +b", -D(12) + D("2.5")),
    ("a / target(a) * 10", D(12) / D(16) * 10),
    ("target(b)", D(0)),
    ("missing * 3 + 1", D(1)),
    ("min(a, b, 3)", D("2.5")),
    ("max(a, 20)", D(20)),
    ("abs(b - a)", abs(D("2.5") - D(12))),
    ("min(a / target(a), 1) * 6", min(D(12) / D(16), D(1)) * 6),
    ("5 if a > 10 else 1", D(5)),
    ("5 if a >= 13 else 1", D(1)),
    ("1 if 0 < b <= 2.5 else 0", D(1)),
    ("1 if 0 < b < 2.5 else 0", D(0)),
    ("a == 12", D(1)),
    ("a != 12", D(0)),
    ("2 if a > 1 and b > 1 else 0", D(2)),
    ("2 if a > 100 or not c else 0", D(2)),
    ("a / c", D(0)),
    ("a % c", D(0)),
    ("a / (b - 2.5) + 1", D(1)),
    ("2 ** 10", D(2) ** 10),
])
def test_formula_evaluates(source: str, expected: Decimal) -> None:
    assert Formula(source).evaluate(VALUES, TARGETS) == expected
    assert FormulaRule(source).points(MAX, VALUES, TARGETS, NO_STATS) == expected


def test_formula_names_are_the_indicators_it_reads() -> None:
    assert FormulaRule("min(a / target(a), b) + c").indicators == {"a", "b", "c"}


@pytest.mark.parametrize("source", [
    "a.real",                        # attribute access
    "__import__('os')",              # import through a call
    "import os",                     # a statement
    "open('x')",                     # another function
    "eval('1')",
    "lambda: 1",
    "(lambda x: x)(1)",
    "[x for x in (1, 2)]",
    "{x: 1 for x in (1, 2)}",
    "'text'",
    "b'bytes'",
    "2 ** 100000",                   # huge exponent
    "1e400 - 1e400",                 # a literal that is not finite
    "a ** 11",
    "a ** b",                        # exponent not a literal
    "(a - 8) ** 0.5",                # not a whole exponent: no exact result
    "_secret + 1",
    "__builtins__",
    "a[0]",
    "True",
    "1j",
    "(x := 1)",
    "min(a, key=b)",
    "min()",
    "abs(a, b)",
    "target(1)",
    "target(a + b)",
    "a << 2",
    "~a",
    "a @ b",
    "a +",
    "1 + " * 200 + "1",              # longer than 500 characters
])
def test_formula_refuses(source: str) -> None:
    with pytest.raises(FormulaError):
        Formula(source)


def test_formula_length_limit_is_on_the_source() -> None:
    just_fits = "1" + " + 1" * 124
    assert len(just_fits) <= 500
    assert Formula(just_fits).evaluate({}, {}) == 125
    with pytest.raises(FormulaError):
        Formula(just_fits + " + 1")


def test_formula_points_are_kept_within_zero_and_maximum_when_scored() -> None:
    table = CriteriaTable((Section("1", "S", (
        Criterion("1.1", "Âm", D(5), FormulaRule("a - 100")),
        Criterion("1.2", "Lớn", D(5), FormulaRule("a * 100")),
    )),), {"a": Indicator("a", "a")})
    board = _board(table, {"a": D(3)})
    assert board.points_of("m", table.sections[0].children[0]) == 0
    assert board.points_of("m", table.sections[0].children[1]) == 5


@pytest.mark.parametrize("source", [
    "a ** 0", "a ** -1", "(a - 8) ** -2", "(((((10 ** 10) ** 10) ** 10) ** 10) ** 10) ** 10",
    "1e30 % 1e-10",
])
def test_formula_evaluation_never_raises(source: str) -> None:
    result = Formula(source).evaluate({"a": D(0)}, {})
    assert isinstance(result, Fraction)
