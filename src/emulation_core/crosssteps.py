"""One-step moves of cross-scored judged criteria, for the stability check.

When a campaign counts cross-scores (mode ``replace`` or ``weigh``), a judged criterion's
points come from the scorers' scores through the campaign's aggregate (mean, median,
trimmed mean or z-scores). A single score moved by one step is then one scorer's score
for one member moved by the criterion's step; the aggregate is computed again for every
member holding the criterion (with z-scores, one scorer's move shifts the others too) and
rounded once as it counts. In ``weigh`` mode the reviewed score is a single score as well:
moved by one step, it enters the counted points with its weight.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from .aggregation import aggregate, counted_points
from .crossactions import JudgedGroup
from .crossscores import CrossEntry, CrossMode, CrossScoring
from .rules import JudgedRule
from .value_object import ValueObject

if TYPE_CHECKING:
    from .stability import Stability
    from .workspace import Workspace

__all__ = ["CrossCounting", "CrossMove", "campaign_stability", "cross_counting"]

_MOVED_AT = dt.datetime(1, 1, 1, tzinfo=dt.UTC)  # a trial entry: never saved


@frozen
class CrossMove(ValueObject):
    """One score moved by one step (``scorer`` "" for the reviewed score, in weigh mode),
    and the points every member holding the criterion would then count."""

    member: str
    code: str
    scorer: str
    direction: int
    counted: Mapping[str, Decimal]


@frozen
class CrossCounting(ValueObject):
    """What moving one cross-score needs: the campaign's cross-scoring, its judged criteria
    with the members scored on each (as :meth:`~.crossactions.CrossActions.judged_groups`
    gives them), the reviewed points and the campaign's precision."""

    cross: CrossScoring
    groups: tuple[JudgedGroup, ...]
    reviewed: Mapping[tuple[str, str], Decimal | None]
    precision: Decimal

    def group(self, member: str, code: str) -> JudgedGroup | None:
        """The member's judged criterion ``code`` and who else is scored on it."""
        return next((g for g in self.groups if g[0] == code and member in g[2]), None)

    def counted(self, group: JudgedGroup, cross: CrossScoring | None = None,
                ) -> dict[str, Decimal]:
        """Member → the points the group's criterion counts from the cross-scores
        (``cross``: as recorded); members for whom the reviewed score stands are left out."""
        cross = cross or self.cross
        code, criterion, holders = group
        maximum = criterion.max_points or Decimal(0)
        cells = aggregate(cross, code, maximum, self.precision, holders,
                          (cross.settings.method,))
        found = {}
        for member, cell in cells.items():
            points = counted_points(cell, cross, self.reviewed.get((member, code)),
                                    self.precision)
            if points is not None:
                found[member] = points
        return found

    def moves(self, member: str, code: str) -> list[CrossMove] | None:
        """Every single score behind the member's counted points moved one step up and
        down, within 0..max; None when the cross-scores do not count for it (the reviewed
        score stands and is moved as any judged score)."""
        group = self.group(member, code)
        if group is None or self.cross.settings.mode is CrossMode.OFF:
            return None
        criterion = group[1]
        now = self.counted(group)
        if member not in now:
            return None
        step = criterion.rule.step if isinstance(criterion.rule, JudgedRule) else None
        top = criterion.max_points or Decimal(0)
        found: list[CrossMove] = []
        if not step:
            return found
        for (scorer, scored, entry_code), entry in sorted(self.cross.current().items()):
            if scored != member or entry_code != code or entry.points is None \
                    or not self.cross.scores(scorer, member):
                continue
            for direction in (1, -1):
                points = entry.points + direction * step
                if 0 <= points <= top:
                    moved = evolve(self.cross, entries=(*self.cross.entries, CrossEntry(
                        scorer, member, code, points, _MOVED_AT, "")))
                    found.append(CrossMove(member, code, scorer, direction,
                                           _changed(now, self.counted(group, moved))))
        reviewed = self.reviewed.get((member, code))
        if self.cross.settings.mode is CrossMode.WEIGH and reviewed is not None:
            for direction in (1, -1):
                points = reviewed + direction * step
                if 0 <= points <= top:
                    counting = evolve(self, reviewed={**self.reviewed,
                                                      (member, code): points})
                    found.append(CrossMove(member, code, "", direction,
                                           _changed(now, counting.counted(group))))
        return found


def _changed(before: Mapping[str, Decimal], after: Mapping[str, Decimal]) -> dict[str,
                                                                                   Decimal]:
    return {m: p for m, p in after.items() if before.get(m) != p}


def cross_counting(ws: Workspace, campaign_id: str) -> CrossCounting | None:
    """The campaign's cross-scoring as the stability check moves it; None when the
    cross-scores do not count (mode off, or none recorded)."""
    cross = ws.cross_scoring(campaign_id)
    if cross.settings.mode is CrossMode.OFF or not cross.entries:
        return None
    groups = tuple(ws.judged_groups(campaign_id))
    subs = ws.submissions(campaign_id)
    reviewed = {(member, code): sub.entry(code).reviewed_points
                for code, _, members in groups for member in members
                if (sub := subs.get(member)) is not None}
    return CrossCounting(cross, groups, reviewed, ws.campaign(campaign_id).precision)


def campaign_stability(ws: Workspace, campaign_id: str, *, member: str | None = None,
                       figures: bool = True) -> Stability:
    """The stability report of the campaign as recorded, its judged one-step moves made
    through the cross-scores where they count."""
    from .stability import stability

    return stability(ws.scoreboard(campaign_id), member=member, figures=figures,
                     cross=cross_counting(ws, campaign_id))
