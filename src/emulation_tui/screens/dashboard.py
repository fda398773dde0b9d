"""Dashboard: the campaign at a glance, every member's status, totals, rank and rating."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Static

from emulation_core import Status

from .. import fmt
from ..i18n import t
from ..widgets.charts import ProgressLine
from ..widgets.chrome import TitleBar
from ..widgets.table import Col, DenseTable, Row
from .base import UnitListScreen
from .review_keys import ReviewKeys

__all__ = ["DashboardScreen"]

_STATUS_STYLE = {Status.MISSING: "dim", Status.DRAFT: "yellow", Status.SUBMITTED: "",
                 Status.RETURNED: "yellow",
                 Status.VERIFIED: "green", Status.LOCKED: "green"}


class DashboardScreen(ReviewKeys, UnitListScreen):
    """Bloc, campaign, deadline, verification progress and the members' table; ``k`` locks
    the campaign and ``u`` unlocks it, as on the scoring and members screens."""

    UNIT_TABLE = "members"
    HOME = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "score", "score", priority=True),
        Binding("k", "lock", "lock", show=False),
        Binding("u", "unlock", "unlock", show=False),
    ]

    def compose_body(self) -> ComposeResult:
        yield TitleBar(id="campaign-line", classes="subtitle")
        yield ProgressLine(id="progress")
        yield DenseTable(id="members")
        yield Static(id="empty", classes="empty")

    def populate(self) -> None:
        session = self.session
        lead = session.leadership()
        context = ""
        if lead and session.campaign:
            member = session.bloc.member(lead.lead)
            name = member.short_name if member else lead.lead
            context = t("dash.lead", year=lead.year, name=name)
        self.set_title(session.bloc.name, context)
        campaign = session.campaign
        empty = self.query_one("#empty", Static)
        table = self.query_one("#members", DenseTable)
        progress = self.query_one("#progress", ProgressLine)
        progress.display = campaign is not None  # no "0/0" bar before the first campaign
        if campaign is None:
            self.query_one("#campaign-line", TitleBar).set(t("campaign.none"), "")
            empty.update(t("dash.no_campaign" if session.bloc.members else "dash.no_members"))
            empty.display = True
            table.display = False
            return
        self.query_one("#campaign-line", TitleBar).set(
            f"{campaign.title} · {fmt.dates(campaign)}", fmt.deadline(campaign, session.today()))
        done, total = session.verified_count()
        progress.set_progress(t("dash.verified"), done, total)
        rows = self._rows()
        table.fill(self._columns(), rows)
        table.display = bool(rows)
        empty.display = not rows  # a campaign no unit takes part in: say why, and what to do
        empty.update(t("dash.no_units"))

    def _columns(self) -> list[Col]:
        return [
            Col("rank", t("col.rank"), 4, right=True),
            Col("unit", t("col.unit"), 18, flex=True, alt="short", alt_below=30),
            Col("type", t("col.type"), 14, drop=3, flex=True, cap=26),
            Col("status", t("col.status"), 14),
            Col("self", t("col.self"), 7, right=True, drop=2),
            Col("verified", t("col.verified"), 9, right=True),
            Col("rating", t("col.rating"), 10),
            Col("change", "±", 4, right=True, drop=4),
        ]

    def _rows(self) -> list[Row]:
        session = self.session
        registry = session.ws.registry
        rows: list[Row] = []
        for ranked in session.ranking():
            score = ranked.score
            member = score.member
            missing = score.status is Status.MISSING
            rows.append((member.id, {
                "rank": fmt.rank_cell(ranked),
                "unit": Text(member.name, no_wrap=True, overflow="ellipsis"),
                "short": Text(member.short_name, no_wrap=True, overflow="ellipsis"),
                "type": Text(fmt.type_name(registry, member.type), no_wrap=True,
                             overflow="ellipsis"),
                "status": Text(fmt.status(score.status), style=_STATUS_STYLE[score.status]),
                "self": fmt.right("–" if missing else fmt.points(score.self_total)),
                "verified": fmt.right(fmt.points(score.verified_total)),
                "rating": Text(fmt.rating(score, short=True)),
                "change": fmt.change(ranked, session.previous_place(member.id)),
            }))
        return rows

    def review_member(self) -> str | None:
        return self.query_one("#members", DenseTable).current_key
