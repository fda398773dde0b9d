"""A member's totals from its per-criterion points: sections, bonus, deductions, rating.

:class:`Totals` turns one member's points (in its plan's order) into a
:class:`~.results.MemberScore`, when :class:`~.scoring.Scoreboard` is asked for it (the
ranking itself comes from the integer engine, :mod:`.intengine`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from .exact import round_ratio
from .lateness import days_late
from .model import Campaign, Member, RankBy, RatingBand, Status, Submission
from .numbers import ZERO, quantize
from .plan import Plan
from .results import MemberScore, SectionScore

__all__ = ["Totals"]

_HUNDRED = Decimal(100)
_VERIFIED = (Status.VERIFIED, Status.LOCKED)


class Totals:
    """Builds members' scores for one campaign."""

    def __init__(self, campaign: Campaign) -> None:
        self.campaign = campaign
        self._precision = campaign.precision
        self._by_percent = campaign.rank_by is RankBy.PERCENT
        # Bands highest first, as Campaign.rating_for tries them, sorted once.
        self._bands = sorted(campaign.bands, key=lambda b: b.minimum, reverse=True)

    def score(self, member: Member, plan: Plan, points: Sequence[Decimal],
              claimed: Sequence[Decimal], sub: Submission | None, skipped: frozenset[str],
              values: Mapping[str, Decimal]) -> MemberScore:
        """The member's score, everything added up afresh."""
        status = sub.status if sub is not None else Status.MISSING
        sections = tuple([SectionScore(s.code, s.title, s.title_en, sum(points[a:b], ZERO), n)
                          for s, a, b, n in plan.sections])
        claimed_total = sum([sum(claimed[a:b], ZERO) for _, a, b, _ in plan.sections], ZERO)
        late_days = days_late(sub, self.campaign)
        late = self.campaign.lateness.deduction(late_days)
        bonus, deductions = ZERO, late
        for i in plan.adjustments:
            bonus_part, deduction_part = self._adjustment_parts(plan, i, points[i], sub,
                                                                skipped, values)
            bonus += bonus_part
            deductions += deduction_part
        reachable = plan.nominal
        if skipped:
            for criterion in plan.leaves:
                if not criterion.is_adjustment and criterion.code in skipped:
                    reachable -= criterion.max_points
        ties = {key: self._tie(plan, key, where, points, sections)
                for key, where in plan.ties.items()}
        return self._finish(member, status, sections, claimed_total, ties, bonus, deductions,
                            reachable, late_days, late)

    @staticmethod
    def _tie(plan: Plan, key: str, where: tuple[int, ...], points: Sequence[Decimal],
             sections: Sequence[SectionScore]) -> Decimal:
        """The points a tie-break key compares (a whole section's: that section's sum)."""
        k = plan.tie_whole[key]
        return sections[k].points if k is not None else sum([points[i] for i in where], ZERO)

    def _finish(self, member: Member, status: Status, sections: tuple[SectionScore, ...],
                claimed: Decimal, ties: Mapping[str, Decimal], bonus: Decimal, deductions: Decimal,
                reachable: Decimal, late_days: int, late: Decimal) -> MemberScore:
        # Exact sums: adding the section subtotals gives the very same Decimal as adding
        # every criterion's points.
        total = sum([section.points for section in sections], ZERO) - late
        percent = quantize(total * _HUNDRED / reachable, self._precision) \
            if reachable > 0 else ZERO
        rating = None
        if status is not Status.MISSING:
            rating = self._rating(percent if self._by_percent else total)
        return MemberScore(member, status, sections, total,
                           claimed,
                           total if status in _VERIFIED else None, bonus, deductions,
                           reachable, percent, rating, ties, late_days, late)

    def _rating(self, measured: Decimal) -> RatingBand | None:
        for band in self._bands:
            if band.admits(measured):
                return band
        return None

    def _adjustment_parts(self, plan: Plan, i: int, counted: Decimal, sub: Submission | None,
                          skipped: frozenset[str], values: Mapping[str, Decimal],
                          ) -> tuple[Decimal, Decimal]:
        """A bonus/deduction criterion's (bonus, deduction) parts of its counted points.

        Entered (verified or self-scored) points are split by their sign. Computed ones by
        the items: the deduction part is the deduction items' total, rounded once, but no
        more than the bonus items' rounded total minus the counted points, so that bonus −
        deduction always equals the counted points (a floor or ceiling clamped the rest).
        """
        code = plan.leaves[i].code
        entry = sub.entries.get(code) if sub is not None else None
        computed = sub is not None and sub.status is not Status.MISSING \
            and code not in skipped and (entry is None or entry.reviewed_points is None)
        if not computed:
            return (counted, ZERO) if counted > 0 else (ZERO, -counted)
        bonus_n, bonus_d, deduction_n, deduction_d = 0, 1, 0, 1
        for key, each_n, each_d in plan.adjustment_items[i]:
            count_n, count_d = values.get(key, ZERO).as_integer_ratio()
            amount_n, amount_d = count_n * each_n, count_d * each_d
            if amount_n > 0:
                bonus_n, bonus_d = bonus_n * amount_d + amount_n * bonus_d, bonus_d * amount_d
            elif amount_n < 0:
                deduction_n = deduction_n * amount_d - amount_n * deduction_d
                deduction_d *= amount_d
        precision = self._precision
        taken = max(ZERO, min(round_ratio(deduction_n, deduction_d, precision),
                              round_ratio(bonus_n, bonus_d, precision) - counted))
        return counted + taken, taken
