"""A cache of the workspace's parsed TOML files, so that an unchanged file is not parsed again.

Each file opening reads is looked up by its path in the workspace and the SHA-256 of its
bytes: the same bytes give the same parsed document, which is taken from the cache instead
of the TOML parser. Only parsing is skipped: every check runs on every open, so every
problem is reported as without the cache, with its file and line (lines are found in the
file's text, which is always read). A file that does not parse is never cached.

The cache is JSON, a format that carries no code: reading it runs none. It lives in the
user's cache folder (``$EMULATION_CACHE_DIR``, else ``$XDG_CACHE_HOME/emulation``, else
``~/.cache/emulation``), one file per workspace, not in the workspace folder: a folder
shared with others (or kept in git) could otherwise carry a cache that says something other
than its files, unseen by ``audit verify``. A cache file that cannot be read, is not JSON,
or holds anything a TOML file cannot is ignored and written afresh; it is replaced by a
rename, so two programs opening the workspace at once each see a whole file; caches not
written for 30 days are removed when one is written. Setting ``EMULATION_CACHE_DIR`` to an
empty value turns the cache off.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .digest import sha256_hex
from .errors import Problem
from .tomlsource import TomlSource, parse_toml, read_toml_text

__all__ = ["DocumentCache"]

_FORMAT = 1
_MAX_BYTES = 1 << 28  # a larger cache file is not read: parsing the files is cheaper
_KEPT_FOR = 30 * 86_400  # seconds a cache file is kept after it was last written
_TEMPORARY_FOR = 86_400  # seconds before a temporary file a killed program left is removed
_TAG = "\x00"  # a one-key object {"\x00date": "..."} is a date, time or date-time
_FROM_TEXT: dict[str, Callable[[str], Any]] = {
    f"{_TAG}date": dt.date.fromisoformat,
    f"{_TAG}time": dt.time.fromisoformat,
    f"{_TAG}datetime": dt.datetime.fromisoformat,
}
_SCALARS = (str, int, float, bool)


class _NotCacheable(Exception):
    """A document the cache cannot hold (a key starting with the tag character)."""


class DocumentCache:
    """The parsed files of the workspace at ``root``, cached in ``folder`` (None: not cached,
    every file is parsed), used while the workspace is opened.

    :meth:`load` reads a file and gives its document, from the cache when its bytes are the
    ones cached; :meth:`save` writes the cache back when anything differed.
    """

    def __init__(self, root: Path, folder: str | Path | None) -> None:
        self.root = root
        self.file: Path | None = None
        if folder is not None:
            name = "".join(c if c.isalnum() or c in "-_" else "_" for c in root.name)[:40]
            where = os.path.abspath(root).encode("utf-8", "surrogateescape")
            self.file = Path(folder) / f"{name}-{zlib.crc32(where):08x}.json"
        self._cached: dict[str, Any] | None = None  # read on first use
        self._kept: dict[str, dict[str, Any]] = {}
        self._changed = False

    def load(self, path: Path, display: str) -> TomlSource | Problem:
        """Read ``path`` (inside the workspace) and parse it, as
        :func:`~emulation_core.tomlsource.load_toml` does."""
        text = read_toml_text(path, display, self.root)
        return text if isinstance(text, Problem) else self.parse(path, display, text)

    def parse(self, path: Path, display: str, text: str) -> TomlSource | Problem:
        """``text``, read from ``path``, parsed (see :func:`~emulation_core.tomlsource.
        parse_toml`)."""
        if self.file is None:
            return parse_toml(path, display, text)
        sha = sha256_hex(text.encode("utf-8"))
        entry = self._entries().get(display)
        if isinstance(entry, dict) and entry.get("sha256") == sha:
            try:
                data = _decoded(entry.get("data"))
            except (ValueError, TypeError, RecursionError):
                data = None
            if isinstance(data, dict):
                self._kept[display] = entry
                return TomlSource(path, display, text, data)
        source = parse_toml(path, display, text)
        self._changed = True
        if isinstance(source, TomlSource):
            with contextlib.suppress(_NotCacheable, RecursionError):
                self._kept[display] = {"sha256": sha, "data": _encoded(source.data)}
        return source

    def save(self) -> None:
        """Write the cache if a file was parsed or one cached was not read; a cache that
        cannot be written is left as it is (it only saves time)."""
        if self.file is None:
            return
        if not self._changed and self._kept.keys() == self._entries().keys():
            return
        body = json.dumps({"format": _FORMAT, "files": self._kept}, ensure_ascii=False,
                          separators=(",", ":"))
        temporary = self.file.with_name(
            f".{self.file.name}.{os.getpid()}-{threading.get_ident()}.tmp")
        try:
            self.file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with open(temporary, "x", encoding="utf-8") as out:
                out.write(body)
            os.replace(temporary, self.file)
        except (OSError, ValueError, RecursionError):
            with contextlib.suppress(OSError):
                temporary.unlink()
            return
        _prune(self.file.parent, time.time())

    def _entries(self) -> dict[str, Any]:
        if self._cached is None:
            self._cached = self._read()
        return self._cached

    def _read(self) -> dict[str, Any]:
        """The cached files, or nothing when the cache is missing or not as written."""
        assert self.file is not None
        try:
            if self.file.stat().st_size > _MAX_BYTES:
                return {}
            found = json.loads(self.file.read_bytes())
        except (OSError, ValueError, RecursionError):
            return {}
        if not isinstance(found, dict) or found.get("format") != _FORMAT:
            return {}
        files = found.get("files")
        return files if isinstance(files, dict) else {}


def _prune(folder: Path, now: float) -> None:
    """Remove the caches not written for 30 days (of workspaces moved, deleted or left
    alone: one opened again is parsed once more) and the temporary files of programs killed
    while writing, once a day old. Run when a cache is written, so rarely."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            kept_for = _KEPT_FOR if entry.name.endswith(".json") else \
                _TEMPORARY_FOR if entry.name.endswith(".tmp") else None
            with contextlib.suppress(OSError):
                if kept_for is not None and entry.is_file(follow_symlinks=False) \
                        and now - entry.stat(follow_symlinks=False).st_mtime > kept_for:
                    os.unlink(entry.path)


def _encoded(value: Any) -> Any:
    """A parsed TOML value as JSON can hold it: dates, times and date-times tagged."""
    kind = type(value)
    if kind is dict:
        if any(key.startswith(_TAG) for key in value):
            raise _NotCacheable
        return {key: _encoded(item) for key, item in value.items()}
    if kind is list:
        return [_encoded(item) for item in value]
    if kind in (dt.date, dt.time, dt.datetime):
        return {f"{_TAG}{kind.__name__}": value.isoformat()}
    return value


def _decoded(value: Any) -> Any:
    """A cached value back as the TOML parser gives it; ValueError for anything a TOML
    file cannot hold (a null, an unknown tag)."""
    kind = type(value)
    if kind is dict:
        if len(value) == 1:
            [(key, text)] = value.items()
            if key.startswith(_TAG):
                convert = _FROM_TEXT.get(key)
                if convert is None or type(text) is not str:
                    raise ValueError(key)
                return convert(text)
        return {key: _decoded(item) for key, item in value.items()}
    if kind is list:
        return [_decoded(item) for item in value]
    if kind in _SCALARS:
        return value
    raise ValueError(f"not a TOML value: {kind.__name__}")
