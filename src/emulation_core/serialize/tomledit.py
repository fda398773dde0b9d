"""Updating a TOML file that people edit by hand, keeping their comments and layout.

The program knows what a file must hold (a plain document from a ``dump_*`` function);
instead of writing that afresh, the file's own text is parsed with tomlkit (which keeps
comments, blank lines, key order and the way each value was written) and changed only
where the values differ: a changed value is replaced where it stands (a comment after it
stays), a key that is gone is removed, a new key is added, and elements of arrays of
tables are matched by what identifies them (``id``, ``code``, ``key``, ``year``,
``indicator``) so that removing one member does not move the comments of the others.
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping, MutableSequence
from typing import Any

import tomlkit
from tomlkit.exceptions import TOMLKitError
from tomlkit.items import AoT, Array, InlineTable, Table

__all__ = ["updated_text"]

_IDENTITY = ("id", "code", "key", "year", "indicator")


def updated_text(old_text: str, new: Mapping[str, Any]) -> str | None:
    """``old_text`` changed to hold exactly ``new``, or None when it is not TOML."""
    try:
        document = tomlkit.parse(old_text)
    except TOMLKitError:
        return None
    _merge(document, new)
    return tomlkit.dumps(document)


def _merge(table: MutableMapping[str, Any], new: Mapping[str, Any]) -> None:
    for key in [k for k in table if k not in new]:
        del table[key]
    for key, value in new.items():
        old = table.get(key)
        if isinstance(value, Mapping) and isinstance(old, Table | InlineTable):
            _merge(old, value)
        elif _tables(value) and isinstance(old, AoT | Array) and _tables(old):
            _merge_elements(old, value, inline=isinstance(old, Array))
        elif key not in table or not _same(old, value):
            table[key] = value


def _tables(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(v, Mapping) for v in value)


def _same(old: object, new: object) -> bool:
    """Whether a value as written reads as ``new`` (``true`` is not ``1``)."""
    return old == new and isinstance(old, bool) == isinstance(new, bool)


def _identity(table: Mapping[str, Any]) -> tuple[str, object] | None:
    for name in _IDENTITY:
        if name in table:
            value = table[name]
            return name, value.unwrap() if hasattr(value, "unwrap") else value
    return None


def _merge_elements(old: MutableSequence[Any], new: list[Mapping[str, Any]], *,
                    inline: bool) -> None:
    """Make the array of tables ``old`` hold ``new``, reusing each matching old element."""
    unused = list(old)
    chosen: list[Any] = []
    for position, value in enumerate(new):
        ident = _identity(value)
        match = next((t for t in unused if ident is not None and _identity(t) == ident), None)
        if match is None and ident is None and position < len(old) \
                and _identity(old[position]) is None and any(old[position] is t for t in unused):
            match = old[position]  # nothing identifies them: the same place
        if match is not None:
            unused.remove(match)
        chosen.append(match)
    for index in reversed(range(len(old))):
        if any(old[index] is t for t in unused):
            del old[index]
    for position, (match, value) in enumerate(zip(chosen, new, strict=True)):
        if match is None:
            old.insert(position, _fresh(value, inline=inline))
            continue
        current = next(i for i, t in enumerate(old) if t is match)
        if current != position:
            del old[current]
            old.insert(position, match)
        _merge(match, value)


def _fresh(value: Mapping[str, Any], *, inline: bool) -> Any:
    if inline:
        table = tomlkit.inline_table()
        table.update(value)
        return table
    table = tomlkit.item(dict(value))
    table.add(tomlkit.nl())  # a blank line before the next table, as people write them
    return table
