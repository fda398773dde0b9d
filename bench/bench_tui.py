"""Terminal UI figures: cold start to the first screen, and keystroke to updated ranking.

1. Cold start: a fresh Python process opens a copy of the sample workspace in the UI the way
   ``emulation tui`` does (``open_app``; headless, 80×24); compared with a minimal Textual
   app (one Static) started the same way, run for run. Each prints when each of its screens
   was first drawn (the end of the first compositor refresh written to the terminal, not
   one made while Textual holds the screen), measured from the moment the process was
   started: the minimal app's one frame; the UI's first frame (the workspace
   opening) and its dashboard's (the units shown, the workspace read on a worker thread
   meanwhile), after which it exits; and the UI started by the ``emulation tui`` command (its
   command line read first), the same frames. Median of several interleaved runs, with compiled
   bytecode cached (as after ``pip install``) and in the environment as it is
   (``PYTHONDONTWRITEBYTECODE=1`` compiles our sources every run).
2. Keystroke: on a generated 2,000-member workspace, the scoring screen of one member;
   each typed digit re-scores the member, re-ranks the bloc and redraws the row and the
   header. Times the handler (our code plus the library calls it makes) and the library
   calls alone (``Scoreboard.update`` and the ranking), per keystroke.
3. Cursor moves and edits on the real-sized table (176 criteria, 1,000 points, 20 units) and
   on the 2,000-member campaign: each ↓ in the scoring screen (the editor follows the cursor)
   and each accepted keystroke in a figure, timed in our code (library calls included) and
   from the key sent to the end of the first compositor refresh after our code ran (the
   frame that shows it); median and p95.

Prints figures; never fails on time.
"""

from __future__ import annotations

import asyncio
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tui_start import cold_start

HERE = Path(__file__).resolve().parent
MEMBERS = 2000


class _Clock:
    """Adds up time spent in wrapped functions: the library's, and the whole edit handler."""

    def __init__(self) -> None:
        self.library = 0.0
        self.edits: list[tuple[float, float]] = []  # (handler total, library part)
        self._handler = 0.0

    def library_call(self, owner: Any, name: str) -> None:
        original: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.library += time.perf_counter() - started

        setattr(owner, name, wrapper)

    def handler_part(self, owner: Any, name: str, *, last: bool) -> None:
        """Time ``owner.name``; the ``last`` part of a handler closes one keystroke."""
        original: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self._handler += time.perf_counter() - started
                if last:
                    self.edits.append((self._handler, self.library))
                    self._handler = self.library = 0.0

        setattr(owner, name, wrapper)


def _build_large(root: Path, members: int = MEMBERS, big_table: bool = False) -> None:
    sys.path.insert(0, str(HERE))
    import synthetic
    from attrs import evolve

    from emulation_core import Status, Workspace

    bloc = synthetic.build_bloc(members)
    table = synthetic.build_large_table() if big_table else synthetic.build_table()
    campaign = synthetic.build_campaign(bloc, table)
    ws = Workspace.create(root, bloc)
    ws.save_campaign(campaign)
    for sub in synthetic.build_submissions(bloc, campaign).values():
        # Submitted reports become drafts: on a draft a typed figure applies at once (on a
        # submitted one it is a correction that waits for enter), which the edit lines time.
        ws.save_submission(evolve(sub, status=Status.DRAFT)
                           if sub.status is Status.SUBMITTED else sub)
    ws.close()


def _draft_member(board: Any) -> str:
    """The member in the middle of the ranking whose report is a draft."""
    from emulation_core import Status

    ranking = board.ranking
    middle = len(ranking) // 2
    order = sorted(range(len(ranking)), key=lambda i: abs(i - middle))
    return next(ranking[i].score.member.id for i in order
                if ranking[i].score.status is Status.DRAFT)


