"""F1 help: the keys that work on the screen below, and what the marks mean."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from emulation_core import Status

from .. import fmt
from ..i18n import has_key, t
from ..widgets.keyhints import key_display
from .dialogs import DIALOG_CSS

__all__ = ["HelpScreen"]


class HelpScreen(ModalScreen[None]):
    """Lists every key of the screen it was opened from, then a legend of marks."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,f1,q", "close", "close"),
    ]

    def __init__(self, below: Screen[object]) -> None:
        super().__init__(classes="dialog")
        self.keys: list[tuple[str, str]] = []
        seen: set[str] = set()
        for active in below.active_bindings.values():
            binding = active.binding
            name = f"key.{binding.description}"
            if has_key(name) and binding.action not in seen:
                seen.add(binding.action)
                keys = ", ".join(key_display(b) for b in _split(binding))
                self.keys.append((keys, t(name)))

    def compose(self) -> ComposeResult:
        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold", no_wrap=True)
        keys.add_column()
        for key, label in self.keys:
            keys.add_row(key, label)
        legend = Table.grid(padding=(0, 2))
        legend.add_column(no_wrap=True)
        legend.add_column()
        for status in Status:
            legend.add_row(fmt.STATUS_MARK[status], t(f"status.{status.value}"))
        sample = fmt.points(Decimal("12.5"))  # in the interface's number form
        legend.add_row(Text(sample, style="green"), t("help.green"))
        legend.add_row(Text(sample, style="yellow"), t("help.yellow"))
        legend.add_row("3=", t("help.tie"))
        legend.add_row("3*", t("help.separated"))
        legend.add_row("~3", t("help.provisional"))
        legend.add_row("▲2 ▼1 =", t("help.change"))
        with VerticalScroll(classes="box help"):
            yield Static(Text(t("help.title"), style="bold"), classes="dialog-title")
            yield Static(keys)
            yield Static(Text(t("help.marks"), style="bold"), classes="dialog-title")
            yield Static(legend)
            yield Static(Text(t("help.more"), style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)


def _split(binding: Binding) -> list[Binding]:
    return [Binding(key.strip(), binding.action) for key in binding.key.split(",")]
