"""Screenshots of the review dialogs: a correction asking for its reason, and a return.

Regenerate with ``pytest tests/tui/test_snapshots_review.py --snapshot-update`` and look at
the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from emulation_tui.app import EmulationApp


async def _scoring(pilot: Any, member: str, code: str) -> None:
    pilot.app.screen.query_one("#members").select_key(member)
    await pilot.press("enter")
    await pilot.pause()
    pilot.app.screen.table.select_key(code)
    await pilot.pause()


def test_correction_dialog(app: EmulationApp, snap_compare: Callable[..., bool]) -> None:
    async def correct(pilot: Any) -> None:
        await _scoring(pilot, "ctd-ha-long", "III.1")
        await pilot.press("enter", "backspace", "2", "enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=correct)


def test_return_dialog(app: EmulationApp, snap_compare: Callable[..., bool]) -> None:
    async def send_back(pilot: Any) -> None:
        await _scoring(pilot, "ctd-ha-long", "III.1")
        await pilot.press("b")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=send_back)
