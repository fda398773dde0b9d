"""Ranking: shared ranks that skip, the tie-break chain, Vietnamese order of equal members."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    Indicator,
    JudgedRule,
    Member,
    PeriodKind,
    RankedMember,
    Scoreboard,
    Section,
    Status,
    Submission,
    rank,
    tie_break_label,
    vi_sort_key,
)
from emulation_core.ranking import parse_tie_break

D = Decimal
TABLE = CriteriaTable((
    Section("1", "Nhiệm vụ", (Criterion("1.1", "A", D(50), JudgedRule(D("0.5"))),)),
    Section("2", "Tổ chức", (Criterion("2.1", "B", D(50), JudgedRule(D("0.5"))),)),
    Section("3", "Trừ", (Criterion("3.1", "Trừ", D(0), AdjustmentRule(
        (AdjustmentItem("late", D(-1)),), D(-10), D(0))),)),
), {"late": Indicator("late", "Báo cáo muộn")})


def board(rows: list[tuple[str, int | str, int | str, int]],
          tie_break: tuple[str, ...] = ()) -> Scoreboard:
    """Members from ``(name, section 1, section 2, late reports)``; ids follow list order."""
    members = tuple(Member(f"m{i}", name, name, "t") for i, (name, *_) in enumerate(rows))
    subs = {
        f"m{i}": Submission(f"m{i}", "c", Status.SUBMITTED, {"late": D(late)},
                            {"1.1": CriterionEntry(D(one)), "2.1": CriterionEntry(D(two))})
        for i, (_, one, two, late) in enumerate(rows)
    }
    campaign = Campaign("c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), TABLE,
                        tie_break=tie_break)
    return Scoreboard(Bloc("b", "Khối", members), campaign, {"t": TABLE}, subs)


def names(ranking: tuple[RankedMember, ...]) -> list[str]:
    return [r.score.member.name for r in ranking]


def test_ties_share_a_rank_and_the_next_rank_skips() -> None:
    b = board([("Hội A", 40, 40, 0), ("Hội B", 40, 30, 0), ("Hội C", 30, 40, 0),
               ("Hội D", 30, 30, 0), ("Hội E", 35, 35, 0), ("Hội G", 10, 10, 0)])
    ranking = b.ranking
    assert [r.value for r in ranking] == [80, 70, 70, 70, 60, 20]
    assert [r.rank for r in ranking] == [1, 2, 2, 2, 5, 6]
    assert [r.tied for r in ranking] == [False, True, True, True, False, False]
    assert {r.separated_by for r in ranking} == {None}


def test_section_tie_break_separates_equal_totals() -> None:
    b = board([("Hội A", 30, 40, 0), ("Hội B", 40, 30, 0), ("Hội C", 10, 10, 0)],
              tie_break=("section:1",))
    ranking = b.ranking
    assert names(ranking) == ["Hội B", "Hội A", "Hội C"]
    assert [r.rank for r in ranking] == [1, 2, 3]
    assert [r.tied for r in ranking] == [False, False, False]
    assert [r.separated_by for r in ranking] == ["section:1", "section:1", None]
    assert tie_break_label("section:1") == "more points in section 1"
    assert tie_break_label("section:1", "vi") == "điểm mục 1 cao hơn"
    assert tie_break_label("code:1.7", "vi") == "điểm của 1.7 cao hơn"


def test_tie_break_chain_falls_through_to_deductions() -> None:
    rows = [("Hội A", 40, 31, 1), ("Hội B", 40, 32, 2), ("Hội C", 40, 30, 0)]
    b = board(rows, tie_break=("section:1", "deductions"))
    ranking = b.ranking
    # Totals 70 each, section 1 equal (40): the member with fewer deductions comes first.
    assert {r.value for r in ranking} == {D(70)}
    assert names(ranking) == ["Hội C", "Hội A", "Hội B"]
    assert [r.score.deductions for r in ranking] == [0, 1, 2]
    assert [r.rank for r in ranking] == [1, 2, 3]
    assert [r.separated_by for r in ranking] == ["deductions"] * 3
    assert tie_break_label("deductions") == "fewer deductions"
    assert tie_break_label("deductions", "vi") == "ít điểm trừ hơn"


def test_members_equal_on_the_whole_chain_share_their_rank() -> None:
    rows = [("Hội Bình", 40, 30, 1), ("Hội An", 40, 30, 1), ("Hội Cường", 39, 30, 0)]
    b = board(rows, tie_break=("section:1", "deductions"))
    ranking = b.ranking
    # All three total 69; An and Bình are equal on the whole chain, Cường has less in 1.
    assert {r.value for r in ranking} == {D(69)}
    assert names(ranking) == ["Hội An", "Hội Bình", "Hội Cường"]
    assert [r.rank for r in ranking] == [1, 1, 3]
    assert [r.tied for r in ranking] == [True, True, False]
    # Both tied members were separated from Cường by section 1, not only Cường's neighbour.
    assert [r.separated_by for r in ranking] == ["section:1"] * 3


def test_a_group_between_two_equal_totals_is_separated_from_the_one_above() -> None:
    rows = [("Hội Xuân", 41, 30, 1), ("Hội Yên", 40, 31, 1), ("Hội Zen", 40, 30, 0)]
    ranking = board(rows, tie_break=("section:1", "deductions")).ranking
    # All total 70. Zen is below Xuân by section 1 and above Yên by deductions: the key
    # that separated it from the group above is the one named.
    assert names(ranking) == ["Hội Xuân", "Hội Zen", "Hội Yên"]
    assert [r.separated_by for r in ranking] == ["section:1", "section:1", "deductions"]


def test_equal_totals_without_a_chain_are_not_separated() -> None:
    b = board([("Hội B", 40, 30, 0), ("Hội A", 30, 40, 0), ("Hội C", 30, 30, 0)])
    assert [(r.rank, r.tied, r.separated_by) for r in b.ranking] \
        == [(1, True, None), (1, True, None), (3, False, None)]


def test_unknown_section_in_the_chain_separates_nobody() -> None:
    b = board([("Hội B", 40, 30, 0), ("Hội A", 30, 40, 0)], tie_break=("section:9",))
    assert [r.rank for r in b.ranking] == [1, 1]
    assert names(b.ranking) == ["Hội A", "Hội B"]


@pytest.mark.parametrize(("key", "ok"), [("deductions", True), ("section:1", True),
                                         ("code:1.2", True), ("code:", False),
                                         ("section:", False), ("total", False)])
def test_parse_tie_break(key: str, ok: bool) -> None:
    reason = parse_tie_break(key)
    assert (reason is None) is ok
    if reason is not None:
        assert "'code:CODE'" in reason and "'deductions'" in reason


# Vietnamese alphabet (a ă â b c d đ e ê …) and dictionary tone order (level, grave, hook,
# tilde, acute, dot): the order these lists are written in is the expected order.
ALPHABET = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n",
            "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"]
TONES = ["ma", "mà", "mả", "mã", "má", "mạ"]


@pytest.mark.parametrize("expected", [
    ALPHABET,
    TONES,
    ["Hội Ăn", "Hội Âu", "Hội Ba"],             # ă, â before b (code points put b first)
    ["Hội Đào", "Hội Em"],                      # đ before e
    ["Hội Dương", "Hội Đông"],                  # d before đ
    ["Bà Rịa", "Ba Sơn"],                       # letters first: r < s, whatever the tones
    ["An", "an", "Án", "Ăn"],                   # case ignored, then tone, then the text
    ["Hội An", "Hội An Bình", "Hội Anh"],       # a word ends before a longer word
])
def test_equal_members_are_listed_in_vietnamese_order(expected: list[str]) -> None:
    rows = [(name, 10, 10, 0) for name in reversed(expected)]
    ranking = board(rows).ranking
    assert names(ranking) == expected
    assert {r.rank for r in ranking} == {1}
    assert sorted(reversed(expected), key=vi_sort_key) == expected


def test_decomposed_input_sorts_like_composed() -> None:
    import unicodedata
    composed = ["Hội Ăn", "Hội Âu", "Hội Đào"]
    decomposed = [unicodedata.normalize("NFD", n) for n in composed]
    assert [vi_sort_key(n)[:2] for n in decomposed] == [vi_sort_key(n)[:2] for n in composed]


def test_rank_ignores_the_order_scores_come_in() -> None:
    b = board([("Hội Cà Mau", 20, 20, 0), ("Hội Bạc Liêu", 20, 20, 0), ("Hội An", 10, 5, 0),
               ("Hội Ánh", 30, 30, 0), ("Hội Anh", 10, 5, 0)], tie_break=("deductions",))
    scores = list(b.scores.values())
    forward = rank(scores, ("deductions",))
    assert rank(list(reversed(scores)), ("deductions",)) == forward
    assert rank(scores[2:] + scores[:2], ("deductions",)) == forward
    assert forward == b.ranking


def test_rank_of_finds_each_member() -> None:
    b = board([("Hội A", 40, 40, 0), ("Hội B", 40, 30, 0), ("Hội C", 40, 30, 0)])
    for placed in b.ranking:
        assert b.rank_of(placed.score.member.id) is placed
    with pytest.raises(KeyError):
        b.rank_of("nobody")


def _fields(ranking: tuple[RankedMember, ...]) -> list[tuple[str, int, bool, str | None, Decimal]]:
    return [(r.score.member.name, r.rank, r.tied, r.separated_by, r.value) for r in ranking]


@pytest.mark.parametrize("tie_break", [(), ("section:1",), ("deductions", "code:2.1")])
def test_an_edit_that_makes_a_tie_updates_both_places(tie_break: tuple[str, ...]) -> None:
    live = board([("A", 40, 40, 0), ("B", 35, 35, 0), ("C", 30, 30, 0)], tie_break)
    assert [r.tied for r in live.ranking] == [False, False, False]
    live.update(Submission("m2", "c", Status.SUBMITTED, {"late": D(0)},
                           {"1.1": CriterionEntry(D(35)), "2.1": CriterionEntry(D(35))}))
    fresh = board([("A", 40, 40, 0), ("B", 35, 35, 0), ("C", 35, 35, 0)], tie_break)
    assert _fields(live.ranking) == [("A", 1, False, None, D(80)), ("B", 2, True, None, D(70)),
                                     ("C", 2, True, None, D(70))]
    assert live.ranking == fresh.ranking
    assert live.rank_of("m1") == fresh.rank_of("m1")


def test_an_edit_that_breaks_a_tie_clears_both_flags() -> None:
    live = board([("A", 40, 40, 0), ("B", 35, 35, 0), ("C", 35, 35, 0)], ("section:1",))
    live.ranking  # noqa: B018 - the cached places must be refreshed by update
    live.update(Submission("m2", "c", Status.SUBMITTED, {"late": D(0)},
                           {"1.1": CriterionEntry(D(36)), "2.1": CriterionEntry(D(34))}))
    fresh = board([("A", 40, 40, 0), ("B", 35, 35, 0), ("C", 36, 34, 0)], ("section:1",))
    assert _fields(live.ranking) == [("A", 1, False, None, D(80)),
                                     ("C", 2, False, "section:1", D(70)),
                                     ("B", 3, False, "section:1", D(70))]
    assert live.ranking == fresh.ranking
