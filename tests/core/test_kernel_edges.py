"""The integer kernels (emulation_core.kernels) at the edges of their rules.

A scoreboard ranks from the integer engine's columns and shows points from the Decimal
rules; each test checks both: the points against the rule's own definition, and the
ranking against those points (rank = 1 + the members with a higher total). Where a wrong
integer would not move the order, a twin member is given the points the rule gives on a
judged criterion: the two share a rank only when the engine's integers are right.
Found by a mutation run of kernels.py and intbloc.py (see docs/testing.md).
"""

from __future__ import annotations

import sys
from decimal import ROUND_HALF_UP, Decimal

import pytest

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Criterion,
    CriterionEntry,
    JudgedRule,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    Scoreboard,
    TargetRule,
    YesNoRule,
    kernels,
)
from emulation_core.units import Units

from .test_scoring import board, sub, table_of

D = Decimal


def ranks_by_total(b: Scoreboard) -> dict[str, int]:
    totals = {m.id: b.score(m.id).total for m in b.bloc.members}
    return {m: 1 + sum(other > total for other in totals.values()) for m, total in totals.items()}


def ranks(b: Scoreboard) -> dict[str, int]:
    return {r.score.member.id: r.rank for r in b.ranking}


def test_a_bloc_best_of_exactly_one_gets_the_maximum_and_the_others_their_share() -> None:
    criterion = Criterion("1.1", "So với khối", D(6), RelativeRule("x"))
    counts = {"m1": 1, "m2": 0, "m3": 1}
    b = board(table_of(criterion), {m: sub(m, {"x": D(n)}) for m, n in counts.items()})
    best = max(counts.values())
    assert best == 1
    assert {m: b.points_of(m, criterion) for m in counts} == {
        m: criterion.max_points * n / best for m, n in counts.items()}
    assert ranks(b) == ranks_by_total(b) == {"m1": 1, "m2": 3, "m3": 1}


def test_a_yes_no_criterion_done_once_gets_its_points() -> None:
    criterion = Criterion("1.1", "Kế hoạch", D(3), YesNoRule("plan"))
    done = {"m1": 1, "m2": 0, "m3": 2}
    b = board(table_of(criterion), {m: sub(m, {"plan": D(n)}) for m, n in done.items()})
    assert {m: b.points_of(m, criterion) for m in done} == {
        m: criterion.max_points if n > 0 else 0 for m, n in done.items()}
    assert ranks(b) == ranks_by_total(b) == {"m1": 1, "m2": 3, "m3": 1}


# (target, achieved) of members that reach or pass their target
OVER = {"a": (10, 15), "b": (10, 12), "c": (4, 8), "d": (10, 10)}


@pytest.mark.parametrize("measure", list(OverMeasure))
def test_over_achievement_shares_the_kept_points_against_the_best(measure: OverMeasure) -> None:
    """Each member's points for the target criterion are matched by a twin's self-score
    on a judged criterion: equal totals share a rank only when the engine's integers
    give the very points the rule gives."""
    maximum, share = D(10), D("0.25")  # a base of 7.5: not a whole number
    target = Criterion("1.1", "Chỉ tiêu", maximum, TargetRule("x", share, over_measure=measure))
    twin = Criterion("1.2", "Đánh giá", maximum, JudgedRule(D("0.01")))

    def over(goal: int, got: int) -> Decimal:
        return D(got - goal) / goal if measure is OverMeasure.RATIO else D(got - goal)

    best = max(over(goal, got) for goal, got in OVER.values())
    expected = {m: maximum * (1 - share) + maximum * share * over(goal, got) / best
                for m, (goal, got) in OVER.items()}
    subs = {m: sub(m, {"x": D(got)}) for m, (_, got) in OVER.items()}
    subs |= {f"{m}-twin": sub(f"{m}-twin", {"x": D(0)}, {"1.2": CriterionEntry(points)})
             for m, points in expected.items()}
    b = board(table_of(target, twin), subs,
              targets={m: {"x": D(OVER[m.removesuffix("-twin")][0])} for m in subs})
    assert {m: b.points_of(m, target) for m in OVER} == expected
    found = ranks(b)
    assert found == ranks_by_total(b)
    assert all(found[m] == found[f"{m}-twin"] for m in OVER)


