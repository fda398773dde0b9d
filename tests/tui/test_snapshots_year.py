"""Screenshots of the screens the walk through a bloc's year added, at 80×24 and 120×40:
the form that makes a new workspace in an empty folder.

Regenerate with ``pytest tests/tui/test_snapshots_year.py --snapshot-update`` and look at
the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from emulation_tui.app import EmulationApp
from emulation_tui.settings import Settings

SIZES = [(80, 24), (120, 40)]
IDS = ["80x24", "120x40"]
NEW_FOLDER = Path("/tmp/khoi-moi")  # shown, never made: the form is not submitted


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_new_workspace_form(snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    app = EmulationApp(settings=Settings(language="vi"), new_at=NEW_FOLDER)
    assert snap_compare(app, press=[*"Khoi thi dua"], terminal_size=size)
