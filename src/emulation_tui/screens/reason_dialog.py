"""A dialog that says what a review step will change and asks for its reason.

Keyboard-first: the reason field has the focus, enter confirms, esc cancels (dismissing
with None, so nothing changes; after asking when a reason was typed). A mandatory reason
left empty is refused in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from emulation_core import printable

from ..i18n import t
from .dialogs import DIALOG_CSS
from .leaving import KeepsTyping

__all__ = ["ReasonDialog"]


class ReasonDialog(KeepsTyping[str]):
    """Dismisses with the reason typed (stripped; may be empty when not ``required``)."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel"),
    ]

    def __init__(self, title: str, lines: Sequence[str], *, required: bool = True,
                 label: str = "", value: str = "", leave_question: str = "leave.typed",
                 ) -> None:
        """``leave_question``: the catalog key of what esc asks once a reason is typed."""
        super().__init__(classes="dialog")
        self.leave_question = leave_question
        self._heading = title
        self._lines = lines
        self._required = required
        self._label = label or t("reason.label")
        self._value = value  # the text already given, to edit

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            yield Static(Text(printable(self._heading), style="bold"), classes="dialog-title")
            yield Static(Text("\n".join(printable(line) for line in self._lines)),
                         classes="dialog-body")
            yield Static(Text(self._label), classes="reason-label")
            yield Input(self._value, id="reason", placeholder=t(
                "reason.required" if self._required else "reason.optional"))
            yield Static(Text(t("reason.hint"), style="dim"), id="reason-note")

    def on_mount(self) -> None:
        self.query_one("#reason", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        reason = " ".join(event.value.split())
        if self._required and not reason:
            self.query_one("#reason-note", Static).update(
                Text(t("reason.empty"), style="bold red"))
            return
        self.dismiss(reason)

    def action_cancel(self) -> None:
        self.leave()
