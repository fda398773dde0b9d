"""Installed entry points of one group, read straight from the distributions' metadata
folders on ``sys.path``.

This finds what :func:`importlib.metadata.entry_points` finds for a group (the same folders,
the same first-on-the-path choice between two installs of one distribution, the same
``entry_points.txt`` reading), without importing :mod:`importlib.metadata` and the ``email``
package it parses every distribution's metadata with: a command's start pays only for
listing the folders on the path and reading the few files that name the group. Where the
path holds something this reader does not handle (a zip file, an egg, an import hook that
lists distributions of its own), it asks :mod:`importlib.metadata` instead.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterator
from functools import reduce
from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

__all__ = ["InstalledEntryPoint", "installed_entry_points", "split_value"]

_METADATA_SUFFIXES = (".dist-info", ".egg-info")
# module, optional ":attribute.path", optional "[extras]": the entry-point value's form
_VALUE = r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$"


class InstalledEntryPoint:
    """One entry point and the distribution that registered it ("?" for a name or version
    its metadata does not give). A plain class, not attrs: it is built at every start."""

    __slots__ = ("name", "package", "value", "version")

    def __init__(self, name: str, value: str, package: str, version: str) -> None:
        self.name = name
        self.value = value
        self.package = package
        self.version = version

    def load(self) -> Any:
        """Import the module the value names and return the attribute it names (the module
        itself when it names none)."""
        parts = split_value(self.value)
        if parts is None:
            raise ValueError(f"entry point value {self.value!r} is not 'module:attribute'")
        module, attributes = parts
        return reduce(getattr, attributes, import_module(module))


def split_value(value: str) -> tuple[str, list[str]] | None:
    """An entry point's value as its module and the attribute path in it (None when it is
    not of the form ``module:attribute.path``)."""
    match = re.match(_VALUE, value)
    if match is None:
        return None
    return match.group("module"), list(filter(None, (match.group("attr") or "").split(".")))


def installed_entry_points(group: str) -> list[InstalledEntryPoint | EntryPoint]:
    """Every installed entry point of ``group``, in the order the path gives them."""
    if not _readable_path():
        from importlib.metadata import entry_points

        return list(entry_points(group=group))
    found: list[InstalledEntryPoint | EntryPoint] = []
    for folder in _distributions():
        pairs = _group_pairs(_read(os.path.join(folder, "entry_points.txt")), group)
        if pairs:
            package, version = _name_and_version(folder)
            found += [InstalledEntryPoint(name, value, package, version)
                      for name, value in pairs]
    return found


def _readable_path() -> bool:
    """Whether every place distributions may come from is a plain folder on ``sys.path``."""
    from importlib.machinery import PathFinder

    if any(hasattr(finder, "find_distributions") and finder is not PathFinder
           for finder in sys.meta_path):
        return False
    return not any(os.path.isfile(entry) or str(entry).lower().endswith(".egg")
                   for entry in sys.path)


def _distributions() -> Iterator[str]:
    """Metadata folders on ``sys.path``, the first of each distribution name only."""
    seen: set[str] = set()
    for entry in sys.path:
        try:
            children = os.listdir(entry or ".")
        except (OSError, TypeError, ValueError):
            continue
        for child in children:
            low = child.lower()
            if not low.endswith(_METADATA_SUFFIXES):
                continue
            key = re.sub(r"[-_.]+", "_", low.rpartition(".")[0].partition("-")[0])
            if key not in seen:
                seen.add(key)
                yield os.path.join(entry, child)


def _read(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as file:
            return file.read()
    except (OSError, UnicodeDecodeError):
        return ""


def _group_pairs(text: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` lines of section ``[group]`` in an ``entry_points.txt``."""
    pairs: list[tuple[str, str]] = []
    section = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
        elif section == group:
            name, _, value = line.partition("=")
            pairs.append((name.strip(), value.strip()))
    return pairs


def _name_and_version(folder: str) -> tuple[str, str]:
    """The ``Name`` and ``Version`` headers of the distribution's metadata."""
    text = _read(os.path.join(folder, "METADATA")) or _read(os.path.join(folder, "PKG-INFO"))
    headers: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip():
            break  # the headers end at the first empty line; the description follows
        key, colon, value = line.partition(":")
        if colon and not line[0].isspace():
            headers.setdefault(key.strip().lower(), value.strip())
    return headers.get("name") or "?", headers.get("version") or "?"
