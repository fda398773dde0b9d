"""Starting on a workspace: the first frame before the workspace is read, the workspace read
on a worker, keys typed meanwhile kept in order, failures reported, and the app importable
without the library."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any, get_args

import pytest
from textual.widgets import Static

import emulation_core
from emulation_core import PluginRegistry, Workspace
from emulation_tui import i18n
from emulation_tui import session as session_module
from emulation_tui.app import EmulationApp
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.settings import Settings
from emulation_tui.startup import LoadingScreen

from .conftest import clock, settle
from .test_entry import _burst


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Opening the workspace waits until the test sets the event (the worker's thread
    blocks; the UI thread goes on)."""
    event = threading.Event()
    real = session_module.open_session

    def held(*args: Any, **kwargs: Any) -> session_module.Session:
        assert event.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(session_module, "open_session", held)
    yield event
    event.set()


def _app(path: Path, registry: PluginRegistry) -> EmulationApp:
    return EmulationApp(path=path, registry=registry, settings=Settings(), clock=clock,
                        save_delay=0.01)


def _close(app: EmulationApp) -> None:
    for opened in app.opened:
        opened.close()


async def test_the_first_frame_says_the_workspace_is_opening_before_it_is_read(
        ws_path: Path, registry: PluginRegistry, gate: threading.Event) -> None:
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, LoadingScreen) and app.loading
            assert app.session is None
            text = str(app.screen.query_one("#loading", Static).render())
            assert "Đang mở sổ thi đua" in text and ws_path.name in text
            gate.set()
            await settle(app, pilot)
            assert isinstance(app.screen, DashboardScreen) and not app.loading
            assert app.current_mode == "dashboard" and app.session is not None
            assert app.session.ws.path == ws_path
    finally:
        _close(app)


@pytest.mark.parametrize("arrows", [("down", "down"), ("end", "up", "up")])
async def test_keys_typed_while_it_opens_reach_the_dashboard_in_order(
        ws_path: Path, registry: PluginRegistry, gate: threading.Event,
        arrows: tuple[str, ...]) -> None:
    """Arrows, enter, enter, 5 typed at once on the loading screen: the third unit (the
    draft of Khuyến học Cẩm Phả, 150 learning families) opens and 5 lands after its figure."""
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            _burst(app, *arrows, "enter", "enter", "5")
            await pilot.pause()
            assert isinstance(app.screen, LoadingScreen)  # nothing acted yet
            gate.set()
            await settle(app, pilot)
            screen = app.screen
            assert isinstance(screen, ScoringScreen) and screen.member_id == "kh-cam-pha"
            assert app.session is not None
            values = app.session.working_submission("kh-cam-pha").values
            assert values["learning_families"] == Decimal(1505)
    finally:
        _close(app)


async def test_the_workspace_is_opened_off_the_ui_thread(
        ws_path: Path, registry: PluginRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    real = Workspace.open

    def recording(*args: Any, **kwargs: Any) -> Workspace:
        threads.append(threading.get_ident())
        return real(*args, **kwargs)

    monkeypatch.setattr(Workspace, "open", recording)
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            assert isinstance(app.screen, DashboardScreen)
        assert threads and threading.main_thread().ident not in threads
    finally:
        _close(app)


async def test_quitting_while_it_opens_quits(ws_path: Path, registry: PluginRegistry,
                                             gate: threading.Event) -> None:
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            await pilot.press("ctrl+q")
            gate.set()
            await pilot.pause()
        assert app.return_code == 0 and app.session is None
    finally:
        _close(app)


async def test_a_workspace_that_fails_to_open_exits_with_the_reasons(
        ws_path: Path, registry: PluginRegistry) -> None:
    (ws_path / "workspace.toml").write_text("schema = [broken\n", encoding="utf-8")
    app = _app(ws_path, registry)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert app.return_code == 1 and app.session is None  # (leaving the test exits again)
    assert any("workspace.toml" in line for line in app.open_failure)


def test_a_folder_without_a_workspace_is_refused_before_any_frame(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from emulation_tui.app import open_app

    (tmp_path / "notes.txt").write_text("x", "utf-8")  # an empty folder offers a new one
    assert open_app(tmp_path) == 1
    err = capsys.readouterr().err
    assert "Không mở được sổ thi đua" in err and "workspace.toml" in err


def test_the_app_imports_without_the_library_or_attrs() -> None:
    """What the first frame needs: Textual and the UI's own modules, nothing of the library
    (its modules are imported with the workspace, on the worker)."""
    code = ("import sys, emulation_tui.app, emulation_tui.startup; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            "('emulation_core', 'attr', 'attrs')))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True).stdout
    assert out.strip() == "[]"


def test_the_interface_languages_are_the_librarys() -> None:
    assert i18n.LANGUAGES == emulation_core.LANGUAGES
    assert get_args(i18n.Language) == get_args(emulation_core.Language)
