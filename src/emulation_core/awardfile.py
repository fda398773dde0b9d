"""A campaign's deliberation on record: campaigns/<id>/awards.toml.

The rule set the campaign uses, how many units the Government-flag share is counted
over, the council's override inclusions, the meeting (time, place, who attended) and every
ballot. docs/workspace.md shows the file. The records are here (:class:`Override`,
:class:`Ballot`, :class:`Meeting`, :class:`Deliberation`), so that opening a workspace reads
and checks the file without the rule sets, the proposals or the tally (:mod:`.proposals`,
:mod:`.ballots`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from attrs import field, frozen

from .errors import Problem
from .serialize.reader import Reader
from .text import nfc
from .tomlsource import Path_, TomlSource
from .value_object import ValueObject

__all__ = [
    "AWARDS_FILE", "Ballot", "Deliberation", "Meeting", "Override", "VoteMethod", "dump_awards",
    "read_awards",
]

AWARDS_FILE = "awards.toml"
DEFAULT_RULES = "vn-2023"


@frozen
class Override(ValueObject):
    """The council's decision on one unit and award, with its reason: it proposes a unit
    the rules do not find eligible, or (``exclude``) leaves out one they do. The latest
    decision on a unit and award stands."""

    member: str
    award: str
    reason: str
    exclude: bool = False


class VoteMethod(enum.StrEnum):
    HANDS = "hands"  # biểu quyết giơ tay: named
    SECRET = "secret"  # bỏ phiếu kín: counts only


@frozen
class Ballot(ValueObject):
    """One vote on ``candidate`` for ``award``. Named votes (hands) list the voters; a secret
    ballot gives only the counts (``for_count`` …)."""

    award: str
    candidate: str
    method: VoteMethod
    present: tuple[str, ...]
    written: tuple[str, ...] = ()
    voted_for: tuple[str, ...] = ()
    against: tuple[str, ...] = ()
    abstained: tuple[str, ...] = ()
    for_count: int = 0
    against_count: int = 0
    abstain_count: int = 0
    at: dt.datetime | None = None
    by: str = field(default="", converter=nfc)

    @property
    def voters(self) -> tuple[str, ...]:
        return (*self.present, *self.written)

    def counts(self) -> tuple[int, int, int]:
        """Votes for, against, abstaining."""
        if self.method is VoteMethod.HANDS:
            return len(self.voted_for), len(self.against), len(self.abstained)
        return self.for_count, self.against_count, self.abstain_count


@frozen
class Meeting(ValueObject):
    """The bloc's deliberation meeting (họp bình xét): when, where, who chaired it."""

    at: dt.datetime | None = None
    place: str = field(default="", converter=nfc)
    chair: str = field(default="", converter=nfc)
    secretary: str = field(default="", converter=nfc)
    attended: tuple[str, ...] = ()


@frozen
class Deliberation(ValueObject):
    """What awards.toml holds for one campaign."""

    campaign: str
    rules: str = DEFAULT_RULES
    leaders_total: int | None = None
    overrides: tuple[Override, ...] = ()
    meeting: Meeting = Meeting()
    ballots: tuple[Ballot, ...] = ()


def _ids(r: Reader, raw: Mapping[str, Any], path: Path_, key: str) -> tuple[str, ...]:
    value = r.get(raw, path, key, list, [])
    if not all(isinstance(v, str) for v in value):
        r.fail((*path, key), "write member ids as text, e.g. [\"hoi-nha-bao\"]")
        return ()
    return tuple(nfc(v) for v in value)


