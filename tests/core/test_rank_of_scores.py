"""``rank``, the public ranking of scores (the scoreboard's own comes from its integer
engine): standard competition ranks, fewer deductions first among equal totals, equal
members listed in Vietnamese name order, and places that compare by member as well as by
rank (docs/scoring.md, "Ranking")."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import RankedMember, rank, tie_break_label, vi_sort_key

from .test_ranking import board

D = Decimal
NAMES = ("Hội An", "Hội Ăn", "Hội Âu", "Hội Bình", "Hội Đông", "Hội Dương")

# (name, section 1, section 2, late reports): each late report deducts 1 point
rows = st.lists(st.tuples(st.sampled_from(NAMES), st.integers(0, 3), st.integers(0, 3),
                          st.integers(0, 3)), min_size=1, max_size=7)


@given(rows)
def test_equal_totals_are_ordered_by_fewer_deductions(
        members: list[tuple[str, int, int, int]]) -> None:
    b = board(members, tie_break=("deductions",))
    ranking = rank(b.scores.values(), ("deductions",))
    # the law, from the rows alone: total = both sections − late reports
    total = {f"m{i}": D(one + two - late) for i, (_, one, two, late) in enumerate(members)}
    late = {f"m{i}": late for i, (*_, late) in enumerate(members)}
    name = {f"m{i}": n for i, (n, *_) in enumerate(members)}

    def key(m: str) -> tuple[Decimal, int]:
        return total[m], -late[m]

    expected = sorted(total, key=lambda m: (-total[m], late[m], vi_sort_key(name[m]), m))
    assert [r.score.member.id for r in ranking] == expected
    for place in ranking:
        m = place.score.member.id
        assert place.value == total[m]
        assert place.rank == 1 + sum(key(n) > key(m) for n in total)
        assert place.tied is any(key(n) == key(m) for n in total if n != m)
        split = any(total[n] == total[m] and late[n] != late[m] for n in total)
        assert place.separated_by == ("deductions" if split else None)
    assert [(r.score.member.id, r.rank, r.tied, r.separated_by) for r in ranking] \
        == [(r.score.member.id, r.rank, r.tied, r.separated_by) for r in b.ranking]


def test_the_member_with_fewer_deductions_wins_an_equal_total() -> None:
    # A and B both total 70, A with 2 late reports, B with none; C alone on 100 (1 late)
    b = board([("Hội A", 40, 32, 2), ("Hội B", 40, 30, 0), ("Hội C", 50, 51, 1)],
              tie_break=("deductions",))
    ranking = rank(b.scores.values(), ("deductions",))
    assert [(r.score.member.name, r.rank, r.separated_by) for r in ranking] == [
        ("Hội C", 1, None), ("Hội B", 2, "deductions"), ("Hội A", 3, "deductions")]
    unbroken = rank(b.scores.values())
    assert [(r.score.member.name, r.rank, r.tied) for r in unbroken] == [
        ("Hội C", 1, False), ("Hội A", 2, True), ("Hội B", 2, True)]


def test_tied_places_of_different_members_are_not_equal() -> None:
    b = board([("Hội A", 40, 30, 0), ("Hội B", 30, 40, 0)])
    first, second = rank(b.scores.values())
    assert (first.rank, first.tied, first.separated_by) \
        == (second.rank, second.tied, second.separated_by)
    assert first != second
    assert first == RankedMember(first.rank, first.score, first.value, first.tied,
                                 first.separated_by)
    assert first != RankedMember(first.rank + 1, first.score, first.value, first.tied, None)


def test_a_criterion_tie_break_is_named_in_both_languages() -> None:
    assert tie_break_label("code:2.1") == "more points in 2.1"
    assert tie_break_label("code:2.1", "en") == "more points in 2.1"
    assert tie_break_label("code:2.1", "vi") == "điểm của 2.1 cao hơn"
