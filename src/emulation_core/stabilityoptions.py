"""For one member and one goal (be ahead of a neighbour, reach a band, gain a rank): the
smallest change in each of its criteria that reaches it, in points and in the reported
figure, tried on the scoreboard (see :mod:`.stability`).

Criteria that move the ranking alike are searched once. Setting a member's points for a
criterion changes its total (so its percent and band) and the tie-break sums holding that
criterion by the same amount, and nothing else the ranking reads: the bloc figures come
from reported figures, not points. So criteria of the same unit held by the same tie-break
keys reach a goal at the same change, each within its own room. A bonus/deduction
criterion is searched on its own: its points split into bonus and deduction parts, which
the ``deductions`` tie-break reads.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable
from decimal import Decimal

from attrs import evolve, frozen

from .blocstats import BlocStats
from .criteria import CriteriaTable, Criterion, Section
from .model import Status
from .plan import finisher, tie_code
from .rules import JudgedRule, PerOccurrenceRule, RelativeRule, TargetRule, YesNoRule
from .scoring import Scoreboard
from .stabilitychanges import FigureChange, PointsChange
from .stabilitytrial import Put, Trial, smallest
from .value_object import ValueObject

__all__ = ["Goal", "Search"]

_FIGURE_MOST = 2 ** 63  # figures are tried up to 2^63 units above the reported one


@frozen
class Goal(ValueObject):
    """What a change should bring about (``holds``, read on the board as it is being
    tried), and roughly how many points of total it takes (``needed``: a first guess)."""

    holds: Callable[[], bool]
    needed: Decimal


def _unit(criterion: Criterion, precision: Decimal) -> Decimal:
    rule = criterion.rule
    return rule.step if isinstance(rule, JudgedRule) and rule.step else precision


def _single_indicator(criterion: Criterion) -> str | None:
    rule = criterion.rule
    if isinstance(rule, TargetRule | RelativeRule | PerOccurrenceRule | YesNoRule):
        return rule.indicator
    return None


def _tie_holders(table: CriteriaTable, tie_break: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each criterion's code → the tie-break keys whose sums hold it."""
    nodes: dict[str, Criterion | Section] = {}
    stack: list[Criterion | Section] = list(table.sections)
    while stack:
        node = stack.pop()
        nodes.setdefault(node.code, node)
        if isinstance(node, Section):
            stack.extend(node.children)
    held: dict[str, set[str]] = {}
    for key in tie_break:
        code = tie_code(key)
        found = nodes.get(code) if code is not None else None
        leaves = () if found is None else (found,) if isinstance(found, Criterion) \
            else tuple(found.leaves())
        for leaf in leaves:
            held.setdefault(leaf.code, set()).add(key)
    return {code: frozenset(keys) for code, keys in held.items()}