def test_members_without_a_target_against_a_best_of_one() -> None:
    criterion = Criterion("1.1", "Chỉ tiêu", D(5), TargetRule("x"))
    done = {"m1": 1, "m2": 0}
    b = board(table_of(criterion), {m: sub(m, {"x": D(n)}) for m, n in done.items()})
    assert [b.points_of(m, criterion) for m in done] == [D(5), D(0)]
    assert ranks(b) == ranks_by_total(b) == {"m1": 1, "m2": 2}


def test_a_capped_count_with_a_fractional_maximum_ties_with_its_twin() -> None:
    maximum = D("2.5")
    capped = Criterion("1.1", "Lớp tập huấn", maximum, PerOccurrenceRule("x", D(1)))
    twin = Criterion("1.2", "Đánh giá", D(5), JudgedRule(D("0.5")))
    counts = {"a": 3, "b": 2}
    expected = {m: min(maximum, D(n)) for m, n in counts.items()}  # one point each, capped
    subs = {m: sub(m, {"x": D(n)}) for m, n in counts.items()}
    subs |= {f"{m}-twin": sub(f"{m}-twin", {}, {"1.2": CriterionEntry(points)})
             for m, points in expected.items()}
    b = board(table_of(capped, twin), subs)
    assert {m: b.points_of(m, capped) for m in counts} == expected
    found = ranks(b)
    assert found == ranks_by_total(b)
    assert all(found[m] == found[f"{m}-twin"] for m in counts)


def test_a_negative_half_way_deduction_rounds_away_from_zero() -> None:
    precision = D("0.1")
    judged = Criterion("1.1", "Đánh giá", D(5), JudgedRule(precision))
    minus = Criterion("2.1", "Trừ", D(0), AdjustmentRule((AdjustmentItem("x", D("-0.25")),),
                                                          D(-5), D(0)))
    deducted = (D("-0.25")).quantize(precision, rounding=ROUND_HALF_UP)  # half away: -0.3
    assert deducted == D("-0.3")
    subs = {"a": sub("a", {"x": D(1)}, {"1.1": CriterionEntry(D(1))}),
            "a-twin": sub("a-twin", {}, {"1.1": CriterionEntry(D(1) + deducted)})}
    b = board(table_of(judged, bonus=minus), subs, precision=precision)
    assert b.points_of("a", minus) == deducted
    assert ranks(b) == ranks_by_total(b) == {"a": 1, "a-twin": 1}


def test_vectorised_tells_whether_numpy_can_be_imported(monkeypatch: pytest.MonkeyPatch,
                                                        ) -> None:
    pytest.importorskip("numpy")
    assert kernels.vectorised()
    monkeypatch.setitem(sys.modules, "numpy", None)  # import numpy now fails
    assert not kernels.vectorised()


def test_a_large_column_is_scored_by_its_numpy_kernel(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    from emulation_core import npcolumns

    made: list[str] = []
    numpy_kernel = npcolumns.kernel

    def counted(criterion: Criterion, units: Units) -> object:
        made.append(criterion.code)
        return numpy_kernel(criterion, units)

    monkeypatch.setattr(npcolumns, "kernel", counted)
    monkeypatch.setattr(kernels, "VECTOR_FROM", 3)  # three members make a large column
    criterion = Criterion("1.1", "So với khối", D(6), RelativeRule("x"))
    counts = {"m1": 4, "m2": 1, "m3": 2}
    b = board(table_of(criterion), {m: sub(m, {"x": D(n)}) for m, n in counts.items()})
    assert ranks(b) == ranks_by_total(b) == {"m1": 1, "m2": 3, "m3": 2}
    assert made == ["1.1"]


def test_a_large_bloc_past_exact_floats_takes_its_bloc_figures_from_the_rows(
        monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("numpy")
    monkeypatch.setattr(kernels, "VECTOR_FROM", 3)  # three members make a large bloc
    criterion = Criterion("1.1", "So với khối", D(6), RelativeRule("x"))
    counts = {"m1": 2**53, "m2": 2**52, "m3": 0}  # 2**53: past what a float holds exactly
    b = board(table_of(criterion), {m: sub(m, {"x": D(n)}) for m, n in counts.items()})
    best = max(counts.values())
    assert {m: b.points_of(m, criterion) for m in counts} == {
        m: criterion.max_points * n / best for m, n in counts.items()}
    assert ranks(b) == ranks_by_total(b) == {"m1": 1, "m2": 2, "m3": 3}
