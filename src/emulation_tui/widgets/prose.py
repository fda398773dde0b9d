"""Text that wraps between words and never inside a grouped number: ``1 430 000`` stays on
one line (Textual breaks lines at any space, and the Vietnamese form groups digits with
spaces)."""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual.geometry import Size
from textual.widgets import Static

__all__ = ["Prose", "Unbroken", "line_spans", "longest_word"]

_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?: \d{3})+(?!\d)")
"""Digits grouped by thousands with spaces (a decimal part follows a comma, no space)."""


def line_spans(plain: str, width: int) -> list[tuple[int, int]]:
    """Where the lines of ``plain`` start and end at ``width`` cells: breaks at spaces, never
    at one inside a grouped number, and inside a word only when it is longer than a line.
    The space a line breaks at belongs to neither line."""
    width = max(width, 1)
    spans: list[tuple[int, int]] = []
    for first, _, words in _paragraphs(plain):
        spans += _wrap(plain, words, width) or [(first, first)]
    return spans


def _paragraphs(plain: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Each line of ``plain`` (start, end) and its words (start, end): runs of characters
    between the spaces a line may break at (not those inside a grouped number)."""
    kept = {m.start() + i for m in _GROUPED.finditer(plain)
            for i, char in enumerate(m.group()) if char == " "}
    found = []
    start = 0
    for line in plain.split("\n"):
        end = start + len(line)
        words = []
        word = start
        for index in range(start, end):
            if plain[index] == " " and index not in kept:
                if index > word:
                    words.append((word, index))
                word = index + 1
        if end > word:
            words.append((word, end))
        found.append((start, end, words))
        start = end + 1
    return found


def longest_word(plain: str) -> int:
    """The cells the widest word of ``plain`` takes (a grouped number is one word)."""
    return max((cell_len(plain[a:b]) for *_, words in _paragraphs(plain) for a, b in words),
               default=0)


def _wrap(plain: str, words: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """Greedy lines of one paragraph's ``words``."""
    lines: list[tuple[int, int]] = []
    line: tuple[int, int] | None = None
    for first, last in words:
        while cell_len(plain[first:last]) > width:  # a word longer than a line: cut it
            if line is not None:
                lines.append(line)
                line = None
            cut = first + _fits(plain[first:last], width)
            lines.append((first, cut))
            first = cut
        if line is not None and cell_len(plain[line[0]:last]) <= width:
            line = (line[0], last)
        else:
            if line is not None:
                lines.append(line)
            line = (first, last)
    if line is not None:
        lines.append(line)
    return lines


def _fits(word: str, width: int) -> int:
    """How many characters of ``word`` fit in ``width`` cells (at least one)."""
    used = 0
    for count, char in enumerate(word):
        used += cell_len(char)
        if used > width:
            return max(count, 1)
    return len(word)


class Unbroken:
    """``text`` as a renderable that breaks lines where :func:`line_spans` says (its ``str``
    is the text itself, unbroken)."""

    def __init__(self, text: Text) -> None:
        self.text = text

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for start, end in line_spans(self.text.plain, options.max_width):
            yield self.text[start:end]

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        widest = max((cell_len(line) for line in plain.split("\n")), default=0)
        return Measurement(longest_word(plain), widest)


class Prose(Static):
    """A Static whose text wraps between words, never inside a grouped number."""

    def _text(self) -> Text:
        content = self.content
        return content if isinstance(content, Text) else Text(str(content))

    def render(self) -> Unbroken:
        return Unbroken(self._text())

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """One line a span: the lines :meth:`render` draws at ``width``."""
        return len(line_spans(self._text().plain, width)) if width else 0
