"""Scoring a campaign: per-criterion points with reasons, subtotals, totals and ratings.

:class:`Scoreboard` scores every member once, then keeps the result current as single
submissions change (:meth:`Scoreboard.update`), re-scoring only what the change can reach:
the edited member, and the members sharing a comparative criterion whose bloc figures moved.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Literal

from attrs import frozen

from .criteria import CriteriaTable, Criterion, Section
from .model import Bloc, Campaign, Member, RankBy, RatingBand, Status, Submission
from .numbers import ZERO, quantize
from .ranking import RankedMember, rank
from .rules import BlocStats, RelativeRule, TargetRule

Deriver = Callable[[Mapping[str, Decimal]], Mapping[str, Decimal]]

__all__ = ["CriterionScore", "MemberScore", "Scoreboard", "SectionScore"]

Source = Literal["verified", "computed", "self", "none", "not_assigned", "missing"]
_HUNDRED = Decimal(100)
_NO_STATS = BlocStats()


@frozen
class CriterionScore:
    """One criterion for one member: every stage's points and the one that counts, and why."""

    criterion: Criterion
    points: Decimal
    source: Source
    computed: Decimal | None
    self_points: Decimal | None
    verified_points: Decimal | None
    explanation: str


@frozen
class SectionScore:
    """Points of one top-level section against its nominal maximum."""

    code: str
    title: str
    title_en: str
    points: Decimal
    nominal: Decimal


@frozen
class MemberScore:
    """A member's result: totals, sections, bonus, deductions and rating."""

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

    def section(self, code: str) -> SectionScore | None:
        return next((s for s in self.sections if s.code == code), None)


