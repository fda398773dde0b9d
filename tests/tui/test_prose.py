"""Wrapped notes and explanations never split a grouped number (``1 430 000``) across lines."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import Static

from emulation_tui.app import EmulationApp
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session
from emulation_tui.widgets.prose import Prose, line_spans

_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?!\d)")

_words = st.one_of(
    st.text(alphabet="abcđếăơưxyz()%/→×", min_size=1, max_size=9),
    st.builds(lambda head, groups: " ".join([str(head), *(f"{g:03d}" for g in groups)]),
              st.integers(1, 999), st.lists(st.integers(0, 999), min_size=1, max_size=3)),
    st.builds(lambda whole, part: f"{whole},{part}", st.integers(0, 999), st.integers(0, 99)),
)


def _well_formed(text: str, spans: list[tuple[int, int]], width: int) -> None:
    """Lines fit, run in order, hold no line break, and leave out nothing but spaces and
    line breaks."""
    assert all(cell_len(text[a:b]) <= width and "\n" not in text[a:b] for a, b in spans)
    assert all(end <= start for (_, end), (start, _) in pairwise(spans))
    covered = {i for a, b in spans for i in range(a, b)}
    assert all(char in " \n" for i, char in enumerate(text) if i not in covered)


@given(st.lists(_words, min_size=1, max_size=20), st.integers(15, 60))
def test_lines_fit_and_keep_every_grouped_number_whole(words: list[str], width: int) -> None:
    text = " ".join(words)
    spans = line_spans(text, width)
    _well_formed(text, spans, width)
    for number in _GROUPED.finditer(text):
        if len(number.group()) <= width:  # (a longer one is cut like any long word)
            assert any(a <= number.start() and number.end() <= b for a, b in spans), number
            assert not any(a < number.start() < b < number.end() for a, b in spans)


@given(st.text(alphabet="ab 1\n", max_size=40), st.integers(1, 8))
def test_any_text_is_cut_into_lines_that_fit(text: str, width: int) -> None:
    _well_formed(text, line_spans(text, width), width)


NOTE = ("Quỹ nhân đạo vận động được trong sáu tháng đầu năm theo báo cáo của hội là "
        "1 430 000 nghìn đồng, cao hơn chỉ tiêu")
"""At 80 columns ``1 430`` ends the first line exactly: a break at any space splits it."""


class _Both(App[None]):
    def compose(self) -> ComposeResult:
        yield Static(Text(NOTE), id="plain")
        yield Prose(Text(NOTE), id="prose")


def _rendered(widget: Static) -> list[str]:
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


async def test_at_80_columns_the_number_stays_whole_where_a_plain_static_splits_it() -> None:
    app = _Both()
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        plain = _rendered(app.query_one("#plain", Static))
        prose = _rendered(app.query_one("#prose", Prose))
    assert plain[0].endswith("1 430")  # Textual breaks inside the number
    assert any("1 430 000" in line for line in prose)
    assert " ".join(prose) == NOTE


async def test_the_scoring_editor_at_80_columns_keeps_each_figure_whole(
        app: EmulationApp, session: Session) -> None:
    """Every criterion of a unit at 80×24: each grouped number of its rule, its explanation
    and its fields' notes is on one line as drawn."""
    async with app.run_test(size=(80, 24)) as pilot:
        app.push_screen(ScoringScreen("ctd-tinh"))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ScoringScreen)
        checked = 0
        for code in [c.code for c in session.board.table_for("ctd-tinh").leaves()]:
            screen.table.select_key(code)
            await pilot.pause()
            for widget in screen.query(Prose).results():
                if not widget.display or not widget.size.height:
                    continue
                drawn = _rendered(widget)
                for number in _GROUPED.finditer(widget._text().plain):
                    checked += 1
                    assert any(number.group() in line for line in drawn), (code, drawn)
        assert checked >= 2  # the sample's figures do reach the thousands
