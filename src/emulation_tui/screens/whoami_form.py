"""Who you are: a small form (name, role) that saves the identity where the library reads
it (``identity.toml`` in the settings folder) and makes the open workspace record changes
as that person from then on. Enter saves, esc cancels (asking first when the name or the
role was changed)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from emulation_core import Actor, EmulationError, Role, save_identity

from ..history import actor_label
from ..i18n import t
from ..session import Session
from .dialogs import DIALOG_CSS
from .leaving import KeepsTyping

__all__ = ["WhoAmIForm"]

_ROLES = (Role.LEAD, Role.DEPUTY, Role.MEMBER)


class WhoAmIForm(KeepsTyping[Actor]):
    """Dismisses with the person saved, or None when cancelled."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel")]

    def __init__(self, session: Session) -> None:
        super().__init__(classes="dialog")
        self.session = session

    def compose(self) -> ComposeResult:
        current = self.session.ws.actor
        role = current.role if current and current.role in _ROLES else Role.LEAD
        with Vertical(classes="box"):
            yield Static(Text(t("whoami.title"), style="bold"), classes="dialog-title")
            yield Static(t("whoami.name"), classes="reason-label")
            yield Input(current.name if current else "", id="whoami-name")
            yield Static(t("whoami.role"), classes="reason-label")
            yield Select([(t(f"actor.role.{r.value}"), r) for r in _ROLES], value=role,
                         allow_blank=False, id="whoami-role")
            yield Static(Text(t("whoami.hint"), style="dim"), id="whoami-note")

    def on_mount(self) -> None:
        self.query_one("#whoami-name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.save(event.value)

    def save(self, name: str) -> None:
        """Save ``name`` with the chosen role; a refusal is said under the fields."""
        name = " ".join(name.split())
        note = self.query_one("#whoami-note", Static)
        if not name:
            note.update(Text(t("whoami.empty"), style="bold red"))
            return
        role = self.query_one("#whoami-role", Select).value
        person = Actor(name, role if isinstance(role, Role) else Role.LEAD)
        try:
            path = save_identity(person)
            if not self.session.read_only:
                self.session.ws.act_as(person)
        except EmulationError as exc:
            note.update(Text(str(exc), style="bold red"))
            return
        said = actor_label(person.name, person.role.value)
        self.notify(t("whoami.saved", actor=said, path=str(path)))
        self.dismiss(person)

    def action_cancel(self) -> None:
        self.leave()
