"""Scoring a campaign: per-criterion points with reasons, subtotals, totals and ratings.

:class:`Scoreboard` scores every member once, then keeps the result current as single
submissions change (:meth:`Scoreboard.update`), re-scoring only what the change can reach:
the edited member, and the members sharing a comparative criterion whose bloc figures moved.

Each member type's table is compiled once into a :class:`_Plan`: one scoring function per
criterion, section and adjustment positions, the nominal total. Points are kept per member
as lists in the plan's order, so scoring a cell allocates nothing but its Decimal result.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from decimal import Decimal

from attrs import frozen

from .criteria import CriteriaTable, Criterion, Section
from .explanation import Explanation, FigureName, Source, explain_criterion
from .model import Bloc, Campaign, CriterionEntry, Member, RankBy, RatingBand, Status, Submission
from .numbers import ZERO, quantize
from .ranking import RankedMember, RankEntry, rank_entries, rank_keys
from .rules import BlocStats, Points, RelativeRule, TargetRule
from .text import vi_sort_key

Deriver = Callable[[Mapping[str, Decimal]], Mapping[str, Decimal]]

__all__ = ["CriterionScore", "MemberScore", "Scoreboard", "SectionScore"]

_HUNDRED = Decimal(100)
_NO_STATS = BlocStats()
_NO_VALUES: Mapping[str, Decimal] = {}
_NO_ENTRIES: Mapping[str, CriterionEntry] = {}
_VERIFIED = (Status.VERIFIED, Status.LOCKED)

# A criterion's position in its plan, code, scorer (None when judged) and the key of its
# bloc figures (None unless comparative).
_Cell = tuple[int, str, Points | None, int | None]


@frozen
class CriterionScore:
    """One criterion for one member: every stage's points and the one that counts, and why."""

    criterion: Criterion
    points: Decimal
    source: Source
    computed: Decimal | None
    self_points: Decimal | None
    verified_points: Decimal | None
    explanation: Explanation


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


def _scorer(criterion: Criterion, precision: Decimal) -> Points | None:
    """The criterion's rule compiled to give finished points (None when judged).

    Raw points are clamped to the criterion's bounds, rounded half-up to ``precision``,
    and clamped again so that a bound that is not a multiple of the precision still holds.
    """
    low, high = criterion.lowest, criterion.highest

    def finish(raw: Decimal) -> Decimal:
        rounded = quantize(max(low, min(high, raw)), precision)
        return max(low, min(high, rounded))

    return criterion.rule.compiled(criterion.max_points, finish)


