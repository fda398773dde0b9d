"""Small modal dialogs that dismiss with the answer: message, confirm, choice."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, OptionList, Static
from textual.widgets.option_list import Option

from emulation_core import printable

from ..i18n import t

__all__ = ["DIALOG_CSS", "ChoiceDialog", "ConfirmDialog", "MessageDialog"]

DIALOG_CSS = "../styles/dialogs.tcss"
"""The stylesheet of every modal dialog (loaded with the first one shown)."""


class MessageDialog(ModalScreen[None]):
    """A title and some lines; any of enter, esc closes it."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "close", "close"),
    ]

    def __init__(self, title: str, lines: Sequence[str]) -> None:
        super().__init__(classes="dialog")
        self._heading = title
        self._lines = lines

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            yield Static(Text(printable(self._heading), style="bold"), classes="dialog-title")
            yield Static(Text("\n".join(printable(line) for line in self._lines)),
                         classes="dialog-body")
            with Horizontal(classes="buttons"):
                yield Button(t("dialog.ok"), variant="primary", id="ok")

    def on_button_pressed(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A yes/no question; ``y`` answers yes, ``n``/esc no, enter the focused button.

    With ``danger`` (something is deleted) the yes button is red and "no" has the focus.
    """

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "confirm"),
        Binding("n,escape", "answer(False)", "cancel"),
    ]

    def __init__(self, question: str, yes: str, no: str, *, danger: bool = False) -> None:
        super().__init__(classes="dialog")
        self._question = question
        self._yes = yes
        self._no = no
        self._danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            yield Static(Text(printable(self._question)), classes="dialog-body")
            with Horizontal(classes="buttons"):
                yield Button(self._yes, variant="error" if self._danger else "primary",
                             id="yes")
                yield Button(self._no, id="no")

    def on_mount(self) -> None:
        self.query_one("#no" if self._danger else "#yes", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class ChoiceDialog(ModalScreen[str | None]):
    """Pick one of ``options`` (id, label); esc dismisses with None."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel"),
    ]

    def __init__(self, title: str, options: Sequence[tuple[str, str]],
                 current: str | None = None) -> None:
        super().__init__(classes="dialog")
        self._heading = title
        self._options = options
        self._current = current

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            yield Static(Text(printable(self._heading), style="bold"), classes="dialog-title")
            yield OptionList(*(Option(Text(("• " if key == self._current else "  ")
                                           + printable(label)), id=key)
                               for key, label in self._options))
            yield Static(Text(t("dialog.choice.hint"), style="dim"))

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        keys = [key for key, _ in self._options]
        if self._current in keys:
            options.highlighted = keys.index(self._current)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
