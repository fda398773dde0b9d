"""The add/edit member dialog: name, short name, id and association type."""

from __future__ import annotations

import unicodedata
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from emulation_core import Member, is_safe_id

from .. import fmt
from ..i18n import t
from ..session import Session
from .dialogs import DIALOG_CSS

__all__ = ["MemberForm", "slug"]


def slug(name: str) -> str:
    """A suggested member id from a Vietnamese name: ``Hội Chữ thập đỏ`` → ``hoi-chu-thap-do``."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in ascii_only).split()
    return "-".join(words)[:64].strip("-")


class MemberForm(ModalScreen[Member | None]):
    """Dismisses with the new or edited member, or None when cancelled."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel"),
        Binding("ctrl+s", "submit", "confirm"),
    ]

    def __init__(self, session: Session, member: Member | None) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.member = member
        self._id_touched = member is not None

    def compose(self) -> ComposeResult:
        member = self.member
        registry = self.session.ws.registry
        types = [(fmt.type_name(registry, key), key) for key in sorted(registry.types)]
        if member is not None and member.type not in registry.types:
            types.append((f"{fmt.type_name(registry, member.type)} ⚠", member.type))
        with Vertical(classes="box form"):
            title = t("form.edit") if member else t("form.add")
            yield Static(Text(title, style="bold"), classes="dialog-title")
            yield _row(t("form.name"),
                       Input(member.name if member else "", id="name", compact=True))
            yield _row(t("form.short"),
                            Input(member.short_name if member else "", id="short",
                                  compact=True))
            yield _row(t("form.id"), Input(member.id if member else "", id="member-id",
                                           disabled=member is not None, compact=True))
            yield _row(t("form.type"), Select(types, id="type", allow_blank=True, compact=True,
                                                   prompt=t("form.type.pick"),
                                                   value=member.type if member else
                                                   Select.NULL))
            yield Static(id="form-error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(t("key.confirm").capitalize(), variant="primary", id="ok")
                yield Button(t("key.cancel").capitalize(), id="cancel")

    @on(Input.Changed, "#name")
    def _name_changed(self, event: Input.Changed) -> None:
        if not self._id_touched:
            self.query_one("#member-id", Input).value = slug(event.value)

    @on(Input.Changed, "#member-id")
    def _id_changed(self, event: Input.Changed) -> None:
        focused = self.focused
        if focused is not None and focused.id == "member-id":
            self._id_touched = True

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_submit()
        else:
            self.dismiss(None)

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_submit(self) -> None:
        name = self.query_one("#name", Input).value.strip()
        short = self.query_one("#short", Input).value.strip() or name
        member_id = self.query_one("#member-id", Input).value.strip()
        kind = self.query_one("#type", Select).value
        error = None
        if not name:
            error = t("form.err.name")
        elif not is_safe_id(member_id):
            error = t("form.err.id")
        elif self.member is None and self.session.bloc.member(member_id) is not None:
            error = t("member.id_taken", id=member_id)
        elif not isinstance(kind, str):
            error = t("form.err.type")
        if error or not isinstance(kind, str):
            self.query_one("#form-error", Static).update(Text(error or "", style="bold red"))
            return
        self.dismiss(Member(member_id, name, short, kind))


def _row(label: str, field: Input | Select[str]) -> Horizontal:
    return Horizontal(Label(label, classes="field-label"), field, classes="field")
