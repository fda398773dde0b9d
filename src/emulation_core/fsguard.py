"""Careful file access: stay inside the workspace, read only regular files, never write
through a symbolic link.

Reading follows a link only when it leads to a regular file inside the workspace; a named
pipe, a device, a folder or a file over :data:`MAX_FILE_BYTES` is refused before a byte
is read, so a hostile file can neither hang a command nor fill the memory. Writing refuses
any link on the way, from the workspace folder down to the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import UnsafePathError

__all__ = ["MAX_FILE_BYTES", "ensure_folder", "outside_reason", "read_file", "refuse_link"]

MAX_FILE_BYTES = 5 * 1024 * 1024

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) \
    | getattr(os, "O_NOCTTY", 0)

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def _within(real_root: str, real: str) -> bool:
    real_root, real = os.path.normcase(real_root), os.path.normcase(real)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def outside_reason(root: Path, path: Path) -> str | None:
    """Why ``path`` (followed through its links) leaves ``root``, or None when it stays in."""
    real = os.path.realpath(path)
    if _within(os.path.realpath(root), real):
        return None
    return f"leads outside the workspace (a link to {real})"


def _check_regular(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise UnsafePathError(path, f"is {_kind(info.st_mode)}, not a regular file",
                              "replace it with an ordinary TOML file")
    if info.st_size > MAX_FILE_BYTES:
        raise UnsafePathError(path, f"is too large ({info.st_size:,} bytes; the limit is "
                              f"{MAX_FILE_BYTES:,})", "a workspace file is a few kilobytes; "
                              "check that this is the right file")


def read_file(path: Path, root: Path) -> bytes:
    """The bytes of ``path``, a regular file inside ``root`` of at most ``MAX_FILE_BYTES``.

    Raises :class:`~emulation_core.UnsafePathError` for anything else, ``OSError`` when the
    file cannot be opened (``FileNotFoundError`` when it is missing).
    """
    reason = outside_reason(root, path)
    if reason:
        raise UnsafePathError(path, reason, "put a copy of the file inside the workspace")
    _check_regular(path, os.stat(path))  # refuse a pipe or device before opening it
    fd = os.open(path, _READ_FLAGS)  # O_NONBLOCK: a pipe swapped in meanwhile cannot block
    try:
        _check_regular(path, os.fstat(fd))  # the file that was opened, not the one checked
        chunks = []
        left = MAX_FILE_BYTES + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        os.close(fd)
    if left <= 0:
        raise UnsafePathError(path, f"grew past the limit of {MAX_FILE_BYTES:,} bytes "
                              "while it was read", "check that this is the right file")
    return b"".join(chunks)


def refuse_link(path: Path) -> None:
    """Raise :class:`~emulation_core.UnsafePathError` when ``path`` is a symbolic link."""
    if os.path.islink(path):
        raise UnsafePathError(path, "is a symbolic link; emulation never writes through a "
                              "link", "replace the link with the real file or folder")


def ensure_folder(root: Path, folder: Path) -> None:
    """Create ``folder`` below ``root`` as needed, refusing a link or a file on the way."""
    parts = folder.relative_to(root).parts
    current = root
    for part in parts:
        current = current / part
        refuse_link(current)
        try:
            os.mkdir(current)  # does not follow a link that appears meanwhile: it fails
        except FileExistsError:
            refuse_link(current)
            if not current.is_dir():
                raise UnsafePathError(current, "is a file where a folder is expected",
                                      "move the file away") from None
