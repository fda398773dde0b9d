"""The scoring editor keeps its size from criterion to criterion (a cursor move repaints,
it does not lay the screen out again), and its notes are shown in full at 80 columns."""

from __future__ import annotations

import pytest
from textual.geometry import Region
from textual.widgets import Static

from emulation_tui.app import EmulationApp
from emulation_tui.screens.entry_panel import LIST_ROWS
from emulation_tui.session import Session
from emulation_tui.settings import Settings

from .conftest import open_criterion, send_back
from .test_large import _scoring, large, large_path  # noqa: F401 (fixtures)


def _lines(widget: Static) -> list[str]:
    width, height = widget.size
    return [strip.text for strip in widget.render_lines(Region(0, 0, width, height))]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 45)])
async def test_moving_the_cursor_never_resizes_the_list_or_the_editor(
        large: Session, size: tuple[int, int]) -> None:  # noqa: F811
    app = EmulationApp(large, settings=Settings(), save_delay=0.01)
    async with app.run_test(size=size) as pilot:
        screen = await _scoring(app, pilot, large)
        screen.table.move_cursor(row=0)
        await pilot.pause()
        sizes = set()
        for _ in range(40):  # sections, judged, yes/no and target criteria
            await pilot.press("down")
            await pilot.pause()
            sizes.add((screen.table.region, screen.panel.region))
        assert len(sizes) == 1, sizes


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_list_keeps_its_heading_and_eight_rows_under_the_editor(
        large: Session, size: tuple[int, int]) -> None:  # noqa: F811
    """The 176-criterion table's editor needs more room than 80×24 leaves: the list keeps
    eight rows, the find bar open or not, and the editor scrolls to the field typed in."""
    app = EmulationApp(large, settings=Settings(), save_delay=0.01)
    async with app.run_test(size=size) as pilot:
        screen = await _scoring(app, pilot, large)
        await pilot.pause()
        assert screen.table.region.height >= 1 + LIST_ROWS
        await pilot.press("slash")
        await pilot.pause()
        assert screen.table.region.height >= 1 + LIST_ROWS
        await pilot.press("escape", "enter")
        await pilot.pause()
        focused = app.focused
        assert focused is not None and screen.panel.region.contains_region(focused.region)


async def test_a_warning_is_shown_in_full_at_80_columns(app: EmulationApp,
                                                        session: Session) -> None:
    """It was cut with an ellipsis at the note's width."""
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "I.1")  # 4 000 units, target 4 000
        await pilot.press("enter", "home", "1")  # 14 000
        await pilot.pause()
        note = screen.query_one("#f-v0-note", Static)
        lines = [line.strip() for line in _lines(note)]
        said = str(note.render())
        assert "gấp 3 lần chỉ tiêu 4 000" in said
        assert len(lines) > 1 and "…" not in "".join(lines)
        assert " ".join(lines) == " ".join(said.split())


async def test_the_list_shows_a_figure_changed_without_its_score(
        app: EmulationApp, session: Session) -> None:
    """A yes/no figure cleared (scores 0), then 0 (scores 0 too): the list kept showing
    nothing, since only rows whose score changed were drawn again."""
    send_back(session, "ctd-ha-long")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "II.1")  # reports on time: 1
        await pilot.press("enter", "backspace")
        await pilot.pause()
        await pilot.press("0")
        await pilot.pause()
        assert session.working_submission("ctd-ha-long").values["report_on_time"] == 0
        assert str(screen.table.get_cell("II.1", "value")).strip() == "0"
