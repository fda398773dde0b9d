"""Typed messages between the app, its screens and its workers.

Screens ask the app for work by posting a message that bubbles up to it (:class:`SaveRequested`);
workers report back the same way (:class:`SavesWritten`, :class:`WorkspaceOpened`,
:class:`WorkspaceNotOpened`, :class:`WorkspaceReloaded`). What the app tells every screen
(:class:`DataChanged`, :class:`SaveStateChanged`, :class:`LanguageChanged`) goes out on the
app's :attr:`~emulation_tui.app.EmulationApp.changes` signal: each screen reacts when it is
on top and remembers to catch up otherwise, so the app never calls a particular screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from .merge import Edit
    from .session import SaveJob, SaveResult, Session

__all__ = [
    "Change", "DataChanged", "LanguageChanged", "SaveRequested", "SaveStateChanged",
    "SavesWritten", "WorkspaceNotOpened", "WorkspaceOpened", "WorkspaceReloaded",
]


# -- what the app tells the screens (the ``changes`` signal; dataclasses, so that the first
# frame does not wait for attrs) ----------------------------------------------------------
@dataclass(frozen=True)
class DataChanged:
    """Scores or workspace data changed: for ``members`` only (an edit, an undo, a save
    that stamped a submission), or everything when None (another campaign, a reload)."""

    members: frozenset[str] | None = None


@dataclass(frozen=True)
class SaveStateChanged:
    """A save started or finished: which units are pending or failed may have changed."""


@dataclass(frozen=True)
class LanguageChanged:
    """The interface language changed: screens rebuild their labels."""


Change = DataChanged | SaveStateChanged | LanguageChanged


# -- what screens and workers tell the app ---------------------------------------------
class SaveRequested(Message):
    """Save the pending edits: at once with ``now``, else a moment after the last one."""

    def __init__(self, *, now: bool = False) -> None:
        super().__init__()
        self.now = now


class SavesWritten(Message):
    """The save worker wrote (or failed to write) the files of ``job``."""

    def __init__(self, job: SaveJob, results: tuple[SaveResult, ...]) -> None:
        super().__init__()
        self.job = job
        self.results = results


class WorkspaceOpened(Message):
    """The open worker opened a workspace."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session


class WorkspaceNotOpened(Message):
    """The open worker could not open the workspace at ``path``; ``lines`` say why."""

    def __init__(self, path: Path, lines: tuple[str, ...]) -> None:
        super().__init__()
        self.path = path
        self.lines = lines


class WorkspaceReloaded(Message):
    """The reload worker read the workspace again (``session``, None when it could not:
    ``lines`` say why); ``edits`` are the lead's unsaved edits to re-apply."""

    def __init__(self, session: Session | None, edits: tuple[Edit, ...],
                 lines: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.session = session
        self.edits = edits
        self.lines = lines