async def keystrokes(tmp: Path) -> None:
    import datetime as dt

    from textual.widgets import Input

    from emulation_core import TargetRule
    from emulation_tui.app import EmulationApp
    from emulation_tui.screens.scoring import ScoringScreen
    from emulation_tui.session import open_session
    from emulation_tui.settings import Settings

    root = tmp / "large"
    started = time.perf_counter()
    _build_large(root)
    print(f"\ngenerated {MEMBERS} members in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    session = open_session(root, clock=dt.datetime.now)
    print(f"opened and scored in {time.perf_counter() - started:.2f} s")
    board = session.board
    assert board is not None
    member = _draft_member(board)
    table = board.table_for(member)
    clock = _Clock()
    from emulation_core import Scoreboard

    for name in ("update", "rank_of", "breakdown", "points_of", "score", "table_for",
                 "submission"):
        clock.library_call(Scoreboard, name)
    from emulation_tui.screens.entry_panel import EntryPanel

    clock.handler_part(EntryPanel, "_apply", last=False)
    clock.handler_part(ScoringScreen, "_refresh_after_edit", last=True)
    for label, pick, field_id in (
        ("target criterion (comparative)", lambda c: isinstance(c.rule, TargetRule), "#f-v0"),
        ("judged criterion, self points", lambda c: c.rule.kind == "judged", "#f-self"),
    ):
        criterion = next(c for c in table.leaves() if pick(c))
        app = EmulationApp(session, settings=Settings(), save_delay=3600)
        clock.edits.clear()
        wall = []
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            app.push_screen(ScoringScreen(member))
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ScoringScreen)
            screen.table.select_key(criterion.code)
            await pilot.pause()
            field = screen.query_one(field_id, Input)
            field.value = ""
            field.focus()
            await pilot.pause()
            clock.edits.clear()
            for key in ["1", "2", "backspace", "backspace"] * 15:
                before = time.perf_counter()
                await pilot.press(key)
                await pilot.pause()
                wall.append(time.perf_counter() - before)
        totals = [total for total, _ in clock.edits]
        library = [lib for _, lib in clock.edits]
        ours = [total - lib for total, lib in clock.edits]
        print(f"\nkeystroke in the scoring screen, {label}, {MEMBERS} members:")
        ms = 1000
        print(f"  edit handler, median (ours + library): {statistics.median(totals) * ms:6.2f} ms"
              f" over {len(totals)} accepted keystrokes")
        print(f"  library calls in it, median          : {statistics.median(library) * ms:6.2f} ms")
        print(f"  our code alone, median / max         : {statistics.median(ours) * ms:6.2f} ms"
              f" / {max(ours) * ms:6.2f} ms (goal <= 16 ms)")
        print(f"  key press to screen idle (Textual's work included), median: "
              f"{statistics.median(wall) * 1000:6.1f} ms")
    await moves_and_edits(session, f"{MEMBERS:,} members")
    session.close()
    print(f"  same key presses in a minimal app with one Input (pilot's own waits): "
          f"{await _minimal_press() * 1000:6.1f} ms")


@contextmanager
def _timing(owner: Any, name: str, sink: list[float]) -> Iterator[None]:
    """Append the time of every call of ``owner.name`` to ``sink`` while inside."""
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            sink.append(time.perf_counter() - started)

    setattr(owner, name, wrapper)
    try:
        yield
    finally:
        setattr(owner, name, original)


class _Frames:
    """When the screen was last brought up to date: the end of each compositor refresh
    (what Textual then writes to the terminal; headless runs skip only the writing)."""

    def __init__(self) -> None:
        self.ends: list[float] = []

    @contextmanager
    def watching(self) -> Iterator[None]:
        from textual.screen import Screen

        original = Screen._compositor_refresh
        ends = self.ends

        def wrapper(screen: Any) -> None:
            original(screen)
            ends.append(time.perf_counter())

        Screen._compositor_refresh = wrapper  # type: ignore[method-assign]
        try:
            yield
        finally:
            Screen._compositor_refresh = original  # type: ignore[method-assign]

    def first_after(self, moment: float) -> float | None:
        return next((end for end in self.ends if end >= moment), None)


def _figures(label: str, handler: list[float], shown: list[float]) -> None:
    def p95(times: list[float]) -> float:
        return statistics.quantiles(times, n=20)[-1] * 1000

    print(f"{label}: median {statistics.median(handler) * 1000:5.2f} ms, p95 "
          f"{p95(handler):5.2f} ms in our code, library calls included (goal <= 16 ms); "
          f"key to screen updated median {statistics.median(shown) * 1000:5.1f} ms, p95 "
          f"{p95(shown):5.1f} ms (goal <= 50 ms; {len(handler)} times)")


