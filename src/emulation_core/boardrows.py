"""What a scoreboard reads per member, made when first read rather than for everyone at once.

A large bloc ranked by the columnar engine (:mod:`.colengine`) never reads most members'
values or targets one by one; :class:`LazyRows` makes a member's row only when something
asks for it (a score shown, an edit, the integer engine) and keeps it; :class:`Scores`
builds a score when it is read. :func:`not_assigned` works out the criteria not assigned
only for the members the campaign lists.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from typing import TypeVar

from .criteria import CriteriaTable
from .model import Campaign, Member
from .results import MemberScore

__all__ = ["LazyRows", "Scores", "Unlisted", "not_assigned"]

_V = TypeVar("_V")


class LazyRows(Mapping[str, _V]):
    """A row per member id of ``ids``, made by ``make`` when first read; a row can be
    replaced (an edit)."""

    __slots__ = ("_ids", "_made", "_make")

    def __init__(self, make: Callable[[str], _V], ids: Collection[str]) -> None:
        self._make = make
        self._ids = ids
        self._made: dict[str, _V] = {}

    def __getitem__(self, member_id: str) -> _V:
        try:
            return self._made[member_id]
        except KeyError:
            if member_id not in self._ids:
                raise
        found = self._made[member_id] = self._make(member_id)
        return found

    def __setitem__(self, member_id: str, row: _V) -> None:
        self._made[member_id] = row

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def made(self) -> dict[str, _V]:
        """A copy of the rows made so far."""
        return self._made.copy()


class Unlisted(dict[str, frozenset[str]]):
    """Codes not assigned, by member id: only the members that have some are listed; any
    other member reads as having none."""

    def __missing__(self, member_id: str) -> frozenset[str]:
        return _NOTHING


_NOTHING: frozenset[str] = frozenset()


def not_assigned(campaign: Campaign, members: Mapping[str, Member],
                 tables: Mapping[str, CriteriaTable]) -> Unlisted:
    """Each bloc member's criteria not assigned, worked out once per type and codes listed
    (the members the campaign lists only; those that list codes often list the same)."""
    found: dict[tuple[str, frozenset[str]], frozenset[str]] = {}
    skipped = Unlisted()
    for member_id, codes in campaign.not_assigned.items():
        member = members.get(member_id)
        if member is None or not codes:
            continue
        key = member.type, codes
        if key not in found:
            found[key] = campaign.skipped_criteria(member_id, tables[member.type])
        if found[key]:
            skipped[member_id] = found[key]
    return skipped


class Scores(Mapping[str, MemberScore]):
    """A scoreboard's scores by member id (of ``ids``), each built by ``score`` when read."""

    __slots__ = ("_ids", "_score")

    def __init__(self, score: Callable[[str], MemberScore], ids: Collection[str]) -> None:
        self._score, self._ids = score, ids

    def __getitem__(self, member_id: str) -> MemberScore:
        return self._score(member_id)

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)
