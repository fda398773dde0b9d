"""The cross-scoring screen's forms: assign scorers, recuse a scorer from a member (the
lead), remove a scorer (its scores stay on record), and how the cross-score counts."""

from __future__ import annotations

from decimal import Decimal

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import Input, Label, Select, Static

from emulation_core import Aggregate, CrossMode, EmulationError, format_number, read_number

from ..i18n import language, t
from ..session import Session
from .deliberation_forms import DeliberationForm, choose, form_box

__all__ = ["AssignForm", "CrossSettingForm", "RecuseForm", "RemoveScorerForm"]


class AssignForm(DeliberationForm):
    """Every other member scores each member, or ``N`` each, balanced."""

    def compose(self) -> ComposeResult:
        with form_box():
            yield Static(Text(t("cross.assign.title"), style="bold"), classes="dialog-title")
            yield Label(t("cross.each"))
            yield Input(id="each")
            yield from self.buttons()

    def save(self) -> str:
        typed = self.text("each")
        each = None
        if typed:
            if not typed.isdigit() or int(typed) < 1:
                raise EmulationError(t("cross.each_bad"))
            each = int(typed)
        cross = self.change(lambda ws: ws.cross_assign(self.campaign_id, each))
        return t("cross.assign.done", pairs=sum(len(m) for m in cross.assigned.values()))


class _ScorerForm(DeliberationForm):
    """A form that starts on the scorer shown on the screen."""

    TITLE = ""

    def __init__(self, session: Session, campaign_id: str, scorer: str | None = None) -> None:
        super().__init__(session, campaign_id)
        self.scorer = scorer if scorer in self.names else None

    def scorer_select(self) -> ComposeResult:
        yield Static(Text(t(self.TITLE), style="bold"), classes="dialog-title")
        yield Label(t("delib.scorer"))
        yield choose(self.members, "scorer", self.scorer)


class RecuseForm(_ScorerForm):
    """The lead takes a scorer off a member, with the reason (conflict of interest)."""

    TITLE = "cross.recuse.title"

    def compose(self) -> ComposeResult:
        with form_box():
            yield from self.scorer_select()
            yield Label(t("delib.member"))
            yield choose(self.members, "member")
            yield Label(t("cross.reason_field"))
            yield Input(id="reason")
            yield from self.buttons()

    def save(self) -> str:
        scorer, member, reason = self.choice("scorer"), self.choice("member"), self.text("reason")
        self.change(lambda ws: ws.cross_recuse(self.campaign_id, scorer, member, reason))
        return t("cross.recuse.done", scorer=self.unit_name(scorer), member=self.unit_name(member),
                 reason=reason)


class RemoveScorerForm(_ScorerForm):
    """A scorer taken off the campaign, with the reason; its scores stay, marked."""

    TITLE = "cross.remove.title"

    def compose(self) -> ComposeResult:
        with form_box():
            yield from self.scorer_select()
            yield Label(t("cross.reason_field"))
            yield Input(id="reason")
            yield from self.buttons()

    def save(self) -> str:
        scorer, reason = self.choice("scorer"), self.text("reason")
        self.change(lambda ws: ws.cross_remove_scorer(self.campaign_id, scorer, reason))
        return t("cross.remove.done", scorer=self.unit_name(scorer), reason=reason)


class CrossSettingForm(DeliberationForm):
    """Which aggregate counts, and whether it is shown only, replaces or is weighed."""

    def compose(self) -> ComposeResult:
        settings = self.ws.cross_scoring(self.campaign_id).settings
        with form_box():
            yield Static(Text(t("cross.setting.title"), style="bold"), classes="dialog-title")
            yield Label(t("cross.method"))
            yield Select([(t(f"agg.name.{m.value}"), m.value) for m in Aggregate], id="method",
                         value=settings.method.value, allow_blank=False)
            yield Label(t("cross.mode"))
            yield Select([(t(f"cross.mode.{m.value}", weight="W"), m.value) for m in CrossMode],
                         id="mode", value=settings.mode.value, allow_blank=False)
            yield Label(t("cross.weight"))
            yield Input(format_number(settings.weight, language()), id="weight")
            yield from self.buttons()

    def save(self) -> str:
        method, mode = Aggregate(self.choice("method")), CrossMode(self.choice("mode"))
        typed = self.text("weight")
        weight: Decimal | None = read_number(typed).value if typed else None
        self.change(lambda ws: ws.cross_configure(self.campaign_id, method, mode, weight))
        return t("cross.setting.done", method=t(f"agg.name.{method.value}"),
                 mode=t(f"cross.mode.{mode.value}", weight=typed or "—"))
