"""The forms that go out and come back during the year, from the UI: the members' report
forms and the scorers' cross-scoring forms written as XLSX into the workspace's ``exports/``
folder (as ``emulation forms make`` and ``emulation cross form`` write them), and the
scorers' filled forms read back (as ``emulation cross import``): one recorded step per form,
or nothing of a form with a wrong row, each problem named by file and row."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import ClassVar

from rich.cells import cell_len
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from emulation_core import (
    EmulationError,
    ValidationError,
    import_scorer_form,
    make_forms,
    make_scorer_forms,
    printable,
)

from ..i18n import error_text, language, t
from ..session import EditRefused, Session
from .dialogs import DIALOG_CSS
from .export_dialog import EXPORT_FOLDER
from .import_dialog import SCORER_FORM_MARK, fit_list, forms_inbox, offer_inbox, typed_path

__all__ = ["FormsWritten", "ScorerFormsImport", "scorer_form_files"]

_BOX_WIDTH = 72
"""A dialog box's width (dialogs.tcss), which a long file name widens."""


def scorer_form_files(path: Path) -> list[Path]:
    """The scorers' forms at ``path``: the file itself, or every ``*__cham-cheo__*.xlsx`` in
    a folder (member forms beside them are left to their own import)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.is_file()
                      and p.suffix.lower() == ".xlsx" and SCORER_FORM_MARK in p.name)
    return [path]


def _write_member_forms(session: Session, campaign_id: str, folder: Path) -> list[Path]:
    return make_forms(session.ws, campaign_id, folder)


def _write_scorer_forms(session: Session, campaign_id: str, folder: Path) -> list[Path]:
    return make_scorer_forms(session.ws, campaign_id, folder, language())


_WRITERS: dict[str, tuple[Callable[[Session, str, Path], list[Path]], str, str, str]] = {
    "members": (_write_member_forms, "formsout.title.members", "formsout.written.members",
                "inbox.members"),
    "scorers": (_write_scorer_forms, "formsout.title.scorers", "formsout.written.scorers",
                "inbox.scorers"),
}
"""Per kind of form: what writes them, the dialog's title, what it says once written and
where the filled ones go."""


class FormsWritten(ModalScreen[None]):
    """Writes the forms of ``kind`` (``members`` or ``scorers``) as it opens (pending edits
    saved first), on a thread, into ``exports/``, and makes the ``forms/`` folder the filled
    ones go into; then says each file and where to put them back, or why none was written.
    As tall as what it says."""

    CSS_PATH = DIALOG_CSS
    DEFAULT_CSS = """
    FormsWritten #formsout-scroll { height: auto; max-height: 60vh; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,enter", "close", "close")]

    def __init__(self, session: Session, campaign_id: str, kind: str) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.campaign_id = campaign_id
        self.kind = kind

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            yield Static(Text(t(_WRITERS[self.kind][1]), style="bold"),
                         classes="dialog-title")
            with VerticalScroll(id="formsout-scroll"):
                yield Static(Text(t("formsout.writing"), style="dim"), id="formsout-written")
            yield Static(Text(t("formsout.close"), style="dim"))

    def on_mount(self) -> None:
        if not self.session.read_only:
            self.session.save()
        self._write()

    @work(thread=True, exclusive=True)
    def _write(self) -> None:
        writer, _, said, inbox_said = _WRITERS[self.kind]
        try:
            with self.session.write_lock:
                folder = self.session.ws.folder(EXPORT_FOLDER).absolute()
                written = writer(self.session, self.campaign_id, folder)
        except (EmulationError, OSError) as error:
            shown = Text(t("formsout.failed", reason=error_text(error)), style="red")
        else:
            shown = Text(t(said, count=len(written), folder=printable(str(folder))))
            for path in written:
                shown.append("\n• " + printable(path.name))
            inbox = forms_inbox(self.session)
            shown.append("\n")
            shown.append(inbox if isinstance(inbox, Text)
                         else Text(t(inbox_said, inbox=printable(str(inbox)))))
        self.app.call_from_thread(self._show, shown)

    def _show(self, shown: Text) -> None:
        if self.is_attached:
            self.query_one("#formsout-written", Static).update(shown)
            widest = max((cell_len(line) for line in shown.plain.splitlines()
                          if line.startswith("• ")), default=0)
            # a file's name whole on its line (the box's border and padding take 4 cells)
            self.query_one(".box").styles.width = max(_BOX_WIDTH, widest + 4)

    def action_close(self) -> None:
        self.dismiss(None)


