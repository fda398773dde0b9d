"""A report's row replaced in a member type's matrix reads back as that report, 0 where it
reports nothing: every indicator's whole value and every criterion's entered points,
in the columns gathered before and those gathered after. (A held matrix is brought up to
date for the next board this way, and an edited member's figures too.) At most
``HELD_MOST`` matrices are held, the latest."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import CriterionEntry, Status, Submission
from emulation_core import intmatrix as matrix_module
from emulation_core.intfigures import Figures
from emulation_core.intmatrix import HELD_MOST, Matrix, forget_matrices, matrix_of
from emulation_core.units import Units

D = Decimal
KEYS = ("a", "b", "c")
CODES = ("1.1", "1.2")
UNITS = Units(D("0.5"), 1)


@st.composite
def reports(draw: st.DrawFn) -> Figures:
    values = draw(st.dictionaries(st.sampled_from(KEYS), st.integers(-5, 300).map(D)))
    entries = draw(st.dictionaries(st.sampled_from(CODES), st.integers(0, 20).map(
        lambda k: CriterionEntry(D(k) / 2))))
    return Figures(values, Submission("m", "c", Status.SUBMITTED, values, entries), UNITS)


@given(st.lists(reports(), min_size=1, max_size=6), reports(), st.data())
def test_a_replaced_row_reads_as_its_report_and_the_original_stays(
        rows: list[Figures], new: Figures, data: st.DataObject) -> None:
    gathered = data.draw(st.lists(st.sampled_from(KEYS), unique=True))
    picked = data.draw(st.lists(st.sampled_from(CODES), unique=True))
    matrix = Matrix(rows, gathered, picked)
    pos = data.draw(st.integers(0, len(rows) - 1))
    copy = matrix.copy()
    copy.set_row(pos, new)
    expected = [*rows[:pos], new, *rows[pos + 1:]]
    for key in KEYS:
        assert copy.values(key) == [f.whole.get(key, 0) for f in expected]
        assert matrix.values(key) == [f.whole.get(key, 0) for f in rows]
    for code in CODES:
        assert copy.points(code) == [f.picked.get(code, 0) for f in expected]
        assert matrix.points(code) == [f.picked.get(code, 0) for f in rows]
    assert copy.figures[pos] is new


def test_at_most_held_most_matrices_are_held_the_latest_kept() -> None:
    """Six large types in turn: the latest ``HELD_MOST`` are held, the oldest dropped; a
    held one is handed out again as an equal copy."""
    figures = [Figures({"a": D(k)}, None, UNITS) for k in range(3)]
    ids = [tuple(f"t{t}m{k}" for k in range(3)) for t in range(6)]
    kept = matrix_module.HOLD_FROM
    matrix_module.HOLD_FROM = 0
    forget_matrices()
    try:
        for t, members in enumerate(ids):
            matrix_of(f"t{t}", members, figures, ("a",), ())
        assert list(matrix_module._HELD) == [(f"t{t}", ids[t]) for t in range(2, 6)]
        assert len(matrix_module._HELD) == HELD_MOST
        again = matrix_of("t5", ids[5], figures, ("a",), ())
        assert again.values("a") == [0, 1, 2] and again is not matrix_module._HELD[("t5", ids[5])]
    finally:
        matrix_module.HOLD_FROM = kept
        forget_matrices()
