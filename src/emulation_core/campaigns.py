"""Creating campaigns, empty or rolled over from an earlier one, and changing their settings.

Each function validates with the rules of opening, saves through the workspace (recorded
in the change log; the files of one call are written all together or not at all) and
returns the changes it made. Invalid input raises
:class:`~emulation_core.ValidationError` and writes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from decimal import Decimal

from attrs import evolve, field, frozen

from .change import Change
from .changes import campaign_changes
from .criteria import CriteriaTable
from .dates import read_date
from .errors import Problem, ValidationError
from .given import given_figure
from .messages import Message
from .model import DEFAULT_BANDS, Campaign, PeriodKind, RankBy, RatingBand
from .serialize.targets import target_indicators
from .text import unsafe_id_key
from .value_object import ValueObject
from .workspace import Workspace

__all__ = [
    "NO_TARGET",
    "CampaignPlan",
    "edit_campaign",
    "new_campaign",
    "set_targets",
    "targets_not_entered",
]


def _date(value: dt.date | str) -> dt.date:
    """A date as given, or read from text people type (``2019-06-30``, ``30/06/2019``)."""
    return read_date(value) if isinstance(value, str) else value


@frozen
class CampaignPlan(ValueObject):
    """What a new campaign is called and when it runs; ``period`` may be given as its value
    (``"mid_year"``) and the dates as text :func:`read_date` reads."""

    id: str
    title: str
    period: PeriodKind = field(converter=PeriodKind)
    year: int
    start: dt.date = field(converter=_date)
    end: dt.date = field(converter=_date)
    deadline: dt.date = field(converter=_date)


def _refuse(campaign_id: str, field: str, key: str, /, **values: object) -> ValidationError:
    return ValidationError([Problem.keyed(f"campaigns/{campaign_id}/campaign.toml", None,
                                          field, key, **values)])


def _check_dates(campaign: Campaign) -> None:
    if campaign.start > campaign.end:
        raise _refuse(campaign.id, "end", "plan.end_before_start", end=campaign.end,
                      start=campaign.start)
    if campaign.deadline < campaign.start:
        raise _refuse(campaign.id, "deadline", "plan.deadline_before_start",
                      deadline=campaign.deadline, start=campaign.start)


def new_campaign(ws: Workspace, plan: CampaignPlan, *, table: CriteriaTable | None = None,
                 rolled_from: str | None = None, copy_targets: bool = False,
                 precision: Decimal | None = None, rank_by: RankBy | None = None,
                 tie_break: tuple[str, ...] | None = None,
                 bands: tuple[RatingBand, ...] | None = None) -> list[Change]:
    """Create a campaign for the bloc's current members.

    Empty (``table``, or no criteria yet), or rolled over from the campaign ``rolled_from``:
    its criteria table, bands, precision, tie-break and ranking, linked as ``previous``;
    no submissions; its targets and "no target" entries only with ``copy_targets``. The
    settings given here override those taken over.
    """
    reason = unsafe_id_key(plan.id)
    if reason:
        raise _refuse(plan.id, "id", "plan.bad_id", campaign=plan.id, reason=Message(reason))
    if plan.id in ws.campaigns:
        raise _refuse(plan.id, "id", "plan.exists", campaign=plan.id)
    source = ws.campaign(rolled_from) if rolled_from is not None else None
    members = tuple(m.id for m in ws.bloc.members)
    campaign = Campaign(
        id=plan.id, title=plan.title, period=plan.period, year=plan.year, start=plan.start,
        end=plan.end, deadline=plan.deadline,
        table=table or (source.table if source else CriteriaTable(())),
        bands=bands or (source.bands if source else DEFAULT_BANDS),
        precision=precision or (source.precision if source else Decimal("0.01")),
        tie_break=tie_break if tie_break is not None else (source.tie_break if source else ()),
        rank_by=rank_by or (source.rank_by if source else RankBy.TOTAL),
        previous=source.id if source else None, members=members)
    if source is not None and copy_targets:
        campaign = evolve(
            campaign,
            targets={m: v for m, v in source.targets.items() if m in members},
            no_target={m: v for m, v in source.no_target.items() if m in members})
    if not campaign.title.strip():
        raise _refuse(plan.id, "title", "plan.empty_title")
    _check_dates(campaign)
    ws.save_campaign(campaign)
    return campaign_changes(None, campaign)


def edit_campaign(ws: Workspace, campaign: Campaign) -> list[Change]:
    """Save changed settings of an existing campaign (the same checks as opening, and its
    saved submissions must still read); the changes, empty when nothing differs."""
    old = ws.campaign(campaign.id)
    _check_dates(campaign)
    if not campaign.title.strip():
        raise _refuse(campaign.id, "title", "plan.empty_title")
    changes = campaign_changes(old, campaign)
    if changes:
        ws.save_campaign(campaign)
    return changes


NO_TARGET = None
"""The value :func:`set_targets` takes for an indicator registered as having no target."""


def set_targets(ws: Workspace, campaign_id: str, member_id: str,
                values: Mapping[str, Decimal | int | str | None], *,
                clear: Collection[str] = ()) -> list[Change]:
    """Register a member's targets: ``values`` maps indicator → target, or
    :data:`NO_TARGET` for "this unit has no target" (scored as the target rule's
    ``no_target`` option says); indicators in ``clear`` go back to "not entered yet".
    Other indicators keep what they had."""
    campaign = ws.campaign(campaign_id)
    display = f"campaigns/{campaign_id}/targets.toml"
    if ws.bloc.member(member_id) is None or not campaign.takes_part(member_id):
        raise ValidationError([Problem.keyed(
            display, None, member_id, "plan.not_taking_part", member=member_id,
            members=", ".join(m.id for m in ws.bloc.members if campaign.takes_part(m.id)))])
    member = ws.bloc.member(member_id)
    indicators = ws.table_for(campaign_id, member.type).indicators if member else {}
    targets = dict(campaign.targets.get(member_id, {}))
    no_target = set(campaign.no_target.get(member_id, frozenset()))
    for key, value in values.items():
        targets.pop(key, None)
        no_target.discard(key)
        if value is NO_TARGET:
            no_target.add(key)
        else:
            indicator = indicators.get(key)
            targets[key] = given_figure(value, display, f"{member_id}.{key}",
                                        integer=indicator is not None and indicator.integer)
    for key in clear:
        targets.pop(key, None)
        no_target.discard(key)
    new = evolve(campaign,
                 targets={**campaign.targets, member_id: targets},
                 no_target={**campaign.no_target, member_id: frozenset(no_target)})
    return edit_campaign(ws, new)


def targets_not_entered(ws: Workspace, campaign_id: str) -> dict[str, tuple[str, ...]]:
    """By member taking part: the indicators its criteria score against a target for
    which it has registered neither a target nor "no target" (members with none left
    out). Scoring treats both alike; this tells what is still to be entered."""
    campaign = ws.campaign(campaign_id)
    found = {}
    for member in ws.bloc.members:
        if not campaign.takes_part(member.id):
            continue
        wanted = target_indicators(ws.table_for(campaign_id, member.type))
        entered = set(campaign.targets.get(member.id, {})) | campaign.no_target.get(
            member.id, frozenset())
        missing = tuple(sorted(wanted - entered))
        if missing:
            found[member.id] = missing
    return found
