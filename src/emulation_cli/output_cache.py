"""The last output of a read-only command, printed again while none of its inputs changed.

``emulation rank WORKSPACE --format json`` (or ``csv``, and ``score … --format json``) is
what scripts call again and again on a workspace that has not changed. Such a run is kept in
the user's cache folder (see :mod:`emulation_core.cachedir`), under a key made of the
command's words, the folder it was typed in, the interpreter (its options and the folders it
imports from) and the environment variables that can change what it prints; with it,
everything the run read:

* the workspace: every name, kind and byte under its folder (a workspace holding a link, a
  pipe or a very large file is never kept);
* every other file the run opened or imported (the library, the plugins, their tables, the
  interpreter's own modules), by size, modification and change time and inode, and every
  folder it listed (so a plugin installed or removed is seen), by the names in it.

The next run with the same key prints the kept output when all of it is as it was, without
importing the library; any difference, or a kept file that cannot be read, runs the command.
A run that failed, warned, or wrote inside the workspace is not kept, nor one whose
workspace changed while it ran. The kept output is bytes printed as they were: reading it
runs no code.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
import time

from emulation_core.cachedir import cache_folder

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from hashlib import _Hash
    from typing import TextIO

__all__ = ["Recording", "recording_for", "replayed", "silence_stdout"]

_FIRST_LINE = b"emulation output 1\n"
_COMMANDS = frozenset({"rank", "score"})
_FORMATS = frozenset({"json", "csv"})
_ENVIRONMENT = frozenset({"HOME", "LANG", "LANGUAGE", "TZ", "PYTHONIOENCODING", "PYTHONUTF8"})
_ENVIRONMENT_PREFIXES = ("EMULATION_", "XDG_", "LC_")
_SUBFOLDER = "output"
_LARGEST_FILE = 1 << 26  # a workspace holding a larger file is not kept
_LARGEST_WORKSPACE = 1 << 30  # nor a larger workspace
_LARGEST_ENTRY = 1 << 28
_KEPT_FOR = 30 * 86_400  # seconds an entry not written again is kept
_WRITING = os.O_WRONLY | os.O_RDWR


def replayed(words: Sequence[str]) -> bool:
    """Print the kept output of the command ``words`` if every input it read is as it was;
    False (nothing printed) when there is none to print."""
    entry = _entry_file(words)
    if entry is None:
        return False
    data = _read_regular(entry, _LARGEST_ENTRY)
    if data is None or not data.startswith(_FIRST_LINE):
        return False
    header, blank, output = data[len(_FIRST_LINE):].partition(b"\n\n")
    if not blank or not _inputs_unchanged(header.split(b"\n")):
        return False
    try:
        sys.stdout.flush()
        sys.stdout.buffer.write(output)
        sys.stdout.flush()
    except BrokenPipeError:  # the reader stopped early: what it took was enough
        silence_stdout()
    return True


def silence_stdout() -> None:
    """Point standard output at nothing, so that the interpreter's final flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def recording_for(words: Sequence[str]) -> Recording | None:
    """A recording of what the command ``words`` reads, its output kept at the end; None
    when the command's output is not kept (another command or format, caching off)."""
    entry = _entry_file(words)
    if entry is None:
        return None
    recording = Recording(entry, os.path.dirname(os.path.dirname(entry)))
    sys.addaudithook(recording.hear)
    return recording


