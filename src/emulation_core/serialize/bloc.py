"""workspace.toml: the bloc, its members and who leads it each year."""

from __future__ import annotations

from typing import Any

from ..errors import Problem, SchemaVersionError, ValidationError
from ..model import Bloc, Leadership, Member
from ..tomlsource import Path_, TomlSource
from .reader import Reader

__all__ = ["check_schema", "dump_bloc", "read_bloc"]


def check_schema(source: TomlSource, newest: int) -> None:
    """Refuse a workspace.toml without a usable ``schema_version``, or one written by a
    newer program (:class:`SchemaVersionError`), before reading anything else."""
    version = source.data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise ValidationError([source.keyed_problem(("schema_version",),
                                                    "workspace_toml.schema_version",
                                                    newest=str(newest))])
    if version < 1:
        raise ValidationError([source.keyed_problem(("schema_version",), "ref.schema_low",
                                                    version=str(version), newest=str(newest))])
    if version > newest:
        raise SchemaVersionError(source.display, version, newest)


def read_bloc(source: TomlSource) -> tuple[Bloc | None, list[Problem]]:
    r = Reader(source)
    data = source.data
    r.unknown_keys(data, (), {"schema_version", "description", "bloc", "members", "leadership"})
    bloc_table = r.table(data, (), "bloc")
    r.unknown_keys(bloc_table, ("bloc",), {"id", "name"})
    bloc_id = r.ident(bloc_table, ("bloc",), "id")
    name = r.text(bloc_table, ("bloc",), "name")
    members: list[Member] = []
    seen: set[str] = set()  # the ids read, of members read whole or in part
    before = len(r.problems)
    entries = r.tables(data, (), "members")
    id_lost = len(r.problems) > before  # then who the leadership may name is not known
    for i, raw in enumerate(entries):
        path: Path_ = ("members", i)
        r.unknown_keys(raw, path, {"id", "name", "short_name", "type"})
        member_id = r.ident(raw, path, "id")
        m_name = r.text(raw, path, "name")
        if m_name is not None and not m_name.strip():
            r.fail_keyed((*path, "name"), "workspace_toml.name_empty")
        short = r.text(raw, path, "short_name", default=m_name or "")
        type_key = r.ident(raw, path, "type")
        if member_id is None or member_id in seen:
            id_lost = True  # which member was meant is not known
            if member_id is not None:
                r.fail_keyed((*path, "id"), "workspace_toml.member_twice", name=member_id)
            continue
        seen.add(member_id)
        if m_name and type_key:
            members.append(Member(member_id, m_name, short, type_key))
    leadership: list[Leadership] = []
    years: set[int] = set()
    for i, raw in enumerate(r.tables(data, (), "leadership")):
        path = ("leadership", i)
        r.unknown_keys(raw, path, {"year", "lead", "deputy"})
        year = r.get(raw, path, "year", int)
        lead = r.text(raw, path, "lead")
        deputy = r.text(raw, path, "deputy", default=None)
        if year in years:
            r.fail_keyed((*path, "year"), "ref.year_twice", year=str(year))
        years.add(year)
        for key, value in (("lead", lead), ("deputy", deputy)):
            if value is not None and value not in seen and not id_lost:
                r.fail_keyed((*path, key), "workspace_toml.not_member", name=value,
                             names=", ".join(sorted(seen)))
        if deputy is not None and deputy == lead:
            r.fail_keyed((*path, "deputy"), "ref.deputy_is_lead", name=deputy)
        if year is not None and lead is not None:
            leadership.append(Leadership(year, lead, deputy))
    description = r.text(data, (), "description", default="")
    if r.problems or bloc_id is None or name is None:
        return None, r.problems
    return Bloc(bloc_id, name, tuple(members), tuple(leadership), description), r.problems


def dump_bloc(bloc: Bloc, schema_version: int) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema_version": schema_version}
    if bloc.description:
        doc["description"] = bloc.description
    doc["bloc"] = {"id": bloc.id, "name": bloc.name}
    doc["members"] = [
        {"id": m.id, "name": m.name, "short_name": m.short_name, "type": m.type}
        for m in bloc.members
    ]
    doc["leadership"] = [
        {"year": x.year, "lead": x.lead, **({"deputy": x.deputy} if x.deputy else {})}
        for x in bloc.leadership
    ]
    return doc
