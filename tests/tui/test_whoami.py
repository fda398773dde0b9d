"""Who you are: the header names the person the change log records; the palette's form
saves identity.toml and the next figure typed is recorded as that person."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Select, Static

from emulation_core import Actor, Role, read_chain, resolve_actor
from emulation_tui.app import EmulationApp
from emulation_tui.screens.whoami_form import WhoAmIForm
from emulation_tui.session import Session

from .conftest import open_criterion


def _header(app: EmulationApp) -> str:
    return str(app.screen.query_one("#context", Static).render())


async def test_set_identity_then_a_typed_figure_is_recorded_as_that_person(
        app: EmulationApp, session: Session, ws_path: Path) -> None:
    before = session.ws.actor
    assert before is not None
    async with app.run_test(size=(120, 34)) as pilot:
        assert before.name in _header(app)
        app.action_whoami()
        await pilot.pause()
        form = app.screen
        assert isinstance(form, WhoAmIForm)
        form.query_one("#whoami-role", Select).value = Role.DEPUTY
        await pilot.press(*["backspace"] * 30, "T", "r", "a", "n", "space", "B", "i", "n", "h")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is not form
        assert "Tran" in _header(app) and "Phó khối" in _header(app)
        await open_criterion(app, pilot, "ctd-tinh", "II.2")
        await pilot.press("enter", "backspace", "backspace", "9", "escape")
        await pilot.pause()
        await app.flush_saves()
    person = Actor("Tran Binh", Role.DEPUTY)
    assert resolve_actor(environ=dict(os.environ)) == person
    entries, _, broken = read_chain(ws_path)
    assert broken is None
    assert entries[-1].by == person and entries[-1].change.code == "II.2"


async def test_an_empty_name_is_refused_in_place(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        app.action_whoami()
        await pilot.pause()
        form = app.screen
        await pilot.press(*["backspace"] * 30, "enter")
        await pilot.pause()
        assert app.screen is form
        assert "Phải ghi họ tên" in str(form.query_one("#whoami-note", Static).render())