class Recording:
    """The files a command opened and the folders it listed while it ran (heard from the
    interpreter's audit events), to keep its output in ``entry``."""

    def __init__(self, entry: str, cache: str) -> None:
        self.entry = entry
        self.cache = os.path.abspath(cache)
        self.opened: set[str] = set()
        self.listed: set[str] = set()
        self.written: set[str] = set()
        self.unsure = False  # an event could not be read: nothing is kept
        self._listening = True
        self._root: str | None = None
        self._before: bytes | None = None
        self._output = io.BytesIO()
        self.warned = False

    def hear(self, event: str, args: tuple[object, ...]) -> None:
        """The audit hook: note each file opened (or written) and each folder listed."""
        if not self._listening or event not in ("open", "os.listdir", "os.scandir"):
            return
        try:
            path = args[0]
            if path is None:  # the current folder
                path = "."
            if not isinstance(path, str | bytes):  # a descriptor
                return
            where = os.path.abspath(os.fsdecode(path))
            if event != "open":
                self.listed.add(where)
                return
            mode, flags = args[1], args[2]
            if (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                    isinstance(flags, int) and flags & _WRITING):
                self.written.add(where)
            else:
                self.opened.add(where)
        except Exception:  # a hook that raised would fail the command's own call
            self.unsure = True

    @contextlib.contextmanager
    def capturing(self, workspace: os.PathLike[str] | str) -> Iterator[None]:
        """Run the command with its standard output held (and printed when it ends) and its
        standard error watched; the workspace read before and after."""
        self._root = os.path.abspath(workspace)
        self._before = _tree_digest(self._root)
        stdout, stderr = sys.stdout, sys.stderr
        held = io.TextIOWrapper(self._output, encoding=stdout.encoding, errors=stdout.errors,
                                newline="\n", write_through=True)
        sys.stdout, sys.stderr = held, _Watched(stderr, self)
        try:
            yield
        finally:
            sys.stdout, sys.stderr = stdout, stderr
            held.detach()
            stdout.buffer.write(self._output.getvalue())
            stdout.flush()

    def keep(self, code: int) -> None:
        """Keep the output of a run that ended with ``code`` 0, printed nothing on standard
        error, wrote nothing inside its workspace, and saw its workspace unchanged."""
        self._listening = False
        root, before = self._root, self._before
        if code != 0 or self.warned or self.unsure or root is None or before is None:
            return
        try:
            self._keep(root, before)
        except (OSError, ValueError):  # its output is printed; keeping it only saves time
            return

    def _keep(self, root: str, before: bytes) -> None:
        if any(_inside(path, root) for path in self.written) or _tree_digest(root) != before:
            return
        os.makedirs(os.path.dirname(self.entry), mode=0o700, exist_ok=True)  # before listing
        lines = [b"root " + os.fsencode(root), b"tree " + before]
        lines += _file_lines(self._files_read(root))
        lines += _listing_lines(p for p in {*self.listed, *_path_folders()}
                                if not _inside(p, root) and not _inside(p, self.cache))
        if any(b"\n" in line for line in lines):
            return
        _write_entry(self.entry, _FIRST_LINE + b"\n".join(lines) + b"\n\n"
                     + self._output.getvalue())

    def _files_read(self, root: str) -> set[str]:
        files = (getattr(module, "__file__", None) for module in list(sys.modules.values()))
        modules = {os.path.abspath(file) for file in files if isinstance(file, str)}
        return {path for path in self.opened | modules
                if not _inside(path, root) and not _inside(path, self.cache)}


