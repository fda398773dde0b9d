"""A bonus/deduction rule's parts and a formula rule's expression, as plugins and the
reference scoring read them: the bonus and deduction items' exact totals, an indicator not
reported counting 0; a formula rule made from a parsed Formula or from its text is the
same rule (docs/plugins.md, docs/scoring.md "Bonus and deduction")."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import AdjustmentItem, AdjustmentRule, FormulaRule
from emulation_core.blocstats import BlocStats
from emulation_core.formula import Formula

D = Decimal
KEYS = ("thuong", "tru", "muon", "khac")

each = st.integers(-40, 40).filter(bool).map(lambda k: D(k) / 4)
counts = st.integers(0, 30).map(lambda k: D(k) / 2)


@given(st.lists(st.tuples(st.sampled_from(KEYS), each), min_size=1, max_size=4),
       st.dictionaries(st.sampled_from(KEYS), counts))
def test_the_parts_are_the_positive_and_negative_items_of_the_figures_reported(
        items: list[tuple[str, Decimal]], reported: dict[str, Decimal]) -> None:
    rule = AdjustmentRule(tuple(AdjustmentItem(k, e) for k, e in items), D(-10_000), D(10_000))
    amounts = [Fraction(reported[k]) * Fraction(e) for k, e in items if k in reported]
    bonus, deduction = rule.parts(reported)
    assert bonus == sum(a for a in amounts if a > 0)
    assert deduction == -sum(a for a in amounts if a < 0)
    # within wide bounds the rule's points are exactly the bonus less the deduction
    assert Fraction(rule.points(D(0), reported, {}, BlocStats())) == bonus - deduction


def test_an_indicator_not_reported_adds_nothing_to_either_part() -> None:
    rule = AdjustmentRule((AdjustmentItem("thuong", D(2)), AdjustmentItem("tru", D(-1))),
                          D(-10), D(10))
    assert rule.parts({}) == (0, 0)
    assert rule.parts({"tru": D(3)}) == (0, 3)
    assert rule.parts({"thuong": D(3)}) == (6, 0)


def test_a_formula_rule_from_a_parsed_formula_is_the_rule_from_its_text() -> None:
    text = "min(a / max(target(a), 1), 1) * 4"
    parsed = FormulaRule(Formula(text))
    assert parsed == FormulaRule(text)
    assert parsed.formula.source == text
    assert parsed.indicators == frozenset({"a"})
    again = evolve(parsed)  # attrs runs the converter again on the Formula it holds
    assert again == parsed
    values, targets = {"a": D(3)}, {"a": D(4)}
    assert again.points(D(4), values, targets, BlocStats()) \
        == FormulaRule(text).points(D(4), values, targets, BlocStats()) == D(3)
