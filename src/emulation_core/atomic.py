"""Safe file writes and the workspace writer lock."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

from .errors import WorkspaceLockedError

__all__ = ["WorkspaceLock", "atomic_write"]

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    The bytes go to a temporary file in the same folder, are flushed to disk, then renamed
    over ``path``; the folder is synced so the rename survives a power cut.
    """
    import tempfile  # imported on the first write: opening a workspace does not need it

    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        mode = path.stat().st_mode & 0o777  # keep the file's permissions
    except FileNotFoundError:
        mode = 0o644  # mkstemp's 0600 would hide a shared workspace from its other users
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # not every platform can open a folder
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class WorkspaceLock:
    """An exclusive, advisory lock on a workspace, held while it is open for writing.

    Uses ``flock`` on ``.emulation.lock``, so the lock goes away with the process even if it
    crashes; the file records who holds it, for the message the second writer sees.
    """

    FILE = ".emulation.lock"

    def __init__(self, root: Path) -> None:
        self.path = root / self.FILE
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        import socket  # only a writer needs the host name

        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                handle.close()
                raise WorkspaceLockedError(self.path.parent, holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"process {os.getpid()} on {socket.gethostname()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            if fcntl is not None:
                fcntl.flock(self._handle.fileno(), fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None
