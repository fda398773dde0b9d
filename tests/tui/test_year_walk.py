"""What walking a bloc's year in the UI from an empty folder found, each pinned: a new
workspace made from the UI (no `emulation init`), a figure typed right behind `enter` in the
criteria editor landing whole, a rule's offered parameters replaced by typing, and a digit on
the registration grid's unit column saying where targets go instead of opening a dialog."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from emulation_core import PluginRegistry, Workspace, read_chain
from emulation_tui.app import EmulationApp, open_app
from emulation_tui.screens.criteria_editor import CriteriaEditor
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.new_workspace import NewWorkspaceForm
from emulation_tui.screens.picker import PickerScreen
from emulation_tui.screens.registration import RegistrationScreen
from emulation_tui.session import Session

from .conftest import notified, open_criteria_editor, settle
from .test_entry import _burst


async def _make_workspace(app: EmulationApp, pilot: object) -> None:
    form = app.screen
    assert isinstance(form, NewWorkspaceForm)
    _burst(app, *"Khoi thu")
    for _ in range(3):
        await pilot.pause()  # type: ignore[attr-defined]
    assert form.query_one("#bloc-id", Input).value == "khoi-thu"  # follows the name
    form.query_one("#bloc-name", Input).value = "Khối các Hội đặc thù"
    form.query_one("#person-name", Input).value = "Nguyễn Văn An"
    await pilot.press("ctrl+s")  # type: ignore[attr-defined]
    await settle(app, pilot)  # type: ignore[arg-type]


async def test_an_empty_folder_opens_the_new_workspace_form_and_the_year_starts_there(
        tmp_path: Path, registry: PluginRegistry) -> None:
    folder = tmp_path / "khoi"
    folder.mkdir()
    app = open_app(folder)
    assert isinstance(app, EmulationApp)
    app.registry = registry
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, NewWorkspaceForm)
            await pilot.press("ctrl+s")  # nothing typed: refused under the fields
            await pilot.pause()
            assert isinstance(app.screen, NewWorkspaceForm)
            assert not (folder / "workspace.toml").exists()
            await _make_workspace(app, pilot)
            assert isinstance(app.screen, DashboardScreen)
            assert app.session is not None
            assert app.session.bloc.name == "Khối các Hội đặc thù"
    finally:
        if app.session is not None:
            app.session.close()
    with Workspace.open(folder, registry=registry) as ws:
        assert ws.bloc.id == "khoi-cac-hoi-dac-thu"  # the id followed the name
    entries, _, broken = read_chain(folder)
    assert broken is None
    assert [(e.change.kind, e.by.name, e.by.role.value) for e in entries][:1] == [
        ("bloc.created", "Nguyễn Văn An", "lead")]


async def test_the_picker_offers_a_new_workspace_in_an_empty_folder(tmp_path: Path) -> None:
    app = open_app(None)
    assert isinstance(app, EmulationApp)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert isinstance(app.screen, PickerScreen)
            (tmp_path / "moi").mkdir()
            app.screen.query_one("#path", Input).value = str(tmp_path / "moi")
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, NewWorkspaceForm)
            await pilot.press("escape")  # cancelled: nothing made, the picker again
            await pilot.pause()
            assert isinstance(app.screen, PickerScreen)
            assert not any((tmp_path / "moi").iterdir())
    finally:
        if app.session is not None:
            app.session.close()


async def test_a_figure_typed_right_behind_enter_lands_whole_in_the_editor(
        app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, "1.1")  # II.2, judged, 10 points
        _burst(app, "enter", "enter", "enter", "enter", "backspace", "backspace", "1", "5")
        for _ in range(4):
            await pilot.pause()
        assert screen.query_one("#ce-max", Input).value == "15"
        _burst(app, "enter", "tab", "3")  # the step, offered by nobody: typed on
        for _ in range(4):
            await pilot.pause()
        assert screen.query_one("#ce-step", Input).value == "0,53"


async def test_a_rule_kind_chosen_offers_parameters_that_typing_replaces(
        app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, "1.1")  # II.2, judged
        assert isinstance(screen, CriteriaEditor)
        screen.query_one("#ce-kind").value = "per_occurrence"  # type: ignore[attr-defined]
        await pilot.pause()
        screen.query_one("#ce-indicator", Input).focus()
        await pilot.pause()
        _burst(app, *"trainings", "enter", "2", ",", "5")
        for _ in range(4):
            await pilot.pause()
        assert screen.query_one("#ce-points_each", Input).value == "2,5"  # not 12,5
        await pilot.press("shift+tab", "tab", "9")  # reached again: typed, so kept
        await pilot.pause()
        assert screen.query_one("#ce-points_each", Input).value == "2,59"


async def test_a_digit_on_the_unit_column_says_where_targets_go(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, RegistrationScreen)
        _burst(app, "1", "2")
        for _ in range(3):
            await pilot.pause()
        assert isinstance(app.screen, RegistrationScreen)  # no dialog took the digits
        assert notified(app, "Chọn ô của một chỉ số")
