"""Starting the UI on a workspace: a first frame at once (:class:`LoadingScreen`), the workspace
opened behind it on a worker thread, and the keys typed meanwhile handed, in order, to the
screen that follows (nothing typed quickly after start is lost).

Nothing here imports the library: it is imported on the worker, with the workspace.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import events, work
from textual.app import App, ComposeResult
from textual.screen import Screen
from textual.widget import AwaitMount
from textual.widgets import Static

from .i18n import language, t
from .messages import WorkspaceNotOpened, WorkspaceOpened
from .settings import Settings, save_settings
from .widgets.chrome import TitleBar

if TYPE_CHECKING:
    from emulation_core import PluginRegistry

    from .session import Clock, Session

__all__ = ["OPENING", "LoadingScreen", "Opening", "can_hold_new_workspace", "reasons",
           "remember", "why_not_opened"]

OPENING = "opening"
"""The app's first mode while the workspace given at start opens: the loading screen."""

#: Keys that act at once while the workspace opens (quitting); every other key waits for it.
_AT_ONCE = frozenset({"ctrl+q", "ctrl+c"})
_FOCUS_WAITS = 20  # refreshes a key typed early waits at most for a screen to take the focus
_LOST_AFTER = 0.25  # seconds after which a key handed on is taken as done with (stopped)


class LoadingScreen(Screen[None]):
    """What the first frame shows while the workspace opens: which folder, and that it is
    being opened."""

    DEFAULT_CSS = """
    LoadingScreen > #loading { padding: 1 2; color: $text-muted; }
    """

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        yield TitleBar(t("app.title"), "")
        yield Static(Text(t("loading.opening", path=str(self.path))), id="loading")


