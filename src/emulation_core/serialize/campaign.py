"""campaign.toml and targets.toml: a campaign's settings, bands, targets and exemptions."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from ..errors import Problem
from ..model import DEFAULT_BANDS, Campaign, PeriodKind, RankBy, RatingBand
from ..ranking import parse_tie_break
from ..tomlsource import Path_, TomlSource
from .criteria import read_criteria
from .reader import Reader, read_enum, toml_number

__all__ = ["dump_campaign", "dump_targets", "read_campaign"]

_FINEST = Decimal("0.0001")  # the finest precision a campaign may ask for
_CAMPAIGN_KEYS = {"title", "period", "year", "start", "end", "deadline", "precision",
                  "tie_break", "rank_by", "previous", "bands"}


def read_campaign(campaign_id: str, meta: TomlSource, criteria: TomlSource,
                  targets: TomlSource | None, member_ids: set[str],
                  ) -> tuple[Campaign | None, list[Problem]]:
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
        r.fail(("end",), "is before start", "check the campaign's dates")
    precision = r.number(data, (), "precision", Decimal("0.01"), negative=False)
    if precision is not None and not (_FINEST <= precision <= 1
                                      and precision.as_tuple().digits == (1,)):
        r.fail(("precision",), f"{precision} is not a power of ten from 1 to {_FINEST}",
               "e.g. precision = 0.01 (points to two decimals)")
    tie_break = data.get("tie_break", [])
    if not isinstance(tie_break, list) or not all(isinstance(k, str) for k in tie_break):
        r.fail(("tie_break",), "expected a list of keys", 'e.g. ["section:1", "deductions"]')
        tie_break = []
    for key in tie_break:
        reason = parse_tie_break(key)
        if reason:
            r.fail(("tie_break",), f"{key!r}: {reason}")
    previous = r.text(data, (), "previous", default=None)
    bands = []
    for i, raw in enumerate(r.tables(data, (), "bands")):
        path: Path_ = ("bands", i)
        r.unknown_keys(raw, path, {"key", "label", "label_en", "short_label", "minimum",
                                   "inclusive"})
        key = r.text(raw, path, "key")
        label = r.text(raw, path, "label")
        minimum = r.number(raw, path, "minimum")
        inclusive = r.get(raw, path, "inclusive", bool, default=True)
        if key and label and minimum is not None:
            bands.append(RatingBand(key, label, r.text(raw, path, "label_en", default=key),
                                    minimum, inclusive,
                                    r.text(raw, path, "short_label", default="")))
    problems += r.problems

    cr = Reader(criteria)
    table = read_criteria(cr, criteria.data)
    problems += cr.problems

    target_map: dict[str, dict[str, Decimal]] = {}
    not_assigned: dict[str, frozenset[str]] = {}
    if targets is not None:
        tr = Reader(targets)
        for member_id, raw in targets.data.items():
            if member_id not in member_ids:
                tr.fail((member_id,), f"{member_id!r} is not a member of the bloc",
                        "check the spelling of the member id")
                continue
            if not isinstance(raw, dict):
                tr.fail((member_id,), "expected a table of indicator = target")
                continue
            values = {}
            for key, value in raw.items():
                if key == "not_assigned":
                    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                        tr.fail((member_id, key), "expected a list of criterion codes")
                    else:
                        not_assigned[member_id] = frozenset(value)
                    continue
                indicator = table.indicators.get(key) if table else None
                number = tr.decimal(value, (member_id, key), negative=False,
                                    integer=bool(indicator and indicator.integer))
                if number is not None:
                    values[key] = number
            if values:
                target_map[member_id] = values
        problems += tr.problems
    if problems or title is None or year is None or start is None or end is None \
            or deadline is None or table is None or precision is None:
        return None, problems
    return Campaign(
        id=campaign_id, title=title, period=period, year=year, start=start, end=end,
        deadline=deadline, table=table, bands=tuple(bands) or DEFAULT_BANDS,
        targets=target_map, not_assigned=not_assigned, precision=precision,
        tie_break=tuple(tie_break), rank_by=rank_by, previous=previous,
    ), problems




def dump_campaign(campaign: Campaign) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "title": campaign.title, "period": campaign.period.value, "year": campaign.year,
        "start": campaign.start, "end": campaign.end, "deadline": campaign.deadline,
        "precision": str(campaign.precision), "rank_by": campaign.rank_by.value,
        "tie_break": list(campaign.tie_break),
    }
    if campaign.previous:
        doc["previous"] = campaign.previous
    doc["bands"] = [
        {"key": b.key, "label": b.label, "label_en": b.label_en, "minimum": toml_number(b.minimum),
         "inclusive": b.inclusive, **({"short_label": b.short_label} if b.short_label else {})}
        for b in campaign.bands
    ]
    return doc


def dump_targets(campaign: Campaign) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for member_id in sorted(set(campaign.targets) | set(campaign.not_assigned)):
        values = campaign.targets.get(member_id, {})
        table: dict[str, Any] = {k: toml_number(v) for k, v in values.items()}
        if member_id in campaign.not_assigned:
            table["not_assigned"] = sorted(campaign.not_assigned[member_id])
        doc[member_id] = table
    return doc
