"""The deliberation panel: cross-scores, how stable the ranking is, award proposals and the
ballots of the current campaign, as saved, in the interface language and its number form;
its keys open the cross-scoring, awards and ballots screens and write the minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from threading import Thread
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from emulation_core import (
    Aggregate,
    EmulationError,
    campaign_stability,
    printable,
    stability_lines,
)

from .. import fmt
from ..i18n import Language, error_text, language, pick, t
from ..session import Session
from .awards import AwardsScreen
from .ballots import BallotsScreen
from .cross_scoring import CrossScoringScreen, aggregate_heads
from .deliberation_forms import CrossScoreForm, SecretBallotForm
from .dialogs import DIALOG_CSS
from .minutes_dialog import MinutesDialog

__all__ = ["DELIBERATION_COMMANDS", "DeliberationScreen"]

Opener = Callable[[Session, str], ModalScreen[None]]
DELIBERATION_COMMANDS: tuple[tuple[str, Opener], ...] = (
    ("cmd.deliberation", lambda s, c: DeliberationScreen(s, c)),
    ("key.cross", CrossScoringScreen),
    ("key.awards", AwardsScreen),
    ("key.ballots", BallotsScreen),
    ("key.minutes", MinutesDialog),
)
"""The deliberation's screens by their palette name: each opened on a session's campaign."""
_STABILITY = 1  # the panel's section on how stable the ranking is


class DeliberationScreen(ModalScreen[None]):
    """Everything the bloc's deliberation rests on, for one campaign, in the UI language."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "close"),
        Binding("c", "cross_score", "cross_score"),
        Binding("b", "secret_ballot", "secret_ballot"),
        Binding("x", "open('cross')", "cross"),
        Binding("a", "open('awards')", "awards"),
        Binding("v", "open('ballots')", "ballots"),
        Binding("m", "open('minutes')", "minutes"),
    ]

    def __init__(self, session: Session, campaign_id: str) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.ws = session.ws
        self.campaign_id = campaign_id
        self._weighing = 0  # how many times the stability was asked for

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="box help", id="deliberation"):
            yield Static(Text(t("panel.deliberation",
                                campaign=self.ws.campaign(self.campaign_id).title),
                              style="bold"), classes="dialog-title")
            yield Static(Text(t("panel.saved_only"), style="dim"))
            for number, (title, body) in enumerate(self._sections()):
                yield Static(Text(title, style="bold"), classes="dialog-title")
                yield Static(body, id=f"section-{number}")

    def on_mount(self) -> None:
        self._weigh_stability()

    def _sections(self) -> list[tuple[str, Table | Text]]:
        parts: list[tuple[str, Table | Text]] = []
        for title, build in ((t("panel.cross"), self._cross),
                             (t("panel.whatif"), self._whatif_pending),
                             (t("panel.awards"), self._awards), (t("panel.votes"), self._votes)):
            try:
                parts.append((title, build()))
            except EmulationError as error:  # a damaged file: say so, show the rest
                parts.append((title, Text(error_text(error), style="red")))
        return parts

    def _names(self) -> dict[str, str]:
        return {m.id: printable(m.short_name or m.name) for m in self.ws.bloc.members}

    def _cross(self) -> Table | Text:
        results = self.ws.cross_results(self.campaign_id)
        names = self._names()
        table = Table(box=None, padding=(0, 1))
        for number, head in enumerate((
                t("panel.criterion"), t("panel.unit"), t("agg.count"),
                *aggregate_heads(results.cross.settings.method), t("agg.counts"))):
            table.add_column(head, no_wrap=number != 1)
        for code, cells in results.cells.items():
            for member, cell in cells.items():
                if not cell.scores:
                    continue
                counted = results.counted.get((member, code))
                table.add_row(code, names.get(member, member), str(len(cell.scores)),
                              *(fmt.points(cell.rounded[m]) if cell.rounded[m] is not None
                                else "—" for m in Aggregate),
                              fmt.points(counted) if counted is not None else "—")
        if not table.row_count:
            return Text(t("panel.none"))
        return table

    @staticmethod
    def _whatif_pending() -> Text:
        return Text(t("panel.computing"), style="dim")

    def _weigh_stability(self) -> None:
        """How stable the ranking is, worked out on a thread (seconds on a large table),
        shown when ready; the rest of the panel is usable meanwhile. A daemon thread, not a
        worker: the report is only shown, so quitting does not wait for it."""
        self._weighing += 1
        Thread(target=self._stability, name="stability", daemon=True,
               args=(self.app, self._weighing, self._names(), language())).start()

    def _stability(self, app: App[object], turn: int, names: dict[str, str],
                   lang: Language) -> None:
        """On the thread: the report, handed to the UI thread (while the app runs)."""
        try:
            report = campaign_stability(self.ws, self.campaign_id)
            shown = Text("\n".join(stability_lines(report, names, lang)))
        except EmulationError as error:  # a damaged file: say so
            shown = Text(error_text(error), style="red")
        with suppress(RuntimeError):  # the app has closed meanwhile
            app.call_from_thread(self._show_stability, turn, shown)

    def _show_stability(self, turn: int, shown: Text) -> None:
        if turn == self._weighing and self.is_attached:  # the latest asked for, still open
            self.query_one(f"#section-{_STABILITY}", Static).update(shown)

    def _awards(self) -> Text:
        proposals = self.ws.proposals(self.campaign_id)
        names = self._names()
        lines = []
        for key, rule in proposals.rules.awards.items():
            chosen = [names.get(m, m) for m in proposals.proposed(key)]
            lines.append(f"{printable(pick(rule.label, rule.label_en))} "
                         f"({proposals.quotas[key]}): " + (", ".join(chosen) or "—"))
        return Text("\n".join(lines))

    def _votes(self) -> Text:
        tallies, outcome = self.ws.ballot_results(self.campaign_id)
        names = self._names()
        if not tallies:
            return Text(t("panel.none"))
        lang = language()
        labels = {key: pick(rule.label, rule.label_en)
                  for key, rule in self.ws.rule_set(self.campaign_id).awards.items()}
        return Text("\n".join(f"{printable(labels.get(award, award))} · "
                              f"{names.get(candidate, candidate)}: "
                              f"{message.text(lang)}"
                              for (award, candidate), message in sorted(outcome.items())))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_cross_score(self) -> None:
        self.app.push_screen(CrossScoreForm(self.session, self.campaign_id), self._saved)

    def action_secret_ballot(self) -> None:
        self.app.push_screen(SecretBallotForm(self.session, self.campaign_id), self._saved)

    def action_open(self, name: str) -> None:
        opener = dict(DELIBERATION_COMMANDS)[f"key.{name}"]
        self.app.push_screen(opener(self.session, self.campaign_id), self._shown)

    def _saved(self, said: str | None) -> None:
        """After a form saved: say what, and show the panel again from the files."""
        if said is not None:
            self.notify(printable(said))
            self._shown(None)

    def _shown(self, _: None) -> None:
        """Show the panel again from the files (a screen opened from it may have changed
        them)."""
        for number, (_title, body) in enumerate(self._sections()):
            self.query_one(f"#section-{number}", Static).update(body)
        self._weigh_stability()
