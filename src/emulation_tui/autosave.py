"""Saving from the app: the autosave timer, the save worker, and failures told once each
(a file changed on disk offers to read the workspace again: :mod:`.reload`)."""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.signal import Signal
from textual.timer import Timer
from textual.worker import Worker, WorkerCancelled, WorkerFailed, WorkerState

from .i18n import error_text, t
from .messages import Change, SaveRequested, SaveStateChanged, SavesWritten

if TYPE_CHECKING:
    from threading import Lock

    from emulation_core import Workspace

    from .session import Clock, SaveFailure, SaveJob, SaveResult, Session

__all__ = ["Autosave"]


class Autosave(App[int]):
    """The app's saving: edits are written on a worker thread a moment after the last one."""

    session: Session | None
    clock: Clock
    save_delay: float
    changes: Signal[Change]
    _save_timer: Timer | None
    _saving: tuple[SaveJob, Worker[tuple[SaveResult, ...]]] | None
    _save_again: bool
    _shown_failures: set[tuple[str, tuple[str, ...]]]

    def _work_on(self, session: Session) -> None:
        raise NotImplementedError

    def action_reload(self) -> None:
        """Read the workspace from disk again (:class:`~.reload.ReadAgain`)."""
        raise NotImplementedError

    # -- saving -----------------------------------------------------------------------
    def on_save_requested(self, message: SaveRequested) -> None:
        if message.now:
            self.save_now()
        else:
            self.request_save()

    def request_save(self) -> None:
        """Save edits a moment after the last keystroke."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(self.save_delay, self.save_now)

    def save_now(self) -> Worker[tuple[SaveResult, ...]] | None:
        """Start writing the pending edits on a worker thread; the worker busy with it, if any.

        While a save is being written, the next one waits for it (and then takes every edit
        made meanwhile).
        """
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        if self._saving is not None:
            self._save_again = True
            return self._saving[1]
        session = self.session
        job = session.start_save() if session is not None else None
        if session is None or job is None:
            return None
        self._saving = (job, self._write(session, job))
        self.changes.publish(SaveStateChanged())
        return self._saving[1]

    @work(thread=True, group="save", exit_on_error=False)
    def _write(self, session: Session, job: SaveJob) -> tuple[SaveResult, ...]:
        """Write the job's files (atomically, synced to disk) off the UI thread."""
        results = write_job(session.ws, job, session.write_lock)
        self.post_message(SavesWritten(job, results))
        return results

    def on_saves_written(self, message: SavesWritten) -> None:
        self._finish_save(message.job, message.results)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A save worker that failed unexpectedly leaves the edits pending, and says so."""
        saving = self._saving
        if event.state is WorkerState.ERROR and saving is not None \
                and event.worker is saving[1]:
            self._saving = None
            error = event.worker.error
            self.notify(error_text(error) if isinstance(error, Exception) else "",
                        title=t("save.failed", member="…"), severity="error", timeout=12)
            self.changes.publish(SaveStateChanged())

    def _finish_save(self, job: SaveJob, results: tuple[SaveResult, ...]) -> None:
        if self._saving is None or self._saving[0] is not job or self.session is None:
            return  # already taken in (by flush_saves)
        self._saving = None
        failures = self.session.finish_save(job, results)
        self.show_failures(failures)
        self.changes.publish(SaveStateChanged())
        if self._save_again:
            self._save_again = False
            self.save_now()

    async def flush_saves(self) -> list[SaveFailure]:
        """Save pending edits now and wait until they are written; failures are shown and
        returned."""
        worker = self.save_now()
        while worker is not None:
            saving = self._saving
            with suppress(WorkerFailed, WorkerCancelled):
                await worker.wait()
            if saving is not None and self._saving is saving:
                if worker.state is WorkerState.SUCCESS and worker.result is not None:
                    self._finish_save(saving[0], worker.result)  # may start the next one
                else:
                    self._saving = None
            worker = self._saving[1] if self._saving is not None else None
        return list(self.session.failures.values()) if self.session is not None else []

    def show_failures(self, failures: list[SaveFailure]) -> None:
        """Tell about save failures once each; a file changed on disk offers to read the
        workspace again and re-apply the unsaved edits."""
        from .screens.dialogs import ConfirmDialog

        for failure in failures:
            key = (failure.member, failure.lines)
            if key in self._shown_failures:
                continue
            self._shown_failures.add(key)
            name = self._member_name(failure.member)
            if failure.stale:
                def answered(reload: bool | None) -> None:
                    if reload:
                        self.action_reload()

                self.push_screen(ConfirmDialog(
                    "\n".join([t("save.stale", member=name), *failure.lines]),
                    t("reload.yes"), t("reload.no")), answered)
            else:
                self.notify("\n".join(failure.lines), title=t("save.failed", member=name),
                            severity="error", timeout=12)

    def _member_name(self, member_id: str) -> str:
        member = self.session.bloc.member(member_id) if self.session else None
        return member.name if member else member_id


def write_job(ws: Workspace, job: SaveJob, lock: Lock) -> tuple[SaveResult, ...]:
    """:func:`.saves.write_job`, imported with the library when the first save is written
    (the app's first frame does not wait for it)."""
    from . import saves

    return saves.write_job(ws, job, lock)
