"""Snapshots: the first frame (the workspace opening) and the 176-criterion table's scoring
screen, whose editor leaves the list its heading and eight rows at 80×24."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from emulation_tui import session as session_module
from emulation_tui.app import EmulationApp
from emulation_tui.session import Session
from emulation_tui.settings import Settings

from .test_large import large, large_path  # noqa: F401 (fixtures)
from .test_snapshots import IDS, SIZES

Snap = Callable[..., bool]


@pytest.fixture
def never_opens(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Opening the workspace waits until the test is over: the loading screen stays."""
    done = threading.Event()

    def held(*args: Any, **kwargs: Any) -> Session:
        done.wait(30)
        raise OSError("not opened in this test")

    monkeypatch.setattr(session_module, "open_session", held)
    yield
    done.set()


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_first_frame_while_the_workspace_opens(never_opens: None, snap_compare: Snap,
                                               size: tuple[int, int]) -> None:
    app = EmulationApp(path=Path("khoi-thi-dua-2018"), settings=Settings())
    assert snap_compare(app, terminal_size=size)


def _quietly(*keys: str) -> Callable[[Any], Any]:
    """Press ``keys``, then clear the notifications (the generated bloc's types come from
    no plugin: a warning says so) and wait until the screen is drawn."""
    async def run(pilot: Any) -> None:
        await pilot.press(*keys)
        await pilot.pause()
        pilot.app.clear_notifications()
        await pilot.pause()

    return run


@pytest.mark.parametrize("size", SIZES, ids=IDS)
def test_scoring_176_criteria(large: Session, snap_compare: Snap,  # noqa: F811
                              size: tuple[int, int]) -> None:
    app = EmulationApp(large, settings=Settings(), save_delay=3600)
    assert snap_compare(app, run_before=_quietly("enter"), terminal_size=size)


def test_scoring_176_criteria_with_the_find_bar(large: Session,  # noqa: F811
                                                snap_compare: Snap) -> None:
    app = EmulationApp(large, settings=Settings(), save_delay=3600)
    assert snap_compare(app, run_before=_quietly("enter", "slash"), terminal_size=(80, 24))
