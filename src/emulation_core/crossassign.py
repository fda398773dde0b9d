"""Who cross-scores whom: every other member, or ``n`` each, balanced, never a unit itself."""

from __future__ import annotations

from collections.abc import Sequence

from .errors import EmulationError

__all__ = ["assign_scorers"]


def assign_scorers(members: Sequence[str], each: int | None = None,
                   ) -> dict[str, tuple[str, ...]]:
    """Scorer → the members it scores.

    ``each`` None: every member scores every other member. Otherwise each member scores
    the ``each`` members that follow it in ``members`` (wrapping round), so every member
    is scored exactly ``each`` times and scores exactly ``each`` others; the result
    depends only on the order of ``members``.
    """
    count = len(members)
    if len(set(members)) != count:
        raise EmulationError.keyed("crossassign.twice")
    if each is None:
        each = count - 1
    if not 1 <= each <= count - 1:
        raise EmulationError.keyed("crossassign.each", each=each, count=count, most=count - 1)
    return {scorer: tuple(members[(i + k) % count] for k in range(1, each + 1))
            for i, scorer in enumerate(members)}
