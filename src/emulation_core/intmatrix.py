"""A member type's integer figures as columns, gathered once and held for the next board.

The engine reads a criterion's figures a column at a time (every member's value of one
indicator, every member's entered points on one criterion). Read straight from each
report's kept :class:`~.intfigures.Figures` that is one dictionary look-up per cell, each
in a different report; :class:`Matrix` gathers them once, a report at a time (each report's
look-ups in one C-level pass), and turns the rows into columns.

Large member types (:data:`HOLD_FROM` members or more) have their matrix held (at most
:data:`HELD_MOST` of them, the latest kept), keyed by the type and its member ids: a
scoreboard built again for the same bloc (the UI after a save, a script scoring twice)
takes a copy of it and re-gathers only the rows whose figures are not the very objects it
was gathered from; a board's edits change its own copy only.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import compress, count
from operator import is_not, itemgetter

from .intfigures import Figures

__all__ = ["HELD_MOST", "HOLD_FROM", "Matrix", "forget_matrices", "matrix_of", "taken"]

HOLD_FROM = 1_000
"""Member types of this many members or more have their matrix held for the next board."""
HELD_MOST = 4


class Matrix:
    """Whole values by indicator key and counted entered points by criterion code, each a
    column over a list of reports (0 where a report has none)."""

    __slots__ = ("figures", "picked", "whole")

    def __init__(self, figures: Sequence[Figures], keys: Sequence[str],
                 codes: Sequence[str]) -> None:
        self.figures = list(figures)
        self.whole = _columns([f.whole for f in figures], keys)
        self.picked = _columns([f.picked for f in figures], codes)

    def values(self, key: str) -> list[int]:
        """Every report's whole value of ``key`` (gathered now if no column has it yet)."""
        column = self.whole.get(key)
        if column is None:
            column = self.whole[key] = [f.whole.get(key, 0) for f in self.figures]
        return column

    def points(self, code: str) -> list[int]:
        """Every report's counted entered points on ``code``."""
        column = self.picked.get(code)
        if column is None:
            column = self.picked[code] = [f.picked.get(code, 0) for f in self.figures]
        return column

    def set_row(self, pos: int, figures: Figures) -> None:
        """Report ``pos`` now has ``figures``."""
        self.figures[pos] = figures
        for key, column in self.whole.items():
            column[pos] = figures.whole.get(key, 0)
        for code, column in self.picked.items():
            column[pos] = figures.picked.get(code, 0)

    def copy(self) -> Matrix:
        found = Matrix.__new__(Matrix)
        found.figures = self.figures[:]
        found.whole = {key: column[:] for key, column in self.whole.items()}
        found.picked = {code: column[:] for code, column in self.picked.items()}
        return found


def taken(column: list[int], positions: list[int] | None) -> list[int]:
    """The cells of ``column`` at ``positions`` (None: the whole column, as is)."""
    if positions is None:
        return column
    if len(positions) < 2:
        return [column[p] for p in positions]
    return list(itemgetter(*positions)(column))


def _columns(rows: Sequence[dict[str, int]], names: Sequence[str]) -> dict[str, list[int]]:
    if not names:
        return {}
    zeros = [0] * len(names)
    gathered = [list(map(row.get, names, zeros)) for row in rows]
    if not gathered:
        return {name: [] for name in names}
    columns = zip(*gathered, strict=True)
    return {name: list(column) for name, column in zip(names, columns, strict=True)}


_HELD: dict[tuple[str, tuple[str, ...]], Matrix] = {}


def matrix_of(type_key: str, ids: tuple[str, ...], figures: Sequence[Figures],
              keys: Sequence[str], codes: Sequence[str]) -> Matrix:
    """The matrix of ``figures`` (the reports of ``ids``, in order), a copy of the held one
    brought up to date when the type is large and one is held."""
    if len(ids) < HOLD_FROM:
        return Matrix(figures, keys, codes)
    key = (type_key, ids)
    held = _HELD.pop(key, None)
    if held is None or not set(keys) <= held.whole.keys() or not set(codes) <= held.picked.keys():
        held = Matrix(figures, keys, codes)
    else:
        for pos in compress(count(), map(is_not, held.figures, figures)):
            held.set_row(pos, figures[pos])
    _HELD[key] = held  # the latest last
    while len(_HELD) > HELD_MOST:
        del _HELD[next(iter(_HELD))]
    return held.copy()


def forget_matrices() -> None:
    """Drop every held matrix."""
    _HELD.clear()