class Scoreboard:
    """Scores and ranks one campaign, and re-scores incrementally on each edit."""

    def __init__(self, bloc: Bloc, campaign: Campaign, tables: Mapping[str, CriteriaTable],
                 submissions: Mapping[str, Submission],
                 derivers: Mapping[str, Deriver] | None = None) -> None:
        self.bloc = bloc
        self.campaign = campaign
        self.warnings: list[str] = []
        self._tables = dict(tables)
        self._subs = dict(submissions)
        self._derivers = dict(derivers or {})
        self._members = {m.id: m for m in bloc.members}
        self._values = {m.id: self._effective_values(m) for m in bloc.members}
        self._leaves = {t: tuple(table.leaves()) for t, table in self._tables.items()}
        self._groups: dict[int, list[str]] = {}
        self._criteria: dict[int, Criterion] = {}
        for member in bloc.members:
            for criterion in self._leaves.get(member.type, ()):
                self._groups.setdefault(id(criterion), []).append(member.id)
                self._criteria[id(criterion)] = criterion
        self._stats = {
            key: self._compute_stats(self._criteria[key]) for key in self._groups
            if self._criteria[key].rule.comparative
        }
        self._points: dict[str, dict[str, Decimal]] = {}
        self._claimed: dict[str, dict[str, Decimal]] = {}
        self._scores: dict[str, MemberScore] = {}
        self._ranking: tuple[RankedMember, ...] | None = None
        for member in bloc.members:
            self._score_member(member)
            self._scores[member.id] = self._member_score(member)

    # -- public reading -------------------------------------------------------------
    def table_for(self, member_id: str) -> CriteriaTable:
        return self._tables[self._member(member_id).type]

    def submission(self, member_id: str) -> Submission | None:
        return self._subs.get(member_id)

    @property
    def scores(self) -> Mapping[str, MemberScore]:
        return self._scores

    def score(self, member_id: str) -> MemberScore:
        return self._scores[member_id]

    @property
    def ranking(self) -> tuple[RankedMember, ...]:
        if self._ranking is None:
            self._ranking = rank(self._scores.values(), self.campaign.tie_break,
                                 self.campaign.rank_by)
        return self._ranking

    def rank_of(self, member_id: str) -> RankedMember:
        return next(r for r in self.ranking if r.score.member.id == member_id)

    def breakdown(self, member_id: str) -> tuple[CriterionScore, ...]:
        """Every criterion of the member's table with all its scores and the reason."""
        member = self._member(member_id)
        sub = self._subs.get(member_id)
        return tuple(self._criterion_score(member, sub, c) for c in self._leaves[member.type])

    def points_of(self, member_id: str, node: Criterion | Section) -> Decimal:
        """Points counted for a criterion, or the sum over a section's criteria."""
        points = self._points[member_id]
        if isinstance(node, Criterion):
            return points.get(node.code, ZERO)
        return sum((points.get(c.code, ZERO) for c in node.leaves()), ZERO)

    # -- editing --------------------------------------------------------------------
    def update(self, submission: Submission) -> None:
        """Replace one member's submission and re-score whatever it affects."""
        member = self._member(submission.member)
        self._subs[member.id] = submission
        self._values[member.id] = self._effective_values(member)
        dirty = {member.id}
        for criterion in self._leaves[member.type]:
            key = id(criterion)
            if key not in self._stats:
                continue
            stats = self._compute_stats(criterion)
            if stats == self._stats[key]:
                continue
            self._stats[key] = stats
            for other_id in self._groups[key]:
                if other_id == member.id:
                    continue
                self._score_one(self._member(other_id), self._subs.get(other_id), criterion)
                dirty.add(other_id)
        self._score_member(member)
        for member_id in dirty:
            self._scores[member_id] = self._member_score(self._member(member_id))
        self._ranking = None

    # -- internals ------------------------------------------------------------------
    def _member(self, member_id: str) -> Member:
        member = self._members.get(member_id)
        if member is None:
            raise KeyError(f"no member {member_id!r} in bloc {self.bloc.id!r}")
        return member

    def _effective_values(self, member: Member) -> Mapping[str, Decimal]:
        """Reported values plus those the member type's plugin derives from them."""
        sub = self._subs.get(member.id)
        values: Mapping[str, Decimal] = sub.values if sub is not None else {}
        derive = self._derivers.get(member.type)
        if derive is None or sub is None:
            return values
        try:
            return {**derive(values), **values}
        except Exception as exc:  # a plugin hook must not stop scoring
            self.warnings.append(f"type {member.type!r}: derived indicators failed "
                                 f"for {member.id} ({type(exc).__name__}: {exc})")
            return values

    def _compute_stats(self, criterion: Criterion) -> BlocStats:
        rule = criterion.rule
        assert isinstance(rule, TargetRule | RelativeRule)
        indicator = rule.indicator
        best = ZERO
        best_over = ZERO
        for member_id in self._groups[id(criterion)]:
            if criterion.code in self.campaign.not_assigned.get(member_id, ()):
                continue
            sub = self._subs.get(member_id)
            if sub is None or sub.status is Status.MISSING:
                continue
            achieved = self._values[member_id].get(indicator, ZERO)
            best = max(best, achieved)
            if isinstance(rule, TargetRule) and rule.over_share:
                target = self.campaign.targets.get(member_id, {}).get(indicator)
                if target:
                    best_over = max(best_over, achieved / target - 1)
        return BlocStats(best, best_over)

    def _counted(self, member: Member, sub: Submission | None, criterion: Criterion,
                 ) -> tuple[Decimal, Source, Decimal | None]:
        """The points that count, where they came from, and the computed points."""
        if criterion.code in self.campaign.not_assigned.get(member.id, ()):
            return ZERO, "not_assigned", None
        if sub is None or sub.status is Status.MISSING:
            return ZERO, "missing", None
        raw = criterion.rule.points(
            criterion.max_points, self._values[member.id],
            self.campaign.targets.get(member.id, {}),
            self._stats.get(id(criterion), _NO_STATS),
        )
        computed = None
        if raw is not None:
            low, high = criterion.lowest, criterion.highest
            rounded = quantize(max(low, min(high, raw)), self.campaign.precision)
            computed = max(low, min(high, rounded))  # a bound off the precision stays a bound
        entry = sub.entries.get(criterion.code)
        if entry is not None and entry.verified_points is not None:
            return entry.verified_points, "verified", computed
        if computed is not None:
            return computed, "computed", computed
        if entry is not None and entry.self_points is not None:
            return entry.self_points, "self", computed
        return ZERO, "none", computed

    def _score_member(self, member: Member) -> None:
        """Fill the counted and the claimed (self-scored, else computed) points of a member."""
        sub = self._subs.get(member.id)
        self._points[member.id] = {}
        self._claimed[member.id] = {}
        for criterion in self._leaves[member.type]:
            self._score_one(member, sub, criterion)

    def _score_one(self, member: Member, sub: Submission | None, criterion: Criterion) -> None:
        points, _, computed = self._counted(member, sub, criterion)
        self._points[member.id][criterion.code] = points
        entry = sub.entries.get(criterion.code) if sub is not None else None
        if entry is not None and entry.self_points is not None:
            claimed = entry.self_points
        else:
            claimed = computed if computed is not None else points
        self._claimed[member.id][criterion.code] = claimed

    def _criterion_score(self, member: Member, sub: Submission | None,
                         criterion: Criterion) -> CriterionScore:
        points, source, computed = self._counted(member, sub, criterion)
        entry = sub.entry(criterion.code) if sub else None
        if source in ("not_assigned", "missing"):
            why = ("not assigned to this unit" if source == "not_assigned"
                   else "no submission yet: counts as 0")
        else:
            assert sub is not None
            why = criterion.rule.explain(
                criterion.max_points, self._values[member.id],
                self.campaign.targets.get(member.id, {}),
                self._stats.get(id(criterion), _NO_STATS))
            if source == "verified" and entry and entry.reason:
                why = f"{why}; verified: {entry.reason}"
        return CriterionScore(
            criterion=criterion, points=points, source=source, computed=computed,
            self_points=entry.self_points if entry else None,
            verified_points=entry.verified_points if entry else None, explanation=why,
        )

    def _member_score(self, member: Member) -> MemberScore:
        table = self._tables[member.type]
        points = self._points[member.id]
        sub = self._subs.get(member.id)
        status = sub.status if sub is not None else Status.MISSING
        not_assigned = self.campaign.not_assigned.get(member.id, frozenset())
        sections = tuple(
            SectionScore(s.code, s.title, s.title_en,
                         sum((points[c.code] for c in s.leaves()), ZERO), s.nominal)
            for s in table.sections
        )
        total = sum(points.values(), ZERO)
        bonus = deductions = ZERO
        reachable = table.nominal
        for criterion in self._leaves[member.type]:
            if criterion.is_adjustment:
                value = points[criterion.code]
                if value > 0:
                    bonus += value
                else:
                    deductions -= value
            elif criterion.code in not_assigned:
                reachable -= criterion.max_points
        self_total = sum(self._claimed[member.id].values(), ZERO)
        percent = quantize(total * _HUNDRED / reachable, self.campaign.precision) \
            if reachable > 0 else ZERO
        measured = percent if self.campaign.rank_by is RankBy.PERCENT else total
        return MemberScore(
            member=member, status=status, sections=sections, total=total,
            self_total=self_total,
            verified_total=total if status in (Status.VERIFIED, Status.LOCKED) else None,
            bonus=bonus, deductions=deductions, reachable=reachable, percent=percent,
            rating=self.campaign.rating_for(measured) if status is not Status.MISSING else None,
        )

