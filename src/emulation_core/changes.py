"""Field-level differences between two versions of a bloc, a campaign or a submission, as
:class:`~emulation_core.change.Change` records for the change log.

Values are written as text: points at the campaign's precision (``"4.50"``), other
numbers as written (``"250000000"``), dates in ISO form, sets and lists joined with
``", "``, rules in their Python form.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import attrs

from .change import Change
from .criteria import CriteriaTable, Criterion, Section
from .criteria_moves import moved_criteria
from .model import Bloc, Campaign, Submission
from .numbers import quantize

__all__ = ["bloc_changes", "campaign_changes", "submission_changes"]

_POINTS = frozenset({"max_points", "minimum", "self_points", "verified_points",
                     "explained_points"})


def _text(value: Any, precision: Decimal | None = None) -> str | None:
    """``value`` as text; a Decimal at ``precision`` when it is points."""
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(quantize(value, precision) if precision else value, "f")
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return ", ".join(sorted(str(v) for v in value))
    if isinstance(value, tuple):
        return ", ".join(_text(v, precision) or "" for v in value)
    return str(value) if isinstance(value, str | int) else repr(value)


def _field_changes(kind: str, old: Any, new: Any, precision: Decimal | None,
                   skip: frozenset[str] = frozenset(), prefix: str = "", *,
                   campaign: str = "", member: str = "", code: str = "") -> Iterator[Change]:
    """One change per attribute that differs between two attrs objects of one class; its
    field is ``prefix`` and the attribute's name."""
    for attribute in attrs.fields(type(new)):
        name = attribute.name
        if name in skip:
            continue
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            scale = precision if name in _POINTS else None
            yield Change(kind, campaign, member, code, prefix + name, _text(before, scale),
                         _text(after, scale))


def bloc_changes(old: Bloc, new: Bloc) -> list[Change]:
    """What changed in the bloc: its settings, members and leadership."""
    found = list(_field_changes("bloc.setting", old, new, None,
                                frozenset({"members", "leadership"})))
    before = {m.id: m for m in old.members}
    after = {m.id: m for m in new.members}
    for member_id, member in after.items():
        if member_id not in before:
            found.append(Change("member.added", member=member_id,
                                new=f"{member.name} ({member.short_name}; type {member.type})"))
        else:
            found += _field_changes("member.changed", before[member_id], member, None,
                                    member=member_id)
    found += [Change("member.removed", member=member_id, old=member.name)
              for member_id, member in before.items() if member_id not in after]
    old_terms = {t.year: t for t in old.leadership}
    new_terms = {t.year: t for t in new.leadership}
    for year in sorted(old_terms.keys() | new_terms.keys()):
        for role in ("lead", "deputy"):
            was = getattr(old_terms.get(year), role, None)
            now = getattr(new_terms.get(year), role, None)
            if was != now:
                found.append(Change("leadership.changed", field=f"{year}.{role}", old=was,
                                    new=now))
    return found


def campaign_changes(old: Campaign | None, new: Campaign) -> list[Change]:
    """What changed in a campaign: settings, criteria table, targets, not-assigned codes."""
    precision = new.precision
    if old is None:
        return [Change("campaign.created", campaign=new.id, new=new.title)]
    found = list(_field_changes("campaign.setting", old, new, precision,
                                frozenset({"id", "table", "targets", "not_assigned",
                                           "no_target"}),
                                campaign=new.id))
    found += _table_changes(new.id, old.table, new.table, precision)
    for member in sorted(old.targets.keys() | new.targets.keys()):
        was, now = old.targets.get(member, {}), new.targets.get(member, {})
        for key in sorted(was.keys() | now.keys()):
            if was.get(key) != now.get(key):
                found.append(Change("target.set", campaign=new.id, member=member, field=key,
                                    old=_text(was.get(key)), new=_text(now.get(key))))
    for member in sorted(old.no_target.keys() | new.no_target.keys()):
        was_keys = old.no_target.get(member, frozenset())
        now_keys = new.no_target.get(member, frozenset())
        if was_keys != now_keys:
            found.append(Change("no_target.changed", campaign=new.id, member=member,
                                field="no_target", old=_text(was_keys) or None,
                                new=_text(now_keys) or None))
    for member in sorted(old.not_assigned.keys() | new.not_assigned.keys()):
        was_codes = old.not_assigned.get(member, frozenset())
        now_codes = new.not_assigned.get(member, frozenset())
        if was_codes != now_codes:
            found.append(Change("not_assigned.changed", campaign=new.id, member=member,
                                field="not_assigned", old=_text(was_codes) or None,
                                new=_text(now_codes) or None))
    return found


def _nodes(table: CriteriaTable) -> dict[str, Section | Criterion]:
    found: dict[str, Section | Criterion] = {}

    def visit(node: Section | Criterion) -> None:
        found[node.code] = node
        if isinstance(node, Section):
            for child in node.children:
                visit(child)

    for section in table.sections:
        visit(section)
    return found


