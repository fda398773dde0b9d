"""The bloc lead's terminal UI: the app, its global keys, autosave, and :func:`run`."""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.signal import Signal
from textual.timer import Timer
from textual.worker import Worker

from .i18n import LANGUAGES, Language, language, set_language, t
from .key_order import InOrderKeys
from .messages import Change, DataChanged, LanguageChanged
from .reload import ReadAgain
from .settings import Settings, load_settings, save_settings
from .startup import OPENING, Opening, can_hold_new_workspace, why_not_opened

if TYPE_CHECKING:
    from textual.command import Provider
    from textual.theme import Theme

    from emulation_core import PluginRegistry

    from .session import Clock, SaveJob, SaveResult, Session

__all__ = ["EmulationApp", "open_app", "run"]

_MODES = ("members", "criteria", "ranking", "campaigns", "registration", "overlap",
          "criteria_edit")
_HOME = "dashboard"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _action_commands() -> type[Provider]:
    """The command palette's provider, imported when the palette first opens."""
    from .commands import ActionCommands

    return ActionCommands


class EmulationApp(Opening, InOrderKeys, ReadAgain):
    """The UI over one :class:`Session`: given, opened from ``path`` after a first frame, or
    picked (a workspace picker when there is neither)."""

    CSS_PATH = "styles/app.tcss"
    DEFAULT_MODE: ClassVar[str] = _HOME
    TITLE = "emulation"
    COMMANDS: ClassVar = {_action_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("d", "goto('dashboard')", "dashboard"),
        Binding("r", "goto('ranking')", "ranking"),
        Binding("m", "goto('members')", "members"),
        Binding("t", "goto('criteria')", "criteria"),
        Binding("c", "pick_campaign", "campaign"),
        Binding("C", "goto('campaigns')", "campaigns", show=False),
        Binding("g", "goto('registration')", "registration", show=False),
        Binding("o", "goto('overlap')", "overlap", show=False),
        Binding("ctrl+s", "save", "save", show=False),
        Binding("f2", "toggle_language", "language", show=False),
        Binding("ctrl+p", "command_palette", "palette"),
        Binding("f1", "help", "help"),
        Binding("ctrl+q", "quit", "quit", priority=True, show=False),
    ]

    def __init__(self, session: Session | None = None, *, path: Path | None = None,
                 settings: Settings | None = None, clock: Clock = _now,
                 registry: PluginRegistry | None = None, save_delay: float = 0.8,
                 resume_gc: bool = False, new_at: Path | None = None) -> None:
        """``path``: the workspace to open on a worker behind a first frame (without a
        ``session``); ``resume_gc``: garbage collection was paused for the start (see
        :func:`open_app`); ``new_at``: an empty folder, where the picker offers to make a
        new workspace."""
        self.new_at = new_at
        self.settings = settings or Settings()
        set_language(self.settings.language)
        if session is None and path is not None:  # the first frame: the workspace opening
            self.DEFAULT_MODE = OPENING  # type: ignore[misc]
        super().__init__()
        self.changes: Signal[Change] = Signal(self, "changes")
        """What every screen hears about: data, save state and language changes."""
        self.session: Session | None = None
        self.clock = clock
        self.registry = registry
        self.save_delay = save_delay
        self._save_timer: Timer | None = None
        self._saving: tuple[SaveJob, Worker[tuple[SaveResult, ...]]] | None = None
        self._save_again = False
        self._shown_failures: set[tuple[str, tuple[str, ...]]] = set()
        self._resume_gc = resume_gc
        self._init_start(path if session is None else None)
        self.add_mode(_HOME, partial(self.fresh, self._home))
        for mode in _MODES:
            self.add_mode(mode, partial(self.fresh, partial(_screen_for, mode)))
        if session is not None:
            self._work_on(session)

    def _work_on(self, session: Session) -> None:
        """Work on ``session``: its changes go out on :attr:`changes`."""
        self.session = session
        session.listeners.append(self._session_changed)

    def _session_changed(self, members: frozenset[str] | None) -> None:
        self.changes.publish(DataChanged(members))

    def on_mount(self) -> None:
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        if not self.loading:
            self._report_warnings()

    def require_session(self) -> Session:
        if self.session is None:
            raise RuntimeError("no workspace is open")
        return self.session

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Notifications carry names from the workspace: never markup, never control codes."""
        from emulation_core import printable

        super().notify(printable(message), title=printable(title), severity=severity,
                       timeout=timeout, markup=False)

    def _report_warnings(self) -> None:
        if self.session is None:
            return
        board = self.session.board
        for problem in [*self.session.ws.warnings, *(board.warnings if board else ())]:
            self.notify(problem.text(language()), title=t("warning"), severity="warning",
                        timeout=10)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("goto", "pick_campaign", "save", "open") and self.session is None:
            return False
        if action == "goto" and sum(1 for s in self.screen_stack if not s.is_modal) == 1:
            return parameters != (self.current_mode,)
        if action == "save" and self.session is not None and self.session.read_only:
            return None
        return True

    async def action_goto(self, name: str) -> None:
        """Show a main screen (dashboard, ranking, members, criteria)."""
        await self.leave_details()
        if self.current_mode != name:
            await self.switch_mode(name)

    async def leave_details(self) -> None:
        """Close screens pushed over the current main screen (saving first)."""
        await self.flush_saves()
        while len(self.screen_stack) > 1:
            await self.pop_screen()

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def action_whoami(self) -> None:
        from .screens.whoami_form import WhoAmIForm

        self.push_screen(WhoAmIForm(self.require_session()),
                         lambda _: self.changes.publish(DataChanged(frozenset())))

    def action_open(self, name: str) -> None:
        """Open a set-up form by name (see :mod:`.setup_actions`)."""
        from .setup_actions import open_named

        open_named(self, name)

    def action_pick_campaign(self) -> None:
        from . import fmt
        from .screens.dialogs import ChoiceDialog

        session = self.require_session()
        if not session.campaigns():
            self.notify(t("campaign.none"), severity="warning")
            return
        options = [(c.id, f"{c.title} · {fmt.period(c)}") for c in session.campaigns()]
        current = session.campaign.id if session.campaign else None

        async def chosen(campaign_id: str | None) -> None:
            if campaign_id is None or campaign_id == current:
                return
            if await self.flush_saves():
                return
            await self.leave_details()
            failures = session.switch_campaign(campaign_id)
            if failures:
                self.show_failures(failures)

        self.push_screen(ChoiceDialog(t("campaign.pick"), options, current), chosen)

    def action_export(self) -> None:
        """Write the campaign's ranking to ``exports/`` (CSV and JSON)."""
        try:
            written = self.require_session().export_ranking()
        except OSError as exc:
            self.notify(f"{exc.filename or ''} {exc.strerror or exc}".strip(),
                        title=t("rank.export_failed"), severity="error", timeout=10)
            return
        if written:
            self.notify(t("rank.exported", files=", ".join(str(p) for p in written)),
                        timeout=8)

    def action_export_report(self) -> None:
        """The export dialog: the report in every format, with progress and a summary."""
        from .screens.export_dialog import ExportDialog

        session = self.require_session()
        if session.campaign is not None:
            self.push_screen(ExportDialog(session))

    def action_import_forms(self) -> None:
        """The import dialog: member forms read, their changes shown, then applied."""
        from .screens.import_dialog import ImportDialog

        session = self.require_session()
        if session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
        elif session.campaign is not None:
            self.push_screen(ImportDialog(session))

    def action_command_palette(self) -> None:
        """The palette, its placeholder in the interface language."""
        from textual.command import CommandPalette

        from .widgets.palette import SettledPalette

        if self.use_command_palette and not CommandPalette.is_open(self):  # type: ignore[arg-type]
            self.push_screen(SettledPalette(placeholder=t("cmd.placeholder"),
                                            id="--command-palette"))

    def action_change_theme(self) -> None:
        """Textual's theme picker, worded in the interface language."""
        from .themes import theme_picker

        self.push_screen(theme_picker())

    def action_help_quit(self) -> None:
        """ctrl+c does not quit: say which key does, in the interface language."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(t("quit.how", key=key), title=t("quit.how.title"))
                return

    def _remember_theme(self, theme: Theme) -> None:
        """Keep the theme chosen (from the palette) for the next start."""
        if theme.name != self.settings.theme:
            self.settings = replace(self.settings, theme=theme.name)
            failed = save_settings(self.settings)
            if failed:
                self.notify(t("settings.not_saved", reason=failed), severity="warning")

    async def action_toggle_language(self) -> None:
        index = LANGUAGES.index(language())
        self.set_language(LANGUAGES[(index + 1) % len(LANGUAGES)])
        self.changes.publish(LanguageChanged())
        self.notify(t("language.changed"))

    def set_language(self, lang: Language) -> None:
        """Switch the interface language and remember it."""
        set_language(lang)
        self.settings = replace(self.settings, language=language())
        failed = save_settings(self.settings)
        if failed:
            self.notify(t("settings.not_saved", reason=failed), severity="warning")

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield SystemCommand(t("cmd.theme"), t("cmd.theme.help"), self.action_change_theme)
        yield SystemCommand(t("cmd.quit"), t("cmd.quit.help"), self.action_quit)

    async def action_save(self) -> None:
        session = self.require_session()
        if session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return
        failures = await self.flush_saves()
        if not failures:
            self.notify(t("save.done"))

    async def action_quit(self) -> None:
        failures = await self.flush_saves()
        tables = self._unsaved_tables()
        if not failures and not tables:
            self.exit(0)
            return
        from .screens.dialogs import ConfirmDialog

        def answered(leave: bool | None) -> None:
            if leave:
                self.exit(0)

        question = t("quit.unsaved") if failures else \
            t("ce.quit_unsaved", campaigns=", ".join(tables))
        self.push_screen(ConfirmDialog(question, t("quit.anyway"), t("quit.stay")), answered)

    def _unsaved_tables(self) -> list[str]:
        """Campaigns whose criteria table is being edited and not saved yet."""
        try:
            stack = self.get_screen_stack("criteria_edit")
        except KeyError:  # never opened
            return []
        from .screens.criteria_editor import CriteriaEditor

        return [c for s in stack if isinstance(s, CriteriaEditor) for c in s.unsaved()]


def _screen_for(name: str) -> Screen[None]:
    """Build a main screen, importing its module only when first needed."""
    if name == "members":
        from .screens.members import MembersScreen

        return MembersScreen()
    if name == "criteria":
        from .screens.criteria import CriteriaScreen

        return CriteriaScreen()
    if name == "criteria_edit":
        from .screens.criteria_editor import CriteriaEditor

        return CriteriaEditor()
    if name == "ranking":
        from .screens.ranking import RankingScreen

        return RankingScreen()
    if name == "campaigns":
        from .screens.campaigns import CampaignsScreen

        return CampaignsScreen()
    if name == "registration":
        from .screens.registration import RegistrationScreen

        return RegistrationScreen()
    if name == "overlap":
        from .screens.overlap import OverlapScreen

        return OverlapScreen()
    from .screens.dashboard import DashboardScreen

    return DashboardScreen()


def open_app(path: Path | None) -> EmulationApp | int:
    """The UI on the workspace at ``path`` (a picker when None), not yet running; or exit code
    1, the reasons printed, when ``path`` holds no workspace. An empty or missing folder
    opens the form that makes a new workspace there.

    The first frame shows that the workspace is opening; it is read on a worker thread
    behind it (read-only with a banner when another program holds it). When it cannot be
    opened then, the app exits with 1 and :attr:`~.startup.Opening.open_failure` says why.
    Garbage collection waits until the dashboard is drawn: starting up allocates a lot and
    frees little, and collections cost a fifth of the start otherwise.
    """
    settings = load_settings()
    set_language(settings.language)
    if path is None:
        return EmulationApp(settings=settings)
    if not (path / "workspace.toml").is_file():  # the workspace format's first file
        if can_hold_new_workspace(path):
            return EmulationApp(settings=settings, new_at=path)
        failure = why_not_opened(path)
        if failure:
            _print_failure(path, failure)
            return 1
    gc.disable()
    return EmulationApp(path=path, settings=settings, resume_gc=True)


def run(path: Path | None) -> int:
    """Run the UI on the workspace at ``path`` (see :func:`open_app`); returns an exit code,
    1 with the reasons printed when the workspace cannot be opened."""
    app = open_app(path)
    if isinstance(app, int):
        return app
    try:
        app.run()
    finally:
        for session in {id(s): s for s in (app.session, *app.opened) if s is not None}.values():
            session.close()
    if app.open_failure and path is not None:
        _print_failure(path, app.open_failure)
    return app.return_code or 0


def _print_failure(path: Path, reasons: tuple[str, ...]) -> None:
    print(t("open.failed", path=path), file=sys.stderr)
    for line in reasons:
        print(f"  {line}", file=sys.stderr)
