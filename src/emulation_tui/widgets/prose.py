"""Text that wraps between words and never inside a grouped number: ``1 430 000`` stays on
one line (Textual breaks lines at any space, and the Vietnamese form groups digits with
spaces)."""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text
from textual.app import RenderResult
from textual.geometry import Size
from textual.widgets import Static

__all__ = ["Prose", "line_spans"]

_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?!\d)")
"""Digits grouped by thousands with spaces (a decimal part follows a comma, no space)."""


def line_spans(plain: str, width: int) -> list[tuple[int, int]]:
    """Where the lines of ``plain`` start and end at ``width`` cells: breaks at spaces, never
    at one inside a grouped number, and inside a word only when it is longer than a line.
    The space a line breaks at belongs to neither line."""
    width = max(width, 1)
    kept = {m.start() + i for m in _GROUPED.finditer(plain)
            for i, char in enumerate(m.group()) if char == " "}
    spans: list[tuple[int, int]] = []
    start = 0
    for paragraph in plain.split("\n"):
        spans += _wrap(paragraph, start, width, kept)
        start += len(paragraph) + 1
    return spans


def _wrap(text: str, offset: int, width: int, kept: set[int]) -> list[tuple[int, int]]:
    """Greedy lines of one paragraph (``offset``: where it starts in the whole text)."""
    words: list[tuple[int, int]] = []  # (start, end) of each word, spaces outside
    start = 0
    for index, char in enumerate(text):
        if char == " " and offset + index not in kept:
            if index > start:
                words.append((start, index))
            start = index + 1
    if len(text) > start:
        words.append((start, len(text)))
    lines: list[tuple[int, int]] = []
    line: tuple[int, int] | None = None
    for first, last in words:
        while cell_len(text[first:last]) > width:  # a word longer than a line: cut it
            if line is not None:
                lines.append(line)
                line = None
            cut = first + _fits(text[first:last], width)
            lines.append((first, cut))
            first = cut
        if line is not None and cell_len(text[line[0]:last]) <= width:
            line = (line[0], last)
        else:
            if line is not None:
                lines.append(line)
            line = (first, last)
    if line is not None:
        lines.append(line)
    return [(offset + a, offset + b) for a, b in lines] or [(offset, offset)]


def _fits(word: str, width: int) -> int:
    """How many characters of ``word`` fit in ``width`` cells (at least one)."""
    used = 0
    for count, char in enumerate(word):
        used += cell_len(char)
        if used > width:
            return max(count, 1)
    return len(word)


class Prose(Static):
    """A Static whose text wraps between words, never inside a grouped number."""

    def _text(self) -> Text:
        content = self.content
        return content if isinstance(content, Text) else Text(str(content))

    def render(self) -> RenderResult:
        width = self.content_size.width
        if not width:
            return super().render()
        text = self._text()
        return Text("\n").join(text[start:end] for start, end in line_spans(text.plain, width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One line a span: the lines :meth:`render` draws at ``width``."""
        return len(line_spans(self._text().plain, width)) if width else 0
