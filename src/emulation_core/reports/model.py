"""What a results report holds: the ranking and every member's score sheet, in one language.

Built once by :func:`~emulation_core.reports.building.build_report`; every file format
(:mod:`~emulation_core.reports.writing`) renders the same report, so their figures agree.
Points are exact Decimals; words (status, rating, tie note, why) are already in the
report's language.
"""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen

from ..messages import Language, render
from ..model import Bloc, Campaign, Member, RankBy, Status
from ..numbers import format_points
from ..ranking import RankedMember
from ..value_object import ValueObject

__all__ = ["Figure", "RankingRow", "Report", "ScoreSheet", "SectionHead", "SheetRow"]


@frozen
class SectionHead(ValueObject):
    """A top-level section of the criteria table: a column of section subtotals."""

    code: str
    title: str
    nominal: Decimal


@frozen
class RankingRow(ValueObject):
    """One member's line of the ranking.

    ``sections`` follow :attr:`Report.sections` (None where the member's table lacks the
    section); ``separated_by`` is the tie-break key that separated an equal total;
    ``previous_rank`` the member's rank in the previous campaign, if it was ranked there.
    """

    rank: int
    tied: bool
    member: Member
    status: Status
    status_text: str
    sections: tuple[Decimal | None, ...]
    bonus: Decimal
    deductions: Decimal
    total: Decimal
    percent: Decimal
    rating: str
    separated_by: str | None
    tie_note: str
    previous_rank: int | None
    change_text: str

    @property
    def change(self) -> int | None:
        """Places gained since the previous campaign (negative: lost), None if not ranked."""
        return None if self.previous_rank is None else self.previous_rank - self.rank


@frozen
class Figure(ValueObject):
    """An indicator a criterion reads: the unit's reported figure and the lead's correction."""

    key: str
    label: str
    unit: str
    reported: Decimal | None
    corrected: Decimal | None
    reason: str


@frozen
class SheetRow(ValueObject):
    """One criterion on a member's score sheet: its figures, each stage's points and why."""

    code: str
    title: str
    max_points: Decimal
    figures: tuple[Figure, ...]
    self_points: Decimal | None
    verified_points: Decimal | None
    points: Decimal
    source: str
    why: str


@frozen
class ScoreSheet(ValueObject):
    """A member's score sheet: every criterion of its table, then its total and rating."""

    member: Member
    rank: int
    status_text: str
    rows: tuple[SheetRow, ...]
    bonus: Decimal
    deductions: Decimal
    total: Decimal
    reachable: Decimal
    rating: str


@frozen
class Report(ValueObject):
    """A campaign's results for the province: ranking, score sheets and who signs.

    ``ranked`` is the scoreboard's ranking itself, for the stable JSON and raw CSV forms.
    """

    lang: Language
    bloc: Bloc
    campaign: Campaign
    sections: tuple[SectionHead, ...]
    ranking: tuple[RankingRow, ...]
    sheets: tuple[ScoreSheet, ...]
    lead: Member | None
    has_previous: bool
    ranked: tuple[RankedMember, ...]

    @property
    def by_percent(self) -> bool:
        return self.campaign.rank_by is RankBy.PERCENT

    @property
    def precision(self) -> Decimal:
        return self.campaign.precision

    def points_text(self, value: Decimal | None) -> str:
        """Points at the campaign's precision; a decimal comma in Vietnamese (``88,50``)."""
        if value is None:
            return ""
        return format_points(value, comma=self.lang == "vi", precision=self.precision)

    def sheet_summary(self, sheet: ScoreSheet, *, total: bool = True) -> str:
        """The line under a score sheet's heading: its status, rank, rating and total
        (``total=False`` where a format writes the total in a row of its own)."""
        facts = [f"{render('report.col.status', self.lang)}: {sheet.status_text}",
                 f"{render('report.col.rank', self.lang)}: {sheet.rank}",
                 f"{render('report.col.rating', self.lang)}: {sheet.rating}"]
        if total:
            facts.append(f"{render('report.sheet_total', self.lang)}: "
                         f"{self.points_text(sheet.total)}")
        return " · ".join(facts)
