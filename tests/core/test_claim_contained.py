"""A plugin's rule that raises on the unit's own reported figures only (the verifier's
corrected figures score fine): the claim on that criterion is 0, one warning names the
type, the criterion and the rule, and the scoring goes on (docs/scoring.md, "Which score
counts"; docs/plugins.md, a rule that raises)."""

from __future__ import annotations

from decimal import Decimal

from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import Correction, Criterion, Submission, YesNoRule

from .test_policy import ExplodingRule
from .test_scoring import board, half_up, sub, table_of

D = Decimal
LIMIT = 100  # ExplodingRule raises on a "blood" figure above this


def corrected(member: str, values: dict[str, Decimal], fixes: dict[str, Decimal]) -> Submission:
    return evolve(sub(member, values),
                  corrections={k: Correction(v, "sổ ghi khác") for k, v in fixes.items()})


@given(reported=st.integers(LIMIT + 1, 10_000), counted=st.integers(1, LIMIT),
       other=st.integers(1, LIMIT))
def test_a_rule_raising_on_the_reported_figures_claims_zero_with_one_warning(
        reported: int, counted: int, other: int) -> None:
    table = table_of(Criterion("1.1", "Hiến máu", D(10), ExplodingRule("blood")),
                     Criterion("1.2", "Kế hoạch", D(4), YesNoRule("plan")))
    b = board(table, {
        "m1": corrected("m1", {"blood": D(reported), "plan": D(1)}, {"blood": D(counted)}),
        "m2": sub("m2", {"blood": D(other), "plan": D(1)})})
    best = max(counted, other)
    score = b.score("m1")
    # the total counts the corrected figure against the bloc's best
    assert score.total == D(4) + half_up(D(10) * counted / best)
    # the claim from the reported figure raised: that criterion claims 0, the plan its 4
    assert score.self_total == D(4)
    (warning,) = b.warnings
    assert "'t'" in str(warning) and "1.1" in str(warning) and "ExplodingRule" in str(warning)
    assert b.score("m2").self_total == D(4) + half_up(D(10) * other / best)
