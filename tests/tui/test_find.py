"""Tone-insensitive matching and stepping between rows."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from emulation_tui.find import fold, matches, step_to


def test_fold_drops_marks_and_case() -> None:
    assert fold("Xếp loại Đông Triều") == "xep loai dong trieu"
    assert fold("ĐỜI") == "doi"


def test_matches_a_code_or_every_word_of_a_title() -> None:
    assert matches("xep", "1.1.2", "Xếp loại chi hội")
    assert matches("1.1.10", "1.1.10", "Báo cáo định kỳ")
    assert not matches("1.1.1", "1.1.10", "Báo cáo định kỳ")
    assert matches("bao ky", "2", "Báo cáo định kỳ")
    assert not matches("bao quy", "2", "Báo cáo định kỳ")
    assert not matches("  ", "2", "Báo cáo")


def test_step_to_wraps_and_goes_back() -> None:
    keys = ["a", "b", "c", "d"]
    assert step_to(keys, "b", lambda k: k in "ad") == "d"
    assert step_to(keys, "d", lambda k: k in "ad") == "a"
    assert step_to(keys, "b", lambda k: k in "ad", -1) == "a"
    assert step_to(keys, "a", lambda k: k in "ad", -1) == "d"
    assert step_to(keys, None, lambda k: True) == "a"
    assert step_to(keys, "a", lambda k: False) is None


@given(st.text(alphabet="aăâbdđeêioôơuưyàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệ ĐĂ", max_size=20))
def test_a_title_always_matches_itself_without_marks(title: str) -> None:
    folded = fold(title)
    assert fold(folded) == folded
    if title.split():
        assert matches(folded, "x", title)
