"""esc goes back from every main screen but the dashboard, out of a text field first; a
form with something typed in it asks before esc drops it (and keeps it on "no")."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from emulation_tui.app import EmulationApp
from emulation_tui.screens.criteria import CriteriaScreen
from emulation_tui.screens.dialogs import ConfirmDialog
from emulation_tui.screens.help import HelpScreen
from emulation_tui.screens.member_form import MemberForm
from emulation_tui.screens.registration import RegistrationScreen
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session


@pytest.mark.parametrize("mode", ["ranking", "members", "criteria", "campaigns",
                                  "registration", "overlap"])
async def test_esc_goes_back_to_the_dashboard(app: EmulationApp, mode: str) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.run_action(f"goto('{mode}')")
        await pilot.pause()
        assert app.current_mode == mode
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "dashboard"


async def test_esc_on_the_dashboard_does_nothing_and_is_not_listed(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        home = app.screen
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home and app.is_running
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert not any(key.startswith("esc") for key, _ in app.screen.keys)
        await pilot.press("escape")
        await pilot.press("r", "f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert any(key.startswith("esc") for key, _ in app.screen.keys)


async def test_esc_closes_the_target_line_first(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegistrationScreen)
        await pilot.press("right", "right", "4")  # an indicator's cell: the target line
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and not isinstance(app.focused, Input)
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "dashboard"


async def test_esc_closes_the_find_bar_before_the_unit(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ScoringScreen)
        await pilot.press("slash", "q")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen and not isinstance(app.focused, Input)
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "dashboard" and not isinstance(app.screen, ScoringScreen)


async def test_esc_from_the_criteria_editor_goes_to_the_criteria(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.run_action("goto('criteria_edit')")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CriteriaScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "dashboard"


async def test_an_untouched_form_closes_at_once(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m", "a")
        await pilot.pause()
        assert isinstance(app.screen, MemberForm)
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_mode == "members" and not isinstance(app.screen, MemberForm)


async def test_a_typed_form_asks_and_keeps_the_typing(app: EmulationApp,
                                                      session: Session) -> None:
    before = session.bloc.members
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MemberForm)
        await pilot.press(*"Hội Nông dân")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # "keep editing"
        await pilot.pause()
        assert app.screen is form
        assert form.query_one("#name", Input).value == "Hội Nông dân"
        await pilot.press("escape", "y")  # discard, asked and answered
        await pilot.pause()
        assert app.current_mode == "members" and not isinstance(app.screen, MemberForm)
    assert session.bloc.members == before
