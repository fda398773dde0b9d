"""Screenshots of every screen at 80×24 and 120×40, from the fixture bloc and a fixed clock.

Regenerate with ``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at the SVGs
under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from emulation_core import PluginRegistry
from emulation_tui.app import EmulationApp

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]

Snap = Callable[..., bool]


def _keys(*keys: str) -> Callable[[Any], Any]:
    """Press ``keys`` then wait until the screen is drawn."""
    async def run(pilot: Any) -> None:
        await pilot.press(*keys)
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_dashboard(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(app, terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_ranking(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(app, press=["r", "down", "down"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_ranking_verified_only(app: EmulationApp, snap_compare: Snap,
                               size: tuple[int, int]) -> None:
    assert snap_compare(app, run_before=_keys("r", "v"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_scoring(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    """The first unit, on I.1: verified below the claimed points, with a reason."""
    assert snap_compare(app, run_before=_keys("enter"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_scoring_a_judged_criterion_in_the_editor(app: EmulationApp, snap_compare: Snap,
                                                   size: tuple[int, int]) -> None:
    """A draft's judged criterion, the editor's field focused."""
    assert snap_compare(app, run_before=_keys("down", "down", "enter", "down", "enter"),
                        terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_members(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(app, run_before=_keys("m"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_member_form(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(app, run_before=_keys("m", "enter"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_criteria(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(app, run_before=_keys("t", "down"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_help(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(app, run_before=_keys("f1"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_campaign_choice(app: EmulationApp, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(app, run_before=_keys("c"), terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_picker(registry: PluginRegistry, snap_compare: Snap, size: tuple[int, int]) -> None:
    assert snap_compare(EmulationApp(None, registry=registry), terminal_size=size)


def test_dashboard_in_english(make_app: Callable[..., EmulationApp], session: Any,
                              snap_compare: Snap) -> None:
    assert snap_compare(make_app(session, "en"), terminal_size=(100, 24))
