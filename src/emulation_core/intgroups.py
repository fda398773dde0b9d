"""The integer engine's per-type state: a member type's columns, and who counts in them.

:class:`Group` holds one member type's integer columns (counted and computed points per
criterion, section and tie-break sums, lateness, deductions, totals); :class:`Scored` the
members of a list whose submission counts, with their integer figures; :func:`spread` lays
a column of the counted members out over the whole list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from .intfigures import Figures
from .intmatrix import Matrix
from .kernels import Column, Kernel
from .plan import Plan

__all__ = ["Group", "Scored", "spread"]

class Scored:
    """Members whose submission counts, out of a list of ``size`` ids: their positions in
    it, ids, integer figures and whole targets; ``matrix`` holds the whole list's figures
    as columns."""

    __slots__ = ("gaps", "ids", "index", "matrix", "positions", "rows", "size", "targets")

    def __init__(self, size: int, positions: list[int], ids: list[str], rows: list[Figures],
                 targets: list[dict[str, int]], matrix: Matrix) -> None:
        self.size = size
        self.positions = positions
        taken = set(positions)
        self.gaps = [k for k in range(size) if k not in taken]  # the others' places
        self.ids = ids
        self.rows = rows
        self.targets = targets
        self.index = {member_id: k for k, member_id in enumerate(ids)}
        self.matrix = matrix


_T = TypeVar("_T")


def spread(found: Sequence[_T], gaps: list[int], empty: _T) -> list[_T]:
    """``found`` laid out with ``empty`` put at each of the places ``gaps`` (ascending)."""
    out: list[_T] = []
    start = 0
    for k, gap in enumerate(gaps):  # whole slices between the gaps: few gaps, long runs
        out += found[start:gap - k]
        out.append(empty)
        start = gap - k
    out += found[start:]
    return out


class Group:
    """The members of one type and their integer columns."""

    def __init__(self, plan: Plan, ids: list[str], kernels: list[Kernel | None],
                 numbers: list[int | None]) -> None:
        self.plan = plan
        self.ids = ids
        self.kernels = kernels
        self.numbers = numbers
        self.keys = tuple(sorted({key for c in plan.leaves for key in c.rule.indicators}))
        self.codes = tuple(c.code for c, kernel in zip(plan.leaves, kernels, strict=True)
                           if kernel is None)  # entered points only
        self.matrix = Matrix((), (), ())  # the members' figures, once read
        self.cols: list[list[int]] = []
        self.computed: list[Column | None] = []  # comparative criteria only
        self.sections: list[list[int]] = []
        self.ties: dict[str, list[int]] = {}
        self.late: list[int] = []
        self.minus_deductions: list[int] = []  # higher is better, as the tie-break reads it
        self.totals: list[int] = []
        self.tie_columns: list[list[int]] = []  # per key of the campaign's tie-break chain
        self.ready: Scored | None = None  # the members whose submission counts
