"""Where a plugin's code failed: the file and line of the deepest frame of an exception's
traceback that is the plugin's own code, for messages that tell its author where to look."""

from __future__ import annotations

import os
from collections.abc import Sequence

from .messages import Message

__all__ = ["fault_at", "fault_place"]

_LIBRARY = os.path.dirname(os.path.abspath(__file__))


def fault_place(exc: BaseException, folders: Sequence[str] = ()) -> str | None:
    """``FILE:LINE`` where ``exc`` was raised in the plugin: the deepest frame inside
    ``folders`` (the plugin's package) or, without them, outside this library and the
    standard library; None when no frame qualifies."""
    import traceback  # only when a plugin has failed

    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ else []
    for frame in reversed(frames):
        path = os.path.abspath(frame.filename)
        if _inside(path, folders) if folders else _plugin_code(path):
            return f"{path}:{frame.lineno}" if frame.lineno else path
    return None


def fault_at(exc: BaseException) -> Message | str:
    """`` at FILE:LINE`` (catalog ``plugin.fault_at``) for a plugin hook's exception, to
    follow the error in a message; empty when no frame is the plugin's."""
    place = fault_place(exc)
    return "" if place is None else Message("plugin.fault_at", {"place": place})


def _inside(path: str, folders: Sequence[str]) -> bool:
    return any(path == folder or path.startswith(folder + os.sep) for folder in folders)


def _plugin_code(path: str) -> bool:
    """Whether ``path`` is neither this library's code, the standard library's (installed
    packages aside) nor an interpreter-internal frame (``<frozen …>``, ``<string>``)."""
    import sysconfig  # only when a plugin has failed

    if os.path.basename(path).startswith("<") or _inside(path, (_LIBRARY,)):
        return False
    paths = sysconfig.get_paths()
    installed = [os.path.abspath(paths[name]) for name in ("purelib", "platlib")]
    return _inside(path, installed) or not _inside(path, (os.path.abspath(paths["stdlib"]),))
