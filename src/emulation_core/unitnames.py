"""How deliberation's refusals name member units: as people know them (the short name, else
the full name), not by the id the files use; an id no member has stays as it was given."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .model import Bloc

__all__ = ["name_choices", "name_units", "named", "unit_names"]


def unit_names(bloc: Bloc) -> dict[str, str]:
    """Each member's id and the name people use for it: its short name, else its name."""
    return {m.id: m.short_name or m.name for m in bloc.members}


def name_units(names: Mapping[str, str], ids: Iterable[str]) -> str:
    """The units, comma-separated, by name; an id no member has is quoted as given
    (``'hoi-ma'``)."""
    return ", ".join(names.get(i, f"'{i}'") for i in ids)


def name_choices(names: Mapping[str, str], ids: Iterable[str]) -> str:
    """The units one may choose from, each by name with the id to type after it
    (``Hội Nhà báo (hoi-nha-bao)``); ``—`` when there is none."""
    return ", ".join(f"{names.get(i, i)} ({i})" for i in ids) or "—"


def named(bloc: Bloc, unit: str) -> str:
    """One unit of ``bloc`` by name (quoted as given when no member has that id)."""
    return name_units(unit_names(bloc), [unit])
