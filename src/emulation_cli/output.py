"""Showing user and workspace text on a terminal: never as markup, never as escape codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from emulation_core.text import printable

from .language import say

if TYPE_CHECKING:
    from rich.text import Text

    from emulation_core.messages import Language

__all__ = ["labelled", "safe"]

_LABELS = {"error": ("cli.label.error", "bold red"),
           "warning": ("cli.label.warning", "bold yellow"),
           "broken": ("cli.label.broken", "bold red")}


def safe(text: object, style: str = "") -> Text:
    """``text`` as a rich Text: ``[bold]`` shows literally, control characters are dropped."""
    from rich.text import Text  # imported when something is shown: JSON output never needs it

    return Text(printable(str(text)), style=style)


def labelled(label: str, message: str, flag: Language | None = None) -> Text:
    """``message`` after its label (``error``, ``warning`` or ``broken``), the label said in
    the language of errors (``flag``: the command's ``--lang``, where it has one)."""
    from rich.text import Text

    key, style = _LABELS[label]
    return Text.assemble((say(key, flag), style), ": ", safe(message))
