"""Finding a row: tone-insensitive text matching and stepping to the next row that qualifies.

``xep`` finds "xếp" and ``dong`` finds "Đông": :func:`fold` drops tones and other marks,
turns ``đ`` into ``d`` and lowers case, so a lead can search without typing Vietnamese marks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence

__all__ = ["fold", "matches", "step_to"]


def fold(text: str) -> str:
    """``text`` without marks, ``đ`` as ``d``, lower case: the form searches compare."""
    bare = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in bare if not unicodedata.combining(c)).casefold()


def matches(query: str, code: str, title: str) -> bool:
    """Whether a row with ``code`` and ``title`` answers ``query``: the code itself, or every
    word of the query somewhere in the title (marks and case ignored)."""
    wanted = fold(query).split()
    if not wanted:
        return False
    if len(wanted) == 1 and wanted[0] == fold(code):
        return True
    plain = fold(title)
    return all(word in plain for word in wanted)


def step_to(keys: Sequence[str], current: str | None, wanted: Callable[[str], bool],
            step: int = 1) -> str | None:
    """The first key after ``current`` (before it when ``step`` is -1) that is ``wanted``,
    wrapping around the end; None when no key is."""
    if not keys:
        return None
    start = keys.index(current) if current in keys else (-1 if step > 0 else 0)
    for offset in range(1, len(keys) + 1):
        key = keys[(start + offset * step) % len(keys)]
        if wanted(key):
            return key
    return None
