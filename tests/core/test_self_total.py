"""The self total is the unit's claim: its self-scores, else points computed from the figures
it reported, never from the verifier's corrections (docs/scoring.md, "Which score counts")."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import Correction, Criterion, RelativeRule, Submission, TargetRule
from emulation_core.blocstats import Figure

from .test_scoring import board, sub, table_of

D = Decimal


def corrected(member: str, values: dict[str, Decimal],
              fixes: dict[str, Decimal]) -> Submission:
    return evolve(sub(member, values),
                  corrections={k: Correction(v, "sổ ghi khác") for k, v in fixes.items()})


def test_a_correction_moves_the_total_but_not_the_self_total() -> None:
    table = table_of(Criterion("1.1", "Hội viên mới", D(10), TargetRule("members")))
    targets = {"m1": {"members": D(10)}}
    b = board(table, {"m1": corrected("m1", {"members": D(8)}, {"members": D(5)})},
              targets=targets)
    score = b.score("m1")
    assert score.total == D(10) * 5 / 10
    assert score.self_total == D(10) * 8 / 10
    (line,) = b.breakdown("m1")
    assert line.computed == score.total  # the breakdown computes from the corrected figure


def test_a_comparative_claim_is_compared_with_the_bloc_figures_that_count() -> None:
    """m1 reported 10, corrected to 6; m2 reported 8. The bloc's best that counts is 8 (m2),
    so m2 claims the full 10 (against the reported 10 it would claim 8) and m1's own 10
    claims the maximum too, while m1's total is 6 of 8."""
    table = table_of(Criterion("1.1", "Quỹ", D(10), RelativeRule("fund")))
    b = board(table, {"m1": corrected("m1", {"fund": D(10)}, {"fund": D(6)}),
                      "m2": sub("m2", {"fund": D(8)})})
    stats = b.bloc_stats("m1", "1.1")
    assert stats is not None and stats.of("fund").best == Figure(Fraction(8), ("m2",))
    assert b.score("m2").self_total == D(10)
    assert b.score("m1").self_total == D(10)
    assert b.score("m1").total == D("7.5")


def test_the_self_total_after_an_edit_is_the_self_total_afresh() -> None:
    table = table_of(Criterion("1.1", "Quỹ", D(10), RelativeRule("fund")),
                     Criterion("1.2", "Hội viên", D(10), TargetRule("members")))
    targets = {"m1": {"members": D(10)}, "m2": {"members": D(10)}}
    plain = {"m1": sub("m1", {"fund": D(10), "members": D(9)}),
             "m2": sub("m2", {"fund": D(8), "members": D(4)})}
    b = board(table, plain, targets=targets)
    fixed = corrected("m1", {"fund": D(10), "members": D(9)}, {"fund": D(6), "members": D(3)})
    b.update(fixed)
    fresh = board(table, {**plain, "m1": fixed}, targets=targets)
    for member in ("m1", "m2"):
        assert b.score(member).self_total == fresh.score(member).self_total
        assert b.score(member).total == fresh.score(member).total
    assert b.score("m1").self_total > b.score("m1").total


figures = st.integers(min_value=0, max_value=500).map(D)


@given(reported=figures, target=st.integers(min_value=1, max_value=500).map(D),
       fix=st.none() | figures)
def test_a_non_comparative_self_total_ignores_any_correction(
        reported: Decimal, target: Decimal, fix: Decimal | None) -> None:
    table = table_of(Criterion("1.1", "Hội viên mới", D(10), TargetRule("members")))
    targets = {"m1": {"members": target}}
    fixes = {} if fix is None else {"members": fix}
    with_fix = board(table, {"m1": corrected("m1", {"members": reported}, fixes)},
                     targets=targets)
    without = board(table, {"m1": sub("m1", {"members": reported})}, targets=targets)
    assert with_fix.score("m1").self_total == without.score("m1").self_total
    assert with_fix.score("m1").total == board(
        table, {"m1": sub("m1", {"members": reported if fix is None else fix})},
        targets=targets).score("m1").total
