"""Every key says when it is done with (key_order's marker comes back): with the time
fallback out of reach, bursts of keys over every kind of screen, field, dialog and the
palette still all get handled, in order, and none is left in hand."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from emulation_tui import key_order
from emulation_tui.app import EmulationApp

from .test_entry import _burst

BURSTS = {
    "main screens": ("r", "down", "down", "b", "m", "down", "t", "down", "C", "down", "g",
                     "right", "o", "escape", "d"),
    "scoring": ("enter", "down", "enter", "4", "escape", "slash", "1", "enter", "escape",
                "bracketright", "escape"),
    "target line": ("g", "4", "escape", "1", "2", "escape", "escape"),
    "help and palette": ("f1", "escape", "ctrl+p", "x", "e", "p", "escape", "r", "f1",
                         "escape", "escape"),
    "form and its question": ("m", "a", "H", "o", "escape", "escape", "escape", "y", "escape"),
    "dialog": ("c", "down", "escape", "r", "f", "escape", "escape"),
    "criteria editor": ("t", "e", "down", "enter", "escape", "escape", "escape"),
}


async def _drained(app: EmulationApp, pilot: Pilot[int]) -> bool:
    for _ in range(200):
        await pilot.pause(0.02)
        if app._key_in_hand is None and not app._keys_waiting:
            return True
    return False


@pytest.mark.parametrize("name", list(BURSTS))
async def test_every_key_of_a_burst_is_marked_done(app: EmulationApp, name: str,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(key_order, "_LOST_AFTER", 3600.0)  # only the marker lets keys go
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        _burst(app, *BURSTS[name])
        assert await _drained(app, pilot), (name, app._key_in_hand, list(app._keys_waiting))
        assert app.is_running
