"""A member's points as Decimals, from the rules' own functions: what scores show.

The scoreboard ranks from integers (:mod:`.intengine`); what it shows (a member's
:class:`~.results.MemberScore`, its breakdown with reasons) comes from here: each
criterion's counted and claimed points computed by the rule's compiled function, and a
criterion's full line with its explanation. The mappings it reads are the scoreboard's own,
kept current by it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from .blocstats import BlocStats
from .criteria import CriteriaTable
from .messages import Message
from .model import Member, Status, Submission
from .numbers import ZERO
from .plan import Plan, broken_rule
from .rules import Points

if TYPE_CHECKING:
    from .explanation import Source
    from .results import CriterionScore

__all__ = ["Cell", "DecimalPoints"]

_NO_STATS = BlocStats()

Cell = tuple[int, str, Points | None, int | None]
"""A criterion's position in its plan, code, scorer (None when judged) and the number of
its bloc figures (None unless comparative)."""


class DecimalPoints:
    """Counted and claimed points, and breakdown lines, of the scoreboard's members."""

    def __init__(self, plans: Mapping[str, Plan], cells_of: Mapping[str, tuple[Cell, ...]],
                 tables: Mapping[str, CriteriaTable], members: Mapping[str, Member],
                 subs: Mapping[str, Submission], values: Mapping[str, Mapping[str, Decimal]],
                 targets: Mapping[str, Mapping[str, Decimal]],
                 skipped: Mapping[str, frozenset[str]], stats: Callable[[int], BlocStats],
                 derived: Callable[[Member, Mapping[str, Decimal]], Mapping[str, Decimal]],
                 warn: Callable[[Message], None]) -> None:
        self._plans, self._cells_of, self._tables = plans, cells_of, tables
        self._members, self._subs, self._values = members, subs, values
        self._targets, self._skipped, self._stats = targets, skipped, stats
        self._derived, self._warn = derived, warn

    def cells(self, member: Member, sub: Submission | None, values: Mapping[str, Decimal],
               stats: Sequence[BlocStats]) -> tuple[list[Decimal], list[Decimal]]:
        """The member's counted and claimed points per criterion, as Decimals.

        Counted: verified, else computed, else self-scored, else 0. Claimed (what the unit
        says it earned): self-scored, else computed from the unit's own reported figures
        (against the same bloc figures), else 0; never the verifier's score or corrected
        figure. Both are 0 when the criterion is not assigned or the submission is missing.
        """
        cells = self._cells_of[member.type]
        if sub is None or sub.status is Status.MISSING:
            return [ZERO] * len(cells), [ZERO] * len(cells)
        points, claimed = [], []
        entries = sub.entries
        skipped = self._skipped[member.id]
        reported = self._derived(member, sub.values) if sub.corrections else None
        targets = self._targets[member.id]
        for i, code, scorer, number in cells:
            if code in skipped:
                points.append(ZERO)
                claimed.append(ZERO)
                continue
            computed = claim = None
            if scorer is not None:
                stat = _NO_STATS if number is None else stats[number]
                computed = claim = self.scored(member, i, scorer, values, targets, stat)
                if reported is not None:
                    claim = self.scored(member, i, scorer, reported, targets, stat)
            entry = entries.get(code)
            own = entry.self_points if entry is not None else None
            verified = entry.reviewed_points if entry is not None else None
            points.append(verified if verified is not None else computed
                          if computed is not None else own if own is not None else ZERO)
            claimed.append(own if own is not None else claim if claim is not None else ZERO)
        return points, claimed

    def scored(self, member: Member, i: int, scorer: Points, values: Mapping[str, Decimal],
                targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        """The rule's points from ``values`` (0, with a warning, when the rule raises)."""
        try:
            return scorer(values, targets, stats)
        except Exception as exc:  # a plugin's rule must not stop scoring
            return self._failed(member, i, exc)

    def _failed(self, member: Member, i: int, exc: Exception) -> Decimal:
        """A rule raised: warn (once) naming type, criterion and rule; it computes 0."""
        self._warn(broken_rule(member.type, self._plans[member.type].leaves[i], exc))
        return ZERO

    def criterion_score(self, member: Member, plan: Plan, i: int,
                         points: Decimal) -> CriterionScore:
        # a breakdown's: a ranking never builds one, nor loads what explains a criterion
        from .explanation import Explanation, explain_criterion
        from .results import CriterionScore

        criterion = plan.leaves[i]
        sub = self._subs.get(member.id)
        entry = sub.entry(criterion.code) if sub else None
        computed = None
        if criterion.code in self._skipped[member.id]:
            explanation = Explanation(criterion, "not_assigned", points)
        elif sub is None or sub.status is Status.MISSING:
            explanation = Explanation(criterion, "missing", points)
        else:
            assert entry is not None
            values = self._values[member.id]
            targets = self._targets[member.id]
            _, _, scorer, number = self._cells_of[member.type][i]
            stats = _NO_STATS if number is None else self._stats(number)
            computed = None if scorer is None \
                else self.scored(member, i, scorer, values, targets, stats)
            source: Source = "explained" if entry.explained_points is not None \
                else "verified" if entry.verified_points is not None \
                else "computed" if computed is not None \
                else "self" if entry.self_points is not None else "none"
            explanation = explain_criterion(
                criterion, source, points, computed, values=values, targets=targets,
                stats=stats, members=self._members,
                indicators=self._tables[member.type].indicators,
                reason=entry.answer if source == "explained" else entry.reason,
                verdict=entry.verdict)
        return CriterionScore(
            criterion=criterion, points=points, source=explanation.source, computed=computed,
            self_points=entry.self_points if entry else None,
            verified_points=entry.verified_points if entry else None, explanation=explanation,
        )
