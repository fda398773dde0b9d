"""A campaign's lock (after the bloc's meeting): campaigns/<id>/lock.toml.

::

    locked = true
    [finals]                      # each member's total that counted when locked
    hoi-chu-thap-do = 92.5
    [[events]]                    # every lock and unlock: who, when, why
    action = "locked"
    at = 2018-07-20T09:00:00Z
    by = "lead:Nguyễn Văn An"
    reason = "Họp khối sơ kết 6 tháng"

A campaign without the file is not locked.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from attrs import field, frozen

from .errors import Problem
from .serialize.reader import Reader, toml_number
from .text import nfc
from .tomlsource import Path_, TomlSource
from .value_object import ValueObject

__all__ = ["LOCK_FILE", "CampaignLock", "LockEvent", "dump_lock", "read_lock"]

LOCK_FILE = "lock.toml"
_ACTIONS = ("locked", "unlocked")


@frozen
class LockEvent(ValueObject):
    """One lock or unlock of a campaign."""

    action: str
    at: dt.datetime
    by: str = field(converter=nfc)
    reason: str = field(default="", converter=nfc)


@frozen
class CampaignLock(ValueObject):
    """Whether a campaign is locked, every lock and unlock, and the totals locked in."""

    locked: bool = False
    events: tuple[LockEvent, ...] = ()
    finals: Mapping[str, Decimal] = field(factory=dict)


def read_lock(source: TomlSource) -> tuple[CampaignLock | None, list[Problem]]:
    """Read a lock.toml; problems name the file and field."""
    r = Reader(source)
    data = source.data
    r.unknown_keys(data, (), {"locked", "finals", "events"})
    locked = r.get(data, (), "locked", bool, default=False)
    finals: dict[str, Decimal] = {}
    for member, raw in r.table(data, (), "finals").items():
        number = r.decimal(raw, ("finals", member))
        if number is not None:
            finals[member] = number
    events = []
    for i, raw in enumerate(r.tables(data, (), "events")):
        path: Path_ = ("events", i)
        r.unknown_keys(raw, path, {"action", "at", "by", "reason"})
        action = r.text(raw, path, "action")
        if action is not None and action not in _ACTIONS:
            r.fail((*path, "action"), f"{action!r} is not one of {', '.join(_ACTIONS)}")
        at = r.get(raw, path, "at", dt.datetime)
        if action in _ACTIONS and at is not None:
            events.append(LockEvent(action, at, r.text(raw, path, "by", default=""),
                                    r.text(raw, path, "reason", default="")))
    if r.problems:
        return None, r.problems
    return CampaignLock(bool(locked), tuple(events), finals), []


def dump_lock(lock: CampaignLock) -> dict[str, Any]:
    return {
        "locked": lock.locked,
        "finals": {member: toml_number(total) for member, total in lock.finals.items()},
        "events": [{"action": e.action, "at": e.at, "by": e.by,
                    **({"reason": e.reason} if e.reason else {})} for e in lock.events],
    }
