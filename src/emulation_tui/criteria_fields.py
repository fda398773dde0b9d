"""The criteria editor's fields: which a section or a criterion of each rule kind has, the
text each shows, and the node read back from what was typed, each refusal worded in the
interface language beside the field it concerns. Nothing here imports Textual.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from decimal import Decimal

from attrs import evolve, frozen

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    CriteriaTable,
    Criterion,
    FormulaError,
    FormulaRule,
    Indicator,
    JudgedRule,
    NoTarget,
    NotEntered,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    Rule,
    Section,
    TargetRule,
    YesNoRule,
    nfc,
)

from .entry import read_typed, typed_text
from .i18n import t

__all__ = ["CHOICES", "FIELD_ORDER", "INDICATOR_FIELDS", "KINDS", "Built", "build",
           "build_indicator", "fields_of", "indicator_texts", "kind_fields", "offered_fields",
           "texts_of"]

KINDS = ("judged", "yes_no", "target", "relative", "per_occurrence", "formula", "adjustment")
"""The rule kinds, in the order the kind field offers them."""

_KIND_FIELDS: Mapping[str, tuple[str, ...]] = {
    "judged": ("step",),
    "yes_no": ("indicator",),
    "relative": ("indicator",),
    "target": ("indicator", "over_share", "no_target", "over_measure", "not_entered"),
    "per_occurrence": ("indicator", "points_each"),
    "formula": ("expression",),
    "adjustment": ("floor", "ceiling", "items"),
}
FIELD_ORDER = ("code", "title", "title_en", "max", "kind", "indicator", "step", "over_share",
               "no_target", "over_measure", "not_entered", "points_each", "expression",
               "floor", "ceiling", "items", "applies_to", "evidence", "label", "label_en",
               "unit", "integer")
"""Every field the editor has, top to bottom."""
CHOICES: Mapping[str, tuple[str, ...]] = {
    "kind": KINDS,
    "integer": ("whole", "decimal"),
    "no_target": tuple(k.value for k in NoTarget),
    "over_measure": tuple(k.value for k in OverMeasure),
    "not_entered": tuple(k.value for k in NotEntered),
}
"""Fields picked from a list, and their values."""

_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_ITEM = re.compile(r"\s*([^=\s]+)\s*=\s*(\S.*?)\s*$")


def fields_of(node: Section | Criterion, kind: str | None = None) -> tuple[str, ...]:
    """The fields a node shows; a criterion's follow ``kind`` (default: its rule's)."""
    if isinstance(node, Section):
        return ("code", "title", "title_en", "max") + (() if node.per_type else ("applies_to",))
    kind = kind or node.rule.kind
    maximum = () if kind == "adjustment" else ("max",)
    return ("code", "title", "title_en", *maximum, "kind", *_KIND_FIELDS[kind], "applies_to",
            "evidence")


def kind_fields(kind: str) -> tuple[str, ...]:
    """The fields of a rule of ``kind`` (its parameters)."""
    return _KIND_FIELDS.get(kind, ())


def offered_fields(node: Section | Criterion, kind: str) -> frozenset[str]:
    """The fields of rule ``kind`` that hold what the editor offers rather than what the
    criterion says (its rule is of another kind): typing replaces them when reached."""
    if isinstance(node, Section) or node.rule.kind == kind:
        return frozenset()
    return frozenset(_KIND_FIELDS[kind])


def _number(value: Decimal) -> str:
    return typed_text(value)


def texts_of(node: Section | Criterion) -> dict[str, str]:
    """What each field of ``node`` shows."""
    texts = {"code": node.code, "title": node.title, "title_en": node.title_en,
             "applies_to": ", ".join(sorted(node.applies_to))}
    if isinstance(node, Section):
        texts["max"] = "" if node.max_points is None else _number(node.max_points)
        return texts
    rule = node.rule
    texts.update(max=_number(node.max_points), kind=rule.kind, evidence=node.evidence,
                 step="0,25", over_share="0", no_target=NoTarget.BLOC_BEST.value,
                 over_measure=OverMeasure.RATIO.value, not_entered=NotEntered.AS_NO_TARGET.value,
                 points_each="1", floor="0", ceiling=_number(node.max_points), items="",
                 indicator="", expression="")
    if isinstance(rule, TargetRule | RelativeRule | YesNoRule | PerOccurrenceRule):
        texts["indicator"] = rule.indicator
    if isinstance(rule, TargetRule):
        texts.update(over_share=_number(rule.over_share), no_target=rule.no_target.value,
                     over_measure=rule.over_measure.value, not_entered=rule.not_entered.value)
    elif isinstance(rule, PerOccurrenceRule):
        texts["points_each"] = _number(rule.points_each)
    elif isinstance(rule, JudgedRule):
        texts["step"] = _number(rule.step)
    elif isinstance(rule, FormulaRule):
        texts["expression"] = rule.formula.source
    elif isinstance(rule, AdjustmentRule):
        texts.update(floor=_number(rule.floor), ceiling=_number(rule.ceiling),
                     items="; ".join(f"{i.indicator}={_number(i.points_each)}"
                                     for i in rule.items))
    return texts


@frozen
class Built:
    """A node read from its fields: the node (None while a field is refused), the
    indicators its rule reads that the table does not declare yet, the reason each refused
    field is refused, and a note for a field that is fine (what an indicator is)."""

    node: Section | Criterion | None
    declare: Mapping[str, Indicator]
    errors: Mapping[str, str]
    notes: Mapping[str, str]


class _Reader:
    """Reads one node's fields, collecting the reason each refused one is refused."""

    def __init__(self, texts: Mapping[str, str]) -> None:
        self.texts = texts
        self.errors: dict[str, str] = {}

    def text(self, field: str) -> str:
        return nfc(self.texts.get(field, "")).strip()

    def number(self, field: str, *, negative: bool = False, blank: bool = False
               ) -> Decimal | None:
        text = self.text(field)
        if not text:
            if not blank:
                self.errors[field] = t("ce.err.empty")
            return None
        value, error = read_typed(text)
        if value is None:
            self.errors[field] = error or t("ce.err.empty")
        elif value < 0 and not negative:
            self.errors[field] = t("err.negative")
            return None
        return value


