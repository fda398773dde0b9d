"""All-or-nothing changes to several files, across a crash.

:func:`commit` first writes every new content into the journal folder
``.emulation.journal/`` (each file flushed to disk), then its ``manifest.json`` (the commit
point: written atomically, so it is either whole or absent), then applies each change with
:func:`~emulation_core.atomic.atomic_write`, and finally removes the journal. If the process
dies on the way, :func:`recover` (run when the workspace is next opened for writing)
replays a committed journal, whose changes are idempotent, or discards one without a
manifest, whose changes were never applied.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from attrs import frozen

from .atomic import JOURNAL, atomic_write
from .errors import EmulationError, UnsafePathError
from .fsguard import ensure_folder, outside_reason, read_inside, refuse_link
from .messages import Message
from .value_object import ValueObject

__all__ = ["JOURNAL", "Append", "Operation", "Remove", "Replace", "commit", "recover"]

_MANIFEST = "manifest.json"


@frozen
class Replace(ValueObject):
    """Write ``data`` as the whole file at ``path`` (``/``-separated, inside the workspace)."""

    path: str
    data: bytes


@frozen
class Remove(ValueObject):
    """Delete the file at ``path`` if it exists."""

    path: str


@frozen
class Append(ValueObject):
    """Make the file at ``path`` its first ``offset`` bytes followed by ``data``.

    Replaying it gives the same file however often it runs.
    """

    path: str
    offset: int
    data: bytes


Operation = Replace | Remove | Append


def commit(root: Path, operations: Sequence[Operation]) -> None:
    """Apply ``operations`` to the workspace at ``root``: all of them, or (after a crash and
    :func:`recover`) none. Call it holding the writer lock."""
    folder = root / JOURNAL
    if os.path.lexists(folder):
        raise EmulationError.keyed("journal.waiting", folder=folder)
    for operation in operations:  # refuse a bad path or a link before anything is written
        refuse_link(_target(root, operation.path))
    try:
        records = [_stage(root, folder, number, operation)
                   for number, operation in enumerate(operations)]
        manifest = json.dumps({"operations": records}, sort_keys=True, ensure_ascii=False)
        atomic_write(folder / _MANIFEST, manifest.encode("utf-8"), root=root)
    except BaseException:
        if os.path.lexists(folder) and not os.path.lexists(folder / _MANIFEST):
            with contextlib.suppress(OSError):  # else the next open discards it
                _clear(root, folder)  # nothing was applied: undo the staging now
        raise
    _replay(root, folder, records)


def _stage(root: Path, folder: Path, number: int, operation: Operation) -> dict[str, Any]:
    """Write an operation's content into the journal; its manifest record."""
    if isinstance(operation, Remove):
        return {"op": "remove", "path": operation.path}
    name = f"{number}.bin"
    atomic_write(folder / name, operation.data, root=root)
    record: dict[str, Any] = {"path": operation.path, "data": name,
                              "sha256": hashlib.sha256(operation.data).hexdigest()}
    if isinstance(operation, Append):
        record.update(op="append", offset=operation.offset)
    else:
        record["op"] = "replace"
    return record


def recover(root: Path) -> Literal["replayed", "discarded"] | None:
    """Finish or undo a change a crash interrupted: ``replayed`` when the journal was
    committed, ``discarded`` when it was not, None when there was none."""
    folder = root / JOURNAL
    if not os.path.lexists(folder):
        return None
    refuse_link(folder)
    if not folder.is_dir():
        raise UnsafePathError(folder, Message("unsafe.not_folder"),
                              Message("unsafe.not_folder.hint"))
    manifest = folder / _MANIFEST
    if not os.path.lexists(manifest):
        _clear(root, folder)
        return "discarded"
    try:
        records = json.loads(read_inside(manifest, root).decode("utf-8"))["operations"]
        if not isinstance(records, list):
            raise TypeError("operations is not a list")
    except (ValueError, KeyError, TypeError) as exc:
        raise EmulationError.keyed("journal.unreadable", manifest=manifest,
                                   reason=exc) from None
    _replay(root, folder, records)
    return "replayed"


def _replay(root: Path, folder: Path, records: list[Any]) -> None:
    for record in records:
        op, path = _field(record, "op", str), _target(root, _field(record, "path", str))
        if op == "remove":
            _remove(root, path)
            continue
        data = read_inside(folder / PurePosixPath(_field(record, "data", str)).name, root)
        if hashlib.sha256(data).hexdigest() != record.get("sha256"):
            raise EmulationError.keyed("journal.damaged", folder=folder, path=record["path"])
        if op == "replace":
            atomic_write(path, data, root=root)
        elif op == "append":
            _append(root, path, _field(record, "offset", int), data)
        else:
            raise EmulationError(f"{folder / _MANIFEST}: unknown operation {op!r}")
    _clear(root, folder)


def _field(record: Any, name: str, kind: type[Any]) -> Any:
    value = record.get(name) if isinstance(record, dict) else None
    if not isinstance(value, kind) or isinstance(value, bool):
        raise EmulationError(f"{JOURNAL}/{_MANIFEST}: an operation has no valid {name!r}; "
                             "move the folder away and check the workspace")
    return value


def _target(root: Path, relative: str) -> Path:
    """The file a journal path names, refusing one that could lead outside the workspace."""
    parts = PurePosixPath(relative).parts
    if not parts or relative.startswith("/") or any(p in ("", ".", "..") or "\\" in p
                                                    for p in parts):
        raise UnsafePathError(Path(relative), Message("unsafe.not_inside"),
                              Message("unsafe.not_inside.hint"))
    return root.joinpath(*parts)


def _remove(root: Path, path: Path) -> None:
    reason = outside_reason(root, path.parent)
    if reason:
        raise UnsafePathError(path, reason, Message("unsafe.keep_inside"))
    with contextlib.suppress(FileNotFoundError):
        os.unlink(path)  # removes a link itself, never what it points to
        _sync_folder(path.parent)


def _append(root: Path, path: Path, offset: int, data: bytes) -> None:
    ensure_folder(root, path.parent)
    refuse_link(path)  # O_NOFOLLOW is missing on some platforms
    created = not os.path.lexists(path)
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o644)  # O_NOFOLLOW and O_BINARY only where they exist
    try:
        size = os.fstat(fd).st_size
        if size < offset:
            raise EmulationError(f"{path}: is shorter ({size} bytes) than the {offset} bytes "
                                 "it had when the change began; restore it from a backup")
        os.ftruncate(fd, offset)
        os.lseek(fd, offset, os.SEEK_SET)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        _sync_folder(path.parent)


def _clear(root: Path, folder: Path) -> None:
    """Remove the journal: the manifest first, so a half-removed journal is never replayed."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(folder / _MANIFEST)
        _sync_folder(folder)
    with os.scandir(folder) as entries:
        names = [e.name for e in entries if not e.is_dir(follow_symlinks=False)]
    for name in names:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / name)
    os.rmdir(folder)
    _sync_folder(root)


def _sync_folder(folder: Path) -> None:
    """Make the creation or removal of a name in ``folder`` durable, where folders open."""
    directory_flag = getattr(os, "O_DIRECTORY", None)
    if directory_flag is None:  # Windows: folders cannot be opened; NTFS journals renames
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY | directory_flag)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
