"""Forms of the deliberation screens: what they share, a cross-score (or an abstention)
and a secret ballot.

Each saves at once through the library (one recorded step, as the CLI does), after the
edits still pending are saved; a refusal is shown in the form, in the interface language,
and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, TypeVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Button, Input, Label, Select, Static

from emulation_core import (
    Ballot,
    EmulationError,
    NumberError,
    VoteMethod,
    Workspace,
    read_number,
    vi_sort_key,
)

from ..i18n import error_text, language, pick, t
from ..session import EditRefused, Session
from .dialogs import DIALOG_CSS
from .form import closing_lines
from .leaving import KeepsTyping

__all__ = ["CrossScoreForm", "DeliberationForm", "SecretBallotForm", "choose", "form_box",
           "options"]

T = TypeVar("T")


def options(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Select options from (key, label) pairs."""
    return [(label, key) for key, label in pairs]


def choose(pairs: Sequence[tuple[str, str]], widget_id: str,
           value: str | None = None) -> Select[str]:
    """A choice among (key, label) pairs, its prompt in the interface language."""
    return Select(options(pairs), id=widget_id, prompt=t("delib.pick"),
                  value=value if value is not None else Select.NULL)


def form_box() -> VerticalScroll:
    """A form's frame: it scrolls when the terminal is too short for every field (80×24),
    following the focus; it takes no Tab stop of its own."""
    return VerticalScroll(classes="box", can_focus=False)


class DeliberationForm(KeepsTyping[str]):
    """A form that saves on ``ctrl+s``, its button or ``enter`` in a text field that is its
    last field (in another, ``enter`` goes on to the next field) and dismisses with what it
    saved; esc or its cancel button asks first when something was typed."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel"),
        Binding("ctrl+s", "save", "save"),
    ]

    def __init__(self, session: Session, campaign_id: str) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.ws = session.ws
        self.campaign_id = campaign_id
        members = sorted((m for m in self.ws.bloc.members
                          if self.ws.campaign(campaign_id).takes_part(m.id)),
                         key=lambda m: vi_sort_key(m.name))  # as the lists read, A to Z
        self.members = [(m.id, m.short_name or m.name) for m in members]
        self.names = dict(self.members)

    def on_mount(self) -> None:
        # focusing the first field centres it, hiding the title on a short terminal
        self.call_after_refresh(self._from_the_top)

    def _from_the_top(self) -> None:
        for box in self.query(".box").results(VerticalScroll):
            box.scroll_home(animate=False)

    def buttons(self) -> ComposeResult:
        yield from closing_lines("delib.save", "delib.cancel")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "ok":
            self.action_save()
        else:
            self.leave()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """``enter`` in a text field goes on to the next field; in the form's last field it
        saves."""
        fields = [f for f in self.query("Input, Select, Checkbox, RadioButton, TextArea")
                  if f.focusable]
        if fields and event.input is fields[-1]:
            self.action_save()
        else:
            self.focus_next()

    def action_cancel(self) -> None:
        self.leave()

    def action_save(self) -> None:
        try:
            said = self.save()
        except EditRefused as refused:
            self.refuse(t(refused.key, **refused.values))
            return
        except (EmulationError, NumberError, OSError) as error:
            self.refuse(error_text(error))
            return
        self.dismiss(said)

    def refuse(self, text: str) -> None:
        """Say under the form why it was not saved (scrolled into view); everything typed
        stays."""
        problem = self.query_one("#form-error", Static)
        problem.update(Text(text, style="red"))
        problem.scroll_visible(animate=False)

    def save(self) -> str:
        """Save through the library; what was saved, in words."""
        raise NotImplementedError

    def change(self, make: Callable[[Workspace], T]) -> T:
        """Make the change through the session: pending edits saved first, screens redrawn."""
        return self.session.change(make)

    def unit_name(self, member: str) -> str:
        return self.names.get(member, member)

    def choice(self, widget_id: str) -> str:
        value = self.query_one(f"#{widget_id}", Select).value
        if not isinstance(value, str):
            raise EmulationError(t("delib.choose", what=t(f"delib.{widget_id}")))
        return value

    def text(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value.strip()


class CrossScoreForm(DeliberationForm):
    """A scorer's points for a member's judged criterion, or its abstention with a reason."""

    def __init__(self, session: Session, campaign_id: str, scorer: str | None = None) -> None:
        super().__init__(session, campaign_id)
        self.scorer = scorer

    def compose(self) -> ComposeResult:
        codes = sorted({code for member, _ in self.members
                        for code in self.ws.judged_criteria(self.campaign_id, member)})
        with form_box():
            yield Static(Text(t("delib.cross.title"), style="bold"), classes="dialog-title")
            yield Label(t("delib.scorer"))
            yield choose(self.members, "scorer",
                         self.scorer if self.scorer in self.names else None)
            yield Label(t("delib.member"))
            yield choose(self.members, "member")
            yield Label(t("delib.code"))
            yield choose([(code, code) for code in codes], "code")
            yield Label(t("delib.points"))
            yield Input(id="points")
            yield Label(t("delib.abstain"))
            yield Input(id="reason")
            yield from self.buttons()

    def save(self) -> str:
        scorer, member, code = self.choice("scorer"), self.choice("member"), self.choice("code")
        points, reason = self.text("points"), self.text("reason")
        names = {"scorer": self.unit_name(scorer), "member": self.unit_name(member), "code": code}
        if not points:
            self.change(lambda ws: ws.cross_abstain(self.campaign_id, scorer, member, code,
                                                    reason))
            return t("delib.cross.abstained", **names)
        value = read_number(points).value
        self.change(lambda ws: ws.cross_set(self.campaign_id, scorer, member, code, value))
        return t("delib.cross.saved", **names, points=points)


class SecretBallotForm(DeliberationForm):
    """A secret ballot on a proposed candidate: who took part is the meeting's attendance
    (every unit when it is not recorded); the counts as announced."""

    def compose(self) -> ComposeResult:
        awards = [(key, pick(rule.label, rule.label_en)) for key, rule
                  in self.ws.rule_set(self.campaign_id).awards.items()]
        with form_box():
            yield Static(Text(t("delib.vote.title"), style="bold"), classes="dialog-title")
            yield Label(t("delib.award"))
            yield choose(awards, "award")
            yield Label(t("delib.candidate"))
            yield choose(self.members, "candidate")
            for name in ("for", "against", "abstentions"):
                yield Label(t(f"delib.vote.{name}"))
                yield Input("0", id=f"count-{name}")
            yield from self.buttons()

    def save(self) -> str:
        award, candidate = self.choice("award"), self.choice("candidate")
        counts = [read_number(self.text(f"count-{name}") or "0", integer=True).value
                  for name in ("for", "against", "abstentions")]
        attended = self.ws.deliberation(self.campaign_id).meeting.attended \
            or tuple(m for m, _ in self.members)
        ballot = Ballot(award, candidate, VoteMethod.SECRET, tuple(attended),
                        for_count=int(counts[0]), against_count=int(counts[1]),
                        abstain_count=int(counts[2]))
        counted = self.change(lambda ws: ws.record_ballot(self.campaign_id, ballot))
        rule = self.ws.rule_set(self.campaign_id).awards[award]
        return t("ballots.recorded", candidate=self.unit_name(candidate),
                 award=pick(rule.label, rule.label_en),
                 round=counted.round, why=counted.why.text(language()))
