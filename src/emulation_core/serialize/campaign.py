"""campaign.toml and targets.toml: a campaign's settings, bands, targets and exemptions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from decimal import Decimal
from typing import Any

from ..errors import Problem
from ..messages import Message
from ..model import DEFAULT_BANDS, Campaign, Lateness, PeriodKind, RankBy, RatingBand
from ..ranking import parse_tie_break, tie_break_codes
from ..tomlsource import Path_, TomlSource
from .criteria import check_applies_to, read_criteria_unread
from .reader import Reader, read_enum, toml_number
from .targets import BlocTypes, TargetSheet, read_targets

__all__ = ["dump_campaign", "previous_link_problems", "read_campaign"]

_FINEST = Decimal("0.0001")  # the finest precision a campaign may ask for
_CAMPAIGN_KEYS = {"title", "period", "year", "start", "end", "deadline", "precision",
                  "tie_break", "rank_by", "previous", "bands", "members", "lateness"}


def read_campaign(campaign_id: str, meta: TomlSource, criteria: TomlSource,
                  targets: TomlSource | None, bloc: BlocTypes,
                  ) -> tuple[Campaign | None, list[Problem]]:
    """Read a campaign from its three files; ``bloc`` is what its targets refer to."""
    problems: list[Problem] = []
    r = Reader(meta)
    data = meta.data
    r.unknown_keys(data, (), _CAMPAIGN_KEYS)
    title = r.text(data, (), "title")
    period = read_enum(r, data, "period", PeriodKind, PeriodKind.CUSTOM)
    rank_by = read_enum(r, data, "rank_by", RankBy, RankBy.TOTAL)
    year = r.get(data, (), "year", int)
    start = r.get(data, (), "start", dt.date)
    end = r.get(data, (), "end", dt.date)
    deadline = r.get(data, (), "deadline", dt.date)
    if start and end and start > end:
        r.fail_keyed(("end",), "campaign_toml.end_before_start")
    precision = r.number(data, (), "precision", Decimal("0.01"), negative=False)
    if precision is not None and not (_FINEST <= precision <= 1
                                      and precision.as_tuple().digits == (1,)):
        r.fail_keyed(("precision",), "campaign_toml.precision", value=precision,
                     finest=_FINEST)
    tie_break = data.get("tie_break", [])
    if not isinstance(tie_break, list) or not all(isinstance(k, str) for k in tie_break):
        r.fail_keyed(("tie_break",), "campaign_toml.tie_break_list")
        tie_break = []
    for key in tie_break:
        if parse_tie_break(key):
            r.fail_keyed(("tie_break",), "campaign_toml.tie_break_key", key=key,
                         reason=Message("campaign_toml.tie_break_form"))
    previous = r.text(data, (), "previous", default=None)
    members = _read_members(r, data, bloc)
    bands: list[RatingBand] = []
    for i, raw in enumerate(r.tables(data, (), "bands")):
        path: Path_ = ("bands", i)
        r.unknown_keys(raw, path, {"key", "label", "label_en", "short_label", "minimum",
                                   "inclusive"})
        key = r.text(raw, path, "key")
        label = r.text(raw, path, "label")
        minimum = r.number(raw, path, "minimum")
        inclusive = r.get(raw, path, "inclusive", bool, default=True)
        if key is not None and any(band.key == key for band in bands):
            r.fail_keyed((*path, "key"), "ref.band_twice", key=key)
        elif key and label and minimum is not None:
            bands.append(RatingBand(key, label, r.text(raw, path, "label_en", default=key),
                                    minimum, inclusive,
                                    r.text(raw, path, "short_label", default="")))
    lateness = _lateness(r, data, precision)
    problems += r.problems

    cr = Reader(criteria)
    table, unread = read_criteria_unread(cr, criteria.data)
    check_applies_to(cr, criteria.data, table, bloc.known_types)
    problems += cr.problems
    problems += [meta.keyed_problem(("tie_break", i), "campaign_toml.tie_break_code",
                                    key=key, code=code)
                 for i, key, code in tie_break_codes(tie_break, table) if not unread.holds(code)]

    sheet = TargetSheet({}, {}, {})
    if targets is not None:
        tr = Reader(targets)
        # a table without sections was not read at all: nothing to check references against
        sheet = read_targets(tr, targets, table if table.sections else None, bloc, unread)
        problems += tr.problems
    if problems or title is None or year is None or start is None or end is None \
            or deadline is None or precision is None:
        return None, problems
    return Campaign(
        id=campaign_id, title=title, period=period, year=year, start=start, end=end,
        deadline=deadline, table=table, bands=tuple(bands) or DEFAULT_BANDS,
        targets=sheet.targets, not_assigned=sheet.not_assigned, precision=precision,
        tie_break=tuple(tie_break), rank_by=rank_by, previous=previous,
        no_target=sheet.no_target, members=members, lateness=lateness,
    ), problems


def _lateness(r: Reader, data: Mapping[str, Any], precision: Decimal | None) -> Lateness:
    """``[lateness]``: points deducted from a late submission (fixed, per_day, cap)."""
    raw = r.table(data, (), "lateness")
    path: Path_ = ("lateness",)
    r.unknown_keys(raw, path, {"fixed", "per_day", "cap"})
    found = {key: r.number(raw, path, key, default=None, negative=False)
             for key in ("fixed", "per_day", "cap")}
    for key, value in found.items():
        if value is not None and precision is not None \
                and value != value.quantize(precision):
            r.fail((*path, key), f"{value} has more decimals than the precision {precision}",
                   "deduct points the campaign can show")
    return Lateness(found["fixed"] or Decimal(0), found["per_day"] or Decimal(0), found["cap"])




def _read_members(r: Reader, data: Mapping[str, Any], bloc: BlocTypes,
                  ) -> tuple[str, ...] | None:
    """The ``members`` that take part: each must be a member of the bloc, listed once."""
    raw = data.get("members")
    if raw is None:
        return None
    if not isinstance(raw, list) or not all(isinstance(m, str) for m in raw):
        r.fail_keyed(("members",), "campaign_toml.members_list")
        return None
    for i, member_id in enumerate(raw):
        if member_id not in bloc.member_types:
            r.fail_keyed(("members", i), "campaign_toml.not_member", name=member_id)
        elif member_id in raw[:i]:
            r.fail_keyed(("members", i), "ref.code_twice", code=member_id)
    return tuple(raw)


def dump_campaign(campaign: Campaign) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "title": campaign.title, "period": campaign.period.value, "year": campaign.year,
        "start": campaign.start, "end": campaign.end, "deadline": campaign.deadline,
        "precision": str(campaign.precision), "rank_by": campaign.rank_by.value,
        "tie_break": list(campaign.tie_break),
    }
    if campaign.previous:
        doc["previous"] = campaign.previous
    if campaign.members is not None:
        doc["members"] = list(campaign.members)
    if campaign.lateness != Lateness():
        late = campaign.lateness
        doc["lateness"] = {"fixed": toml_number(late.fixed), "per_day": toml_number(late.per_day),
                           **({"cap": toml_number(late.cap)} if late.cap is not None else {})}
    doc["bands"] = [
        {"key": b.key, "label": b.label, "label_en": b.label_en, "minimum": toml_number(b.minimum),
         "inclusive": b.inclusive, **({"short_label": b.short_label} if b.short_label else {})}
        for b in campaign.bands
    ]
    return doc


def previous_link_problems(links: Mapping[str, str | None], existing: Collection[str],
                           ) -> dict[str, Message]:
    """Wrong ``previous`` links as campaign id → what is wrong (a catalog message).

    ``links`` maps each campaign id to its ``previous``; ``existing`` holds every campaign
    id in the workspace. A link must name another existing campaign, and following the
    links must never come back to where it started.
    """
    found: dict[str, Message] = {}
    for campaign_id, previous in links.items():
        if previous is None:
            continue
        if previous == campaign_id:
            found[campaign_id] = Message("ref.previous_self")
            continue
        if previous not in existing:
            others = sorted(c for c in existing if c != campaign_id)
            found[campaign_id] = Message("ref.previous_missing", {
                "name": previous,
                "names": ", ".join(others) if others else Message("plugin.none_allowed")})
            continue
        chain = [campaign_id]
        current: str | None = previous
        while current is not None and current not in chain:
            chain.append(current)
            current = links.get(current)
        if current == campaign_id:
            found[campaign_id] = Message("ref.previous_circle",
                                         {"chain": " → ".join([*chain, campaign_id])})
    return found
