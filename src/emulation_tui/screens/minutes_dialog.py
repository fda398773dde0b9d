"""The minutes of the deliberation meeting, written from the UI: Markdown and DOCX in the
workspace's ``exports/`` folder, then each file shown by its full path with the change
log's head the minutes certify (or why a file could not be written)."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

from emulation_core import MINUTES_SUFFIXES, EmulationError, Minutes, printable, write_minutes

from ..i18n import error_text, t
from ..session import Session
from .dialogs import DIALOG_CSS
from .export_dialog import EXPORT_FOLDER

__all__ = ["MinutesDialog", "minutes_path"]


def minutes_path(session: Session, campaign_id: str, suffix: str) -> Path:
    """Where the minutes go: ``exports/<campaign>-bien-ban.md`` (or ``.docx``), in full."""
    return session.ws.path.absolute() / EXPORT_FOLDER / f"{campaign_id}-bien-ban{suffix}"


class MinutesDialog(ModalScreen[None]):
    """Writes the minutes as it opens (edits still pending are saved first), on a thread:
    the minutes weigh how stable the ranking is, seconds on a large table."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter", "close", "close")]

    def __init__(self, session: Session, campaign_id: str) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.campaign_id = campaign_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            title = self.session.ws.campaign(self.campaign_id).title
            yield Static(Text(t("minutes.title", campaign=title), style="bold"),
                         classes="dialog-title")
            yield Static(id="written")
            yield Static(Text(t("minutes.close"), style="dim"))

    def on_mount(self) -> None:
        if not self.session.read_only:
            self.session.save()
        self.query_one("#written", Static).update(Text(t("minutes.writing"), style="dim"))
        self._write()

    @work(thread=True, exclusive=True)
    def _write(self) -> None:
        written = self.write()
        self.app.call_from_thread(self._show, written)

    def _show(self, written: Text) -> None:
        if self.is_attached:
            self.query_one("#written", Static).update(written)

    def write(self) -> Text:
        """Write both files; what came of each."""
        session = self.session
        lines: list[Text] = []
        written: Minutes | None = None
        for suffix in MINUTES_SUFFIXES:
            path = minutes_path(session, self.campaign_id, suffix)
            try:
                with session.write_lock:
                    written = write_minutes(session.ws, self.campaign_id, path)
            except (EmulationError, OSError) as error:
                lines.append(Text(t("minutes.failed", path=printable(str(path)),
                                    reason=error_text(error)), style="red"))
                continue
            lines.append(Text("• " + printable(str(path))))
        if written is not None:
            head = (t("minutes.no_log") if set(written.head) == {"0"}
                    else t("minutes.written", head=written.head))
            lines.insert(0, Text(head))
        return Text("\n").join(lines)

    def action_close(self) -> None:
        self.dismiss(None)
