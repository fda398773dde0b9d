"""A show of hands (biểu quyết giơ tay), named: for each member unit whether it is present,
absent voting in writing, or absent, and its vote — for, against, abstaining or none."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Label, Select, Static

from emulation_core import Ballot, VoteMethod, printable

from ..i18n import language, pick, t
from .deliberation_forms import DeliberationForm, options

__all__ = ["ATTENDANCE", "VOTES", "HandsBallotForm"]

ATTENDANCE = ("present", "written", "absent")
VOTES = ("for", "against", "abstain", "none")


class HandsBallotForm(DeliberationForm):
    """One named ballot on a candidate; the meeting's attendance is the starting point."""

    def compose(self) -> ComposeResult:
        awards = [(key, pick(rule.label, rule.label_en)) for key, rule
                  in self.ws.rule_set(self.campaign_id).awards.items()]
        attended = set(self.ws.deliberation(self.campaign_id).meeting.attended)
        with Vertical(classes="box tall"):
            yield Static(Text(t("ballots.hands.title"), style="bold"), classes="dialog-title")
            with Horizontal(classes="ballot-head"):
                yield Select(options(awards), id="award", prompt=t("delib.award") + "…")
                yield Select(options(self.members), id="candidate",
                             prompt=t("delib.candidate") + "…")
            yield Button(t("ballots.all_for"), id="all-for", compact=True)
            with VerticalScroll(classes="ballot-rows", can_focus=False):
                for member, name in self.members:
                    with Horizontal(classes="ballot-row"):
                        yield Label(printable(name), classes="ballot-name")
                        yield Select([(t(f"ballots.{a}"), a) for a in ATTENDANCE],
                                     id=f"at-{member}", allow_blank=False,
                                     value="present" if member in attended or not attended
                                     else "absent")
                        yield Select([(t(f"ballots.vote.{v}"), v) for v in VOTES],
                                     id=f"vote-{member}", allow_blank=False, value="none")
            yield from self.buttons()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "all-for":  # not the form's save or cancel
            event.prevent_default()
            self.all_for()

    def all_for(self) -> None:
        """Every unit taking part (present, or absent voting in writing) votes for: the
        usual show of hands, set in one step; a unit that votes otherwise is changed
        after."""
        for member, _ in self.members:
            if self.query_one(f"#at-{member}", Select).value != "absent":
                self.query_one(f"#vote-{member}", Select).value = "for"

    def _picked(self, prefix: str, value: str) -> tuple[str, ...]:
        return tuple(m for m, _ in self.members
                     if self.query_one(f"#{prefix}-{m}", Select).value == value)

    def ballot(self) -> Ballot:
        """The ballot as filled in. Each member unit has one row, with one attendance and
        one vote: a unit counted twice, or a voter who is not a member, cannot be made
        here (the library still refuses them, as from `emulation vote`)."""
        return Ballot(self.choice("award"), self.choice("candidate"), VoteMethod.HANDS,
                      self._picked("at", "present"), self._picked("at", "written"),
                      self._picked("vote", "for"), self._picked("vote", "against"),
                      self._picked("vote", "abstain"))

    def save(self) -> str:
        ballot = self.ballot()
        award, candidate = ballot.award, ballot.candidate
        counted = self.change(lambda ws: ws.record_ballot(self.campaign_id, ballot))
        rule = self.ws.rule_set(self.campaign_id).awards[award]
        return t("ballots.recorded", candidate=self.unit_name(candidate),
                 award=pick(rule.label, rule.label_en), round=counted.round,
                 why=counted.why.text(language()))
