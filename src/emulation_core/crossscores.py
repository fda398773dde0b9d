"""Cross-scoring (chấm chéo) on record: campaigns/<id>/cross.toml.

Who scores whom, every score entered (a later entry for the same scorer, member and
criterion supersedes an earlier one, which stays on record), abstentions with their
reason, the lead's recusals, scorers removed, and the campaign's setting of which
aggregate counts (see :mod:`.aggregation`). docs/workspace.md shows the file.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from attrs import field, frozen

from .errors import Problem
from .serialize.reader import Reader, read_enum, toml_number
from .text import nfc
from .tomlsource import Path_, TomlSource
from .value_object import ValueObject

__all__ = [
    "CROSS_FILE",
    "Aggregate",
    "CrossEntry",
    "CrossMode",
    "CrossScoring",
    "CrossSettings",
    "Recusal",
    "ScorerRemoval",
    "dump_cross",
    "read_cross",
]

CROSS_FILE = "cross.toml"


class Aggregate(enum.StrEnum):
    """How the scorers' points for one member and criterion are combined."""

    MEAN = "mean"
    MEDIAN = "median"
    TRIMMED = "trimmed"  # the mean without the highest and the lowest score
    ZSCORE = "zscore"  # each scorer's z-scores, rescaled to the criterion's pooled scores


class CrossMode(enum.StrEnum):
    """Whether the cross-score replaces the reviewed score or is weighed with it."""

    OFF = "off"  # shown only; the reviewed score counts
    REPLACE = "replace"
    WEIGH = "weigh"


@frozen
class CrossSettings(ValueObject):
    """The campaign's setting: which aggregate, and how it counts (``weight``: the
    cross-score's share when weighed, 0..1)."""

    method: Aggregate = Aggregate.MEDIAN
    mode: CrossMode = CrossMode.OFF
    weight: Decimal = Decimal("0.5")


@frozen
class CrossEntry(ValueObject):
    """One score a scorer entered for a member's criterion, or an abstention
    (``points`` None, ``abstain`` the reason)."""

    scorer: str
    member: str
    code: str
    points: Decimal | None
    at: dt.datetime
    by: str = field(converter=nfc)
    abstain: str = field(default="", converter=nfc)


@frozen
class Recusal(ValueObject):
    """The lead took a scorer off a member's scoring (conflict of interest)."""

    scorer: str
    member: str
    reason: str = field(converter=nfc)
    at: dt.datetime
    by: str = field(converter=nfc)


@frozen
class ScorerRemoval(ValueObject):
    """A scorer taken off the campaign: its scores stay on record, marked, not counted."""

    scorer: str
    reason: str = field(converter=nfc)
    at: dt.datetime
    by: str = field(converter=nfc)


@frozen
class CrossScoring(ValueObject):
    """A campaign's cross-scoring: ``assigned`` maps each scorer to the members it scores."""

    campaign: str
    settings: CrossSettings = CrossSettings()
    assigned: Mapping[str, tuple[str, ...]] = field(factory=dict)
    entries: tuple[CrossEntry, ...] = ()
    recusals: tuple[Recusal, ...] = ()
    removals: tuple[ScorerRemoval, ...] = ()

    def current(self) -> dict[tuple[str, str, str], CrossEntry]:
        """The latest entry per (scorer, member, code): what stands."""
        return {(e.scorer, e.member, e.code): e for e in self.entries}

    def is_removed(self, scorer: str) -> bool:
        return any(r.scorer == scorer for r in self.removals)

    def is_recused(self, scorer: str, member: str) -> bool:
        return any(r.scorer == scorer and r.member == member for r in self.recusals)

    def scores(self, scorer: str, member: str) -> bool:
        """Whether ``scorer`` is assigned to ``member`` and still counts."""
        return member in self.assigned.get(scorer, ()) and not self.is_removed(scorer) \
            and not self.is_recused(scorer, member)


