"""The review keys of the scoring and members screens: submit, return, verify, lock, unlock.

Each opens a dialog saying what will change (return and unlock ask for their mandatory
reason), takes the step through the library (:mod:`emulation_tui.review_steps`) and says
the result. The screen mixing this in names the member with :meth:`review_member`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.binding import Binding

from emulation_core import EmulationError, Status, Submission

from .. import fmt, review_steps
from ..i18n import error_text, t
from ..session import EditRefused
from .dialogs import ConfirmDialog, MessageDialog
from .reason_dialog import ReasonDialog

if TYPE_CHECKING:
    from textual.notifications import SeverityLevel

    from ..app import EmulationApp
    from ..session import Session

__all__ = ["REVIEW_BINDINGS", "ReviewKeys", "review_bindings"]


def review_bindings(*, shown: bool) -> list[Binding]:
    """The review keys; ``shown``: verify, submit and return are in the key hints (the
    lock keys never are; all are in the help and the command palette)."""
    return [
        Binding("v", "verify", "verify", show=shown),
        Binding("s", "submit", "submit", show=shown),
        Binding("b", "send_back", "send_back", show=shown),
        Binding("k", "lock", "lock", show=False),
        Binding("u", "unlock", "unlock", show=False),
    ]


REVIEW_BINDINGS = review_bindings(shown=True)


class ReviewKeys:
    """Mixed into a :class:`~emulation_tui.screens.base.BaseScreen`."""

    if TYPE_CHECKING:
        @property
        def session(self) -> Session: ...
        @property
        def emu(self) -> EmulationApp: ...
        def notify(self, message: str, *, title: str = "",
                   severity: SeverityLevel = "information", timeout: float | None = None,
                   markup: bool = True) -> None: ...
        def redraw(self) -> None: ...

    def review_member(self) -> str | None:
        """The member the review keys act on (None: none highlighted)."""
        raise NotImplementedError

    def _member_name(self, member_id: str) -> str:
        member = self.session.bloc.member(member_id)
        return member.name if member else member_id

    def _reviewed(self) -> tuple[str, Submission | None] | None:
        """The member and its submission, or None (said why) when no step can be taken."""
        member_id = self.review_member()
        if member_id is None or self.session.board is None:
            return None
        if self.session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return None
        sub = self.session.board.submission(member_id)
        if sub is not None and (sub.status is Status.LOCKED
                                or self.session.ws.is_locked(sub.campaign)):
            self.notify(t("edit.locked"), severity="warning")
            return None
        return member_id, sub

    async def _step(self, take: Callable[[], object], done: str) -> None:
        """Take a step once pending edits are written; say ``done``, or why the library
        refused it."""
        await self.emu.flush_saves()
        try:
            take()
        except EditRefused as refused:
            self.notify(t(refused.key, **refused.values), severity="warning")
            return
        except (EmulationError, OSError) as exc:
            self.notify(error_text(exc), title=t("step.refused"), severity="error",
                        timeout=10)
            return
        self.redraw()
        self.notify(done)

    # -- the unit's report --------------------------------------------------------------
    def action_submit(self) -> None:
        """Submit a draft, or resubmit a returned report (the received date is set once)."""
        found = self._reviewed()
        if found is None:
            return
        member_id, sub = found
        if sub is None or sub.status not in (Status.DRAFT, Status.RETURNED):
            self.notify(t("submit.not_draft"), severity="warning")
            return
        name = self._member_name(member_id)
        first = sub.submitted_at is None
        lines = t("submit.ask", member=name, status=fmt.status(sub.status)) + "\n" + t(
            "submit.received" if first else "submit.received_kept")

        async def answered(yes: bool | None) -> None:
            if yes:
                await self._step(lambda: review_steps.submit(self.session, member_id),
                                 t("submit.done", member=name))

        self.emu.push_screen(ConfirmDialog(lines, t("key.submit").capitalize(),
                                           t("key.cancel").capitalize()), answered)

    def action_send_back(self) -> None:
        """Return a submitted (or verified) report to the unit, with a reason."""
        found = self._reviewed()
        if found is None:
            return
        member_id, sub = found
        if sub is None or sub.status not in (Status.SUBMITTED, Status.VERIFIED):
            self.notify(t("return.not_submitted"), severity="warning")
            return
        name = self._member_name(member_id)

        async def answered(reason: str | None) -> None:
            if reason:
                await self._step(lambda: review_steps.send_back(self.session, member_id,
                                                                reason),
                                 t("return.done", member=name, reason=reason))

        self.emu.push_screen(ReasonDialog(
            t("return.title", member=name),
            [t("return.what", old=fmt.status(sub.status),
               new=fmt.status(Status.RETURNED))]), answered)

    def action_verify(self) -> None:
        """Mark a submitted report verified, or take a verification back."""
        found = self._reviewed()
        if found is None:
            return
        member_id, sub = found
        session = self.session
        board = session.board
        assert board is not None
        if sub is None or sub.status is Status.MISSING:
            self.notify(t("verify.missing"), severity="warning")
            return
        if sub.status in (Status.DRAFT, Status.RETURNED):
            self.notify(t("verify.not_submitted"), severity="warning")
            return
        name = self._member_name(member_id)
        if sub.status is Status.VERIFIED:
            question = t("verify.undo", member=name)
            def take() -> object:
                return review_steps.withdraw(session, member_id)
            done = t("verify.withdrawn", member=name)
        else:
            unexplained = session.unexplained_adjustments(member_id)
            if unexplained:
                self.emu.push_screen(MessageDialog(t("verify.reasons.title"), [
                    t("verify.reasons", codes=", ".join(unexplained))]))
                return
            score = board.score(member_id)
            question = t("verify.ask", member=name, total=fmt.points(score.total),
                         rating=fmt.rating(score))
            if sub.corrections:
                question += "\n" + t("verify.corrections", count=len(sub.corrections))
            def take() -> object:
                return review_steps.verify(session, member_id)
            done = t("verify.done", member=name)

        async def answered(yes: bool | None) -> None:
            if yes:
                await self._step(take, done)

        self.emu.push_screen(ConfirmDialog(question, t("key.confirm").capitalize(),
                                           t("key.cancel").capitalize()), answered)

    # -- the campaign -------------------------------------------------------------------
    def action_lock(self) -> None:
        """Lock the campaign after the bloc's meeting (every report verified)."""
        session = self.session
        board = session.board
        if board is None:
            return
        if session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return
        campaign = board.campaign
        if session.ws.is_locked(campaign.id):
            self.notify(t("locking.already_ui", campaign=campaign.title), severity="warning")
            return
        waiting = [self._member_name(m) for m, s in board.scores.items()
                   if s.status is not Status.VERIFIED]
        if waiting:
            self.emu.push_screen(MessageDialog(t("locking.title", campaign=campaign.title), [
                t("locking.waiting", members=", ".join(waiting))]))
            return

        async def answered(reason: str | None) -> None:
            if reason is not None:
                await self._step(lambda: review_steps.lock(session, reason),
                                 t("locking.done", campaign=campaign.title))

        self.emu.push_screen(ReasonDialog(
            t("locking.title", campaign=campaign.title),
            [t("locking.what", count=len(board.scores))], required=False,
            label=t("locking.reason")), answered)

    def action_unlock(self) -> None:
        """Unlock the campaign, with a reason."""
        session = self.session
        board = session.board
        if board is None:
            return
        if session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return
        campaign = board.campaign
        if not session.ws.is_locked(campaign.id):
            self.notify(t("unlock.not_locked", campaign=campaign.title), severity="warning")
            return

        async def answered(reason: str | None) -> None:
            if reason:
                await self._step(lambda: review_steps.unlock(session, reason),
                                 t("unlock.done", campaign=campaign.title, reason=reason))

        self.emu.push_screen(ReasonDialog(t("unlock.title", campaign=campaign.title),
                                          [t("unlock.what")]), answered)
