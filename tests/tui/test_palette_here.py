"""The palette never offers a command that goes where it was opened: not the dashboard on
the dashboard (nor any main screen on itself), not scoring the unit being scored; from
anywhere else it still does."""

from __future__ import annotations

import pytest

from emulation_tui.app import EmulationApp
from emulation_tui.commands import ActionCommands
from emulation_tui.i18n import t
from emulation_tui.screens.scoring import ScoringScreen

MAIN = ("dashboard", "ranking", "members", "criteria", "campaigns", "registration",
        "overlap")


def _labels(app: EmulationApp) -> list[str]:
    return [label.casefold() for label, _, _ in ActionCommands(app.screen)._commands()]


@pytest.mark.parametrize("here", MAIN)
async def test_a_main_screen_is_not_offered_on_itself(app: EmulationApp, here: str) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await app.run_action(f"goto('{here}')")
        await pilot.pause()
        assert app.current_mode == here
        labels = _labels(app)
        assert t(f"key.{here}").casefold() not in labels
        others = [t(f"key.{m}").casefold() for m in MAIN if m != here]
        assert all(name in labels for name in others), labels


async def test_scoring_the_unit_being_scored_is_not_offered(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ScoringScreen)
        session = app.session
        assert session is not None
        names = {m.id: t("cmd.score_unit", unit=m.name).casefold()
                 for m in session.bloc.members}
        labels = _labels(app)
        assert names.pop(screen.member_id) not in labels
        assert all(name in labels for name in names.values())
        assert t("key.dashboard").casefold() in labels  # back from the unit: it goes


async def test_the_dashboard_is_offered_from_the_ranking_through_the_palette(
        app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"tong quan")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_mode == "dashboard"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"tong quan")
        await pilot.pause(0.3)
        await pilot.press("enter")  # the "no command matches" line: nothing happens
        await pilot.pause()
        assert app.current_mode == "dashboard"
