"""The small dialogs (a step's reason, the verifier's answer, who you are, a figure's
correction) treat esc as the main forms do (``screens/leaving.py``): untouched, they close
at once; once something is typed or chosen, esc asks first, "keep editing" keeps every
field as it was, and only "discard" throws it away."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from decimal import Decimal

import pytest
from rich.text import Text
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input, RadioButton, Select, Static

from emulation_core import Role
from emulation_tui.app import EmulationApp
from emulation_tui.i18n import t
from emulation_tui.screens.answer_dialog import AnswerDialog
from emulation_tui.screens.dialogs import ConfirmDialog
from emulation_tui.screens.leaving import KeepsTyping
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.screens.whoami_form import WhoAmIForm
from emulation_tui.session import Session

from .conftest import open_criterion

Dialog = KeepsTyping[object]
Change = Callable[[Dialog, Pilot[int]], Awaitable[None]]


def _reason(session: Session) -> Dialog:
    return ReasonDialog("Trả lại báo cáo", ["Đã nộp → Trả lại"])  # type: ignore[return-value]


def _answer(session: Session) -> Dialog:
    criterion = session.board.table_for("ctd-tinh").find("II.2")  # type: ignore[union-attr]
    assert criterion is not None
    return AnswerDialog("Trả lời giải trình", ["II.2"], criterion,  # type: ignore[return-value]
                        Decimal("0.01"))


def _whoami(session: Session) -> Dialog:
    return WhoAmIForm(session)  # type: ignore[return-value]


async def _type_in(dialog: Dialog, pilot: Pilot[int], field: str) -> None:
    dialog.query_one(f"#{field}", Input).focus()
    await pilot.press("x", "y")


async def _type_reason(dialog: Dialog, pilot: Pilot[int]) -> None:
    await _type_in(dialog, pilot, "reason")


async def _type_answer(dialog: Dialog, pilot: Pilot[int]) -> None:
    await _type_in(dialog, pilot, "answer")


async def _pick_verdict(dialog: Dialog, pilot: Pilot[int]) -> None:
    dialog.query_one("#rejected", RadioButton).value = True


async def _type_name(dialog: Dialog, pilot: Pilot[int]) -> None:
    await _type_in(dialog, pilot, "whoami-name")


async def _pick_role(dialog: Dialog, pilot: Pilot[int]) -> None:
    dialog.query_one("#whoami-role", Select).value = Role.DEPUTY


CASES: list[tuple[Callable[[Session], Dialog], Change]] = [
    (_reason, _type_reason), (_answer, _type_answer), (_answer, _pick_verdict),
    (_whoami, _type_name), (_whoami, _pick_role)]
IDS = ["reason", "answer-text", "answer-verdict", "whoami-name", "whoami-role"]


def _fields(dialog: Screen[object]) -> dict[str, object]:
    return {str(w.id): getattr(w, "value", None)
            for w in dialog.query("Input, Select, RadioButton")}


async def _opened(app: EmulationApp, pilot: Pilot[int], dialog: Dialog,
                  answers: list[object]) -> None:
    app.push_screen(dialog, answers.append)
    await pilot.pause()
    await pilot.pause()  # the fields are remembered once drawn


@pytest.mark.parametrize(("make", "change"), CASES, ids=IDS)
async def test_untouched_esc_closes_at_once(app: EmulationApp, session: Session,
                                            make: Callable[[Session], Dialog],
                                            change: Change) -> None:
    answers: list[object] = []
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = make(session)
        await _opened(app, pilot, dialog, answers)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmDialog | KeepsTyping)
        assert answers == [None]


@pytest.mark.parametrize(("make", "change"), CASES, ids=IDS)
async def test_typed_esc_asks_keeps_then_discards(app: EmulationApp, session: Session,
                                                  make: Callable[[Session], Dialog],
                                                  change: Change) -> None:
    answers: list[object] = []
    before = session.ws.actor
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = make(session)
        await _opened(app, pilot, dialog, answers)
        await change(dialog, pilot)
        await pilot.pause()
        typed = _fields(dialog)
        await pilot.press("escape")
        await pilot.pause()
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)
        assert t("leave.typed") in str(asked.query_one(".dialog-body", Static).render())
        await pilot.press("escape")  # keep editing
        await pilot.pause()
        assert app.screen is dialog and _fields(dialog) == typed and answers == []
        await pilot.press("escape", "y")  # discard
        await pilot.pause()
        assert app.screen is not dialog and answers == [None]
    assert session.ws.actor == before  # who you are: nothing saved


async def test_an_earlier_reason_given_to_edit_is_not_typing(app: EmulationApp) -> None:
    """An explanation opened again holds its text: esc without a change closes at once."""
    answers: list[object] = []
    async with app.run_test(size=(120, 40)) as pilot:
        dialog = ReasonDialog("Giải trình", ["II.2"], value="thiếu biên bản")
        await _opened(app, pilot, dialog, answers)  # type: ignore[arg-type]
        await pilot.press("escape")
        await pilot.pause()
        assert answers == [None] and not isinstance(app.screen, ConfirmDialog)


async def test_a_corrections_reason_asks_in_its_own_words(app: EmulationApp,
                                                          session: Session) -> None:
    """Discarding the reason of a correction also puts the figure back: the question says
    so; answered "discard", the field holds the unit's figure again."""
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")
        field = screen.query_one("#f-v0", Input)
        await pilot.press("enter", "backspace", "7", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press("t", "h", "i", "e", "u", "escape")
        await pilot.pause()
        asked = app.screen
        assert isinstance(asked, ConfirmDialog)
        question = asked.query_one(".dialog-body", Static).render()
        assert str(question) == str(Text(t("leave.correction")))
        await pilot.press("y")
        await pilot.pause()
        assert app.screen is screen and field.value == "3"  # the unit's figure again
        assert not session.working_submission("ctd-ha-long").corrections
