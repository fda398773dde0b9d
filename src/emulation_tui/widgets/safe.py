"""Workspace text on screen: shown literally, without terminal control characters."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

__all__ = ["safe_cell"]


def safe_cell(cell: RenderableType) -> RenderableType:
    """A table cell or label with escape sequences, control characters and bidi overrides
    removed: a string becomes a Text (so ``[bold]`` is never read as markup)."""
    if isinstance(cell, str):
        return Text(cell if cell.isprintable() else _printable(cell))
    if isinstance(cell, Text) and not cell.plain.isprintable():
        cleaned = cell.copy()
        cleaned.plain = _printable(cell.plain)  # spans of a cleaned name are not kept
        cleaned.spans = []
        return cleaned
    return cell


def _printable(text: str) -> str:
    """The library's :func:`~emulation_core.printable`, imported when first needed (the first
    frame does not wait for it)."""
    from emulation_core import printable

    return printable(text)
