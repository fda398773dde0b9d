"""The import dialog: filled member forms (XLSX, CSV) read with a progress bar, what each
would change shown member by member (or every refused cell), then all applied or none."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Button, Input, ProgressBar, Static

from emulation_core import (
    EmulationError,
    FormChange,
    FormFigures,
    Indicator,
    Problem,
    ValidationError,
    apply_forms,
    planned_changes,
    printable,
    read_forms,
)

from .. import fmt
from ..history import change_label, value_text
from ..i18n import error_text, language, pick, t
from ..session import Session
from .dialogs import DIALOG_CSS
from .form import problem_line

if TYPE_CHECKING:
    from ..app import EmulationApp

__all__ = ["FORMS_FOLDER", "SCORER_FORM_MARK", "ImportDialog", "fit_list", "form_files",
           "forms_inbox", "offer_inbox"]

FORMS_FOLDER = "forms"
FORM_SUFFIXES = (".xlsx", ".csv")


SCORER_FORM_MARK = "__cham-cheo__"
"""What a scorer's cross-scoring form's file name holds (``CAMPAIGN__cham-cheo__SCORER``)."""


def form_files(path: Path) -> list[Path]:
    """The forms at ``path``: the file itself, or every ``*.xlsx``/``*.csv`` in a folder but
    the scorers' cross-scoring forms (read by their own import)."""
    if path.is_dir():
        return sorted(p for p in path.iterdir()
                      if p.suffix.lower() in FORM_SUFFIXES and p.is_file()
                      and SCORER_FORM_MARK not in p.name)
    return [path]


def forms_inbox(session: Session) -> Path | Text:
    """The workspace's ``forms/`` folder, made when missing (through the library, which
    refuses a link or a file in its place), or the refusal to show."""
    try:
        return session.ws.folder(FORMS_FOLDER).absolute()
    except (EmulationError, OSError) as error:
        return Text(t("inbox.refused", name=FORMS_FOLDER, reason=error_text(error)),
                    style="red")


def offer_inbox(session: Session, field: Input, button: str) -> Text | None:
    """Put the ``forms/`` folder in the path ``field``, making it first when missing (not
    in a read-only workspace); what to tell the lead when it was just made (the dialog's
    ``button`` reads what is put in it) or could not be, else None."""
    folder = session.ws.path.absolute() / FORMS_FOLDER
    if folder.is_dir() and not folder.is_symlink():
        field.value = printable(str(folder))
        return None
    if session.read_only:
        return None
    made = forms_inbox(session)
    if isinstance(made, Text):
        return made
    field.value = printable(str(made))
    return Text(t("inbox.made", path=printable(str(made)), button=button), style="yellow")


def fit_list(scroll: Widget) -> None:
    """Let the dialog's scrolling list take what the box (at most 90 % of the screen's
    height) leaves after its other lines, so that its buttons stay on screen whatever the
    list holds (the list scrolls instead)."""
    box = scroll.parent
    if not isinstance(box, Widget):
        return
    others = sum(child.outer_size.height for child in box.children
                 if child is not scroll and child.display)
    room = int(scroll.screen.size.height * 0.9) - 2 - others  # 2: the box's border
    scroll.styles.max_height = max(3, room)


def typed_path(typed: str, workspace: Path) -> Path | Text:
    """The file or folder the lead typed (relative to the workspace, ``~`` expanded), or
    what to tell them when nothing is typed or nothing is there."""
    if not typed.strip():
        return Text(t("import.no_path"), style="yellow")
    path = Path(typed.strip()).expanduser()
    if not path.is_absolute():
        path = workspace.absolute() / path
    if not path.exists():
        return Text(t("import.not_found", path=printable(str(path))), style="red")
    return path


