"""How stable the ranking is: the smallest change that would move it.

Every answer is found by trying it on a :class:`~.scoring.Scoreboard` (the member's points
for one criterion set as if verified, or one reported figure changed), so tie-breaks,
percent ranking, bands and the bloc figures of comparative criteria all play their part
exactly as in the real ranking. Changes move in the criterion's unit (a judged criterion's
step, else the campaign's precision; figures by 1 for whole-number indicators, else by
the campaign's precision). The smallest change is searched for over that unit from a first
guess worked out from the totals (:mod:`.stabilitytrial`), which is exact because more
points (or a larger figure) never rank a member lower; criteria that move the ranking alike
are tried once (:mod:`.stabilityoptions`).
"""

from __future__ import annotations

import itertools
from decimal import Decimal

from attrs import frozen

from .crosssteps import CrossCounting
from .model import RankBy, RatingBand
from .rules import JudgedRule
from .scoring import Scoreboard
from .stabilitychanges import FigureChange, PointsChange
from .stabilityoptions import Goal, Search
from .value_object import ValueObject

__all__ = [
    "FigureChange",
    "Needs",
    "PairSwap",
    "PointsChange",
    "Stability",
    "StepEffect",
    "stability",
]

_HUNDRED = Decimal(100)


@frozen
class PairSwap(ValueObject):
    """Neighbours in the ranking: the smallest changes that put ``lower`` ahead of
    ``upper`` (the lower gaining, or the upper losing), cheapest first."""

    upper: str
    lower: str
    gains: tuple[PointsChange, ...]
    losses: tuple[PointsChange, ...]


@frozen
class Needs(ValueObject):
    """What a member needs, in one criterion, for the next band and for the next rank."""

    member: str
    rank: int
    band: RatingBand | None
    next_band: RatingBand | None
    for_band: tuple[PointsChange, ...]
    for_rank: tuple[PointsChange, ...]


@frozen
class StepEffect(ValueObject):
    """A judged score moved by one step (``direction`` +1 or −1) that changes the ranking:
    the members whose rank moves. ``scorer``: whose cross-score for the member moved, when
    the campaign counts cross-scores ("" for the verified score)."""

    member: str
    code: str
    direction: int
    moved: tuple[str, ...]
    scorer: str = ""


@frozen
class Stability(ValueObject):
    """The whole report for one campaign."""

    pairs: tuple[PairSwap, ...]
    needs: tuple[Needs, ...]
    steps: tuple[StepEffect, ...]
    judged_checked: int  # how many one-step moves were tried


def _total_at(board: Scoreboard, member: str, measure: Decimal) -> Decimal:
    """The member's total at which its measure (its total, or its percent when the
    campaign ranks by percent) would be ``measure``."""
    if board.campaign.rank_by is RankBy.PERCENT:
        return measure * board.score(member).reachable / _HUNDRED
    return measure


def _measure(board: Scoreboard, member: str) -> Decimal:
    score = board.score(member)
    return score.percent if board.campaign.rank_by is RankBy.PERCENT else score.total


def _gain(board: Scoreboard, member: str, measure: Decimal) -> Decimal:
    """About how many points the member gains to reach ``measure``."""
    return _total_at(board, member, measure) - board.score(member).total


def _next_band(board: Scoreboard, band: RatingBand | None) -> RatingBand | None:
    higher = [b for b in board.campaign.bands
              if band is None or b.minimum > band.minimum
              or (b.minimum == band.minimum and b.inclusive is False and band.inclusive)]
    return min(higher, key=lambda b: (b.minimum, not b.inclusive), default=None)


def stability(board: Scoreboard, *, member: str | None = None, figures: bool = True,
              cross: CrossCounting | None = None) -> Stability:
    """The stability report for the board's campaign (``member``: only that member's
    needs and the pairs it is in). With ``cross`` (the campaign's counted cross-scores,
    :func:`~.crosssteps.cross_counting`), a judged criterion whose points come from
    cross-scores is moved one scorer's score at a time, through the aggregate."""
    search = Search(board)
    ranking = board.ranking
    places = {r.score.member.id: r.rank for r in ranking}

    def ahead(lower: str, upper: str, needed: Decimal) -> Goal:
        return Goal(lambda: board.rank_of(lower).rank < board.rank_of(upper).rank, needed)

    pairs = []
    for above, below in itertools.pairwise(ranking):
        upper, lower = above.score.member.id, below.score.member.id
        if member is not None and member not in (upper, lower):
            continue
        gain = _gain(board, lower, _measure(board, upper))
        loss = -_gain(board, upper, _measure(board, lower))
        pairs.append(PairSwap(
            upper, lower,
            search.options(lower, ahead(lower, upper, gain), up=True, figures=figures),
            search.options(upper, ahead(lower, upper, loss), up=False, figures=False)))
    needs = []
    for place in ranking:
        who = place.score.member.id
        if (member is not None and who != member) or not search.changeable(who):
            continue
        band = place.score.rating
        target = _next_band(board, band)
        rank = place.rank

        def better_band(who: str = who, target: RatingBand | None = target) -> bool:
            now = board.score(who).rating
            return target is not None and now is not None and now.minimum >= target.minimum

        def better_rank(who: str = who, rank: int = rank) -> bool:
            return board.rank_of(who).rank < rank

        ahead_of = ranking[rank - 2].score.member.id if rank > 1 else who
        needs.append(Needs(
            who, rank, band, target,
            search.options(who, Goal(better_band, _gain(board, who, target.minimum)),
                           up=True, figures=figures) if target is not None else (),
            search.options(who, Goal(better_rank, _gain(board, who, _measure(board, ahead_of))),
                           up=True, figures=figures) if rank > 1 else ()))
    steps, tried = _judged_steps(search, places, cross)
    return Stability(tuple(pairs), tuple(needs), tuple(steps), tried)


def _judged_steps(search: Search, places: dict[str, int],
                  cross: CrossCounting | None) -> tuple[list[StepEffect], int]:
    """Each judged score moved one step up and down, where it can: which moves change
    any member's rank. A cross-scored criterion's scores are the scorers' ones; criteria
    that move the ranking alike (:meth:`~.stabilityoptions.Search.kind`) are tried once."""
    board, trial = search.board, search.trial
    effects = []
    tried = 0

    def moved_now() -> tuple[str, ...]:
        return tuple(m for m, rank in places.items() if board.rank_of(m).rank != rank)

    for place in board.ranking:
        who = place.score.member.id
        if not search.changeable(who):
            continue
        seen: dict[object, tuple[str, ...]] = {}
        for criterion, points in search.rows(who):
            rule = criterion.rule
            code = criterion.code
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
                points_then = points + direction * rule.step
                if not criterion.lowest <= points_then <= criterion.highest:
                    continue
                tried += 1
                kind = search.kind(who, criterion), direction
                if kind not in seen:
                    with trial.points(who, code) as put:
                        put(points_then)
                        seen[kind] = moved_now()
                if seen[kind]:
                    effects.append(StepEffect(who, code, direction, seen[kind]))
    return effects, tried
