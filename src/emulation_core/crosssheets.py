"""Each scorer's sheet: every score it entered or still owes, and whether the score counts.

A score that does not count says why (``state``): the scorer abstained, was recused from
the member, was removed from the campaign, or is no longer assigned to the member. No
entry is dropped: a removed scorer's scores are all listed, marked.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import frozen

from .value_object import ValueObject

if TYPE_CHECKING:
    from .crossactions import CrossResults
    from .workspace import Workspace

__all__ = ["CrossSheets", "SheetRow", "cross_sheets"]

STATES = ("counted", "abstained", "recused", "removed", "unassigned", "waiting")
"""What a row's ``state`` may be: counted, or why not (``waiting``: not scored yet)."""


@frozen
class SheetRow(ValueObject):
    """One member and criterion on a scorer's sheet."""

    member: str
    code: str
    points: Decimal | None
    state: str  # one of STATES
    reason: str = ""


@frozen
class CrossSheets(ValueObject):
    """A campaign's cross-scoring results with every scorer's sheet."""

    results: CrossResults
    scorers: tuple[str, ...]  # assigned or with entries, in the bloc's order
    judged: Mapping[str, tuple[str, ...]]  # member → its judged criteria
    order: tuple[str, ...]  # the members in the bloc's order

    def sheet(self, scorer: str) -> list[SheetRow]:
        """The scorer's rows: every entry it made and every pair it still owes."""
        cross = self.results.cross
        current = {(m, c): e for (s, m, c), e in cross.current().items() if s == scorer}
        assigned = cross.assigned.get(scorer, ())
        owed = {(m, c) for m in assigned for c in self.judged.get(m, ())}
        place = {m: i for i, m in enumerate(self.order)}
        rows = []
        for member, code in sorted({*current, *owed},
                                   key=lambda pair: (place.get(pair[0], len(place)), pair)):
            entry = current.get((member, code))
            points = entry.points if entry is not None else None
            rows.append(SheetRow(member, code, points,
                                 *self._state(scorer, member, entry is not None,
                                              entry.abstain if entry is not None else "")))
        return rows

    def _state(self, scorer: str, member: str, entered: bool,
               abstained: str) -> tuple[str, str]:
        cross = self.results.cross
        removal = next((r for r in cross.removals if r.scorer == scorer), None)
        if removal is not None:
            return "removed", removal.reason
        recusal = next((r for r in cross.recusals
                        if r.scorer == scorer and r.member == member), None)
        if recusal is not None:
            return "recused", recusal.reason
        if member not in cross.assigned.get(scorer, ()):
            return "unassigned", ""
        if not entered:
            return "waiting", ""
        if abstained:
            return "abstained", abstained
        return "counted", ""


def cross_sheets(ws: Workspace, campaign_id: str) -> CrossSheets:
    """The campaign's cross-scoring results and every scorer's sheet."""
    results = ws.cross_results(campaign_id)
    cross = results.cross
    campaign = ws.campaign(campaign_id)
    order = tuple(m.id for m in ws.bloc.members if campaign.takes_part(m.id))
    named = {*cross.assigned, *(e.scorer for e in cross.entries),
             *(r.scorer for r in cross.removals)}
    place = {m: i for i, m in enumerate(order)}
    scorers = tuple(sorted(named, key=lambda s: (place.get(s, len(place)), s)))
    judged = {m: tuple(ws.judged_criteria(campaign_id, m)) for m in order}
    return CrossSheets(results, scorers, judged, order)
