"""Ranking: places with section subtotals, bonus, deductions, rating, movement and a bar chart."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Container
from textual.widgets import DataTable, Static

from emulation_core import RankBy, RankedMember, RatingState, Section, Status

from .. import fmt
from ..i18n import t
from ..widgets.charts import BarChart
from ..widgets.table import Col, DenseTable, Row
from .base import UnitListScreen

__all__ = ["RankingScreen"]


class RankingScreen(UnitListScreen):
    """The campaign's ranking, filterable by association type."""

    UNIT_TABLE = "ranking"

    CSS_PATH = "../styles/ranking.tcss"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (160, "-wide")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "score", "score", priority=True),
        Binding("f", "filter", "filter"),
        Binding("v", "verified_only", "verified_only"),
        Binding("b", "toggle_chart", "chart"),
        Binding("x", "app.export", "export"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.type_filter: str | None = None
        self.verified_only = False

    def compose_body(self) -> ComposeResult:
        with Container(id="main"):
            yield DenseTable(id="ranking")
            yield BarChart(id="chart")
        yield Static(id="note", classes="note-line")

    def _sections(self) -> list[Section]:
        """Top-level sections with a nominal maximum (bonus/deduction ones have their columns)."""
        campaign = self.session.campaign
        return [s for s in campaign.table.sections if s.per_type or s.nominal] if campaign else []

    def populate(self) -> None:
        session = self.session
        campaign = session.campaign
        if campaign is None:
            self.set_title(t("rank.title", campaign="–"))
            self.query_one("#note", Static).update(t("campaign.none"))
            return
        shown = fmt.type_name(session.ws.registry, self.type_filter) if self.type_filter \
            else t("rank.all_types")
        if self.verified_only:
            shown = f"{shown} · {t('rank.verified_only')}"
        self.set_title(t("rank.title", campaign=campaign.title), t("rank.filter", what=shown))
        ranked = self._ranked()
        self.query_one("#ranking", DenseTable).fill(self._columns(), self._rows(ranked))
        top = max((r.score.total for r in ranked), default=Decimal(0))
        self.query_one("#chart", BarChart).set_rows([
            (r.score.member.short_name, r.score.total, fmt.points(r.score.total),
             _bar_style(r)) for r in ranked if top > 0])
        self._show_note()

    def _ranked(self) -> list[RankedMember]:
        return [r for r in self.session.ranking()
                if (self.type_filter is None or r.score.member.type == self.type_filter)
                and not (self.verified_only and r.score.status.provisional)]

    def _columns(self) -> list[Col]:
        campaign = self.session.campaign
        cols = [Col("rank", t("col.rank"), 4, right=True),
                Col("unit", t("col.unit"), 16, flex=True, alt="short", alt_below=30,
                cap=48),
                Col("type", t("col.type"), 12, drop=5, flex=True, cap=24),
                Col("status", t("col.status"), 3, drop=4)]
        cols += [Col(f"s:{s.code}", s.code, 6, right=True, drop=2) for s in self._sections()]
        cols += [Col("bonus", t("col.bonus"), 7, right=True, drop=4),
                 Col("minus", t("col.minus"), 6, right=True, drop=4),
                 Col("total", t("col.total"), 7, right=True)]
        if campaign is not None and campaign.rank_by is RankBy.PERCENT:
            cols.append(Col("percent", "%", 7, right=True))
        # Narrow, the rating stays as on the dashboard: the movement (also in the note
        # line) leaves before the section subtotals, the rating never.
        cols += [Col("rating", t("col.rating"), 10),
                 Col("change", "±", 4, right=True, drop=3),
                 Col("why", t("col.note"), 22, drop=6)]
        return cols

    def _rows(self, ranked: list[RankedMember]) -> list[Row]:
        session = self.session
        rows: list[Row] = []
        for item in ranked:
            score = item.score
            member = score.member
            missing = score.status is Status.MISSING
            style = "dim" if missing else ""
            cells = {
                "rank": fmt.rank_cell(item),
                "status": Text(fmt.status(score.status),
                               style="yellow" if score.status.provisional else "green"),
                "unit": Text(member.name, style=style, no_wrap=True, overflow="ellipsis"),
                "short": Text(member.short_name, style=style, no_wrap=True, overflow="ellipsis"),
                "type": Text(fmt.type_name(session.ws.registry, member.type), no_wrap=True,
                             overflow="ellipsis"),
                "bonus": fmt.right(fmt.signed(score.bonus)),
                "minus": fmt.right(fmt.points(score.deductions)),
                "total": fmt.right(fmt.points(score.total), "bold"),
                "percent": fmt.right(fmt.points(score.percent)),
                "rating": Text(fmt.rating(score, short=True),
                               style="" if score.verified_total is not None else "dim"),
                "change": fmt.change(item, session.previous_place(member.id)),
                "why": Text(self._why(item), style="dim", no_wrap=True, overflow="ellipsis"),
            }
            for section in self._sections():
                got = score.section(section.code)
                cells[f"s:{section.code}"] = fmt.right(fmt.points(got.points) if got else "–")
            rows.append((member.id, cells))
        return rows

    def _why(self, item: RankedMember) -> str:
        notes = []
        if item.separated_by:
            notes.append(t("rank.separated", how=fmt.tie_break(item.separated_by)))
        elif item.tied:
            notes.append(t("rank.tied"))
        if item.score.status.provisional:
            notes.append(t("rank.provisional"))
        return " · ".join(notes)

    @on(DataTable.RowHighlighted, "#ranking")
    def _highlighted(self) -> None:
        self._show_note()

    def _show_note(self) -> None:
        """Explain the highlighted place: tie, what separated it, rating, movement."""
        key = self.query_one("#ranking", DenseTable).current_key
        board = self.session.board
        note = self.query_one("#note", Static)
        if key is None or board is None:
            note.update("")
            return
        item = board.rank_of(key)
        score = item.score
        parts = [f"{score.member.name}: " + t("rank.place", rank=item.rank,
                                                total=fmt.points(score.total))]
        if item.separated_by:
            same = [r.score.member.short_name for r in self.session.ranking()
                    if r.value == item.value and r is not item]
            parts.append(t("rank.separated_from", others=", ".join(same),
                           how=fmt.tie_break(item.separated_by)))
        elif item.tied:
            same = [r.score.member.short_name for r in self.session.ranking()
                    if r.rank == item.rank and r is not item]
            parts.append(t("rank.shared", others=", ".join(same)))
        if score.status.provisional:
            parts.append(f"{fmt.status(score.status)}, {t('rank.provisional')}")
        before = self.session.previous_rank(score.member.id)
        if before is not None:
            parts.append(t("rank.before", rank=before))
        if score.rating is not None or score.rating_state is RatingState.BELOW_BANDS:
            parts.append(fmt.rating(score))
        note.update(Text(" · ".join(parts)))

    def action_filter(self) -> None:
        from .dialogs import ChoiceDialog

        session = self.session
        present = sorted({m.type for m in session.bloc.members},
                         key=lambda k: fmt.type_name(session.ws.registry, k))
        options = [("*", t("rank.all_types"))]
        options += [(k, fmt.type_name(session.ws.registry, k)) for k in present]

        def chosen(key: str | None) -> None:
            if key is None:
                return
            self.type_filter = None if key == "*" else key
            self.redraw()

        self.app.push_screen(ChoiceDialog(t("rank.filter.title"), options,
                                          self.type_filter or "*"), chosen)

    def action_verified_only(self) -> None:
        """Show only units whose scores are final (verified or locked), or every unit again."""
        self.verified_only = not self.verified_only
        self.redraw()

    def action_toggle_chart(self) -> None:
        """Hide the chart (the table takes its room) or show it again."""
        chart = self.query_one("#chart", BarChart)
        chart.display = not chart.display
        self.set_class(not chart.display, "-chart-hidden")


def _bar_style(item: RankedMember) -> str:
    if item.score.status is Status.MISSING:
        return "dim"
    return "green" if item.score.verified_total is not None else "cyan"
