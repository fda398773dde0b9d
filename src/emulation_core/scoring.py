"""Scoring a campaign: per-criterion points with reasons, subtotals, totals and ratings.

:class:`Scoreboard` scores every member once, then keeps the result current as single
submissions change (:meth:`Scoreboard.update`), re-scoring only what the change can reach:
the edited member, and the members sharing a comparative criterion whose bloc figures moved.

Each member type's table is compiled once into a :class:`_Plan`: one scoring function per
criterion, section and adjustment positions, the nominal total. Points are kept per member
as lists in the plan's order, so scoring a cell allocates nothing but its Decimal result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from .blocstats import BlocStats, BlocTracker, Report
from .criteria import CriteriaTable, Criterion, Section
from .explanation import Explanation, Source, explain_criterion
from .messages import Message
from .model import Bloc, Campaign, CriterionEntry, Member, Status, Submission
from .numbers import ZERO
from .plan import BlocKey, Plan, broken_rule
from .ranking import RankedMember, RankEntry, rank_entries, rank_keys
from .results import CriterionScore, MemberScore, RatingState, SectionScore
from .rules import (
    FormulaRule,
    Points,
    RelativeRule,
    TargetRule,
)
from .text import vi_sort_key
from .totals import Totals

Deriver = Callable[[Mapping[str, Decimal]], Mapping[str, Decimal]]

__all__ = ["CriterionScore", "MemberScore", "RatingState", "Scoreboard", "SectionScore"]

_NO_STATS = BlocStats()
_NO_ENTRIES: Mapping[str, CriterionEntry] = {}
_IN_BLOC = (Status.SUBMITTED, Status.VERIFIED, Status.LOCKED)

# A criterion's position in its plan, code, scorer (None when judged) and the number of its
# bloc figures (None unless comparative).
_Cell = tuple[int, str, Points | None, int | None]


class Scoreboard:
    """Scores and ranks one campaign, and re-scores incrementally on each edit."""

    def __init__(self, bloc: Bloc, campaign: Campaign, tables: Mapping[str, CriteriaTable],
                 submissions: Mapping[str, Submission],
                 derivers: Mapping[str, Deriver] | None = None) -> None:
        self.bloc = bloc
        self.campaign = campaign
        self.warnings: list[Message] = []
        self._tables = dict(tables)
        self._subs = dict(submissions)
        self._derivers = dict(derivers or {})
        self._members = {m.id: m for m in bloc.members}
        self._values = {m.id: self._effective_values(m) for m in bloc.members}
        self._targets = {m.id: campaign.targets_for(m.id) for m in bloc.members}
        self._plans = {t: Plan(table, t, campaign.precision, campaign.tie_break)
                       for t, table in self._tables.items()}
        self._skipped = {m.id: campaign.skipped_criteria(m.id, self._tables[m.type])
                         for m in bloc.members}
        for plan in self._plans.values():
            for problem in plan.problems:
                self._warn(problem)
        # Comparative criteria, numbered by what they are (see plan.BlocKey).
        numbers: dict[BlocKey, int] = {}
        self._trackers: list[BlocTracker] = []
        self._groups: list[list[str]] = []
        self._criteria: list[Criterion] = []
        self._cells: dict[str, tuple[_Cell, ...]] = {}
        self._positions: dict[str, dict[int, int]] = {}  # type → comparative number → cell
        for type_key, plan in self._plans.items():
            cells = []
            for i, criterion in enumerate(plan.leaves):
                key = plan.bloc_keys[i]
                number = None
                if key is not None:
                    number = numbers.setdefault(key, len(numbers))
                    if number == len(self._trackers):
                        rule = criterion.rule
                        assert isinstance(rule, TargetRule | RelativeRule | FormulaRule)
                        self._trackers.append(BlocTracker(rule.bloc_indicators))
                        self._groups.append([])
                        self._criteria.append(criterion)
                cells.append((i, criterion.code, plan.scorers[i], number))
            self._cells[type_key] = tuple(cells)
            self._positions[type_key] = {c[3]: c[0] for c in cells if c[3] is not None}
        for member in bloc.members:
            for _, _, _, number in self._cells[member.type]:
                if number is not None:
                    self._groups[number].append(member.id)
        for number, tracker in enumerate(self._trackers):
            reports = ((m, self._report(number, m)) for m in self._groups[number])
            tracker.load({m: report for m, report in reports if report is not None})
        self._points: dict[str, list[Decimal]] = {}
        self._claimed: dict[str, list[Decimal]] = {}
        self._scores: dict[str, MemberScore] = {}
        self._totals = Totals(campaign)
        for member in bloc.members:
            size = len(self._plans[member.type].leaves)
            self._points[member.id] = [ZERO] * size
            self._claimed[member.id] = [ZERO] * size
            self._fill(member, self._cells[member.type])
            self._scores[member.id] = self._member_score(member)
        self._check_tie_break()
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

    def values_of(self, member_id: str) -> Mapping[str, Decimal]:
        """The figures the member is scored on: reported ones with those its type derives."""
        return self._values[self._member(member_id).id]

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
            places: dict[str, RankedMember] = {}
            self._ranking = rank_entries(self._entries, self.campaign.tie_break, self._places,
                                         places)
            self._places = places
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

    def bloc_stats(self, member_id: str, code: str) -> BlocStats | None:
        """The bloc figures the member's criterion ``code`` is compared with (None if the
        criterion is not comparative or not in the member's table)."""
        member = self._member(member_id)
        i = self._plans[member.type].index.get(code)
        number = None if i is None else self._cells[member.type][i][3]
        return None if number is None else self._trackers[number].stats

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
        cells = self._cells[member.type]
        # Members to re-total, with the sections that moved (None: all of them).
        touched: dict[str, set[int] | None] = {member.id: None}
        for _, _, _, number in cells:
            if number is None or not self._trackers[number].record(
                    member.id, self._report(number, member.id)):
                continue
            for other_id in self._groups[number]:
                if other_id != member.id:
                    other = self._members[other_id]
                    i = self._positions[other.type][number]
                    was = self._points[other_id][i], self._claimed[other_id][i]
                    self._fill(other, (self._cells[other.type][i],))
                    if (self._points[other_id][i], self._claimed[other_id][i]) == was:
                        continue  # e.g. a member with a target, or a verified score
                    moved = touched.setdefault(other_id, set())
                    if moved is not None:
                        moved.add(self._plans[other.type].section_of[i])
        self._fill(member, cells)
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

    def _warn(self, message: Message) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def _check_tie_break(self) -> None:
        """Warn about a tie-break code that no member's table holds (it would do nothing)."""
        used = {m.type for m in self.bloc.members}
        for key in self.campaign.tie_break:
            if all(not self._plans[t].ties.get(key, True) for t in used):
                self._warn(Message("warning.tie_break_nothing", {"key": key}))

    def _effective_values(self, member: Member) -> Mapping[str, Decimal]:
        """Reported values plus those the member type's plugin derives from them."""
        sub = self._subs.get(member.id)
        values: Mapping[str, Decimal] = sub.counted_values if sub is not None else {}
        derive = self._derivers.get(member.type)
        if derive is None or sub is None:
            return values
        try:
            return {**derive(values), **values}
        except Exception as exc:  # a plugin hook must not stop scoring
            self._warn(Message("warning.derive_failed", {
                "type": member.type, "member": member.id,
                "error": f"{type(exc).__name__}: {exc}"}))
            return values

    def _report(self, number: int, member_id: str) -> Report | None:
        """What the member brings to a comparative criterion's bloc figures (None: nothing).

        Only submitted (or verified, locked) reports count; drafts and missing ones do not.
        """
        sub = self._subs.get(member_id)
        criterion = self._criteria[number]
        if sub is None or sub.status not in _IN_BLOC \
                or criterion.code in self._skipped[member_id]:
            return None
        values = self._values[member_id]
        targets = self._targets[member_id]
        return tuple((values.get(key, ZERO), targets.get(key) or None)
                     for key in self._trackers[number].indicators)

    def _fill(self, member: Member, cells: Iterable[_Cell]) -> None:
        """Score the given cells of the member's plan: counted and claimed points.

        Counted: verified, else computed, else self-scored, else 0. Claimed (what the unit
        says it earned): self-scored, else computed, else 0; never the verifier's score.
        Both are 0 when the criterion is not assigned or the submission is missing.
        """
        points, claimed = self._points[member.id], self._claimed[member.id]
        sub = self._subs.get(member.id)
        entries = sub.entries if sub is not None else _NO_ENTRIES
        counts = sub is not None and sub.status is not Status.MISSING
        skipped = self._skipped[member.id]
        values = self._values[member.id]
        targets = self._targets[member.id]
        trackers = self._trackers
        for i, code, scorer, number in cells:
            if not counts or code in skipped:
                points[i] = claimed[i] = ZERO
                continue
            computed = None
            if scorer is not None:
                try:
                    computed = scorer(values, targets,
                                      _NO_STATS if number is None else trackers[number].stats)
                except Exception as exc:  # a plugin's rule must not stop scoring
                    computed = self._failed(member, i, exc)
            entry = entries.get(code)
            if entry is None:
                points[i] = claimed[i] = ZERO if computed is None else computed
                continue
            own, verified = entry.self_points, entry.reviewed_points
            points[i] = verified if verified is not None else computed if computed is not None \
                else own if own is not None else ZERO
            claimed[i] = own if own is not None else computed if computed is not None else ZERO

    def _failed(self, member: Member, i: int, exc: Exception) -> Decimal:
        """A rule raised: warn (once) naming type, criterion and rule; it computes 0."""
        self._warn(broken_rule(member.type, self._plans[member.type].leaves[i], exc))
        return ZERO

    def _criterion_score(self, member: Member, plan: Plan, i: int) -> CriterionScore:
        criterion = plan.leaves[i]
        sub = self._subs.get(member.id)
        entry = sub.entry(criterion.code) if sub else None
        computed = None
        points = self._points[member.id][i]
        if criterion.code in self._skipped[member.id]:
            explanation = Explanation(criterion, "not_assigned", points)
        elif sub is None or sub.status is Status.MISSING:
            explanation = Explanation(criterion, "missing", points)
        else:
            assert entry is not None
            values = self._values[member.id]
            targets = self._targets[member.id]
            _, _, scorer, number = self._cells[member.type][i]
            stats = _NO_STATS if number is None else self._trackers[number].stats
            computed = None
            if scorer is not None:
                try:
                    computed = scorer(values, targets, stats)
                except Exception as exc:  # a plugin's rule must not stop scoring
                    computed = self._failed(member, i, exc)
            source: Source = "explained" if entry.explained_points is not None \
                else "verified" if entry.verified_points is not None \
                else "computed" if computed is not None \
                else "self" if entry.self_points is not None else "none"
            explanation = explain_criterion(
                criterion, source, points, computed, values=values, targets=targets,
                stats=stats, members=self._members,
                indicators=self._tables[member.type].indicators,
                reason=entry.answer if source == "explained" else entry.reason)
        return CriterionScore(
            criterion=criterion, points=points, source=explanation.source, computed=computed,
            self_points=entry.self_points if entry else None,
            verified_points=entry.verified_points if entry else None, explanation=explanation,
        )

    def _member_score(self, member: Member, moved: set[int] | None = None) -> MemberScore:
        """The member's totals; only the ``moved`` sections are re-added (None: all)."""
        plan = self._plans[member.type]
        points, claimed = self._points[member.id], self._claimed[member.id]
        if moved is not None:
            return self._totals.rescore(self._scores[member.id], plan, points, claimed, moved)
        return self._totals.score(member, plan, points, claimed, self._subs.get(member.id),
                                  self._skipped[member.id], self._values[member.id])

    def _entry(self, member_id: str) -> RankEntry:
        score = self._scores[member_id]
        return (rank_keys(score, self.campaign.tie_break, self.campaign.rank_by),
                self._name_order[member_id], score)
