"""What walking a lead's year again found with the members' forms, each pinned: the list of
forms written keeps each long file name whole on its line, the import dialogs are as tall
as what they say, and a form with a mistake is set aside (named by its unit and cell, to
send back) while the other forms are imported."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook
from textual.pilot import Pilot
from textual.widgets import Button, Static

from emulation_core import Member
from emulation_core.form_layout import VALUES_SHEET
from emulation_core.forms import form_file_name, make_forms
from emulation_tui.app import EmulationApp
from emulation_tui.screens.forms_dialog import FormsWritten, ScorerFormsImport
from emulation_tui.screens.import_dialog import ImportDialog
from emulation_tui.session import Session

from .conftest import settle

C = "2018-6t"
LONG = Member("hoi-nan-nhan-chat-doc-da-cam-dioxin-tinh-quang-ninh",
              "Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Ninh", "Hội NNCĐDC",
              "chu-thap-do")


def _fill(session: Session, member: str, key: str, value: object) -> None:
    path = session.ws.path / "forms" / form_file_name(C, member)
    book = load_workbook(path)
    sheet = book[VALUES_SHEET]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == key)
    sheet[f"E{row}"] = value
    book.save(path)


def _summary(dialog: ImportDialog) -> str:
    return str(dialog.query_one("#import-summary", Static).render())


async def _read_forms(app: EmulationApp, pilot: Pilot[int], session: Session) -> ImportDialog:
    """The import dialog opened and its forms read, as the lead's click on "Đọc" does."""
    app.push_screen(ImportDialog(session))
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, ImportDialog)
    await pilot.click("#import-read")
    await app.workers.wait_for_complete()
    await pilot.pause()
    return dialog


async def test_the_forms_written_keep_each_long_name_whole(app: EmulationApp,
                                                           session: Session) -> None:
    session.save_member(LONG, join=C)
    name = form_file_name(C, LONG.id)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(FormsWritten(session, C, "members"))
        await app.workers.wait_for_complete()
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, FormsWritten)
        box = dialog.query_one(".box")
        assert box.region.width >= len(name) + 6  # the bullet, border and padding besides
        lines = [line.strip() for line in
                 str(dialog.query_one("#formsout-written", Static).render()).splitlines()]
        assert f"• {name}" in lines


async def test_a_form_with_a_mistake_is_set_aside_and_the_others_are_imported(
        app: EmulationApp, session: Session) -> None:
    folder = session.ws.path / "forms"
    folder.mkdir()
    make_forms(session.ws, C, folder)
    _fill(session, "ctd-ha-long", "blood_units", 3000)  # a good form
    _fill(session, "ctd-uong-bi", "blood_units", 1800)  # a unit's first report
    _fill(session, "kh-tinh", "learning_families", "khoảng 500")  # a misread number
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        app.push_screen(ImportDialog(session))
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ImportDialog)
        assert dialog.query_one(".box").region.height < 20  # as tall as what it says
        await pilot.click("#import-read")
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = _summary(dialog)
        assert "1 biểu mẫu không nhập được, gửi lại đơn vị sửa" in said
        assert f"Hội Khuyến học tỉnh ({form_file_name(C, 'kh-tinh')})" in said
        assert "'khoảng 500' không phải số" in said
        assert str(folder) not in said  # the file's name; its folder is in the field
        assert "Đơn vị máu (blood_units): 4 000 → 3 000" in said
        assert "lập báo cáo: ∅ → nháp" in said  # the log's kind and status in words
        assert "submission" not in said and "draft" not in said
        apply = dialog.query_one("#import-apply", Button)
        assert apply.disabled is False
        await pilot.click("#import-apply")
        await app.workers.wait_for_complete()
        await settle(app, pilot)
        done = _summary(dialog)
        assert "Đã nhập 2 biểu mẫu" in done
        assert "Hội Khuyến học tỉnh" in done  # still listed, to send back
        assert app.session is not None and app.session.board is not None
        board = app.session.board
        assert board.submission("ctd-ha-long").values["blood_units"] == Decimal(3000)
        assert board.submission("kh-tinh").values["learning_families"] == Decimal(480)


async def test_a_form_refused_on_its_own_leaves_nothing_to_apply(
        app: EmulationApp, session: Session) -> None:
    folder = session.ws.path / "forms"
    folder.mkdir()
    make_forms(session.ws, C, folder)
    for path in folder.iterdir():
        if "kh-tinh" not in path.name:
            path.unlink()
    _fill(session, "kh-tinh", "learning_families", -5)  # out of range
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        dialog = await _read_forms(app, pilot, session)
        said = _summary(dialog)
        assert "1 biểu mẫu không nhập được" in said and "Hội Khuyến học tỉnh" in said
        assert dialog.query_one("#import-apply", Button).disabled is True


async def test_the_scorers_import_dialog_is_as_tall_as_what_it_says(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        app.push_screen(ScorerFormsImport(session, C))
        await pilot.pause()
        assert app.screen.query_one(".box").region.height < 20


async def test_a_form_of_another_campaign_says_to_switch_to_it(
        app: EmulationApp, session: Session) -> None:
    folder = session.ws.path / "forms"
    folder.mkdir()
    make_forms(session.ws, "2017-nam", folder)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        dialog = await _read_forms(app, pilot, session)
        said = _summary(dialog)
        assert "biểu mẫu của đợt Tổng kết năm 2017, đang làm việc với đợt Sơ kết 6 tháng " \
            "đầu năm 2018: chuyển sang đợt đó (c) rồi đọc lại" in said.replace("\n", " ")
        assert "emulation forms make" not in said


async def test_a_long_list_of_changes_scrolls_and_keeps_the_buttons_in_sight(
        app: EmulationApp, session: Session) -> None:
    folder = session.ws.path / "forms"
    folder.mkdir()
    make_forms(session.ws, C, folder)
    for member, value in (("ctd-ha-long", 3000), ("ctd-uong-bi", 1800), ("ctd-tinh", 9000)):
        _fill(session, member, "blood_units", value)
        _fill(session, member, "funds", 700)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        dialog = await _read_forms(app, pilot, session)
        scroll = dialog.query_one("#import-scroll")
        assert scroll.virtual_size.height > scroll.size.height  # more than it shows
        for button in ("#import-read", "#import-apply", "#import-close"):
            assert dialog.query_one(button).region.bottom <= 24
        assert dialog.query_one(".box").region.height <= 22
