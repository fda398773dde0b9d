"""criteria.toml: indicators and the tree of sections and criteria with their rules."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import Factory, define

from ..criteria import CriteriaTable, Criterion, Indicator, Node, Section, Unread
from ..formula import FormulaError
from ..rules import (
    AdjustmentItem,
    AdjustmentRule,
    FormulaRule,
    JudgedRule,
    NoTarget,
    NotEntered,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    Rule,
    TargetRule,
    YesNoRule,
)
from ..tomlsource import Path_
from .reader import Reader, suggest, toml_number

__all__ = ["check_applies_to", "dump_criteria", "read_criteria", "read_criteria_unread"]

_RULE_FIELDS = {
    "target": {"kind", "indicator", "over_share", "no_target", "over_measure",
               "not_entered"},
    "relative": {"kind", "indicator"},
    "yes_no": {"kind", "indicator"},
    "per_occurrence": {"kind", "indicator", "points_each"},
    "judged": {"kind", "step"},
    "adjustment": {"kind", "items", "floor", "ceiling"},
    "formula": {"kind", "expression"},
}
_SCORED_KINDS = _RULE_FIELDS.keys() - {"adjustment"}  # the kinds that need max_points


Option = TypeVar("Option", NoTarget, OverMeasure, NotEntered)


def _choice(r: Reader, raw: Mapping[str, Any], path: Path_, key: str,
            kind: type[Option]) -> Option:
    """A rule option: one of ``kind``'s values, its first value when absent."""
    default = next(iter(kind))
    value = r.text(raw, path, key, default=default.value)
    if value is None or value in {k.value for k in kind}:
        return kind(value or default)
    r.fail_keyed((*path, key), "criteria_toml.option", value=value,
                 choices=", ".join(k.value for k in kind))
    return default


def _read_rule(r: Reader, raw: Mapping[str, Any], path: Path_) -> Rule | None:
    kind = r.text(raw, path, "kind")
    if kind is None:
        return None
    if kind not in _RULE_FIELDS:
        r.fail_keyed((*path, "kind"), "criteria_toml.rule_kind", kind=kind,
                     kinds=", ".join(_RULE_FIELDS))
        return None
    r.unknown_keys(raw, path, _RULE_FIELDS[kind])
    before = len(r.problems)
    rule: Rule | None = None
    if kind == "target":
        share = r.number(raw, path, "over_share", Decimal(0), negative=False)
        if share is not None and share > 1:
            r.fail_keyed((*path, "over_share"), "criteria_toml.over_share")
        rule = TargetRule(r.text(raw, path, "indicator"), share or Decimal(0),
                          _choice(r, raw, path, "no_target", NoTarget),
                          _choice(r, raw, path, "over_measure", OverMeasure),
                          _choice(r, raw, path, "not_entered", NotEntered))
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
                r.fail_keyed((*path, "expression"), "criteria_toml.formula", reason=exc.message)
    return rule if len(r.problems) == before else None


@define
class _Gaps:
    """What :func:`read_criteria` could not read, gathered as it reads (see :class:`Unread`)."""

    sections: set[str] = Factory(set)
    codes: set[str] = Factory(set)
    code_lost: bool = False
    indicators: set[str] = Factory(set)
    indicator_lost: bool = False

    def lost(self, code: str | None) -> tuple[None, bool]:
        """A node that could not be read, with ``code`` if that could."""
        if code is None:
            self.code_lost = True
        else:
            self.codes.add(code)
        return None, False

    def unread(self) -> Unread:
        return Unread(frozenset(self.sections), frozenset(self.codes), self.code_lost,
                      frozenset(self.indicators), self.indicator_lost)


