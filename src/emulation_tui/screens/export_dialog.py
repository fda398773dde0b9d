"""The export dialog: the campaign's report in the chosen formats, written to ``exports/``
in the workspace folder with a progress bar, then what was written, each path in full."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, ProgressBar, Static

from emulation_core import (
    EXPORT_FORMATS,
    EmulationError,
    atomic_write,
    build_report,
    export_bytes,
    previous_ranks,
    printable,
)

from ..i18n import error_text, language, t
from ..session import Session
from ..widgets.toggles import TickBox
from .dialogs import DIALOG_CSS

__all__ = ["ExportDialog", "export_path"]

EXPORT_FOLDER = "exports"


def export_path(session: Session, fmt: str) -> Path:
    """Where the dialog writes format ``fmt``: ``exports/<campaign>-ket-qua.<fmt>``."""
    campaign = session.campaign
    assert campaign is not None
    return session.ws.path.absolute() / EXPORT_FOLDER / f"{campaign.id}-ket-qua.{fmt}"


class ExportDialog(ModalScreen[list[Path]]):
    """Pick formats (all by default), write them, show a summary; esc closes."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "close")]

    def __init__(self, session: Session) -> None:
        super().__init__(classes="dialog")
        self._session = session
        self._written: list[Path] = []
        self._failed: list[str] = []

    def compose(self) -> ComposeResult:
        folder = self._session.ws.path.absolute() / EXPORT_FOLDER
        with Vertical(classes="box"):
            yield Static(Text(t("export.title"), style="bold"), classes="dialog-title")
            with Vertical(id="export-formats"):  # drawn empty when unticked, not by colour
                for fmt in EXPORT_FORMATS:
                    yield TickBox(fmt.upper(), True, id=f"export-{fmt}", compact=True)
            yield Static(Text(t("export.keys"), style="dim"))
            yield Static(Text(t("export.folder", folder=printable(str(folder)))))
            yield ProgressBar(total=len(EXPORT_FORMATS), show_eta=False, id="export-progress")
            yield Static("", id="export-summary")
            with Horizontal(classes="buttons"):
                yield Button(t("export.start"), variant="primary", id="export-start")
                yield Button(t("export.close"), id="export-close")

    def on_mount(self) -> None:
        self.query_one("#export-start", Button).focus()  # enter writes every format

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "export-close":
            self.action_close()
            return
        chosen = [f for f in EXPORT_FORMATS
                  if self.query_one(f"#export-{f}", TickBox).value]
        if not chosen:
            self._summary(Text(t("export.none_chosen"), style="yellow"))
            return
        event.button.disabled = True
        self.query_one(ProgressBar).update(total=len(chosen), progress=0)
        self._written, self._failed = [], []
        self._write(chosen)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _write(self, formats: list[str]) -> None:
        session = self._session
        board, campaign = session.board, session.campaign
        assert board is not None and campaign is not None
        report = build_report(board, language(), previous_ranks(session.ws, campaign.id))
        for fmt in formats:
            path = export_path(session, fmt)
            try:  # below the workspace folder: exports/ is made, a link on the way refused
                atomic_write(path, export_bytes(report, fmt), root=session.ws.path.absolute())
            except (EmulationError, OSError) as exc:
                self.app.call_from_thread(self._advance, None, f"{path}: {error_text(exc)}")
            else:
                self.app.call_from_thread(self._advance, path, None)
        self.app.call_from_thread(self._finish)

    def _advance(self, written: Path | None, failure: str | None) -> None:
        if written is not None:
            self._written.append(written)
        if failure is not None:
            self._failed.append(failure)
        self.query_one(ProgressBar).advance(1)

    def _finish(self) -> None:
        lines = Text(t("export.done", count=len(self._written)), style="bold")
        for path in self._written:
            lines.append("\n" + printable(str(path)))
        for failure in self._failed:
            lines.append("\n" + printable(failure), style="red")
        self._summary(lines)
        self.query_one("#export-start", Button).disabled = False
        self.query_one("#export-close", Button).focus()

    def _summary(self, text: Text) -> None:
        self.query_one("#export-summary", Static).update(text)

    def action_close(self) -> None:
        self.dismiss(list(self._written))
