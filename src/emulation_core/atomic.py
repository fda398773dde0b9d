"""Safe file writes and the workspace writer lock, on every platform.

Nothing here writes through a symbolic link: folders on the way are checked (see
:mod:`~emulation_core.fsguard`), files are replaced by a rename and the lock file is
opened with ``O_NOFOLLOW`` where the platform has it, after a link check everywhere.
Calls that exist only on some platforms (``os.fchmod``, syncing a folder) are guarded.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import UnsafePathError, WorkspaceLockedError
from .fsguard import ensure_folder, read_inside, refuse_link
from .messages import Message

__all__ = ["JOURNAL", "WorkspaceLock", "atomic_write", "remove_stale_temp_files"]

JOURNAL = ".emulation.journal"
"""The folder of a change under way (see :mod:`.journal`); opening looks for it first."""

_TEMP_SUFFIX = ".tmp"
# ".<file name>.<8 random characters from tempfile>.tmp", as atomic_write names them (a
# pattern compiled, and cached by re, when stale files are first looked for: only a writer).
_TEMP_NAME = r"^\..+\.[a-z0-9_]{8}\.tmp$"


def atomic_write(path: Path, data: bytes, *, root: Path | None = None) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are flushed to disk, then renamed
    over ``path``; the folder is synced so the rename survives a power cut. With ``root``
    (the workspace folder), missing folders below it are created and a symbolic link
    anywhere from ``root`` down to ``path`` is refused
    (:class:`~emulation_core.UnsafePathError`); without it, only ``path`` is checked.
    """
    import tempfile  # imported on the first write: opening a workspace does not need it

    folder = path.parent
    if root is None:
        folder.mkdir(parents=True, exist_ok=True)
    else:
        ensure_folder(root, folder)
    refuse_link(path)
    try:
        mode = os.lstat(path).st_mode & 0o777  # keep the file's permissions
    except FileNotFoundError:
        mode = 0o644  # mkstemp's 0600 would hide a shared workspace from its other users
    # mkstemp creates with O_EXCL, which never follows a link planted under its name.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, dir=folder)
    try:
        _set_mode(fd, tmp, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _sync_folder(folder)


def _set_mode(fd: int, name: str, mode: int) -> None:
    if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
        os.fchmod(fd, mode)
    else:
        os.chmod(name, mode)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable, where the platform can open a folder."""
    directory_flag = getattr(os, "O_DIRECTORY", None)
    if directory_flag is None:  # Windows: folders cannot be opened, NTFS journals renames
        return
    with contextlib.suppress(OSError):  # some file systems refuse to sync a folder
        dir_fd = os.open(folder, os.O_RDONLY | directory_flag)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def remove_stale_temp_files(root: Path) -> list[Path]:
    """Delete the temporary files that saves killed midway left in the workspace.

    Call it only while holding the writer lock: then no save is under way, so every
    temporary file is stale. Looks in the folders the workspace writes (not ``exports/``,
    which read-only programs also write), never follows a link, and returns what it removed.
    """
    folders = [root]
    campaigns = root / "campaigns"
    if _real_folder(campaigns):
        folders.append(campaigns)
        with os.scandir(campaigns) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(Path(entry.path))
                    if _real_folder(Path(entry.path) / "submissions"):
                        folders.append(Path(entry.path) / "submissions")
    removed = []
    for folder in folders:
        with os.scandir(folder) as entries:
            stale = [Path(e.path) for e in entries
                     if re.match(_TEMP_NAME, e.name) and e.is_file(follow_symlinks=False)]
        for path in stale:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed.append(path)
    return removed


def _real_folder(path: Path) -> bool:
    """A folder itself, not a link to one."""
    return path.is_dir() and not path.is_symlink()

if TYPE_CHECKING:
    from filelock import FileLock


class WorkspaceLock:
    """An exclusive lock on a workspace, held while it is open for writing.

    The lock on ``.emulation.lock`` comes from ``filelock`` (``flock`` on POSIX, a locked
    byte range on Windows), so it goes away with the process even if it crashes.
    ``.emulation.writer`` records who holds it, for the message the second writer sees.
    """

    FILE = ".emulation.lock"
    WRITER = ".emulation.writer"

    def __init__(self, root: Path) -> None:
        self.root = root
        self.path = root / self.FILE
        self._lock: FileLock | None = None

    def acquire(self) -> None:
        import socket  # only a writer needs the host name and the lock

        from filelock import FileLock, Timeout

        refuse_link(self.path)  # O_NOFOLLOW below is missing on some platforms
        lock = FileLock(self.path, blocking=False, thread_local=False)
        try:
            lock.acquire()
        except Timeout:
            raise WorkspaceLockedError(self.root, self._holder()) from None
        except OSError as exc:
            if exc.errno != errno.ELOOP:
                raise
            raise UnsafePathError(self.path, Message("unsafe.link"),
                                  Message("unsafe.delete_link")) from None
        self._lock = lock
        try:
            atomic_write(self.root / self.WRITER,
                         f"process {os.getpid()} on {socket.gethostname()}\n".encode(),
                         root=self.root)
        except BaseException:
            self.release()
            raise

    def _holder(self) -> str:
        try:
            text = read_inside(self.root / self.WRITER, self.root).decode("utf-8", "replace")
        except (OSError, UnsafePathError):
            return "another process"
        return text.strip()[:200] or "another process"

    def release(self) -> None:
        if self._lock is not None:
            with contextlib.suppress(OSError):
                if not os.path.islink(self.root / self.WRITER):
                    os.unlink(self.root / self.WRITER)
            self._lock.release()
            self._lock = None

    @property
    def held(self) -> bool:
        return self._lock is not None
