"""Setting up the bloc: member units and the lead and deputy of each year.

Each function validates, saves through the workspace (same rules as opening, recorded in
the change log as the workspace's actor) and returns the changes it made; invalid input
raises :class:`~emulation_core.ValidationError` and writes nothing.
"""

from __future__ import annotations

from attrs import evolve

from .change import Change
from .changes import bloc_changes, campaign_changes
from .errors import Problem, ValidationError
from .messages import Message
from .model import Bloc, Leadership, Member
from .text import unsafe_id_key
from .workspace import Workspace

__all__ = ["add_member", "edit_member", "remove_member", "set_leadership"]

_FILE = "workspace.toml"


def _refuse(field: str, key: str, /, **values: object) -> ValidationError:
    return ValidationError([Problem.keyed(_FILE, None, field, key, **values)])


def _check_type(ws: Workspace, type_key: str) -> None:
    if type_key not in ws.registry.types:
        known = ", ".join(sorted(ws.registry.types))
        raise _refuse("type", "roster.type_unknown", type=type_key, known=known)


def _save(ws: Workspace, bloc: Bloc) -> list[Change]:
    changes = bloc_changes(ws.bloc, bloc)
    ws.save_bloc(bloc)
    return changes


def add_member(ws: Workspace, member: Member) -> list[Change]:
    """Add a member unit. Campaigns that exist already keep the members they had: those
    that took every member of the bloc get their member list written down first."""
    reason = unsafe_id_key(member.id)
    if reason:
        raise _refuse("id", "roster.bad_id", member=member.id, reason=Message(reason))
    if ws.bloc.member(member.id) is not None:
        raise _refuse("id", "roster.exists", member=member.id)
    if not member.name.strip():
        raise _refuse("name", "roster.empty_name")
    _check_type(ws, member.type)
    current = tuple(m.id for m in ws.bloc.members)
    changes: list[Change] = []
    with ws.transaction():
        for campaign in list(ws.campaigns.values()):
            if campaign.members is None:
                pinned = evolve(campaign, members=current)
                ws.save_campaign(pinned)
                changes += campaign_changes(campaign, pinned)
        changes += _save(ws, evolve(ws.bloc, members=(*ws.bloc.members, member)))
    return changes


def edit_member(ws: Workspace, member_id: str, *, name: str | None = None,
                short_name: str | None = None, type_key: str | None = None) -> list[Change]:
    """Change a member's name, short name or type (a type only while it has no
    submissions); an empty list when nothing differs."""
    old = ws.bloc.member(member_id)
    if old is None:
        raise _refuse("id", "roster.unknown", member=member_id)
    if type_key is not None:
        _check_type(ws, type_key)
    if name is not None and not name.strip():
        raise _refuse("name", "roster.empty_name")
    new = evolve(old, name=old.name if name is None else name,
                 short_name=old.short_name if short_name is None else short_name,
                 type=old.type if type_key is None else type_key)
    if new == old:
        return []
    members = tuple(new if m.id == member_id else m for m in ws.bloc.members)
    return _save(ws, evolve(ws.bloc, members=members))


def remove_member(ws: Workspace, member_id: str) -> list[Change]:
    """Remove a member unit with its submissions and targets (see
    :meth:`Workspace.remove_member`); the changes made, in one step."""
    if ws.bloc.member(member_id) is None:
        raise _refuse("id", "roster.unknown", member=member_id)
    before_bloc, before_campaigns = ws.bloc, dict(ws.campaigns)
    ws.remove_member(member_id)
    changes = [c for cid, old in before_campaigns.items()
               for c in campaign_changes(old, ws.campaigns[cid])]
    return changes + bloc_changes(before_bloc, ws.bloc)


def set_leadership(ws: Workspace, year: int, lead: str, deputy: str | None = None,
                   ) -> list[Change]:
    """Record the lead (Trưởng khối) and deputy (Phó khối) of ``year``."""
    for role, member_id in (("lead", lead), ("deputy", deputy)):
        if member_id is not None and ws.bloc.member(member_id) is None:
            known = ", ".join(m.id for m in ws.bloc.members) or Message("roster.none_yet")
            raise _refuse(f"leadership.{role}", "roster.not_member", member=member_id,
                          known=known)
    if deputy is not None and deputy == lead:
        raise _refuse("leadership.deputy", "roster.deputy_is_lead")
    terms = [t for t in ws.bloc.leadership if t.year != year]
    terms.append(Leadership(year, lead, deputy))
    return _save(ws, evolve(ws.bloc, leadership=tuple(sorted(terms, key=lambda t: t.year))))
