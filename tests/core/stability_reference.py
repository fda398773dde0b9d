"""The stability report as it was worked out before it was made fast: every criterion
bisected on its own, the board updated and put back for every trial. The tests compare the
fast report with this one on random campaigns (it is slow: small blocs only)."""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal

from attrs import evolve

from emulation_core.criteria import Criterion
from emulation_core.crosssteps import CrossCounting
from emulation_core.model import RatingBand, Status
from emulation_core.rules import (
    JudgedRule,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
    YesNoRule,
)
from emulation_core.scoring import Scoreboard
from emulation_core.stability import (
    FigureChange,
    Needs,
    PairSwap,
    PointsChange,
    Stability,
    StepEffect,
)

_FIGURE_DOUBLINGS = 64


Goal = Callable[[], bool]


class _Trial:
    """Tries changes on a scoreboard and puts everything back afterwards."""

    def __init__(self, board: Scoreboard) -> None:
        self.board = board

    @contextlib.contextmanager
    def points(self, member: str, code: str, points: Decimal) -> Iterator[None]:
        sub = self.board.submission(member)
        assert sub is not None
        entry = evolve(sub.entry(code), verified_points=points, explained_points=None)
        self.board.update(evolve(sub, entries={**sub.entries, code: entry}))
        try:
            yield
        finally:
            self.board.update(sub)

    @contextlib.contextmanager
    def many(self, code: str, points: Mapping[str, Decimal]) -> Iterator[None]:
        """Several members' points for one criterion at once (a moved cross-score);
        members without a submission are not on the board and are passed over."""
        saved = []
        try:
            for member, value in points.items():
                sub = self.board.submission(member)
                if sub is None:
                    continue
                saved.append(sub)
                entry = evolve(sub.entry(code), verified_points=value, explained_points=None)
                self.board.update(evolve(sub, entries={**sub.entries, code: entry}))
            yield
        finally:
            for sub in reversed(saved):
                self.board.update(sub)

    @contextlib.contextmanager
    def figure(self, member: str, key: str, value: Decimal) -> Iterator[None]:
        sub = self.board.submission(member)
        assert sub is not None
        corrections = {k: c for k, c in sub.corrections.items() if k != key}
        self.board.update(evolve(sub, values={**sub.values, key: value},
                                 corrections=corrections))
        try:
            yield
        finally:
            self.board.update(sub)


def _smallest(holds: Callable[[int], bool], most: int) -> int | None:
    """The smallest k in 1..most for which ``holds`` (monotone), or None."""
    if most < 1 or not holds(most):
        return None
    low, high = 0, most  # holds(high); not holds(low) (low = 0: nothing changed)
    while high - low > 1:
        middle = (low + high) // 2
        if holds(middle):
            high = middle
        else:
            low = middle
    return high


def _unit(criterion: Criterion, precision: Decimal) -> Decimal:
    rule = criterion.rule
    return rule.step if isinstance(rule, JudgedRule) and rule.step else precision


def _changeable(board: Scoreboard, member: str) -> bool:
    sub = board.submission(member)
    return sub is not None and sub.status is not Status.MISSING


