"""The formula language at its edges (docs/scoring.md, "Formulas"): negative and zero
exponents, the size beyond which a power gives 0, a comparison used as a number staying
exact, a decimal literal read as written, and formulas equal by their text."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from hypothesis import example, given
from hypothesis import strategies as st

from emulation_core.formula import _MAX_BITS, Formula

D = Decimal
NONZERO = st.integers(-50, 50).filter(bool)


def value(source: str, **figures: int) -> Fraction:
    return Formula(source).evaluate({k: D(v) for k, v in figures.items()}, {})


@given(NONZERO, st.integers(1, 10))
def test_a_negative_exponent_is_one_over_the_power(x: int, n: int) -> None:
    assert value(f"a ** -{n}", a=x) == 1 / Fraction(x) ** n
    assert value(f"a ** {n}", a=x) == Fraction(x) ** n


@given(st.integers(-50, 50))
def test_anything_to_the_power_zero_is_one(x: int) -> None:
    assert value("a ** 0", a=x) == 1


@given(st.integers(1, 10))
def test_zero_to_a_negative_power_divides_by_zero_and_gives_zero(n: int) -> None:
    assert value(f"a ** -{n}", a=0) == 0
    assert value(f"a ** {n}", a=0) == 0


@given(st.integers(1, 900), st.integers(1, 10))
@example(400, 10)  # exactly at the limit: computed
@example(401, 10)  # one bit more: 0
def test_a_power_beyond_the_size_limit_gives_zero(bits: int, n: int) -> None:
    base = 2 ** (bits - 1)  # a whole number of exactly ``bits`` bits
    expected = Fraction(base) ** n if bits * n <= _MAX_BITS else 0
    assert value(f"{base} ** {n}") == expected
    assert value(f"{base} ** -{n}") == (1 / expected if expected else 0)


@given(st.integers(-5, 5), st.integers(1, 9))
def test_a_comparison_used_as_a_number_stays_exact(x: int, d: int) -> None:
    found = value(f"(a > 0) ** -1 / {d}", a=x)
    assert type(found) is Fraction
    assert found == (Fraction(1, d) if x > 0 else 0)
    flag = value("a > 0", a=x)
    assert type(flag) is Fraction and flag == (1 if x > 0 else 0)


def test_formulas_are_equal_exactly_when_their_text_is() -> None:
    assert Formula("a + 1") == Formula("a + 1")
    assert hash(Formula("a + 1")) == hash(Formula("a + 1"))
    assert Formula("a + 1") != Formula("a + 2")
    assert Formula("a + 1") != "a + 1"
    assert len({Formula("a"), Formula("a"), Formula("b")}) == 2


def test_a_decimal_literal_is_the_number_written_not_the_nearest_binary_float() -> None:
    assert value("0.1 * 10") == 1
    assert value("0.1 + 0.2 == 0.3") == 1
    assert value("a * 0.05", a=3) == Fraction(3, 20)
