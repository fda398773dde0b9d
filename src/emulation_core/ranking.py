"""Ranking: standard competition ranking (1, 2, 2, 4) with a published tie-break chain.

Members are ordered by their measure (total, or percent of the reachable maximum), then by
each tie-break key in turn. Members equal on all of these share a rank; they are listed in
Vietnamese alphabetical order of their names, which never changes a rank. Input order
plays no part.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import frozen

from .criteria import CriteriaTable, Section
from .messages import Language, render
from .model import RankBy
from .numbers import ZERO
from .text import vi_sort_key

if TYPE_CHECKING:
    from .scoring import MemberScore

__all__ = ["RankEntry", "RankedMember", "parse_tie_break", "rank", "rank_entries",
           "rank_keys", "tie_break_codes", "tie_break_label"]

RankEntry = tuple[tuple[Decimal, ...], int, "MemberScore"]
"""What a member is sorted on: its measure and tie-break values, then minus its position in
name order (unique), then the score itself (never compared)."""


@frozen
class RankedMember:
    """A member's place: its rank, whether it shares it, and what broke an equal total."""

    rank: int
    score: MemberScore
    value: Decimal
    tied: bool
    separated_by: str | None


_CODE_PREFIXES = ("code:", "section:")


def parse_tie_break(key: str) -> str | None:
    """Why ``key`` is not a valid tie-break key, or None (codes are checked elsewhere)."""
    if key == "deductions" or any(
            key.startswith(p) and len(key) > len(p) for p in _CODE_PREFIXES):
        return None
    return render("campaign_toml.tie_break_form", "en")


def tie_break_codes(keys: Sequence[str], table: CriteriaTable) -> list[tuple[int, str, str]]:
    """``(position, key, code)`` for each key naming a code that ``table`` lacks.

    Codes inside a per-type slot (``1.2`` under slot ``1``) come from the types' plugins,
    so here only their slot is checked; the scoreboard warns when no type has the code.
    """
    codes = {c.code for c in table.leaves()}
    stack = list(table.sections)
    while stack:
        section = stack.pop()
        codes.add(section.code)
        stack.extend(c for c in section.children if isinstance(c, Section))
    slots = tuple(f"{s.code}." for s in table.per_type_slots())
    found = []
    for position, key in enumerate(keys):
        code = next((key.removeprefix(p) for p in _CODE_PREFIXES if key.startswith(p)), None)
        if code and code not in codes and not code.startswith(slots):
            found.append((position, key, code))
    return found


def tie_break_label(key: str, lang: Language = "en") -> str:
    """What a tie-break key compares, in words (``more points in section 1``)."""
    if key == "deductions":
        return render("tie.deductions", lang)
    if key.startswith("code:"):
        return render("tie.code", lang, code=key.removeprefix("code:"))
    return render("tie.section", lang, code=key.removeprefix("section:"))


def _tie_value(score: MemberScore, key: str) -> Decimal:
    if key == "deductions":
        return -score.deductions
    return score.tie_values.get(key, ZERO)


def rank_keys(score: MemberScore, tie_break: Sequence[str], by: RankBy) -> tuple[Decimal, ...]:
    """The member's measure followed by its tie-break values; higher is better for each."""
    value = score.percent if by is RankBy.PERCENT else score.total
    if not tie_break:
        return (value,)
    return (value, *(_tie_value(score, k) for k in tie_break))


def rank(scores: Iterable[MemberScore], tie_break: Sequence[str] = (),
         by: RankBy = RankBy.TOTAL) -> tuple[RankedMember, ...]:
    """Rank ``scores``; the result does not depend on the order they come in."""
    by_name = sorted(scores, key=lambda s: (vi_sort_key(s.member.name), s.member.id))
    return rank_entries([(rank_keys(s, tie_break, by), -i, s) for i, s in enumerate(by_name)],
                        tie_break)


def rank_entries(entries: list[RankEntry], tie_break: Sequence[str],
                 previous: Mapping[str, RankedMember] | None = None,
                 places: dict[str, RankedMember] | None = None,
                 ) -> tuple[RankedMember, ...]:
    """Sort ``entries`` in place, best first, and give each its place.

    Members with equal keys form a tie group sharing the rank of its first position. A group
    whose measure equals a neighbouring group's was separated from it by the first tie-break
    key on which they differ (the group above is asked first). A place equal to the member's
    ``previous`` one is reused rather than rebuilt. ``places``, when given, receives each
    member's place by id.
    """
    entries.sort(reverse=True)  # nearly sorted after an edit, so this is close to linear
    count = len(entries)
    before = previous or {}
    found = places if places is not None else {}
    result: list[RankedMember] = []
    append = result.append
    above: tuple[Decimal, ...] | None = None
    start = 0
    while start < count:
        keys = entries[start][0]
        end = start + 1
        while end < count and entries[end][0] == keys:
            end += 1
        below = entries[end][0] if end < count else None
        separated = None
        measure, width = keys[0], len(keys)
        if width > 1:
            near = above if above is not None and above[0] == measure \
                else below if below is not None and below[0] == measure else None
            if near is not None:
                for i in range(1, width):  # the groups differ somewhere past the measure
                    if near[i] != keys[i]:
                        separated = tie_break[i - 1]
                        break
        rank, tied = start + 1, end - start > 1
        for _, _, score in entries[start:end]:
            member_id = score.member.id
            place = before.get(member_id)
            if place is None or place.score is not score or place.rank != rank \
                    or place.tied is not tied or place.separated_by != separated:
                place = RankedMember(rank, score, measure, tied, separated)
            append(place)
            found[member_id] = place
        above, start = keys, end
    return tuple(result)