class _Plan:
    """A member type's table compiled for scoring: criteria in order and where they sit."""

    def __init__(self, table: CriteriaTable, precision: Decimal) -> None:
        self.leaves = tuple(table.leaves())
        self.index = {c.code: i for i, c in enumerate(self.leaves)}
        self.slot = {id(c): i for i, c in enumerate(self.leaves)}
        self.scorers = tuple(_scorer(c, precision) for c in self.leaves)
        self.keys = tuple(id(c) for c in self.leaves)
        self.cells: tuple[_Cell, ...] = tuple(
            (i, c.code, self.scorers[i], id(c) if c.rule.comparative else None)
            for i, c in enumerate(self.leaves))
        self.comparative = tuple(id(c) for c in self.leaves if c.rule.comparative)
        self.adjustments = tuple(i for i, c in enumerate(self.leaves) if c.is_adjustment)
        self.nominal = table.nominal
        # Top-level sections as slices of the leaves (leaves come section by section).
        sections = []
        start = 0
        for section in table.sections:
            end = start + sum(1 for _ in section.leaves())
            sections.append((section, start, end, section.nominal))
            start = end
        self.sections = tuple(sections)
        self.section_of = tuple(k for k, (_, a, b, _) in enumerate(sections) for _ in range(a, b))


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
        self._plans = {t: _Plan(table, campaign.precision) for t, table in self._tables.items()}
        self._skipped = {m.id: campaign.skipped_criteria(m.id, self._tables[m.type])
                         for m in bloc.members}
        self._groups: dict[int, list[str]] = {}
        self._criteria: dict[int, Criterion] = {}
        for member in bloc.members:
            plan = self._plans[member.type]
            for key in plan.comparative:
                self._groups.setdefault(key, []).append(member.id)
                self._criteria[key] = plan.leaves[plan.slot[key]]
        # Per comparative criterion: each eligible member's result and over-achievement.
        self._best: dict[int, dict[str, Decimal]] = {key: {} for key in self._groups}
        self._over: dict[int, dict[str, Decimal]] = {key: {} for key in self._groups}
        self._stats: dict[int, BlocStats] = {}
        for key, member_ids in self._groups.items():
            for member_id in member_ids:
                self._contribute(key, member_id)
            self._stats[key] = self._stats_of(key)
        self._points: dict[str, list[Decimal]] = {}
        self._claimed: dict[str, list[Decimal]] = {}
        self._scores: dict[str, MemberScore] = {}
        for member in bloc.members:
            size = len(self._plans[member.type].leaves)
            self._points[member.id] = [ZERO] * size
            self._claimed[member.id] = [ZERO] * size
            self._fill(member, self._plans[member.type].cells)
            self._scores[member.id] = self._member_score(member)
        # Ranking state: members in name order once; entries re-sorted after each edit.
        by_name = sorted(bloc.members, key=lambda m: (vi_sort_key(m.name), m.id))
        self._name_order = {m.id: -i for i, m in enumerate(by_name)}
        self._entries: list[RankEntry] = [self._entry(m.id) for m in by_name]
        self._changed: set[str] = set()
        self._ranking: tuple[RankedMember, ...] | None = None
        self._places: dict[str, RankedMember] = {}

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
            if self._changed:
                self._entries = [
                    self._entry(e[2].member.id) if e[2].member.id in self._changed else e
                    for e in self._entries]
                self._changed.clear()
            self._ranking = rank_entries(self._entries, self.campaign.tie_break, self._places)
            self._places = {r.score.member.id: r for r in self._ranking}
        return self._ranking

    def rank_of(self, member_id: str) -> RankedMember:
        """The member's place (KeyError for someone not in the bloc)."""
        self._member(member_id)
        self.ranking  # noqa: B018 - brings the ranking and its index up to date
        return self._places[member_id]

    def breakdown(self, member_id: str) -> tuple[CriterionScore, ...]:
        """Every criterion of the member's table with all its scores and the reason."""
        member = self._member(member_id)
        plan = self._plans[member.type]
        return tuple(self._criterion_score(member, plan, i) for i in range(len(plan.leaves)))

    def points_of(self, member_id: str, node: Criterion | Section) -> Decimal:
        """Points counted for a criterion, or the sum over a section's criteria."""
        points = self._points[member_id]
        index = self._plans[self._member(member_id).type].index
        if isinstance(node, Criterion):
            return points[index[node.code]] if node.code in index else ZERO
        return sum((points[index[c.code]] for c in node.leaves() if c.code in index), ZERO)

    # -- editing --------------------------------------------------------------------
    def update(self, submission: Submission) -> None:
        """Replace one member's submission and re-score whatever it affects."""
        member = self._member(submission.member)
        self._subs[member.id] = submission
        self._values[member.id] = self._effective_values(member)
        plan = self._plans[member.type]
        # Members to re-total, with the sections that moved (None: all of them).
        touched: dict[str, set[int] | None] = {member.id: None}
        for key in plan.comparative:
            if not self._contribute(key, member.id):
                continue
            stats = self._stats_of(key)
            if stats == self._stats[key]:
                continue
            self._stats[key] = stats
            for other_id in self._groups[key]:
                if other_id != member.id:
                    other = self._members[other_id]
                    other_plan = self._plans[other.type]
                    i = other_plan.slot[key]
                    was = self._points[other_id][i], self._claimed[other_id][i]
                    self._fill(other, (other_plan.cells[i],))
                    if (self._points[other_id][i], self._claimed[other_id][i]) == was:
                        continue  # e.g. a member with a target, or a verified score
                    moved = touched.setdefault(other_id, set())
                    if moved is not None:
                        moved.add(other_plan.section_of[i])
        self._fill(member, plan.cells)
        for member_id, moved in touched.items():
            self._scores[member_id] = self._member_score(self._members[member_id], moved)
        self._changed.update(touched)
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

    def _counts(self, member_id: str) -> bool:
        """Whether the member's submission has arrived (a missing one counts as 0)."""
        sub = self._subs.get(member_id)
        return sub is not None and sub.status is not Status.MISSING

    def _contribute(self, key: int, member_id: str) -> bool:
        """Record what the member brings to a comparative criterion's bloc figures.

        Returns whether that changed (only then can the figures move).
        """
        criterion = self._criteria[key]
        rule = criterion.rule
        assert isinstance(rule, TargetRule | RelativeRule)
        best, over = self._best[key], self._over[key]
        was = best.get(member_id), over.get(member_id)
        if not self._counts(member_id) \
                or criterion.code in self._skipped[member_id]:
            best.pop(member_id, None)
            over.pop(member_id, None)
            return was != (None, None)
        achieved = self._values[member_id].get(rule.indicator, ZERO)
        best[member_id] = achieved
        target = self.campaign.targets.get(member_id, _NO_VALUES).get(rule.indicator) \
            if isinstance(rule, TargetRule) and rule.over_share else None
        if target:
            over[member_id] = achieved / target - 1
        else:
            over.pop(member_id, None)
        return was != (achieved, over.get(member_id))

    def _stats_of(self, key: int) -> BlocStats:
        return BlocStats(max(ZERO, max(self._best[key].values(), default=ZERO)),
                         max(ZERO, max(self._over[key].values(), default=ZERO)))

    def _fill(self, member: Member, cells: Iterable[_Cell]) -> None:
        """Score the given cells of the member's plan: counted and claimed points.

        Counted: verified, else computed, else self-scored, else 0. Claimed: self-scored,
        else computed, else what counted. Both are 0 when the criterion is not assigned or
        the submission is missing.
        """
        points, claimed = self._points[member.id], self._claimed[member.id]
        sub = self._subs.get(member.id)
        entries = sub.entries if sub is not None else _NO_ENTRIES
        counts = sub is not None and sub.status is not Status.MISSING
        skipped = self._skipped[member.id]
        values = self._values[member.id]
        targets = self.campaign.targets.get(member.id, _NO_VALUES)
        stats = self._stats
        for i, code, scorer, key in cells:
            entry = entries.get(code)
            if not counts or code in skipped:
                points[i] = claimed[i] = ZERO
                continue
            computed = None if scorer is None \
                else scorer(values, targets, _NO_STATS if key is None else stats[key])
            if entry is None:
                points[i] = claimed[i] = ZERO if computed is None else computed
                continue
            own, verified = entry.self_points, entry.verified_points
            counted = verified if verified is not None else computed if computed is not None \
                else own if own is not None else ZERO
            points[i] = counted
            claimed[i] = own if own is not None else computed if computed is not None \
                else counted

    def _criterion_score(self, member: Member, plan: _Plan, i: int) -> CriterionScore:
        criterion = plan.leaves[i]
        sub = self._subs.get(member.id)
        entry = sub.entry(criterion.code) if sub else None
        computed = None
        points = self._points[member.id][i]
        if criterion.code in self._skipped[member.id]:
            explanation = Explanation(criterion, "not_assigned", points)
        elif not self._counts(member.id):
            explanation = Explanation(criterion, "missing", points)
        else:
            assert sub is not None and entry is not None
            values = self._values[member.id]
            targets = self.campaign.targets.get(member.id, _NO_VALUES)
            stats = self._stats.get(plan.keys[i], _NO_STATS)
            scorer = plan.scorers[i]
            computed = scorer(values, targets, stats) if scorer is not None else None
            source: Source = "verified" if entry.verified_points is not None \
                else "computed" if computed is not None \
                else "self" if entry.self_points is not None else "none"
            explanation = explain_criterion(
                criterion, source, points, computed, values=values, targets=targets,
                stats=stats, set_by=self._set_by(plan.keys[i], stats),
                indicators=self._tables[member.type].indicators, reason=entry.reason)
        return CriterionScore(
            criterion=criterion, points=points, source=explanation.source, computed=computed,
            self_points=entry.self_points if entry else None,
            verified_points=entry.verified_points if entry else None, explanation=explanation,
        )

    def _set_by(self, key: int, stats: BlocStats) -> dict[FigureName, tuple[Member, ...]]:
        """The members whose results are the criterion's bloc figures, in name order."""
        if key not in self._best:  # not a comparative criterion
            return {}
        return {"best_value": self._holders(self._best[key], stats.best_value),
                "best_over_ratio": self._holders(self._over[key], stats.best_over_ratio)}

    def _holders(self, results: Mapping[str, Decimal], figure: Decimal) -> tuple[Member, ...]:
        found = (self._members[m] for m, result in results.items() if result == figure)
        return tuple(sorted(found, key=lambda m: (vi_sort_key(m.name), m.id)))

    def _member_score(self, member: Member, moved: set[int] | None = None) -> MemberScore:
        """The member's totals; only the ``moved`` sections are re-added (None: all)."""
        plan = self._plans[member.type]
        points = self._points[member.id]
        sub = self._subs.get(member.id)
        status = sub.status if sub is not None else Status.MISSING
        old = self._scores[member.id].sections if moved is not None else ()
        redo: Container[int] = range(len(plan.sections)) if moved is None else moved
        sections = tuple([
            SectionScore(s.code, s.title, s.title_en, sum(points[a:b], ZERO), n)
            if k in redo else old[k] for k, (s, a, b, n) in enumerate(plan.sections)])
        # Exact sums: adding the section subtotals gives the very same Decimal.
        total = sum([section.points for section in sections], ZERO)
        bonus = deductions = ZERO
        for i in plan.adjustments:
            value = points[i]
            if value > 0:
                bonus += value
            else:
                deductions -= value
        reachable = plan.nominal
        skipped = self._skipped[member.id]
        if skipped:
            for criterion in plan.leaves:
                if not criterion.is_adjustment and criterion.code in skipped:
                    reachable -= criterion.max_points
        percent = quantize(total * _HUNDRED / reachable, self.campaign.precision) \
            if reachable > 0 else ZERO
        rating = None
        if status is not Status.MISSING:
            measured = percent if self.campaign.rank_by is RankBy.PERCENT else total
            rating = self.campaign.rating_for(measured)
        return MemberScore(member, status, sections, total, sum(self._claimed[member.id], ZERO),
                           total if status in _VERIFIED else None, bonus, deductions,
                           reachable, percent, rating)

    def _entry(self, member_id: str) -> RankEntry:
        score = self._scores[member_id]
        return (rank_keys(score, self.campaign.tie_break, self.campaign.rank_by),
                self._name_order[member_id], score)
