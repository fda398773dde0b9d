"""Saving from the app: the autosave timer, the save worker, failures, and reading the
workspace again after a file changed on disk (the lead's unsaved edits re-applied, each
conflict decided by the lead with both values shown)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.signal import Signal
from textual.timer import Timer
from textual.worker import Worker, WorkerCancelled, WorkerFailed, WorkerState

from emulation_core import EmulationError, ValidationError, Workspace

from . import fmt
from .i18n import error_text, language, pick, t
from .messages import (
    Change,
    DataChanged,
    SaveRequested,
    SaveStateChanged,
    SavesWritten,
    WorkspaceReloaded,
)
from .reload import Conflict, Edit, Merged, Side, merge, resolve, unsaved_edits
from .saves import write_job
from .session import Clock, SaveFailure, SaveJob, SaveResult, Session, open_session

if TYPE_CHECKING:
    from collections.abc import Iterator

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


    # -- reading the workspace again ----------------------------------------------------
    def action_reload(self) -> None:
        """Read the workspace from disk again, then re-apply the unsaved edits."""
        session = self.session
        if session is None:
            return
        self.notify(t("reload.reading"))
        self._read_again(session, unsaved_edits(session))

    @work(thread=True, group="reload", exclusive=True, exit_on_error=False)
    def _read_again(self, session: Session, edits: tuple[Edit, ...]) -> None:
        """Check the workspace opens, then open it again for writing (off the UI thread)."""
        path, registry = session.ws.path, session.ws.registry
        try:
            Workspace.open(path, registry=registry).close()
        except (EmulationError, OSError) as exc:
            lines = [p.text(language()) for p in exc.problems] \
                if isinstance(exc, ValidationError) else [error_text(exc)]
            self.post_message(WorkspaceReloaded(None, edits, tuple(lines)))
            return
        with session.write_lock:
            session.close()
            fresh = open_session(path, clock=self.clock, registry=registry)
        self.post_message(WorkspaceReloaded(fresh, edits))

    def on_workspace_reloaded(self, message: WorkspaceReloaded) -> None:
        fresh = message.session
        if fresh is None:
            self.notify("\n".join(message.lines), title=t("reload.failed"), severity="error",
                        timeout=15)
            return
        self._shown_failures.clear()
        self._work_on(fresh)
        board = fresh.board
        conflicts: list[tuple[Conflict, Callable[[Side], None]]] = []
        for edit in message.edits:
            theirs = board.submission(edit.member) if board is not None else None
            merged = merge(edit.member, edit.base, edit.mine, theirs)
            if merged.submission is None or merged.submission == theirs:
                continue
            if not merged.conflicts:
                fresh.put(merged.submission)
                continue
            chosen: dict[Conflict, Side] = {}

            def decide(side: Side, conflict: Conflict, chosen: dict[Conflict, Side] = chosen,
                       merged: Merged = merged) -> None:
                chosen[conflict] = side
                if len(chosen) == len(merged.conflicts):
                    settled = resolve(merged, chosen.items())
                    if settled is not None:
                        fresh.put(settled)
                    self.save_now()
            conflicts += [(c, partial(decide, conflict=c)) for c in merged.conflicts]
        self.changes.publish(DataChanged())
        self.notify(t("reload.done", edits=len(message.edits)))
        self._ask(iter(conflicts))
        self.save_now()

    def _ask(self, conflicts: Iterator[tuple[Conflict, Callable[[Side], None]]]) -> None:
        """One dialog per conflict, both values shown; esc keeps the lead's."""
        from .screens.dialogs import ChoiceDialog

        following = next(conflicts, None)
        if following is None:
            return
        conflict, decide = following

        def answered(side: str | None) -> None:
            decide("theirs" if side == "theirs" else "mine")
            self._ask(conflicts)

        self.push_screen(ChoiceDialog(self._conflict_title(conflict), [
            ("mine", t("conflict.mine", value=_shown(conflict.mine))),
            ("theirs", t("conflict.theirs", value=_shown(conflict.theirs))),
        ], "mine"), answered)

    def _conflict_title(self, conflict: Conflict) -> str:
        """``Hội …: II.2 Tự chấm — sửa ở hai nơi``."""
        slot = conflict.slot
        what = slot[-1]
        board = self.session.board if self.session is not None else None
        if slot[0] in ("value", "correction") and board is not None:
            indicator = board.table_for(conflict.member).indicators.get(slot[1])
            what = pick(indicator.label, indicator.label_en) if indicator else slot[1]
        elif slot[0] == "entry":
            field = _FIELD_KEYS.get(slot[2])
            what = f"{slot[1]} {t(field) if field else slot[2]}"
        elif slot[0] == "status":
            what = t("col.status")
        return t("conflict.title", member=self._member_name(conflict.member), what=what)


_FIELD_KEYS = {"self_points": "field.self", "verified_points": "field.verified",
               "reason": "field.reason", "evidence": "field.evidence"}


def _shown(value: object) -> str:
    """A conflicting value as the screens show it."""
    from decimal import Decimal

    from emulation_core import Status

    if value is None or value == "":
        return t("entry.empty")
    if isinstance(value, Decimal):
        return fmt.number(value)
    if isinstance(value, Status):
        return fmt.status(value)
    return str(value)
