"""Screenshots of the main screens at 80×24 and 120×40, from the fixture bloc and a fixed clock.

Regenerate with ``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at the SVGs
under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from emulation_tui.app import EmulationApp

SIZES = [(80, 24), (120, 40)]


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_dashboard(app: EmulationApp, snap_compare: Callable[..., bool],
                   size: tuple[int, int]) -> None:
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=["80x24", "120x40"])
def test_ranking(app: EmulationApp, snap_compare: Callable[..., bool],
                 size: tuple[int, int]) -> None:
    assert snap_compare(app, press=["r", "down", "down"], terminal_size=size)


def test_scoring(app: EmulationApp, snap_compare: Callable[..., bool]) -> None:
    async def open_member(pilot: Any) -> None:
        await pilot.press("down", "down", "enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=open_member)


def test_scoring_at_80x24(app: EmulationApp, snap_compare: Callable[..., bool]) -> None:
    """The smallest supported terminal: table over the editor, explanation in Vietnamese."""

    async def open_member(pilot: Any) -> None:
        await pilot.press("enter")  # the first unit, on I.1: verified below the claimed
        await pilot.pause()  # points, with a reason

    assert snap_compare(app, terminal_size=(80, 24), run_before=open_member)


def test_dashboard_in_english(make_app: Callable[..., EmulationApp], session: Any,
                              snap_compare: Callable[..., bool]) -> None:
    assert snap_compare(make_app(session, "en"), terminal_size=(100, 24))
