"""Exactness: every rule multiplies first and rounds once, half away from zero.

An independent computation with fractions (written here, not taken from the library) is
the reference for every rule kind.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    FormulaRule,
    Indicator,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    RelativeRule,
    Rule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
)
from emulation_core.exact import round_half_away

D = Decimal
F = Fraction
CENT = D("0.01")


def reference_round(value: Fraction, precision: Decimal) -> Decimal:
    """Half away from zero, by hand: floor(|v| / p + 1/2) steps of p, with v's sign."""
    steps = math.floor(abs(value) / F(precision) + F(1, 2))
    return D(steps if value >= 0 else -steps) * precision


def score_one(rule: Rule, maximum: Decimal, rows: Mapping[str, tuple[Decimal, Decimal | None]],
              precision: Decimal = CENT) -> Scoreboard:
    """A bloc of members ``rows`` (id → (value of x, target of x or None)), one criterion."""
    criterion = Criterion("1.1", "C", maximum, rule)
    keys = rule.indicators or {"x"}
    table = CriteriaTable((Section("1", "S", (criterion,)),), {k: Indicator(k, k) for k in keys})
    members = tuple(Member(m, f"Hội {m}", m, "t") for m in rows)
    targets = {m: {"x": t} for m, (_, t) in rows.items() if t is not None}
    campaign = Campaign("c", "Đợt", PeriodKind.CUSTOM, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), table, targets=targets,
                        precision=precision)
    subs = {m: Submission(m, "c", Status.SUBMITTED, {"x": v, "y": D(24)})
            for m, (v, _) in rows.items()}
    return Scoreboard(Bloc("b", "Khối", members), campaign, {"t": table}, subs)


def points(board: Scoreboard, member: str = "m0") -> Decimal:
    return board.breakdown(member)[0].points


@pytest.mark.parametrize(("rule", "rows", "expected"), [
    # max 3, target 24, achieved 5: 15/24 = 0.625 exactly, not 0.21 × 3 = 0.63 by luck
    (TargetRule("x"), {"m0": (D(5), D(24))}, D("0.63")),
    (TargetRule("x"), {"m0": (D(13), D(120))}, D("0.33")),  # 3 × 13/120 = 0.325
    (TargetRule("x"), {"m0": (D(5), None), "m1": (D(24), None)}, D("0.63")),
    (TargetRule("x", D("0.5")), {"m0": (D(5), D(12))}, D("0.63")),  # 1.5 × 5/12
    (RelativeRule("x"), {"m0": (D(5), None), "m1": (D(24), None)}, D("0.63")),
    (RelativeRule("x"), {"m0": (D(13), None), "m1": (D(120), None)}, D("0.33")),
    (PerOccurrenceRule("x", D("0.125")), {"m0": (D(5), None)}, D("0.63")),
    (AdjustmentRule((AdjustmentItem("x", D("0.125")),), D(-3), D(3)),
     {"m0": (D(5), None)}, D("0.63")),
    (AdjustmentRule((AdjustmentItem("x", D("-0.125")),), D(-3), D(3)),
     {"m0": (D(5), None)}, D("-0.63")),
    (FormulaRule("x / y * 3"), {"m0": (D(5), None)}, D("0.63")),  # 5/24 × 3
    (FormulaRule("3 * x / y"), {"m0": (D(5), None)}, D("0.63")),
    (FormulaRule("x / 120 * 3"), {"m0": (D(13), None)}, D("0.33")),
])
def test_half_way_results_round_away_from_zero_once(
        rule: Rule, rows: Mapping[str, tuple[Decimal, Decimal | None]], expected: Decimal) -> None:
    assert points(score_one(rule, D(3), rows)) == expected


def test_over_achievement_share_is_rounded_once() -> None:
    # 0.75 × 3 at the target, plus 0.25 × 3 × (13/12 − 1) / (2 − 1) = 0.0625: 2.3125 → 2.31;
    # a second member doubled its target. Rounding 0.0625 first would give 2.25 + 0.06.
    rule = TargetRule("x", D("0.25"))
    board = score_one(rule, D(3), {"m0": (D(13), D(12)), "m1": (D(24), D(12))})
    assert points(board) == D("2.31")
    board = score_one(rule, D(3), {"m0": (D(15), D(12)), "m1": (D(24), D(12))})
    assert points(board) == D("2.44")  # 2.25 + 0.1875 = 2.4375


