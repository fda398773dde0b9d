"""Rounding at the edges (docs/scoring.md, "Exact scores"): half away from zero, exactly,
for numbers far past what a float holds (up to the 28 significant digits of Python's
Decimal context, in which the Decimal side counts), in Decimals (``exact.round_ratio``)
and in the integer engine's units (``Units.rounded``); the integer finish keeps a result inside
bounds that are not multiples of the precision; a unit covering no figures is the
precision's own."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import units as units_module
from emulation_core.exact import round_ratio
from emulation_core.units import Units, decimals_of

D = Decimal
PRECISIONS = (D(1), D("0.1"), D("0.01"), D("0.001"), D("0.25"), D("2.5"))
precisions = st.sampled_from(PRECISIONS)
huge = st.integers(-10**22, 10**22)  # past 2^53; results within 28 significant digits
huge_positive = st.integers(1, 10**22)


def half_away(value: Fraction, precision: Decimal) -> Fraction:
    """``value`` rounded half away from zero to a multiple of ``precision``: the law."""
    steps = abs(value) / Fraction(precision)
    whole = int(steps) + (1 if steps - int(steps) >= Fraction(1, 2) else 0)
    return (-whole if value < 0 else whole) * Fraction(precision)


@given(precisions, huge, huge_positive)
def test_rounding_is_exact_far_past_floats(precision: Decimal, n: int, d: int) -> None:
    expected = half_away(Fraction(n, d), precision)
    assert Fraction(round_ratio(n, d, precision)) == expected
    units = Units(precision, 3)
    assert Fraction(units.to_decimal(units.rounded(n, d))) == expected


def test_a_half_step_missed_by_one_in_10_to_the_20_rounds_down() -> None:
    # 10^20 / (2·10^20 + 1) is just under a half: a float sees exactly a half
    n, d = 10**20, 2 * 10**20 + 1
    assert round_ratio(n, d, D(1)) == 0 and round_ratio(-n, d, D(1)) == 0
    assert round_ratio(n, d - 1, D(1)) == 1 and round_ratio(-n, d - 1, D(1)) == -1
    units = Units(D(1), 0)
    assert (units.rounded(n, d), units.rounded(n, d - 1), units.rounded(-n, d - 1)) \
        == (0, 1, -1)
    # a whole number past 2^53 stays itself, not the float nearest to it
    big = 10**20 + 1
    assert round_ratio(big, 1, D(1)) == big
    assert units.rounded(big, 1) == big
    assert round_ratio(0, 7, D("0.01")).as_tuple() == D("0.00").as_tuple()


@given(precisions, st.sampled_from([D(0), D("-2.5"), D("-0.05"), D(-10)]),
       st.sampled_from([D("2.5"), D("0.05"), D(3), D("12.345")]),
       st.integers(-10**6, 10**6), st.integers(1, 10**3))
def test_the_integer_finish_stays_inside_its_bounds(precision: Decimal, low: Decimal,
                                                    high: Decimal, n: int, d: int) -> None:
    units = Units.covering(precision, (low, high))
    got = Fraction(units.to_decimal(units.finisher(low, high)(n, d)))
    clamped = min(max(Fraction(n, d), Fraction(low)), Fraction(high))
    rounded = half_away(clamped, precision)
    assert got == min(max(rounded, Fraction(low)), Fraction(high))  # the law, in order


def test_a_bound_between_steps_is_the_most_a_result_gets() -> None:
    units = Units.covering(D(1), (D("-2.5"), D("2.5")))
    finish = units.finisher(D("-2.5"), D("2.5"))
    # ±2.5 round away from zero to ±3, past the bound: the bound it is
    assert [units.to_decimal(finish(n, 2)) for n in (5, 4, -4, -5, 9, -9)] \
        == [D("2.5"), D(2), D(-2), D("-2.5"), D("2.5"), D("-2.5")]
    low_only = Units.covering(D(1), (D("-2.5"), D(3))).finisher(D("-2.5"), D(3))
    assert low_only(-5, 2) == -25 and low_only(5, 2) == 30
    high_only = Units.covering(D(1), (D(0), D("2.5"))).finisher(D(0), D("2.5"))
    assert high_only(5, 2) == 25 and high_only(-5, 2) == 0
    # a script's campaign may count in steps of 2.5: 1 rounds to 0, below the bound 1
    coarse = Units.covering(D("2.5"), (D(1), D(5)))
    assert coarse.to_decimal(coarse.finisher(D(1), D(5))(1, 1)) == 1
    # or of 2: 3 is a step and a half, rounded to 4, past the bound 3
    assert Units.covering(D(2), (D(0), D(3))).finisher(D(0), D(3))(3, 1) == 3
    # a bound on the grid whose fraction has a denominator: −0.7 is below −0.5
    tenths = Units.covering(D("0.1"), (D("-0.5"), D(1)))
    assert tenths.to_decimal(tenths.finisher(D("-0.5"), D(1))(-7, 10)) == D("-0.5")


def test_a_unit_covering_no_figures_is_the_precisions() -> None:
    for precision, decimals in ((D(1), 0), (D("0.01"), 2), (D("0.25"), 2)):
        units = Units.covering(precision, [])
        assert (units.decimals, units.step) == (decimals, units.of(precision))


def test_decimals_are_counted_as_written() -> None:
    assert [decimals_of(D(v)) for v in ("12", "1.50", "0.001", "1E+3", "-2.5")] \
        == [0, 2, 3, 0, 1]
    assert [decimals_of(D(v)) for v in ("Infinity", "-Infinity", "NaN")] == [0, 0, 0]


def test_the_figures_a_unit_remembers_stay_few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(units_module, "_KNOWN_MOST", 2)
    units = Units(D("0.01"), 0)
    for _ in range(2):  # converted again: the ones remembered and the others agree
        assert [units.of(D(k) / 4) for k in range(6)] == [0, 25, 50, 75, 100, 125]
        assert len(units.known) == 2
