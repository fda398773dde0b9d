"""The criteria editor's save dialog lists as many changes as the screen has room for: at
120×40 it listed five and hid the rest behind "… và 5 thay đổi khác" with half the screen
empty; at 80×24 it still lists five."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from emulation_tui.app import EmulationApp
from emulation_tui.screens.reason_dialog import ReasonDialog

from .conftest import open_criteria_editor

II_2 = "1.1"


@pytest.mark.parametrize(("size", "more"), [((120, 40), ""),
                                            ((80, 24), "… và 2 thay đổi khác")])
async def test_the_save_dialog_lists_what_the_screen_has_room_for(
        app: EmulationApp, size: tuple[int, int], more: str) -> None:
    async with app.run_test(size=size) as pilot:
        await open_criteria_editor(app, pilot, II_2)
        for _ in range(7):
            await pilot.press("a", "escape")  # a criterion added, back to the table
            await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        body = str(dialog.query_one(".dialog-body", Static).render())
        assert "7 thay đổi" in body
        if more:
            assert more in body
        else:
            assert "khác" not in body and body.count("thêm") == 7
