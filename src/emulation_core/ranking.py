"""Ranking: standard competition ranking (1, 2, 2, 4) with a published tie-break chain.

Members are ordered by their measure (total, or percent of the reachable maximum), then by
each tie-break key in turn. Members equal on all of these share a rank; they are listed in
Vietnamese alphabetical order of their names, which never changes a rank. Input order
plays no part.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import frozen

from .model import RankBy
from .numbers import ZERO
from .text import vi_sort_key

if TYPE_CHECKING:
    from .scoring import MemberScore

__all__ = ["RankedMember", "parse_tie_break", "rank", "tie_break_label"]


@frozen
class RankedMember:
    """A member's place: its rank, whether it shares it, and what broke an equal total."""

    rank: int
    score: MemberScore
    value: Decimal
    tied: bool
    separated_by: str | None


def parse_tie_break(key: str) -> str | None:
    """Why ``key`` is not a valid tie-break key, or None."""
    if key == "deductions" or (key.startswith("section:") and len(key) > len("section:")):
        return None
    return "tie-break keys are 'section:CODE' or 'deductions'"


def tie_break_label(key: str) -> str:
    """Short English description of a tie-break key."""
    if key == "deductions":
        return "fewer deductions"
    return f"section {key.removeprefix('section:')}"


def _tie_value(score: MemberScore, key: str) -> Decimal:
    if key == "deductions":
        return -score.deductions
    section = score.section(key.removeprefix("section:"))
    return section.points if section is not None else ZERO


def rank(scores: Iterable[MemberScore], tie_break: Sequence[str] = (),
         by: RankBy = RankBy.TOTAL) -> tuple[RankedMember, ...]:
    """Rank ``scores``; the result does not depend on the order they come in."""
    keyed = []
    for score in scores:
        value = score.percent if by is RankBy.PERCENT else score.total
        keys = (value, *(_tie_value(score, k) for k in tie_break))
        keyed.append((keys, score))
    keyed.sort(key=lambda item: (
        tuple(-k for k in item[0]), vi_sort_key(item[1].member.name), item[1].member.id))
    result: list[RankedMember] = []
    current_rank = 0
    for position, (keys, score) in enumerate(keyed):
        if position == 0 or keys != keyed[position - 1][0]:
            current_rank = position + 1
        tied = any(keyed[j][0] == keys for j in (position - 1, position + 1)
                   if 0 <= j < len(keyed) and j != position)
        separated = None
        for j in (position - 1, position + 1):
            if 0 <= j < len(keyed) and keyed[j][0][0] == keys[0] and keyed[j][0] != keys:
                differing = next(i for i in range(1, len(keys)) if keyed[j][0][i] != keys[i])
                separated = tie_break[differing - 1]
                break
        result.append(RankedMember(current_rank, score, keys[0], tied, separated))
    return tuple(result)
