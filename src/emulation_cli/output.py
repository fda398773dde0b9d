"""Showing user and workspace text on a terminal: never as markup, never as escape codes."""

from __future__ import annotations

from rich.text import Text

from emulation_core.text import printable

__all__ = ["safe"]


def safe(text: object, style: str = "") -> Text:
    """``text`` as a rich Text: ``[bold]`` shows literally, control characters are dropped."""
    return Text(printable(str(text)), style=style)
