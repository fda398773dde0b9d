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
from .messages import Message

__all__ = ["MAX_FILE_BYTES", "ensure_folder", "outside_reason", "read_inside", "refuse_link"]

MAX_FILE_BYTES = 5 * 1024 * 1024

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0) \
    | getattr(os, "O_NOCTTY", 0)

_KINDS = (
    (stat.S_ISDIR, "unsafe.kind.folder"),
    (stat.S_ISFIFO, "unsafe.kind.named_pipe"),
    (stat.S_ISCHR, "unsafe.kind.character_device"),
    (stat.S_ISBLK, "unsafe.kind.block_device"),
    (stat.S_ISSOCK, "unsafe.kind.socket"),
)


def _kind(mode: int) -> Message:
    return Message(next((key for test, key in _KINDS if test(mode)), "unsafe.kind.other"))


def _said(key: str, /, **values: object) -> tuple[Message, Message]:
    """A refusal's reason and its hint (catalog ``key`` and ``key.hint``)."""
    return Message(key, values), Message(f"{key}.hint", values)


def _within(real_root: str, real: str) -> bool:
    real_root, real = os.path.normcase(real_root), os.path.normcase(real)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


def outside_reason(root: Path, path: Path) -> Message | None:
    """Why ``path`` (followed through its links) leaves ``root``, or None when it stays in."""
    if _no_link_below(root, path):
        return None
    real = os.path.realpath(path)
    if _within(os.path.realpath(root), real):
        return None
    return Message("unsafe.outside", {"real": real})


def _no_link_below(root: Path, path: Path) -> bool:
    """Whether ``path`` is ``root`` or names a place below it (no ``..``) through no
    symbolic link below ``root``: it then resolves inside ``root``, wherever ``root`` itself
    resolves to. One ``lstat`` a step below ``root``, where resolving both paths in full
    would take one a step from ``/`` down, twice (opening the sample reads 33 files)."""
    top, parts = root.parts, path.parts
    if parts[:len(top)] != top or ".." in parts[len(top):]:
        return False
    current = str(root)
    for part in parts[len(top):]:
        current = os.path.join(current, part)
        try:
            if stat.S_ISLNK(os.lstat(current).st_mode):
                return False
        except (OSError, ValueError):  # missing, unreadable: resolved in full, as before
            return False
    return True


def _check_regular(path: Path, info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise UnsafePathError(path, *_said("unsafe.not_regular", kind=_kind(info.st_mode)))
    if info.st_size > MAX_FILE_BYTES:
        raise UnsafePathError(path, *_said("unsafe.too_large", size=info.st_size,
                                           limit=MAX_FILE_BYTES))


def read_inside(path: Path, root: Path) -> bytes:
    """The bytes of ``path``, a regular file inside ``root`` of at most ``MAX_FILE_BYTES``.

    Raises :class:`~emulation_core.UnsafePathError` for anything else, ``OSError`` when the
    file cannot be opened (``FileNotFoundError`` when it is missing).
    """
    reason = outside_reason(root, path)
    if reason:
        raise UnsafePathError(path, reason, Message("unsafe.outside.hint"))
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
        raise UnsafePathError(path, *_said("unsafe.grew", limit=MAX_FILE_BYTES))
    return b"".join(chunks)


def refuse_link(path: Path) -> None:
    """Raise :class:`~emulation_core.UnsafePathError` when ``path`` is a symbolic link."""
    if os.path.islink(path):
        raise UnsafePathError(path, *_said("unsafe.link"))


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
                raise UnsafePathError(current, *_said("unsafe.file_not_folder")) from None
