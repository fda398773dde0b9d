"""targets.toml: registered targets and not-assigned criteria, checked against each member.

Every key refers to something: the table name to a member of the bloc, each target to an
indicator that one of that member's criteria scores against a target, each
``not_assigned`` code to a criterion or section of that member's table. A reference to
nothing would silently change a score, so it is refused.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from attrs import frozen

from ..criteria import CriteriaTable, Indicator, Section, Unread
from ..errors import Problem
from ..model import Campaign
from ..rules import FormulaRule, TargetRule
from ..tomlsource import TomlSource
from ..value_object import ValueObject
from .reader import Reader, suggest, toml_number

__all__ = ["BlocTypes", "TargetSheet", "dump_targets", "read_targets", "targets_problems"]


@frozen
class BlocTypes(ValueObject):
    """The bloc's members and the association types that are installed.

    ``member_types`` maps member id → type key; ``sections`` maps each installed type key →
    its plugin's section and indicators.
    """

    member_types: Mapping[str, str]
    sections: Mapping[str, tuple[Section, Mapping[str, Indicator]]]

    @property
    def known_types(self) -> frozenset[str]:
        """Type keys a criterion may apply to: installed, or some member's type."""
        return frozenset(self.sections) | frozenset(self.member_types.values())

    def table_for(self, common: CriteriaTable, member_id: str) -> tuple[CriteriaTable, bool]:
        """The member's table within ``common``, and whether its type is installed (when
        not, its per-type slots are empty)."""
        type_key = self.member_types[member_id]
        section, indicators = self.sections.get(type_key, (None, None))
        return common.for_type(type_key, section, indicators), section is not None


@frozen
class TargetSheet(ValueObject):
    """What targets.toml registers, by member: targets, "no target" indicators, and the
    criteria not assigned."""

    targets: dict[str, dict[str, Decimal]]
    no_target: dict[str, frozenset[str]]
    not_assigned: dict[str, frozenset[str]]


def read_targets(r: Reader, source: TomlSource, table: CriteriaTable | None, bloc: BlocTypes,
                 unread: Unread | None = None) -> TargetSheet:
    """Targets, "no target" indicators and not-assigned codes by member.

    ``table`` None (the criteria file could not be read) skips the checks against the
    members' criteria; the members, the numbers and the lists are checked all the same.
    ``unread`` is what of ``table`` could not be read: a reference that may point into it
    is not refused (the criteria file's own message says what to fix there), every other
    one is.
    """
    targets: dict[str, dict[str, Decimal]] = {}
    no_target: dict[str, frozenset[str]] = {}
    not_assigned: dict[str, frozenset[str]] = {}
    unread = unread or Unread()
    for member_id, raw in source.data.items():
        if member_id not in bloc.member_types:
            r.fail_keyed((member_id,), "ref.not_member", name=member_id,
                         suggestion=suggest(member_id, bloc.member_types, "ref.known.members"))
            continue
        if not isinstance(raw, dict):
            r.fail_keyed((member_id,), "targets_toml.not_table")
            continue
        own, installed = (None, False) if table is None else bloc.table_for(table, member_id)
        used = target_indicators(own) if own is not None and installed else None
        if used is not None and own is not None and unread.lost_criteria:
            used = None if unread.indicator_lost else used | _maybe_read_by_lost(own, unread)
        elif used is not None and own is not None and _reads_undeclared(own):
            used |= frozenset(own.indicators)  # a rule's mistyped key may be the one meant
        values = {}
        for key, value in raw.items():
            if key == "not_assigned":
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    r.fail_keyed((member_id, key), "targets_toml.codes_list")
                    continue
                if table is not None and own is not None:
                    _check_codes(r, member_id, value, table, own, installed,
                                 bloc.member_types[member_id], unread)
                not_assigned[member_id] = frozenset(value)
                continue
            if key == "no_target":
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    r.fail_keyed((member_id, key), "targets_toml.indicators_list")
                    continue
                for indicator_key in value:
                    if used is not None and indicator_key not in used:
                        _refuse_target_key(r, member_id, indicator_key, own, used, key)
                    elif indicator_key in raw:
                        r.fail_keyed((member_id, key), "targets_toml.both",
                                     key=indicator_key)
                no_target[member_id] = frozenset(value)
                continue
            indicator = own.indicators.get(key) if own is not None else None
            number = r.decimal(value, (member_id, key), negative=False,
                               integer=bool(indicator and indicator.integer))
            if number is None:
                continue
            if own is not None and used is not None and key not in used:
                _refuse_target_key(r, member_id, key, own, used)
            values[key] = number
        if values:
            targets[member_id] = values
    return TargetSheet(targets, no_target, not_assigned)


