"""The review stage in the UI: corrections with their reason, esc cancelling, locked
campaigns refusing, return with its reason, verify, lock and unlock from keys."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from textual.widgets import Input, Static

from emulation_core import Status
from emulation_core.audit import read_chain
from emulation_tui.app import EmulationApp
from emulation_tui.screens.dialogs import ConfirmDialog
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.session import Session

from .conftest import field_note, notified, open_criterion

CAMPAIGN = "2018-6t"


def _log(ws_path: Path) -> list[tuple[str, str, str | None, str | None, str]]:
    entries, _, broken = read_chain(ws_path)
    assert broken is None
    return [(e.change.kind, e.change.field, e.change.old, e.change.new, e.change.reason)
            for e in entries]


async def test_a_figure_typed_on_a_submitted_report_is_a_correction_with_its_reason(
        app: EmulationApp, session: Session, ws_path: Path) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")  # submitted, 3 courses
        field = screen.query_one("#f-v0", Input)
        await pilot.press("enter", "backspace", "2")
        await pilot.pause()
        assert session.working_submission("ctd-ha-long").values["trainings"] == 3
        await pilot.press("enter")  # the reason is asked
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        assert "đơn vị báo cáo 3; sửa thành 2" in str(
            dialog.query_one(".dialog-body", Static).render())
        await pilot.press("enter")  # no reason: refused in place
        await pilot.pause()
        assert app.screen is dialog
        assert "Phải ghi lý do" in str(dialog.query_one("#reason-note", Static).render())
        for key in "thieu bien ban":
            await pilot.press("space" if key == " " else key)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        sub = session.working_submission("ctd-ha-long")
        assert sub.values["trainings"] == 3  # the unit's figure stays
        assert sub.corrections["trainings"].value == 2
        assert sub.status is Status.SUBMITTED
        (row,) = [s for s in session.board.breakdown("ctd-ha-long")  # type: ignore[union-attr]
                  if s.criterion.code == "III.1"]
        assert row.points == Decimal("10.00")  # counted from the corrected figure
        assert field.value == "2" and "đơn vị báo cáo 3" in field_note(screen, "f-v0")
        assert notified(app, "Đã sửa Lớp tập huấn: 3 → 2 (thieu bien ban)")
    assert ("submission.correction", "trainings", None, "2", "thieu bien ban") in _log(ws_path)


async def test_esc_cancels_a_correction_and_nothing_changes(
        app: EmulationApp, session: Session, ws_path: Path) -> None:
    before = (ws_path / "audit.jsonl").read_bytes()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")
        field = screen.query_one("#f-v0", Input)
        await pilot.press("enter", "backspace", "7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        dialog = app.screen
        await pilot.press("x", "escape")  # a reason typed: asked before it is thrown away
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("escape")  # keep editing
        await pilot.pause()
        assert app.screen is dialog and dialog.query_one("#reason", Input).value == "x"
        await pilot.press("escape", "y")
        await pilot.pause()
        assert app.screen is screen
        assert field.value == "3"
        assert not session.working_submission("ctd-ha-long").corrections
        await pilot.press("backspace", "8", "escape")  # leaving the field: not applied either
        await pilot.pause()
        assert field.value == "3" and "chưa sửa «8»" in field_note(screen, "f-v0")
    assert (ws_path / "audit.jsonl").read_bytes() == before


async def test_editing_a_verified_report_returns_it_to_submitted_with_a_warning(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        await open_criterion(app, pilot, "ctd-tinh", "II.2")  # verified; self points 10
        await pilot.press("enter", "backspace", "backspace", "9")
        await pilot.pause(0.1)
        assert session.working_submission("ctd-tinh").status is Status.SUBMITTED
        assert notified(app, "trở về 'đã nộp'; cần thẩm định lại")


async def test_return_needs_a_reason_and_is_recorded(app: EmulationApp, session: Session,
                                                     ws_path: Path) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        await open_criterion(app, pilot, "ctd-ha-long", "III.1")
        await pilot.press("b")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        assert "đã nộp → ↩ trả lại bổ sung" in str(
            dialog.query_one(".dialog-body", Static).render()).replace("  ", " ")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is dialog  # a return needs its reason
        await pilot.press("x", "y", "enter")
        await pilot.pause()
        assert session.working_submission("ctd-ha-long").status is Status.RETURNED
        assert notified(app, "Đã trả lại báo cáo của Hội Chữ thập đỏ TP Hạ Long: xy")
    assert ("submission.status", "status", "submitted", "returned", "xy") in _log(ws_path)


async def test_verify_lock_and_unlock_from_keys(app: EmulationApp, session: Session,
                                                ws_path: Path) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")
        await pilot.press("k")  # others are not verified yet: says who
        await pilot.pause()
        assert "Hội Chữ thập đỏ TP Hạ Long" in str(
            app.screen.query_one(".dialog-body", Static).render())
        await pilot.press("escape", "v")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert session.working_submission("ctd-ha-long").status is Status.VERIFIED
        for member in ("kh-cam-pha", "ctd-uong-bi"):  # the rest, through the library
            if session.working_submission(member).status is Status.MISSING:
                session.ws.set_values(CAMPAIGN, member, {"trainings": Decimal(1)})
            session.ws.submit(CAMPAIGN, member)
            session.ws.verify_submission(CAMPAIGN, member)
        session.reload()
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press("enter")  # the note is optional
        await pilot.pause()
        assert session.ws.is_locked(CAMPAIGN)
        assert session.working_submission("ctd-ha-long").status is Status.LOCKED
        assert screen.query_one("#f-v0", Input).disabled
        await pilot.press("enter")  # every edit is refused, with a message
        await pilot.pause()
        assert notified(app, "Đợt đã khoá: mọi sửa đổi bị từ chối")
        await pilot.press("5")
        await pilot.pause()
        assert sum("Đợt đã khoá" in str(n.message) for n in app._notifications) == 2
        await pilot.press("b")
        await pilot.pause()
        assert notified(app, "Hồ sơ đã khoá")
        await pilot.press("u", "enter")  # unlocking needs its reason
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog) and session.ws.is_locked(CAMPAIGN)
        await pilot.press("h", "o", "p", "enter")
        await pilot.pause()
        assert not session.ws.is_locked(CAMPAIGN)
        assert not screen.query_one("#f-v0", Input).disabled
    kinds = [(kind, reason) for kind, _, _, _, reason in _log(ws_path)
             if kind.startswith("campaign.")]
    assert kinds[-2:] == [("campaign.locked", ""), ("campaign.unlocked", "hop")]
