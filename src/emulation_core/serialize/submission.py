"""submissions/MEMBER.toml: one member's reported figures and per-criterion entries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from ..checks import submission_findings
from ..criteria import CriteriaTable, Criterion
from ..errors import Problem
from ..intfigures import keep_read
from ..model import Correction, Status, StatusStep, Submission
from ..tomlsource import Path_, TomlSource
from .entries import read_entries
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
    r.unknown_keys(data, (), {"status", "submitted_at", "updated_at", "values", "criteria",
                              "corrections", "history"})
    status = read_enum(r, data, "status", Status, Status.DRAFT)
    submitted = r.get(data, (), "submitted_at", dt.datetime, default=None)
    updated = r.get(data, (), "updated_at", dt.datetime, default=None)
    values: dict[str, Decimal] = {}
    whole: dict[str, int] = {}  # the values written as TOML integers, as ints
    others: dict[str, Decimal] = {}
    for key, raw in r.table(data, (), "values").items():
        indicator = table.indicators.get(key)
        number = r.decimal(raw, ("values", key), integer=bool(indicator and indicator.integer))
        if number is not None:
            if indicator is not None:  # the table's own string: one object for all reports
                key = indicator.key
            values[key] = number
            if type(raw) is int:
                whole[key] = raw
            else:
                others[key] = number
    entries = read_entries(r, data, codes, precision)
    sub = Submission(member_id, campaign_id, status, values, entries.entries, submitted, updated,
                     _corrections(r, table), _history(r))
    for key_path, message in submission_findings(sub, table, codes, precision,
                                                 type_known=type_known):
        r.fail_keyed(key_path, message.key, **message.values)
    if r.problems:
        return None, r.problems
    if entries.points is not None:  # else a score finer than the precision
        keep_read(sub, whole, others, entries.points, precision)
    return sub, []


def _corrections(r: Reader, table: CriteriaTable) -> dict[str, Correction]:
    """``[corrections.KEY]``: the verifier's figure, reason, who and when."""
    found: dict[str, Correction] = {}
    for key, raw in r.table(r.source.data, (), "corrections").items():
        path: Path_ = ("corrections", key)
        if not isinstance(raw, dict):
            r.fail_keyed(path, "submission_toml.correction_table")
            continue
        r.unknown_keys(raw, path, {"value", "reason", "by", "at"})
        indicator = table.indicators.get(key)
        value = None
        if "value" not in raw:
            r.fail_keyed((*path, "value"), "submission_toml.correction_value")
        else:
            value = r.decimal(raw["value"], (*path, "value"),
                              integer=bool(indicator and indicator.integer))
        reason = r.text(raw, path, "reason")
        if isinstance(value, Decimal) and reason is not None:
            found[key] = Correction(value, reason, r.text(raw, path, "by", default=""),
                                    r.get(raw, path, "at", dt.datetime, default=None))
    return found


def _history(r: Reader) -> tuple[StatusStep, ...]:
    """``[[history]]``: each review step's status, time, person and reason."""
    steps = []
    for i, raw in enumerate(r.tables(r.source.data, (), "history")):
        path: Path_ = ("history", i)
        r.unknown_keys(raw, path, {"status", "at", "by", "reason"})
        text = r.text(raw, path, "status")
        status = next((s for s in Status if s.value == text), None)
        if text is not None and status is None:
            r.fail_keyed((*path, "status"), "toml.not_one_of", value=text,
                         choices=", ".join(Status))
        at = r.get(raw, path, "at", dt.datetime)
        by = r.text(raw, path, "by", default="")
        if status is not None and at is not None:
            steps.append(StatusStep(status, at, by, r.text(raw, path, "reason", default="")))
    return tuple(steps)


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
        if entry.explanation:
            item["explanation"] = entry.explanation
        if entry.answer:
            item["answer"] = entry.answer
        if entry.verdict is not None:
            item["verdict"] = entry.verdict.value
        if entry.explained_points is not None:
            item["explained"] = toml_number(entry.explained_points)
        criteria[code] = item
    doc["criteria"] = criteria
    if sub.corrections:
        doc["corrections"] = {
            key: {"value": toml_number(c.value), "reason": c.reason,
                  **({"by": c.by} if c.by else {}), **({"at": c.at} if c.at else {})}
            for key, c in sub.corrections.items()}
    if sub.history:
        doc["history"] = [{"status": step.status.value, "at": step.at, "by": step.by,
                           **({"reason": step.reason} if step.reason else {})}
                          for step in sub.history]
    return doc
