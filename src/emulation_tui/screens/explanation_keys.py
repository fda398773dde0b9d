"""The explanation keys of the scoring screen: ``e`` the unit's explanation (giải trình) of
the highlighted criterion, ``a`` the verifier's answer to it (verdict, text, the points
after it). Each opens a dialog, takes the step through the library
(:mod:`emulation_tui.review_steps`) and says the result; both are in the command palette.
"""

from __future__ import annotations

from decimal import Decimal

from textual.binding import Binding, BindingType

from emulation_core import Criterion, CriterionScore, Status

from .. import fmt, review_steps
from ..i18n import t
from .answer_dialog import Answer, AnswerDialog
from .reason_dialog import ReasonDialog
from .review_keys import ReviewKeys

__all__ = ["EXPLANATION_BINDINGS", "ExplanationKeys"]

EXPLANATION_BINDINGS: list[BindingType] = [
    Binding("e", "explain", "explain", show=False),
    Binding("a", "answer", "answer", show=False),
]

_UNDER_REVIEW = (Status.SUBMITTED, Status.VERIFIED)


class ExplanationKeys(ReviewKeys):
    """Mixed into a screen with a member and a criterion under the cursor."""

    def explained_criterion(self) -> Criterion | None:
        """The criterion under the cursor (None: a section, or nothing)."""
        raise NotImplementedError

    def explained(self) -> None:
        """After an explanation or an answer is recorded (the screen may make room)."""

    def _explainable(self) -> tuple[str, Criterion] | None:
        """The member and criterion under review, or None (said why)."""
        found = self._reviewable()
        if found is None:
            return None
        member_id, sub = found
        criterion = self.explained_criterion()
        if criterion is None:
            self.notify(t("explain.no_criterion"), severity="warning")
            return None
        if sub is None or sub.status not in _UNDER_REVIEW:
            self.notify(t("explain.not_submitted"), severity="warning")
            return None
        return member_id, criterion

    def _points_line(self, member_id: str, criterion: Criterion) -> str:
        board = self.session.board
        assert board is not None
        score: CriterionScore = next(s for s in board.breakdown(member_id)
                                     if s.criterion.code == criterion.code)
        return t("explain.points", claimed=fmt.points(board.claimed_of(member_id,
                                                                       criterion.code)),
                 verified=_shown(score.verified_points), counted=fmt.points(score.points))

    def action_explain(self) -> None:
        """The unit's explanation of the highlighted criterion (mandatory text)."""
        found = self._explainable()
        if found is None:
            return
        member_id, criterion = found
        name = self._member_name(member_id)
        code = criterion.code

        async def answered(text: str | None) -> None:
            if text:
                await self._step(
                    lambda: review_steps.explain(self.session, member_id, code, text),
                    t("explain.done", member=name, code=code))
                self.explained()

        sub = self.session.working_submission(member_id)
        self.emu.push_screen(ReasonDialog(
            t("explain.title", member=name, code=code),
            [self._points_line(member_id, criterion), t("explain.what")],
            label=t("explain.label"), value=sub.entry(code).explanation), answered)

    def action_answer(self) -> None:
        """The verifier's answer to the unit's explanation of the highlighted criterion."""
        found = self._explainable()
        if found is None:
            return
        member_id, criterion = found
        entry = self.session.working_submission(member_id).entry(criterion.code)
        if not entry.explanation:
            self.notify(t("answer.no_explanation"), severity="warning")
            return
        name = self._member_name(member_id)
        code = criterion.code
        board = self.session.board
        assert board is not None

        async def answered(answer: Answer | None) -> None:
            if answer is not None:
                await self._step(
                    lambda: review_steps.answer(self.session, member_id, code, answer.text,
                                                answer.points, answer.verdict),
                    t("answer.done", member=name, code=code,
                      verdict=t(f"answer.verdict.{answer.verdict.value}")))
                self.explained()

        self.emu.push_screen(AnswerDialog(
            t("answer.title", member=name, code=code),
            [t("answer.explanation", text=entry.explanation),
             self._points_line(member_id, criterion)],
            criterion, board.campaign.precision), answered)


def _shown(points: Decimal | None) -> str:
    return "–" if points is None else fmt.points(points)
