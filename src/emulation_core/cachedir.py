"""The user's cache folder, shared by the document cache and the command line's output cache.

Only ``os`` is imported: the command line looks here before it imports anything else.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["CACHE_VAR", "cache_folder"]

CACHE_VAR = "EMULATION_CACHE_DIR"
"""Where the caches are kept; an empty value turns them off."""


def cache_folder(environ: Mapping[str, str] | None = None) -> str | None:
    """The folder the caches are kept in: ``$EMULATION_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/emulation``, else ``~/.cache/emulation``; None when caching is off
    (the variable set empty) or there is no home folder."""
    env = os.environ if environ is None else environ
    if CACHE_VAR in env:
        return env[CACHE_VAR] or None
    base = env.get("XDG_CACHE_HOME")
    if not base:
        home = os.path.expanduser("~")
        if home == "~":  # no home folder to be found
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "emulation")