def read_cross(source: TomlSource, campaign_id: str) -> tuple[CrossScoring | None,
                                                               list[Problem]]:
    """Read a cross.toml; problems name the file, line and field."""
    r = Reader(source)
    data = source.data
    r.unknown_keys(data, (), {"method", "mode", "weight", "scorers", "scores", "recusals",
                              "removals"})
    weight = r.number(data, (), "weight", Decimal("0.5"), negative=False)
    if weight is not None and weight > 1:
        r.fail(("weight",), f"{weight} is more than 1", "write the cross-score's share, 0..1")
    settings = CrossSettings(read_enum(r, data, "method", Aggregate, Aggregate.MEDIAN),
                             read_enum(r, data, "mode", CrossMode, CrossMode.OFF),
                             weight if weight is not None else Decimal("0.5"))
    assigned: dict[str, tuple[str, ...]] = {}
    for i, raw in enumerate(r.tables(data, (), "scorers")):
        path: Path_ = ("scorers", i)
        r.unknown_keys(raw, path, {"scorer", "members"})
        scorer = r.ident(raw, path, "scorer")
        members = r.get(raw, path, "members", list, default=[])
        if scorer is not None:
            if scorer in members:
                r.fail((*path, "members"), f"{scorer!r} cannot score itself",
                       "remove it from its own list")
            assigned[scorer] = tuple(str(m) for m in members)
    entries = []
    for i, raw in enumerate(r.tables(data, (), "scores")):
        path = ("scores", i)
        r.unknown_keys(raw, path, {"scorer", "member", "code", "points", "abstain", "at",
                                   "by"})
        points = r.number(raw, path, "points", None, negative=False)
        abstain = r.text(raw, path, "abstain", "")
        if (points is None) == (not abstain):
            r.fail(path, "give either points or abstain (the reason), not both or neither")
        scorer, member = r.ident(raw, path, "scorer"), r.ident(raw, path, "member")
        code, at = r.text(raw, path, "code"), r.get(raw, path, "at", dt.datetime)
        if scorer and member and code and at:
            entries.append(CrossEntry(scorer, member, code, points, at,
                                      r.text(raw, path, "by", ""), abstain or ""))
    recusals = []
    for i, raw in enumerate(r.tables(data, (), "recusals")):
        path = ("recusals", i)
        r.unknown_keys(raw, path, {"scorer", "member", "reason", "at", "by"})
        scorer, member = r.ident(raw, path, "scorer"), r.ident(raw, path, "member")
        reason, at = r.text(raw, path, "reason"), r.get(raw, path, "at", dt.datetime)
        if scorer and member and reason is not None and at:
            recusals.append(Recusal(scorer, member, reason, at, r.text(raw, path, "by", "")))
    removals = []
    for i, raw in enumerate(r.tables(data, (), "removals")):
        path = ("removals", i)
        r.unknown_keys(raw, path, {"scorer", "reason", "at", "by"})
        scorer = r.ident(raw, path, "scorer")
        reason, at = r.text(raw, path, "reason"), r.get(raw, path, "at", dt.datetime)
        if scorer and reason is not None and at:
            removals.append(ScorerRemoval(scorer, reason, at, r.text(raw, path, "by", "")))
    if r.problems:
        return None, r.problems
    return CrossScoring(campaign_id, settings, assigned, tuple(entries), tuple(recusals),
                        tuple(removals)), []


def dump_cross(cross: CrossScoring) -> dict[str, Any]:
    """The TOML document of ``cross`` (read back equal by :func:`read_cross`)."""
    settings = cross.settings
    return {
        "method": settings.method.value,
        "mode": settings.mode.value,
        "weight": toml_number(settings.weight),
        "scorers": [{"scorer": s, "members": list(m)} for s, m in cross.assigned.items()],
        "scores": [{"scorer": e.scorer, "member": e.member, "code": e.code,
                    **({"points": toml_number(e.points)} if e.points is not None
                       else {"abstain": e.abstain}),
                    "at": e.at, "by": e.by} for e in cross.entries],
        "recusals": [{"scorer": x.scorer, "member": x.member, "reason": x.reason,
                      "at": x.at, "by": x.by} for x in cross.recusals],
        "removals": [{"scorer": x.scorer, "reason": x.reason, "at": x.at, "by": x.by}
                     for x in cross.removals],
    }
