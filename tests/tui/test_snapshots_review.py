"""Screenshots of the review dialogs: a correction asking for its reason (and asking before
esc throws a typed reason away), a return, and the answer to a unit's explanation.

Regenerate with ``pytest tests/tui/test_snapshots_review.py --snapshot-update`` and look at
the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from emulation_tui.app import EmulationApp
from emulation_tui.session import Session


async def _scoring(pilot: Any, member: str, code: str) -> None:
    pilot.app.screen.query_one("#members").select_key(member)
    await pilot.press("enter")
    await pilot.pause()
    pilot.app.screen.table.select_key(code)
    await pilot.pause()


def test_correction_dialog(app: EmulationApp, snap_compare: Callable[..., bool]) -> None:
    async def correct(pilot: Any) -> None:
        await _scoring(pilot, "ctd-ha-long", "III.1")
        await pilot.press("enter", "backspace", "2", "enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(100, 30), run_before=correct)


def test_return_dialog(app: EmulationApp, snap_compare: Callable[..., bool]) -> None:
    async def send_back(pilot: Any) -> None:
        await _scoring(pilot, "ctd-ha-long", "III.1")
        await pilot.press("b")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=send_back)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
def test_answer_dialog(app: EmulationApp, session: Session, snap_compare: Callable[..., bool],
                       size: tuple[int, int]) -> None:
    """The verifier's answer to an explanation: the verdict (three choices), the answer,
    the points after it, one refused under its field."""
    session.ws.add_explanation("2018-6t", "ctd-tinh", "II.2", "Đã bổ sung biên bản họp")
    session.reload()

    async def answer(pilot: Any) -> None:
        await _scoring(pilot, "ctd-tinh", "II.2")
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("right", "space", "tab", *"da xem", "tab", "1", "2", "enter")
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=answer)


def test_correction_discard_question(session: Session, make_app: Callable[..., EmulationApp],
                                     snap_compare: Callable[..., bool]) -> None:
    """esc once a correction's reason is typed: the question, in its own words (English, the
    longer, at 80 columns), over the dialog that keeps the reason."""
    app = make_app(session, "en")

    async def discard(pilot: Any) -> None:
        await _scoring(pilot, "ctd-ha-long", "III.1")
        await pilot.press("enter", "backspace", "2", "enter")
        await pilot.pause()
        await pilot.press(*"no minutes", "escape")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=discard)
