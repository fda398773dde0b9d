"""Keys typed in a burst are handled one after another, in the order typed: a key that
moves the focus (esc out of a field, enter into the next) acts before the keys behind it
reach any widget, so no figure lands in a field the lead had already left."""

from __future__ import annotations

from decimal import Decimal

import pytest

from emulation_tui.app import EmulationApp
from emulation_tui.session import Session

from .conftest import notified, open_criterion, send_back
from .test_entry import _burst


@pytest.mark.parametrize(("keys", "trainings", "step", "warned"), [
    (("enter", "4", "escape", "enter", "5"), "345", 0, False),  # back into the same field
    (("enter", "4", "escape", "down", "5"), "34", 1, True),     # the 5 reaches the table
    (("enter", "escape", "down", "up", "enter", "7"), "37", 0, False),
    (("enter", "4", "escape", "escape"), "34", None, False),     # the second esc leaves
])
async def test_a_key_behind_esc_goes_where_esc_took_the_focus(
        app: EmulationApp, session: Session, keys: tuple[str, ...], trainings: str,
        step: int | None, warned: bool) -> None:
    send_back(session, "ctd-ha-long")  # the unit's own figures, not corrections
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")  # 3 trainings
        rows = list(screen.table.keys)
        _burst(app, *keys)
        for _ in range(3):
            await pilot.pause()
        assert session.working_submission("ctd-ha-long").values["trainings"] == \
            Decimal(trainings)
        if step is None:
            assert app.screen is not screen  # esc on the table closes the screen
        else:
            assert screen.table.current_key == rows[rows.index("III.1") + step]
            assert screen.table.has_focus is warned  # else the figure's field has it
        # a digit on the table says how to type (on a section's row: pick a criterion)
        assert (notified(app, "Enter") or notified(app, "Chọn một tiêu chí")) is warned


async def test_a_digit_on_a_section_row_says_to_pick_a_criterion(app: EmulationApp) -> None:
    """Enter does nothing on a section's row, so a digit typed there does not say to press
    it: it says that figures go to the section's criteria."""
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")
        section = next(key for key in screen.table.keys if key.startswith("§"))
        screen.table.select_key(section)
        await pilot.pause()
        await pilot.press("enter", "5")
        await pilot.pause()
        assert notified(app, "Chọn một tiêu chí")
        assert not notified(app, "Nhấn Enter")
