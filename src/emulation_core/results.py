"""What scoring gives back: per-criterion, per-section and per-member results."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import field, frozen

from .model import Member, RatingBand, Status
from .value_object import ValueObject

if TYPE_CHECKING:  # a breakdown's: imported when one is built (see decimalpoints)
    from .criteria import Criterion
    from .explanation import Explanation, Source

__all__ = ["CriterionScore", "MemberScore", "RatingState", "SectionScore"]


@frozen
class CriterionScore(ValueObject):
    """One criterion for one member: every stage's points and the one that counts, and why."""

    criterion: Criterion
    points: Decimal
    source: Source
    computed: Decimal | None
    self_points: Decimal | None
    verified_points: Decimal | None
    explanation: Explanation


@frozen
class SectionScore(ValueObject):
    """Points of one top-level section against its nominal maximum."""

    code: str
    title: str
    title_en: str
    points: Decimal
    nominal: Decimal


class RatingState(enum.StrEnum):
    """Why a member has, or has not, a rating."""

    RATED = "rated"
    BELOW_BANDS = "below_bands"
    """Submitted, but the measure is below the lowest band's minimum."""
    NOT_SUBMITTED = "not_submitted"


def _no_tie_values() -> Mapping[str, Decimal]:
    return {}


@frozen
class MemberScore(ValueObject):
    """A member's result: totals, sections, bonus, deductions and rating.

    ``tie_values`` holds the member's points for each ``section:``/``code:`` key of the
    campaign's tie-break chain. ``late_days`` counts the days the submission arrived after
    the deadline; ``late_deduction`` the points the campaign's lateness setting took from the
    total for it (also counted in ``deductions``).
    """

    member: Member
    status: Status
    sections: tuple[SectionScore, ...]
    total: Decimal
    self_total: Decimal
    verified_total: Decimal | None
    bonus: Decimal
    deductions: Decimal
    reachable: Decimal
    percent: Decimal
    rating: RatingBand | None
    tie_values: Mapping[str, Decimal] = field(factory=_no_tie_values)
    late_days: int = 0
    late_deduction: Decimal = Decimal(0)

    @property
    def rating_state(self) -> RatingState:
        if self.rating is not None:
            return RatingState.RATED
        if self.status is Status.MISSING:
            return RatingState.NOT_SUBMITTED
        return RatingState.BELOW_BANDS

    def section(self, code: str) -> SectionScore | None:
        return next((s for s in self.sections if s.code == code), None)
