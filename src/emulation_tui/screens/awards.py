"""The award proposals screen: the rule set the campaign uses with its dated legal basis,
the ballot rule, and for every award its quota and every unit, proposed or not, with each
reason. The council may include a unit the rules do not find eligible (``i``) or leave out
one they do (``x``), each only with a reason, recorded in the change log."""

from __future__ import annotations

from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Input, Label, Static

from emulation_core import Proposals, format_number, printable

from .. import fmt
from ..i18n import language, pick, t
from ..session import Session
from .deliberation_forms import DeliberationForm, choose, form_box
from .deliberation_view import DeliberationView, Section, table

__all__ = ["AwardsScreen", "OverrideForm"]


class AwardsScreen(DeliberationView):
    """Every unit against every award of the campaign's rule set, and why."""

    TITLE_KEY = "awards.title"
    HINT_KEY = "awards.hint"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("i", "override(False)", "award_include"),
        Binding("x", "override(True)", "award_exclude"),
    ]

    def sections(self) -> list[Section]:
        proposals = self.ws.proposals(self.campaign_id)
        found: list[Section] = [("", lambda: self._rules(proposals)),
                                (t("awards.basis"), lambda: self._basis(proposals))]
        for key, rule in proposals.rules.awards.items():
            title = t("awards.award", label=printable(pick(rule.label, rule.label_en)),
                      quota=proposals.quotas[key], count=len(proposals.proposed(key)))
            found.append((title, lambda key=key: self._award(proposals, key)))  # type: ignore[misc]
        return found

    def _rules(self, proposals: Proposals) -> RenderableType:
        rules = proposals.rules
        ballot = rules.ballot
        lang = language()
        return Text("\n".join([
            t("awards.rules", id=rules.id, version=rules.version, title=printable(rules.title),
              valid_from=fmt.date(rules.valid_from)),
            t("awards.ballot_rule", quorum=format_number(ballot.quorum * 100, lang),
              strict=t("awards.strict" if ballot.strict else "awards.at_least"),
              share=format_number(ballot.pass_share * 100, lang),
              base=t(f"awards.base.{ballot.base}"))]))

    def _basis(self, proposals: Proposals) -> RenderableType:
        return Text("\n".join(f"• {printable(b.ref)} ({fmt.date(b.date)}): {printable(b.says)}"
                              for b in proposals.rules.basis) or t("panel.none"))

    def _award(self, proposals: Proposals, key: str) -> RenderableType:
        names = self.names()
        lang = language()
        found = table(t("awards.rank"), t("awards.unit"), t("awards.eligible"),
                      t("awards.proposed"), t("awards.why"))
        for decision in proposals.decisions:
            if decision.award != key:
                continue
            style = "bold green" if decision.proposed else ""
            found.add_row(str(decision.rank), names.get(decision.member, decision.member),
                          t("awards.yes" if decision.eligible else "awards.no"),
                          Text("✔ " + t("awards.yes") if decision.proposed
                               else "✗ " + t("awards.no"), style=style),
                          printable("; ".join(m.text(lang) for m in decision.reasons)))
        return found

    def action_override(self, exclude: bool) -> None:
        self.open_form(OverrideForm(self.session, self.campaign_id, exclude=exclude))


class OverrideForm(DeliberationForm):
    """The council's decision against the rules: include or leave out a unit, with a reason."""

    def __init__(self, session: Session, campaign_id: str, *, exclude: bool) -> None:
        super().__init__(session, campaign_id)
        self.exclude = exclude

    def compose(self) -> ComposeResult:
        awards = [(key, pick(rule.label, rule.label_en)) for key, rule
                  in self.ws.rule_set(self.campaign_id).awards.items()]
        title = "awards.exclude.title" if self.exclude else "awards.include.title"
        with form_box():
            yield Static(Text(t(title), style="bold"), classes="dialog-title")
            yield Label(t("delib.award"))
            yield choose(awards, "award")
            yield Label(t("awards.unit_field"))
            yield choose(self.members, "member")
            yield Label(t("cross.reason_field"))
            yield Input(id="reason")
            yield from self.buttons()

    def save(self) -> str:
        award, member, reason = self.choice("award"), self.choice("member"), self.text("reason")
        rule = self.ws.rule_set(self.campaign_id).awards[award]
        if self.exclude:
            self.change(lambda ws: ws.exclude_proposal(self.campaign_id, member, award, reason))
        else:
            self.change(lambda ws: ws.override_proposal(self.campaign_id, member, award, reason))
        return t("awards.exclude.done" if self.exclude else "awards.include.done",
                 member=self.unit_name(member), award=pick(rule.label, rule.label_en))