class ImportDialog(ModalScreen[None]):
    """Read forms, show what they change, apply them all on "Apply"; esc changes nothing."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "close")]

    def __init__(self, session: Session) -> None:
        super().__init__(classes="dialog")
        self._session = session
        self._forms: list[FormFigures] = []
        self._planned: list[FormChange] = []
        self._set_aside: Mapping[Path, list[Problem]] = {}
        """The forms set aside at the last reading, with their problems."""

    def compose(self) -> ComposeResult:
        with Vertical(classes="box import"):
            yield Static(Text(t("import.title"), style="bold"), classes="dialog-title")
            yield Static(t("import.path"))
            yield Input(id="import-path")
            yield ProgressBar(total=1, show_eta=False, id="import-progress")
            with VerticalScroll(id="import-scroll"):
                yield Static("", id="import-summary")
            with Horizontal(classes="buttons"):
                yield Button(t("import.read"), variant="primary", id="import-read")
                yield Button(t("import.apply"), variant="success", id="import-apply",
                             disabled=True)
                yield Button(t("import.close"), id="import-close")

    def on_mount(self) -> None:
        said = offer_inbox(self._session, self.query_one(Input), t("import.read"))
        if said is not None:
            self._summary(said)
        self.call_after_refresh(self.on_resize)

    def on_resize(self) -> None:
        fit_list(self.query_one("#import-scroll"))

    @property
    def _app(self) -> EmulationApp:
        from ..app import EmulationApp

        assert isinstance(self.app, EmulationApp)
        return self.app

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "import-close":
            self.action_close()
        elif event.button.id == "import-read":
            await self._start_reading()
        elif event.button.id == "import-apply":
            await self._apply()

    async def on_input_submitted(self, event: Input.Submitted) -> None:
        await self._start_reading()

    async def _start_reading(self) -> None:
        self.query_one("#import-apply", Button).disabled = True
        self._forms, self._planned, self._set_aside = [], [], {}
        path = typed_path(self.query_one(Input).value, self._session.ws.path)
        if isinstance(path, Text):
            self._summary(path)
            return
        files = form_files(path)
        if not files:
            self._summary(Text(t("import.no_forms", path=printable(str(path))), style="red"))
            return
        if await self._app.flush_saves():  # the plan is made against what is on disk
            self._summary(Text(t("import.unsaved"), style="red"))
            return
        self.query_one("#import-read", Button).disabled = True
        self.query_one(ProgressBar).update(total=len(files), progress=0)
        self._read(files)

    @work(thread=True, exclusive=True, exit_on_error=False)
    def _read(self, files: list[Path]) -> None:
        """Read every form; a form with a problem is set aside (listed with each problem,
        to send back to its unit) and the others are read again on their own, to apply."""
        session = self._session
        campaign = session.campaign.id if session.campaign is not None else None
        refused: dict[Path, list[Problem]] = {}
        try:
            try:
                forms = read_forms(session.ws, files, campaign, progress=lambda _: (
                    self.app.call_from_thread(self.query_one(ProgressBar).advance, 1)))
            except ValidationError as exc:
                refused = _by_file(files, exc.problems)
                good = [f for f in files if f not in refused]
                if not refused or not good:
                    raise
                forms = read_forms(session.ws, good, campaign)
            planned = planned_changes(session.ws, forms)
        except ValidationError as exc:
            refused = _by_file(files, exc.problems)
            if refused:
                self.app.call_from_thread(self._show, [], [], refused=refused)
            else:
                lines = [p.text(language()) for p in exc.problems]
                self.app.call_from_thread(self._refused, lines)
        except (EmulationError, OSError) as exc:
            self.app.call_from_thread(self._refused, [error_text(exc)])
        else:
            self.app.call_from_thread(self._show, forms, planned, refused=refused)

    def _refused(self, lines: list[str]) -> None:
        text = Text(t("import.refused"), style="bold red")
        for line in lines:
            text.append("\n" + printable(line))
        self._summary(text)
        self.query_one("#import-read", Button).disabled = False

    def _show(self, forms: list[FormFigures], planned: list[FormChange],
              note: str = "", *, refused: Mapping[Path, list[Problem]] | None = None) -> None:
        """What the forms read would change; first, the forms set aside with their
        problems (nothing of them is applied)."""
        self._forms, self._planned = forms, planned
        if refused is not None:
            self._set_aside = refused
        changing = any(change.changes for change in planned)
        text = Text(note + "\n", style="yellow") if note else Text()
        if self._set_aside:
            text.append_text(self._refused_text(self._set_aside))
            text.append("\n")
        if forms:
            heading = "import.planned_some" if self._set_aside else \
                "import.planned" if changing else "import.nothing"
            text.append(t(heading, files=len(forms)), style="bold")
        for change in planned:
            text.append("\n" + t("import.member", member=self._member_name(change.figures.member),
                                 file=_file_name(change.figures.display)), style="bold")
            shown = _figures(change, self._indicators(change.figures.member))
            text.append("\n" + ("\n".join(shown) if shown else t("import.unchanged")))
        self._summary(text)
        self.query_one("#import-read", Button).disabled = False
        apply = self.query_one("#import-apply", Button)
        apply.disabled = not changing
        if changing:
            apply.focus()

    def _refused_text(self, refused: Mapping[Path, list[Problem]]) -> Text:
        """Each form set aside: its unit and file, then every problem by sheet and cell."""
        text = Text()
        if not refused:
            return text
        text.append(t("import.set_aside", count=len(refused)), style="bold red")
        for path, problems in refused.items():
            unit = self._member_name(path.stem.partition("__")[2] or path.stem)
            text.append("\n" + t("import.member", member=unit, file=printable(path.name)),
                        style="bold red")
            for problem in problems:
                where = f"{problem.field}: " if problem.field else ""
                text.append(f"\n  {printable(where + self._problem_line(problem))}",
                            style="red")
        return text

    def _problem_line(self, problem: Problem) -> str:
        """What is wrong and what to do in the UI: a form of another campaign of the bloc
        names both campaigns and says to switch; the library's "fill in a fresh form made
        with 'emulation forms make'" names the palette's command instead."""
        campaigns, current = self._session.ws.campaigns, self._session.campaign
        other = campaigns.get(str(problem.values.get("campaign", "")))
        if problem.key == "unitform.campaign" and other is not None and current is not None:
            return t("import.other_campaign", title=other.title, current=current.title)
        return problem_line(problem).replace(t("unitform.format.hint"), t("import.fresh_form"))

    async def _apply(self) -> None:
        """Save pending edits, apply every form as one step, then read the workspace again."""
        self.query_one("#import-apply", Button).disabled = True
        session = self._session
        if await self._app.flush_saves():
            self._summary(Text(t("import.unsaved"), style="red"))
            return
        again = planned_changes(session.ws, self._forms)
        if [c.changes for c in again] != [c.changes for c in self._planned]:
            self._show(self._forms, again, t("import.moved"))
            return
        try:
            with session.write_lock:
                apply_forms(session.ws, again)
        except ValidationError as exc:
            self._refused([p.text(language()) for p in exc.problems])
            return
        except (EmulationError, OSError) as exc:
            self._refused([error_text(exc)])
            return
        imported = [c for c in again if c.changes]
        text = Text(t("import.done", count=len(imported)), style="bold green")
        for change in imported:
            text.append(f"\n{self._member_name(change.figures.member)} · "
                        f"{_file_name(change.figures.display)}")
        if self._set_aside:
            text.append("\n")
            text.append_text(self._refused_text(self._set_aside))
        self._summary(text)
        self._forms, self._planned = [], []
        self._app.action_reload()

    def _indicators(self, member_id: str) -> Mapping[str, Indicator]:
        """The indicators the unit's criteria read, by key (none for an unknown unit)."""
        session, member = self._session, self._session.bloc.member(member_id)
        if member is None or session.campaign is None:
            return {}
        return session.ws.table_for(session.campaign.id, member.type).indicators

    def _member_name(self, member_id: str) -> str:
        member = self._session.bloc.member(member_id)
        return printable(member.name) if member is not None else printable(member_id)

    def _summary(self, text: Text) -> None:
        self.query_one("#import-summary", Static).update(text)

    def action_close(self) -> None:
        self.dismiss(None)


