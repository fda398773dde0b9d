"""What the start costs on the UI thread: from the loading screen to the dashboard (and to
any main screen first shown) the stylesheet is not parsed again, and a mode switch does not
hold the screen (Textual holds every update 50 ms on one)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.css.stylesheet import Stylesheet

from emulation_core import PluginRegistry
from emulation_tui import startup
from emulation_tui.app import EmulationApp
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.members import MembersScreen
from emulation_tui.session import open_session
from emulation_tui.settings import Settings
from emulation_tui.startup import LoadingScreen

from .conftest import clock, settle
from .test_startup import gate  # noqa: F401 (fixture)


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every time the whole stylesheet is parsed again (``Stylesheet.reparse``)."""
    seen: list[str] = []
    real = Stylesheet.reparse

    def counted(self: Stylesheet) -> None:
        seen.append("reparse")
        real(self)

    monkeypatch.setattr(Stylesheet, "reparse", counted)
    yield seen


def _app(path: Path, registry: PluginRegistry) -> EmulationApp:
    return EmulationApp(path=path, registry=registry, settings=Settings(), clock=clock,
                        save_delay=0.01)


async def test_the_dashboard_follows_the_loading_screen_without_parsing_the_stylesheet(
        ws_path: Path, registry: PluginRegistry, gate: threading.Event,  # noqa: F811
        parses: list[str]) -> None:
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, LoadingScreen)
            parses.clear()
            gate.set()
            await settle(app, pilot)
            assert isinstance(app.screen, DashboardScreen)
            assert parses == []
            await pilot.press("m")  # a main screen first shown: styled as it mounts too
            await pilot.pause()
            assert isinstance(app.screen, MembersScreen)
            assert parses == []
    finally:
        for opened in app.opened:
            opened.close()


async def _drawn(app: EmulationApp, *keys: str) -> str:
    """The screen as drawn (SVG) once the workspace is open and ``keys`` were pressed."""
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        await pilot.press(*keys)
        await pilot.pause()
        app.clear_notifications()
        await pilot.pause()
        drawn = app.export_screenshot()
    for opened in app.opened:
        opened.close()
    return _numbered_styles_named(drawn)


def _numbered_styles_named(svg: str) -> str:
    """The SVG with its style classes (numbered per export) replaced by their styles."""
    import re

    styles = dict(re.findall(r"\.(terminal-[\w-]+) \{([^}]*)\}", svg))
    body = re.sub(r'class="(terminal-[\w-]+)"', lambda m: f'style="{styles.get(m[1], "")}"',
                  svg.split("</style>", 1)[1])
    return re.sub(r"terminal-\d+", "terminal", body)


@pytest.mark.parametrize("keys", [(), ("m",), ("r",)], ids=["dashboard", "members", "ranking"])
async def test_screens_after_a_start_look_as_with_the_workspace_given(
        ws_path: Path, registry: PluginRegistry, keys: tuple[str, ...]) -> None:
    """The screens built after the loading screen, not styled again by Textual, are drawn
    exactly as when the app starts on an open workspace (styled by Textual's refresh)."""
    started = await _drawn(_app(ws_path, registry), *keys)
    session = open_session(ws_path, clock=clock, registry=registry)
    try:
        given = await _drawn(EmulationApp(session, registry=registry, settings=Settings(),
                                          clock=clock, save_delay=0.01), *keys)
    finally:
        session.close()
    assert started == given


async def test_a_mode_switch_does_not_hold_the_screen(
        ws_path: Path, registry: PluginRegistry) -> None:
    """The screen switched to is drawn as soon as it is built: no batch of updates is left
    open behind the switch (Textual's own switch leaves one for 50 ms)."""
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            assert isinstance(app.screen, DashboardScreen)
            assert app._batch_count == 0
            await app.switch_mode("members")
            assert isinstance(app.screen, MembersScreen)
            assert app._batch_count == 0
    finally:
        for opened in app.opened:
            opened.close()


async def test_the_command_palette_still_holds_the_screen_as_textual_does(
        ws_path: Path, registry: PluginRegistry) -> None:
    """Only the mode switch lets go of the hold: other holds stay Textual's."""
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            app.delay_update(5)
            assert app._batch_count == 1
    finally:
        for opened in app.opened:
            opened.close()


async def test_the_workspace_goes_first_among_the_recent_ones_off_the_ui_thread(
        ws_path: Path, registry: PluginRegistry, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving the settings (the recent workspaces, with fsync) is done by the worker that
    opened the workspace, not on the UI thread before the dashboard."""
    saved: list[tuple[int, Settings]] = []
    monkeypatch.setattr(startup, "save_settings",
                        lambda settings: saved.append((threading.get_ident(), settings)))
    app = _app(ws_path, registry)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            assert isinstance(app.screen, DashboardScreen)
            assert app.settings.recent[0] == str(ws_path.resolve())
        assert [settings for _, settings in saved] == [app.settings]
        assert threading.main_thread().ident not in [thread for thread, _ in saved]
    finally:
        for opened in app.opened:
            opened.close()
