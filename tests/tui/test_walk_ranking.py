"""The ranking's bar chart names every unit whole: beside the table (40 cells wide) a
label longer than a third of the width used to be cut at 12 characters, so "Liên hiệp Hội
KH&KT" and "Liên hiệp Hội Phụ nữ" both read "Liên hiệp H…"; now each label then has a line
of its own above its bar."""

from __future__ import annotations

from decimal import Decimal

from textual.app import App, ComposeResult

from emulation_tui.app import EmulationApp
from emulation_tui.widgets.charts import BarChart

ROWS = [("Liên hiệp Hội KH&KT", Decimal("91.5"), "91,50", "green"),
        ("Liên hiệp Hội Phụ nữ", Decimal("88"), "88,00", "green"),
        ("Hội CTĐ", Decimal("70.8"), "70,80", "")]


class _ChartApp(App[None]):
    def __init__(self, width: int) -> None:
        super().__init__()
        self.width = width

    def compose(self) -> ComposeResult:
        chart = BarChart(id="chart")
        chart.styles.width = self.width
        yield chart


async def _drawn(width: int, rows: list[tuple[str, Decimal, str, str]]) -> list[str]:
    app = _ChartApp(width)
    async with app.run_test(size=(120, 20)) as pilot:
        chart = app.query_one(BarChart)
        chart.set_rows(rows)
        await pilot.pause()
        return str(chart.render()).splitlines()


async def test_beside_the_table_each_long_name_is_whole_on_its_own_line() -> None:
    lines = await _drawn(40, ROWS)
    assert [line.strip() for line in lines[::2]] == [r[0] for r in ROWS]
    assert all("█" in line for line in lines[1::2])
    assert lines[1].rstrip().endswith("91,50") and lines[3].rstrip().endswith("88,00")


async def test_with_room_the_labels_stay_beside_their_bars() -> None:
    lines = await _drawn(100, ROWS)
    assert len(lines) == len(ROWS)
    assert lines[0].startswith("Liên hiệp Hội KH&KT ") and "█" in lines[0]
    assert lines[1].startswith("Liên hiệp Hội Phụ nữ")


async def test_the_wide_ranking_names_its_units_whole(app: EmulationApp) -> None:
    async with app.run_test(size=(170, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        chart = app.screen.query_one("#chart", BarChart)
        assert chart.region.width == 40  # beside the table
        lines = [line.strip() for line in str(chart.render()).splitlines()]
        assert "Khuyến học tỉnh" in lines  # 15 characters: cut to 12 before, "Khuyến học…"
        assert not any("…" in line for line in lines)
