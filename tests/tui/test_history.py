"""The history screen: a figure typed in the UI shows in its criterion's history with who
made it; the member's history from the members screen; a broken log says where it stops."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import DataTable, Static

from emulation_tui.app import EmulationApp
from emulation_tui.history import criterion_history, member_history
from emulation_tui.screens.history import HistoryScreen
from emulation_tui.session import Session
from emulation_tui.widgets.table import DenseTable

from .conftest import open_criterion


async def test_a_typed_figure_shows_in_the_criterion_history_with_its_actor(
        app: EmulationApp, session: Session) -> None:
    actor = session.ws.actor
    assert actor is not None
    async with app.run_test(size=(120, 34)) as pilot:
        scoring = await open_criterion(app, pilot, "ctd-tinh", "II.2")
        await pilot.press("enter", "backspace", "backspace", "9", "escape")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause(0.2)
        shown = app.screen
        assert isinstance(shown, HistoryScreen)
        last = shown.history.lines[-1]
        assert last.who.startswith(actor.name)
        assert "II.2" in last.what and last.new == "9.00"
        table = shown.query_one("#history", DataTable)
        assert table.row_count == len(shown.history.lines)
        assert all("II.2" in line.what for line in shown.history.lines)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is scoring


async def test_member_history_from_the_members_screen(app: EmulationApp,
                                                      session: Session) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one("#member-list", DenseTable).select_key("ctd-tinh")
        await pilot.pause()
        await pilot.press("H")
        await pilot.pause(0.2)
        shown = app.screen
        assert isinstance(shown, HistoryScreen)
        assert shown.history == member_history(session, "ctd-tinh")
        assert shown.history.lines  # the fixture's saves were recorded
        assert not shown.query("#history-broken")


def test_a_broken_log_keeps_what_it_read_and_says_where(session: Session,
                                                        ws_path: Path) -> None:
    criterion = session.board.table_for("ctd-tinh").find("II.2")  # type: ignore[union-attr]
    assert criterion is not None
    whole = member_history(session, "ctd-tinh")
    assert whole.broken == ""
    log = ws_path / "audit.jsonl"
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join(lines[:-1]) + b"{not json\n")
    broken = member_history(session, "ctd-tinh")
    assert "audit.jsonl" in broken.broken
    assert len(broken.lines) <= len(whole.lines)
    assert criterion_history(session, "ctd-tinh", criterion).broken == broken.broken


async def test_the_broken_line_is_shown(app: EmulationApp, ws_path: Path) -> None:
    log = ws_path / "audit.jsonl"
    log.write_bytes(log.read_bytes() + b"{not json\n")
    async with app.run_test(size=(120, 34)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one("#member-list", DenseTable).select_key("ctd-tinh")
        await pilot.pause()
        await pilot.press("H")
        await pilot.pause(0.2)
        note = app.screen.query_one("#history-broken", Static)
        assert "audit.jsonl" in str(note.render())


async def test_the_palette_offers_both_histories_and_who_you_are(app: EmulationApp) -> None:
    from textual.command import CommandInput, CommandList

    async with app.run_test(size=(120, 34)) as pilot:
        app.screen.query_one("#members", DenseTable).select_key("ctd-tinh")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()

        async def found(query: str) -> list[str]:
            app.screen.query_one(CommandInput).value = query
            await pilot.pause(0.4)
            options = app.screen.query_one(CommandList)
            return [str(options.get_option_at_index(i).prompt)
                    for i in range(options.option_count)]

        history = " ".join(await found("lich su"))
        assert "Lịch sử tiêu chí" in history and "Lịch sử đơn vị" in history
        assert "Bạn là ai" in " ".join(await found("ban la ai"))