def _read_node(r: Reader, raw: Mapping[str, Any], path: Path_, gaps: _Gaps,
               ) -> tuple[Node | None, bool]:
    """The node at ``path``, and whether it was read whole (a section: with every child)."""
    code = r.text(raw, path, "code")
    if code is not None and (not code.strip() or code != code.strip()):
        r.fail_keyed((*path, "code"), "criteria_toml.code_blank", code=code)
        code = None
    title = r.text(raw, path, "title")
    title_en = r.text(raw, path, "title_en", default="")
    applies_to = raw.get("applies_to", [])
    if not isinstance(applies_to, list) or not all(isinstance(x, str) for x in applies_to):
        r.fail_keyed((*path, "applies_to"), "criteria_toml.applies_to_list")
        applies_to = []
    if "rule" in raw:
        r.unknown_keys(raw, path, {"code", "title", "title_en", "max_points", "rule",
                                   "applies_to", "evidence"})
        rule_raw = r.table(raw, path, "rule")
        rule = _read_rule(r, rule_raw, (*path, "rule")) if isinstance(raw["rule"], dict) \
            else None
        kind = rule_raw.get("kind")
        if isinstance(rule, AdjustmentRule):
            maximum = _adjustment_maximum(r, raw, path, rule)
        elif rule is None and not (isinstance(kind, str) and kind in _SCORED_KINDS):
            # Whether it is a bonus, whose max_points may be left out, is not known.
            maximum = r.number(raw, path, "max_points", default=None, negative=False)
        else:
            maximum = r.number(raw, path, "max_points", negative=False)
        evidence = r.text(raw, path, "evidence", default="")
        if code is None or title is None or maximum is None or rule is None:
            return gaps.lost(code)
        return Criterion(code, title, maximum, rule, title_en, frozenset(applies_to),
                         evidence), True
    r.unknown_keys(raw, path, {"code", "title", "title_en", "max_points", "items",
                               "applies_to", "per_type"})
    per_type = r.get(raw, path, "per_type", bool, default=None)
    if per_type is None and "per_type" not in raw:
        per_type = False
    whole = per_type is not None  # else whether it is a slot (not summed) is not known
    maximum = r.number(raw, path, "max_points", default=None, negative=False)
    before = len(r.problems)
    items = r.tables(raw, path, "items")
    whole = whole and len(r.problems) == before
    children = []
    for i, item in enumerate(items):
        node, child_whole = _read_node(r, item, (*path, "items", i), gaps)
        whole = whole and child_whole
        if node is not None:
            children.append(node)
    if per_type and children:
        r.fail_keyed((*path, "items"), "criteria_toml.per_type_items")
    if per_type is False and "items" not in raw:
        r.fail_keyed(path, "criteria_toml.no_items")
    if code is None or title is None:
        return gaps.lost(code)
    if not whole:
        gaps.sections.add(code)
    return Section(code, title, tuple(children), title_en, frozenset(applies_to), maximum,
                   bool(per_type)), whole


def _adjustment_maximum(r: Reader, raw: Mapping[str, Any], path: Path_,
                        rule: AdjustmentRule) -> Decimal | None:
    """A bonus/deduction criterion scores between its floor and ceiling, so ``max_points``
    adds nothing: it may be left out (it is then the ceiling) and, when written, must equal
    the ceiling, so that nobody reads it as a cap that is not applied."""
    if "max_points" not in raw:
        return rule.ceiling
    maximum = r.number(raw, path, "max_points", negative=False)
    if maximum is not None and maximum != rule.ceiling:
        r.fail_keyed((*path, "max_points"), "ref.adjustment_max", value=maximum,
                     floor=rule.floor, ceiling=rule.ceiling)
        return None
    return maximum


# Formulas name indicators, so a key is a name a formula can write (not starting with '_').
_INDICATOR_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def read_criteria(r: Reader, data: Mapping[str, Any]) -> CriteriaTable | None:
    return read_criteria_unread(r, data)[0]


