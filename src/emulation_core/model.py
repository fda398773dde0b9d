"""The bloc, its members, campaigns and submissions: frozen, validated value objects."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from decimal import Decimal

from attrs import field, frozen

from .criteria import CriteriaTable, Criterion, Section
from .numbers import ZERO
from .text import nfc
from .value_object import ValueObject
from .verdict import Verdict

__all__ = [
    "DEFAULT_BANDS",
    "Bloc",
    "Campaign",
    "Correction",
    "CriterionEntry",
    "Lateness",
    "Leadership",
    "Member",
    "PeriodKind",
    "RankBy",
    "RatingBand",
    "Status",
    "StatusStep",
    "Submission",
]


def _nfc(value: str) -> str:
    return nfc(value)


@frozen
class Member(ValueObject):
    """A member unit of the bloc."""

    id: str
    name: str = field(converter=_nfc)
    short_name: str = field(converter=_nfc)
    type: str


@frozen
class Leadership(ValueObject):
    """The bloc's lead (Trưởng khối) and deputy (Phó khối) for one year."""

    year: int
    lead: str
    deputy: str | None = None


@frozen
class Bloc(ValueObject):
    """An emulation bloc (khối thi đua): its members and who leads it each year."""

    id: str
    name: str = field(converter=_nfc)
    members: tuple[Member, ...] = ()
    leadership: tuple[Leadership, ...] = ()
    description: str = field(default="", converter=_nfc)

    def member(self, member_id: str) -> Member | None:
        return next((m for m in self.members if m.id == member_id), None)

    def leadership_for(self, year: int) -> Leadership | None:
        return next((x for x in self.leadership if x.year == year), None)


class PeriodKind(enum.StrEnum):
    """What the campaign reviews."""

    MID_YEAR = "mid_year"
    YEAR_END = "year_end"
    CUSTOM = "custom"


class RankBy(enum.StrEnum):
    """What the ranking orders by: the raw total, or total ÷ the maximum the unit could reach."""

    TOTAL = "total"
    PERCENT = "percent"


@frozen
class RatingBand(ValueObject):
    """A rating (xếp loại) for totals at or above ``minimum`` (above it if not inclusive)."""

    key: str
    label: str = field(converter=_nfc)
    label_en: str
    minimum: Decimal
    inclusive: bool = True
    short_label: str = field(default="", converter=_nfc)

    @property
    def short(self) -> str:
        """The short Vietnamese label for narrow tables (the full label if none is set)."""
        return self.short_label or self.label

    def admits(self, total: Decimal) -> bool:
        return total >= self.minimum if self.inclusive else total > self.minimum


DEFAULT_BANDS = (
    RatingBand("excellent", "Hoàn thành xuất sắc nhiệm vụ", "Excellent", Decimal(95),
               short_label="Xuất sắc"),
    RatingBand("good", "Hoàn thành tốt nhiệm vụ", "Good", Decimal(85), short_label="Tốt"),
    RatingBand("completed", "Hoàn thành nhiệm vụ", "Completed", Decimal(50),
               short_label="Hoàn thành"),
    RatingBand("not_completed", "Không hoàn thành nhiệm vụ", "Not completed", ZERO,
               short_label="Không hoàn thành"),
)


def _targets(
    targets: Mapping[str, Mapping[str, Decimal]],
) -> Mapping[str, Mapping[str, Decimal]]:
    """Members without any target are left out: no entry and an empty one mean the same."""
    return {member: values for member, values in targets.items() if values}


def _no_targets(no_target: Mapping[str, frozenset[str]]) -> Mapping[str, frozenset[str]]:
    return {member: frozenset(keys) for member, keys in no_target.items() if keys}


@frozen
class Lateness(ValueObject):
    """Points a campaign deducts from a late submission's total: ``fixed`` once it is late,
    plus ``per_day`` for each day after the deadline, at most ``cap`` (None: no cap)."""

    fixed: Decimal = ZERO
    per_day: Decimal = ZERO
    cap: Decimal | None = None

    def deduction(self, days_late: int) -> Decimal:
        """The exact points deducted for ``days_late`` days (0 when on time)."""
        if days_late <= 0:
            return ZERO
        points = self.fixed + self.per_day * days_late
        return points if self.cap is None else min(points, self.cap)