class _Watched:
    """Standard error as it is, noting on ``recording`` that something was written to it."""

    def __init__(self, stream: TextIO, recording: Recording) -> None:
        self._stream = stream
        self._recording = recording

    def write(self, text: str) -> int:
        self._recording.warned = True
        return self._stream.write(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _entry_file(words: Sequence[str]) -> str | None:
    """Where the output of ``words`` is kept, or None when it is not kept."""
    if not _machine_output(words) or not hasattr(sys.stdout, "buffer"):
        return None  # a standard output replaced by one that takes no bytes is not kept
    folder = cache_folder()
    try:
        here = os.getcwd()
    except OSError:  # the folder it was typed in is gone: the words may mean anything
        return None
    if folder is None:
        return None
    digest = _sha256(_FIRST_LINE)
    parts = [sys.executable, sys.version, repr(sys.flags), os.pathsep.join(sys.path),
             here, str(sys.stdout.encoding), *words]
    parts += sorted(f"{name}={value}" for name, value in os.environ.items()
                    if name in _ENVIRONMENT or name.startswith(_ENVIRONMENT_PREFIXES))
    for part in parts:
        encoded = os.fsencode(part)
        digest.update(b"%d:" % len(encoded) + encoded)
    return os.path.join(folder, _SUBFOLDER, digest.hexdigest()[:40])


def _machine_output(words: Sequence[str]) -> bool:
    """Whether ``words`` run a kept command with one ``--format`` of JSON or CSV (and no
    help): output that depends on nothing of the terminal."""
    if not words or words[0] not in _COMMANDS or "-h" in words or "--help" in words:
        return False
    formats = [words[i + 1] if word == "--format" and i + 1 < len(words) else
               word.partition("=")[2] if word.startswith("--format=") else ""
               for i, word in enumerate(words) if word.startswith("--format")]
    return len(formats) == 1 and formats[0] in _FORMATS


def _inputs_unchanged(lines: Sequence[bytes]) -> bool:
    """Whether every input a kept entry lists is as it was when the entry was kept: its
    workspace first (``root``, then ``tree``), then the other files and folders."""
    if len(lines) < 2 or not lines[0].startswith(b"root ") or not lines[1].startswith(b"tree "):
        return False
    root = os.fsdecode(lines[0][5:])
    if not os.path.isfile(os.path.join(root, "workspace.toml")) \
            or _tree_digest(root) != lines[1][5:]:
        return False
    for line in lines[2:]:
        kind, _, rest = line.partition(b" ")
        if kind == b"file":
            fields = rest.split(b" ", 4)
            if len(fields) != 5 or _stat_line(fields[4]) != rest:
                return False
        elif kind == b"gone":
            if os.path.lexists(rest):
                return False
        elif kind == b"list":
            sign, _, folder = rest.partition(b" ")
            if _listing_digest(folder) != sign:
                return False
        else:
            return False
    return True


def _file_lines(paths: Iterable[str]) -> list[bytes]:
    lines = []
    for path in sorted(paths):
        encoded = os.fsencode(path)
        signature = _stat_line(encoded)
        if signature is not None:
            lines.append(b"file " + signature)
        elif not os.path.lexists(path):
            lines.append(b"gone " + encoded)
    return lines


def _stat_line(path: bytes) -> bytes | None:
    """A regular file's size, modification and change times and inode, then its path; None
    for anything else (a device, a pipe, a folder) or a file that cannot be read."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return b"%d %d %d %d %s" % (found.st_size, found.st_mtime_ns, found.st_ctime_ns,
                                found.st_ino, path)


def _listing_lines(folders: Iterable[str]) -> list[bytes]:
    lines = []
    for folder in sorted(folders):
        encoded = os.fsencode(folder)
        sign = _listing_digest(encoded)
        if sign is not None:
            lines.append(b"list " + sign + b" " + encoded)
    return lines


def _listing_digest(folder: bytes) -> bytes | None:
    try:
        names = sorted(os.listdir(folder))
    except (OSError, ValueError):
        return None
    return _sha256(b"\0".join(names)).hexdigest().encode()


def _path_folders() -> list[str]:
    """The folders modules are imported from (a package installed there is seen)."""
    return [os.path.abspath(entry) for entry in sys.path if entry and os.path.isdir(entry)]


def _tree_digest(root: str) -> bytes | None:
    """A digest of every name, kind and byte under ``root``; None when it holds anything but
    folders and regular files, a file (or all of them) too large, or cannot be read."""
    digest = _sha256()
    pending = [""]
    size = 0
    while pending:
        relative = pending.pop()
        try:
            with os.scandir(os.path.join(root, relative)) as found:
                entries = sorted(found, key=lambda entry: entry.name)
        except OSError:
            return None
        digest.update(b"\0D" + os.fsencode(relative))
        for entry in entries:
            name = os.fsencode(entry.name)
            if entry.is_dir(follow_symlinks=False):
                digest.update(b"\0d" + name)
                pending.append(os.path.join(relative, entry.name))
                continue
            content = _read_regular(entry.path, _LARGEST_FILE) \
                if entry.is_file(follow_symlinks=False) else None
            if content is None:
                return None
            size += len(content)
            if size > _LARGEST_WORKSPACE:
                return None
            digest.update(b"\0f" + name + b"\0" + _sha256(content).digest())
    return digest.hexdigest().encode()


def _read_regular(path: str, largest: int) -> bytes | None:
    """The bytes of the regular file at ``path`` (a link, a pipe or a device is not opened,
    nor waited on); None when it is not one, is larger than ``largest``, or cannot be read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return None
    with open(descriptor, "rb") as file:
        try:
            if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                return None
            content = file.read(largest + 1)
        except OSError:
            return None
    return content if len(content) <= largest else None


def _write_entry(entry: str, data: bytes) -> None:
    """Write ``data`` to ``entry`` under a temporary name, then rename it over the old one;
    a folder that cannot be written only costs the time of the next run."""
    folder = os.path.dirname(entry)
    temporary = f"{entry}.{os.getpid()}.tmp"
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with open(descriptor, "wb") as out:
            out.write(data)
        os.replace(temporary, entry)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _prune(folder, time.time())


def _prune(folder: str, now: float) -> None:
    """Remove the entries (and the temporary files of killed runs) not written for 30 days."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            with contextlib.suppress(OSError):
                if entry.is_file(follow_symlinks=False) \
                        and now - entry.stat(follow_symlinks=False).st_mtime > _KEPT_FOR:
                    os.unlink(entry.path)


def _sha256(data: bytes = b"") -> _Hash:
    """hashlib's SHA-256, imported only by a command whose output is kept (OpenSSL's library
    is not loaded for the others, the UI's start among them)."""
    import hashlib

    return hashlib.sha256(data)


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
