"""Published policy: self total, rating states, deduction parts, contained rule failures."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

import pytest
from attrs import frozen

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Criterion,
    CriterionEntry,
    JudgedRule,
    RatingBand,
    RatingState,
    RelativeRule,
    Status,
    YesNoRule,
    explanation_text,
)
from emulation_core.blocstats import BlocStats
from emulation_core.rules import Finish, Points

from .test_scoring import board, sub, table_of

D = Decimal


# -- self total ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("entry", "self_total"), [
    (CriterionEntry(None, D(6)), D(4)),         # verified only: the unit claimed nothing
    (CriterionEntry(D(8), D(6)), D(12)),        # its own 8 counts, not the verifier's 6
    (CriterionEntry(D(8)), D(12)),
    (CriterionEntry(), D(4)),
])
def test_self_total_is_what_the_unit_claimed_never_the_verifier_score(
        entry: CriterionEntry, self_total: Decimal) -> None:
    criteria = (Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan")),
                Criterion("1.2", "Kiểm tra", D(10), JudgedRule(D("0.5"))))
    b = board(table_of(*criteria), {"m1": sub("m1", {"plan": D(1)}, {"1.2": entry})})
    assert b.score("m1").self_total == self_total


def test_self_total_keeps_the_claim_over_a_verified_computed_criterion() -> None:
    criterion = Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan"))
    b = board(table_of(criterion),
              {"m1": sub("m1", {"plan": D(1)}, {"1.1": CriterionEntry(None, D(1))})})
    score = b.score("m1")
    assert (score.total, score.self_total) == (D(1), D(4))


# -- rating states -------------------------------------------------------------------------------

BANDS = (RatingBand("good", "Tốt", "Good", D(3)), RatingBand("ok", "Đạt", "Fair", D(1)))


@pytest.mark.parametrize(("status", "plan", "state"), [
    (Status.SUBMITTED, D(1), RatingState.RATED),
    (Status.SUBMITTED, D(0), RatingState.BELOW_BANDS),
    (Status.DRAFT, D(0), RatingState.BELOW_BANDS),
    (Status.VERIFIED, D(0), RatingState.BELOW_BANDS),
    (Status.MISSING, D(1), RatingState.NOT_SUBMITTED),
])
def test_below_the_lowest_band_is_not_not_submitted(
        status: Status, plan: Decimal, state: RatingState) -> None:
    criterion = Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan"))
    b = board(table_of(criterion), {"m1": sub("m1", {"plan": plan}, status=status)},
              bands=BANDS)
    score = b.score("m1")
    assert score.rating_state is state
    assert (score.rating is None) is (state is not RatingState.RATED)


def test_no_submission_file_is_not_submitted() -> None:
    criterion = Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan"))
    b = board(table_of(criterion), {"m1": None}, bands=BANDS)
    assert b.score("m1").rating_state is RatingState.NOT_SUBMITTED


# -- deduction parts ----------------------------------------------------------------------------

def mixed(floor: int, ceiling: int) -> Criterion:
    return Criterion("2.1", "Thưởng, trừ", D(0), AdjustmentRule(
        (AdjustmentItem("flags", D(3)), AdjustmentItem("late", D("-0.5"))), D(floor),
        D(ceiling)))


@pytest.mark.parametrize(("flags", "late", "floor", "ceiling", "points", "bonus", "minus"), [
    (4, 8, -5, 20, D(8), D(12), D(4)),        # no clamp: 12 − 4
    (4, 8, -5, 10, D(8), D(12), D(4)),
    (5, 4, -5, 10, D(10), D(12), D(2)),       # ceiling: the bonus part is cut
    (0, 20, -5, 10, D(-5), D(0), D(5)),       # floor: the deduction part is cut
    (1, 20, -5, 10, D(-5), D(3), D(8)),       # 3 − 10 = −7: the floor gives 2 back
    (0, 3, -5, 10, D("-1.5"), D(0), D("1.5")),
    (2, 0, -5, 10, D(6), D(6), D(0)),
    (0, 0, -5, 10, D(0), D(0), D(0)),
])
def test_deductions_are_the_deduction_items_only(
        flags: int, late: int, floor: int, ceiling: int, points: Decimal, bonus: Decimal,
        minus: Decimal) -> None:
    table = table_of(Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan")),
                     bonus=mixed(floor, ceiling))
    b = board(table, {"m1": sub("m1", {"flags": D(flags), "late": D(late)})})
    score = b.score("m1")
    assert (b.breakdown("m1")[1].points, score.bonus, score.deductions) == (points, bonus, minus)
    assert score.bonus - score.deductions == points


def test_a_verified_adjustment_is_split_by_its_sign() -> None:
    table = table_of(Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan")), bonus=mixed(-5, 10))
    entry = {"2.1": CriterionEntry(None, D(-2))}
    b = board(table, {"m1": sub("m1", {"flags": D(4), "late": D(8)}, entry)})
    assert (b.score("m1").bonus, b.score("m1").deductions) == (D(0), D(2))


def test_deductions_tie_break_counts_deduction_items_in_a_mixed_criterion() -> None:
    # both end at 2 + 4 = 6 points; m1 got there with 2 deduction points, m2 with none
    table = table_of(Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan")), bonus=mixed(-5, 10))
    b = board(table, {"m1": sub("m1", {"plan": D(1), "flags": D(2), "late": D(8)}),
                      "m2": sub("m2", {"plan": D(1), "flags": D(2), "late": D(4)}),
                      "m3": sub("m3", {"plan": D(0), "flags": D(2), "late": D(0)})},
              tie_break=("deductions",))
    # m1: 4 + 6 − 4 = 6; m3: 0 + 6 = 6; m2: 4 + 4 = 8
    ranking = b.ranking
    assert [(r.score.member.id, r.rank, r.separated_by) for r in ranking] == [
        ("m2", 1, None), ("m3", 2, "deductions"), ("m1", 3, "deductions")]


# -- a rule that raises -------------------------------------------------------------------------

@frozen
class ExplodingRule(RelativeRule):
    """A plugin's rule whose scoring function raises for one member's figures."""

    def compiled(self, maximum: Decimal, finish: Finish = lambda f: D(0)) -> Points:
        inner = super().compiled(maximum, finish)

        def points(values: Mapping[str, Decimal], targets: Mapping[str, Decimal],
                   stats: BlocStats) -> Decimal:
            if values.get("blood", D(0)) > 100:
                raise ZeroDivisionError("plugin bug")
            return inner(values, targets, stats)

        return points


def test_a_rule_that_raises_scores_zero_with_a_warning_and_scoring_goes_on() -> None:
    table = table_of(Criterion("1.1", "Hiến máu", D(10), ExplodingRule("blood")),
                     Criterion("1.2", "Kế hoạch", D(4), YesNoRule("plan")))
    b = board(table, {"m1": sub("m1", {"blood": D(500), "plan": D(1)}),
                      "m2": sub("m2", {"blood": D(50), "plan": D(1)},
                                {"1.1": CriterionEntry(None, D(3))})})
    assert b.score("m1").total == D(4)              # the broken criterion scores 0
    assert b.score("m2").total == D(3) + D(4)       # the verifier's score still counts
    (warning,) = b.warnings
    assert "'t'" in str(warning) and "1.1" in str(warning) and "ExplodingRule" in str(warning)
    assert [r.score.member.id for r in b.ranking] == ["m2", "m1"]
    lines = b.breakdown("m1")
    assert (lines[0].points, lines[0].computed) == (0, 0)
    assert explanation_text(lines[0].explanation, "vi")
    b.update(sub("m1", {"blood": D(20), "plan": D(1)}))
    assert b.score("m1").total == D(4) + D(4)  # 20 of the bloc's best 50 × 10
    assert len(b.warnings) == 1  # reported once, however often it is scored


def test_a_rule_that_cannot_even_compile_is_contained() -> None:
    @frozen
    class Broken(YesNoRule):
        def compiled(self, maximum: Decimal, finish: Finish = lambda f: D(0)) -> Points:
            raise ValueError("bad plugin")

    table = table_of(Criterion("1.1", "Kế hoạch", D(4), Broken("plan")),
                     Criterion("1.2", "Khác", D(4), YesNoRule("plan")))
    b = board(table, {"m1": sub("m1", {"plan": D(1)})})
    assert b.score("m1").total == D(4)
    assert any("Broken" in str(w) and "1.1" in str(w) for w in b.warnings)