@pytest.mark.parametrize(("value", "precision", "expected"), [
    (F(5, 8), "0.01", "0.63"), (F(-5, 8), "0.01", "-0.63"), (F(1, 8), "0.01", "0.13"),
    (F(1, 4), "0.1", "0.3"), (F(1, 2), "1", "1"), (F(-1, 2), "1", "-1"),
    (F(1, 3), "0.01", "0.33"), (F(2, 3), "0.01", "0.67"), (F(0), "0.01", "0.00"),
    (F(5, 1), "0.01", "5.00"), (F(6249999, 10**7), "0.01", "0.62"),
    (F(625001, 10**6), "0.01", "0.63"), (F(15), "1E+1", "2E+1"),
])
def test_round_half_away(value: Fraction, precision: str, expected: str) -> None:
    rounded = round_half_away(value, D(precision))
    assert str(rounded) == expected
    assert rounded == reference_round(value, D(precision))


# -- property: every rule against an independent fraction computation ------------------------

amounts = st.integers(0, 5000).map(lambda i: D(i) / 8)
targets = st.one_of(st.none(), st.integers(1, 400).map(lambda i: D(i) / 4))
precisions = st.sampled_from([D(1), D("0.1"), D("0.01"), D("0.001")])
maxima = st.sampled_from([D(1), D(3), D("2.5"), D(7), D(10)])
Expect = Callable[[Fraction, Fraction | None, list[tuple[Fraction, Fraction | None]]], Fraction]


def _target(share: Fraction) -> Callable[[Fraction], Expect]:
    def build(top: Fraction) -> Expect:
        def expect(value: Fraction, goal: Fraction | None,
                   bloc: list[tuple[Fraction, Fraction | None]]) -> Fraction:
            if goal is None:
                best = max(v for v, _ in bloc)
                return top * value / best if best > 0 else F(0)
            if value <= goal:
                return top * (1 - share) * value / goal
            over = max([v / t - 1 for v, t in bloc if t is not None] + [F(0)])
            extra = top * share * (value / goal - 1) / over if share and over > 0 else F(0)
            return top * (1 - share) + extra
        return expect
    return build


def _relative(top: Fraction) -> Expect:
    def expect(value: Fraction, goal: Fraction | None,
               bloc: list[tuple[Fraction, Fraction | None]]) -> Fraction:
        best = max(v for v, _ in bloc)
        return top * value / best if best > 0 else F(0)
    return expect


def _each(each: Fraction) -> Callable[[Fraction], Expect]:
    return lambda top: lambda value, goal, bloc: min(value * each, top)


def _formula(top: Fraction) -> Expect:
    return lambda value, goal, bloc: value * 7 / 24 - F(1, 3) * value / 5


CASES: list[tuple[Callable[[], Rule], Callable[[Fraction], Expect], tuple[Fraction, Fraction]]] = [
    (lambda: TargetRule("x"), _target(F(0)), (F(0), F(10**9))),
    (lambda: TargetRule("x", D("0.25")), _target(F(1, 4)), (F(0), F(10**9))),
    (lambda: TargetRule("x", D("0.3")), _target(F(3, 10)), (F(0), F(10**9))),
    (lambda: RelativeRule("x"), _relative, (F(0), F(10**9))),
    (lambda: PerOccurrenceRule("x", D("0.375")), _each(F(3, 8)), (F(0), F(10**9))),
    (lambda: AdjustmentRule((AdjustmentItem("x", D("-0.35")),), D(-4), D(0)),
     lambda top: lambda value, goal, bloc: value * F(-35, 100), (F(-4), F(0))),
    (lambda: FormulaRule("x * 7 / 24 - 1 / 3 * x / 5"), _formula, (F(0), F(10**9))),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(range(len(CASES))), maxima, precisions,
       st.lists(st.tuples(amounts, targets), min_size=1, max_size=4))
def test_every_rule_equals_an_exact_fraction_rounded_half_away_from_zero(
        case: int, maximum: Decimal, precision: Decimal,
        rows: list[tuple[Decimal, Decimal | None]]) -> None:
    make, expectation, (low, high) = CASES[case]
    bounds = (low, min(high, F(maximum)))
    low_d = D(low.numerator)
    high_d = min(D(high.numerator), maximum)
    board = score_one(make(), maximum, {f"m{i}": row for i, row in enumerate(rows)}, precision)
    bloc = [(F(v), None if t is None else F(t)) for v, t in rows]
    expect = expectation(F(maximum))
    for i, (value, goal) in enumerate(bloc):
        exact = max(bounds[0], min(bounds[1], expect(value, goal, bloc)))
        rounded = reference_round(exact, precision)
        # a bound that is not a multiple of the precision (max 2.5 at precision 1) still holds
        expected = max(low_d, min(high_d, rounded))
        assert points(board, f"m{i}") == expected, (i, exact)
