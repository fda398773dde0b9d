"""The add/edit member form: name, short name, id and association type."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Select, Static

from emulation_core import EmulationError, Member, is_safe_id

from .. import fmt
from ..i18n import t
from ..session import EditRefused, Session
from .form import FormScreen, field_row

__all__ = ["MemberForm", "slug"]


def slug(name: str) -> str:
    """A suggested member id from a Vietnamese name: ``Hội Chữ thập đỏ`` → ``hoi-chu-thap-do``."""
    plain = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    ascii_only = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    words = "".join(c if c.isascii() and c.isalnum() else " " for c in ascii_only).split()
    return "-".join(words)[:64].strip("-")


class MemberForm(FormScreen[Member]):
    """Saves the new or edited member through the session and dismisses with it; a refusal
    (here or by the library) is shown next to its field and keeps what was typed."""

    FIELDS: ClassVar[Mapping[str, str]] = {"name": "name", "short_name": "short",
                                           "id": "member-id", "type": "type",
                                           "members": "type"}

    def __init__(self, session: Session, member: Member | None) -> None:
        super().__init__()
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
            yield field_row(t("form.name"),
                            Input(member.name if member else "", id="name", compact=True))
            yield field_row(t("form.short"),
                            Input(member.short_name if member else "", id="short",
                                  compact=True))
            yield field_row(t("form.id"), Input(member.id if member else "", id="member-id",
                                                disabled=member is not None, compact=True))
            yield field_row(t("form.type"), Select(types, id="type", allow_blank=True,
                                                   compact=True, prompt=t("form.type.pick"),
                                                   value=member.type if member else
                                                   Select.NULL))
            yield Static(id="form-error", classes="field-error")
            with Horizontal(classes="buttons"):
                yield Button(t("key.confirm").capitalize(), variant="primary", id="ok")
                yield Button(t("key.cancel").capitalize(), id="cancel")

    def on_mount(self) -> None:
        self.clear_errors()

    @on(Input.Changed, "#name")
    def _name_changed(self, event: Input.Changed) -> None:
        if not self._id_touched:
            self.query_one("#member-id", Input).value = slug(event.value)

    @on(Input.Changed, "#member-id")
    def _id_changed(self, event: Input.Changed) -> None:
        focused = self.focused
        if focused is not None and focused.id == "member-id":
            self._id_touched = True

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_submit()
        else:
            self.dismiss(None)

    def action_submit(self) -> None:
        self.clear_errors()
        name = self.query_one("#name", Input).value.strip()
        short = self.query_one("#short", Input).value.strip() or name
        member_id = self.query_one("#member-id", Input).value.strip()
        kind = self.query_one("#type", Select).value
        if not name:
            self.show_error("name", t("form.err.name"))
        if not is_safe_id(member_id):
            self.show_error("member-id", t("form.err.id"))
        elif self.member is None and self.session.bloc.member(member_id) is not None:
            self.show_error("member-id", t("member.id_taken", id=member_id))
        if not isinstance(kind, str):
            self.show_error("type", t("form.err.type"))
        if not name or not is_safe_id(member_id) or not isinstance(kind, str) \
                or (self.member is None and self.session.bloc.member(member_id) is not None):
            return
        member = Member(member_id, name, short, kind)
        if member != self.member:
            try:
                self.session.save_member(member, None if self.member is None else self.member.id)
            except EditRefused as refused:
                self.show_error(None, t(refused.key, **refused.values))
                return
            except (EmulationError, OSError) as exc:
                self.show_refusal(exc)
                return
        self.dismiss(member)
