"""What the forms share: a labelled field with its own error line, the closing lines (the
form's error line and its confirm and cancel buttons; the deliberation forms end with them
too), an id that follows the name as it is typed, and refusals (the session's and the
library's) shown next to the field they name, in the interface language."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Button, Input, Label, Static

from emulation_core import EmulationError, Problem, ValidationError

from ..i18n import error_text, language, t
from ..session import EditRefused
from .dialogs import DIALOG_CSS
from .leaving import KeepsTyping

__all__ = ["FormScreen", "closing_lines", "field_row", "problem_line", "slug"]

T = TypeVar("T")


def field_row(label: str, field: Widget) -> Vertical:
    """``label`` and ``field`` on one line, and under them the field's error line (empty
    until something is refused); the error line's id is the field's id + ``-error``."""
    return Vertical(Horizontal(Label(label, classes="field-label"), field, classes="field"),
                    Static(id=f"{field.id}-error", classes="field-error"),
                    classes="field-box")


def closing_lines(ok: str = "key.confirm", cancel: str = "key.cancel", *,
                  note: Widget | None = None) -> Iterator[Widget]:
    """A form's last lines: its error line (``#form-error``, for what names no field), then
    ``note`` if any, then the buttons ``#ok`` (submits) and ``#cancel`` (closes); ``ok`` and
    ``cancel`` are the catalog keys of their labels."""
    yield Static(id="form-error", classes="field-error")
    if note is not None:
        yield note
    yield Horizontal(Button(t(ok).capitalize(), variant="primary", id="ok"),
                     Button(t(cancel).capitalize(), id="cancel"), classes="buttons")


def slug(name: str) -> str:
    """A suggested id from a Vietnamese name: ``Hội Chữ thập đỏ`` → ``hoi-chu-thap-do``."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in ascii_only).split()
    return "-".join(words)[:64].strip("-")


def problem_line(problem: Problem) -> str:
    """A refusal as said next to its field: what is wrong and what to do, no file name."""
    lang = language()
    hint = problem.hint_text(lang)
    message = problem.message_text(lang)
    return f"{message} ({hint})" if hint else message


class FormScreen(KeepsTyping[T], Generic[T]):
    """A modal form: ctrl+s (or enter in a field) submits, esc cancels without a change
    (asking first when something was typed: :class:`~.leaving.KeepsTyping`).

    Subclasses end their form with :func:`closing_lines` and name where each of the
    library's problem fields is shown (:attr:`FIELDS`, first word of the problem's field →
    input id); what names no field goes under the form. The error lines start hidden.
    """

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel"),
        Binding("ctrl+s", "submit", "confirm"),
    ]
    FIELDS: ClassVar[Mapping[str, str]] = {}
    ID_FOLLOWS: ClassVar[tuple[str, str] | None] = None
    """``(name field, id field)``: until the id is typed in, it follows the name as a
    :func:`slug`."""

    def __init__(self, *, id_typed: bool = False) -> None:
        """``id_typed``: the id is set already (an edit), so it no longer follows the name."""
        super().__init__(classes="dialog")
        self.id_typed = id_typed

    def on_mount(self) -> None:
        self.clear_errors()

    def action_cancel(self) -> None:
        self.leave()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_submit()
        else:
            self.action_cancel()

    def on_input_changed(self, event: Input.Changed) -> None:
        if self.ID_FOLLOWS is None:
            return
        name, id_field = self.ID_FOLLOWS
        if event.input.id == name and not self.id_typed:
            self.query_one(f"#{id_field}", Input).value = slug(event.value)
        elif event.input.id == id_field and self.focused is event.input:
            self.id_typed = True

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

    def attempt(self, change: Callable[[], object]) -> bool:
        """Make ``change``; False, with what was refused shown, when the session or the
        library refuses it."""
        try:
            change()
        except EditRefused as refused:
            self.show_error(None, t(refused.key, **refused.values))
            return False
        except (EmulationError, OSError) as exc:
            self.show_refusal(exc)
            return False
        return True

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
