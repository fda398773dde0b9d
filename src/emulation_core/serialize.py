"""Reading and writing the workspace's TOML documents, with every problem reported."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .checks import submission_findings
from .criteria import CriteriaTable, Criterion, Indicator, Node, Section
from .errors import Problem
from .formula import FormulaError
from .model import (
    DEFAULT_BANDS,
    Bloc,
    Campaign,
    CriterionEntry,
    Leadership,
    Member,
    PeriodKind,
    RankBy,
    RatingBand,
    Status,
    Submission,
)
from .numbers import parse_decimal
from .ranking import parse_tie_break
from .rules import (
    AdjustmentItem,
    AdjustmentRule,
    FormulaRule,
    JudgedRule,
    PerOccurrenceRule,
    RelativeRule,
    Rule,
    TargetRule,
    YesNoRule,
)
from .text import nfc, unsafe_id_reason
from .tomlsource import Path_, TomlSource

__all__ = [
    "Reader",
    "dump_bloc",
    "dump_campaign",
    "dump_criteria",
    "dump_submission",
    "dump_targets",
    "read_bloc",
    "read_campaign",
    "read_submission",
]

T = TypeVar("T")
_MISSING = object()


class Reader:
    """Pulls typed fields out of a TOML document, collecting problems instead of raising."""

    def __init__(self, source: TomlSource) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def fail(self, path: Path_, message: str, hint: str = "") -> None:
        self.problems.append(self.source.problem(path, message, hint))

    def get(self, table: Mapping[str, Any], path: Path_, key: str, kind: type[T] | tuple[type, ...],
            default: Any = _MISSING) -> Any:
        here = (*path, key)
        if key not in table:
            if default is _MISSING:
                self.fail(here, "is required", f"add '{key} = …' to this table")
            return None if default is _MISSING else default
        value = table[key]
        if isinstance(value, bool) and kind is not bool:
            self.fail(here, f"is {value!r}, expected {_kind_name(kind)}")
            return None if default is _MISSING else default
        if not isinstance(value, kind):
            self.fail(here, f"is {_kind_name(type(value))}, expected {_kind_name(kind)}")
            return None if default is _MISSING else default
        return nfc(value) if isinstance(value, str) else value

    def text(self, table: Mapping[str, Any], path: Path_, key: str, default: Any = _MISSING
             ) -> Any:
        return self.get(table, path, key, str, default)

    def ident(self, table: Mapping[str, Any], path: Path_, key: str) -> str | None:
        value = self.text(table, path, key)
        if value is None:
            return None
        reason = unsafe_id_reason(value)
        if reason:
            self.fail((*path, key), f"{value!r} {reason}",
                      "use a short slug such as 'hoi-chu-thap-do'")
            return None
        return str(value)

    def number(self, table: Mapping[str, Any], path: Path_, key: str,
               default: Any = _MISSING, *, negative: bool = True) -> Decimal | None:
        if key not in table:
            if default is _MISSING:
                self.fail((*path, key), "is required")
                return None
            return default  # type: ignore[no-any-return]
        return self.decimal(table[key], (*path, key), negative=negative)

    def decimal(self, raw: object, path: Path_, *, negative: bool = True) -> Decimal | None:
        if type(raw) is int and (negative or raw >= 0):  # the common case, kept fast
            return Decimal(raw)
        if isinstance(raw, float) and not math.isfinite(raw):
            self.fail(path, f"is {raw}, expected a finite number", "enter a number such as 12.5")
            return None
        try:
            value = parse_decimal(raw)
        except ValueError as exc:
            self.fail(path, str(exc), "enter a number such as 12.5")
            return None
        if not negative and value < 0:
            self.fail(path, f"is {value}, may not be negative", "enter 0 or more")
            return None
        return value

    def table(self, table: Mapping[str, Any], path: Path_, key: str) -> dict[str, Any]:
        value = table.get(key, {})
        if not isinstance(value, dict):
            self.fail((*path, key), f"is {_kind_name(type(value))}, expected a table")
            return {}
        return value

    def tables(self, table: Mapping[str, Any], path: Path_, key: str) -> list[dict[str, Any]]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.fail((*path, key), "expected an array of tables", f"write each as [[{key}]]")
            return []
        return value

    def unknown_keys(self, table: Mapping[str, Any], path: Path_, known: set[str]) -> None:
        for key in table:
            if key not in known:
                self.fail((*path, key), "is not a known field",
                          f"known fields here: {', '.join(sorted(known))}")


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "text", int: "a whole number", float: "a number", bool: "true/false",
             dict: "a table", list: "an array", dt.date: "a date", dt.datetime: "a date-time"}
    if isinstance(kind, tuple):
        return " or ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


# -- bloc -------------------------------------------------------------------------------

def read_bloc(source: TomlSource) -> tuple[Bloc | None, list[Problem]]:
    r = Reader(source)
    data = source.data
    r.unknown_keys(data, (), {"schema_version", "description", "bloc", "members", "leadership"})
    bloc_table = r.table(data, (), "bloc")
    bloc_id = r.ident(bloc_table, ("bloc",), "id")
    name = r.text(bloc_table, ("bloc",), "name")
    members: list[Member] = []
    seen: set[str] = set()
    for i, raw in enumerate(r.tables(data, (), "members")):
        path: Path_ = ("members", i)
        r.unknown_keys(raw, path, {"id", "name", "short_name", "type"})
        member_id = r.ident(raw, path, "id")
        m_name = r.text(raw, path, "name")
        short = r.text(raw, path, "short_name", default=m_name or "")
        type_key = r.ident(raw, path, "type")
        if member_id in seen:
            r.fail((*path, "id"), f"member {member_id!r} is listed twice", "remove one of them")
        if member_id and m_name and type_key:
            seen.add(member_id)
            members.append(Member(member_id, m_name, short, type_key))
    leadership: list[Leadership] = []
    for i, raw in enumerate(r.tables(data, (), "leadership")):
        path = ("leadership", i)
        year = r.get(raw, path, "year", int)
        lead = r.text(raw, path, "lead")
        deputy = r.text(raw, path, "deputy", default=None)
        for key, value in (("lead", lead), ("deputy", deputy)):
            if value is not None and value not in seen:
                r.fail((*path, key), f"{value!r} is not a member of the bloc",
                       f"use one of: {', '.join(sorted(seen))}")
        if year is not None and lead is not None:
            leadership.append(Leadership(year, lead, deputy))
    description = r.text(data, (), "description", default="")
    if r.problems or bloc_id is None or name is None:
        return None, r.problems
    return Bloc(bloc_id, name, tuple(members), tuple(leadership), description), r.problems


def dump_bloc(bloc: Bloc, schema_version: int) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema_version": schema_version}
    if bloc.description:
        doc["description"] = bloc.description
    doc["bloc"] = {"id": bloc.id, "name": bloc.name}
    doc["members"] = [
        {"id": m.id, "name": m.name, "short_name": m.short_name, "type": m.type}
        for m in bloc.members
    ]
    doc["leadership"] = [
        {"year": x.year, "lead": x.lead, **({"deputy": x.deputy} if x.deputy else {})}
        for x in bloc.leadership
    ]
    return doc


# -- criteria ---------------------------------------------------------------------------

_RULE_FIELDS = {
    "target": {"kind", "indicator", "over_share"},
    "relative": {"kind", "indicator"},
    "yes_no": {"kind", "indicator"},
    "per_occurrence": {"kind", "indicator", "points_each"},
    "judged": {"kind", "step"},
    "adjustment": {"kind", "items", "floor", "ceiling"},
    "formula": {"kind", "expression"},
}


def _read_rule(r: Reader, raw: Mapping[str, Any], path: Path_) -> Rule | None:
    kind = r.text(raw, path, "kind")
    if kind is None:
        return None
    if kind not in _RULE_FIELDS:
        r.fail((*path, "kind"), f"unknown rule kind {kind!r}",
               f"use one of: {', '.join(_RULE_FIELDS)}")
        return None
    r.unknown_keys(raw, path, _RULE_FIELDS[kind])
    before = len(r.problems)
    rule: Rule | None = None
    if kind == "target":
        share = r.number(raw, path, "over_share", Decimal(0), negative=False)
        if share is not None and share > 1:
            r.fail((*path, "over_share"), "must be between 0 and 1")
        rule = TargetRule(r.text(raw, path, "indicator"), share or Decimal(0))
    elif kind == "relative":
        rule = RelativeRule(r.text(raw, path, "indicator"))
    elif kind == "yes_no":
        rule = YesNoRule(r.text(raw, path, "indicator"))
    elif kind == "per_occurrence":
        each = r.number(raw, path, "points_each", negative=False)
        rule = PerOccurrenceRule(r.text(raw, path, "indicator"), each or Decimal(0))
    elif kind == "judged":
        step = r.number(raw, path, "step", Decimal("0.25"), negative=False)
        rule = JudgedRule(step or Decimal(0))
    elif kind == "adjustment":
        items = []
        for i, item in enumerate(r.tables(raw, path, "items")):
            ipath = (*path, "items", i)
            r.unknown_keys(item, ipath, {"indicator", "points_each"})
            items.append(AdjustmentItem(r.text(item, ipath, "indicator"),
                                        r.number(item, ipath, "points_each") or Decimal(0)))
        rule = AdjustmentRule(tuple(items), r.number(raw, path, "floor", Decimal(0)) or Decimal(0),
                              r.number(raw, path, "ceiling", Decimal(0)) or Decimal(0))
    else:
        expression = r.text(raw, path, "expression")
        if expression is not None:
            try:
                rule = FormulaRule(expression)
            except FormulaError as exc:
                r.fail((*path, "expression"), f"formula {exc}",
                       "use numbers, indicator names, + - * / ( ), min, max, abs, target()")
    return rule if len(r.problems) == before else None


def _read_node(r: Reader, raw: Mapping[str, Any], path: Path_) -> Node | None:
    code = r.text(raw, path, "code")
    title = r.text(raw, path, "title")
    title_en = r.text(raw, path, "title_en", default="")
    applies_to = raw.get("applies_to", [])
    if not isinstance(applies_to, list) or not all(isinstance(x, str) for x in applies_to):
        r.fail((*path, "applies_to"), "expected a list of association type keys")
        applies_to = []
    if "rule" in raw:
        r.unknown_keys(raw, path, {"code", "title", "title_en", "max_points", "rule",
                                   "applies_to", "evidence"})
        maximum = r.number(raw, path, "max_points", negative=False)
        rule_raw = r.table(raw, path, "rule")
        rule = _read_rule(r, rule_raw, (*path, "rule"))
        evidence = r.text(raw, path, "evidence", default="")
        if code is None or title is None or maximum is None or rule is None:
            return None
        return Criterion(code, title, maximum, rule, title_en, frozenset(applies_to), evidence)
    r.unknown_keys(raw, path, {"code", "title", "title_en", "max_points", "items",
                               "applies_to", "per_type"})
    per_type = r.get(raw, path, "per_type", bool, default=False)
    maximum = r.number(raw, path, "max_points", default=None, negative=False)
    children = []
    for i, item in enumerate(r.tables(raw, path, "items")):
        node = _read_node(r, item, (*path, "items", i))
        if node is not None:
            children.append(node)
    if per_type and children:
        r.fail((*path, "items"), "a per_type section takes its criteria from the plugins",
               "remove the items, or set per_type = false")
    if not per_type and "items" not in raw:
        r.fail(path, "section has no items", "add [[…items]] criteria, or set per_type = true")
    if code is None or title is None:
        return None
    return Section(code, title, tuple(children), title_en, frozenset(applies_to), maximum,
                   per_type)


def read_criteria(r: Reader, data: Mapping[str, Any]) -> CriteriaTable | None:
    indicators = {}
    for i, raw in enumerate(r.tables(data, (), "indicators")):
        path: Path_ = ("indicators", i)
        r.unknown_keys(raw, path, {"key", "label", "label_en", "unit", "integer"})
        key = r.text(raw, path, "key")
        label = r.text(raw, path, "label")
        if key is not None and label is not None:
            indicators[key] = Indicator(key, label, r.text(raw, path, "label_en", default=""),
                                        r.text(raw, path, "unit", default=""),
                                        bool(r.get(raw, path, "integer", bool, default=False)))
    sections = []
    for i, raw in enumerate(r.tables(data, (), "sections")):
        node = _read_node(r, raw, ("sections", i))
        if isinstance(node, Section):
            sections.append(node)
        elif node is not None:
            r.fail(("sections", i), "top-level entries must be sections, not criteria",
                   "wrap the criterion in a section")
    if not sections and "sections" not in data:
        r.fail((), "the campaign has no criteria", "add [[sections]] with items")
    table = CriteriaTable(tuple(sections), indicators)
    for code, message in table.check():
        r.fail(_code_path(data, code), f"criterion {code}: {message}")
    return table


def _code_path(data: Mapping[str, Any], code: str) -> Path_:
    """Key path of the node with ``code``, for the line number of a table problem."""
    def search(items: list[Any], path: Path_) -> Path_ | None:
        for i, item in enumerate(items):
            if isinstance(item, dict):
                here = (*path, i)
                if item.get("code") == code:
                    return (*here, "code")
                found = search(item.get("items", []), (*here, "items"))
                if found:
                    return found
        return None
    return search(data.get("sections", []), ("sections",)) or ("sections",)


def _num(value: Decimal) -> int | float | str:
    """A Decimal as the plainest TOML value that reads back equal."""
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    return as_float if Decimal(repr(as_float)) == value else str(value)


def _dump_rule(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": rule.kind}
    if isinstance(rule, TargetRule):
        out["indicator"] = rule.indicator
        if rule.over_share:
            out["over_share"] = _num(rule.over_share)
    elif isinstance(rule, RelativeRule | YesNoRule):
        out["indicator"] = rule.indicator
    elif isinstance(rule, PerOccurrenceRule):
        out["indicator"] = rule.indicator
        out["points_each"] = _num(rule.points_each)
    elif isinstance(rule, JudgedRule):
        out["step"] = _num(rule.step)
    elif isinstance(rule, AdjustmentRule):
        out["floor"] = _num(rule.floor)
        out["ceiling"] = _num(rule.ceiling)
        out["items"] = [{"indicator": i.indicator, "points_each": _num(i.points_each)}
                        for i in rule.items]
    else:
        out["expression"] = rule.formula.source
    return out


def _dump_node(node: Node) -> dict[str, Any]:
    out: dict[str, Any] = {"code": node.code, "title": node.title}
    if node.title_en:
        out["title_en"] = node.title_en
    if node.applies_to:
        out["applies_to"] = sorted(node.applies_to)
    if isinstance(node, Criterion):
        out["max_points"] = _num(node.max_points)
        if node.evidence:
            out["evidence"] = node.evidence
        out["rule"] = _dump_rule(node.rule)
        return out
    if node.max_points is not None:
        out["max_points"] = _num(node.max_points)
    if node.per_type:
        out["per_type"] = True
    else:
        out["items"] = [_dump_node(child) for child in node.children]
    return out


def dump_criteria(table: CriteriaTable) -> dict[str, Any]:
    indicators = []
    for ind in table.indicators.values():
        item: dict[str, Any] = {"key": ind.key, "label": ind.label}
        if ind.label_en:
            item["label_en"] = ind.label_en
        if ind.unit:
            item["unit"] = ind.unit
        if ind.integer:
            item["integer"] = True
        indicators.append(item)
    return {"indicators": indicators, "sections": [_dump_node(s) for s in table.sections]}


# -- campaign ---------------------------------------------------------------------------

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
    period = _enum(r, data, "period", PeriodKind, PeriodKind.CUSTOM)
    rank_by = _enum(r, data, "rank_by", RankBy, RankBy.TOTAL)
    year = r.get(data, (), "year", int)
    start = r.get(data, (), "start", dt.date)
    end = r.get(data, (), "end", dt.date)
    deadline = r.get(data, (), "deadline", dt.date)
    if start and end and start > end:
        r.fail(("end",), "is before start", "check the campaign's dates")
    precision = r.number(data, (), "precision", Decimal("0.01"), negative=False)
    if precision is not None and (precision <= 0 or precision.as_tuple().digits != (1,)):
        r.fail(("precision",), f"{precision} is not a power of ten such as 0.01")
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
                number = tr.decimal(value, (member_id, key), negative=False)
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


E = TypeVar("E", PeriodKind, RankBy, Status)


def _enum(r: Reader, data: Mapping[str, Any], key: str, kind: type[E], default: E) -> E:
    raw = r.text(data, (), key, default=default.value)
    try:
        return kind(raw)
    except ValueError:
        r.fail((key,), f"{raw!r} is not one of {', '.join(k.value for k in kind)}")
        return default


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
        {"key": b.key, "label": b.label, "label_en": b.label_en, "minimum": _num(b.minimum),
         "inclusive": b.inclusive, **({"short_label": b.short_label} if b.short_label else {})}
        for b in campaign.bands
    ]
    return doc


def dump_targets(campaign: Campaign) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for member_id in sorted(set(campaign.targets) | set(campaign.not_assigned)):
        table: dict[str, Any] = {k: _num(v) for k, v in campaign.targets.get(member_id, {}).items()}
        if member_id in campaign.not_assigned:
            table["not_assigned"] = sorted(campaign.not_assigned[member_id])
        doc[member_id] = table
    return doc


# -- submissions ------------------------------------------------------------------------

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
    status = _enum(r, data, "status", Status, Status.DRAFT)
    submitted = r.get(data, (), "submitted_at", dt.datetime, default=None)
    updated = r.get(data, (), "updated_at", dt.datetime, default=None)
    values: dict[str, Decimal] = {}
    for key, raw in r.table(data, (), "values").items():
        number = r.decimal(raw, ("values", key))
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
    doc["values"] = {k: _num(v) for k, v in sub.values.items()}
    criteria: dict[str, Any] = {}
    for code, entry in sub.entries.items():
        item: dict[str, Any] = {}
        if entry.self_points is not None:
            item["self"] = _num(entry.self_points)
        if entry.verified_points is not None:
            item["verified"] = _num(entry.verified_points)
        if entry.reason:
            item["reason"] = entry.reason
        if entry.evidence:
            item["evidence"] = entry.evidence
        criteria[code] = item
    doc["criteria"] = criteria
    return doc
