"""The workspace's review actions: reported figures, submit, return, verify, lock, unlock.

Each action is one recorded step (the submission file and the change log together); the
rules of which step may follow which are in :mod:`.review`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import evolve

from .errors import Problem, ValidationError
from .given import given_figure, given_figures
from .locking import LOCK_FILE, CampaignLock, LockEvent, dump_lock
from .model import Correction, Status, StatusStep, Submission
from .review import ReviewError, allowed_step, allowed_steps
from .verdict import Verdict

if TYPE_CHECKING:
    from pathlib import Path

    from .actor import Actor
    from .criteria import CriteriaTable
    from .model import Bloc, Campaign
    from .recording import RecordedFiles
    from .saved import Saved
    from .scoring import Scoreboard

__all__ = ["ReviewActions"]


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC).replace(microsecond=0)


def _file(campaign_id: str, member_id: str) -> str:
    return f"campaigns/{campaign_id}/submissions/{member_id}.toml"


class ReviewActions:
    """Mixed into :class:`~emulation_core.Workspace`."""

    if TYPE_CHECKING:
        path: Path
        locks: dict[str, CampaignLock]
        _files: RecordedFiles

        @property
        def actor(self) -> Actor | None: ...
        bloc: Bloc

        def campaign(self, campaign_id: str) -> Campaign: ...
        def table_for(self, campaign_id: str, type_key: str) -> CriteriaTable: ...
        def submissions(self, campaign_id: str) -> Mapping[str, Submission]: ...
        def scoreboard(self, campaign_id: str) -> Scoreboard: ...
        def update_submission(self, sub: Submission, *, now: dt.datetime | None = None,
                              campaign_lock: bool = False) -> Saved: ...
        def _writable(self) -> None: ...
        def _unlocked(self, campaign_id: str) -> None: ...

    def is_locked(self, campaign_id: str) -> bool:
        """Whether the campaign is locked (nothing in it can change)."""
        return self.lock_state(campaign_id).locked

    def lock_state(self, campaign_id: str) -> CampaignLock:
        """The campaign's lock: whether locked, every lock and unlock, the locked totals."""
        self.campaign(campaign_id)
        return self.locks.get(campaign_id, CampaignLock())

    def actor_text(self) -> str:
        """Who acts, as recorded in the files: ``ROLE:NAME``."""
        actor = self.actor
        return f"{actor.role.value}:{actor.name}" if actor else ""

    def set_values(self, campaign_id: str, member_id: str,
                   values: Mapping[str, Decimal | int | str], *,
                   now: dt.datetime | None = None) -> Saved:
        """Set the unit's reported figures (others kept); a new submission starts as draft.
        Figures are Decimals, whole ints or typed text (``"12,5"``, :func:`parse_decimal`)."""
        read = given_figures(values, _file(campaign_id, member_id), "values.",
                             self._counts(campaign_id, member_id))
        sub = self._current(campaign_id, member_id, create=True)
        return self.update_submission(evolve(sub, values={**sub.values, **read}), now=now)

    def submit(self, campaign_id: str, member_id: str, *,
               now: dt.datetime | None = None) -> Saved:
        """Submit (or resubmit after a return); the first submit sets the received date."""
        sub = self._current(campaign_id, member_id, step=Status.SUBMITTED)
        return self.update_submission(evolve(sub, status=Status.SUBMITTED), now=now)

    def return_submission(self, campaign_id: str, member_id: str, reason: str, *,
                          now: dt.datetime | None = None) -> Saved:
        """Send a submission back to the unit for revision; ``reason`` is mandatory."""
        sub = self._current(campaign_id, member_id, step=Status.RETURNED)
        if not reason.strip():
            raise ReviewError("review.reason_needed", member=member_id)
        step = StatusStep(Status.RETURNED, _now(now), self.actor_text(), reason.strip())
        return self.update_submission(
            evolve(sub, status=Status.RETURNED, history=(*sub.history, step)), now=now)

    def verify_submission(self, campaign_id: str, member_id: str,
                          corrections: Mapping[str, tuple[Decimal | int | str, str]] | None
                          = None, *, now: dt.datetime | None = None) -> Saved:
        """Verify, with the verifier's corrected figures (indicator → (value, reason)),
        kept beside the reported ones; a verified submission may be corrected again."""
        sub = self._current(campaign_id, member_id, step=Status.VERIFIED)
        stamp = _now(now)
        fixed = dict(sub.corrections)
        file = _file(campaign_id, member_id)
        for key, pair in (corrections or {}).items():
            if not isinstance(pair, tuple) or len(pair) != 2:
                raise ValidationError([Problem.keyed(file, None, f"corrections.{key}",
                                                     "review.correction_pair")])
            value, reason = pair
            if not str(reason).strip():
                raise ReviewError("review.correction_reason", member=member_id, key=key)
            figure = given_figure(value, file, f"corrections.{key}.value",
                                  integer=key in self._counts(campaign_id, member_id))
            fixed[key] = Correction(figure, str(reason).strip(), self.actor_text(), stamp)
        return self.update_submission(
            evolve(sub, status=Status.VERIFIED, corrections=fixed), now=stamp)

    def correct_figure(self, campaign_id: str, member_id: str, key: str,
                       value: Decimal | int | str | None, reason: str, *,
                       now: dt.datetime | None = None) -> Saved:
        """The verifier's figure for indicator ``key``, kept beside the unit's reported one
        (None takes the correction back); ``reason`` is mandatory and recorded. Only on a
        submitted or verified report, whose status does not change."""
        sub = self._under_review(campaign_id, member_id, "review.correct_status")
        if not reason.strip():
            raise ReviewError("review.correction_reason", member=member_id, key=key)
        known = self._table_of(campaign_id, member_id).indicators
        if key not in known:
            raise ReviewError("review.no_indicator", member=member_id, key=key,
                              known=", ".join(sorted(known)))
        stamp = _now(now)
        fixed = dict(sub.corrections)
        if value is None:
            fixed.pop(key, None)
        else:
            figure = given_figure(value, _file(campaign_id, member_id),
                                  f"corrections.{key}.value", integer=known[key].integer)
            fixed[key] = Correction(figure, reason.strip(), self.actor_text(), stamp)
        with self._files.change(reason.strip()):
            return self.update_submission(evolve(sub, corrections=fixed), now=stamp)

    def add_explanation(self, campaign_id: str, member_id: str, code: str, text: str, *,
                          now: dt.datetime | None = None) -> Saved:
        """The unit's explanation (giải trình) of criterion ``code``, usually one whose
        verified points or figures were corrected. It is the unit's side: a verified report
        goes back to ``submitted`` (with a warning) to be verified again."""
        sub = self._under_review(campaign_id, member_id, "review.explain_status")
        self._criterion(campaign_id, member_id, code)
        if not text.strip():
            raise ReviewError("review.explanation_needed", member=member_id, code=code)
        entry = evolve(sub.entry(code), explanation=text.strip())
        return self.update_submission(
            evolve(sub, entries={**sub.entries, code: entry}), now=now)

    def answer_explanation(self, campaign_id: str, member_id: str, code: str, text: str,
                           points: Decimal | None = None, *, verdict: Verdict | None = None,
                           now: dt.datetime | None = None) -> Saved:
        """The verifier's answer to the unit's explanation of ``code``: its text, the
        verdict (accepted, rejected or partly; None: not stated) and, when given, the
        points after the explanation (they count from then on; docs/scoring.md)."""
        sub = self._under_review(campaign_id, member_id, "review.explain_status")
        self._criterion(campaign_id, member_id, code)
        entry = sub.entry(code)
        if not entry.explanation:
            raise ReviewError("review.no_explanation", member=member_id, code=code)
        if not text.strip():
            raise ReviewError("review.answer_needed", member=member_id, code=code)
        entry = evolve(entry, answer=text.strip(), explained_points=points, verdict=verdict)
        return self.update_submission(
            evolve(sub, entries={**sub.entries, code: entry}), now=now)

    def lock_campaign(self, campaign_id: str, *, reason: str = "",
                      now: dt.datetime | None = None) -> CampaignLock:
        """Lock the campaign after the bloc's meeting: every submission must be verified;
        they become ``locked`` and each member's counted total is kept in lock.toml."""
        self._writable()
        lock = self.lock_state(campaign_id)
        if lock.locked:
            raise ReviewError("lock.already", campaign=campaign_id)
        subs = self.submissions(campaign_id)
        waiting = sorted(m for m, s in subs.items() if s.status is not Status.VERIFIED)
        if waiting:
            raise ReviewError("lock.not_verified", campaign=campaign_id,
                              members=", ".join(waiting))
        from .change import Change  # what a change is: imported by the changes only

        stamp = _now(now)
        board = self.scoreboard(campaign_id)
        finals = {member: score.total for member, score in board.scores.items()}
        event = LockEvent("locked", stamp, self.actor_text(), reason.strip())
        new = CampaignLock(True, (*lock.events, event), finals)
        with self._files.change() as log:
            for sub in subs.values():
                self.update_submission(evolve(sub, status=Status.LOCKED), now=stamp,
                                       campaign_lock=True)
            log.append(Change("campaign.locked", campaign_id, reason=event.reason,
                              new=", ".join(f"{m}={t}" for m, t in sorted(finals.items()))))
            self._write_lock(campaign_id, new)
        self.locks[campaign_id] = new
        return new

    def unlock_campaign(self, campaign_id: str, reason: str, *,
                        now: dt.datetime | None = None) -> CampaignLock:
        """Unlock a locked campaign; ``reason`` is mandatory and recorded. Its submissions
        go back to ``verified``."""
        self._writable()
        lock = self.lock_state(campaign_id)
        if not lock.locked:
            raise ReviewError("lock.not_locked", campaign=campaign_id)
        if not reason.strip():
            raise ReviewError("lock.reason_needed", campaign=campaign_id)
        from .change import Change

        stamp = _now(now)
        event = LockEvent("unlocked", stamp, self.actor_text(), reason.strip())
        new = CampaignLock(False, (*lock.events, event), lock.finals)
        self.locks[campaign_id] = new
        try:
            with self._files.change() as log:
                log.append(Change("campaign.unlocked", campaign_id, reason=event.reason))
                self._write_lock(campaign_id, new)
                for sub in self.submissions(campaign_id).values():
                    if sub.status is Status.LOCKED:
                        self.update_submission(evolve(sub, status=Status.VERIFIED), now=stamp,
                                               campaign_lock=True)
        except BaseException:
            self.locks[campaign_id] = lock
            raise
        return new

    def _write_lock(self, campaign_id: str, lock: CampaignLock) -> None:
        path = self.path / "campaigns" / campaign_id / LOCK_FILE
        self._files.write(self._files.plan(path, f"campaigns/{campaign_id}/{LOCK_FILE}",
                                           dump_lock(lock), fresh=True))

    def _under_review(self, campaign_id: str, member_id: str, refusal: str) -> Submission:
        """The member's submission when it is submitted or verified, else ``refusal``."""
        sub = self._current(campaign_id, member_id)
        if sub.status not in (Status.SUBMITTED, Status.VERIFIED):
            raise ReviewError(refusal, member=member_id, status=sub.status.value)
        return sub

    def _table_of(self, campaign_id: str, member_id: str) -> CriteriaTable:
        member = self.bloc.member(member_id)
        if member is None:
            raise ReviewError("review.no_submission", member=member_id, campaign=campaign_id)
        return self.table_for(campaign_id, member.type)

    def _counts(self, campaign_id: str, member_id: str) -> frozenset[str]:
        """The indicators of the member's table that count whole things."""
        member = self.bloc.member(member_id)
        if member is None:
            return frozenset()
        indicators = self.table_for(campaign_id, member.type).indicators
        return frozenset(key for key, indicator in indicators.items() if indicator.integer)

    def _criterion(self, campaign_id: str, member_id: str, code: str) -> None:
        table = self._table_of(campaign_id, member_id)
        if table.find(code) is None:
            raise ReviewError("review.no_criterion", member=member_id, code=code,
                              codes=", ".join(c.code for c in table.leaves()))

    def _current(self, campaign_id: str, member_id: str, *, create: bool = False,
                 step: Status | None = None) -> Submission:
        """The member's submission; refused when there is none (unless ``create``), or
        when it cannot take the review ``step`` (only a verified one is verified again)."""
        self._writable()
        self._unlocked(campaign_id)
        sub = self.submissions(campaign_id).get(member_id)
        if sub is None and not create:
            raise ReviewError("review.no_submission", member=member_id, campaign=campaign_id)
        sub = sub or Submission(member_id, campaign_id, Status.DRAFT)
        again = step is Status.VERIFIED and sub.status is Status.VERIFIED
        if step is not None and not again and (step is sub.status
                                               or not allowed_step(sub.status, step)):
            raise ReviewError("review.illegal", member=member_id, old=sub.status.value,
                              new=step.value, allowed=allowed_steps(sub.status))
        return sub
