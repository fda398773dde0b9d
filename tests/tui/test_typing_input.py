"""Editing keys typed in a burst apply in the order typed, in the scoring editor and the
registration grid's entry line."""

from __future__ import annotations

from decimal import Decimal

import pytest

from emulation_tui.app import EmulationApp
from emulation_tui.session import Session

from .conftest import open_criterion, send_back
from .test_entry import _burst


@pytest.mark.parametrize(("keys", "trainings"), [
    (("enter", "backspace", "1", "2"), "12"),         # 3 → 12, not 123 or 21
    (("enter", "left", "5"), "53"),                    # the arrow moves before the digit
    (("enter", "home", "7", "end", "0"), "730"),
    (("enter", "home", "delete", "8"), "8"),
])
async def test_editing_keys_in_a_burst_apply_in_the_order_typed(
        app: EmulationApp, session: Session, keys: tuple[str, ...], trainings: str) -> None:
    send_back(session, "ctd-ha-long")  # the unit's own figures, not corrections
    async with app.run_test(size=(100, 30)) as pilot:
        await open_criterion(app, pilot, "ctd-ha-long", "III.1")  # 3 training courses
        _burst(app, *keys)
        await pilot.pause()
        await pilot.pause()
        assert session.working_submission("ctd-ha-long").values["trainings"] == \
            Decimal(trainings)
