"""What the set-up forms share: a labelled field with its own error line, and the library's
refusals shown next to the field they name, in the interface language."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Label, Static

from emulation_core import EmulationError, Problem, ValidationError

from ..i18n import error_text, language
from .dialogs import DIALOG_CSS

__all__ = ["FormScreen", "field_row", "problem_line"]

T = TypeVar("T")


def field_row(label: str, field: Widget) -> Vertical:
    """``label`` and ``field`` on one line, and under them the field's error line (empty
    until something is refused); the error line's id is the field's id + ``-error``."""
    return Vertical(Horizontal(Label(label, classes="field-label"), field, classes="field"),
                    Static(id=f"{field.id}-error", classes="field-error"),
                    classes="field-box")


def problem_line(problem: Problem) -> str:
    """A refusal as said next to its field: what is wrong and what to do, no file name."""
    lang = language()
    hint = problem.hint_text(lang)
    message = problem.message_text(lang)
    return f"{message} ({hint})" if hint else message


class FormScreen(ModalScreen[T | None], Generic[T]):
    """A modal form: ctrl+s (or enter in a field) submits, esc cancels without a change.

    Subclasses name where each of the library's problem fields is shown (:attr:`FIELDS`,
    first word of the problem's field → input id); what names no field goes under the form.
    """

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel"),
        Binding("ctrl+s", "submit", "confirm"),
    ]
    FIELDS: ClassVar[Mapping[str, str]] = {}

    def __init__(self) -> None:
        super().__init__(classes="dialog")

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_submit(self) -> None:
        """Check and save; stays open with the problems shown when anything is refused."""

    def on_input_submitted(self) -> None:
        self.action_submit()

    def clear_errors(self) -> None:
        for line in self.query(".field-error, #form-error").results(Static):
            line.update("")
            line.display = False

    def show_error(self, field_id: str | None, text: str) -> None:
        """Show ``text`` under the field ``field_id`` (under the form when None)."""
        target = f"#{field_id}-error" if field_id else "#form-error"
        found = self.query(target).results(Static)
        line = next(iter(found), None) or self.query_one("#form-error", Static)
        shown = str(line.render()) if line.display else ""
        line.update(Text("\n".join(filter(None, (shown, text))), style="bold red"))
        line.display = True

    def show_refusal(self, error: Exception) -> None:
        """Show what the library refused, each problem next to the field it names."""
        problems: Iterable[Problem] = error.problems \
            if isinstance(error, ValidationError) else ()
        if not problems:
            text = error_text(error) if isinstance(error, EmulationError | OSError) \
                else str(error)
            self.show_error(None, text)
            return
        for problem in problems:
            self.show_error(self._field_of(problem), problem_line(problem))

    def _field_of(self, problem: Problem) -> str | None:
        first = problem.field.replace("[", ".").split(".")[0]
        return self.FIELDS.get(first)
