"""submissions/MEMBER.toml: one member's reported figures and per-criterion entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..checks import submission_findings
from ..criteria import CriteriaTable, Criterion
from ..errors import Problem
from ..model import CriterionEntry, Status, Submission
from ..tomlsource import Path_, TomlSource
from .reader import Reader, read_enum, toml_number

__all__ = ["dump_submission", "read_submission"]


def read_submission(source: TomlSource, member_id: str, campaign_id: str,
                    table: CriteriaTable, codes: Mapping[str, Criterion], precision: Decimal,
                    *, type_known: bool = True,
                    ) -> tuple[Submission | None, list[Problem]]:
    """Read one member's submission, checked against the member's criteria table.

    ``codes`` maps each criterion code of ``table`` to its criterion (built once per table).
    The file's types are checked here; what the figures and scores may be is checked by
    :func:`.checks.submission_findings`, as for submissions edited in code.
    """
    r = Reader(source)
    data = source.data
    r.unknown_keys(data, (), {"status", "submitted_at", "updated_at", "values", "criteria"})
    status = read_enum(r, data, "status", Status, Status.DRAFT)
    submitted = r.get(data, (), "submitted_at", dt.datetime, default=None)
    updated = r.get(data, (), "updated_at", dt.datetime, default=None)
    values: dict[str, Decimal] = {}
    for key, raw in r.table(data, (), "values").items():
        indicator = table.indicators.get(key)
        number = r.decimal(raw, ("values", key), integer=bool(indicator and indicator.integer))
        if number is not None:
            values[key] = number
    entries: dict[str, CriterionEntry] = {}
    for code, raw in r.table(data, (), "criteria").items():
        path: Path_ = ("criteria", code)
        if not isinstance(raw, dict):
            r.fail(path, "expected a table with self, verified, reason, evidence")
            continue
        r.unknown_keys(raw, path, {"self", "verified", "reason", "evidence"})
        entries[code] = CriterionEntry(r.number(raw, path, "self", default=None),
                                       r.number(raw, path, "verified", default=None),
                                       r.text(raw, path, "reason", default=""),
                                       r.text(raw, path, "evidence", default=""))
    sub = Submission(member_id, campaign_id, status, values, entries, submitted, updated)
    for key_path, message, hint in submission_findings(sub, table, codes, precision,
                                                       type_known=type_known):
        r.fail(key_path, message, hint)
    if r.problems:
        return None, r.problems
    return sub, []


def dump_submission(sub: Submission) -> dict[str, Any]:
    doc: dict[str, Any] = {"status": sub.status.value}
    if sub.submitted_at:
        doc["submitted_at"] = sub.submitted_at
    if sub.updated_at:
        doc["updated_at"] = sub.updated_at
    doc["values"] = {k: toml_number(v) for k, v in sub.values.items()}
    criteria: dict[str, Any] = {}
    for code, entry in sub.entries.items():
        item: dict[str, Any] = {}
        if entry.self_points is not None:
            item["self"] = toml_number(entry.self_points)
        if entry.verified_points is not None:
            item["verified"] = toml_number(entry.verified_points)
        if entry.reason:
            item["reason"] = entry.reason
        if entry.evidence:
            item["evidence"] = entry.evidence
        criteria[code] = item
    doc["criteria"] = criteria
    return doc
