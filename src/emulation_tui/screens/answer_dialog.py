"""The verifier's answer to a unit's explanation (giải trình) of a criterion: the verdict
(accepted, partly accepted or rejected), the answer's text and, optionally, the points
after the explanation.

Keyboard-first: the verdict has the focus (arrows pick, tab moves on), enter in the last
field or ctrl+s saves, esc cancels and nothing changes (asking first when something was
typed or another verdict picked). An empty answer and points the
library refuses (:func:`emulation_core.check_points`) are said under their field.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import ClassVar

from attrs import frozen
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, RadioButton, RadioSet, Static

from emulation_core import Criterion, Verdict, printable

from .. import fmt
from ..entry import check_points
from ..i18n import t
from ..widgets.toggles import Choice
from .dialogs import DIALOG_CSS
from .leaving import KeepsTyping

__all__ = ["Answer", "AnswerDialog"]

_VERDICTS = (Verdict.ACCEPTED, Verdict.PARTLY, Verdict.REJECTED)
"""The verdicts in the order offered."""


@frozen
class Answer:
    """What the verifier decided: the verdict, the answer's text, the points after it."""

    verdict: Verdict
    text: str
    points: Decimal | None


class AnswerDialog(KeepsTyping[Answer]):
    """Dismisses with the :class:`Answer`, or None when cancelled."""

    CSS_PATH = DIALOG_CSS
    DEFAULT_CSS = """
    AnswerDialog #verdict { layout: horizontal; height: auto; width: 100%; border: none;
                            padding: 0; background: $panel; }
    AnswerDialog #verdict RadioButton { width: auto; padding: 0 1 0 0; }
    AnswerDialog Input { background: $panel; margin-bottom: 1; }
    AnswerDialog .reason-label { height: 1; }
    AnswerDialog .answer-error { height: auto; color: $error; display: none;
                                 margin-bottom: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "cancel"),
        Binding("ctrl+s", "save", "confirm"),
    ]

    def __init__(self, title: str, lines: Sequence[str], criterion: Criterion,
                 precision: Decimal) -> None:
        super().__init__(classes="dialog")
        self._heading = title
        self._lines = lines
        self._criterion = criterion
        self._precision = precision

    def compose(self) -> ComposeResult:
        with Vertical(classes="box"):
            yield Static(Text(printable(self._heading), style="bold"), classes="dialog-title")
            yield Static(Text("\n".join(printable(line) for line in self._lines)),
                         classes="dialog-body")
            yield Static(t("answer.verdict"), classes="reason-label")
            yield RadioSet(*(Choice(t(f"answer.verdict.{v.value}"),
                                    value=v is Verdict.ACCEPTED, id=v.value)
                             for v in _VERDICTS), id="verdict")
            yield Static(t("answer.text"), classes="reason-label")
            yield Input(id="answer", placeholder=t("reason.required"), compact=True)
            yield Static(id="answer-error", classes="answer-error")
            yield Static(t("answer.points"), classes="reason-label")
            yield Input(id="points", placeholder=t(
                "answer.points_hint", max=fmt.number(self._criterion.highest)), compact=True)
            yield Static(id="points-error", classes="answer-error")
            yield Static(Text(t("answer.hint"), style="dim"), id="answer-note")

    def on_mount(self) -> None:
        self.query_one("#verdict", RadioSet).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "points":
            self.action_save()
        else:
            self.focus_next()

    def action_save(self) -> None:
        """Check the fields; dismiss with the answer, or say what is missing."""
        for line in self.query(".answer-error").results(Static):
            line.update("")
            line.display = False
        text = " ".join(self.query_one("#answer", Input).value.split())
        typed = self.query_one("#points", Input).value
        points, refused = check_points(typed, self._criterion, "explained", self._precision)
        if not text:
            self._refuse("answer", t("answer.empty"))
        if refused is not None:
            self._refuse("points", refused)
        if text and refused is None:
            verdict = next(v for v in _VERDICTS
                           if self.query_one(f"#{v.value}", RadioButton).value)
            self.dismiss(Answer(verdict, text, points))

    def _refuse(self, field_id: str, why: str) -> None:
        line = self.query_one(f"#{field_id}-error", Static)
        line.update(Text(why, style="bold red"))
        line.display = True

    def action_cancel(self) -> None:
        self.leave()
