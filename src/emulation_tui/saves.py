"""Saving edited submissions off the UI thread: what to write, writing it, what came of it.

The session takes a :class:`SaveJob` on the UI thread (the submissions as they are now),
:func:`write_job` writes it on a worker thread (atomically, synced to disk by the library),
and the session applies the :class:`SaveResult` list back on the UI thread. Edits made while
the files were being written stay pending and are saved by the next job.
"""

from __future__ import annotations

import threading

from attrs import frozen

from emulation_core import (
    EmulationError,
    StaleWriteError,
    Submission,
    ValidationError,
    Workspace,
)

from .i18n import error_text, language

__all__ = ["SaveFailure", "SaveJob", "SaveResult", "write_job"]


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
    board: object

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