def read_criteria_unread(r: Reader, data: Mapping[str, Any]) -> tuple[CriteriaTable, Unread]:
    """The table in ``data``, and what of it could not be read: the table's checks (sums,
    declared indicators) are made only on what was read whole, since a part that could not
    be read already has its message (docs/workspace.md, "One break, one message")."""
    gaps = _Gaps()
    indicators = {}
    before = len(r.problems)
    entries = r.tables(data, (), "indicators")
    gaps.indicator_lost = len(r.problems) > before
    for i, raw in enumerate(entries):
        path: Path_ = ("indicators", i)
        r.unknown_keys(raw, path, {"key", "label", "label_en", "unit", "integer"})
        key = r.text(raw, path, "key")
        label = r.text(raw, path, "label")
        if key is not None and not _INDICATOR_KEY.fullmatch(key):
            r.fail_keyed((*path, "key"), "criteria_toml.indicator_key", key=key)
            key = None
        if key is None or key in indicators or key in gaps.indicators:
            gaps.indicator_lost = True  # which key was meant is not known
            if key is not None:
                r.fail_keyed((*path, "key"), "ref.indicator_twice", key=key)
        elif label is None:
            gaps.indicators.add(key)
        else:
            indicators[key] = Indicator(key, label, r.text(raw, path, "label_en", default=""),
                                        r.text(raw, path, "unit", default=""),
                                        bool(r.get(raw, path, "integer", bool, default=False)))
    sections = []
    for i, raw in enumerate(r.tables(data, (), "sections")):
        node, _ = _read_node(r, raw, ("sections", i), gaps)
        if isinstance(node, Section):
            sections.append(node)
        elif node is not None:
            r.fail_keyed(("sections", i), "criteria_toml.top_level_criterion")
    if not sections and "sections" not in data:
        r.fail_keyed((), "criteria_toml.no_criteria")
    table = CriteriaTable(tuple(sections), indicators)
    unread = gaps.unread()
    for code, message in table.check_messages(unread):
        r.fail_keyed(_code_path(data, code), "criteria_toml.table", code=code, reason=message)
    return table, unread


def check_applies_to(r: Reader, data: Mapping[str, Any], table: CriteriaTable,
                     known: Collection[str]) -> None:
    """Refuse an ``applies_to`` key that is neither an installed association type nor the
    type of a member: a misspelt key would silently take the criterion away from the
    members of the type meant."""
    stack: list[Node] = list(table.sections)
    while stack:
        node = stack.pop(0)
        for key in sorted(node.applies_to - set(known)):
            r.fail_keyed((*_code_path(data, node.code)[:-1], "applies_to"), "ref.applies_to",
                         type=key, suggestion=suggest(key, known, "ref.known.types"))
        if isinstance(node, Section):
            stack.extend(node.children)


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




def _dump_rule(rule: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {"kind": rule.kind}
    if isinstance(rule, TargetRule):
        out["indicator"] = rule.indicator
        if rule.over_share:
            out["over_share"] = toml_number(rule.over_share)
        if rule.no_target is not NoTarget.BLOC_BEST:
            out["no_target"] = rule.no_target.value
        if rule.over_measure is not OverMeasure.RATIO:
            out["over_measure"] = rule.over_measure.value
        if rule.not_entered is not NotEntered.AS_NO_TARGET:
            out["not_entered"] = rule.not_entered.value
    elif isinstance(rule, RelativeRule | YesNoRule):
        out["indicator"] = rule.indicator
    elif isinstance(rule, PerOccurrenceRule):
        out["indicator"] = rule.indicator
        out["points_each"] = toml_number(rule.points_each)
    elif isinstance(rule, JudgedRule):
        out["step"] = toml_number(rule.step)
    elif isinstance(rule, AdjustmentRule):
        out["floor"] = toml_number(rule.floor)
        out["ceiling"] = toml_number(rule.ceiling)
        out["items"] = [{"indicator": i.indicator, "points_each": toml_number(i.points_each)}
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
        out["max_points"] = toml_number(node.max_points)
        if node.evidence:
            out["evidence"] = node.evidence
        out["rule"] = _dump_rule(node.rule)
        return out
    if node.max_points is not None:
        out["max_points"] = toml_number(node.max_points)
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