class ScorerFormsImport(ModalScreen[None]):
    """A form file or a folder of them; ``enter`` (or *Nhập*) enters each form's filled rows
    through the library, one recorded step per form (a form with a wrong row enters
    nothing, the others are entered); the result of each is listed."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "close")]

    def __init__(self, session: Session, campaign_id: str) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.campaign_id = campaign_id

    def compose(self) -> ComposeResult:
        with Vertical(classes="box import"):
            yield Static(Text(t("crossimport.title"), style="bold"), classes="dialog-title")
            yield Static(t("crossimport.path"))
            yield Input(id="crossimport-path")
            with VerticalScroll(id="crossimport-scroll"):
                yield Static("", id="crossimport-summary")
            with Horizontal(classes="buttons"):
                yield Button(t("import.apply"), variant="primary", id="crossimport-apply")
                yield Button(t("import.close"), id="crossimport-close")

    def on_mount(self) -> None:
        said = offer_inbox(self.session, self.query_one(Input), t("import.apply"))
        if said is not None:
            self._summary(said)
        self.call_after_refresh(self.on_resize)

    def on_resize(self) -> None:
        fit_list(self.query_one("#crossimport-scroll"))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "crossimport-close":
            self.action_close()
        else:
            self._start()

    def on_input_submitted(self) -> None:
        self._start()

    def _start(self) -> None:
        if self.session.read_only:
            self._summary(Text(t("readonly.refused"), style="red"))
            return
        path = typed_path(self.query_one(Input).value, self.session.ws.path)
        if isinstance(path, Text):
            self._summary(path)
            return
        files = scorer_form_files(path)
        if not files:
            self._summary(Text(t("crossimport.none", path=printable(str(path))), style="red"))
            return
        self._enter(files)

    def _enter(self, files: list[Path]) -> None:
        """Each form in turn, through the session (pending edits saved first, the screens
        following what was entered); a scorer's form is small, read at once."""
        lines: list[Text] = []
        entered = refused = 0
        for form in files:
            try:
                count = self.session.change(partial(import_scorer_form,
                                                    campaign_id=self.campaign_id, path=form))
            except ValidationError as exc:
                refused += 1
                lines.append(Text(t("crossimport.refused", file=printable(form.name)),
                                  style="bold red"))
                lines += [Text("  " + printable(p.text(language())), style="red")
                          for p in exc.problems]
            except EditRefused as exc:
                refused += 1
                lines.append(Text(t(exc.key, **exc.values), style="bold red"))
            except (EmulationError, OSError) as exc:
                refused += 1
                lines.append(Text(t("crossimport.refused", file=printable(form.name)),
                                  style="bold red"))
                lines.append(Text("  " + printable(error_text(exc)), style="red"))
            else:
                entered += 1
                lines.append(Text(t("crossimport.entered", file=printable(form.name),
                                    count=count) if count else
                                  t("crossimport.unchanged", file=printable(form.name))))
        head = Text(t("crossimport.done", entered=entered, refused=refused),
                    style="bold red" if refused else "bold green")
        self._summary(Text("\n").join([head, *lines]))

    def _summary(self, text: Text) -> None:
        self.query_one("#crossimport-summary", Static).update(text)

    def action_close(self) -> None:
        self.dismiss(None)
