"""A form that esc (or its cancel button) closes at once when nothing was typed in it, and
only after asking when something was: typing is never dropped silently. Reaching one of its
fields puts the cursor after the text there instead of selecting it, so a key pressed by
mistake (an `s` meant for the screen behind) adds to a unit's name and never replaces it."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Checkbox, Input, RadioButton, Select, Switch, TextArea

from ..i18n import t

__all__ = ["KeepsTyping"]

_FIELDS = (Input, TextArea, Select, Checkbox, RadioButton, Switch)
R = TypeVar("R")


def _value(field: Widget) -> object:
    return field.text if isinstance(field, TextArea) else getattr(field, "value", None)


class KeepsTyping(ModalScreen[R | None], Generic[R]):
    """A modal form, dismissed with an ``R`` (or None: no change), that remembers what its
    fields held once drawn; :meth:`leave` dismisses it with None, asking first when a field
    has changed since."""

    _drawn_with: dict[int, object] | None = None
    leave_question = "leave.typed"
    """The catalog key of the question asked before typing is thrown away."""

    def on_mount(self) -> None:
        for field in self.query(Input).results(Input):
            field.select_on_focus = False  # a stray key adds to a name, never replaces it
            if field.has_focus:
                field.cursor_position = len(field.value)
        self.call_after_refresh(self._remember_fields)

    def _remember_fields(self) -> None:
        self._drawn_with = self._fields()

    def _fields(self) -> dict[int, object]:
        return {id(field): _value(field) for field in self.query("*").results()
                if isinstance(field, _FIELDS)}

    def typed(self) -> bool:
        """Whether a field holds something else than when the form was drawn."""
        drawn = self._drawn_with
        return drawn is not None and self._fields() != drawn

    def leave(self) -> None:
        """Close without saving; when something was typed, only once the lead says so."""
        if not self.typed():
            self.dismiss(None)
            return
        from .dialogs import ConfirmDialog

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmDialog(t(self.leave_question), t("leave.discard"),
                                           t("leave.keep"), danger=True), answered)
