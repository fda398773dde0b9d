"""The leadership form: the bloc's lead (Trưởng khối) and deputy (Phó khối) of a year."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Select, Static

from emulation_core import set_leadership, vi_sort_key

from ..i18n import t
from ..session import Session
from .form import FormScreen, closing_lines, field_row

__all__ = ["LeadershipForm"]


class LeadershipForm(FormScreen[int]):
    """Dismisses with the year saved (None: cancelled). Typing a year shows who it has."""

    FIELDS: ClassVar[Mapping[str, str]] = {"leadership": "lead", "year": "year"}

    def __init__(self, session: Session, year: int) -> None:
        super().__init__()
        self.session = session
        self.year = year

    def compose(self) -> ComposeResult:
        members = sorted(self.session.bloc.members, key=lambda m: vi_sort_key(m.name))
        options = [(m.name, m.id) for m in members]
        with Vertical(classes="box form"):
            yield Static(Text(t("lead.title"), style="bold"), classes="dialog-title")
            yield field_row(t("lead.year"), Input(str(self.year), id="year", compact=True))
            yield field_row(t("lead.lead"), Select(options, id="lead", compact=True,
                                                   prompt=t("lead.pick")))
            yield field_row(t("lead.deputy"), Select(options, id="deputy", compact=True,
                                                     prompt=t("lead.none")))
            yield Static(id="terms", classes="field-note")
            yield from closing_lines()

    def on_mount(self) -> None:
        self._show_year(self.year)
        names = {m.id: m.short_name for m in self.session.bloc.members}
        lines = [t("lead.term", year=term.year, lead=names.get(term.lead, term.lead),
                   deputy=names.get(term.deputy, term.deputy) if term.deputy else "–")
                 for term in self.session.bloc.leadership]
        self.query_one("#terms", Static).update(Text("\n".join(lines), style="dim"))

    def _show_year(self, year: int) -> None:
        term = self.session.bloc.leadership_for(year)
        self.query_one("#lead", Select).value = term.lead if term else Select.NULL
        self.query_one("#deputy", Select).value = term.deputy if term and term.deputy \
            else Select.NULL

    @on(Input.Changed, "#year")
    def _year_changed(self, event: Input.Changed) -> None:
        text = event.value.strip()
        if text.isdigit() and len(text) == 4:
            self._show_year(int(text))

    def action_submit(self) -> None:
        self.clear_errors()
        text = self.query_one("#year", Input).value.strip()
        lead = self.query_one("#lead", Select).value
        deputy = self.query_one("#deputy", Select).value
        year = int(text) if text.isdigit() and len(text) == 4 else None
        if year is None:
            self.show_error("year", t("cform.err.year"))
        if not isinstance(lead, str):
            self.show_error("lead", t("lead.err.lead"))
        elif deputy == lead:
            self.show_error("deputy", t("member.lead_not_deputy"))
        if year is None or not isinstance(lead, str) or deputy == lead:
            return
        chosen = deputy if isinstance(deputy, str) else None
        if self.attempt(lambda: self.session.change(
                lambda ws: set_leadership(ws, year, lead, chosen))):
            self.dismiss(year)
