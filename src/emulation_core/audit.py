"""The change log: an append-only, hash-chained record of every change to a workspace.

``audit.jsonl`` holds one entry per line, each line the canonical JSON of the entry (keys
sorted, no spaces, UTF-8). Entry ``n`` carries ``prev``, the chain head after entry
``n - 1``, and ``head``, the chain head after itself::

    entry hash  E(n) = SHA-256(0x00 || canonical(entry n without "head"))
    chain head  H(n) = SHA-256(0x01 || H(n-1) || E(n)),   H(0) = 32 zero bytes

The two one-byte prefixes keep an entry hash from ever passing as a chain head. The
small ``audit-head.json`` file records the entry count and ``H(count)``, so that a dropped
last line is detected. docs/workspace.md gives the recipe an auditor can re-check by hand.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
from attrs import frozen

from .actor import Actor, Role
from .change import Change
from .errors import EmulationError, UnsafePathError
from .fsguard import outside_reason, read_inside
from .messages import Message
from .value_object import ValueObject

__all__ = [
    "GENESIS",
    "HEAD_FILE",
    "LOG_FILE",
    "AuditBreak",
    "AuditEntry",
    "AuditLogError",
    "ChainState",
    "append_lines",
    "canonical_json",
    "chain_head",
    "entry_hash",
    "head_file_bytes",
    "read_chain",
    "read_state",
]

LOG_FILE = "audit.jsonl"
HEAD_FILE = "audit-head.json"
GENESIS = "0" * 64
"""``prev`` of the first entry: H(0), 32 zero bytes, in hexadecimal."""

_ENTRY_PREFIX = b"\x00"
_HEAD_PREFIX = b"\x01"
_MAX_LOG_BYTES = 1 << 30


@frozen
class AuditEntry(ValueObject):
    """One line of the log: a numbered, stamped, chained :class:`Change`."""

    seq: int
    at: dt.datetime
    by: Actor
    change: Change
    prev: str
    head: str


@frozen
class ChainState(ValueObject):
    """The end of a chain: how many entries, the chain head, and the files as last recorded."""

    count: int = 0
    head: str = GENESIS
    files: Mapping[str, str] = attrs.field(factory=dict)
    size: int = 0  # bytes of audit.jsonl


@frozen
class AuditBreak(ValueObject):
    """Where the log stops being trustworthy: the first broken ``line`` (None: no line)."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class AuditLogError(EmulationError):
    """The change log is damaged or was edited; ``broken`` says where first."""

    def __init__(self, broken: AuditBreak) -> None:
        self.broken = broken
        super().__init__(f"{broken} (hint: restore audit.jsonl and audit-head.json from a "
                         "backup; 'emulation audit verify' checks them)")


