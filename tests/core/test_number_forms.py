"""Numbers written back for people (docs/numbers.md): the Vietnamese form reads back to the
same value at the edges where grouping or a trailing zero must change; it keeps the digits
it can; an ambiguous figure's refusal carries both readings; points are shown rounded half
away from zero at the precision, with a decimal comma in Vietnamese and never as −0."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from emulation_core.numbers import NumberError, format_points, format_typed, read_number

D = Decimal


@given(st.integers(-999_999_999, 999_999_999), st.integers(0, 4))
@example(1000, 0)
@example(999_999, 0)
@example(1_000_000, 0)
@example(1234, 3)
@example(-1234, 3)
@example(1500, 3)
def test_the_vietnamese_form_reads_back_and_groups_only_where_it_is_safe(
        units: int, places: int) -> None:
    value = D(units).scaleb(-places)
    text = format_typed(value)
    assert read_number(text).value == value
    whole, _, fraction = f"{abs(value):f}".partition(".")
    if not fraction and 1000 <= int(whole) < 1_000_000:
        assert text.lstrip("-") == whole  # "1.430" would be ambiguous: plain digits
    else:
        assert text.lstrip("-").split(",")[0] == f"{int(whole):,}".replace(",", ".")
    if fraction and not (len(fraction) == 3 and 1 <= len(whole) <= 3 and int(whole)):
        assert text.endswith("," + fraction)  # every decimal written kept


@pytest.mark.parametrize("typed", ["1.430", "12.500", "1,430"])
def test_an_ambiguous_figure_is_refused_with_both_readings(typed: str) -> None:
    with pytest.raises(NumberError) as caught:
        read_number(typed)
    error = caught.value
    before, after = typed.replace(",", ".").split(".")
    assert error.kind == "ambiguous"
    assert error.readings == (D(before + after), D(f"{before}.{after}"))


def test_an_errors_texts_are_english_unless_a_language_is_asked() -> None:
    with pytest.raises(NumberError) as caught:
        read_number("1.430")
    error = caught.value
    assert error.message_text() == error.message == str(error)
    assert error.hint_text() == error.hint
    assert error.message_text("vi") != error.message


@given(st.integers(-10**9, 10**9), st.integers(0, 6),
       st.sampled_from([D(1), D("0.1"), D("0.01"), D("0.001")]), st.booleans())
@example(5, 3, D("0.01"), False)      # 0.005 → 0.01
@example(-5, 3, D("0.01"), False)     # −0.005 → −0.01
@example(-4, 3, D("0.01"), True)      # −0.004 → 0, never "−0"
def test_points_are_shown_rounded_half_away_from_zero_at_the_precision(
        units: int, places: int, precision: Decimal, comma: bool) -> None:
    value = D(units).scaleb(-places)
    text = format_points(value, comma=comma, precision=precision)
    assert ("." not in text) if comma else ("," not in text)
    shown = D(text.replace(",", "."))
    assert shown.as_tuple().exponent == precision.as_tuple().exponent
    assert shown % precision == 0
    gap = abs(shown - value)
    assert gap <= precision / 2
    if gap == precision / 2:
        assert abs(shown) > abs(value)  # half-way: away from zero
    if shown == 0:
        assert not text.startswith("-")


def test_points_default_to_two_decimals_with_a_point_and_none_is_a_dash() -> None:
    assert format_points(D("2.345")) == "2.35"
    assert format_points(D("2.345"), comma=True) == "2,35"
    assert format_points(None) == "–"