async def moves_and_edits(session: Any, label: str) -> None:
    """Print the ``cursor move, <label>:`` and ``edit, <label>:`` lines.

    Our code: the cursor move's handler (the editor follows the cursor), and an accepted
    keystroke's handler plus the redraw it triggers (rows, header, explanation), library
    calls included. To screen: from the key sent to the end of the first compositor refresh
    after our code ran (the frame that shows it).
    """
    from textual.widgets import Input

    from emulation_core import TargetRule
    from emulation_tui.app import EmulationApp
    from emulation_tui.screens.entry_panel import EntryPanel
    from emulation_tui.screens.scoring import ScoringScreen
    from emulation_tui.settings import Settings

    board = session.board
    member = _draft_member(board)
    leaves = list(board.table_for(member).leaves())
    target = next(c for c in leaves if isinstance(c.rule, TargetRule))
    app = EmulationApp(session, settings=Settings(), save_delay=3600)
    moves: list[float] = []
    changes: list[float] = []
    refreshes: list[float] = []
    move_shown: list[float] = []
    edit_shown: list[float] = []
    frames = _Frames()
    handled: list[float] = []  # when our code last finished

    @contextmanager
    def ending(owner: Any, name: str) -> Iterator[None]:
        original: Callable[..., Any] = getattr(owner, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return original(*args, **kwargs)
            finally:
                handled.append(time.perf_counter())

        setattr(owner, name, wrapper)
        try:
            yield
        finally:
            setattr(owner, name, original)

    async def press(pilot: Any, key: str, sink: list[float]) -> None:
        handled.clear()
        before = time.perf_counter()
        await pilot.press(key)
        await pilot.pause()
        shown = frames.first_after(handled[-1]) if handled else None
        if shown is not None:
            sink.append(shown - before)

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.push_screen(ScoringScreen(member))
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ScoringScreen)
        screen.table.select_key(leaves[0].code)
        screen.table.focus()
        await pilot.pause()
        with frames.watching(), _timing(ScoringScreen, "_show_editor", moves), \
                ending(ScoringScreen, "_show_editor"):
            for _ in range(min(60, len(leaves))):
                await press(pilot, "down", move_shown)
        screen.table.select_key(target.code)
        await pilot.pause()
        field = screen.query_one("#f-v0", Input)
        field.value = ""
        field.focus()
        await pilot.pause()
        with frames.watching(), _timing(EntryPanel, "_apply", changes), \
                _timing(ScoringScreen, "data_changed", refreshes), \
                ending(ScoringScreen, "data_changed"):
            for key in ["1", "2", "backspace", "backspace"] * 15:
                await press(pilot, key, edit_shown)
    _figures(f"cursor move, {label}", moves, move_shown)
    edits = [a + b for a, b in zip(changes, refreshes, strict=False)]
    _figures(f"edit, {label}", edits, edit_shown)
    print(f"  ({len(changes)} figures applied, {len(refreshes)} redraws; medians: figure read "
          f"and applied, re-score included "
          f"{statistics.median(changes) * 1000:5.2f} ms; redraw of rows, header and "
          f"explanation {statistics.median(refreshes) * 1000:5.2f} ms)")


async def large_table(tmp: Path) -> None:
    import datetime as dt

    from emulation_tui.session import open_session

    root = tmp / "table176"
    _build_large(root, members=20, big_table=True)
    session = open_session(root, clock=dt.datetime.now)
    print()
    await moves_and_edits(session, "176 criteria")
    session.close()
    print(f"  (the pilot's own press-and-wait on a bare Input, the floor of the idle figures: "
          f"{await _minimal_press() * 1000:5.1f} ms)")


async def _minimal_press() -> float:
    """Median pilot press-and-pause time on a bare Input: the floor of the figure above."""
    from textual.app import App, ComposeResult
    from textual.widgets import Input

    class Bare(App[None]):
        def compose(self) -> ComposeResult:
            yield Input()

    wall = []
    async with Bare().run_test(size=(120, 40)) as pilot:
        for key in ["1", "2", "backspace", "backspace"] * 15:
            before = time.perf_counter()
            await pilot.press(key)
            await pilot.pause()
            wall.append(time.perf_counter() - before)
    return statistics.median(wall)


def main() -> None:
    print(f"machine: {platform.machine()}, {platform.processor() or '?'}, "
          f"Python {platform.python_version()}, {platform.system()} {platform.release()}")
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        if "--moves" not in sys.argv:
            cold_start(tmp)
        asyncio.run(large_table(tmp))
        if "--moves" not in sys.argv:
            asyncio.run(keystrokes(tmp))


if __name__ == "__main__":
    main()
