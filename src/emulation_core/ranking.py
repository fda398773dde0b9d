"""Ranking: standard competition ranking (1, 2, 2, 4) with a published tie-break chain.

Members are ordered by their measure (total, or percent of the reachable maximum), then by
each tie-break key in turn. Members equal on all of these share a rank; they are listed in
Vietnamese alphabetical order of their names, which never changes a rank. Input order
plays no part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs.exceptions import FrozenInstanceError

from .criteria import CriteriaTable, Section
from .messages import Language, render
from .model import RankBy
from .numbers import ZERO
from .text import vi_sort_key

if TYPE_CHECKING:
    from .scoring import MemberScore

__all__ = [
    "KeyEntry",
    "RankEntry",
    "RankedMember",
    "parse_tie_break",
    "place_entries",
    "rank",
    "rank_entries",
    "rank_keys",
    "tie_break_codes",
    "tie_break_label",
]

RankEntry = tuple[tuple[Decimal, ...], int, "MemberScore"]
"""What a member is sorted on: its measure and tie-break values, then minus its position in
name order (unique), then the score itself (never compared)."""
_K = TypeVar("_K")
KeyEntry = tuple[tuple[int, ...], int, str]
"""The same for the integer engine: measure and tie-break values in units, minus the
position in name order, then the member's id (never compared)."""


class RankedMember:
    """A member's place: its rank, whether it shares it, and what broke an equal total.

    Immutable. A scoreboard's places are made :meth:`deferred`: rank, tie flag and key are
    known at once, the member's score (and ``value``, its measure) is built when first read.
    """

    __slots__ = ("_key", "_load", "_score", "_value", "rank", "separated_by", "tied")
    rank: int
    tied: bool
    separated_by: str | None
    _score: MemberScore | None
    _value: Decimal | None
    _load: Callable[[Any], tuple[MemberScore, Decimal]] | None
    _key: object

    def __init__(self, rank: int, score: MemberScore, value: Decimal, tied: bool,
                 separated_by: str | None) -> None:
        for name, given in (("rank", rank), ("_score", score), ("_value", value),
                            ("tied", tied), ("separated_by", separated_by), ("_load", None),
                            ("_key", None)):
            object.__setattr__(self, name, given)

    @classmethod
    def deferred(cls, rank: int, tied: bool, separated_by: str | None,
                 load: Callable[[_K], tuple[MemberScore, Decimal]], key: _K) -> RankedMember:
        """A place whose score and value ``load(key)`` gives when first read."""
        place = cls.__new__(cls)
        _SET_RANK(place, rank)  # the slots' own setters: a ranking makes thousands at once
        _SET_TIED(place, tied)
        _SET_SEPARATED(place, separated_by)
        _SET_LOAD(place, load)
        _SET_KEY(place, key)
        return place

    def _loaded(self) -> tuple[MemberScore, Decimal]:
        load = self._load
        if load is not None:
            score, value = load(self._key)
            object.__setattr__(self, "_score", score)
            object.__setattr__(self, "_value", value)
            object.__setattr__(self, "_load", None)
            object.__setattr__(self, "_key", None)
            return score, value
        assert self._score is not None and self._value is not None
        return self._score, self._value

    @property
    def score(self) -> MemberScore:
        return self._loaded()[0]

    @property
    def value(self) -> Decimal:
        return self._loaded()[1]

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RankedMember):
            return NotImplemented
        return (self.rank, self.tied, self.separated_by) \
            == (other.rank, other.tied, other.separated_by) \
            and self._loaded() == other._loaded()

    __hash__ = None  # type: ignore[assignment]  # a score holds mappings

    def __repr__(self) -> str:
        return (f"RankedMember(rank={self.rank!r}, score={self.score!r}, value={self.value!r}, "
                f"tied={self.tied!r}, separated_by={self.separated_by!r})")


