"""The add/edit member form: name, short name, id and association type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from emulation_core import Member, is_safe_id, vi_sort_key

from .. import fmt
from ..i18n import t
from ..session import Session
from ..widgets.toggles import TickBox
from .form import FormScreen, closing_lines, field_row

__all__ = ["MemberForm"]


class MemberForm(FormScreen[Member]):
    """Saves the new or edited member through the session and dismisses with it; a refusal
    (here or by the library) is shown next to its field and keeps what was typed. A unit
    added can also take part in the campaign worked on (ticked while that campaign has no
    reports yet): otherwise only the campaigns created from now on take it."""

    FIELDS: ClassVar[Mapping[str, str]] = {"name": "name", "short_name": "short",
                                           "id": "member-id", "type": "type",
                                           "members": "type"}
    ID_FOLLOWS = ("name", "member-id")

    def __init__(self, session: Session, member: Member | None) -> None:
        super().__init__(id_typed=member is not None)
        self.session = session
        self.member = member

    def compose(self) -> ComposeResult:
        member = self.member
        registry = self.session.ws.registry
        types = sorted(((fmt.type_name(registry, key), key) for key in registry.types),
                       key=lambda choice: vi_sort_key(choice[0]))  # by name, as people read
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
            joinable = self.session.joinable_campaign() if member is None else None
            if joinable is not None:  # else a unit added takes part from the next campaign
                setting_up = not self.session.ws.submissions(joinable.id)
                yield TickBox(t("form.join"), setting_up, id="join", compact=True)
                yield Static(Text(joinable.title, style="dim"), id="join-title",
                             classes="field-note")  # a long title wraps here
            yield from closing_lines()

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
        replacing = None if self.member is None else self.member.id
        joining = next(iter(self.query("#join").results(TickBox)), None)
        join = self.session.campaign.id if joining is not None and joining.value \
            and self.session.campaign is not None else None
        if member == self.member or self.attempt(
                lambda: self.session.save_member(member, replacing, join=join)):
            self.dismiss(member)
