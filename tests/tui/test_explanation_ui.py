"""The unit's explanation (giải trình) and the verifier's answer in the UI: `e` and `a` on
the scoring screen (and the palette) open their dialogs; each is saved through the library,
recorded in the change log and shown on the criterion's detail; esc changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import RadioButton, Static

from emulation_core import Status, Verdict
from emulation_core.audit import read_chain
from emulation_tui.app import EmulationApp
from emulation_tui.screens.answer_dialog import AnswerDialog
from emulation_tui.screens.dialogs import ConfirmDialog
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session

from .conftest import notified, open_criterion


async def _type(pilot: Pilot[int], text: str) -> None:
    await pilot.press(*("space" if c == " " else c for c in text))


def _logged(ws_path: Path, kind: str) -> list[tuple[str, str | None, str]]:
    entries, _, broken = read_chain(ws_path)
    assert broken is None
    return [(e.change.code, e.change.new, e.change.reason) for e in entries
            if e.change.kind == kind]


def _detail(screen: ScoringScreen) -> str:
    return str(screen.query_one("#crit-why", Static).render())


async def test_the_unit_explains_and_the_lead_accepts_with_points(
        app: EmulationApp, session: Session, ws_path: Path) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-tinh", "II.2")  # verified: 10 claimed, 9.5
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        body = str(dialog.query_one(".dialog-body", Static).render())
        assert "Tự chấm 10,00; thẩm định 9,50" in body
        await pilot.press("enter")  # empty: refused in place
        await pilot.pause()
        assert app.screen is dialog
        await _type(pilot, "co bien ban bo sung")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        sub = session.working_submission("ctd-tinh")
        assert sub.entry("II.2").explanation == "co bien ban bo sung"
        assert sub.status is Status.SUBMITTED  # the unit's side: to be verified again
        assert "Giải trình: co bien ban bo sung" in _detail(screen)
        assert notified(app, "Đã ghi giải trình")

        await pilot.press("a")
        await pilot.pause()
        answer = app.screen
        assert isinstance(answer, AnswerDialog)
        assert "Đơn vị giải trình: co bien ban bo sung" in str(
            answer.query_one(".dialog-body", Static).render())
        await pilot.press("ctrl+s")  # no answer yet: refused under the field
        await pilot.pause()
        assert app.screen is answer
        assert "Phải ghi câu trả lời" in str(answer.query_one("#answer-error",
                                                             Static).render())
        await pilot.press("tab")
        await _type(pilot, "da xem bien ban")
        await pilot.press("tab")
        await _type(pilot, "12")  # above the maximum of 10: refused
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is answer
        assert str(answer.query_one("#points-error", Static).render()).strip()
        await pilot.press("backspace", "backspace", "1", "0", "enter")
        await pilot.pause()
        assert app.screen is screen
        entry = session.working_submission("ctd-tinh").entry("II.2")
        assert (entry.answer, entry.verdict) == ("da xem bien ban", Verdict.ACCEPTED)
        assert entry.explained_points == Decimal(10)
        (row,) = [s for s in session.board.breakdown("ctd-tinh")  # type: ignore[union-attr]
                  if s.criterion.code == "II.2"]
        assert (row.points, row.source) == (Decimal(10), "explained")
        detail = _detail(screen)
        assert "Trả lời (Chấp nhận): da xem bien ban" in detail
        assert "Điểm sau giải trình: 10,00" in detail
    assert ("II.2", "co bien ban bo sung", "") in _logged(ws_path, "submission.explanation")
    assert ("II.2", "da xem bien ban", "") in _logged(ws_path, "submission.answer")
    assert ("II.2", "accepted", "da xem bien ban") in _logged(ws_path, "submission.verdict")
    assert ("II.2", "10.00", "da xem bien ban") in _logged(ws_path, "submission.explained")


async def test_a_refused_explanation_keeps_the_verified_points(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-tinh", "II.2")
        await pilot.press("e")
        await pilot.pause()
        await _type(pilot, "xin xem lai")
        await pilot.press("enter", "a")
        await pilot.pause()
        answer = app.screen
        assert isinstance(answer, AnswerDialog)
        await pilot.press("right", "right", "space")  # the verdict: rejected
        await pilot.pause()
        assert answer.query_one("#rejected", RadioButton).value
        await pilot.press("tab")
        await _type(pilot, "khong co minh chung")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is screen
        entry = session.working_submission("ctd-tinh").entry("II.2")
        assert (entry.answer, entry.verdict) == ("khong co minh chung", Verdict.REJECTED)
        assert entry.explained_points is None
        (row,) = [s for s in session.board.breakdown("ctd-tinh")  # type: ignore[union-attr]
                  if s.criterion.code == "II.2"]
        assert (row.points, row.source) == (Decimal("9.5"), "verified")
        assert notified(app, "Không chấp nhận")


async def test_esc_changes_nothing_and_steps_that_cannot_be_taken_say_why(
        app: EmulationApp, session: Session, ws_path: Path) -> None:
    before = (ws_path / "audit.jsonl").read_bytes()
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-tinh", "II.2")
        await pilot.press("a")  # nothing to answer yet
        await pilot.pause()
        assert app.screen is screen and notified(app, "chưa có giải trình")
        await pilot.press("e")
        await pilot.pause()
        await _type(pilot, "nua chung")
        await pilot.press("escape")  # typed: asked first, then thrown away
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen
        assert session.working_submission("ctd-tinh").entry("II.2").explanation == ""
        await pilot.press("escape")
        await pilot.pause()
        await open_criterion(app, pilot, "kh-cam-pha", "II.2")  # a draft: nothing to explain yet
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ScoringScreen)
        assert notified(app, "Chỉ giải trình trên báo cáo đã nộp")
    assert (ws_path / "audit.jsonl").read_bytes() == before


async def test_the_palette_offers_the_explanation_and_the_answer(app: EmulationApp) -> None:
    from textual.command import CommandInput, CommandList

    async with app.run_test(size=(120, 34)) as pilot:
        await open_criterion(app, pilot, "ctd-tinh", "II.2")
        await pilot.press("ctrl+p")
        await pilot.pause()
        app.screen.query_one(CommandInput).value = "giai trinh"
        await pilot.pause(0.4)
        options = app.screen.query_one(CommandList)
        found = " ".join(str(options.get_option_at_index(i).prompt)
                         for i in range(options.option_count))
        assert "Giải trình tiêu chí" in found and "Trả lời giải trình" in found


async def test_a_partly_accepted_explanation_in_english(
        make_app: Callable[..., EmulationApp], session: Session, ws_path: Path) -> None:
    app = make_app(session, "en")
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-tinh", "II.2")
        await pilot.press("e")
        await pilot.pause()
        await _type(pilot, "bien ban mot phan")
        await pilot.press("enter", "a")
        await pilot.pause()
        answer = app.screen
        assert isinstance(answer, AnswerDialog)
        labels = [str(b.label) for b in answer.query(RadioButton).results()]
        assert labels == ["Accepted", "Partly accepted", "Rejected"]
        await pilot.press("right", "space", "tab")
        await _type(pilot, "mot nua")
        await pilot.press("tab")
        await _type(pilot, "9,5")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        entry = session.working_submission("ctd-tinh").entry("II.2")
        assert (entry.verdict, entry.answer, entry.explained_points) == (
            Verdict.PARTLY, "mot nua", Decimal("9.5"))
        assert "Answer (Partly accepted): mot nua" in _detail(screen)
        assert notified(app, "answered: Partly accepted")
    text = (ws_path / "campaigns" / "2018-6t" / "submissions" / "ctd-tinh.toml").read_text(
        encoding="utf-8")
    assert 'verdict = "partly"' in text and 'answer = "mot nua"' in text
