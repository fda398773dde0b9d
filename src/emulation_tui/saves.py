"""Saving the session's edited submissions: what to write, writing it, what came of it.

The session takes a :class:`SaveJob` on the UI thread (the submissions as they are now,
:meth:`SessionSaves.start_save`), :func:`write_job` writes it on a worker thread (atomically,
synced to disk by the library), and the session takes the :class:`SaveResult` list back on
the UI thread (:meth:`SessionSaves.finish_save`). Edits made while the files were being
written stay pending and are saved by the next job. The app's timing of saves is in
:mod:`.autosave`; no Textual here.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from attrs import frozen

from emulation_core import (
    EmulationError,
    StaleWriteError,
    Submission,
    ValidationError,
    Workspace,
)

from .i18n import error_text, language
from .state import SessionState

if TYPE_CHECKING:
    from emulation_core import Scoreboard

__all__ = ["SaveFailure", "SaveJob", "SaveResult", "SessionSaves", "write_job"]


@frozen
class SaveFailure:
    """A submission that could not be saved, and the lines explaining why."""

    member: str
    lines: tuple[str, ...]
    stale: bool = False


@frozen(eq=False)
class SaveJob:
    """The submissions to write for campaign ``campaign``; None deletes the member's file.

    ``board`` is the scoreboard they came from: results apply only while it is still the
    session's (not after a campaign switch or a reload).
    """

    campaign: str
    writes: tuple[tuple[str, Submission | None], ...]
    board: Scoreboard

    def sent(self, member: str) -> Submission | None:
        return dict(self.writes)[member]


@frozen
class SaveResult:
    """What became of one member's write: the submission as saved, or why it failed."""

    member: str
    saved: Submission | None = None
    failure: SaveFailure | None = None


def write_job(ws: Workspace, job: SaveJob, lock: threading.Lock) -> tuple[SaveResult, ...]:
    """Write every submission of ``job`` (runs on a worker thread; ``lock`` keeps other
    writes to ``ws`` out meanwhile). Never raises for a refused or failed file."""
    results = []
    with lock:
        for member, sub in job.writes:
            try:
                if sub is None:
                    ws.delete_submission(job.campaign, member)
                    results.append(SaveResult(member))
                else:
                    results.append(SaveResult(member, ws.save_submission(sub)))
            except ValidationError as exc:
                lines = tuple(p.message_text(language()) for p in exc.problems)
                results.append(SaveResult(member, failure=SaveFailure(member, lines)))
            except StaleWriteError as exc:
                results.append(SaveResult(member, failure=SaveFailure(
                    member, (error_text(exc),), stale=True)))
            except (EmulationError, OSError) as exc:
                results.append(SaveResult(member, failure=SaveFailure(
                    member, (error_text(exc),))))
    return tuple(results)


class SessionSaves(SessionState):
    """The session's side of saving: the pending edits taken as a job, and its results."""

    def save(self) -> list[SaveFailure]:
        """Save every edited submission now, on this thread; returns those that could not be
        saved (the app saves on a worker instead: :meth:`start_save`, :meth:`finish_save`)."""
        job = self.start_save()
        if job is None:
            return list(self.failures.values())
        return self.finish_save(job, write_job(self.ws, job, self.write_lock))

    def start_save(self) -> SaveJob | None:
        """What to write for the pending edits, taken now; None when there is nothing."""
        board = self.board
        if board is None or self.read_only or not self.pending:
            return None
        writes = tuple((m, None if m in self._absent else board.submission(m))
                       for m in sorted(self.pending))
        return SaveJob(board.campaign.id, writes, board)

    def finish_save(self, job: SaveJob, results: tuple[SaveResult, ...]) -> list[SaveFailure]:
        """Take in what a save wrote; returns the submissions that could not be saved.

        A member edited again while its file was written stays pending; one written as it
        still is takes the library's additions (status steps, received date).
        """
        board = self.board
        current = board is job.board and board is not None
        stamped = set()
        for result in results:
            member = result.member
            if result.failure is not None:
                self.failures[member] = result.failure
                continue
            self.failures.pop(member, None)
            if not current or board is None:
                continue
            sent = job.sent(member)
            if sent is None:
                if member in self._absent:
                    self.pending.discard(member)
            elif board.submission(member) is sent:
                self.pending.discard(member)
                if result.saved is not None and result.saved != sent:
                    board.update(result.saved)
                    stamped.add(member)
        if stamped:
            self._changed(frozenset(stamped))
        return list(self.failures.values())
