"""Showing user and workspace text on a terminal: never as markup, never as escape codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from emulation_core.text import printable

if TYPE_CHECKING:
    from rich.text import Text

__all__ = ["safe"]


def safe(text: object, style: str = "") -> Text:
    """``text`` as a rich Text: ``[bold]`` shows literally, control characters are dropped."""
    from rich.text import Text  # imported when something is shown: JSON output never needs it

    return Text(printable(str(text)), style=style)
