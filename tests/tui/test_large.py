"""A real-sized table (176 criteria, 1,000 points, 20 units): columns never cut a code or a
figure, and the lead finds a criterion by code, by a word without tones, by folding, with
Home/End, and steps to unfinished or disputed criteria."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rich.text import Text

from emulation_core import Workspace
from emulation_tui.app import EmulationApp
from emulation_tui.find import fold
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session, open_session
from emulation_tui.settings import Settings

from .conftest import notified
from .test_entry import _burst

BENCH = Path(__file__).resolve().parents[2] / "bench"


def build_large(root: Path, members: int = 20) -> Path:
    """The benchmark's 176-criterion campaign for ``members`` units, written at ``root``."""
    sys.path.insert(0, str(BENCH))
    try:
        import synthetic
    finally:
        sys.path.remove(str(BENCH))
    bloc = synthetic.build_bloc(members)
    campaign = synthetic.build_campaign(bloc, synthetic.build_large_table())
    ws = Workspace.create(root, bloc)
    ws.save_campaign(campaign)
    for sub in synthetic.build_submissions(bloc, campaign).values():
        ws.save_submission(sub)
    ws.close()
    return root


@pytest.fixture(scope="module")
def large_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_large(tmp_path_factory.mktemp("large") / "ws")


@pytest.fixture
def large(large_path: Path, tmp_path: Path) -> Iterator[Session]:
    copy = tmp_path / "ws"
    shutil.copytree(large_path, copy)
    session = open_session(copy, clock=lambda: dt.datetime(2025, 1, 5, 9, 0))
    yield session
    session.close()


async def _scoring(app: EmulationApp, pilot: object, session: Session) -> ScoringScreen:
    board = session.board
    assert board is not None
    member = board.ranking[0].score.member.id
    app.push_screen(ScoringScreen(member))
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, ScoringScreen)
    return screen


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 45)])
async def test_no_code_or_figure_is_cut(large: Session, size: tuple[int, int]) -> None:
    app = EmulationApp(large, settings=Settings(), save_delay=0.01)
    async with app.run_test(size=size) as pilot:
        screen = await _scoring(app, pilot, large)
        table = screen.table
        shown = {str(key.value): column for key, column in table.columns.items()}
        assert {"code", "points"} <= set(shown)
        codes = [str(table.get_cell(key, "code")) for key in table.keys]
        assert "1.1.10" in codes
        for name, column in shown.items():
            if name == "title":
                continue
            widest = max(Text(str(table.get_cell(key, name))).cell_len for key in table.keys)
            assert column.width >= widest, (name, column.width, widest)


async def test_find_by_code_and_by_a_word_without_tones(large: Session) -> None:
    app = EmulationApp(large, settings=Settings(), save_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _scoring(app, pilot, large)
        await pilot.press("slash", *"1.1.10", "enter")
        await pilot.pause()
        assert screen.table.current_key == "1.1.10"
        assert screen.table.has_focus
        await pilot.press("slash", "ctrl+u", *"xep", "enter")
        await pilot.pause()
        first = screen.table.current_key
        board = large.board
        assert board is not None and first is not None
        criterion = board.table_for(screen.member_id).find(first)
        assert criterion is not None and "xep" in fold(criterion.title)
        await pilot.press("slash", "enter")  # the same words again: the next match
        await pilot.pause()
        assert screen.table.current_key not in (first, None)
        await pilot.press("slash", "ctrl+u", *"khong co dau", "enter")
        await pilot.pause()
        assert any("khong co dau" in str(n.message) for n in app._notifications)


async def test_fold_home_end(large: Session) -> None:
    app = EmulationApp(large, settings=Settings(), save_delay=0.01)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _scoring(app, pilot, large)
        table = screen.table
        table.select_key("1.1.3")
        await pilot.press("space")
        await pilot.pause()
        assert table.current_key == "§1.1"
        assert "1.1.3" not in table.keys and "1.2.1" in table.keys
        assert "▸" in str(table.get_cell("§1.1", "title"))
        await pilot.press("end")
        assert table.current_key == table.keys[-1] == "5.1"
        await pilot.press("home")
        assert table.current_key == table.keys[0]
        await pilot.press("slash", *"1.1.4", "enter")  # a hidden criterion opens its section
        await pilot.pause()
        assert table.current_key == "1.1.4"
        table.select_key("§1.1")
        await pilot.press("space", "space")
        await pilot.pause()
        assert "1.1.3" in table.keys


@pytest.mark.parametrize(("keys", "found"), [
    (("slash", *"1.1.10", "enter"), "1.1.10"),
    (("slash", *"1.2.10", "enter", "slash", "ctrl+u", *"1.1.10", "enter"), "1.1.10"),
    (("slash", *"1.1.1", "escape", "down"), "1.1.2"),  # esc leaves the bar, the arrow moves
])
async def test_a_find_typed_in_a_burst_loses_no_key(large: Session, keys: tuple[str, ...],
                                                    found: str) -> None:
    """``/1.1.10⏎`` within the same millisecond: the bar opens and takes every key typed
    after ``/`` (the ``0`` was lost, the digits went to the table)."""
    app = EmulationApp(large, settings=Settings(), save_delay=0.01)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _scoring(app, pilot, large)
        _burst(app, *keys)
        for _ in range(3):
            await pilot.pause()
        assert screen.table.current_key == found
        assert screen.table.has_focus
        assert not notified(app, "Enter")  # nothing typed went to the table