_SET_RANK, _SET_TIED, _SET_SEPARATED, _SET_LOAD, _SET_KEY = (
    RankedMember.__dict__[name].__set__
    for name in ("rank", "tied", "separated_by", "_load", "_key"))

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


def rank_entries(entries: list[RankEntry], tie_break: Sequence[str]) -> tuple[RankedMember, ...]:
    """Sort ``entries`` in place, best first, and give each its place.

    Members with equal keys form a tie group sharing the rank of its first position. A group
    whose measure equals a neighbouring group's was separated from it by the first tie-break
    key on which they differ (the group above is asked first).
    """
    entries.sort(reverse=True)
    count = len(entries)
    result: list[RankedMember] = []
    append = result.append
    above: tuple[Decimal, ...] | None = None
    start = 0
    while start < count:
        keys = entries[start][0]
        end = start + 1
        while end < count and entries[end][0] == keys:
            end += 1
        separated = None
        measure = keys[0]
        if len(keys) > 1:
            separated = _separator(keys, above, entries[end][0] if end < count else None,
                                   tie_break)
        rank, tied = start + 1, end - start > 1
        for _, _, score in entries[start:end]:
            append(RankedMember(rank, score, measure, tied, separated))
        above, start = keys, end
    return tuple(result)


def _separator(keys: Sequence[object], above: Sequence[object] | None,
               below: Sequence[object] | None, tie_break: Sequence[str]) -> str | None:
    """The tie-break key that separated a group from the group of equal measure next to it
    (the group above is asked first), or None."""
    near = above if above is not None and above[0] == keys[0] \
        else below if below is not None and below[0] == keys[0] else None
    if near is not None:
        for i in range(1, len(keys)):  # the groups differ somewhere past the measure
            if near[i] != keys[i]:
                return tie_break[i - 1]
    return None


def place_entries(entries: list[KeyEntry], tie_break: Sequence[str],
                  previous: Mapping[str, RankedMember], changed: AbstractSet[str],
                  load: Callable[[str | tuple[str, str]], tuple[MemberScore, Decimal]],
                  places: dict[str, RankedMember]) -> tuple[RankedMember, ...]:
    """Sort integer ``entries`` in place, best first, and give each member its place, the
    score deferred: ``load(member_id)`` reads it and its measure, ``load((member_id,
    head))`` for a member sharing its rank, whose measure is the ``head``'s, the first
    member of its tie group, as :func:`rank_entries` gives it. Places are as
    :func:`rank_entries` gives them; a ``previous`` place is reused when the member is not
    in ``changed`` and its rank, tie flag and key are the same. ``places`` receives each
    member's place by id."""
    entries.sort(reverse=True)  # nearly sorted after an edit, so this is close to linear
    count = len(entries)
    result: list[RankedMember] = []
    append = result.append
    deferred = RankedMember.deferred
    before = previous.get
    above: tuple[int, ...] | None = None
    start = 0
    while start < count:
        keys, _, head = entries[start]
        end = start + 1
        while end < count and entries[end][0] == keys:
            end += 1
        below = entries[end][0] if end < count else None
        separated = None
        if len(keys) > 1 and ((above is not None and above[0] == keys[0])
                              or (below is not None and below[0] == keys[0])):
            separated = _separator(keys, above, below, tie_break)
        rank = start + 1
        if end == start + 1:  # alone on its rank: most members
            place = before(head)
            if place is None or head in changed or place.rank != rank or place.tied \
                    or place.separated_by != separated:
                place = deferred(rank, False, separated, load, head)
            append(place)
            places[head] = place
            above, start = keys, end
            continue
        for _, _, member_id in entries[start:end]:
            place = before(member_id)
            if place is None or member_id in changed or place.rank != rank \
                    or not place.tied or place.separated_by != separated \
                    or (member_id != head and places[head] is not before(head)):
                place = deferred(rank, True, separated, load, (member_id, head))
            append(place)
            places[member_id] = place
        above, start = keys, end
    return tuple(result)
