"""Review steps taken in the UI, each through the library: saved and recorded in the change
log at once, as the person acting (not undone with ctrl+z, as the log keeps them).

Edits still waiting to be saved are saved first; when one cannot be, the step is refused.
Nothing here imports Textual.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from attrs import evolve

from emulation_core import CampaignLock, Saved, Status, Verdict, Workspace

from .session import EditRefused, Session

__all__ = [
    "answer", "correct", "explain", "lock", "send_back", "submit", "unlock", "verify",
    "withdraw",
]


def _take(session: Session, step: Callable[[Workspace, str], Saved]) -> Saved:
    """Save pending edits, take ``step`` (given the workspace and the campaign's id), and
    show the submission it saved."""
    campaign = _ready(session)
    with session.write_lock:  # a save worker may be writing
        saved = step(session.ws, campaign)
    session.recorded(saved.submission)
    return saved


def _ready(session: Session) -> str:
    """The campaign's id once nothing is left unsaved; refused in read-only mode."""
    if session.read_only:
        raise EditRefused("readonly.refused")
    if session.board is None:
        raise EditRefused("campaign.none")
    if session.save():
        raise EditRefused("save.pending_failed")
    return session.board.campaign.id


def correct(session: Session, member_id: str, key: str, value: Decimal | None,
            reason: str) -> Saved:
    """The verifier's figure for ``key`` beside the unit's (None: take it back)."""
    return _take(session, lambda ws, c: ws.correct_figure(c, member_id, key, value, reason))


def submit(session: Session, member_id: str) -> Saved:
    return _take(session, lambda ws, c: ws.submit(c, member_id))


def send_back(session: Session, member_id: str, reason: str) -> Saved:
    """Return the report to the unit for revision; ``reason`` is mandatory."""
    return _take(session, lambda ws, c: ws.return_submission(c, member_id, reason))


def verify(session: Session, member_id: str) -> Saved:
    return _take(session, lambda ws, c: ws.verify_submission(c, member_id))


def withdraw(session: Session, member_id: str) -> Saved:
    """Take a verification back: the report is ``submitted`` again."""
    def step(ws: Workspace, campaign: str) -> Saved:
        sub = ws.submissions(campaign)[member_id]
        return ws.update_submission(evolve(sub, status=Status.SUBMITTED))
    return _take(session, step)


def explain(session: Session, member_id: str, code: str, text: str) -> Saved:
    """The unit's explanation (giải trình) of criterion ``code``."""
    return _take(session, lambda ws, c: ws.add_explanation(c, member_id, code, text))


def answer(session: Session, member_id: str, code: str, text: str,
           points: Decimal | None, verdict: Verdict) -> Saved:
    """The verifier's answer to the explanation and its verdict, with the points after it
    (or none)."""
    return _take(session, lambda ws, c: ws.answer_explanation(c, member_id, code, text,
                                                              points, verdict=verdict))


def lock(session: Session, reason: str) -> CampaignLock:
    """Lock the campaign after the bloc's meeting (every report verified)."""
    campaign = _ready(session)
    with session.write_lock:
        locked = session.ws.lock_campaign(campaign, reason=reason)
    session.reload()
    return locked


def unlock(session: Session, reason: str) -> CampaignLock:
    """Unlock the campaign; ``reason`` is mandatory."""
    campaign = _ready(session)
    with session.write_lock:
        unlocked = session.ws.unlock_campaign(campaign, reason)
    session.reload()
    return unlocked