def build(old: Section | Criterion, texts: Mapping[str, str], table: CriteriaTable,
          used: Mapping[str, str], known_types: Collection[str]) -> Built:
    """The node ``old`` becomes with ``texts`` (field → text); ``used`` maps the codes of
    the table's other nodes to their titles, ``known_types`` the types ``applies_to`` may
    name."""
    r = _Reader(texts)
    code = r.text("code")
    if not code or any(ch.isspace() for ch in code):
        r.errors["code"] = t("ce.err.code")
    elif code in used:
        r.errors["code"] = t("ce.err.code_used", code=code, title=used[code])
    title = r.text("title")
    if not title:
        r.errors["title"] = t("ce.err.title")
    applies = frozenset(k for k in re.split(r"[,\s]+", r.text("applies_to")) if k)
    unknown = sorted(applies - set(known_types))
    if unknown:
        r.errors["applies_to"] = t("ce.err.types", types=", ".join(unknown),
                                   known=", ".join(sorted(known_types)))
    title_en = r.text("title_en")
    if isinstance(old, Section):
        maximum = r.number("max", blank=True)
        node: Section | Criterion = evolve(old, code=code, title=title, title_en=title_en,
                                           applies_to=applies, max_points=maximum)
        return Built(None if r.errors else node, {}, r.errors, {})
    kind = r.text("kind") or old.rule.kind
    rule = _rule(r, kind)
    if kind == "adjustment":
        maximum = rule.ceiling if isinstance(rule, AdjustmentRule) else Decimal(0)
    else:
        maximum = r.number("max") or Decimal(0)
    declare, notes = _indicators(rule, table, title) if rule is not None else ({}, {})
    if r.errors or rule is None:
        return Built(None, {}, r.errors, notes)
    node = evolve(old, code=code, title=title, title_en=title_en, applies_to=applies,
                  max_points=maximum, rule=rule, evidence=r.text("evidence"))
    return Built(node, declare, {}, notes)