def _options(board: Scoreboard, trial: _Trial, member: str, goal: Goal, *, up: bool,
             figures: bool) -> tuple[PointsChange, ...]:
    """For each criterion of the member, the smallest change (up or down) reaching
    ``goal``; cheapest first."""
    if not _changeable(board, member):
        return ()
    precision = board.campaign.precision
    skipped = board.campaign.skipped_criteria(member, board.table_for(member))
    found = []
    for scored in board.breakdown(member):
        criterion = scored.criterion
        if criterion.code in skipped:
            continue
        unit = _unit(criterion, precision)
        old = scored.points
        room = (criterion.highest - old) if up else (old - criterion.lowest)
        sign = 1 if up else -1

        def reached(k: int, code: str = criterion.code, old: Decimal = old,
                    unit: Decimal = unit, sign: int = sign) -> bool:
            with trial.points(member, code, old + sign * k * unit):
                return goal()

        k = _smallest(reached, int(room // unit))
        if k is None:
            continue
        change = PointsChange(member, criterion.code, old, old + sign * k * unit)
        found.append(change)
    found.sort(key=lambda c: (abs(c.delta), c.code))
    if figures and up:
        found = [evolve(c, figure=_figure(board, trial, member, c.code, goal))
                 for c in found]
    return tuple(found)


def _single_indicator(criterion: Criterion) -> str | None:
    rule = criterion.rule
    if isinstance(rule, TargetRule | RelativeRule | PerOccurrenceRule | YesNoRule):
        return rule.indicator
    return None


def _figure(board: Scoreboard, trial: _Trial, member: str, code: str,
            goal: Goal) -> FigureChange | None:
    """The smallest reported figure reaching ``goal`` for a criterion computed from one
    figure (None: judged, entered by a reviewer, or no figure reaches it)."""
    table = board.table_for(member)
    criterion = next(c for c in table.leaves() if c.code == code)
    key = _single_indicator(criterion)
    sub = board.submission(member)
    if key is None or sub is None or sub.entry(code).reviewed_points is not None:
        return None
    indicator = table.indicators.get(key)
    unit = Decimal(1) if indicator is not None and indicator.integer \
        else board.campaign.precision
    old = board.values_of(member).get(key, Decimal(0))

    def reached(k: int) -> bool:
        with trial.figure(member, key, old + k * unit):
            return goal()

    most = 1
    for _ in range(_FIGURE_DOUBLINGS):
        if reached(most):
            break
        most *= 2
    else:
        return None
    k = _smallest(reached, most)
    if k is None:
        return None
    return FigureChange(key, old, old + k * unit, indicator.label if indicator else "",
                        indicator.label_en if indicator else "")


def _next_band(board: Scoreboard, band: RatingBand | None) -> RatingBand | None:
    higher = [b for b in board.campaign.bands
              if band is None or b.minimum > band.minimum
              or (b.minimum == band.minimum and b.inclusive is False and band.inclusive)]
    return min(higher, key=lambda b: (b.minimum, not b.inclusive), default=None)


def reference_stability(board: Scoreboard, *, member: str | None = None, figures: bool = True,
              cross: CrossCounting | None = None) -> Stability:
    """The stability report for the board's campaign (``member``: only that member's
    needs and the pairs it is in). With ``cross`` (the campaign's counted cross-scores,
    :func:`~.crosssteps.cross_counting`), a judged criterion whose points come from
    cross-scores is moved one scorer's score at a time, through the aggregate."""
    trial = _Trial(board)
    ranking = board.ranking
    places = {r.score.member.id: r.rank for r in ranking}

    def ahead(lower: str, upper: str) -> Goal:
        return lambda: board.rank_of(lower).rank < board.rank_of(upper).rank

    pairs = []
    for above, below in itertools.pairwise(ranking):
        upper, lower = above.score.member.id, below.score.member.id
        if member is not None and member not in (upper, lower):
            continue
        pairs.append(PairSwap(
            upper, lower,
            _options(board, trial, lower, ahead(lower, upper), up=True, figures=figures),
            _options(board, trial, upper, ahead(lower, upper), up=False, figures=False)))
    needs = []
    for place in ranking:
        who = place.score.member.id
        if (member is not None and who != member) or not _changeable(board, who):
            continue
        band = place.score.rating
        target = _next_band(board, band)
        rank = place.rank

        def better_band(who: str = who, target: RatingBand | None = target) -> bool:
            now = board.score(who).rating
            return target is not None and now is not None and now.minimum >= target.minimum

        def better_rank(who: str = who, rank: int = rank) -> bool:
            return board.rank_of(who).rank < rank

        needs.append(Needs(
            who, rank, band, target,
            _options(board, trial, who, better_band, up=True, figures=figures)
            if target is not None else (),
            _options(board, trial, who, better_rank, up=True, figures=figures)
            if rank > 1 else ()))
    steps, tried = _judged_steps(board, trial, places, cross)
    return Stability(tuple(pairs), tuple(needs), tuple(steps), tried)


def _judged_steps(board: Scoreboard, trial: _Trial, places: dict[str, int],
                  cross: CrossCounting | None) -> tuple[list[StepEffect], int]:
    """Each judged score moved one step up and down, where it can: which moves change
    any member's rank. A cross-scored criterion's scores are the scorers' ones."""
    effects = []
    tried = 0

    def moved_now() -> tuple[str, ...]:
        return tuple(m for m, rank in places.items() if board.rank_of(m).rank != rank)

    for place in board.ranking:
        who = place.score.member.id
        if not _changeable(board, who):
            continue
        for scored in board.breakdown(who):
            rule = scored.criterion.rule
            code = scored.criterion.code
            if not isinstance(rule, JudgedRule) or not rule.step:
                continue
            cross_moves = cross.moves(who, code) if cross is not None else None
            if cross_moves is not None:
                for move in cross_moves:
                    tried += 1
                    with trial.many(code, move.counted):
                        moved = moved_now()
                    if moved:
                        effects.append(StepEffect(who, code, move.direction, moved,
                                                  move.scorer))
                continue
            for direction in (1, -1):
                points = scored.points + direction * rule.step
                if not scored.criterion.lowest <= points <= scored.criterion.highest:
                    continue
                tried += 1
                with trial.points(who, code, points):
                    moved = moved_now()
                if moved:
                    effects.append(StepEffect(who, code, direction, moved))
    return effects, tried
