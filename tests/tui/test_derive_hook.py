"""The scoring screen reads derived figures through the library: what a plugin's derive hook
prints stays out of the terminal and a hook that raises is contained, as in scoring."""

from __future__ import annotations

import datetime as dt
import sys
import types
from collections.abc import Callable, Mapping
from decimal import Decimal
from importlib.metadata import EntryPoint
from pathlib import Path

import attrs
import pytest

from emulation_core import ENTRY_POINT_GROUP, PluginRegistry
from emulation_tui.app import EmulationApp
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import open_session
from emulation_tui.settings import Settings
from emulation_tui.widgets.table import DenseTable

_MODULE = "tui_derive_hook_types"
NOW = dt.datetime(2018, 7, 5, 9, 30)
Hook = Callable[[Mapping[str, Decimal]], Mapping[str, Decimal]]


def _registry_with(registry: PluginRegistry, derive: Hook) -> PluginRegistry:
    """The fixture's types, the Red Cross one with ``derive`` as its hook."""
    module = types.ModuleType(_MODULE)
    red_cross = registry.get("chu-thap-do")
    assert red_cross is not None
    module.red_cross = attrs.evolve(red_cross, derive=derive)  # type: ignore[attr-defined]
    module.study = registry.get("khuyen-hoc")  # type: ignore[attr-defined]
    sys.modules[_MODULE] = module
    return PluginRegistry(found=[
        EntryPoint("chu-thap-do", f"{_MODULE}:red_cross", ENTRY_POINT_GROUP),
        EntryPoint("khuyen-hoc", f"{_MODULE}:study", ENTRY_POINT_GROUP),
    ], allowed=None)


async def _open_scoring(ws_path: Path, registry: PluginRegistry) -> tuple[str, list[str]]:
    """Open the Red Cross unit's scoring screen; its funds cell and the board's warnings."""
    session = open_session(ws_path, clock=lambda: NOW, registry=registry)
    try:
        app = EmulationApp(session, settings=Settings(language="en"), clock=lambda: NOW,
                           save_delay=0.01)
        async with app.run_test(size=(120, 40)) as pilot:
            app.screen.query_one("#members", DenseTable).select_key("ctd-tinh")
            await pilot.press("enter")
            await pilot.pause()
            assert isinstance(app.screen, ScoringScreen)
            assert session.board is not None
            return (str(session.board.values_of("ctd-tinh")["funds"]),
                    [w.text("en") for w in session.board.warnings])
    finally:
        session.close()


async def test_what_a_derive_hook_prints_does_not_reach_the_terminal(
        ws_path: Path, registry: PluginRegistry, capfd: pytest.CaptureFixture[str]) -> None:
    def noisy(values: Mapping[str, Decimal]) -> Mapping[str, Decimal]:
        print("debug: deriving")
        return {"funds": Decimal(1), "extra": Decimal(7)}

    quiet = _registry_with(registry, noisy)
    funds, warnings = await _open_scoring(ws_path, quiet)
    assert "debug: deriving" not in capfd.readouterr().out
    assert any("debug: deriving" in notice for notice in quiet.notices)
    assert funds == "1200" and warnings == []  # the reported figure wins over the derived


async def test_a_derive_hook_that_raises_is_contained_and_warned(
        ws_path: Path, registry: PluginRegistry) -> None:
    def broken(values: Mapping[str, Decimal]) -> Mapping[str, Decimal]:
        raise ZeroDivisionError("no members")

    funds, warnings = await _open_scoring(ws_path, _registry_with(registry, broken))
    assert funds == "1200"
    assert "type 'chu-thap-do': derived indicators failed for ctd-tinh " \
           f"(ZeroDivisionError: no members) at {__file__}:" \
           f"{broken.__code__.co_firstlineno + 1}" in warnings
