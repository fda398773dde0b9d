"""How the app is built: saves and opening run on worker threads, screens follow typed
messages, and the app never calls a particular screen."""

from __future__ import annotations

import ast
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from textual.widgets import Input

from emulation_core import PluginRegistry, Workspace
from emulation_tui import app as app_module
from emulation_tui import autosave, saves
from emulation_tui.app import EmulationApp
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session, open_session
from emulation_tui.widgets.table import DenseTable

from .conftest import send_back, settle


async def _scoring(app: EmulationApp, pilot: object, member: str, code: str) -> ScoringScreen:
    table = app.screen.query_one("#members", DenseTable)
    table.select_key(member)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, ScoringScreen)
    screen.table.select_key(code)
    await pilot.pause()  # type: ignore[attr-defined]
    return screen


async def test_saves_are_written_off_the_ui_thread(app: EmulationApp, session: Session,
                                                   monkeypatch: object) -> None:
    threads: list[int] = []
    original = Workspace.save_submission

    def recording(ws: Workspace, *args: object, **kwargs: object) -> object:
        threads.append(threading.get_ident())
        return original(ws, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Workspace, "save_submission", recording)  # type: ignore[attr-defined]
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _scoring(app, pilot, "ctd-ha-long", "III.1")
        screen.query_one("#f-v0", Input).value = "4"
        await settle(app, pilot)
        assert "đã lưu" in str(screen.query_one("#status-line").render())
    assert threads and threading.main_thread().ident not in threads


async def test_an_edit_made_while_saving_is_saved_too(app: EmulationApp, session: Session,
                                                      ws_path: Path, registry: PluginRegistry,
                                                      monkeypatch: object) -> None:
    """The first save is held on its thread while the lead types again: nothing is lost,
    and the figure on disk is the last one typed."""
    release = threading.Event()
    started = threading.Event()
    original = saves.write_job

    def held(*args: object) -> object:
        started.set()
        release.wait(5)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(autosave, "write_job", held)  # type: ignore[attr-defined]
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _scoring(app, pilot, "ctd-ha-long", "III.1")
        field = screen.query_one("#f-v0", Input)
        field.value = "4"
        for _ in range(100):  # the save starts after its delay, on the event loop's timer
            if started.is_set():
                break
            await pilot.pause(0.05)
        assert started.is_set()
        field.value = "2"  # while "4" is being written
        await pilot.pause(0.05)
        assert "ctd-ha-long" in session.pending
        release.set()
        await settle(app, pilot)
        await settle(app, pilot)
        assert not session.pending
    session.close()
    reopened = open_session(ws_path, clock=session.clock, registry=registry)
    try:
        sub = reopened.board.submission("ctd-ha-long")  # type: ignore[union-attr]
        assert sub is not None and sub.values["trainings"] == 2
    finally:
        reopened.close()


async def test_quitting_waits_for_the_save(app: EmulationApp, session: Session,
                                           ws_path: Path, registry: PluginRegistry) -> None:
    app.save_delay = 3600  # only quitting saves
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _scoring(app, pilot, "ctd-ha-long", "III.1")
        screen.query_one("#f-v0", Input).value = "5"
        await pilot.pause()
        await pilot.press("ctrl+q")
        await pilot.pause()
    session.close()
    reopened = open_session(ws_path, clock=session.clock, registry=registry)
    try:
        assert reopened.board.submission("ctd-ha-long").values["trainings"] == 5  # type: ignore[union-attr]
    finally:
        reopened.close()


async def test_a_screen_below_catches_up_when_shown_again(app: EmulationApp,
                                                          session: Session) -> None:
    send_back(session, "ctd-ha-long")  # figures typed are the unit's own
    async with app.run_test(size=(120, 30)) as pilot:
        dashboard = app.screen
        assert isinstance(dashboard, DashboardScreen)
        screen = await _scoring(app, pilot, "ctd-ha-long", "III.1")
        screen.query_one("#f-v0", Input).value = "4"
        await pilot.pause()
        assert dashboard._stale  # told, not redrawn while hidden
        await pilot.press("escape", "escape")
        await settle(app, pilot)
        assert app.screen is dashboard and not dashboard._stale
        total = session.board.score("ctd-ha-long").self_total  # type: ignore[union-attr]
        cells = [str(c) for c in dashboard.query_one("#members", DenseTable).get_row(
            "ctd-ha-long")]
        assert f"{total:.2f}".replace(".", ",") in cells


def test_the_app_calls_no_particular_screen() -> None:
    """app.py names no screen class outside building the screens, and never calls a method
    of ``self.screen``: screens hear from the app through typed messages."""
    tree = ast.parse(Path(app_module.__file__).read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            assert not (isinstance(owner, ast.Attribute) and owner.attr == "screen"), \
                ast.unparse(node)
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    assert not names & {"ScoringScreen", "BaseScreen"}  # main screens are only built


@pytest.mark.parametrize("module", ["session", "state", "edits", "saves", "merge", "history",
                                    "target_grid", "review_steps"])
def test_the_session_and_its_rules_load_without_textual(module: str) -> None:
    """What the docs call Textual-free can be imported, tested and timed without the UI."""
    loaded = subprocess.run(
        [sys.executable, "-c",
         f"import sys, emulation_tui.{module}; print('textual' in sys.modules)"],
        capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "False"
