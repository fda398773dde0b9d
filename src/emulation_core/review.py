"""The review of a submission: which status steps are allowed, and who may edit what.

Status steps (docs/workspace.md)::

    draft ─submit→ submitted ─verify→ verified ─lock→ locked
                   │   ↑ resubmit          │  ↑ unlock
                   return (reason) ← ──────┘
                   ↓   │
                   returned

A verified submission may also go back to ``submitted`` (its verification withdrawn).
Each step is recorded in the submission's ``history`` with who, when and why; the first
``submitted`` step sets the received date (``submitted_at``).
"""

from __future__ import annotations

import datetime as dt

from attrs import evolve

from .errors import EmulationError
from .model import Status, StatusStep, Submission

__all__ = ["ReviewError", "allowed_step", "allowed_steps", "reopened", "with_step"]

_STEPS: dict[Status, frozenset[Status]] = {
    # A first save may start anywhere but locked (e.g. records entered after the fact).
    Status.MISSING: frozenset({Status.DRAFT, Status.SUBMITTED, Status.RETURNED,
                               Status.VERIFIED}),
    Status.DRAFT: frozenset({Status.SUBMITTED}),
    Status.SUBMITTED: frozenset({Status.RETURNED, Status.VERIFIED}),
    Status.RETURNED: frozenset({Status.SUBMITTED}),
    Status.VERIFIED: frozenset({Status.SUBMITTED, Status.RETURNED, Status.LOCKED}),
    Status.LOCKED: frozenset({Status.VERIFIED}),
}


_UNSENT = (Status.MISSING, Status.DRAFT, Status.RETURNED)


class ReviewError(EmulationError):
    """A review step that is not allowed, or that lacks its reason."""

    def __init__(self, key: str, /, **values: object) -> None:
        self._say(key, **values)


def allowed_step(old: Status, new: Status) -> bool:
    """Whether a submission may go from ``old`` to ``new`` (staying put is allowed)."""
    return old is new or new in _STEPS[old]


def with_step(old: Submission | None, new: Submission, by: str, at: dt.datetime,
              *, campaign_lock: bool = False) -> Submission:
    """``new`` with its status step recorded, or :class:`ReviewError` when the step is not
    allowed. Locking and unlocking are the campaign's (``campaign_lock``) alone; returning
    needs a reason, given as the reason of a step ``new`` already ends with."""
    before = old.status if old is not None else Status.MISSING
    status = new.status
    if old is not None:  # the history and the received date are kept: a stale copy
        new = evolve(new, history=_kept(old, new),  # cannot drop them
                     submitted_at=new.submitted_at or old.submitted_at)
    if before is status:
        return evolve(new, history=_history(old))
    if not allowed_step(before, status):
        raise ReviewError("review.illegal", member=new.member, old=before.value,
                          new=status.value, allowed=allowed_steps(before))
    if Status.LOCKED in (before, status) and not campaign_lock:
        raise ReviewError("review.lock_only", member=new.member)
    last = new.history[-1] if len(new.history) > len(_history(old)) else None
    reason = last.reason if last is not None and last.status is status else ""
    if status is Status.RETURNED and not reason.strip():
        raise ReviewError("review.reason_needed", member=new.member)
    steps = (*_history(old), StatusStep(status, at, by, reason))
    received = new.submitted_at
    if status is Status.SUBMITTED and before in _UNSENT and (old is None
                                                            or old.submitted_at is None):
        received = received or at
    return evolve(new, history=steps, submitted_at=received)


def reopened(old: Submission | None, new: Submission) -> bool:
    """Whether ``new`` changes what the unit reported in a verified submission: its
    figures, self-scores, evidence or explanations (the verifier's own fields do not)."""
    if old is None or old.status is not Status.VERIFIED or new.status is not Status.VERIFIED:
        return False
    if old.values != new.values:
        return True
    codes = old.entries.keys() | new.entries.keys()
    return any(_unit_side(old, code) != _unit_side(new, code) for code in codes)


def _unit_side(sub: Submission, code: str) -> tuple[object, ...]:
    entry = sub.entry(code)
    return entry.self_points, entry.evidence, entry.explanation


def _kept(old: Submission, new: Submission) -> tuple[StatusStep, ...]:
    """``new``'s history when it extends ``old``'s, else ``old``'s: steps are only added."""
    if new.history[:len(old.history)] == old.history:
        return new.history
    return old.history


def _history(sub: Submission | None) -> tuple[StatusStep, ...]:
    return sub.history if sub is not None else ()


def allowed_steps(status: Status) -> str:
    """The statuses a submission may go to from ``status``, as text."""
    return ", ".join(sorted(s.value for s in _STEPS[status])) or "none"
