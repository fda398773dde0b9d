"""The deliberation panel: cross-scores, how stable the ranking is, award proposals and the
ballots of the current campaign, as saved (read-only; the CLI records them).
"""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from emulation_core import (
    Aggregate,
    EmulationError,
    Workspace,
    campaign_stability,
    format_points,
    stability_lines,
)

from ..i18n import error_text, language, t
from .deliberation_forms import CrossScoreForm, SecretBallotForm
from .dialogs import DIALOG_CSS

__all__ = ["DeliberationScreen"]


class DeliberationScreen(ModalScreen[None]):
    """Everything the bloc's deliberation rests on, for one campaign, in the UI language."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "close"),
        Binding("c", "cross_score", "cross_score"),
        Binding("b", "secret_ballot", "secret_ballot"),
    ]

    def __init__(self, ws: Workspace, campaign_id: str) -> None:
        super().__init__(classes="dialog")
        self.ws = ws
        self.campaign_id = campaign_id

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="box help", id="deliberation"):
            yield Static(Text(t("panel.deliberation", campaign=self.campaign_id),
                              style="bold"), classes="dialog-title")
            yield Static(Text(t("panel.saved_only"), style="dim"))
            for number, (title, body) in enumerate(self._sections()):
                yield Static(Text(title, style="bold"), classes="dialog-title")
                yield Static(body, id=f"section-{number}")

    def _sections(self) -> list[tuple[str, Table | Text]]:
        parts: list[tuple[str, Table | Text]] = []
        for title, build in ((t("panel.cross"), self._cross), (t("panel.whatif"), self._whatif),
                             (t("panel.awards"), self._awards), (t("panel.votes"), self._votes)):
            try:
                parts.append((title, build()))
            except EmulationError as error:  # a damaged file: say so, show the rest
                parts.append((title, Text(error_text(error), style="red")))
        return parts

    def _names(self) -> dict[str, str]:
        return {m.id: m.short_name or m.name for m in self.ws.bloc.members}

    def _cross(self) -> Table | Text:
        results = self.ws.cross_results(self.campaign_id)
        names = self._names()
        table = Table(box=None, padding=(0, 1))
        for head in (t("panel.criterion"), t("panel.unit"), t("panel.scores"),
                     *(m.value for m in Aggregate), t("panel.counts")):
            table.add_column(head)
        for code, cells in results.cells.items():
            for member, cell in cells.items():
                if not cell.scores:
                    continue
                counted = results.counted.get((member, code))
                table.add_row(code, names.get(member, member), str(len(cell.scores)),
                              *(format_points(cell.rounded[m]) if cell.rounded[m] is not None
                                else "—" for m in Aggregate),
                              format_points(counted) if counted is not None else "—")
        if not table.row_count:
            return Text(t("panel.none"))
        return table

    def _whatif(self) -> Text:
        report = campaign_stability(self.ws, self.campaign_id, figures=False)
        return Text("\n".join(stability_lines(report, self._names(), language())))

    def _awards(self) -> Text:
        proposals = self.ws.proposals(self.campaign_id)
        names = self._names()
        lines = []
        for key, rule in proposals.rules.awards.items():
            chosen = [names.get(m, m) for m in proposals.proposed(key)]
            lines.append(f"{rule.label} ({proposals.quotas[key]}): "
                         + (", ".join(chosen) or "—"))
        return Text("\n".join(lines))

    def _votes(self) -> Text:
        tallies, outcome = self.ws.ballot_results(self.campaign_id)
        names = self._names()
        if not tallies:
            return Text(t("panel.none"))
        lang = language()
        return Text("\n".join(f"{award} · {names.get(candidate, candidate)}: "
                              f"{message.text(lang)}"
                              for (award, candidate), message in sorted(outcome.items())))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cross_score(self) -> None:
        self.app.push_screen(CrossScoreForm(self.ws, self.campaign_id), self._saved)

    def action_secret_ballot(self) -> None:
        self.app.push_screen(SecretBallotForm(self.ws, self.campaign_id), self._saved)

    def _saved(self, said: str | None) -> None:
        """After a form saved: say what, and show the panel again from the files."""
        if said is None:
            return
        self.notify(said)
        for number, (_, body) in enumerate(self._sections()):
            self.query_one(f"#section-{number}", Static).update(body)
