"""``place_entries``, the scoreboard's placing of its integer keys: the places of the ranking
law (standard competition ranks, ties, the tie-break key that separated an equal measure),
each loaded when read, and an earlier place reused only where it is still true.

The expected places are worked out here from the keys alone; a loader stands in for the
scoreboard and records the snapshot ("epoch") each place was made in, so that a place kept
from an earlier placing can be told from a new one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import CriterionEntry, Scoreboard, Status, Submission
from emulation_core.ranking import KeyEntry, RankedMember, place_entries

from .test_ranking import board

Keys = tuple[int, ...]
TIE_KEYS = ("deductions", "section:1")


class Epoch:
    """The bloc as one placing saw it: each member's keys and version. ``asked`` records
    every load, so a test can see which placing a place was made in."""

    def __init__(self, keys: Mapping[str, Keys], versions: Mapping[str, int]) -> None:
        self.keys = dict(keys)
        self.versions = dict(versions)
        self.asked: list[str | tuple[str, str]] = []

    def load(self, key: str | tuple[str, str]) -> tuple[object, int]:
        self.asked.append(key)
        member, head = (key, key) if isinstance(key, str) else key
        return (member, self.versions[member]), self.keys[head][0]


def entries_of(keys: Mapping[str, Keys]) -> list[KeyEntry]:
    """Members ``m0``, ``m1``, … are in name order (``m0`` first)."""
    return [(k, -int(m[1:]), m) for m, k in keys.items()]


def place(epoch: Epoch, tie_break: Sequence[str], previous: Mapping[str, RankedMember],
          changed: set[str]) -> tuple[tuple[RankedMember, ...], dict[str, RankedMember]]:
    places: dict[str, RankedMember] = {}
    ranking = place_entries(entries_of(epoch.keys), tie_break, previous, changed,
                            epoch.load, places)
    return ranking, places


def expected(keys: Mapping[str, Keys], tie_break: Sequence[str]) -> list[tuple[str, int, bool,
                                                                              str | None]]:
    """(member, rank, tied, separated by) in ranking order, from the law."""
    order = sorted(keys, key=lambda m: (tuple(-k for k in keys[m]), int(m[1:])))
    rows = []
    for m in order:
        mine = keys[m]
        rank = 1 + sum(keys[n] > mine for n in keys)
        tied = any(keys[n] == mine for n in keys if n != m)
        same_measure = {keys[n] for n in keys if keys[n][0] == mine[0]}
        above = min((k for k in same_measure if k > mine), default=None)
        below = max((k for k in same_measure if k < mine), default=None)
        near = above if above is not None else below
        separated = None
        if near is not None:
            first = next(i for i in range(1, len(mine)) if near[i] != mine[i])
            separated = tie_break[first - 1]
        rows.append((m, rank, tied, separated))
    return rows


def check(ranking: tuple[RankedMember, ...], places: Mapping[str, RankedMember],
          epoch: Epoch, tie_break: Sequence[str]) -> None:
    rows = expected(epoch.keys, tie_break)
    assert [(p.score[0], p.rank, p.tied, p.separated_by)  # type: ignore[index]
            for p in ranking] == rows
    for m, *_ in rows:
        assert places[m].score == (m, epoch.versions[m])
        assert places[m].value == epoch.keys[m][0]


keys_of = st.integers(0, 2).flatmap(lambda length: st.lists(
    st.tuples(st.integers(0, 2), *(st.integers(0, 1) for _ in range(length))),
    min_size=1, max_size=7))


@given(keys_of, st.data())
def test_places_follow_the_law_and_kept_places_stay_true(rows: list[Keys],
                                                         data: st.DataObject) -> None:
    tie_break = TIE_KEYS[:len(rows[0]) - 1]
    ids = [f"m{i}" for i in range(len(rows))]
    first = Epoch(dict(zip(ids, rows, strict=True)), dict.fromkeys(ids, 0))
    _, places = place(first, tie_break, {}, set())
    assert first.asked == []  # nothing is loaded before it is read
    read = data.draw(st.sets(st.sampled_from(ids)))
    for m in read:
        assert places[m].score == (m, 0)
    assert len(first.asked) == len(read)

    # some members move, others are edited without moving, the rest are left alone
    moved = data.draw(st.sets(st.sampled_from(ids)))
    edited = data.draw(st.sets(st.sampled_from(ids))) | moved
    keys = dict(first.keys)
    for m in sorted(moved):
        keys[m] = data.draw(st.tuples(*(st.integers(0, 2) for _ in rows[0])))
    second = Epoch(keys, {m: int(m in edited) for m in ids})
    asked_before = len(first.asked)
    again, now = place(second, tie_break, places, set(edited))
    check(again, now, second, tie_break)
    for m, p in now.items():
        assert not any(p is q for n, q in places.items() if n != m)
    # a place kept from before is the place of a member not edited since
    for key in first.asked[asked_before:]:
        assert (key if isinstance(key, str) else key[0]) not in edited
    loads = len(first.asked) + len(second.asked)
    check(again, now, second, tie_break)  # each place loads once
    assert len(first.asked) + len(second.asked) == loads


def test_nothing_changed_keeps_every_place() -> None:
    keys = {"m0": (5, 0), "m1": (5, 0), "m2": (5, 1), "m3": (3, 0), "m4": (3, 0),
            "m5": (1, 0)}
    first = Epoch(keys, dict.fromkeys(keys, 0))
    ranking, places = place(first, ("deductions",), {}, set())
    again, now = place(Epoch(keys, dict.fromkeys(keys, 0)), ("deductions",), places, set())
    assert all(p is q for p, q in zip(again, ranking, strict=True))
    assert all(now[m] is places[m] for m in keys)


def test_an_edited_member_sharing_its_rank_gets_a_new_place() -> None:
    # m1 is edited (its points move between criteria) without leaving the tie with m0
    keys = {"m0": (5,), "m1": (5,), "m2": (3,)}
    first = Epoch(keys, dict.fromkeys(keys, 0))
    _, places = place(first, (), {}, set())
    second = Epoch(keys, {"m0": 0, "m1": 1, "m2": 0})
    _, now = place(second, (), places, {"m1"})
    assert now["m1"] is not places["m1"]
    assert now["m1"].score == ("m1", 1)
    assert now["m0"] is places["m0"] and now["m2"] is places["m2"]


def test_a_tie_no_longer_beside_an_equal_measure_loses_its_separating_key() -> None:
    # m1 and m2 tie on (5, 0) below m0's (5, 1): separated by deductions; m0 then moves
    # up to 9 and the tie, untouched, has no equal measure beside it any more
    keys = {"m0": (5, 1), "m1": (5, 0), "m2": (5, 0)}
    first = Epoch(keys, dict.fromkeys(keys, 0))
    ranking, places = place(first, ("deductions",), {}, set())
    assert [p.separated_by for p in ranking] == ["deductions"] * 3
    second = Epoch({**keys, "m0": (9, 1)}, {"m0": 1, "m1": 0, "m2": 0})
    again, _ = place(second, ("deductions",), places, {"m0"})
    assert [(p.rank, p.tied, p.separated_by) for p in again] \
        == [(1, False, None), (2, True, None), (2, True, None)]


def test_a_tie_whose_first_member_was_edited_is_placed_anew() -> None:
    # the tie's first member m0 is edited without moving: the places of the others are
    # made again too, so that no place reads the first member's measure from before
    keys = {"m0": (4,), "m1": (4,), "m2": (4,)}
    first = Epoch(keys, dict.fromkeys(keys, 0))
    _, places = place(first, (), {}, set())
    second = Epoch(keys, {"m0": 1, "m1": 0, "m2": 0})
    _, now = place(second, (), places, {"m0"})
    assert all(now[m] is not places[m] for m in keys)
    assert [now[m].score for m in sorted(keys)] == [("m0", 1), ("m1", 0), ("m2", 0)]
    assert first.asked == []


# -- through the scoreboard: a board edited member by member ranks as one built afresh --

NAMES = ("Hội An", "Hội Ăn", "Hội Bình", "Hội Đông", "Hội Dương")
Row = tuple[str, int, int, int]
row_of = st.tuples(st.sampled_from(NAMES), st.integers(0, 2), st.integers(0, 2),
                   st.integers(0, 1))


def shown(board: Scoreboard) -> list[tuple[object, ...]]:
    return [(p.score.member.id, p.rank, p.tied, p.separated_by, p.value, p.score)
            for p in board.ranking]


@given(st.lists(row_of, min_size=2, max_size=6), st.data())
def test_an_edited_board_ranks_as_a_board_made_afresh(rows: list[Row],
                                                      data: st.DataObject) -> None:
    tie_break = data.draw(st.sampled_from(((), ("deductions",), ("section:1",))))
    edited = board(rows, tie_break)
    shown(edited)  # placed, and every place read, before the edits
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(rows) - 1))
        name = rows[i][0]
        one, two, late = data.draw(st.tuples(st.integers(0, 2), st.integers(0, 2),
                                             st.integers(0, 1)))
        rows[i] = (name, one, two, late)
        edited.update(Submission(f"m{i}", "c", Status.SUBMITTED, {"late": Decimal(late)},
                                 {"1.1": CriterionEntry(Decimal(one)),
                                  "2.1": CriterionEntry(Decimal(two))}))
        if data.draw(st.booleans()):
            assert shown(edited) == shown(board(rows, tie_break))
    assert shown(edited) == shown(board(rows, tie_break))


def test_points_moved_between_criteria_show_in_a_shared_place() -> None:
    # m1 keeps its total of 4 and its tie with m0, its points move from 1.1 to 2.1
    edited = board([("Hội An", 2, 2, 0), ("Hội Bình", 3, 1, 0)])
    before = shown(edited)
    edited.update(Submission("m1", "c", Status.SUBMITTED, {"late": Decimal(0)},
                             {"1.1": CriterionEntry(Decimal(1)),
                              "2.1": CriterionEntry(Decimal(3))}))
    after = board([("Hội An", 2, 2, 0), ("Hội Bình", 1, 3, 0)])
    assert shown(edited) == shown(after) != before
