"""Screenshots of the set-up screens at 80×24 and 120×40 (fixture bloc, fixed clock).

Regenerate with ``pytest tests/tui/test_setup_snapshots.py --snapshot-update`` and look at
the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from emulation_tui.app import EmulationApp

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_campaigns(app: EmulationApp, snap_compare: Callable[..., bool],
                   size: tuple[int, int]) -> None:
    assert snap_compare(app, press=["C"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_campaign_roll_over_form(app: EmulationApp, snap_compare: Callable[..., bool],
                                 size: tuple[int, int]) -> None:
    assert snap_compare(app, press=["C", "f"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_leadership_form(app: EmulationApp, snap_compare: Callable[..., bool],
                         size: tuple[int, int]) -> None:
    assert snap_compare(app, press=["m", "y"], terminal_size=size)
