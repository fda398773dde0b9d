"""Members: the bloc's units, their type, and who leads and deputises this year."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from emulation_core import EmulationError, Member, vi_sort_key

from .. import fmt
from ..i18n import error_text, t
from ..session import EditRefused
from ..widgets.table import Col, DenseTable, Row
from .history import HistoryKeys
from .review_keys import ReviewKeys, review_bindings

__all__ = ["MembersScreen"]

_LISTED = 8
"""Campaigns listed by name in the removal question; the rest are counted."""


class MembersScreen(ReviewKeys, HistoryKeys):
    """List, add, edit and remove member units; set lead and deputy for the year."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "edit", "edit_member", priority=True),
        Binding("a", "add", "add"),
        Binding("delete,x", "remove", "remove"),
        Binding("l", "leader('lead')", "lead"),
        Binding("p", "leader('deputy')", "deputy"),
        Binding("y", "app.open('leadership')", "leadership"),
        Binding("H", "member_history", "member_history", show=False),
        *review_bindings(shown=False),
    ]

    def compose_body(self) -> ComposeResult:
        yield DenseTable(id="member-list")

    @property
    def table(self) -> DenseTable:
        return self.query_one("#member-list", DenseTable)

    def review_member(self) -> str | None:
        return self.table.current_key

    def populate(self) -> None:
        session = self.session
        # the campaign's year; before the first campaign, this year's (set with y)
        year = session.campaign.year if session.campaign else session.today().year
        count = t("members.count", count=len(session.bloc.members))
        self.set_title(t("members.title", bloc=session.bloc.name), count)
        lead = session.bloc.leadership_for(year)
        registry = session.ws.registry
        rows: list[Row] = []
        for member in sorted(session.bloc.members, key=lambda m: vi_sort_key(m.name)):
            role = ""
            if lead and member.id == lead.lead:
                role = t("role.lead", year=year)
            elif lead and member.id == lead.deputy:
                role = t("role.deputy", year=year)
            known = registry.get(member.type) is not None
            rows.append((member.id, {
                "id": Text(member.id, style="dim"),
                "name": Text(member.name, no_wrap=True, overflow="ellipsis"),
                "short": Text(member.short_name, no_wrap=True, overflow="ellipsis"),
                "type": Text(fmt.type_name(registry, member.type) + ("" if known else " ⚠"),
                             style="" if known else "yellow", no_wrap=True, overflow="ellipsis"),
                "role": Text(role, style="bold"),
            }))
        self.table.fill([
            Col("name", t("col.unit"), 20, flex=True, cap=48),
            Col("short", t("col.short"), 14, drop=2),
            Col("type", t("col.type"), 16, drop=1, flex=True, cap=30),
            Col("role", t("col.role"), 16),
            Col("id", t("col.id"), 14, drop=3),
        ], rows)

    def history_member(self) -> str | None:
        return self.table.current_key

    def _selected(self) -> Member | None:
        key = self.table.current_key
        return self.session.bloc.member(key) if key else None

    def _try(self, change: str, *args: object) -> bool:
        """Run a session change; refusals and errors become a notification."""
        try:
            getattr(self.session, change)(*args)
        except EditRefused as refused:
            self.notify(t(refused.key, **refused.values), severity="warning")
            return False
        except (EmulationError, OSError) as exc:
            self.notify(error_text(exc), title=t("members.not_saved"), severity="error", timeout=10)
            return False
        self.redraw()
        return True

    def _writable(self) -> bool:
        if self.session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return False
        return True

    def action_add(self) -> None:
        from .member_form import MemberForm

        if not self._writable():
            return

        def done(member: Member | None) -> None:
            if member is None:
                return
            self.redraw()
            self.table.select_key(member.id)
            campaign = self.session.campaign
            if campaign is not None and campaign.takes_part(member.id):
                self.notify(t("members.added_joined", name=member.name, title=campaign.title))
            else:
                self.notify(t("members.added", name=member.name))

        self.app.push_screen(MemberForm(self.session, None), done)

    def action_edit(self) -> None:
        from .member_form import MemberForm

        old = self._selected()
        if old is None or not self._writable():
            return

        def done(member: Member | None) -> None:
            if member is not None and member != old:
                self.redraw()
                self.notify(t("members.saved", name=member.name))

        self.app.push_screen(MemberForm(self.session, old), done)

    def action_remove(self) -> None:
        from .dialogs import ConfirmDialog

        member = self._selected()
        if member is None or not self._writable():
            return
        lines = self._removal_lines(member)

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                self.session.remove_member(member.id)
            except EditRefused as refused:
                self.notify(t(refused.key, **refused.values), severity="warning")
                return
            except (EmulationError, OSError) as exc:
                self.redraw()
                self.notify(error_text(exc), title=t("members.not_removed", name=member.name),
                            severity="error", timeout=10)
                return
            self.redraw()
            self.notify(t("members.removed", name=member.name))

        self.app.push_screen(ConfirmDialog("\n".join(lines), t("key.remove").capitalize(),
                                           t("key.cancel").capitalize(),
                                           danger=len(lines) > 1), answered)

    def _removal_lines(self, member: Member) -> list[str]:
        """The question, and what else goes with the unit, campaign by campaign."""
        lines = [t("members.remove_ask", name=member.name)]
        data = self.session.member_data(member.id)
        if not data:
            return lines
        lines.append(t("members.remove_data"))
        for campaign, sub, targets, skipped in data[:_LISTED]:
            parts = [t("members.data.submission", status=fmt.status(sub.status))] if sub else []
            parts += [t("members.data.targets")] if targets else []
            parts += [t("members.data.not_assigned")] if skipped else []
            lines.append(f" • {campaign.title}: {', '.join(parts)}")
        if len(data) > _LISTED:
            lines.append(" • " + t("members.data.more", count=len(data) - _LISTED))
        lines.append(t("members.remove_final"))
        return lines

    def action_leader(self, role: str) -> None:
        member = self._selected()
        if member is None or not self._writable():
            return
        if self._try("set_leader", member.id, role) and self.session.campaign is not None:
            self.notify(t(f"members.{role}_set", name=member.name,
                          year=self.session.campaign.year))
