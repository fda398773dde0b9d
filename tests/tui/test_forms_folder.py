"""The workspace's ``forms/`` folder, where the filled forms are put to be imported, is made
by the program (before, the lead had to make it with a file manager): when the forms are
written, and when an import dialog opens without it, saying where it is; made through the
library, so a link or a file in its place is refused and nothing is made outside. The
"forms written" dialog is as tall as what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from emulation_tui.app import EmulationApp
from emulation_tui.screens.forms_dialog import FormsWritten, ScorerFormsImport
from emulation_tui.screens.import_dialog import ImportDialog
from emulation_tui.session import Session

from .conftest import settle

CAMPAIGN = "2018-6t"


def _said(screen: Screen[None], selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def _written(app: EmulationApp, pilot: object, kind: str) -> FormsWritten:
    await app.run_action(f"open('{kind}')")
    await settle(app, pilot)  # type: ignore[arg-type]
    dialog = app.screen
    assert isinstance(dialog, FormsWritten)
    return dialog


@pytest.mark.parametrize(("kind", "words"), [("member_forms", "ctrl+p"),
                                             ("scorer_forms", "nhấn i")])
async def test_writing_the_forms_makes_the_folder_they_come_back_to(
        app: EmulationApp, session: Session, kind: str, words: str) -> None:
    forms = session.ws.path.absolute() / "forms"
    assert not forms.exists()
    if kind == "scorer_forms":
        session.ws.cross_assign(CAMPAIGN)
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _written(app, pilot, kind)
        said = _said(dialog, "#formsout-written")
        assert forms.is_dir() and not forms.is_symlink()
        assert f"chép vào {forms}" in said and words in said
        assert str(session.ws.path.absolute() / "exports") in said


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_forms_written_dialog_is_as_tall_as_what_it_says(
        app: EmulationApp, size: tuple[int, int]) -> None:
    async with app.run_test(size=size) as pilot:
        dialog = await _written(app, pilot, "member_forms")
        box = dialog.query_one(".box", Vertical)
        inside = sum(child.outer_size.height for child in box.children)
        assert box.outer_size.height == inside + 2  # its border: no blank rows
        assert box.outer_size.height <= size[1] * 0.9
        assert box.outer_size.height < 20  # five forms and a few lines
        listed = _said(dialog, "#formsout-written")
        assert listed.count("• ") == 5


async def test_the_members_import_makes_the_folder_and_says_so(
        app: EmulationApp, session: Session) -> None:
    forms = session.ws.path.absolute() / "forms"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await app.run_action("import_forms")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert forms.is_dir()
        assert dialog.query_one(Input).value == str(forms)
        said = _said(dialog, "#import-summary")
        assert f"Đã tạo thư mục {forms}" in said and "bấm Đọc" in said


async def test_the_scorers_import_makes_the_folder_and_an_existing_one_is_just_offered(
        app: EmulationApp, session: Session) -> None:
    forms = session.ws.path.absolute() / "forms"
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(ScorerFormsImport(session, CAMPAIGN))
        await pilot.pause()
        first = app.screen
        assert forms.is_dir() and first.query_one(Input).value == str(forms)
        assert "bấm Nhập" in _said(first, "#crossimport-summary")
        await pilot.press("escape")
        app.push_screen(ScorerFormsImport(session, CAMPAIGN))
        await pilot.pause()
        again = app.screen
        assert again.query_one(Input).value == str(forms)
        assert _said(again, "#crossimport-summary") == ""  # nothing new to say


async def test_a_link_in_its_place_is_refused_and_nothing_is_made_outside(
        app: EmulationApp, session: Session, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (session.ws.path / "forms").symlink_to(outside, target_is_directory=True)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("m")
        await app.run_action("import_forms")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert dialog.query_one(Input).value == ""
        said = _said(dialog, "#import-summary")
        assert "Không tạo được thư mục forms/" in said and "liên kết tượng trưng" in said
        await pilot.press("escape")
        written = await _written(app, pilot, "member_forms")
        said = _said(written, "#formsout-written")
        assert "Đã ghi 5 biểu mẫu" in said and "Không tạo được thư mục forms/" in said
    assert list(outside.iterdir()) == []


async def test_in_english(make_app: object, session: Session) -> None:
    app = make_app(session, "en")  # type: ignore[operator]
    forms = session.ws.path.absolute() / "forms"
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = await _written(app, pilot, "member_forms")
        said = _said(dialog, "#formsout-written")
        assert f"Copy the filled ones into {forms}" in said
