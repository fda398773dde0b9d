"""A member type whose criteria table has no section at all still scores exact Decimal
zeros: total, self-assessed total, bonus, deductions, the percent of nothing reachable."""

from __future__ import annotations

from decimal import Decimal

from emulation_core import CriteriaTable

from .test_scoring import board, sub


def test_a_table_without_sections_scores_decimal_zeros() -> None:
    score = board(CriteriaTable((), {}), {"m1": sub("m1")}).score("m1")
    figures = (score.total, score.self_total, score.bonus, score.deductions, score.reachable,
               score.percent)
    assert all(isinstance(f, Decimal) and f == 0 for f in figures), figures
    assert score.sections == ()
