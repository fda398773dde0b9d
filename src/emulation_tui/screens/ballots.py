"""The ballots screen: the candidates proposed per award, every ballot tallied (round,
method, who took part, quorum, votes, votes needed, result) and each candidate's outcome.
``h`` records a show of hands (named), ``b`` a secret ballot (counts only); a ballot the
library refuses is shown in the form with the catalog's message, nothing saved."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group, RenderableType
from rich.text import Text
from textual.binding import Binding, BindingType

from emulation_core import Message, Proposals, Tally, format_number, printable

from .. import fmt
from ..i18n import language, pick, t
from .ballot_form import HandsBallotForm
from .deliberation_forms import SecretBallotForm
from .deliberation_view import DeliberationView, Section, table

__all__ = ["BallotsScreen"]


class BallotsScreen(DeliberationView):
    """The votes on the campaign's award candidates, as recorded."""

    TITLE_KEY = "ballots.title"
    HINT_KEY = "ballots.hint"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "hands", "vote_hands"),
        Binding("b", "secret", "secret_ballot"),
        Binding("m", "meeting", "meeting"),
    ]

    def sections(self) -> list[Section]:
        proposals = self.ws.proposals(self.campaign_id)
        tallies, outcome = self.ws.ballot_results(self.campaign_id)
        return [("", lambda: self._rule(proposals)),
                (t("meeting.heading"), self._meeting),
                (t("ballots.proposed"), lambda: self._candidates(proposals)),
                (t("ballots.tallies"), lambda: self._tallies(proposals, tallies)),
                (t("ballots.outcome"), lambda: self._outcome(proposals, outcome))]

    def _label(self, proposals: Proposals, award: str) -> str:
        rule = proposals.rules.awards.get(award)
        return printable(pick(rule.label, rule.label_en)) if rule else printable(award)

    def _rule(self, proposals: Proposals) -> RenderableType:
        ballot = proposals.rules.ballot
        lang = language()
        return Text(t("awards.ballot_rule", quorum=format_number(ballot.quorum * 100, lang),
                      strict=t("awards.strict" if ballot.strict else "awards.at_least"),
                      share=format_number(ballot.pass_share * 100, lang),
                      base=t(f"awards.base.{ballot.base}")))

    def _meeting(self) -> RenderableType:
        """The meeting as recorded (what the minutes carry), or how to record it."""
        meeting = self.ws.deliberation(self.campaign_id).meeting
        if meeting.at is None:
            return Text(t("meeting.none"), style="yellow")
        names = self.names()
        return Text(t("meeting.shown", at=f"{fmt.date(meeting.at.date())} {meeting.at:%H:%M}",
                      place=printable(meeting.place) or "–",
                      chair=printable(meeting.chair) or "–",
                      secretary=printable(meeting.secretary) or "–",
                      attended=", ".join(names.get(m, m) for m in meeting.attended) or "–"))

    def _candidates(self, proposals: Proposals) -> RenderableType:
        names = self.names()
        lines = [f"{self._label(proposals, key)} ({proposals.quotas[key]}): "
                 + (", ".join(names.get(m, m) for m in proposals.proposed(key)) or "—")
                 for key in proposals.rules.awards]
        return Text("\n".join(lines))

    def _tallies(self, proposals: Proposals, tallies: list[Tally]) -> RenderableType:
        """Each award's ballots in a table of their own, in the order recorded."""
        if not tallies:
            return Text(t("ballots.none"))
        names = self.names()
        parts: list[RenderableType] = []
        for award in dict.fromkeys(c.ballot.award for c in tallies):
            found = table(t("panel.unit"), t("ballots.round"), t("ballots.method"),
                          t("ballots.voters"), t("ballots.for"), t("ballots.against"),
                          t("ballots.abstain"), t("ballots.needed"), t("ballots.result"))
            for counted in (c for c in tallies if c.ballot.award == award):
                ballot = counted.ballot
                found.add_row(names.get(ballot.candidate, ballot.candidate),
                              str(counted.round), t(f"vote.method.{ballot.method.value}"),
                              f"{len(ballot.voters)}/{counted.members}",
                              str(counted.votes_for), str(counted.votes_against),
                              str(counted.abstentions), str(counted.needed),
                              _result(counted))
            parts += [Text(self._label(proposals, award), style="italic"), found]
        return Group(*parts)

    def _outcome(self, proposals: Proposals, outcome: dict[tuple[str, str], Message]
                 ) -> RenderableType:
        if not outcome:
            return Text(t("panel.none"))
        names = self.names()
        lang = language()
        return Text("\n".join(
            f"{self._label(proposals, award)} · {names.get(candidate, candidate)}: "
            f"{message.text(lang)}"
            for (award, candidate), message in sorted(outcome.items())))

    def action_hands(self) -> None:
        self.open_form(HandsBallotForm(self.session, self.campaign_id))

    def action_secret(self) -> None:
        self.open_form(SecretBallotForm(self.session, self.campaign_id))

    def action_meeting(self) -> None:
        from .meeting_form import MeetingForm

        self.open_form(MeetingForm(self.session, self.campaign_id))


def _result(counted: Tally) -> Text:
    """A round's result in a word: passed, failed, or no quorum."""
    if counted.passed:
        return Text("✔ " + t("ballots.passed"), style="green")
    return Text("✗ " + t("ballots.failed" if counted.quorum_met else "ballots.no_quorum"),
                style="red")