def _table_changes(campaign: str, old: CriteriaTable, new: CriteriaTable,
                   precision: Decimal) -> list[Change]:
    found: list[Change] = []
    before, after = _nodes(old), _nodes(new)
    moves = moved_criteria(old, new)
    arrived = set(moves.values())
    for code in sorted(before.keys() | after.keys()):
        if code in moves:
            found.append(Change("criterion.moved", campaign=campaign, code=moves[code],
                                field="code", old=code, new=moves[code]))
            continue
        if code in arrived:
            continue
        was, now = before.get(code), after.get(code)
        if was is not None and now is not None and type(was) is type(now):
            found += _field_changes("criterion.changed", was, now, precision,
                                    frozenset({"code", "children"}), campaign=campaign,
                                    code=code)
            continue
        if was is not None:
            found.append(Change("criterion.removed", campaign=campaign, code=code,
                                old=was.title))
        if now is not None:
            found.append(Change("criterion.added", campaign=campaign, code=code,
                                new=now.title))
    found += _order_changes(campaign, old, new)
    for key in sorted(old.indicators.keys() | new.indicators.keys()):
        was_ind, now_ind = old.indicators.get(key), new.indicators.get(key)
        if was_ind is not None and now_ind is not None:
            found += _field_changes("indicator.changed", was_ind, now_ind, None,
                                    frozenset({"key"}), f"{key}.", campaign=campaign)
        elif was_ind != now_ind:
            found.append(Change("indicator.removed" if now_ind is None else "indicator.added",
                                campaign=campaign, field=key,
                                old=was_ind.label if was_ind else None,
                                new=now_ind.label if now_ind else None))
    return found


def _orders(table: CriteriaTable) -> dict[str, tuple[str, ...]]:
    """The codes of each section's children in order; ``""``: the table's sections."""
    found = {"": tuple(s.code for s in table.sections)}
    for code, node in _nodes(table).items():
        if isinstance(node, Section):
            found[code] = tuple(child.code for child in node.children)
    return found


def _order_changes(campaign: str, old: CriteriaTable, new: CriteriaTable) -> list[Change]:
    """One ``criteria.reordered`` change per section whose children that stay in it are
    in another order (``code`` the section's, empty for the table's sections)."""
    before, after = _orders(old), _orders(new)
    found = []
    for parent in sorted(before.keys() & after.keys()):
        staying = set(before[parent]) & set(after[parent])
        was = tuple(c for c in before[parent] if c in staying)
        now = tuple(c for c in after[parent] if c in staying)
        if was != now:
            found.append(Change("criteria.reordered", campaign=campaign, code=parent,
                                field="order", old=_text(was), new=_text(now)))
    return found


def submission_changes(old: Submission | None, new: Submission | None,
                       precision: Decimal | None = None) -> list[Change]:
    """What changed in one member's submission (None: no submission); points at
    ``precision``."""
    some = new or old
    if some is None:
        return []
    campaign, member = some.campaign, some.member
    if new is None:
        return [Change("submission.deleted", campaign, member,
                       old=old.status.value if old else None)]
    found = []
    if old is None:
        found.append(Change("submission.created", campaign, member, new=new.status.value))
        old = Submission(new.member, new.campaign, new.status)
    step = new.history[-1] if len(new.history) > len(old.history) else None
    found += [attrs.evolve(c, kind=f"submission.{c.field}",
                           reason=step.reason if step and c.field == "status" else "")
              for c in _field_changes(
                  "submission", old, new, None,
                  frozenset({"member", "campaign", "values", "entries", "updated_at",
                             "corrections", "history"}),
                  campaign=campaign, member=member)]
    for key in sorted(old.values.keys() | new.values.keys()):
        if old.values.get(key) != new.values.get(key):
            found.append(Change("submission.value", campaign, member, field=key,
                                old=_text(old.values.get(key)),
                                new=_text(new.values.get(key))))
    for key in sorted(old.corrections.keys() | new.corrections.keys()):
        was, now = old.corrections.get(key), new.corrections.get(key)
        if was != now:
            found.append(Change("submission.correction", campaign, member, field=key,
                                old=_text(was.value if was else None),
                                new=_text(now.value if now else None),
                                reason=now.reason if now else ""))
    found += _entry_changes(old, new, precision)
    return found


def _entry_changes(old: Submission, new: Submission,
                   precision: Decimal | None) -> list[Change]:
    found = []
    stages = (("self_points", "self"), ("verified_points", "verified"),
              ("reason", "reason"), ("evidence", "evidence"), ("explanation", "explanation"),
              ("answer", "answer"), ("verdict", "verdict"), ("explained_points", "explained"))
    for code in sorted(old.entries.keys() | new.entries.keys()):
        was, now = old.entry(code), new.entry(code)
        for name, short in stages:
            before, after = getattr(was, name), getattr(now, name)
            if before != after:
                scale = precision if name in _POINTS else None
                found.append(Change(f"submission.{short}", new.campaign, new.member, code,
                                    short, _text(before, scale), _text(after, scale),
                                    now.reason if short == "verified" else
                                    now.answer if short in ("explained", "verdict") else ""))
    return found
