"""Points on screen at the open campaign's precision, not always two decimals."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs

from emulation_core import PluginRegistry, Workspace
from emulation_tui import fmt
from emulation_tui.app import EmulationApp
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import open_session
from emulation_tui.settings import Settings
from emulation_tui.widgets.table import DenseTable

NOW = dt.datetime(2018, 7, 5, 9, 30)
CAMPAIGN = "2018-6t"


def _at_thousandths(ws_path: Path, registry: PluginRegistry) -> None:
    with Workspace.open(ws_path, writable=True, registry=registry) as ws:
        ws.save_campaign(attrs.evolve(ws.campaign(CAMPAIGN), precision=Decimal("0.001")))


def test_points_follow_the_open_campaigns_precision(ws_path: Path,
                                                    registry: PluginRegistry) -> None:
    _at_thousandths(ws_path, registry)
    session = open_session(ws_path, clock=lambda: NOW, registry=registry)
    try:
        session.switch_campaign(CAMPAIGN)
        assert fmt.points(Decimal("28.2149")) == "28,215"
        assert fmt.signed(Decimal("-1.5")) == "−1,500"
        session.switch_campaign("2017-nam")  # still at 0.01
        assert fmt.points(Decimal("28.2149")) == "28,21"
    finally:
        session.close()


async def test_the_scoring_screen_shows_thousandths(ws_path: Path,
                                                    registry: PluginRegistry) -> None:
    _at_thousandths(ws_path, registry)
    session = open_session(ws_path, clock=lambda: NOW, registry=registry)
    try:
        session.switch_campaign(CAMPAIGN)
        app = EmulationApp(session, settings=Settings(language="vi"), clock=lambda: NOW,
                           save_delay=0.01)
        async with app.run_test(size=(120, 40)) as pilot:
            app.screen.query_one("#members", DenseTable).select_key("kh-tinh")
            await pilot.press("enter")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ScoringScreen)
            assert session.board is not None
            families = next(s for s in session.board.breakdown("kh-tinh")
                            if s.criterion.code == "I.1")  # 480 of 500 × 40
            shown = fmt.points(families.points)
            assert shown.count(",") == 1 and len(shown.split(",")[1]) == 3
            table = screen.table
            assert any(shown in str(table.get_cell(key, "points")) for key in table.keys)
    finally:
        session.close()
