"""Campaigns: the bloc's campaigns, and creating, rolling over and editing them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType

from .. import fmt
from ..i18n import t
from ..setup_actions import open_campaign_form
from ..widgets.table import Col, DenseTable, Row
from .base import BaseScreen

__all__ = ["CampaignsScreen"]


class CampaignsScreen(BaseScreen):
    """Every campaign, latest first; the one worked on is marked."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "work_on", "work_on", priority=True),
        Binding("n", "app.open('new_campaign')", "new_campaign"),
        Binding("f", "roll_over", "roll_over"),
        Binding("e", "edit", "edit_campaign"),
    ]

    def compose_body(self) -> ComposeResult:
        yield DenseTable(id="campaign-list")

    @property
    def table(self) -> DenseTable:
        return self.query_one("#campaign-list", DenseTable)

    def populate(self) -> None:
        session = self.session
        campaigns = session.campaigns()
        self.set_title(t("campaigns.title", bloc=session.bloc.name),
                       t("campaigns.count", count=len(campaigns)))
        current = session.campaign.id if session.campaign else None
        rows: list[Row] = []
        for c in campaigns:
            members = len(c.members) if c.members is not None else len(session.bloc.members)
            source = session.ws.campaigns.get(c.previous) if c.previous else None
            rows.append((c.id, {
                "mark": Text("•" if c.id == current else "", style="bold"),
                "title": Text(c.title, no_wrap=True, overflow="ellipsis",
                              style="bold" if c.id == current else ""),
                "dates": Text(fmt.dates(c), no_wrap=True),
                "period": Text(t(f"period.{c.period.value}"), no_wrap=True),
                "deadline": Text(fmt.date(c.deadline)),
                "members": Text(str(members), justify="right"),
                "from": Text(source.title if source else (c.previous or ""), no_wrap=True,
                             overflow="ellipsis", style="dim"),
                "id": Text(c.id, style="dim"),
            }))
        self.table.fill([
            Col("mark", "", 1),
            Col("title", t("col.campaign"), 30, flex=True, cap=48),
            Col("dates", t("col.dates"), 16),
            Col("deadline", t("col.deadline"), 10),
            Col("period", t("col.period"), 12, drop=1),
            Col("members", t("col.members"), 6, right=True, drop=2),
            Col("from", t("col.rolled_from"), 12, flex=True, cap=30, drop=3),
            Col("id", t("col.campaign_id"), 10, drop=4),  # the folder's name: leaves first
        ], rows)
        if not campaigns:
            self.notify(t("campaigns.empty"), timeout=8)

    async def action_work_on(self) -> None:
        """Work on the selected campaign (the other screens show it)."""
        key = self.table.current_key
        if key is None or (self.session.campaign and key == self.session.campaign.id):
            return
        if await self.emu.flush_saves():
            return
        failures = self.session.switch_campaign(key)
        if failures:
            self.emu.show_failures(failures)
            return
        self.notify(t("campaigns.switched", title=self.session.ws.campaign(key).title))

    def action_roll_over(self) -> None:
        key = self.table.current_key
        if key is not None:
            open_campaign_form(self.emu, source=key)

    def action_edit(self) -> None:
        key = self.table.current_key
        if key is not None:
            open_campaign_form(self.emu, editing=key)
