"""Vietnamese text helpers: NFC, safe ids."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import is_safe_id, nfc, vi_sort_key


def test_nfc_composes_decomposed_vietnamese() -> None:
    word = "Hội Khuyến học"
    decomposed = unicodedata.normalize("NFD", word)
    assert len(decomposed) > len(word)
    assert nfc(decomposed) == word


@pytest.mark.parametrize("value", ["hoi-a", "lien_minh_htx", "a", "2018-ca-nam"])
def test_safe_ids(value: str) -> None:
    assert is_safe_id(value)


@pytest.mark.parametrize("value", ["", "../x", "a/b", "Hoi", "con", "nul", "com1", "-a",
                                   "x" * 65, "hội"])
def test_unsafe_ids(value: str) -> None:
    assert not is_safe_id(value)


@given(st.text())
def test_sort_key_ignores_normalisation_form(text: str) -> None:
    assert vi_sort_key(unicodedata.normalize("NFD", text))[:2] == vi_sort_key(nfc(text))[:2]