def canonical_json(value: Mapping[str, Any]) -> bytes:
    """Keys sorted by code point, no spaces, non-ASCII written as UTF-8, not escaped."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def entry_hash(entry_without_head: Mapping[str, Any]) -> bytes:
    """E(n): SHA-256 of 0x00 and the canonical JSON of the entry without its ``head``."""
    return hashlib.sha256(_ENTRY_PREFIX + canonical_json(entry_without_head)).digest()


def chain_head(prev: bytes, entry: bytes) -> bytes:
    """H(n): SHA-256 of 0x01, the previous head and the entry hash (raw 32-byte digests)."""
    return hashlib.sha256(_HEAD_PREFIX + prev + entry).digest()


def _entry_object(seq: int, at: dt.datetime, by: Actor, change: Change,
                  prev: str) -> dict[str, Any]:
    target = {"campaign": change.campaign, "member": change.member, "code": change.code,
              "field": change.field}
    return {
        "seq": seq,
        "at": at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "by": {"name": by.name, "role": by.role.value},
        "kind": change.kind,
        "object": {k: v for k, v in target.items() if v},
        "old": change.old,
        "new": change.new,
        "reason": change.reason,
        "files": dict(change.files),
        "prev": prev,
    }


def append_lines(state: ChainState, changes: Iterable[Change], by: Actor,
                 at: dt.datetime) -> tuple[bytes, ChainState]:
    """The lines that append ``changes`` to the chain ending in ``state``, and the new end."""
    if at.tzinfo is None:
        raise ValueError("the time of a change must be timezone-aware")
    lines = []
    head = bytes.fromhex(state.head)
    count = state.count
    files = dict(state.files)
    for change in changes:
        count += 1
        obj = _entry_object(count, at, by, change, head.hex())
        head = chain_head(head, entry_hash(obj))
        obj["head"] = head.hex()
        lines.append(canonical_json(obj) + b"\n")
        _apply_files(files, change.files)
    data = b"".join(lines)
    return data, ChainState(count, head.hex(), files, state.size + len(data))


def head_file_bytes(state: ChainState) -> bytes:
    """The contents of ``audit-head.json`` for ``state``."""
    return canonical_json({"count": state.count, "files": dict(state.files),
                           "head": state.head, "size": state.size}) + b"\n"


def _apply_files(files: dict[str, str], changed: Mapping[str, str | None]) -> None:
    for path, digest in changed.items():
        if digest is None:
            files.pop(path, None)
        else:
            files[path] = digest


# -- reading and checking -------------------------------------------------------------------

def read_chain(root: Path) -> tuple[list[AuditEntry], ChainState, AuditBreak | None]:
    """Every entry up to the first broken one, the state they lead to, and the break.

    A workspace without a log has an empty chain; a log without ``audit-head.json``, or one
    that does not end where that file says, is broken.
    """
    log_path, head_path = root / LOG_FILE, root / HEAD_FILE
    entries: list[AuditEntry] = []
    state = ChainState()
    if not os.path.lexists(log_path):
        if os.path.lexists(head_path):
            return entries, state, AuditBreak(LOG_FILE, None, f"is missing, while {HEAD_FILE} "
                                              "records a chain")
        return entries, state, None
    try:
        data = _read_log(log_path, root)
    except (OSError, UnsafePathError) as exc:
        return entries, state, AuditBreak(LOG_FILE, None, f"cannot be read ({exc})")
    files: dict[str, str] = {}
    prev = bytes(32)
    offset = 0
    for number, line in enumerate(data.splitlines(keepends=True), 1):
        if not line.endswith(b"\n"):
            return entries, state, AuditBreak(LOG_FILE, number, "the line is incomplete "
                                              "(cut off, or its end of line removed)")
        obj, problem = _parse_line(line[:-1])
        if problem is None:
            problem = _check_link(obj, number, prev)
        if problem is not None:
            return entries, state, AuditBreak(LOG_FILE, number, problem)
        stored = obj.pop("head")
        head = chain_head(prev, entry_hash(obj))
        if head.hex() != stored:
            return entries, state, AuditBreak(
                LOG_FILE, number, "the entry does not match its hash: it was edited")
        entry = _entry(obj, stored)
        if entry is None:
            return entries, state, AuditBreak(LOG_FILE, number,
                                              "the entry's fields are not of the expected kind")
        entries.append(entry)
        _apply_files(files, entry.change.files)
        prev = head
        offset += len(line)
        state = ChainState(number, stored, dict(files), offset)
    return entries, state, _check_head_file(root, state)


def _read_log(path: Path, root: Path) -> bytes:
    reason = outside_reason(root, path)
    if reason or os.path.islink(path):
        raise UnsafePathError(path, reason or Message("unsafe.symlink"),
                              Message("unsafe.restore"))
    info = os.stat(path)
    if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_LOG_BYTES:
        raise UnsafePathError(path, Message("unsafe.log_not_regular"),
                              Message("unsafe.restore"))
    with open(path, "rb") as handle:
        return handle.read(_MAX_LOG_BYTES + 1)


def _refuse_float(text: str) -> Any:
    raise ValueError(f"number {text} is not a whole number; values are written as text")


def _parse_line(raw: bytes) -> tuple[dict[str, Any], str | None]:
    try:
        obj = json.loads(raw.decode("utf-8"), parse_float=_refuse_float,
                         parse_constant=_refuse_float)
    except (UnicodeDecodeError, ValueError) as exc:
        return {}, f"not a JSON entry ({exc})"
    if not isinstance(obj, dict):
        return {}, "not a JSON object"
    if canonical_json(obj) != raw:
        return obj, "not written in the canonical form (keys sorted, no spaces): edited"
    return obj, None


def _check_link(obj: dict[str, Any], number: int, prev: bytes) -> str | None:
    seq = obj.get("seq")
    if seq != number:
        return (f"holds entry {seq!r} where entry {number} belongs: a line before it was "
                "removed or inserted, or lines were reordered")
    if obj.get("prev") != prev.hex():
        return "its 'prev' is not the chain head of the line before: lines were reordered"
    if not isinstance(obj.get("head"), str):
        return "its 'head' is missing"
    return None


def _entry(obj: Mapping[str, Any], head: str) -> AuditEntry | None:
    """The entry a hash-checked object holds, or None when a field has the wrong type."""
    try:
        by, target, files = obj["by"], obj["object"], obj["files"]
        texts = (obj["kind"], obj["reason"], obj["prev"], by["name"], *target.values())
        values = (obj["old"], obj["new"], *files.values())
        if not all(isinstance(t, str) for t in texts) or not all(
                v is None or isinstance(v, str) for v in values):
            return None
        at = dt.datetime.fromisoformat(obj["at"])
        if at.tzinfo is None:
            return None
        change = Change(obj["kind"], target.get("campaign", ""), target.get("member", ""),
                        target.get("code", ""), target.get("field", ""), obj["old"],
                        obj["new"], obj["reason"], files)
        return AuditEntry(obj["seq"], at, Actor(by["name"], Role(by["role"])), change,
                          obj["prev"], head)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def read_state(root: Path) -> tuple[ChainState, AuditBreak | None]:
    """The end of the chain, quickly: when ``audit-head.json`` agrees with the log's size
    and last line, its record is taken (opening for writing uses this); otherwise the whole
    chain is read (:func:`read_chain`) to say where it breaks."""
    recorded = _read_head_file(root)
    if isinstance(recorded, dict):
        try:
            data = _read_log(root / LOG_FILE, root)
        except (OSError, UnsafePathError):
            data = b""
        state = _tail_state(data, recorded)
        if state is not None:
            return state, None
    _, state, broken = read_chain(root)
    return state, broken


def _tail_state(data: bytes, recorded: dict[str, Any]) -> ChainState | None:
    """The state ``recorded`` holds if the log's size and its last line agree with it."""
    count, head, files = recorded["count"], recorded["head"], recorded.get("files")
    if recorded.get("size") != len(data) or not data.endswith(b"\n") or not isinstance(
            files, dict) or not all(isinstance(v, str) for v in files.values()):
        return None
    last = data[:-1].rsplit(b"\n", 1)[-1]
    obj, problem = _parse_line(last)
    if problem is not None or obj.get("seq") != count or obj.pop("head", None) != head:
        return None
    try:
        prev = bytes.fromhex(obj.get("prev", ""))
    except (TypeError, ValueError):
        return None
    if chain_head(prev, entry_hash(obj)).hex() != head:
        return None
    return ChainState(count, head, files, len(data))


