"""The change log of a workspace at work: record changes with the files they write, as one
all-or-nothing step, and notice files changed outside the program.

Tracked files are the workspace's data: every ``*.toml`` file in it, except in hidden
folders and ``exports/``, and except hidden files. Each entry of the log records the
SHA-256 of the files its change wrote; the latest hash of each file is the state the next
open compares the folder with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

from attrs import frozen

from .actor import Actor, Role
from .audit import (
    HEAD_FILE,
    LOG_FILE,
    AuditBreak,
    AuditEntry,
    AuditLogError,
    ChainState,
    append_lines,
    head_file_bytes,
    read_chain,
    read_state,
)
from .change import Change
from .errors import UnsafePathError
from .fsguard import read_inside
from .journal import JOURNAL, Append, Operation, Remove, Replace, commit, recover
from .value_object import ValueObject

__all__ = ["OUTSIDE", "AuditTrail", "Clock", "Verification", "tracked_files",
           "verify_workspace"]

OUTSIDE = Actor("unknown", Role.OUTSIDE)
"""Who made a change found on open: someone, outside the program."""

_SKIPPED_FOLDERS = {"exports"}


Clock = Callable[[], dt.datetime]
"""What dates the log's entries (aware, UTC): the time now, unless a caller replays a past
year (the bundled sample's generator)."""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def tracked_files(root: Path) -> dict[str, str]:
    """Each tracked file of the workspace (a ``/``-separated path) and its SHA-256."""
    found: dict[str, str] = {}
    for folder, subfolders, names in os.walk(root):
        here = Path(folder)
        relative = here.relative_to(root).parts
        subfolders[:] = sorted(d for d in subfolders if not d.startswith(".")
                               and not (not relative and d in _SKIPPED_FOLDERS))
        for name in sorted(names):
            if name.startswith(".") or not name.endswith(".toml"):
                continue
            try:
                data = read_inside(here / name, root)
            except (OSError, UnsafePathError):  # opening reports these files
                continue
            found["/".join((*relative, name))] = hashlib.sha256(data).hexdigest()
    return found


def outside_changes(recorded: Mapping[str, str], current: Mapping[str, str],
                    noticed_by: Actor) -> list[Change]:
    """One ``file.outside`` change per file whose content differs from the log's record."""
    reason = f"changed outside the program; found when {noticed_by.name} opened the workspace"
    changes = []
    for path in sorted(recorded.keys() | current.keys()):
        old, new = recorded.get(path), current.get(path)
        if old != new:
            changes.append(Change("file.outside", field=path, old=old, new=new, reason=reason,
                                  files={path: new}))
    return changes


class AuditTrail:
    """The log of one workspace held for writing (the caller holds the writer lock).

    Build it with :meth:`start`. :meth:`record` applies a change's file writes together
    with its log entries through the journal.
    """

    def __init__(self, root: Path, actor: Actor, state: ChainState,
                 clock: Callable[[], dt.datetime] = _now) -> None:
        self.root = root
        self.actor = actor
        self.state = state
        self._clock = clock

    @classmethod
    def start(cls, root: Path, actor: Actor,
              clock: Callable[[], dt.datetime] = _now) -> AuditTrail:
        """Finish or undo an interrupted change, check the chain, and record what changed
        outside the program since (or, for a workspace without a log, a baseline).

        Raises :class:`~emulation_core.AuditLogError` when the log is broken.
        """
        recover(root)
        state, broken = read_state(root)
        if broken is not None:
            raise AuditLogError(broken)
        trail = cls(root, actor, state, clock)
        current = tracked_files(root)
        if state.count == 0:
            if current:  # a workspace made before its change log: record what it holds
                trail.record([Change("baseline", reason="the change log starts here",
                                     files=current)])
        else:
            found = outside_changes(state.files, current, actor)
            if found:
                trail.record(found, by=OUTSIDE)
        return trail

    @property
    def head(self) -> str:
        return self.state.head

    def record(self, changes: Sequence[Change], writes: Sequence[Replace | Remove] = (),
               *, by: Actor | None = None) -> None:
        """Apply ``writes`` and append ``changes`` to the log, all or nothing.

        The hashes of the files written are recorded on the last change (a ``files.written``
        change is added when ``changes`` is empty but files are written).
        """
        if not changes and not writes:
            return
        written: dict[str, str | None] = {
            w.path: hashlib.sha256(w.data).hexdigest() if isinstance(w, Replace) else None
            for w in writes}
        entries = list(changes) or [Change("files.written")]
        last = entries[-1]
        entries[-1] = Change(last.kind, last.campaign, last.member, last.code, last.field,
                             last.old, last.new, last.reason, {**last.files, **written})
        lines, state = append_lines(self.state, entries, by or self.actor, self._clock())
        operations: list[Operation] = [*writes, Append(LOG_FILE, self.state.size, lines),
                                       Replace(HEAD_FILE, head_file_bytes(state))]
        commit(self.root, operations)
        self.state = state


@frozen
class Verification(ValueObject):
    """The result of checking a workspace's log and files: ``ok`` when nothing is broken
    and no change was being saved (``pending``) while it was checked."""

    state: ChainState
    entries: tuple[AuditEntry, ...]
    broken: AuditBreak | None
    files: tuple[AuditBreak, ...]
    pending: bool = False

    @property
    def ok(self) -> bool:
        return self.broken is None and not self.files and not self.pending


def verify_workspace(root: Path) -> Verification:
    """Check the chain, then every tracked file against the hash the log last recorded."""
    pending = os.path.lexists(root / JOURNAL)
    entries, state, broken = read_chain(root)
    files = () if broken else tuple(_file_problems(entries, state, tracked_files(root)))
    pending = pending or os.path.lexists(root / JOURNAL)
    return Verification(state, tuple(entries), broken, files, pending)


def _file_problems(entries: Iterable[AuditEntry], state: ChainState,
                   current: Mapping[str, str]) -> list[AuditBreak]:
    last_seen = {path: entry.seq for entry in entries for path in entry.change.files}
    problems = []
    for path in sorted(state.files.keys() | current.keys()):
        recorded, now = state.files.get(path), current.get(path)
        if recorded == now:
            continue
        if now is None:
            message = f"was removed outside the program (entry {last_seen[path]} recorded it)"
        elif recorded is None:
            message = "is not in the change log: added outside the program"
        else:
            message = f"changed outside the program since entry {last_seen[path]} recorded it"
        problems.append(AuditBreak(path, None, message))
    return problems
