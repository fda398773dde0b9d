"""The ranking's bonus and deductions in the interface's number form (``0,00``, not ``0``),
at the campaign's precision; its bar chart right under the table's rows when the table is
short (at 120×40 it sat at the foot of the screen, below a screen of blank rows), beside the
table from 160 columns, and ``b`` giving its room to the table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import attrs
import pytest

from emulation_core import PluginRegistry, Workspace
from emulation_tui.app import EmulationApp
from emulation_tui.screens.ranking import RankingScreen
from emulation_tui.session import Session, open_session
from emulation_tui.settings import Settings
from emulation_tui.widgets.charts import BarChart
from emulation_tui.widgets.table import DenseTable

from .conftest import NOW, new_app
from .test_large import large, large_path  # noqa: F401 (fixtures)

CAMPAIGN = "2018-6t"


def _cell(table: DenseTable, member: str, column: str) -> str:
    return str(table.get_cell(member, column))


async def _ranking(app: EmulationApp, pilot: object) -> RankingScreen:
    await pilot.press("r")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, RankingScreen)
    return screen


@pytest.mark.parametrize(("language", "zero", "one"), [("vi", "0,00", "1,00"),
                                                       ("en", "0.00", "1.00")])
async def test_bonus_and_deductions_read_as_points(
        session: Session, make_app: Callable[..., EmulationApp], language: str, zero: str,
        one: str) -> None:
    board = session.board
    assert board is not None
    nothing = [r.score.member.id for r in board.ranking
               if not r.score.bonus and not r.score.deductions]
    late = [r.score.member.id for r in board.ranking if r.score.deductions == 1]
    assert nothing and late, "the fixture has a unit with neither and one late report"
    app = make_app(session, language)
    async with app.run_test(size=(120, 40)) as pilot:
        table = (await _ranking(app, pilot)).query_one("#ranking", DenseTable)
        for member in nothing:
            assert _cell(table, member, "bonus") == zero
            assert _cell(table, member, "minus") == zero
        assert _cell(table, late[0], "minus") == one


async def test_bonus_and_deductions_follow_the_campaigns_precision(
        ws_path: Path, registry: PluginRegistry) -> None:
    with Workspace.open(ws_path, writable=True, registry=registry) as ws:
        ws.save_campaign(attrs.evolve(ws.campaign(CAMPAIGN), precision=Decimal("0.001")))
    session = open_session(ws_path, clock=lambda: NOW, registry=registry)
    try:
        async with new_app(session).run_test(size=(120, 40)) as pilot:
            app = pilot.app
            assert isinstance(app, EmulationApp)
            table = (await _ranking(app, pilot)).query_one("#ranking", DenseTable)
            assert _cell(table, "kh-cam-pha", "bonus") == "0,000"
            assert _cell(table, "kh-tinh", "minus") == "1,000"
    finally:
        session.close()


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (120, 30)])
async def test_the_chart_sits_right_under_a_short_table(app: EmulationApp,
                                                        size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        screen = await _ranking(app, pilot)
        table = screen.query_one("#ranking", DenseTable)
        chart = screen.query_one("#chart", BarChart)
        assert chart.display and chart.region.height >= 1 + table.row_count
        assert chart.region.y == table.region.bottom  # no blank rows between them
        assert chart.region.x == table.region.x
        drawn = str(chart.render())
        assert "107,72" in drawn and "█" in drawn


async def test_b_hides_the_chart_and_the_table_takes_its_room(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ranking(app, pilot)
        table = screen.query_one("#ranking", DenseTable)
        short = table.region.height
        await pilot.press("b")
        await pilot.pause()
        assert not screen.query_one("#chart", BarChart).display
        assert table.region.height > short
        await pilot.press("b")
        await pilot.pause()
        assert screen.query_one("#chart", BarChart).display
        assert table.region.height == short


async def test_wide_the_chart_stands_beside_the_table(app: EmulationApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        screen = await _ranking(app, pilot)
        table = screen.query_one("#ranking", DenseTable)
        chart = screen.query_one("#chart", BarChart)
        assert chart.region.x == table.region.right and chart.region.y == table.region.y
        shown = {str(key.value) for key in table.columns}
        assert {"status", "bonus", "minus", "total", "rating"} <= shown  # as at 120


async def test_below_160_columns_the_chart_stays_under_the_table(app: EmulationApp) -> None:
    """Beside a table of 110 columns it would push out status, bonus and deductions."""
    async with app.run_test(size=(150, 40)) as pilot:
        screen = await _ranking(app, pilot)
        table = screen.query_one("#ranking", DenseTable)
        assert screen.query_one("#chart", BarChart).region.y == table.region.bottom
        assert {"bonus", "minus"} <= {str(key.value) for key in table.columns}


async def test_many_units_leave_the_chart_room(large: Session) -> None:  # noqa: F811
    """A table longer than the screen keeps at most 60 % of it: the chart stays in view."""
    app = EmulationApp(large, settings=Settings(), clock=lambda: dt.datetime(2025, 1, 5),
                       save_delay=3600)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await _ranking(app, pilot)
        table = screen.query_one("#ranking", DenseTable)
        chart = screen.query_one("#chart", BarChart)
        assert table.row_count + 1 > table.region.height  # the table scrolls
        assert chart.region.height >= 8 and chart.region.y == table.region.bottom

