"""At 80 columns the ranking keeps the rating, as the dashboard does: the movement (``±``)
and the other optional columns leave first (the 176-criterion table has four sections)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from emulation_tui.app import EmulationApp
from emulation_tui.screens.ranking import RankingScreen
from emulation_tui.session import Session
from emulation_tui.settings import Settings
from emulation_tui.widgets.table import DenseTable

from .test_large import large, large_path  # noqa: F401 (fixtures)
from .test_snapshots_start import _quietly

Snap = Callable[..., bool]


async def _shown(app: EmulationApp, width: int, table: str, keys: tuple[str, ...] = (),
                 ) -> list[str]:
    async with app.run_test(size=(width, 24)) as pilot:
        await pilot.press(*keys)
        await pilot.pause()
        return [str(key.value) for key in app.screen.query_one(table, DenseTable).columns]


@pytest.mark.parametrize("width", [80, 100, 160])
async def test_the_rating_stays_at_any_width(large: Session, width: int) -> None:  # noqa: F811
    app = EmulationApp(large, settings=Settings(), save_delay=3600)
    ranking = await _shown(app, width, "#ranking", ("r",))
    assert {"rank", "unit", "total", "rating"} <= set(ranking)
    dashboard = await _shown(EmulationApp(large, settings=Settings(), save_delay=3600),
                             width, "#members")
    assert "rating" in dashboard


async def test_the_movement_leaves_before_the_sections(large: Session) -> None:  # noqa: F811
    app = EmulationApp(large, settings=Settings(), save_delay=3600)
    narrow = await _shown(app, 80, "#ranking", ("r",))
    assert "change" not in narrow
    assert [c for c in narrow if c.startswith("s:")] == ["s:1", "s:2", "s:3", "s:4"]
    wider = await _shown(EmulationApp(large, settings=Settings(), save_delay=3600), 100,
                         "#ranking", ("r",))
    assert "change" in wider


def test_ranking_176_criteria_at_80x24(large: Session, snap_compare: Snap,  # noqa: F811
                                       ) -> None:
    app = EmulationApp(large, settings=Settings(), save_delay=3600)

    async def ranked(pilot: Any) -> None:
        await _quietly("r")(pilot)
        assert isinstance(pilot.app.screen, RankingScreen)

    assert snap_compare(app, run_before=ranked, terminal_size=(80, 24))
