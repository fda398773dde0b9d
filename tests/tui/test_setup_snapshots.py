"""Screenshots of the set-up screens at 80×24 and 120×40 (fixture bloc, fixed clock).

Regenerate with ``pytest tests/tui/test_setup_snapshots.py --snapshot-update`` and look at
the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from emulation_core import ContentKind, RegisteredItem, register_content
from emulation_tui.app import EmulationApp
from emulation_tui.session import Session

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


def _register_overlap(session: Session) -> None:
    """Two units registering the same field (one with the words in another order)."""
    for member, text, tag in (("ctd-tinh", "Vận động hiến máu tình nguyện", "y tế"),
                              ("kh-tinh", "Hiến máu tình nguyện", ""),
                              ("kh-tinh", "Khuyến học, khuyến tài", "giáo dục")):
        session.change(lambda ws, m=member, x=text, g=tag: register_content(
            ws, "2018-6t", m, add=[RegisteredItem(ContentKind.FIELD, x, g)]))


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_registration_grid(app: EmulationApp, session: Session,
                           snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    _register_overlap(session)
    assert snap_compare(app, press=["g", "down", "right", "right", "4", ".", "5"],
                        terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_registered_content(app: EmulationApp, session: Session,
                            snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    _register_overlap(session)
    assert snap_compare(app, press=["g", "down", "down", "down", "i"], terminal_size=size)


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_overlap(app: EmulationApp, session: Session, snap_compare: Callable[..., bool],
                 size: tuple[int, int]) -> None:
    _register_overlap(session)
    assert snap_compare(app, press=["o"], terminal_size=size)