class Opening(App[int]):
    """The app's start: the loading screen, the opening worker, the keys typed meanwhile."""

    session: Session | None
    new_at: Path | None
    """An empty or missing folder given at start: the picker offers a new workspace there."""
    settings: Settings
    clock: Clock
    registry: PluginRegistry | None

    _resume_gc: bool

    def _work_on(self, session: Session) -> None:
        raise NotImplementedError

    def _report_warnings(self) -> None:
        raise NotImplementedError

    @property
    def loading(self) -> bool:
        """The workspace given at start is still being opened, or the keys typed meanwhile
        are being handed on."""
        return self._opening is not None

    def _init_start(self, path: Path | None) -> None:
        """Open ``path`` (when given) on a worker as the first frame is drawn (the app's
        first mode is then :data:`OPENING`); keys wait."""
        self._opening = path
        self._switching = False  # in switch_mode (the screen is then not held)
        self._styled = False  # a mode's screen was built (the stylesheet then refreshed)
        if path is not None:
            self.add_mode(OPENING, partial(self.fresh, partial(LoadingScreen, path)))
        self._early: list[tuple[str, str | None]] = []
        self._handing: events.Key | None = None  # the early key now handed on
        self._focus_waits = 0  # refreshes waited for the screen to take the focus
        self.opened: list[Session] = []
        """Every session the worker opened (closed by :func:`~.app.run` at exit)."""
        self.open_failure: tuple[str, ...] = ()
        """Why the workspace given at start could not be opened (the app then exits
        with 1)."""

    def fresh(self, build: Callable[[], Screen[None]]) -> Screen[None]:
        """A mode's base screen, built when the mode first shows. After the first (whose
        refresh of the stylesheet gives it the theme's variables), it is taken as styled by
        the stylesheet as it stands, as its widgets are as they mount: Textual would parse
        the whole stylesheet again for it, twice when switching to the mode, a fifth of
        drawing the dashboard for nothing (a theme change refreshes the screens itself)."""
        screen = build()
        if self._styled:
            screen._css_update_count = self._css_update_count  # (no public word for it)
        self._styled = True
        return screen

    def on_mount(self) -> None:
        # At once: the app mounts as the first frame is drawn (that frame is written a
        # millisecond later). Waiting for a refresh waited for Textual's next screen update,
        # a sixtieth of a second with the worker idle.
        if self._opening is not None:
            self._open_workspace(self._opening)

    async def on_event(self, event: events.Event) -> None:
        """While the workspace opens, keep the keys typed (quitting acts at once)."""
        if event is self._handing and isinstance(event, events.Key):
            await self._hand_on(event)
            return
        if self._opening is not None and isinstance(event, events.Key) \
                and not event.is_forwarded and event.key not in _AT_ONCE:
            self._early.append((event.key, event.character))
            self.app_focus = True  # as Textual takes a key to mean (the screen then focuses)
            return
        await super().on_event(event)

    async def _hand_on(self, key: events.Key) -> None:
        """Let Textual handle an early key handed on, and hand on the next once this one is
        done with: run by a binding at once, taken by the widget it went to, or back up at
        the app for the bindings of the screen and its widgets (an arrow in a list)."""
        returning = key.is_forwarded
        target = self.focused or self.screen
        await super().on_event(key)
        if returning or not key.is_forwarded:
            self._handed(key)
        else:
            target.call_later(self._taken, key)

    def _taken(self, key: events.Key) -> None:
        """The widget the key went to has handled it: done, unless it goes on up."""
        if not key.bubble or key._stop_propagation:  # (Textual has no public word for it)
            self._handed(key)

    def _handed(self, key: events.Key) -> None:
        if key is self._handing:
            self._handing = None
            self.call_later(self._typed_meanwhile)

    @work(thread=True, group="open")
    def _open_workspace(self, path: Path) -> None:
        """Import the library and open the workspace, and put it first among the recent
        workspaces, off the UI thread (an error other than the workspace's own is a defect:
        it stops the app with its traceback)."""
        from emulation_core import EmulationError

        from .session import open_session

        try:
            session = open_session(path, clock=self.clock, registry=self.registry)
        except (EmulationError, OSError) as exc:
            self.post_message(WorkspaceNotOpened(path, reasons(exc)))
            return
        self.opened.append(session)
        remember(self.settings, session.ws.path)  # written here, off the UI thread
        self.post_message(WorkspaceOpened(session))

    async def on_workspace_opened(self, message: WorkspaceOpened) -> None:
        """A worker opened a workspace: the one given at start, or the picker's."""
        if self._opening is None:
            await self.start(message.session)
            return
        session = message.session
        self._work_on(session)
        self.settings = self.settings.with_recent(session.ws.path)  # (the worker saved it)
        await self.switch_mode("dashboard")
        await self.remove_mode(OPENING)
        # Keys typed meanwhile go to the dashboard once it has taken the focus (keys typed
        # until then are kept too, behind them).
        self.call_after_refresh(self._typed_meanwhile)
        self._report_warnings()
        if self._resume_gc:
            self.call_after_refresh(_resume_gc)

    def _typed_meanwhile(self) -> None:
        """Hand the keys typed while the workspace opened to the screens, in order, each
        once the one before is done with (a binding such as enter must not overtake the
        arrow typed before it), ahead of any key typed next."""
        if not self._early:
            self._opening = None
            return
        if self.focused is None and self._focus_waits < _FOCUS_WAITS:
            self._focus_waits += 1  # the screen has not taken the focus yet: a key now
            self.call_after_refresh(self._typed_meanwhile)  # would reach no widget
            return
        key, character = self._early.pop(0)
        self._handing = handing = events.Key(key, character)
        self.post_message(handing)
        self.set_timer(_LOST_AFTER, partial(self._handed, handing))  # stopped on its way up

    def on_workspace_not_opened(self, message: WorkspaceNotOpened) -> None:
        """The workspace given at start cannot be opened: exit with 1, the reasons kept for
        :func:`~.app.run` to print."""
        self.open_failure = message.lines
        if self._resume_gc:
            gc.enable()
        self.exit(1, return_code=1)

    async def start(self, session: Session) -> None:
        """Work on ``session`` (after the picker opened it)."""
        self._work_on(session)
        self.settings = remember(self.settings, session.ws.path)
        # The picker is the home mode's base screen: rebuild that mode around the dashboard.
        await self.switch_mode("members")
        await self.remove_mode("dashboard")
        self.add_mode("dashboard", partial(self.fresh, self._home))
        await self.switch_mode("dashboard")
        self._report_warnings()

    def switch_mode(self, mode: str) -> AwaitMount:
        """Switch mode without holding the screen: Textual holds every update for 50 ms
        to hide a screen drawn half built, but a main screen is built and filled before it
        is first drawn; the hold only put the dashboard on screen later after a start."""
        self._switching = True
        try:
            return super().switch_mode(mode)
        finally:
            self._switching = False

    def delay_update(self, delay: float = 0.05) -> None:
        """Textual's hold of the screen, but in :meth:`switch_mode`."""
        if not self._switching:
            super().delay_update(delay)

    def _home(self) -> Screen[None]:
        """The home mode's base screen: the dashboard, or the workspace picker while no
        workspace is open."""
        if self.session is not None:
            from .screens.dashboard import DashboardScreen

            return DashboardScreen()
        from .screens.picker import PickerScreen

        return PickerScreen(self.new_at)


def can_hold_new_workspace(path: Path) -> bool:
    """Whether the UI offers a new workspace at ``path``: an empty folder (a path that does
    not exist is more often mistyped than meant)."""
    try:
        return path.is_dir() and not any(path.iterdir())
    except OSError:
        return False


def reasons(error: Exception) -> tuple[str, ...]:
    """Why a workspace could not be opened: each problem the library found, or the error, in
    the interface language."""
    from emulation_core import ValidationError

    from .i18n import error_text

    if isinstance(error, ValidationError):
        return tuple(problem.text(language()) for problem in error.problems)
    return (error_text(error),)


def why_not_opened(path: Path) -> tuple[str, ...]:
    """Why the workspace at ``path`` cannot be opened (nothing when it can), found by the
    library at once, before any frame is drawn."""
    from emulation_core import EmulationError, Workspace

    try:
        Workspace.open(path).close()
    except (EmulationError, OSError) as exc:
        return reasons(exc)
    return ()


def remember(settings: Settings, path: Path) -> Settings:
    """``path`` first among the recent workspaces, saved unless it already was."""
    updated = settings.with_recent(path)
    if updated != settings:
        save_settings(updated)
    return updated


def _resume_gc() -> None:
    """Collect garbage again, leaving what the start built (imports, the workspace, the first
    screen) out of every later collection: it lives as long as the app."""
    gc.freeze()
    gc.enable()