def _read_head_file(root: Path) -> dict[str, Any] | AuditBreak:
    try:
        recorded = json.loads(read_inside(root / HEAD_FILE, root).decode("utf-8"))
        if not isinstance(recorded, dict) or not isinstance(recorded["count"], int) \
                or not isinstance(recorded["head"], str):
            raise TypeError("count or head is missing")
    except FileNotFoundError:
        return AuditBreak(HEAD_FILE, None, "is missing, so a removed last entry could not "
                          "be detected")
    except (OSError, UnsafePathError, ValueError, KeyError, TypeError) as exc:
        return AuditBreak(HEAD_FILE, None, f"cannot be read ({exc})")
    return recorded


def _check_head_file(root: Path, state: ChainState) -> AuditBreak | None:
    recorded = _read_head_file(root)
    if isinstance(recorded, AuditBreak):
        return AuditBreak(recorded.file, None, f"{recorded.message}; the log ends at entry "
                          f"{state.count}, head {state.head}")
    count, head = recorded["count"], recorded["head"]
    if count > state.count:
        return AuditBreak(LOG_FILE, state.count + 1,
                          f"is missing: {HEAD_FILE} records {count} entries, the log ends at "
                          f"{state.count}; the last lines were removed")
    if count < state.count:
        return AuditBreak(LOG_FILE, count + 1, f"{HEAD_FILE} records only {count} entries: "
                          "the lines from here on were added without the program")
    if head != state.head:
        return AuditBreak(HEAD_FILE, None, f"records head {head}, the log ends at "
                          f"{state.head}")
    if recorded.get("files") != state.files or recorded.get("size") != state.size:
        return AuditBreak(HEAD_FILE, None, "records file hashes or a log size that differ "
                          "from the log's own: it was edited")
    return None
