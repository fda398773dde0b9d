"""Importing member forms from the command palette: read with a progress bar, each change
shown old → new, applied all at once (the scoreboard and the change log show it); a refused
form names its unit and cell and is set aside, and esc changes nothing."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from tests.cli.clitools import snapshot
from textual.command import CommandInput, CommandList, CommandPalette
from textual.pilot import Pilot
from textual.widgets import Button, Input, ProgressBar, Static

from emulation_core import read_chain
from emulation_core.form_layout import VALUES_SHEET
from emulation_core.forms import form_file_name, make_forms
from emulation_tui.app import EmulationApp
from emulation_tui.screens.import_dialog import ImportDialog
from emulation_tui.session import Session

C = "2018-6t"
MEMBER = "ctd-ha-long"


def make_filled(session: Session, value: object) -> tuple[Path, str]:
    """The campaign's forms in the workspace's ``forms/``, ``MEMBER``'s blood units set to
    ``value``; the form and the cell written."""
    folder = session.ws.path / "forms"
    folder.mkdir()
    make_forms(session.ws, C, folder)
    path = folder / form_file_name(C, MEMBER)
    book = load_workbook(path)
    sheet = book[VALUES_SHEET]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == "blood_units")
    sheet[f"E{row}"] = value
    book.save(path)
    return path, f"E{row}"


def total(app: EmulationApp) -> Decimal:
    assert app.session is not None and app.session.board is not None
    return app.session.board.score(MEMBER).total


async def open_from_palette(app: EmulationApp, pilot: Pilot[int]) -> ImportDialog:
    await pilot.press("m")  # any screen: the members screen
    await pilot.pause()
    await pilot.press("ctrl+p")
    await pilot.pause()
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(CommandInput).value = "nhap bieu mau"
    await pilot.pause(0.4)
    assert "Nhập biểu mẫu (XLSX, CSV)" in str(
        palette.query_one(CommandList).get_option_at_index(0).prompt)
    await pilot.press("enter")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ImportDialog)
    return dialog


async def read(app: EmulationApp, pilot: Pilot[int], dialog: ImportDialog) -> str:
    await pilot.click("#import-read")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return str(dialog.query_one("#import-summary", Static).render())


async def test_a_filled_form_is_imported_and_the_scoreboard_shows_it(
        app: EmulationApp, session: Session) -> None:
    path, _ = make_filled(session, 3000)
    forms = len(list(path.parent.iterdir()))
    async with app.run_test(size=(120, 50)) as pilot:
        before = total(app)
        entries_before = len(read_chain(session.ws.path)[0])
        dialog = await open_from_palette(app, pilot)
        assert dialog.query_one(Input).value == str(path.parent.absolute())
        summary = await read(app, pilot, dialog)
        bar = dialog.query_one(ProgressBar)
        assert bar.total == forms and bar.progress == forms
        assert "Đơn vị máu (blood_units): 4 000 → 3 000" in summary  # label, number form
        assert form_file_name(C, MEMBER) in summary
        assert dialog.query_one("#import-apply", Button).disabled is False
        await pilot.click("#import-apply")
        await app.workers.wait_for_complete()
        await pilot.pause()
        done = str(dialog.query_one("#import-summary", Static).render())
        assert "Đã nhập 1 biểu mẫu" in done
        assert app.session is not session  # read again from disk
        assert app.session is not None and app.session.board is not None
        assert app.session.board.submission(MEMBER).values["blood_units"] == 3000
        assert total(app) < before  # below its target now
    entries = read_chain(session.ws.path)[0][entries_before:]
    assert any(e.change.member == MEMBER and e.change.kind == "submission.value"
               and e.change.new == "3000" for e in entries)


async def test_a_refused_form_names_its_cell_and_changes_nothing(
        app: EmulationApp, session: Session) -> None:
    path, cell = make_filled(session, "nhiều")
    async with app.run_test(size=(120, 50)) as pilot:
        before = snapshot(session.ws.path)
        dialog = await open_from_palette(app, pilot)
        summary = await read(app, pilot, dialog)
        assert "1 biểu mẫu không nhập được, gửi lại đơn vị sửa" in summary
        assert cell in summary and path.name in summary.replace("\n", "")
        assert "Hội Chữ thập đỏ TP Hạ Long" in summary  # the unit it goes back to
        assert dialog.query_one("#import-apply", Button).disabled is True
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ImportDialog)
        assert snapshot(session.ws.path) == before


async def test_esc_after_reading_changes_nothing(app: EmulationApp, session: Session) -> None:
    make_filled(session, 3000)
    async with app.run_test(size=(120, 50)) as pilot:
        before, score = snapshot(session.ws.path), total(app)
        dialog = await open_from_palette(app, pilot)
        assert "4 000 → 3 000" in await read(app, pilot, dialog)
        await pilot.press("escape")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ImportDialog)
        assert app.session is session and total(app) == score
        assert snapshot(session.ws.path) == before
