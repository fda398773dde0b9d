"""Figures in words, for echoing how a typed figure was read."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import number_words, read_number

D = Decimal


@pytest.mark.parametrize(("value", "vi", "en"), [
    ("0", "không", "zero"),
    ("15", "mười lăm", "fifteen"),
    ("21", "hai mươi mốt", "twenty-one"),
    ("24", "hai mươi tư", "twenty-four"),
    ("105", "một trăm linh năm", "one hundred five"),
    ("110", "một trăm mười", "one hundred ten"),
    ("1430", "một nghìn bốn trăm ba mươi", "one thousand four hundred thirty"),
    ("2025", "hai nghìn không trăm hai mươi lăm", "two thousand twenty-five"),
    ("1000005", "một triệu không trăm linh năm", "one million five"),
    ("250000000", "hai trăm năm mươi triệu", "two hundred fifty million"),
    ("3000000000", "ba tỷ", "three billion"),
    ("1.43", "một phẩy bốn mươi ba", "one point four three"),
    ("1.05", "một phẩy không năm", "one point zero five"),
    ("1234.5", "một nghìn hai trăm ba mươi tư phẩy năm",
     "one thousand two hundred thirty-four point five"),
    ("-3", "âm ba", "minus three"),
])
def test_figures_are_said_as_people_say_them(value: str, vi: str, en: str) -> None:
    assert number_words(D(value), "vi") == vi
    assert number_words(D(value), "en") == en


def test_the_ambiguous_figure_reads_two_different_ways() -> None:
    as_count = read_number("1.430", integer=True).value
    assert number_words(as_count) == "một nghìn bốn trăm ba mươi"
    assert number_words(D("1.43")) == "một phẩy bốn mươi ba"


_WHOLE = st.integers(0, 10 ** 15 - 1)


@given(_WHOLE, _WHOLE)
def test_different_whole_numbers_are_said_differently(a: int, b: int) -> None:
    if a != b:
        assert number_words(D(a)) != number_words(D(b))
        assert number_words(D(a), "en") != number_words(D(b), "en")


@given(_WHOLE)
def test_words_are_single_spaced_and_never_empty(value: int) -> None:
    for lang in ("vi", "en"):
        said = number_words(D(value), lang)  # type: ignore[arg-type]
        assert said and said == " ".join(said.split())


def test_a_figure_beyond_the_limits_is_not_said() -> None:
    with pytest.raises(ValueError):
        number_words(D(10) ** 15)
