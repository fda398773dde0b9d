"""A bloc's members in Vietnamese alphabetical order, worked out once per bloc object.

Ranking lists members that share a place in name order, and breaks nothing else with it:
:func:`by_name` gives the member ids in that order (``vi_sort_key``, then the id), kept
beside the bloc (weakly: it goes when the bloc goes), so a scoreboard built again for the
same bloc does not sort its names again.
"""

from __future__ import annotations

import weakref

from .model import Bloc
from .text import vi_sort_key

__all__ = ["by_name", "forget_orders"]

_KEPT: dict[int, tuple[weakref.ref[Bloc], tuple[str, ...]]] = {}


def by_name(bloc: Bloc) -> tuple[str, ...]:
    """The ids of the bloc's members in Vietnamese alphabetical order of their names."""
    key = id(bloc)
    kept = _KEPT.get(key)
    if kept is not None and kept[0]() is bloc:
        return kept[1]
    order = tuple(m.id for m in sorted(bloc.members, key=lambda m: (vi_sort_key(m.name), m.id)))
    _KEPT[key] = weakref.ref(bloc, lambda _, key=key: _KEPT.pop(key, None)), order  # type: ignore[misc]
    return order


def forget_orders() -> None:
    """Drop every kept order (benchmarks measure the sort itself this way)."""
    _KEPT.clear()
