"""The criteria editor's later keys: criteria and sections moved with alt+↑/↓ (or ctrl+↑/↓)
and the new order saved without a reason into the change log; an indicator's label and
unit edited on its own row; a per-type slot whose maximum a type's criteria do not reach
named on the line of checks as the lead types; the unsaved copy kept on quitting and taken
back, with a note, the next time the table is edited."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, Select, Static

from emulation_core import read_chain
from emulation_tui.app import EmulationApp
from emulation_tui.criteria_keep import kept, kept_path
from emulation_tui.screens.criteria_editor import CriteriaEditor
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.session import Session

from .conftest import editor_checks, new_app, notified, open_criteria_editor, settle

CAMPAIGN = "2018-6t"


def _codes(screen: CriteriaEditor) -> list[str]:
    assert screen.draft is not None
    return [node.code for _, node, _ in screen.draft.rows()]


def _logged(path: Path, kind: str) -> list[tuple[str, str, str | None, str | None, str]]:
    entries, _, broken = read_chain(path)
    assert broken is None
    return [(e.change.code, e.change.field, e.change.old, e.change.new, e.change.reason)
            for e in entries if e.change.kind == kind]


async def test_criteria_move_with_alt_and_ctrl_arrows_and_the_order_is_saved(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, "1.1")  # II.2
        await pilot.press("alt+up")
        await pilot.pause()
        assert _codes(screen)[:4] == ["I", "II", "II.2", "II.1"]
        assert screen.table.current_key == "1.0"  # the cursor went with it
        await pilot.press("alt+up")  # first in its section already: said, nothing moves
        await pilot.pause()
        assert notified(app, "II.2 đã ở đầu mục") and _codes(screen)[2] == "II.2"
        await pilot.press("ctrl+down", "ctrl+up")
        await pilot.pause()
        assert _codes(screen)[2:4] == ["II.2", "II.1"]
        screen.table.select_key("3")  # section IV above III
        await pilot.pause()
        await pilot.press("alt+up")
        await pilot.pause()
        assert [s.code for s in screen.draft.table.sections] == [  # type: ignore[union-attr]
            "I", "II", "IV", "III"]
        checks = editor_checks(screen)
        assert "Tổng bảng 100/100 ✓" in checks and "chưa lưu" in checks
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        body = str(dialog.query_one(".dialog-body", Static).render())
        assert "II thứ tự: II.1, II.2 → II.2, II.1" in body
        assert "các mục thứ tự: I, II, III, IV → I, II, IV, III" in body
        assert "đụng đến cách tính điểm" not in body  # in use, but no points move
        await pilot.press("enter")  # no reason needed
        await settle(app, pilot)
        assert app.screen is screen
    table = session.ws.campaign(CAMPAIGN).table
    assert [c.code for c in table.leaves()] == ["II.2", "II.1", "IV.1", "III.1"]
    assert _logged(session.ws.path, "criteria.reordered") == [
        ("", "order", "I, II, III, IV", "I, II, IV, III", ""),
        ("II", "order", "II.1, II.2", "II.2, II.1", "")]


async def test_an_indicator_label_and_unit_are_edited_on_its_row(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, "ind:trainings")
        assert screen.query_one("#ce-label", Input).value == "Lớp tập huấn"
        assert not screen.query_one("#ce-code", Input).parent.parent.display  # type: ignore[union-attr]
        assert "trainings" in str(screen.query_one("#ce-heading", Static).render())
        field = screen.query_one("#ce-label", Input)
        field.focus()
        await pilot.pause()
        await pilot.press("ctrl+u")  # emptied: refused, kept as typed
        await pilot.pause()
        assert "không được trống" in str(screen.query_one("#ce-label-error", Static).render())
        assert "1 ô bị từ chối" in editor_checks(screen)
        await pilot.press(*"Lớp tập huấn TĐKT")
        screen.query_one("#ce-unit", Input).focus()
        await pilot.pause()
        await pilot.press("ctrl+u", *"lớp học")
        await pilot.pause()
        assert "Lớp tập huấn TĐKT (lớp học)" in str(screen.table.get_row("ind:trainings")[1])
        screen.query_one("#ce-integer", Select).value = "decimal"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        body = str(app.screen.query_one(".dialog-body", Static).render())
        assert "chỉ số trainings, tên: Lớp tập huấn → Lớp tập huấn TĐKT" in body
        assert "chỉ số trainings, đơn vị: lớp → lớp học" in body
        assert "chỉ số trainings, loại số: số nguyên (đếm) → có thể lẻ" in body
        await pilot.press("enter")
        await settle(app, pilot)
    indicator = session.ws.campaign(CAMPAIGN).table.indicators["trainings"]
    assert (indicator.label, indicator.unit, indicator.integer) == (
        "Lớp tập huấn TĐKT", "lớp học", False)
    fields = {f for _, f, *_ in _logged(session.ws.path, "indicator.changed")}
    assert fields == {"trainings.label", "trainings.unit", "trainings.integer"}


async def test_a_per_type_slot_is_checked_against_each_type_as_the_lead_types(
        app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, "0")  # slot I: 60, both types bring 60
        assert "≠" not in editor_checks(screen)
        field = screen.query_one("#ce-max", Input)
        field.focus()
        await pilot.pause()
        await pilot.press("backspace", "backspace", "7", "0")
        await pilot.pause()
        checks = editor_checks(screen)
        assert "mục I: Chữ thập đỏ, Khuyến học 60 ≠ 70" in checks  # one total: said once
        await pilot.press("backspace", "backspace", "6", "0")
        await pilot.pause()
        assert "≠" not in editor_checks(screen)


async def test_the_unsaved_copy_is_kept_on_quitting_and_taken_back(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, "1.0")
        field = screen.query_one("#ce-max", Input)
        field.focus()
        await pilot.pause()
        await pilot.press("backspace", "backspace", "9")
        await pilot.pause()
        await pilot.press("ctrl+q")  # kept on disk: nothing to ask
        await pilot.pause()
    assert not app.is_running
    copy = kept(session.ws.path, CAMPAIGN)
    assert copy is not None and copy.table.find("II.1").max_points == 9  # type: ignore[union-attr]
    assert session.ws.campaign(CAMPAIGN).table.find("II.1").max_points == 10  # type: ignore[union-attr]
    again = new_app(session)
    async with again.run_test(size=(100, 30)) as pilot:
        await pilot.press("t")  # the criteria view says a copy waits
        await pilot.pause()
        assert "có bảng sửa dở chưa lưu: e để sửa tiếp" in str(
            again.screen.query_one("#context", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        screen = await open_criteria_editor(again, pilot, "1.0")
        assert notified(again, "Đã mở lại bảng đang sửa dở")
        checks = editor_checks(screen)
        assert "Tổng bảng 99/100 thiếu 1" in checks and "chưa lưu" in checks
        await pilot.press("ctrl+z")  # back to the saved table: the copy is dropped
        await pilot.pause(1.3)
        assert "Tổng bảng 100/100 ✓" in editor_checks(screen)
        assert not kept_path(session.ws.path, CAMPAIGN).exists()


async def test_an_indicator_a_criterion_declares_gets_its_row_as_it_is_typed(
        app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, "1.1")  # II.2, judged
        screen.query_one("#ce-kind", Select).value = "yes_no"
        await pilot.pause()
        screen.query_one("#ce-indicator", Input).focus()
        await pilot.pause()
        await pilot.press(*"meetings")
        await pilot.pause()
        rows = [key.value for key in screen.table.rows]
        assert "ind:meetings" in rows and "ind:m" not in rows  # only the key as typed
        assert "Công tác tổ chức · meetings" in str(screen.table.get_row("ind:meetings")[1])
        assert screen.focused is screen.query_one("#ce-indicator", Input)  # still typing
