"""Opening a unit opens it once: a click (also on the row under the cursor), a double click,
a fast enter; the first escape then goes back at once."""

from __future__ import annotations

import pytest

from emulation_tui.app import EmulationApp
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.widgets.table import DenseTable

from .test_entry import _burst


def _scoring_screens(app: EmulationApp) -> int:
    return sum(isinstance(screen, ScoringScreen) for screen in app.screen_stack)


@pytest.mark.parametrize("times", [1, 2])
@pytest.mark.parametrize("under_cursor", [True, False])
async def test_a_click_or_double_click_opens_the_unit_once(
        app: EmulationApp, times: int, under_cursor: bool) -> None:
    """A double click opened the unit twice (its second click selected the row again), so
    the first escape showed the same unit; one click on the row under the cursor opened
    nothing."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#members", DenseTable)
        row = table.cursor_row if under_cursor else table.cursor_row + 2
        member = table.keys[row]
        await pilot.click(DenseTable, offset=(20, row + 1), times=times)  # below the header
        await pilot.pause()
        await pilot.pause()
        assert _scoring_screens(app) == 1
        assert isinstance(app.screen, ScoringScreen) and app.screen.member_id == member
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_first_escape_after_opening_goes_back(app: EmulationApp,
                                                        size: tuple[int, int]) -> None:
    """Enter and escape typed in the same instant, and one after the other."""
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        _burst(app, "enter", "escape")
        for _ in range(3):
            await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ScoringScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen) and _scoring_screens(app) == 0
