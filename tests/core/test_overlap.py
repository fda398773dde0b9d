"""The overlap review: Vietnamese-aware matching of registered content, and grouping."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core.overlap import overlap_key, overlaps
from emulation_core.registration import ContentKind, RegisteredItem, Registrations

FIELD, MOVEMENT = ContentKind.FIELD, ContentKind.MOVEMENT


def regs(**items: list[RegisteredItem]) -> Registrations:
    return Registrations("c", None, {m.replace("_", "-"): tuple(v) for m, v in items.items()})


@pytest.mark.parametrize(("a", "b"), [
    ("Tuyên truyền phòng chống ma túy", "tuyen truyen phong, chong ma tuy"),
    ("hiến máu tình nguyện", "Vận động hiến máu tình nguyện"),
    ("Xây dựng nông thôn mới", "Nông thôn mới, xây dựng"),
    ("Phong trào Toàn dân bảo vệ an ninh Tổ quốc", "toàn dân bảo vệ an ninh tổ quốc"),
    ("Cuộc vận động Người Việt ưu tiên dùng hàng Việt",
     "Người Việt Nam ưu tiên dùng hàng Việt Nam"),
    ("KHUYẾN HỌC, KHUYẾN TÀI", "khuyến học – khuyến tài"),
])
def test_same_content_matches(a: str, b: str) -> None:
    groups = overlaps(regs(a=[RegisteredItem(MOVEMENT, a)], b=[RegisteredItem(FIELD, b)]))
    assert [g.members for g in groups] == [("a", "b")]


@pytest.mark.parametrize(("a", "b"), [
    ("Phòng chống ma túy", "Phòng chống thiên tai"),
    ("Hiến máu tình nguyện", "Hiến đất làm đường"),
    ("Khuyến học, khuyến tài", "Khuyến nông"),
    ("Trợ giúp pháp lý", "Trợ giúp người khuyết tật"),
    ("Chăm sóc người cao tuổi", "Chăm sóc trẻ mồ côi"),
    ("Bảo trợ trẻ em mồ côi", "Bảo vệ môi trường"),
])
def test_different_content_does_not_match(a: str, b: str) -> None:
    assert overlaps(regs(a=[RegisteredItem(MOVEMENT, a)], b=[RegisteredItem(FIELD, b)])) == []


def test_items_of_one_member_alone_are_no_overlap() -> None:
    items = [RegisteredItem(FIELD, "Hiến máu tình nguyện"),
             RegisteredItem(MOVEMENT, "Vận động hiến máu tình nguyện")]
    assert overlaps(regs(a=items)) == []


def test_fields_with_the_same_tag_overlap_and_groups_are_transitive() -> None:
    groups = overlaps(regs(
        a=[RegisteredItem(FIELD, "Hiến máu", "Y tế")],
        b=[RegisteredItem(FIELD, "Khám bệnh miễn phí", "y te")],
        c=[RegisteredItem(MOVEMENT, "vận động hiến máu")],
        d=[RegisteredItem(MOVEMENT, "Trồng cây xanh")]))
    assert len(groups) == 1
    assert groups[0].members == ("a", "b", "c")
    assert groups[0].label == "Hiến máu"


VIETNAMESE = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệ"
                              "íìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ,.-", max_size=40)


def test_framing_words_brought_together_by_sorting_are_left_out_once() -> None:
    assert overlap_key("tác công xã") == overlap_key(overlap_key("tác công xã")) == "xa"
    assert overlap_key("Vận động") == "dong van"  # framing alone is kept, not emptied


@given(VIETNAMESE)
def test_the_key_is_idempotent_on_its_own_output(text: str) -> None:
    key = overlap_key(text)
    assert overlap_key(key) == key


@given(VIETNAMESE)
def test_the_key_ignores_case_tones_and_composition(text: str) -> None:
    plain = "".join(c for c in unicodedata.normalize("NFD", text)
                    if not unicodedata.combining(c)).replace("đ", "d")
    key = overlap_key(text)
    assert overlap_key(text.upper()) == key
    assert overlap_key(unicodedata.normalize("NFD", text)) == key
    assert overlap_key(plain) == key


@given(st.lists(st.sampled_from(["tuyên", "truyền", "ma", "túy", "máu", "hiến"]),
                min_size=1, max_size=6))
def test_the_key_ignores_word_order(words: list[str]) -> None:
    assert overlap_key(" ".join(words)) == overlap_key(" ".join(reversed(words)))
