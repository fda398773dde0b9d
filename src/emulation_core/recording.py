"""The workspace's writes, recorded: each save's files and its change-log entries are
applied together, all or nothing, through the journal.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from .atomic import JOURNAL, WorkspaceLock
from .errors import Problem
from .saving import ReadText, WorkspaceFiles

if TYPE_CHECKING:
    from .actor import Actor
    from .change import Change
    from .journal import Remove, Replace
    from .planned import Planned
    from .trail import AuditTrail, Clock

# The journal and the change log (trail) are imported when a change is first recorded: a
# workspace opened to be read never needs them.

__all__ = ["RecordedFiles", "finish_interrupted_change", "interrupted_change"]


def finish_interrupted_change(root: Path) -> None:
    """Replay or discard a change a crash interrupted, before the workspace is read."""
    if not os.path.lexists(root / JOURNAL):
        return
    from .journal import recover

    lock = WorkspaceLock(root)
    lock.acquire()
    try:
        recover(root)
    finally:
        lock.release()


def interrupted_change(root: Path) -> Problem | None:
    """A warning for a read-only open when a change was cut off midway: the files may be
    part old, part new until the workspace is opened for writing."""
    if not os.path.lexists(root / JOURNAL):
        return None
    return Problem.keyed(JOURNAL, None, "", "journal.cut_off")


class RecordedFiles(WorkspaceFiles):
    """Workspace files whose writes, inside :meth:`change`, are staged and then applied
    with the change's log entries as one step. Outside a change (or before :meth:`start`),
    files are written at once, as by :class:`~emulation_core.saving.WorkspaceFiles`."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        self.trail: AuditTrail | None = None
        self._staged: dict[Path, Replace | Remove] | None = None
        self._changes: list[Change] = []
        self._before: dict[Path, str | ReadText] = {}

    def start(self, actor: Actor, clock: Clock | None = None) -> None:
        """Begin recording as ``actor`` (the writer lock is held), each entry dated by
        ``clock`` (default: now): see
        :meth:`AuditTrail.start <emulation_core.trail.AuditTrail.start>`."""
        from .trail import AuditTrail

        self.trail = AuditTrail.start(self.root, actor) if clock is None \
            else AuditTrail.start(self.root, actor, clock)

    @contextlib.contextmanager
    def change(self, reason: str = "") -> Iterator[list[Change]]:
        """Group the writes made inside into one all-or-nothing, logged step; add the
        step's :class:`~emulation_core.change.Change` records to the list it yields.
        ``reason`` goes on each of them that has none.

        A change inside another joins it. If anything raises, nothing is written. Before
        :meth:`start`, writes are not staged and nothing is logged.
        """
        if self.trail is None:
            yield []
            return
        outermost = self._staged is None
        if outermost:
            self._staged, self._changes = {}, []
            self._before = dict(self._digests)
        first = len(self._changes)
        try:
            yield self._changes
            if reason:
                self._changes[first:] = [c if c.reason else attrs.evolve(c, reason=reason)
                                         for c in self._changes[first:]]
            if outermost:
                self.trail.record(self._changes, list((self._staged or {}).values()))
        except BaseException:
            if outermost:
                self._digests = self._before
            raise
        finally:
            if outermost:
                self._staged = None

    def write(self, planned: Planned) -> None:
        self._unstage(planned.path)
        super().write(planned)

    def delete(self, path: Path) -> None:
        self._unstage(path)
        super().delete(path)

    def _unstage(self, path: Path) -> None:
        """A file changed twice in one change: the last change counts, and is checked
        against the file as it was before the change began."""
        if self._staged is None or path not in self._staged:
            return
        del self._staged[path]
        if path in self._before:
            self._digests[path] = self._before[path]
        else:
            self._digests.pop(path, None)

    def _put(self, path: Path, data: bytes) -> None:
        if self._staged is None:
            super()._put(path, data)
        else:
            from .journal import Replace

            self._staged[path] = Replace(self._relative(path), data)

    def _remove(self, path: Path) -> None:
        if self._staged is None:
            super()._remove(path)
        else:
            from .journal import Remove

            self._staged[path] = Remove(self._relative(path))

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()
