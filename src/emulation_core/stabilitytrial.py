"""Trying changes on a scoreboard for the stability report, with as few updates as can be.

A search tries several values of one member's points for one criterion (or of one reported
figure) one after another on the same board, and puts the submission back once at the end.
:func:`smallest` finds the smallest change that reaches a goal starting from a first guess
(worked out from the totals), so that a good guess costs two trials instead of a bisection;
the answer does not depend on the guess, only the number of trials does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal

from attrs import evolve

from .model import Submission
from .scoring import Scoreboard

__all__ = ["Put", "Trial", "smallest"]

Put = Callable[[Decimal], None]
"""Sets the value being tried (points, or a figure) on the board."""


class Trial:
    """Tries changes on a scoreboard and puts everything back afterwards."""

    def __init__(self, board: Scoreboard) -> None:
        self.board = board

    @contextlib.contextmanager
    def points(self, member: str, code: str) -> Iterator[Put]:
        """Yields a setter of the member's points for ``code`` (as if verified)."""
        sub = self._submission(member)
        entry = sub.entry(code)
        with self._holding(sub) as update:
            yield lambda points: update(evolve(sub, entries={**sub.entries, code: evolve(
                entry, verified_points=points, explained_points=None)}))

    @contextlib.contextmanager
    def figure(self, member: str, key: str) -> Iterator[Put]:
        """Yields a setter of the member's reported figure ``key`` (no correction over it)."""
        sub = self._submission(member)
        corrections = {k: c for k, c in sub.corrections.items() if k != key}
        with self._holding(sub) as update:
            yield lambda value: update(evolve(sub, values={**sub.values, key: value},
                                              corrections=corrections))

    @contextlib.contextmanager
    def many(self, code: str, points: Mapping[str, Decimal]) -> Iterator[None]:
        """Several members' points for one criterion at once (a moved cross-score);
        members without a submission are not on the board and are passed over."""
        saved = []
        try:
            for member, value in points.items():
                sub = self.board.submission(member)
                if sub is None:
                    continue
                saved.append(sub)
                entry = evolve(sub.entry(code), verified_points=value, explained_points=None)
                self.board.update(evolve(sub, entries={**sub.entries, code: entry}))
            yield
        finally:
            for sub in reversed(saved):
                self.board.update(sub)

    def _submission(self, member: str) -> Submission:
        sub = self.board.submission(member)
        assert sub is not None
        return sub

    @contextlib.contextmanager
    def _holding(self, sub: Submission) -> Iterator[Callable[[Submission], None]]:
        """Yields an updater putting changed versions of ``sub`` on the board; ``sub`` is
        put back once at the end, if anything was put."""
        tried = False

        def update(changed: Submission) -> None:
            nonlocal tried
            tried = True
            self.board.update(changed)

        try:
            yield update
        finally:
            if tried:
                self.board.update(sub)


def smallest(holds: Callable[[int], bool], most: int, guess: int | None = None,
             ) -> int | None:
    """The smallest k in 1..most for which ``holds`` (monotone: once it holds, it holds for
    every larger k), or None. ``guess`` is where to look first (default ``most``): when it
    is right, two trials settle it; from a wrong one the search gallops to a bracket and
    bisects it."""
    if most < 1:
        return None
    first = most if guess is None else min(max(guess, 1), most)
    if holds(first):
        if first == 1 or not holds(first - 1):
            return first
        return _bisect(holds, 0, first - 1)
    low, stride = first, 1  # not holds(low)
    while low < most:
        probe = min(low + stride, most)
        if holds(probe):
            return _bisect(holds, low, probe)
        low, stride = probe, 2 * stride
    return None


def _bisect(holds: Callable[[int], bool], low: int, high: int) -> int:
    """The smallest k in low+1..high that holds, given holds(high) and (low = 0, or) not
    holds(low)."""
    while high - low > 1:
        middle = (low + high) // 2
        if holds(middle):
            high = middle
        else:
            low = middle
    return high
