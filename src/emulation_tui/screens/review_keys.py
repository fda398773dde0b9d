"""The review keys of the scoring and members screens: submit, return, verify, lock, unlock.

Each opens a dialog saying what will change (return and unlock ask for their mandatory
reason), takes the step through the library (:mod:`emulation_tui.review_steps`) and says
the result. The screen mixing this in names the member with :meth:`review_member`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TYPE_CHECKING

from textual.binding import Binding

from emulation_core import EmulationError, Scoreboard, Status, Submission

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

    def _reviewable(self) -> tuple[str, Submission | None] | None:
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

    def _refuse(self, member_id: str, key: str) -> None:
        """Say why a review key does nothing here in a small dialog that ``enter`` closes:
        the ``enter`` pressed right behind the key then answers it, as it would have answered
        the step's own dialog, instead of reaching the screen (on the members screen it
        opened the unit's form, and the keys after it typed into the unit's name)."""
        self.emu.push_screen(MessageDialog(self._member_name(member_id), [t(key)]))

    def _reviewed(self, allowed: Collection[Status], refusal: str,
                  missing: str | None = None) -> tuple[str, Submission, str] | None:
        """The member, its submission and name when its status is one of ``allowed``;
        otherwise None, said why: read-only, locked, ``missing`` when it has no submission,
        else ``refusal`` (catalog keys)."""
        found = self._reviewable()
        if found is None:
            return None
        member_id, sub = found
        if sub is None or sub.status not in allowed:
            absent = sub is None or sub.status is Status.MISSING
            self._refuse(member_id, missing if missing and absent else refusal)
            return None
        return member_id, sub, self._member_name(member_id)

    def _campaign_board(self) -> Scoreboard | None:
        """The campaign's scoreboard for a lock or an unlock; None (said why when read-only)
        when the campaign cannot change."""
        board = self.session.board
        if board is not None and self.session.read_only:
            self.notify(t("readonly.refused"), severity="warning")
            return None
        return board

    def _confirm(self, question: str, confirm: str, take: Callable[[], object],
                 done: str, *, undoing: bool = False) -> None:
        """Ask ``question`` (``confirm``: the catalog key of the yes button); on yes, take
        the step. ``undoing`` (a step taken back) focuses "cancel", so that a stray
        ``enter`` keeps things as they are."""
        async def answered(yes: bool | None) -> None:
            if yes:
                await self._step(take, done)

        self.emu.push_screen(ConfirmDialog(question, t(confirm).capitalize(),
                                           t("key.cancel").capitalize(), danger=undoing),
                             answered)

    def _with_reason(self, dialog: ReasonDialog, take: Callable[[str], object],
                     done: Callable[[str], str]) -> None:
        """Ask for the reason (the dialog refuses an empty one where it is required); once
        given, take the step."""
        async def answered(reason: str | None) -> None:
            if reason is not None:
                await self._step(lambda: take(reason), done(reason))

        self.emu.push_screen(dialog, answered)

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
        found = self._reviewed((Status.DRAFT, Status.RETURNED), "submit.not_draft")
        if found is None:
            return
        member_id, sub, name = found
        first = sub.submitted_at is None
        lines = t("submit.ask", member=name, status=fmt.status(sub.status)) + "\n" + t(
            "submit.received" if first else "submit.received_kept")
        campaign = self.session.campaign
        if first and campaign is not None and self.session.today() > campaign.deadline:
            lines += "\n" + t("submit.late", deadline=fmt.date(campaign.deadline))
        self._confirm(lines, "key.submit", lambda: review_steps.submit(self.session, member_id),
                      t("submit.done", member=name))

    def action_send_back(self) -> None:
        """Return a submitted (or verified) report to the unit, with a reason."""
        found = self._reviewed((Status.SUBMITTED, Status.VERIFIED), "return.not_submitted")
        if found is None:
            return
        member_id, sub, name = found
        self._with_reason(
            ReasonDialog(t("return.title", member=name),
                         [t("return.what", old=fmt.status(sub.status),
                            new=fmt.status(Status.RETURNED))]),
            lambda reason: review_steps.send_back(self.session, member_id, reason),
            lambda reason: t("return.done", member=name, reason=reason))

    def action_verify(self) -> None:
        """Mark a submitted report verified, or take a verification back."""
        found = self._reviewed((Status.SUBMITTED, Status.VERIFIED), "verify.not_submitted",
                               missing="verify.missing")
        if found is None:
            return
        member_id, sub, name = found
        session = self.session
        if sub.status is Status.VERIFIED:
            self._confirm(t("verify.undo", member=name), "key.confirm",
                          lambda: review_steps.withdraw(session, member_id),
                          t("verify.withdrawn", member=name), undoing=True)
            return
        unexplained = session.unexplained_adjustments(member_id)
        if unexplained:
            self.emu.push_screen(MessageDialog(t("verify.reasons.title"), [
                t("verify.reasons", codes=", ".join(unexplained))]))
            return
        board = session.board
        assert board is not None
        score = board.score(member_id)
        question = t("verify.ask", member=name, total=fmt.points(score.total),
                     rating=fmt.rating(score))
        if sub.corrections:
            question += "\n" + t("verify.corrections", count=len(sub.corrections))
        self._confirm(question, "key.confirm", lambda: review_steps.verify(session, member_id),
                      t("verify.done", member=name))

    # -- the campaign -------------------------------------------------------------------
    def action_lock(self) -> None:
        """Lock the campaign after the bloc's meeting (every report verified)."""
        board = self._campaign_board()
        if board is None:
            return
        campaign = board.campaign
        if self.session.ws.is_locked(campaign.id):
            self.notify(t("locking.already_ui", campaign=campaign.title), severity="warning")
            return
        waiting = [self._member_name(m) for m, s in board.scores.items()
                   if s.status is not Status.VERIFIED]
        if waiting:
            self.emu.push_screen(MessageDialog(t("locking.title", campaign=campaign.title), [
                t("locking.waiting", members=", ".join(waiting))]))
            return
        self._with_reason(
            ReasonDialog(t("locking.title", campaign=campaign.title),
                         [t("locking.what", count=len(board.scores))], required=False,
                         label=t("locking.reason")),
            lambda reason: review_steps.lock(self.session, reason),
            lambda _: t("locking.done", campaign=campaign.title))

    def action_unlock(self) -> None:
        """Unlock the campaign, with a reason."""
        board = self._campaign_board()
        if board is None:
            return
        campaign = board.campaign
        if not self.session.ws.is_locked(campaign.id):
            self.notify(t("unlock.not_locked", campaign=campaign.title), severity="warning")
            return
        self._with_reason(
            ReasonDialog(t("unlock.title", campaign=campaign.title), [t("unlock.what")]),
            lambda reason: review_steps.unlock(self.session, reason),
            lambda reason: t("unlock.done", campaign=campaign.title, reason=reason))