def _rule(r: _Reader, kind: str) -> Rule | None:
    """The rule of ``kind`` from its fields; None when one is refused."""
    before = len(r.errors)
    indicator = r.text("indicator")
    if kind in ("yes_no", "relative", "target", "per_occurrence") \
            and not _KEY.fullmatch(indicator):
        r.errors["indicator"] = t("ce.err.indicator")
    rule: Rule | None = None
    if kind == "judged":
        rule = JudgedRule(r.number("step") or Decimal(0))
    elif kind == "yes_no":
        rule = YesNoRule(indicator)
    elif kind == "relative":
        rule = RelativeRule(indicator)
    elif kind == "target":
        share = r.number("over_share")
        if share is not None and share > 1:
            r.errors["over_share"] = t("ce.err.share")
        rule = TargetRule(indicator, share or Decimal(0), r.text("no_target"),
                          r.text("over_measure"), r.text("not_entered"))
    elif kind == "per_occurrence":
        rule = PerOccurrenceRule(indicator, r.number("points_each") or Decimal(0))
    elif kind == "formula":
        try:
            rule = FormulaRule(r.text("expression"))
        except FormulaError as exc:
            r.errors["expression"] = t("ce.err.formula", reason=str(exc))
    else:
        rule = _adjustment(r)
    return rule if len(r.errors) == before else None


def _adjustment(r: _Reader) -> AdjustmentRule | None:
    floor = r.number("floor", negative=True)
    ceiling = r.number("ceiling", negative=True)
    if floor is not None and ceiling is not None and floor > ceiling:
        r.errors["ceiling"] = t("ce.err.floor")
    items = []
    for part in (p for p in r.text("items").split(";") if p.strip()):
        match = _ITEM.match(part)
        value, _ = read_typed(match.group(2)) if match else (None, None)
        if match is None or value is None or not _KEY.fullmatch(match.group(1)):
            r.errors["items"] = t("ce.err.item", item=part.strip())
            return None
        items.append(AdjustmentItem(match.group(1), value))
    if not items:
        r.errors["items"] = t("ce.err.items")
    if r.errors:
        return None
    assert floor is not None and ceiling is not None
    return AdjustmentRule(tuple(items), floor, ceiling)


def _indicators(rule: Rule, table: CriteriaTable, title: str
                ) -> tuple[dict[str, Indicator], dict[str, str]]:
    """The indicators ``rule`` reads that ``table`` lacks (declared with the criterion's
    title as their label), and a note saying what each indicator field names."""
    declare = {key: Indicator(key, title) for key in sorted(rule.indicators)
               if key not in table.indicators}
    named = []
    for key in sorted(rule.indicators):
        found = table.indicators.get(key)
        named.append(t("ce.note.new_indicator", key=key) if found is None else
                     f"{key}: {found.label}" + (f" ({found.unit})" if found.unit else ""))
    field = {"adjustment": "items", "formula": "expression"}.get(rule.kind, "indicator")
    return declare, ({field: "; ".join(named)} if named else {})


INDICATOR_FIELDS = ("label", "label_en", "unit", "integer")
"""The fields of an indicator's row (its key is not edited: reports hold it)."""


def indicator_texts(indicator: Indicator) -> dict[str, str]:
    """What each field of an indicator's row shows."""
    return {"label": indicator.label, "label_en": indicator.label_en, "unit": indicator.unit,
            "integer": "whole" if indicator.integer else "decimal"}


def build_indicator(old: Indicator, texts: Mapping[str, str]
                    ) -> tuple[Indicator | None, dict[str, str]]:
    """The indicator ``old`` becomes with ``texts``, or None and why each field is
    refused (a label may not be empty)."""
    r = _Reader(texts)
    label = r.text("label")
    if not label:
        r.errors["label"] = t("ce.err.label")
        return None, r.errors
    return evolve(old, label=label, label_en=r.text("label_en"), unit=r.text("unit"),
                  integer=r.text("integer") == "whole"), r.errors
