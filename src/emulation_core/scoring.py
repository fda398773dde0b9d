"""Scoring a campaign: per-criterion points with reasons, subtotals, totals and ratings.

:class:`Scoreboard` scores every member once, then keeps the result current as single
submissions change (:meth:`Scoreboard.update`), re-scoring only what the change can reach:
the edited member, and the members sharing a comparative criterion whose bloc figures moved.

It ranks from the integer engine (:mod:`.intengine`) and builds what it shows (scores,
breakdowns, in Decimals: :mod:`.decimalpoints`, :mod:`.totals`) only when it is read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING

from . import kernels
from .blocstats import BlocStats, BlocTracker, Report, row_of
from .boardrows import LazyRows, Scores, not_assigned
from .collector import paused
from .criteria import CriteriaTable, Criterion, Section
from .decimalpoints import Cell, DecimalPoints
from .faults import fault_at
from .intengine import Inputs, IntegerEngine
from .messages import Message
from .model import Bloc, Campaign, Member, RankBy, Status, Submission
from .nameorder import by_name
from .numbers import ZERO
from .plan import BlocKey, Plan
from .ranking import KeyEntry, RankedMember, place_entries
from .results import CriterionScore, MemberScore, RatingState, SectionScore
from .rules import (
    FormulaRule,
    RelativeRule,
    TargetRule,
)
from .totals import Totals
from .units import OffScale, Units

if TYPE_CHECKING:
    from .colengine import ColumnKeys

Deriver = Callable[[Mapping[str, Decimal]], Mapping[str, Decimal]]

__all__ = ["CriterionScore", "MemberScore", "RatingState", "Scoreboard", "SectionScore"]

_IN_BLOC = (Status.SUBMITTED, Status.VERIFIED, Status.LOCKED)

# The bloc as a ranking's places were made: each member's version (bumped each time it is
# re-scored), submissions, values, and the bloc figures (copies of the mappings, not of
# what they hold).
_Epoch = tuple[dict[str, int], dict[str, Submission], dict[str, Mapping[str, Decimal]],
               tuple[BlocStats, ...]]  # the values made by then


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
        self._by_type: dict[str, list[str]] = {}
        for member in bloc.members:
            self._by_type.setdefault(member.type, []).append(member.id)
        # Each member's figures and targets, made when first read (derived ones at once,
        # so that a plugin's failure is told now).
        self._values = LazyRows(lambda m: self._effective_values(
            self._members[m], self._subs.get(m)), self._members)
        for type_key in self._derivers.keys() & self._by_type.keys():
            for member_id in self._by_type[type_key]:
                self._values[member_id]
        self._targets = LazyRows(campaign.targets_for, self._members)
        self._plans = {t: Plan(table, t, campaign.precision, campaign.tie_break)
                       for t, table in self._tables.items()}
        self._skipped = not_assigned(campaign, self._members, self._tables)
        for plan in self._plans.values():
            for problem in plan.problems:
                self._warn(problem)
        # Comparative criteria, numbered by what they are (see plan.BlocKey).
        numbers: dict[BlocKey, int] = {}
        self._trackers: list[BlocTracker] = []
        self._groups: list[list[str]] = []
        self._criteria: list[Criterion] = []
        self._cells_of: dict[str, tuple[Cell, ...]] = {}
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
            self._cells_of[type_key] = tuple(cells)
        for type_key, ids in self._by_type.items():  # members in bloc order per number
            for _, _, _, number in self._cells_of[type_key]:
                if number is not None:
                    self._groups[number] += ids
        if len(self._by_type) > 1:
            place = {m: i for i, m in enumerate(self._members)}
            for group in self._groups:
                group.sort(key=place.__getitem__)
        self._totals = Totals(campaign)
        self._points = DecimalPoints(
            self._plans, self._cells_of, self._tables, self._members, self._subs, self._values,
            self._targets, self._skipped, lambda number: self._trackers[number].stats,
            self._derived, self._warn)
        self._check_tie_break()
        # Each member's version: the number of the last edit that re-scored it; what was
        # built for it is kept with the version it was built at.
        self._edits = 0
        self._version = dict.fromkeys(self._members, 0)
        self._scores: dict[str, tuple[int, MemberScore]] = {}
        self._rows: dict[str, tuple[int, tuple[list[Decimal], list[Decimal]]]] = {}
        with paused(len(self._members)):
            self._engine = self._start_engine()
        self._stats_now = tuple(tracker.stats for tracker in self._trackers)
        # Ranking state: members in name order once; entries re-sorted after each edit.
        self._order: list[KeyEntry] = []
        if isinstance(self._engine, IntegerEngine):
            self._order = self._entries(self._engine)
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
        """Every member's score by id, each built when first read."""
        return Scores(self.score, self._members)

    def score(self, member_id: str) -> MemberScore:
        version = self._version[member_id]
        kept = self._scores.get(member_id)
        if kept is not None and kept[0] == version:
            return kept[1]
        member = self._members[member_id]
        points, claimed = self._row(member_id)
        score = self._totals.score(member, self._plans[member.type], points, claimed,
                                   self._subs.get(member_id), self._skipped[member_id],
                                   self._values[member_id])
        self._scores[member_id] = version, score
        return score

    @property
    def ranking(self) -> tuple[RankedMember, ...]:
        if self._ranking is None:
            load = partial(self._placed, (self._version.copy(), self._subs.copy(),
                                          self._values.made(), self._stats_now))
            engine = self._engine
            if not isinstance(engine, IntegerEngine):  # columns: ranked afresh at once
                from .colranking import name_positions, placed
                with paused(len(self._members)):
                    self._ranking, self._places = placed(
                        engine.ids, engine.keys, name_positions(self.bloc, engine.ids),
                        self.campaign.tie_break, load)
                return self._ranking
            changed, keys = self._changed, engine.keys
            if 2 * len(changed) >= len(self._order):  # most moved: every entry anew
                self._order = [(keys[m], minus_place, m) for _, minus_place, m in self._order]
            elif changed:
                self._order = [(keys[e[2]], e[1], e[2]) if e[2] in changed else e
                               for e in self._order]
            places: dict[str, RankedMember] = {}
            with paused(len(self._order)):
                self._ranking = place_entries(self._order, self.campaign.tie_break,
                                              self._places, self._changed, load, places)
            self._changed = set()
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
        points = self._row(member_id)[0]
        return tuple(self._points.criterion_score(member, plan, i, points[i])
                     for i in range(len(plan.leaves)))

    def bloc_stats(self, member_id: str, code: str) -> BlocStats | None:
        """The bloc figures the member's criterion ``code`` is compared with (None if the
        criterion is not comparative or not in the member's table)."""
        member = self._member(member_id)
        i = self._plans[member.type].index.get(code)
        number = None if i is None else self._cells_of[member.type][i][3]
        return None if number is None else self._trackers[number].stats

    def claimed_of(self, member_id: str, code: str) -> Decimal:
        """What the member claims on criterion ``code``: its self-score, else the points
        computed from the figures it reported (0 when ``code`` is not in its table)."""
        i = self._plans[self._member(member_id).type].index.get(code)
        return ZERO if i is None else self._row(member_id)[1][i]

    def points_of(self, member_id: str, node: Criterion | Section) -> Decimal:
        """Points counted for a criterion, or the sum over a section's criteria."""
        member = self._member(member_id)
        points = self._row(member_id)[0]
        index = self._plans[member.type].index
        if isinstance(node, Criterion):
            return points[index[node.code]] if node.code in index else ZERO
        return sum((points[index[c.code]] for c in node.leaves() if c.code in index), ZERO)

    # -- editing --------------------------------------------------------------------
    def update(self, submission: Submission) -> None:
        """Replace one member's submission and re-score whatever it affects."""
        member = self._member(submission.member)
        engine = self._integers()
        self._subs[member.id] = submission
        self._values[member.id] = self._effective_values(member, submission)
        try:
            with paused(len(self._members)):
                moved = [number for _, _, _, number in self._cells_of[member.type]
                         if number is not None and self._trackers[number].record(
                             member.id, self._report(number, member.id))]
                if moved:
                    self._stats_now = tuple(tracker.stats for tracker in self._trackers)
                touched = engine.update(member.id, moved)
        except OffScale as exc:  # an entered score finer than the unit: count finer
            self._engine = self._start_engine(max(engine.units.decimals, exc.decimals),
                                              columns=False)
            touched = set(self._members)
        self._edits += 1
        self._version.update(dict.fromkeys(touched, self._edits))
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

    def _effective_values(self, member: Member, sub: Submission | None,
                          ) -> Mapping[str, Decimal]:
        """The figures that count in ``sub`` (the verifier's corrections over the unit's
        figures) plus those the member type's plugin derives from them."""
        return {} if sub is None else self._derived(member, sub.counted_values)

    def _derived(self, member: Member, values: Mapping[str, Decimal]) -> Mapping[str, Decimal]:
        """``values`` plus those the member type's plugin derives from them."""
        derive = self._derivers.get(member.type)
        if derive is None:
            return values
        try:
            return {**derive(values), **values}
        except Exception as exc:  # a plugin hook must not stop scoring
            self._warn(Message("warning.derive_failed", {
                "type": member.type, "member": member.id,
                "error": f"{type(exc).__name__}: {exc}", "at": fault_at(exc)}))
            return values

    def _load_bloc(self, engine: IntegerEngine) -> None:
        """Every comparative criterion's bloc figures, from the reports of the members
        scored on it (see _report), read as integers where they are whole."""
        skipped = self._skipped
        handed_in = {m for m, sub in self._subs.items() if sub.status in _IN_BLOC}
        skipping = {code for codes in skipped.values() for code in codes}
        for number, tracker in enumerate(self._trackers):
            code = self._criteria[number].code
            ids = [m for m in self._groups[number] if m in handed_in] if code not in skipping \
                else [m for m in self._groups[number] if m in handed_in and code not in skipped[m]]
            if not engine.load_bloc(tracker, ids):
                tracker.load_rows({m: row_of(report) for m in ids
                                   if (report := self._report(number, m)) is not None})

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

    def _build(self, member: Member, sub: Submission | None, values: Mapping[str, Decimal],
               stats: Sequence[BlocStats]) -> MemberScore:
        """The member's score from these inputs (its submission, values, bloc figures)."""
        points, claimed = self._points.cells(member, sub, values, stats)
        return self._totals.score(member, self._plans[member.type], points, claimed, sub,
                                  self._skipped[member.id], values)

    def _placed(self, epoch: _Epoch,
                key: str | tuple[str, str]) -> tuple[MemberScore, Decimal]:
        """A place's score and measure (its tie group's first member's, as
        :func:`~.ranking.rank` shows it), from the bloc as it was when it was placed."""
        member_id, head = (key, key) if isinstance(key, str) else key
        score = self._score_then(epoch, member_id)
        measured = score if head == member_id else self._score_then(epoch, head)
        by_percent = self.campaign.rank_by is RankBy.PERCENT
        return score, measured.percent if by_percent else measured.total

    def _score_then(self, epoch: _Epoch, member_id: str) -> MemberScore:
        versions, subs, values, stats = epoch
        if self._version[member_id] == versions[member_id]:
            return self.score(member_id)  # not re-scored since
        member, sub = self._members[member_id], subs.get(member_id)
        then = values.get(member_id)  # not made then: made from the submission then
        return self._build(member, sub, self._effective_values(member, sub)
                           if then is None else then, stats)

    def _integers(self) -> IntegerEngine:
        """The integer engine, handed the columns' results now if the board was ranked
        from columns (an edit re-scores a member at a time)."""
        engine = self._engine
        if isinstance(engine, IntegerEngine):
            return engine
        from .colhandover import integer_engine
        with paused(len(self._members)):
            self._engine = started = integer_engine(engine)
            self._order = self._entries(started)
        return started

    def _entries(self, engine: IntegerEngine) -> list[KeyEntry]:
        """Every member's ranking entry, in name order."""
        keys = engine.keys
        return [(keys[m], -i, m) for i, m in enumerate(by_name(self.bloc))]

    def _start_engine(self, decimals: int = 0, *,
                      columns: bool = True) -> IntegerEngine | ColumnKeys:
        """The integer engine (the columnar one for a large bloc it can count; see
        :mod:`.colengine`), in the coarsest unit that counts every figure exactly."""
        campaign = self.campaign
        lateness = campaign.lateness
        bounds = [b for plan in self._plans.values() for c in plan.leaves
                  for b in (c.lowest, c.highest)]
        units = Units.covering(campaign.precision, (
            *bounds, lateness.fixed, lateness.per_day,
            *(() if lateness.cap is None else (lateness.cap,))))
        units = Units(campaign.precision, max(units.decimals, decimals))
        inputs = Inputs(
            campaign, {t: tuple(ids) for t, ids in self._by_type.items()}, self._plans,
            {t: tuple(c[3] for c in cells) for t, cells in self._cells_of.items()},
            self._subs, self._values, self._targets, self._skipped,
            lambda number: self._trackers[number].stats, self._warn)
        columns = columns and len(self._members) >= kernels.COLUMNS_FROM \
            and kernels.vectorised() and not self._derivers.keys() & self._by_type.keys()
        while True:
            try:
                if columns:
                    from .colengine import column_keys
                    found = column_keys(inputs, self._tables, units, self._trackers,
                                        [criterion.code for criterion in self._criteria])
                    if found is not None:
                        return found
                engine = IntegerEngine(inputs, units)
                self._load_bloc(engine)
                engine.fill()
                return engine
            except OffScale as exc:
                units = Units(campaign.precision, max(units.decimals + 1, exc.decimals))

    def _row(self, member_id: str) -> tuple[list[Decimal], list[Decimal]]:
        """The member's counted and claimed points now (kept until it is re-scored)."""
        version = self._version[member_id]
        kept = self._rows.get(member_id)
        if kept is not None and kept[0] == version:
            return kept[1]
        row = self._points.cells(self._members[member_id], self._subs.get(member_id),
                          self._values[member_id], self._stats_now)
        self._rows[member_id] = version, row
        return row