def targets_problems(source: TomlSource, bloc: BlocTypes) -> list[Problem]:
    """What is wrong in a targets.toml whose criteria file could not be read: its members,
    numbers and lists."""
    r = Reader(source)
    read_targets(r, source, None, bloc)
    return r.problems


def target_indicators(table: CriteriaTable) -> frozenset[str]:
    """Indicators that some criterion of ``table`` scores against a registered target."""
    found: set[str] = set()
    for criterion in table.leaves():
        if isinstance(criterion.rule, TargetRule | FormulaRule):
            found |= criterion.rule.indicators
    return frozenset(found)


def _reads_undeclared(table: CriteriaTable) -> bool:
    """Whether a rule of ``table`` reads an indicator the table does not declare (the
    criteria file's own mistake: which declared one was meant is not known)."""
    return any(not criterion.rule.indicators <= table.indicators.keys()
               for criterion in table.leaves())


def _maybe_read_by_lost(own: CriteriaTable, unread: Unread) -> frozenset[str]:
    """Indicators that a criterion the reader lost may score against a target: every one
    the table declares, or may have declared, that no criterion read scores."""
    return frozenset(own.indicators) | unread.indicators


def _refuse_target_key(r: Reader, member_id: str, key: str, own: CriteriaTable | None,
                       used: frozenset[str], field: str | None = None) -> None:
    why = "ref.target_unread" if own is not None and key in own.indicators \
        else "ref.target_unknown"
    r.fail_keyed((member_id, field or key), why, key=key,
                 suggestion=suggest(key, used, "ref.known.targets"))


def _check_codes(r: Reader, member_id: str, codes: list[str], common: CriteriaTable,
                 own: CriteriaTable, installed: bool, type_key: str, unread: Unread) -> None:
    mine = _codes(own)
    slots = tuple(f"{slot.code}." for slot in own.per_type_slots())
    seen: set[str] = set()
    path = (member_id, "not_assigned")
    for code in codes:
        if code in seen:
            r.fail_keyed(path, "ref.code_twice", code=code)
        seen.add(code)
        if code in mine or (not installed and code.startswith(slots)) or unread.holds(code):
            continue  # a type not installed, or a node not read: nothing to check against
        if code in _codes(common):
            r.fail_keyed(path, "ref.code_not_for_type", code=code, type=type_key)
        else:
            r.fail_keyed(path, "ref.code_unknown", code=code,
                         suggestion=suggest(code, mine, "ref.known.codes"))


def _codes(table: CriteriaTable) -> set[str]:
    """Codes of every section and criterion of ``table``."""
    found: set[str] = set()
    stack: list[Any] = list(table.sections)
    while stack:
        node = stack.pop()
        found.add(node.code)
        if isinstance(node, Section):
            stack.extend(node.children)
    return found


def dump_targets(campaign: Campaign) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    members = set(campaign.targets) | set(campaign.not_assigned) | set(campaign.no_target)
    for member_id in sorted(members):
        values = campaign.targets.get(member_id, {})
        table: dict[str, Any] = {k: toml_number(v) for k, v in values.items()}
        if member_id in campaign.no_target:
            table["no_target"] = sorted(campaign.no_target[member_id])
        if member_id in campaign.not_assigned:
            table["not_assigned"] = sorted(campaign.not_assigned[member_id])
        doc[member_id] = table
    return doc
