"""Keep what plugins print out of the program's output (it would corrupt JSON and CSV)."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

__all__ = ["captured", "excerpt", "quiet"]


@contextlib.contextmanager
def captured() -> Iterator[io.StringIO]:
    """Collect everything written to standard output and error inside the block."""
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        yield printed


def quiet(function: Callable[[Any], Any] | None, record: MutableMapping[tuple[str, str], str],
          name: str, hook: str) -> Callable[[Any], Any] | None:
    """``function`` (a plugin's hook) with its first printout kept in ``record`` under
    ``(name, hook)`` instead of shown; None stays None."""
    if function is None:
        return None

    def silenced(argument: Any) -> Any:
        with captured() as printed:
            try:
                return function(argument)
            finally:
                if printed.getvalue():
                    record.setdefault((name, hook), printed.getvalue())

    return silenced


def excerpt(text: str, limit: int = 120) -> str:
    """``text`` on one line, shortened and quoted: safe to show whatever a plugin printed."""
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= limit else flat[:limit] + "…")
