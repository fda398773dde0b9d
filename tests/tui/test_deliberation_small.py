"""The deliberation forms on an 80×24 terminal: taller than the screen, they scroll; each
opens showing its title, and a refusal is scrolled into view (it was drawn below the
bottom edge, out of sight, with the buttons)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Static

from emulation_core import vi_sort_key
from emulation_tui.app import EmulationApp
from emulation_tui.screens.awards import OverrideForm
from emulation_tui.screens.ballot_form import HandsBallotForm
from emulation_tui.screens.cross_forms import RecuseForm
from emulation_tui.screens.deliberation_forms import (
    CrossScoreForm,
    DeliberationForm,
    SecretBallotForm,
)
from emulation_tui.session import Session

from .delib_tools import fill, save

C = "2018-6t"


def in_view(widget: Widget) -> bool:
    """Whether any of the widget is drawn inside what its scrolling frame shows."""
    placed = widget.screen.find_widget(widget)
    return placed.region.intersection(placed.clip).area > 0


@pytest.mark.parametrize("form_type", [CrossScoreForm, SecretBallotForm, OverrideForm,
                                       RecuseForm])
async def test_a_form_taller_than_the_screen_scrolls_and_shows_its_refusal(
        make_app: Callable[..., EmulationApp], session: Session,
        form_type: type[DeliberationForm]) -> None:
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        form = OverrideForm(session, C, exclude=False) if form_type is OverrideForm \
            else form_type(session, C)
        app.push_screen(form)
        await pilot.pause()
        box = form.query_one(".box", VerticalScroll)
        assert in_view(form.query_one(".dialog-title", Static))
        assert box.scroll_y == 0
        problem = form.query_one("#form-error", Static)
        if form_type is CrossScoreForm:
            assert box.max_scroll_y > 0  # taller than 24 rows: it scrolls
            assert not in_view(problem)
        await save(pilot, app)  # nothing chosen: refused
        await pilot.pause()
        assert app.screen is form and str(problem.render())
        assert in_view(problem)


async def test_the_secret_ballots_count_refused_in_view(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    leader = session.ws.proposals(C).proposed("provincial_flag")[0]
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        form = SecretBallotForm(session, C)
        app.push_screen(form)
        await pilot.pause()
        fill(form, award="provincial_flag", candidate=leader, count_for="99")
        await save(pilot, app)
        await pilot.pause()
        problem = form.query_one("#form-error", Static)
        assert "99 phiếu, nhiều hơn 5 đơn vị biểu quyết" in str(problem.render())
        assert in_view(problem)
    assert session.ws.deliberation(C).ballots == ()


async def test_tab_goes_from_the_candidate_to_the_first_units_row(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    """The show of hands' scrolling rows take no Tab stop of their own: from the candidate,
    Tab reaches the "every vote for" button, then each unit's attendance and its vote, the
    units A to Z (the rows scroll along)."""
    members = [m.id for m in sorted(session.bloc.members, key=lambda m: vi_sort_key(m.name))]
    app = make_app(session)
    async with app.run_test(size=(80, 24)) as pilot:
        form = HandsBallotForm(session, C)
        app.push_screen(form)
        await pilot.pause()
        form.query_one("#candidate").focus()
        visited = []
        for _ in range(2 * len(members) + 1):
            await pilot.press("tab")
            await pilot.pause()
            assert app.focused is not None
            visited.append(app.focused.id)
            assert in_view(app.focused)
        assert visited == ["all-for",  # every vote "for" in one step, then row by row
                           *(f"{kind}-{m}" for m in members for kind in ("at", "vote"))]