class Search:
    """Finds smallest changes on one board; the board is put back after every trial."""

    def __init__(self, board: Scoreboard) -> None:
        self.board = board
        self.trial = Trial(board)
        self._held: dict[int, dict[str, frozenset[str]]] = {}
        self._rows: dict[str, tuple[tuple[Criterion, Decimal], ...]] = {}
        self._skipped: dict[str, frozenset[str]] = {}

    def changeable(self, member: str) -> bool:
        sub = self.board.submission(member)
        return sub is not None and sub.status is not Status.MISSING

    def rows(self, member: str) -> tuple[tuple[Criterion, Decimal], ...]:
        """The member's criteria with the points it counts now."""
        if member not in self._rows:
            board = self.board
            self._rows[member] = tuple((c, board.points_of(member, c))
                                       for c in board.table_for(member).leaves())
        return self._rows[member]

    def skipped(self, member: str) -> frozenset[str]:
        """The codes of the criteria not assigned to the member."""
        if member not in self._skipped:
            board = self.board
            self._skipped[member] = board.campaign.skipped_criteria(
                member, board.table_for(member))
        return self._skipped[member]

    def kind(self, member: str, criterion: Criterion) -> Hashable:
        """Criteria of one member with the same kind move the ranking alike, by the same
        change of points (see the module's docstring); a criterion not assigned to the
        member counts nothing whatever its points, so it is alone in its kind too."""
        if criterion.is_adjustment or criterion.code in self.skipped(member):
            return "alone", criterion.code
        table = self.board.table_for(member)
        held = self._held.get(id(table))
        if held is None:
            held = self._held[id(table)] = _tie_holders(table, self.board.campaign.tie_break)
        return _unit(criterion, self.board.campaign.precision), \
            held.get(criterion.code, frozenset())

    def options(self, member: str, goal: Goal, *, up: bool,
                figures: bool) -> tuple[PointsChange, ...]:
        """For each criterion of the member, the smallest change (up or down) reaching
        ``goal``; cheapest first."""
        if not self.changeable(member):
            return ()
        board = self.board
        precision = board.campaign.precision
        skipped = self.skipped(member)
        sign = 1 if up else -1
        alike: dict[Hashable, list[tuple[Criterion, Decimal, int]]] = {}
        for criterion, old in self.rows(member):
            if criterion.code in skipped:
                continue
            unit = _unit(criterion, precision)
            room = (criterion.highest - old) if up else (old - criterion.lowest)
            alike.setdefault(self.kind(member, criterion), []).append(
                (criterion, old, int(room // unit)))
        found = []
        for group in alike.values():
            criterion, old, most = max(group, key=lambda row: row[2])  # tried: the roomiest
            unit = _unit(criterion, precision)
            with self.trial.points(member, criterion.code) as put:
                def reached(k: int, put: Put = put, old: Decimal = old,
                            unit: Decimal = unit) -> bool:
                    put(old + sign * k * unit)
                    return goal.holds()

                k = smallest(reached, most, math.ceil(goal.needed / unit))
            if k is not None:
                found += [PointsChange(member, c.code, o, o + sign * k * unit)
                          for c, o, room in group if k <= room]
        found.sort(key=lambda c: (abs(c.delta), c.code))
        if figures and up:
            found = [evolve(c, figure=self._figure(member, c, goal)) for c in found]
        return tuple(found)

    def _figure(self, member: str, change: PointsChange, goal: Goal) -> FigureChange | None:
        """The smallest reported figure reaching ``goal`` for a criterion computed from one
        figure (None: judged, entered by a reviewer, or no figure reaches it)."""
        board = self.board
        table = board.table_for(member)
        criterion = next(c for c, _ in self.rows(member) if c.code == change.code)
        key = _single_indicator(criterion)
        sub = board.submission(member)
        if key is None or sub is None or sub.entry(change.code).reviewed_points is not None:
            return None
        indicator = table.indicators.get(key)
        unit = Decimal(1) if indicator is not None and indicator.integer \
            else board.campaign.precision
        old = board.values_of(member).get(key, Decimal(0))
        guess = self._figure_guess(member, criterion, key, old, unit, change.new)
        with self.trial.figure(member, key) as put:
            def reached(k: int) -> bool:
                put(old + k * unit)
                return goal.holds()

            k = smallest(reached, _FIGURE_MOST, guess)
        if k is None:
            return None
        return FigureChange(key, old, old + k * unit, indicator.label if indicator else "",
                            indicator.label_en if indicator else "")

    def _figure_guess(self, member: str, criterion: Criterion, key: str, old: Decimal,
                      unit: Decimal, wanted: Decimal) -> int:
        """How many units the figure likely moves: the fewest that give the criterion
        ``wanted`` points by its rule, the bloc figures as they are (1 if none does)."""
        board = self.board
        precision = board.campaign.precision
        points = criterion.rule.compiled(
            criterion.max_points, finisher(criterion.lowest, criterion.highest, precision))
        if points is None:
            return 1
        values = dict(board.values_of(member))
        targets = board.campaign.targets_for(member)
        stats = board.bloc_stats(member, criterion.code) or BlocStats()

        def enough(k: int) -> bool:
            values[key] = old + k * unit
            return points(values, targets, stats) >= wanted

        try:
            return smallest(enough, _FIGURE_MOST, 1) or 1
        except ArithmeticError:
            return 1
