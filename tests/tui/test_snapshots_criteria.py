"""Screenshots of the criteria editor at 80×24 and 120×40: a criterion's fields, and a
maximum typed that the sums then check (the table 2 over its scale).

Regenerate with ``pytest tests/tui/test_snapshots_criteria.py --snapshot-update`` and look
at the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from emulation_tui.app import EmulationApp

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]


def _keys(*keys: str) -> Callable[[Any], Any]:
    async def run(pilot: Any) -> None:
        await pilot.press(*keys)
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_criteria_editor(app: EmulationApp, snap_compare: Callable[..., bool],
                         size: tuple[int, int]) -> None:
    """II.1 (yes/no) highlighted: its fields, the indicator it reads named."""
    assert snap_compare(app, run_before=_keys("t", "e", "down", "down", "down"),
                        terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_criteria_editor_sum_moved(app: EmulationApp, snap_compare: Callable[..., bool],
                                   size: tuple[int, int]) -> None:
    """II.1's maximum typed as 12: the root row and the checks say 102/100, 2 over."""
    assert snap_compare(app, run_before=_keys(
        "t", "e", "down", "down", "down", "enter", "enter", "enter", "enter", "backspace",
        "backspace", "1", "2"), terminal_size=size)
