"""A bonus/deduction criterion split into its bonus and its deduction parts.

Computed from the items, the deduction part is the exact sum of the negative items and the
bonus part that of the positive ones, each rounded once; the bonus part minus the
deduction part is always the points counted, so when the ceiling cuts the points the bonus
part is the counted points plus the deductions. Items with different fractional points
each add up exactly.
"""

from __future__ import annotations

from decimal import Decimal

from emulation_core import AdjustmentItem, AdjustmentRule, CriteriaTable, Criterion, YesNoRule

from .test_scoring import board, sub, table_of

D = Decimal
ITEMS = (AdjustmentItem("a", D("0.5")), AdjustmentItem("b", D("0.25")),
         AdjustmentItem("c", D("-0.5")), AdjustmentItem("d", D("-0.25")))


def _table(ceiling: Decimal) -> CriteriaTable:
    bonus = Criterion("2.1", "Thưởng, trừ", ceiling, AdjustmentRule(ITEMS, D(-5), ceiling))
    return table_of(Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan")), bonus=bonus)


def _parts(counts: dict[str, int]) -> tuple[Decimal, Decimal]:
    """The positive items' sum and the negative items' sum (as a positive number)."""
    amounts = [item.points_each * counts.get(item.indicator, 0) for item in ITEMS]
    return sum((a for a in amounts if a > 0), D(0)), -sum((a for a in amounts if a < 0), D(0))


def _values(counts: dict[str, int]) -> dict[str, Decimal]:
    return {key: D(count) for key, count in counts.items()}


COUNTS = {"a": 3, "b": 3, "c": 1, "d": 2}  # bonus 1.5 + 0.75, deductions 0.5 + 0.5


def test_fractional_items_add_up_exactly_on_both_sides() -> None:
    bonus, deduction = _parts(COUNTS)
    assert (bonus, deduction) == (D("2.25"), D(1))
    score = board(_table(D(5)), {"m1": sub("m1", _values(COUNTS))}).score("m1")
    assert (score.bonus, score.deductions, score.total) == (bonus, deduction, bonus - deduction)


def test_under_a_cut_ceiling_the_deductions_stay_whole() -> None:
    ceiling = D(1)
    bonus, deduction = _parts(COUNTS)
    assert bonus - deduction > ceiling  # the ceiling cuts the points
    score = board(_table(ceiling), {"m1": sub("m1", _values(COUNTS))}).score("m1")
    assert score.total == ceiling
    assert (score.bonus, score.deductions) == (ceiling + deduction, deduction)


def test_fewer_deductions_break_a_tie_of_equal_totals() -> None:
    fewer = {"a": 2, "b": 3, "c": 1}  # 1 + 0.75 − 0.5 = 1.25
    bonus, deduction = _parts(COUNTS)
    assert bonus - deduction == _parts(fewer)[0] - _parts(fewer)[1]
    b = board(_table(D(5)), {"m1": sub("m1", _values(COUNTS)), "m2": sub("m2", _values(fewer))},
              tie_break=("deductions",))
    assert [b.score(m).deductions for m in ("m2", "m1")] == [_parts(fewer)[1], deduction]
    assert [(r.score.member.id, r.rank) for r in b.ranking] == [("m2", 1), ("m1", 2)]
