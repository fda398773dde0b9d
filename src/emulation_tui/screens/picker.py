"""Opening a workspace when none was given: type a folder, or pick a recent one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from emulation_core import EmulationError, ValidationError

from ..i18n import t
from ..messages import WorkspaceNotOpened, WorkspaceOpened
from ..session import Session, open_session
from ..startup import can_hold_new_workspace
from ..widgets.chrome import TitleBar
from ..widgets.keyhints import KeyHints

if TYPE_CHECKING:
    from ..app import EmulationApp

__all__ = ["PickerScreen"]


class PickerScreen(Screen[None]):
    """Asks for a workspace folder and opens it."""

    CSS_PATH = "../styles/picker.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "app.quit", "quit", priority=True),
    ]

    def __init__(self, new_at: Path | None = None) -> None:
        """``new_at``: an empty folder given at start, offered for a new workspace."""
        super().__init__()
        self.new_at = new_at

    def compose(self) -> ComposeResult:
        emu = cast("EmulationApp", self.app)
        yield TitleBar(t("app.title"), "")
        with Vertical(id="picker"):
            yield Static(t("picker.prompt"))
            yield Input(str(self.new_at) if self.new_at else "",
                        placeholder=t("picker.placeholder"), id="path")
            yield Static(id="picker-error", classes="error")
            if emu.settings.recent:
                yield Static(Text(t("picker.recent"), style="bold"))
                yield OptionList(*(Option(p, id=p) for p in emu.settings.recent), id="recent")
        yield KeyHints()

    def on_mount(self) -> None:
        if self.new_at is not None:
            self._offer_new(self.new_at)

    def _offer_new(self, path: Path) -> None:
        """The form that makes a new workspace at ``path``; the app starts on it."""
        from .new_workspace import NewWorkspaceForm

        self.query_one("#picker-error", Static).update(
            Text(t("picker.new", path=str(path)), style="dim"))
        self.app.push_screen(NewWorkspaceForm(path), self._created)

    def _created(self, session: Session | None) -> None:
        if session is not None:
            self.post_message(WorkspaceOpened(session))

    @on(Input.Submitted, "#path")
    def _typed(self, event: Input.Submitted) -> None:
        self._open(event.value.strip())

    @on(OptionList.OptionSelected, "#recent")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option.id or "")

    def _open(self, text: str) -> None:
        error = self.query_one("#picker-error", Static)
        if not text:
            error.update(Text(t("picker.empty"), style="red"))
            return
        path = Path(text).expanduser()
        if not (path / "workspace.toml").is_file() and can_hold_new_workspace(path):
            self._offer_new(path)
            return
        error.update(Text(t("picker.opening"), style="dim"))
        self._read(path)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _read(self, path: Path) -> None:
        """Open the workspace off the UI thread; the app starts on it (:class:`WorkspaceOpened`
        bubbles up to it) or the reason is shown here."""
        emu = cast("EmulationApp", self.app)
        try:
            session = open_session(path, clock=emu.clock, registry=emu.registry)
        except (EmulationError, OSError) as exc:
            lines = [str(p) for p in exc.problems] if isinstance(exc, ValidationError) \
                else [str(exc)]
            self.post_message(WorkspaceNotOpened(path, tuple(lines)))
            return
        self.post_message(WorkspaceOpened(session))

    def on_workspace_not_opened(self, message: WorkspaceNotOpened) -> None:
        message.stop()
        self.query_one("#picker-error", Static).update(
            Text("\n".join(message.lines[:6]), style="red"))
