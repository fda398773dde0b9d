"""The one grammar for figures typed by people: a table of examples and round trips."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core.numbers import (
    MAX_FRACTION_DIGITS,
    MAX_INTEGER_DIGITS,
    NumberError,
    format_typed,
    parse_decimal,
    read_number,
)

D = Decimal
NBSP, NNBSP = "\u00a0", "\u202f"

# (typed, counts whole things?, the value read, or None when refused)
EXAMPLES: list[tuple[str, bool, Decimal | None]] = [
    # plain whole numbers and the decimal comma
    ("0", False, D(0)),
    ("7", False, D(7)),
    ("1430", False, D(1430)),
    ("007", False, D(7)),
    ("12,5", False, D("12.5")),
    ("0,25", False, D("0.25")),
    ("1,5", False, D("1.5")),
    ("1,25", False, D("1.25")),
    ("1,5000", False, D("1.5")),
    ("0,500", False, D("0.5")),
    ("12,50", False, D("12.50")),
    # Vietnamese grouping with dots, with and without decimals
    ("250.000.000", False, D(250_000_000)),
    ("1.234.567", False, D(1_234_567)),
    ("1.234,5", False, D("1234.5")),
    ("1.234.567,89", False, D("1234567.89")),
    ("250.000", True, D(250_000)),
    ("1.430", True, D(1430)),
    ("1.000", True, D(1000)),
    # spaces (plain, no-break, narrow no-break) group thousands too
    ("1 430", False, D(1430)),
    (f"250{NBSP}000{NBSP}000", False, D(250_000_000)),
    (f"1{NNBSP}234,5", False, D("1234.5")),
    ("  12,5  ", False, D("12.5")),
    # the plain decimal point, where it cannot be a thousands dot
    ("12.5", False, D("12.5")),
    ("0.125", False, D("0.125")),
    ("12.5000", False, D("12.5")),
    ("1234.567", False, D("1234.567")),
    ("0.430", False, D("0.43")),
    # signs
    ("-12,5", False, D("-12.5")),
    ("\u22123", False, D(-3)),
    ("+4", False, D(4)),
    # ambiguous: one separator, then exactly three digits
    ("1.430", False, None),
    ("1.000", False, None),
    ("250.000", False, None),
    ("1,500", False, None),
    ("1,430", True, None),
    ("12,345", False, None),
    # the English forms and malformed grouping
    ("1,234.5", False, None),
    ("1,234,567", False, None),
    ("1.23.456", False, None),
    ("12.34.567", False, None),
    ("1.2345.678", False, None),
    ("012.345.678", False, None),
    ("1 234.5", False, None),
    ("1 43", False, None),
    ("1.234 567", False, None),
    # not a number at all
    ("", False, None),
    ("   ", False, None),
    ("abc", False, None),
    ("12,5%", False, None),
    ("250.000.000 đ", False, None),
    (".5", False, None),
    ("5.", False, None),
    ("12,", False, None),
    (",5", False, None),
    ("--1", False, None),
    ("NaN", False, None),
    ("Infinity", False, None),
    # counts must be whole
    ("1.5", True, None),
    ("2,5", True, None),
    # the documented limits
    ("1e999999", False, None),
    ("1E-30", False, None),
    ("999.999.999.999.999", False, D(999_999_999_999_999)),
    ("1.000.000.000.000.000", False, None),
    ("0,000001", False, D("0.000001")),
    ("0,0000001", False, None),
    ("1" * 5000, False, None),
]


@pytest.mark.parametrize(("typed", "integer", "expected"), EXAMPLES,
                         ids=[f"{t!r}{'-count' if i else ''}" for t, i, _ in EXAMPLES])
def test_each_example_reads_as_documented(typed: str, integer: bool,
                                          expected: Decimal | None) -> None:
    if expected is None:
        with pytest.raises(NumberError) as refused:
            read_number(typed, integer=integer)
        assert refused.value.message and refused.value.hint
    else:
        reading = read_number(typed, integer=integer)
        assert reading.value == expected
        assert parse_decimal(typed, integer=integer) == expected


def test_the_table_is_large_enough() -> None:
    assert len(EXAMPLES) >= 40


@pytest.mark.parametrize(("typed", "integer", "hint"), [
    ("1.430", False, "write 1430 for the whole number or 1,43 for the decimal"),
    ("250.000", False, "write 250000 for the whole number or 250 for the decimal"),
    ("1,500", True, "write 1500 for the whole number or 1,5 for the decimal"),
    ("1,234.5", False, "1.234,5"),
    ("1e999999", False, "write the number in full"),
    ("1.5", True, "counts whole things"),
])
def test_a_refusal_says_how_to_write_it(typed: str, integer: bool, hint: str) -> None:
    with pytest.raises(NumberError) as refused:
        read_number(typed, integer=integer)
    assert hint in refused.value.hint
    assert f"'{typed}'" in refused.value.message


@pytest.mark.parametrize(("typed", "grouping", "mark"), [
    ("1.430", ".", ""), ("1 430", " ", ""), ("1430", "", ""), ("1.234,5", ".", ","),
    ("12.5", "", "."), ("12,5", "", ","),
])
def test_the_reading_says_how_the_figure_was_read(typed: str, grouping: str,
                                                  mark: str) -> None:
    reading = read_number(typed, integer=typed in ("1.430", "1 430", "1430"))
    assert (reading.grouping, reading.decimal_mark) == (grouping, mark)
    assert reading.text == typed


@pytest.mark.parametrize(("raw", "expected"), [
    (1.5, D("1.5")), (0.1, D("0.1")), (1430, D(1430)), (D("2.25"), D("2.25")),
    ("1.430,5", D("1430.5")),
])
def test_toml_numbers_keep_their_meaning_and_strings_are_typed(raw: object,
                                                               expected: Decimal) -> None:
    assert parse_decimal(raw) == expected


@pytest.mark.parametrize("raw", [True, 1e30, 10 ** 5000, float("inf"), float("nan"), 1e-30,
                                 [1], D("1E+20")],
                         ids=["bool", "1e30", "5000 digits", "inf", "nan", "1e-30", "list",
                              "Decimal 1E+20"])
def test_toml_values_beyond_the_limits_are_refused(raw: object) -> None:
    with pytest.raises(NumberError):
        parse_decimal(raw)


_LIMIT = 10 ** MAX_INTEGER_DIGITS


def _within_limits() -> st.SearchStrategy[Decimal]:
    return st.builds(lambda units, places, negative: D(units).scaleb(-places)
                     .copy_sign(D(-1) if negative else D(1)),
                     st.integers(0, _LIMIT - 1), st.integers(0, MAX_FRACTION_DIGITS),
                     st.booleans()).filter(lambda v: abs(v) < _LIMIT)


@given(_within_limits())
def test_vietnamese_form_reads_back_to_the_same_value(value: Decimal) -> None:
    assert read_number(format_typed(value)).value == value


@given(st.integers(-_LIMIT + 1, _LIMIT - 1))
def test_counts_read_back_with_their_thousands_dots(value: int) -> None:
    text = format_typed(D(value), integer=True)
    assert read_number(text, integer=True).value == value
    if abs(value) >= 1000:
        assert "." in text


@given(st.text(alphabet="0123456789.,- \u00a0e", max_size=24), st.booleans())
def test_any_text_reads_or_is_refused_with_a_hint(text: str, integer: bool) -> None:
    try:
        reading = read_number(text, integer=integer)
    except NumberError as refused:
        assert refused.hint
    else:
        assert abs(reading.value) < _LIMIT
        assert not integer or reading.whole


@pytest.mark.parametrize(("typed", "integer", "vi", "en"), [
    ("1.430", False, "'1.430' chưa rõ nghĩa: 1430 (hàng nghìn) hay 1,43 (số thập phân)?",
     "'1.430' is ambiguous: 1430 (thousands) or 1,43 (a decimal)?"),
    ("1.5", True, "'1.5' không phải số nguyên", "'1.5' is not a whole number"),
    ("1,234.5", False, "'1,234.5' đặt dấu phẩy trước dấu chấm (kiểu tiếng Anh)",
     "'1,234.5' puts the comma before the dot (the English form)"),
    ("1" * 16, False, f"'{'1' * 16}' quá lớn (quá 15 chữ số phần nguyên)",
     f"'{'1' * 16}' is too large (more than 15 digits before the decimal mark)"),
])
def test_a_refusal_is_said_in_both_languages_from_the_catalog(typed: str, integer: bool,
                                                              vi: str, en: str) -> None:
    with pytest.raises(NumberError) as refused:
        read_number(typed, integer=integer)
    error = refused.value
    assert (error.message_text("vi"), error.message_text("en")) == (vi, en)
    assert error.message == str(error) == en
    assert error.hint_text("en") == error.hint and error.hint_text("vi") != error.hint


def test_the_ambiguity_hint_names_both_readings_in_vietnamese() -> None:
    with pytest.raises(NumberError) as refused:
        read_number("250.000")
    assert refused.value.hint_text("vi").startswith("gõ 250000 nếu là số nguyên hoặc 250 ")