def _by_file(files: list[Path], problems: Iterable[Problem]) -> dict[Path, list[Problem]]:
    """``problems`` by the form they are in; empty when one of them names no form read
    (then nothing can be applied)."""
    named = {str(path): path for path in files}
    found: dict[Path, list[Problem]] = {}
    for problem in problems:
        path = named.get(problem.file)
        if path is None:
            return {}
        found.setdefault(path, []).append(problem)
    return found


def _file_name(display: str) -> str:
    """A form's file name without its folder (the dialog's field shows the folder)."""
    return printable(Path(display).name)


def _figures(change: FormChange, indicators: Mapping[str, Indicator]) -> list[str]:
    """``  <what>: old → new`` for each change but the submission's stamp, in the interface
    language: a figure by its indicator's label and key (``indicators``: the unit's), a
    criterion's entry by its code and field, a status in words."""
    lines = []
    for item in change.changes:
        if item.kind == "submission.updated_at":
            continue
        indicator = indicators.get(item.field) if item.kind in _FIGURE_KINDS else None
        if indicator is not None:
            what = f"{pick(indicator.label, indicator.label_en)} ({item.field})"
        else:
            what = " ".join(p for p in (item.code, change_label(item.kind)) if p)
        lines.append(printable(f"  {what}: {_shown(item.kind, item.old)} → "
                               f"{_shown(item.kind, item.new)}"))
    return lines


_FIGURE_KINDS = frozenset({"submission.value", "submission.correction"})
_WORDED = frozenset({"submission.created", "submission.status"})
"""Kinds whose values the log writes as a code (a status), said in words."""


def _shown(kind: str, value: str | None) -> str:
    """A value the change log keeps as text, as the interface writes it: a figure or points
    in its number form (``1 426``, ``14,50`` in Vietnamese), a status in words, ``∅`` for
    none, text as it is."""
    if not value:
        return "∅"
    if kind in _WORDED:
        return value_text(kind, value)
    try:
        number = Decimal(value)
    except ArithmeticError:
        return value
    return fmt.number(number) if number.is_finite() else value
