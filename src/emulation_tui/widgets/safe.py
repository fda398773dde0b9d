"""Workspace text on screen: shown literally, without terminal control characters."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from emulation_core import printable

__all__ = ["safe_cell"]


def safe_cell(cell: RenderableType) -> RenderableType:
    """A table cell or label with escape sequences, control characters and bidi overrides
    removed: a string becomes a Text (so ``[bold]`` is never read as markup)."""
    if isinstance(cell, str):
        return Text(printable(cell))
    if isinstance(cell, Text) and not cell.plain.isprintable():
        cleaned = cell.copy()
        cleaned.plain = printable(cell.plain)  # spans of a cleaned name are not kept
        cleaned.spans = []
        return cleaned
    return cell