@frozen
class Campaign(ValueObject):
    """An emulation campaign (phong trào) or review period, with its table and targets.

    ``targets`` maps member id → indicator → registered target; ``no_target`` maps member
    id → indicators the member registered as having no target (as opposed to a target not
    entered yet); ``not_assigned`` maps member id → codes of the criteria, or sections of
    criteria, that do not apply to that member this period (see :meth:`skipped_criteria`).
    ``members`` lists the member units that take part (fixed when the campaign is created,
    so a unit that joins the bloc later is not in it); None: every member of the bloc.
    ``tie_break`` is a chain of keys tried in order when totals are equal:
    ``section:CODE`` (more points in that section wins) or ``deductions`` (fewer wins).
    """

    id: str
    title: str = field(converter=_nfc)
    period: PeriodKind
    year: int
    start: dt.date
    end: dt.date
    deadline: dt.date
    table: CriteriaTable
    bands: tuple[RatingBand, ...] = DEFAULT_BANDS
    targets: Mapping[str, Mapping[str, Decimal]] = field(factory=dict, converter=_targets)
    not_assigned: Mapping[str, frozenset[str]] = field(factory=dict)
    precision: Decimal = Decimal("0.01")
    tie_break: tuple[str, ...] = ()
    rank_by: RankBy = RankBy.TOTAL
    previous: str | None = None
    no_target: Mapping[str, frozenset[str]] = field(factory=dict, converter=_no_targets)
    members: tuple[str, ...] | None = None
    lateness: Lateness = Lateness()

    def takes_part(self, member_id: str) -> bool:
        """Whether the member unit is in this campaign."""
        return self.members is None or member_id in self.members

    def targets_for(self, member_id: str) -> Mapping[str, Decimal]:
        """The member's targets as scoring reads them: a registered "no target" is a target
        of 0, an indicator not entered yet is left out."""
        registered = self.targets.get(member_id, {})
        no_target = self.no_target.get(member_id)
        if not no_target:
            return registered
        return {**dict.fromkeys(no_target, ZERO), **registered}

    def skipped_criteria(self, member_id: str, table: CriteriaTable) -> frozenset[str]:
        """Codes of the criteria of ``table`` not assigned to the member this period.

        A section's code in ``not_assigned`` stands for every criterion under it.
        """
        codes = self.not_assigned.get(member_id)
        if not codes:
            return frozenset()

        def covered(node: Criterion | Section) -> set[str]:
            if isinstance(node, Criterion):
                return {node.code} if node.code in codes else set()
            if node.code in codes:
                return {leaf.code for leaf in node.leaves()}
            return set().union(*(covered(child) for child in node.children))

        return frozenset().union(*(covered(section) for section in table.sections))

    def rating_for(self, total: Decimal) -> RatingBand | None:
        """The first band (highest first) that admits ``total``."""
        for band in sorted(self.bands, key=lambda b: b.minimum, reverse=True):
            if band.admits(total):
                return band
        return None


class Status(enum.StrEnum):
    """Where a submission is in review."""

    MISSING = "missing"
    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    VERIFIED = "verified"
    LOCKED = "locked"

    @property
    def provisional(self) -> bool:
        """Scores at this status may still change: anything not yet verified or locked."""
        return self not in (Status.VERIFIED, Status.LOCKED)


@frozen
class CriterionEntry(ValueObject):
    """What was entered against one criterion, every review stage kept apart.

    ``self_points`` are the unit's; ``verified_points`` (with ``reason``) the verifier's;
    ``explanation`` the unit's answer to the verification (giải trình), ``answer`` the
    verifier's reply, ``verdict`` what the verifier decided (None: not stated) and
    ``explained_points`` the points after the explanation.
    """

    self_points: Decimal | None = None
    verified_points: Decimal | None = None
    reason: str = field(default="", converter=_nfc)
    evidence: str = field(default="", converter=_nfc)
    explanation: str = field(default="", converter=_nfc)
    answer: str = field(default="", converter=_nfc)
    explained_points: Decimal | None = None
    verdict: Verdict | None = None

    @property
    def reviewed_points(self) -> Decimal | None:
        """The latest review stage's points: after the explanation, else verified."""
        return self.explained_points if self.explained_points is not None \
            else self.verified_points


@frozen
class Correction(ValueObject):
    """The verifier's figure for an indicator, kept beside the unit's reported one."""

    value: Decimal
    reason: str = field(converter=_nfc)
    by: str = field(default="", converter=_nfc)
    at: dt.datetime | None = None


@frozen
class StatusStep(ValueObject):
    """One step of a submission's review: the status it went to, who, when and why."""

    status: Status
    at: dt.datetime
    by: str = field(converter=_nfc)
    reason: str = field(default="", converter=_nfc)


@frozen
class Submission(ValueObject):
    """A member's report for one campaign.

    ``values`` are the indicator figures as the unit reported them; ``corrections`` the
    verifier's figures beside them (see :attr:`counted_values`). ``submitted_at`` is the
    received date: when the unit first submitted. ``history`` lists every review step.
    """

    member: str
    campaign: str
    status: Status = Status.DRAFT
    values: Mapping[str, Decimal] = field(factory=dict)
    entries: Mapping[str, CriterionEntry] = field(factory=dict)
    submitted_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    corrections: Mapping[str, Correction] = field(factory=dict)
    history: tuple[StatusStep, ...] = ()

    def entry(self, code: str) -> CriterionEntry:
        return self.entries.get(code, _EMPTY_ENTRY)

    @property
    def counted_values(self) -> Mapping[str, Decimal]:
        """The figures scoring uses: the verifier's correction where there is one, else the
        unit's reported value."""
        if not self.corrections:
            return self.values
        return {**self.values, **{k: c.value for k, c in self.corrections.items()}}


_EMPTY_ENTRY = CriterionEntry()
