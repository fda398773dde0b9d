"""The command palette offers every action from any screen, in the interface language,
found without tones; the theme chosen is remembered with the language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual import events
from textual.command import CommandInput, CommandList, CommandPalette, Hits

from emulation_tui.app import EmulationApp
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session
from emulation_tui.settings import Settings, load_settings


async def _search(app: EmulationApp, pilot: object, query: str) -> list[str]:
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    field = palette.query_one(CommandInput)
    field.value = query
    await pilot.pause(0.4)  # type: ignore[attr-defined]
    options = palette.query_one(CommandList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_palette_lists_every_action_without_tones(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        assert "không cần dấu" in palette.query_one(CommandInput).placeholder
        assert any("Xếp hạng" in hit for hit in await _search(app, pilot, "xep hang"))
        assert any("Xuất kết quả" in hit for hit in await _search(app, pilot, "xuat"))
        assert any("Đổi đợt" in hit for hit in await _search(app, pilot, "doi dot"))
        units = await _search(app, pilot, "cham diem cam pha")
        assert units and "Hội Khuyến học TP Cẩm Phả" in units[0]
        assert any("Không có lệnh nào khớp «qqqq»" in hit
                   for hit in await _search(app, pilot, "qqqq"))
        await _search(app, pilot, "cham diem cam pha")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ScoringScreen) and app.screen.member_id == "kh-cam-pha"
        await pilot.press("ctrl+p")
        await pilot.pause()
        hits = await _search(app, pilot, "den tieu chi chat luong")
        assert hits and "I.2" in hits[0]
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ScoringScreen)
        assert app.screen.table.current_key == "I.2"


async def test_palette_speaks_english_when_the_interface_does(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    app = make_app(session, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert any("No command matches" in hit for hit in await _search(app, pilot, "qqqq"))
        assert any("Ranking" in hit for hit in await _search(app, pilot, "ranking"))


async def test_theme_is_remembered(make_app: Callable[..., EmulationApp],
                                   session: Session) -> None:
    app = make_app(session)
    async with app.run_test(size=(100, 30)) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert load_settings().theme == "nord"
    again = EmulationApp(session, settings=load_settings(), save_delay=0.01)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert again.theme == "nord"
        assert again.settings.language == "vi"
    assert Settings().theme == ""


async def test_mouse_opens_a_row_and_runs_a_key_hint(app: EmulationApp) -> None:
    from emulation_tui.screens.ranking import RankingScreen
    from emulation_tui.widgets.keyhints import KeyHints
    from emulation_tui.widgets.table import DenseTable

    async with app.run_test(size=(100, 30)) as pilot:
        table = app.screen.query_one("#members", DenseTable)
        row = table.keys.index("kh-cam-pha")
        await pilot.click(DenseTable, offset=(10, row + 1))  # below the header line
        await pilot.pause()
        assert isinstance(app.screen, ScoringScreen) and app.screen.member_id == "kh-cam-pha"
        await pilot.press("escape")
        await pilot.pause()
        hints = app.screen.query_one(KeyHints)
        plain = str(hints.render())
        await pilot.click(KeyHints, offset=(plain.index("xếp hạng") + 2, 0))
        await pilot.pause()
        assert isinstance(app.screen, RankingScreen)


async def test_theme_picker_speaks_the_interface_language(app: EmulationApp) -> None:
    """Textual's own picker says "Search for themes…"; ours follows the interface language,
    matches without case and says when nothing matches."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await _search(app, pilot, "doi giao dien mau")
        await pilot.press("enter")
        await pilot.pause(0.2)
        picker = app.screen
        assert isinstance(picker, CommandPalette)
        assert picker.query_one(CommandInput).placeholder == "Tìm giao diện màu…"
        assert any("Không có bảng màu nào khớp «qqqq»" in hit
                   for hit in await _search(app, pilot, "qqqq"))
        hits = await _search(app, pilot, "NORD")
        assert hits and hits[0].startswith("nord\n")
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "nord"
    assert load_settings().theme == "nord"


async def test_ctrl_c_says_how_to_quit_in_the_interface_language(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+c")
        await pilot.pause()
        shown = [n.message for n in app._notifications]
        assert any(m.startswith("Bấm ctrl+q để thoát") for m in shown), shown


async def test_english_palette_and_help_are_written_as_english_writes(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    """The F2 line keeps the language's own spelling ("Tiếng Việt", not "Tiếng việt"),
    quitting is offered once (it is a key and one of Textual's commands), and the help's
    sample figures use the English number form."""
    from rich.console import Console
    from textual.widgets import Static

    from emulation_tui.commands import ActionCommands
    from emulation_tui.find import fold
    from emulation_tui.screens.help import HelpScreen

    app = make_app(session, "en")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        labels = [label for label, _, _ in ActionCommands(app.screen)._commands()]
        assert "Tiếng Việt" in labels
        assert labels.count("Quit") == 1
        assert len({fold(label) for label in labels}) == len(labels)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        console = Console(width=200, record=True)
        for static in app.screen.query(Static):
            console.print(static.content)
        shown = console.export_text()
        assert "12.50" in shown and "12,50" not in shown


@pytest.mark.parametrize(("query", "member"), [("cham diem cam pha", "kh-cam-pha"),
                                               ("cham diem uong bi", "ctd-uong-bi")])
async def test_enter_typed_in_a_burst_chooses_among_the_hits_for_the_whole_query(
        app: EmulationApp, query: str, member: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Enter right behind the last letter waits for the search of everything typed (Textual's
    palette chose the hit highlighted for the letters typed before, on a busy machine: the
    search is slowed down here to stand for it)."""
    import asyncio

    from emulation_tui.commands import ActionCommands

    searching = ActionCommands.search

    async def slow(self: ActionCommands, wanted: str) -> Hits:
        await asyncio.sleep(0.05)
        async for hit in searching(self, wanted):
            yield hit

    monkeypatch.setattr(ActionCommands, "search", slow)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        driver = app._driver
        assert driver is not None
        for char in [*query, "\r"]:
            key = {" ": "space", "\r": "enter"}.get(char, char)
            event = events.Key(key, char)
            event.set_sender(app)
            driver.send_message(event)
        for _ in range(30):
            await pilot.pause(0.02)
        screen = app.screen
        assert isinstance(screen, ScoringScreen), screen
        assert screen.member_id == member