def read_awards(source: TomlSource, campaign_id: str) -> tuple[Deliberation | None,
                                                                list[Problem]]:
    """Read an awards.toml; problems name the file, line and field."""
    r = Reader(source)
    data = source.data
    r.unknown_keys(data, (), {"rules", "leaders_total", "overrides", "meeting", "ballots"})
    rules = r.ident(data, (), "rules") if "rules" in data else DEFAULT_RULES
    leaders_total = r.get(data, (), "leaders_total", int, None)
    if leaders_total is not None and leaders_total < 1:
        r.fail(("leaders_total",), f"{leaders_total} is less than 1",
               "write how many units lead the province's blocs and clusters")
    overrides = []
    for i, raw in enumerate(r.tables(data, (), "overrides")):
        path: Path_ = ("overrides", i)
        r.unknown_keys(raw, path, {"member", "award", "reason", "exclude"})
        member, award = r.ident(raw, path, "member"), r.text(raw, path, "award")
        reason = r.text(raw, path, "reason")
        exclude = r.get(raw, path, "exclude", bool, False)
        if member and award and reason is not None:
            if not reason.strip():
                r.fail((*path, "reason"), "the reason is empty", "say why the council "
                       "proposes or leaves out the unit against the rules")
            overrides.append(Override(member, award, reason, bool(exclude)))
    raw_meeting = r.table(data, (), "meeting")
    r.unknown_keys(raw_meeting, ("meeting",), {"at", "place", "chair", "secretary",
                                               "attended"})
    meeting = Meeting(r.get(raw_meeting, ("meeting",), "at", dt.datetime, None),
                      r.text(raw_meeting, ("meeting",), "place", ""),
                      r.text(raw_meeting, ("meeting",), "chair", ""),
                      r.text(raw_meeting, ("meeting",), "secretary", ""),
                      _ids(r, raw_meeting, ("meeting",), "attended"))
    ballots = []
    for i, raw in enumerate(r.tables(data, (), "ballots")):
        path = ("ballots", i)
        r.unknown_keys(raw, path, {"award", "candidate", "method", "present", "written",
                                   "for", "against", "abstain", "for_count",
                                   "against_count", "abstain_count", "at", "by"})
        award, candidate = r.text(raw, path, "award"), r.ident(raw, path, "candidate")
        method = r.text(raw, path, "method", "hands")
        if method not in ("hands", "secret"):
            r.fail((*path, "method"), f"{method!r} is not hands or secret")
            continue
        counts = [r.get(raw, path, k, int, 0) for k in ("for_count", "against_count",
                                                        "abstain_count")]
        if award and candidate:
            ballots.append(Ballot(
                award, candidate, VoteMethod(method), _ids(r, raw, path, "present"),
                _ids(r, raw, path, "written"), _ids(r, raw, path, "for"),
                _ids(r, raw, path, "against"), _ids(r, raw, path, "abstain"),
                for_count=counts[0], against_count=counts[1], abstain_count=counts[2],
                at=r.get(raw, path, "at", dt.datetime, None), by=r.text(raw, path, "by", "")))
    if r.problems or rules is None:
        return None, r.problems
    return Deliberation(campaign_id, rules, leaders_total, tuple(overrides), meeting,
                        tuple(ballots)), []


def dump_awards(record: Deliberation) -> dict[str, Any]:
    """The TOML document of ``record`` (read back equal by :func:`read_awards`)."""
    meeting = record.meeting
    doc: dict[str, Any] = {"rules": record.rules}
    if record.leaders_total is not None:
        doc["leaders_total"] = record.leaders_total
    doc["meeting"] = {k: v for k, v in (
        ("at", meeting.at), ("place", meeting.place), ("chair", meeting.chair),
        ("secretary", meeting.secretary), ("attended", list(meeting.attended))) if v}
    doc["overrides"] = [{"member": o.member, "award": o.award, "reason": o.reason}
                        | ({"exclude": True} if o.exclude else {})
                        for o in record.overrides]
    ballots = []
    for b in record.ballots:
        item: dict[str, Any] = {"award": b.award, "candidate": b.candidate,
                                "method": b.method.value, "present": list(b.present)}
        if b.written:
            item["written"] = list(b.written)
        if b.method is VoteMethod.HANDS:
            item.update({"for": list(b.voted_for), "against": list(b.against),
                         "abstain": list(b.abstained)})
        else:
            item.update({"for_count": b.for_count, "against_count": b.against_count,
                         "abstain_count": b.abstain_count})
        if b.at is not None:
            item["at"] = b.at
        if b.by:
            item["by"] = b.by
        ballots.append(item)
    doc["ballots"] = ballots
    return doc
