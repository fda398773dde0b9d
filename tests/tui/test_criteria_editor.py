"""The criteria editor: the table edited with the keyboard, the sums checked as the lead
types, refused input kept, additions and removals, saving with a reason into the change
log, and a locked campaign refusing every edit."""

from __future__ import annotations

from decimal import Decimal

from textual.pilot import Pilot
from textual.widgets import Input, Select, Static

from emulation_core import JudgedRule, PerOccurrenceRule, Status, read_chain
from emulation_tui import fmt
from emulation_tui.app import EmulationApp
from emulation_tui.criteria_keep import DRAFTS
from emulation_tui.screens.criteria import CriteriaScreen
from emulation_tui.screens.criteria_editor import CriteriaEditor
from emulation_tui.screens.dialogs import ConfirmDialog
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.session import Session

from .conftest import editor_checks, open_criteria_editor, settle

D = Decimal
II_1, II_2 = "1.0", "1.1"
"""Rows of the fixture's criteria II.1 (yes/no, 10) and II.2 (judged, 10)."""


def _note(screen: CriteriaEditor, field: str) -> str:
    line = screen.query_one(f"#ce-{field}-error", Static)
    return str(line.render()) if line.display else ""


async def _type_into(pilot: Pilot[int], screen: CriteriaEditor, field: str,
                     *keys: str) -> None:
    screen.query_one(f"#ce-{field}", Input).focus()
    await pilot.pause()
    await pilot.press(*keys)
    await pilot.pause()


async def test_a_maximum_typed_moves_the_sums_and_a_refused_one_is_kept(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_1)
        assert "Tổng bảng 100/100 ✓" in editor_checks(screen)
        await _type_into(pilot, screen, "max", "backspace", "backspace", "1", "2")
        assert "Tổng bảng 102/100 vượt 2" in editor_checks(screen)
        assert "chưa lưu" in editor_checks(screen)
        assert screen.draft is not None
        assert screen.draft.table.find("II.1").max_points == D(12)  # type: ignore[union-attr]
        assert "102/100" in str(screen.table.get_row("root")[2])
        await pilot.press("x")  # "12x": refused, the text kept, the table keeps 12
        assert screen.query_one("#ce-max", Input).value == "12x"
        assert "không phải số" in _note(screen, "max")
        assert "1 ô bị từ chối" in editor_checks(screen)
        assert screen.draft.table.find("II.1").max_points == D(12)  # type: ignore[union-attr]
        await pilot.press("escape", "down", "up")  # away and back: still there
        await pilot.pause()
        assert screen.query_one("#ce-max", Input).value == "12x"
        assert "✗" in str(screen.table.get_row(II_1)[1])
        await pilot.press("ctrl+s")  # refused while a field is refused
        await pilot.pause()
        assert app.screen is screen
        assert session.ws.campaign("2018-6t").table.find("II.1").max_points == D(10)  # type: ignore[union-attr]
        await pilot.press("ctrl+z")  # the whole run of keys in the field
        await pilot.pause()
        assert screen.draft.table.find("II.1").max_points == D(10)  # type: ignore[union-attr]
        assert not screen.draft.refused
        assert "Tổng bảng 100/100 ✓" in editor_checks(screen)


async def test_a_section_maximum_is_checked_against_its_criteria(
        app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, "1")  # section II: no maximum declared
        await _type_into(pilot, screen, "max", "1", "8")
        assert "mục II: 20 ≠ 18" in editor_checks(screen)
        await pilot.press("backspace", "backspace", "2", "0")
        await pilot.pause()
        assert "các mục khớp" in editor_checks(screen)


async def test_adding_and_removing_a_criterion(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_2)
        await pilot.press("a")
        await pilot.pause()
        assert screen.draft is not None
        added = screen.draft.node((1, 2))
        assert (added.code, added.max_points) == ("II.3", D(0))  # type: ignore[union-attr]
        await pilot.press(*"Sinh hoạt chi hội")  # the new title is replaced as typed
        await pilot.press("enter", "enter")  # title → English title → maximum
        await pilot.press("2")
        await pilot.pause()
        added = screen.draft.node((1, 2))
        assert (added.title, added.max_points) == ("Sinh hoạt chi hội", D(2))  # type: ignore[union-attr]
        assert "Tổng bảng 102/100" in editor_checks(screen)
        await pilot.press("escape", "x")  # back to the table, remove it
        await pilot.pause()
        assert [c.code for c in screen.draft.table.leaves()
                if c.code.startswith("II.")] == ["II.1", "II.2"]
        assert "Tổng bảng 100/100 ✓" in editor_checks(screen)


async def test_a_rule_kind_and_its_parameters(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_2)
        screen.query_one("#ce-kind", Select).value = "per_occurrence"
        await pilot.pause()
        assert screen.draft is not None
        # the indicator is not typed yet: refused, the table keeps the judged rule
        assert isinstance(screen.draft.node((1, 1)).rule, JudgedRule)  # type: ignore[union-attr]
        assert "chữ Latinh" in _note(screen, "indicator")
        await _type_into(pilot, screen, "indicator", *"meetings")
        assert "chỉ số mới" in _note(screen, "indicator")
        await _type_into(pilot, screen, "points_each", "backspace", "2", ",", "5")
        rule = screen.draft.node((1, 1)).rule  # type: ignore[union-attr]
        assert rule == PerOccurrenceRule("meetings", D("2.5"))
        assert "meetings" in screen.draft.table.indicators


