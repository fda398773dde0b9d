"""A report's row replaced in a member type's matrix reads back as that report, 0 where it
reports nothing: every indicator's whole value and every criterion's entered points,
in the columns gathered before and those gathered after. (A held matrix is brought up to
date for the next board this way, and an edited member's figures too.)"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import CriterionEntry, Status, Submission
from emulation_core.intfigures import Figures
from emulation_core.intmatrix import Matrix
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
