"""Starting the UI: run() and open_app on a bad workspace, the picker, settings, the API rule."""

from __future__ import annotations

import ast
import os
from dataclasses import replace
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from emulation_core import PluginRegistry
from emulation_tui import app as app_module
from emulation_tui.app import EmulationApp, run
from emulation_tui.i18n import Language
from emulation_tui.settings import load_settings, save_settings

from .conftest import settle

SRC = Path(app_module.__file__).parent


def test_run_reports_a_bad_workspace_without_traceback(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(tmp_path / "nowhere") == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err and "workspace.toml" in err


@pytest.mark.parametrize(("lang", "expected"), [("vi", "không phải sổ thi đua"),
                                                ("en", "not an emulation workspace")])
def test_a_bad_workspace_is_reported_in_the_interface_language(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: Language,
        expected: str) -> None:
    save_settings(replace(load_settings(), language=lang))
    assert run(tmp_path / "nowhere") == 1
    assert expected in capsys.readouterr().err


def test_ui_uses_only_the_public_library_api() -> None:
    for path in SRC.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith("emulation_core."), (path, node.module)


def test_settings_dir_follows_the_environment(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from emulation_tui.settings import config_dir

    monkeypatch.delenv("EMULATION_CONFIG_DIR")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert config_dir() == tmp_path / "emulation"
    assert os.environ["XDG_CONFIG_HOME"] == str(tmp_path)


def test_registry_fixture_provides_the_types(registry: PluginRegistry) -> None:
    assert set(registry.types) == {"chu-thap-do", "khuyen-hoc", "chung"}


async def test_picker_opens_a_workspace(ws_path: Path, registry: PluginRegistry,
                                        tmp_path: Path) -> None:
    from emulation_tui.screens.dashboard import DashboardScreen
    from emulation_tui.screens.picker import PickerScreen

    app = EmulationApp(None, registry=registry)
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, PickerScreen)
        field = app.screen.query_one("#path", Input)
        field.value = str(tmp_path / "missing")
        await pilot.press("enter")
        await settle(app, pilot)
        assert "workspace.toml" in str(app.screen.query_one("#picker-error", Static).render())
        field.value = str(ws_path)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("m")
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
    assert app.session is not None
    app.session.close()
    assert load_settings().recent[0] == str(ws_path.resolve())


async def test_open_app_collects_garbage_again_once_the_dashboard_is_drawn(
        tmp_path: Path) -> None:
    import gc
    import shutil

    from emulation_core import sample_workspace_path
    from emulation_tui.app import open_app
    from emulation_tui.screens.dashboard import DashboardScreen

    copy = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), copy)
    app = open_app(copy)
    try:
        assert isinstance(app, EmulationApp) and not gc.isenabled()
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(app, pilot)
            assert isinstance(app.screen, DashboardScreen)
            assert gc.isenabled() and gc.get_freeze_count() > 0
    finally:
        gc.enable()
        gc.unfreeze()
        if isinstance(app, EmulationApp) and app.session is not None:
            app.session.close()
    assert open_app(tmp_path / "nowhere") == 1 and gc.isenabled()