async def test_saving_asks_a_reason_names_the_moved_totals_and_is_recorded(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_1)
        await _type_into(pilot, screen, "max", "backspace", "backspace", "1", "2")
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        body = str(dialog.query_one(".dialog-body", Static).render())
        assert "II.1 điểm tối đa: 10 → 12" in body
        assert "đang được 4 báo cáo dùng" in body
        # II.1 is yes/no: each of the four reports says it was on time, so each gains 2
        board = session.board
        assert board is not None
        for member in ("ctd-tinh", "ctd-ha-long", "kh-tinh", "kh-cam-pha"):
            unit = session.bloc.member(member)
            assert unit is not None
            before = board.score(member).total
            assert f"{unit.short_name}: {fmt.points(before)} → " \
                f"{fmt.points(before + 2)}" in body
        await pilot.press("enter")  # empty: refused in place
        await pilot.pause()
        assert app.screen is dialog
        await pilot.press(*"theo hội nghị khối")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen
        table = session.ws.campaign("2018-6t").table
        assert table.find("II.1").max_points == D(12)  # type: ignore[union-attr]
        assert "đã lưu" in editor_checks(screen)
    entries, _, broken = read_chain(session.ws.path)
    assert broken is None
    logged = [(e.change.code, e.change.field, e.change.reason, e.by.name) for e in entries
              if e.change.kind == "criterion.changed"]
    assert logged == [("II.1", "max_points", "theo hội nghị khối", "root")]


async def test_a_score_the_new_maximum_does_not_allow_is_refused_before_asking(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_1)
        await _type_into(pilot, screen, "max", "backspace", "backspace", "1", "3")
        screen.table.select_key(II_2)
        await pilot.pause()
        # CTĐ tỉnh scored itself 10 on II.2
        await _type_into(pilot, screen, "max", "backspace", "backspace", "7")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        problems = str(screen.query_one("#ce-problems", Static).render())
        assert "submissions/ctd-tinh.toml" in problems and "criteria.II.2" in problems
        assert screen.draft is not None and screen.draft.dirty  # nothing lost
        assert session.ws.campaign("2018-6t").table.find("II.2").max_points == D(10)  # type: ignore[union-attr]


async def test_a_locked_campaign_refuses_every_edit_saying_how_to_unlock_here(
        app: EmulationApp, session: Session) -> None:
    ws, campaign = session.ws, "2018-6t"
    ws.submit(campaign, "kh-cam-pha")
    for member in ("ctd-ha-long", "kh-cam-pha"):
        ws.verify_submission(campaign, member)
    ws.lock_campaign(campaign, reason="họp khối")
    session.reload()
    assert session.board is not None
    assert session.board.score("ctd-tinh").status is Status.LOCKED
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_1)
        said = "Đợt Sơ kết 6 tháng đầu năm 2018 đã khoá sau cuộc họp khối"
        assert "emulation unlock" not in editor_checks(screen)  # the UI's key instead
        assert said in editor_checks(screen)
        assert screen.query_one("#ce-max", Input).disabled
        await pilot.press("a")
        await pilot.pause()
        assert any(said in str(n.message) for n in app._notifications)
        assert screen.draft is not None and not screen.draft.dirty


async def test_the_copy_is_kept_while_the_lead_looks_elsewhere(
        app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_1)
        await _type_into(pilot, screen, "max", "backspace", "backspace", "9")
        await pilot.press("escape", "escape")  # field → table → the criteria view
        await pilot.pause()
        assert isinstance(app.screen, CriteriaScreen)
        await pilot.press("d", "t", "e")
        await pilot.pause()
        assert app.screen is screen
        assert "Tổng bảng 99/100 thiếu 1" in editor_checks(screen)


async def test_the_palette_opens_the_editor(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"sua bang tieu chi")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CriteriaEditor)


async def test_quitting_asks_first_when_the_copy_cannot_be_kept(
        app: EmulationApp, session: Session) -> None:
    (session.ws.path / DRAFTS).write_text("not a folder")  # the copy has nowhere to go
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_1)
        assert "4 báo cáo đang dùng bảng" in editor_checks(screen)
        await _type_into(pilot, screen, "max", "backspace", "backspace", "9")
        await pilot.press("escape", "escape", "d")  # another screen: the copy stays
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        said = str(dialog.query_one(".dialog-body", Static).render())
        assert "chưa lưu (2018-6t) và không ghi được bản nháp" in said
        await pilot.press("n")
        await pilot.pause()
        assert app.is_running


async def test_a_code_taken_by_a_type_criterion_in_a_slot_is_refused(
        app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criteria_editor(app, pilot, II_1)
        # slot I holds each type's criteria as I.1, I.2: the Red Cross's blood donation
        await _type_into(pilot, screen, "code", "backspace", "backspace", "backspace",
                         "backspace", "I", ".", "1")
        assert "Hiến máu tình nguyện" in _note(screen, "code")
        assert screen.draft is not None and screen.draft.node((1, 0)).code == "I."  # last good
