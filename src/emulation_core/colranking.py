"""Places from ranking keys held as int64 columns: one ``lexsort``, then each member's place.

The columnar twin of :func:`~.ranking.place_entries` for a ranking made afresh: members are
ordered by their measure, then each tie-break key (higher first), then their position in
Vietnamese name order; members equal on every key share the rank of the first of them; a
group whose measure equals a neighbouring group's was separated from it by the first
tie-break key on which they differ (the group above is asked first). Each place's score is
deferred exactly as :func:`~.ranking.place_entries` defers it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import repeat
from operator import itemgetter
from typing import TYPE_CHECKING

import numpy as np

from .model import Bloc
from .nameorder import by_name
from .npcolumns import Ints, array
from .ranking import RankedMember

if TYPE_CHECKING:
    from .results import MemberScore

__all__ = ["name_positions", "placed"]

_NAMES: list[tuple[tuple[str, ...], list[str], Ints]] = []  # the latest name positions


def name_positions(bloc: Bloc, ids: list[str]) -> Ints:
    """Each of ``ids``'s position in the bloc's name order (kept for the same order and ids)."""
    order = by_name(bloc)
    if _NAMES and _NAMES[0][0] is order and _NAMES[0][1] == ids:
        return _NAMES[0][2]
    where = {member_id: i for i, member_id in enumerate(order)}
    found = array(list(map(where.__getitem__, ids)))
    _NAMES[:] = [(order, ids, found)]
    return found


def placed(ids: Sequence[str], keys: Sequence[Ints], names: Ints, tie_break: Sequence[str],
           load: Callable[[str | tuple[str, str]], tuple[MemberScore, Decimal]],
           ) -> tuple[tuple[RankedMember, ...], dict[str, RankedMember]]:
    """Every member's place, best first, and the places by member id (``keys[0]`` the
    measure, then one column per key of ``tie_break``; ``names`` the name positions)."""
    size = len(ids)
    if not size:
        return (), {}
    order = np.lexsort((names, *(-column for column in reversed(keys))))
    ranked = [column[order] for column in keys]
    # first[p]: the first key on which position p differs from p - 1 (len(keys): none)
    first = np.full(size, len(keys), dtype=np.int64)
    for j in reversed(range(len(keys))):
        differs = np.empty(size, dtype=np.bool_)
        differs[0] = True
        np.not_equal(ranked[j][1:], ranked[j][:-1], out=differs[1:])
        first[differs] = j
    opens = first < len(keys)
    starts = np.flatnonzero(opens)
    group = np.cumsum(opens) - 1
    sizes = np.diff(np.append(starts, size))
    up = first[starts]  # ≥ 1: the group above has the same measure
    down = np.append(first[starts[1:]], 0)  # the same for the group below
    separator = np.where(up >= 1, up, np.where(down >= 1, down, 0))
    labels: list[str | None] = [None, *tie_break]
    in_order = itemgetter(*order.tolist())(ids) if size > 1 else (ids[int(order[0])],)
    heads = itemgetter(*starts[group].tolist())(in_order) if size > 1 else in_order
    tied = (sizes[group] > 1).tolist()
    loads: list[str | tuple[str, str]] = [(m, head) if shared else m
                                          for m, head, shared in zip(in_order, heads, tied,
                                                                     strict=True)]
    places = list(map(RankedMember.deferred, (starts[group] + 1).tolist(), tied,
                      map(labels.__getitem__, separator[group].tolist()), repeat(load), loads))
    return tuple(places), dict(zip(in_order, places, strict=True))
