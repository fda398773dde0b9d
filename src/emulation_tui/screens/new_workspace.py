"""A new workspace from the UI: an empty or missing folder given to ``emulation tui`` (or
typed in the picker) opens this form instead of a dead end. The bloc's name, its id
(suggested from the name) and who is setting it up; ``ctrl+s`` or ``enter`` creates it
through the library (``Workspace.create``, as ``emulation init`` does) and opens it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from emulation_core import (
    Actor,
    Bloc,
    EmulationError,
    Role,
    Workspace,
    printable,
    resolve_actor,
    save_identity,
)

from ..i18n import t
from ..session import Session, open_session
from .form import FormScreen, closing_lines, field_row

if TYPE_CHECKING:
    from ..app import EmulationApp

__all__ = ["NewWorkspaceForm"]


class NewWorkspaceForm(FormScreen[Session]):
    """Dismisses with the new workspace opened, or None when cancelled."""

    FIELDS: ClassVar[dict[str, str]] = {"id": "bloc-id", "name": "bloc-name"}
    ID_FOLLOWS = ("bloc-name", "bloc-id")

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        person = resolve_actor()
        configured = person.role is not Role.UNSTATED
        with VerticalScroll(classes="box form"):
            yield Static(Text(t("newws.title"), style="bold"), classes="dialog-title")
            yield Static(Text(t("newws.folder", path=printable(str(self.path.absolute())))))
            yield field_row(t("newws.name"), Input(id="bloc-name", compact=True))
            yield field_row(t("newws.id"), Input(id="bloc-id", compact=True))
            yield field_row(t("newws.person"),
                            Input(person.name if configured else "", id="person-name",
                                  compact=True))
            yield Static(Text(t("newws.hint"), style="dim"))
            yield from closing_lines("newws.create")

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#bloc-name", Input).focus()

    def action_submit(self) -> None:
        self.clear_errors()
        name = " ".join(self.query_one("#bloc-name", Input).value.split())
        bloc_id = self.query_one("#bloc-id", Input).value.strip()
        person = " ".join(self.query_one("#person-name", Input).value.split())
        if not name:
            self.show_error("bloc-name", t("newws.no_name"))
        if not bloc_id:
            self.show_error("bloc-id", t("newws.no_id"))
        if not name or not bloc_id:
            return
        actor = None
        if person:
            actor = Actor(person, Role.LEAD)
            if not self.attempt(lambda: save_identity(actor)):
                return
        emu = cast("EmulationApp", self.app)

        def create() -> None:
            Workspace.create(self.path, Bloc(bloc_id, name), registry=emu.registry,
                             actor=actor).close()

        if not self.attempt(create):
            return
        try:
            session = open_session(self.path, clock=emu.clock, registry=emu.registry)
        except (EmulationError, OSError) as exc:
            self.show_refusal(exc)
            return
        self.dismiss(session)
