"""Change in rank since the previous campaign, only against a campaign the member took part in.

A campaign's ``previous`` link names the campaign it follows (a roll-over sets it). A member
is compared with its rank there only if it took part in that campaign and sent a report, and
has a report now: a unit that joined the bloc since has no change (it is *new*), and a place
held without a report (every missing report shares the last rank) is no place to move from
or to.
"""

from __future__ import annotations

from collections.abc import Mapping

from attrs import frozen

from .model import Status
from .ranking import RankedMember
from .value_object import ValueObject
from .workspace import Workspace

__all__ = ["PreviousPlace", "previous_places"]


@frozen
class PreviousPlace(ValueObject):
    """Where a member stood in the previous campaign.

    ``took_part``: the member was in that campaign; ``rank``: its rank there, None when it
    sent no report (or did not take part).
    """

    took_part: bool
    rank: int | None = None

    def change(self, now: RankedMember) -> int | None:
        """Places gained since then (negative: lost); None when the member was not ranked
        there or has no report now."""
        if self.rank is None or now.score.status is Status.MISSING:
            return None
        return self.rank - now.rank


_NEW = PreviousPlace(took_part=False)


def previous_places(ws: Workspace, campaign_id: str) -> Mapping[str, PreviousPlace] | None:
    """Each member taking part in the campaign, with its place in the campaign's previous
    one; None when the campaign names no previous campaign (there is nothing to compare)."""
    campaign = ws.campaign(campaign_id)
    if campaign.previous is None or campaign.previous not in ws.campaigns:
        return None
    before = ws.campaign(campaign.previous)
    ranks = {r.score.member.id: r.rank for r in ws.scoreboard(before.id).ranking
             if r.score.status is not Status.MISSING}
    return {m.id: PreviousPlace(True, ranks.get(m.id)) if before.takes_part(m.id) else _NEW
            for m in ws.bloc.members if campaign.takes_part(m.id)}
