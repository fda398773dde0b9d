"""The association-type contract: what a plugin declares, and the structural check run on
every plugin when it loads (discovery is in :mod:`.plugins`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal

from attrs import evolve, field, frozen

from .criteria import CriteriaTable, Criterion, Indicator, Section
from .model import Submission
from .rules import AdjustmentItem, AdjustmentRule, Rule
from .scoring import Deriver
from .text import nfc, unsafe_id_reason
from .value_object import ValueObject

__all__ = ["API_VERSION", "AssociationType", "Validator", "check_association_type"]

API_VERSION = 1

Validator = Callable[[Submission], Iterable[str]]

_INDICATOR_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_LOCAL_CODE = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_ROOT = "(section)"


def _indicator_tuple(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return tuple(value)


def _key_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@frozen
class AssociationType(ValueObject):
    """What a plugin declares about one association type.

    ``section`` holds the type's core-task criteria with local codes (``"1"``, ``"2.1"``);
    a campaign places them in its per-type slot and prefixes the slot's code. ``derive``
    computes extra indicators from reported ones (e.g. a total from two amounts) and
    ``derived`` names the keys it returns; ``validate`` returns member-facing messages about
    a submission. The evidence a criterion requires is the criterion's own ``evidence``.
    """

    key: str
    name: str
    name_en: str
    api_version: int
    section: Section
    indicators: tuple[Indicator, ...] = field(default=(), converter=_indicator_tuple)
    derive: Deriver | None = None
    validate: Validator | None = None
    derived: frozenset[str] = field(default=frozenset(), converter=_key_set)

    @property
    def indicator_map(self) -> dict[str, Indicator]:
        return {i.key: i for i in self.indicators}

    @property
    def reported_indicators(self) -> tuple[Indicator, ...]:
        """The indicators a member reports (those the ``derive`` hook computes left out)."""
        return tuple(i for i in self.indicators if i.key not in self.derived)


def check_association_type(obj: object) -> list[str]:
    """Structural problems that make ``obj`` unusable as an association type (empty if fine).

    Hooks are not called here; :mod:`emulation_core.testing` also runs them and every rule.
    """
    if not isinstance(obj, AssociationType):
        return [f"gave a {type(obj).__name__}, expected emulation_core.AssociationType"]
    problems = []
    reason = unsafe_id_reason(obj.key) if isinstance(obj.key, str) else "is not a string"
    if reason:
        problems.append(f"key {obj.key!r} {reason}")
    if obj.api_version != API_VERSION:
        problems.append(f"targets plugin API version {obj.api_version!r}, this emulation "
                        f"supports version {API_VERSION}; upgrade the plugin or emulation")
    for name in ("name", "name_en"):
        value = getattr(obj, name)
        if not isinstance(value, str) or not value.strip():
            problems.append(f"{name} must be a non-empty string")
        elif value != nfc(value):
            problems.append(f"{name} is not in Unicode NFC form; normalise it")
    for hook in ("derive", "validate"):
        if getattr(obj, hook) is not None and not callable(getattr(obj, hook)):
            problems.append(f"{hook} must be a function or None")
    problems.extend(_indicator_problems(obj))
    if obj.derive is None and obj.derived:
        problems.append("derived names indicators but there is no derive hook")
    if not isinstance(obj.section, Section):
        problems.append("section must be an emulation_core.Section")
        return problems
    shape = list(_node_problems(obj.section, is_root=True))
    problems.extend(shape)
    if shape:
        problems.extend(f"criterion {code}: code is used twice; codes must be unique"
                        for code in _duplicate_codes(obj.section))
        return problems
    # The section's own code is never shown (the campaign's slot replaces it).
    table = CriteriaTable((evolve(obj.section, code=_ROOT),), obj.indicator_map)
    sections = _section_codes(obj.section)
    problems.extend(f"{_node_name(code, sections)}: {message}" for code, message in table.check())
    if not any(True for _ in obj.section.leaves()):
        problems.append("section has no criteria")
    return problems


def _indicator_problems(obj: AssociationType) -> Iterator[str]:
    seen: set[str] = set()
    for indicator in obj.indicators:
        if not isinstance(indicator, Indicator):
            yield f"indicators: {indicator!r} is not an emulation_core.Indicator"
            continue
        key = indicator.key
        if not isinstance(key, str) or not _INDICATOR_KEY.match(key):
            yield (f"indicator key {key!r} must be snake_case: a lowercase letter, then "
                   "lowercase letters, digits or '_'")
        elif key in seen:
            yield f"indicator {key!r} is declared twice"
        seen.add(key)
        if not isinstance(indicator.label, str) or not indicator.label.strip():
            yield f"indicator {key!r} has no label"
        elif indicator.label != nfc(indicator.label):
            yield f"indicator {key!r}: label is not in Unicode NFC form; normalise it"
    for key in sorted(set(obj.derived) - seen, key=str):
        yield f"derived indicator {key!r} is not declared in indicators"


def _section_codes(section: Section) -> set[str]:
    """The codes of the sections inside ``section`` (well formed: checked before)."""
    inner = [child for child in section.children if isinstance(child, Section)]
    return {code for child in inner for code in (child.code, *_section_codes(child))}


def _node_name(code: str, sections: set[str]) -> str:
    """How a problem names the node with ``code``: the plugin's section, a section, a
    criterion."""
    if code == _ROOT:
        return "the plugin's section"
    return f"section {code!r}" if code in sections else f"criterion {code}"


def _duplicate_codes(section: Section) -> list[str]:
    """Codes used more than once, tolerating malformed nodes."""
    seen: set[object] = set()
    twice: list[str] = []
    stack: list[object] = list(section.children) if isinstance(section.children, tuple) else []
    while stack:
        node = stack.pop(0)
        code = getattr(node, "code", None)
        if isinstance(code, str):
            if code in seen and code not in twice:
                twice.append(code)
            seen.add(code)
        children = getattr(node, "children", None)
        if isinstance(node, Section) and isinstance(children, tuple):
            stack.extend(children)
    return twice


def _node_problems(node: object, *, is_root: bool = False) -> Iterator[str]:
    """Wrong types, negative maxima and badly formed local codes, before deeper checks."""
    if isinstance(node, Section):
        where = "the plugin's section" if is_root else f"section {node.code!r}"
        if not is_root and (not isinstance(node.code, str) or not _LOCAL_CODE.match(node.code)):
            yield f"{where}: code must be a local code such as '2'"
        if not isinstance(node.title, str) or not node.title.strip():
            yield f"{where} has no title"
        elif node.title != nfc(node.title):
            yield f"{where}: title is not in Unicode NFC form; normalise it"
        if node.max_points is not None and (
            not isinstance(node.max_points, Decimal) or not node.max_points.is_finite()
            or node.max_points < 0
        ):
            yield (f"{where}: max_points must be a finite Decimal, 0 or more, e.g. "
                   f"Decimal('20'), not {node.max_points!r}")
        if node.per_type:
            yield f"{where}: per_type is for campaign slots, not for plugin sections"
        if not isinstance(node.children, tuple):
            yield f"{where}: children must be a tuple"
            return
        for child in node.children:
            if not is_root and isinstance(child, Criterion | Section) and \
                    isinstance(child.code, str) and not child.code.startswith(f"{node.code}."):
                yield (f"{child.code!r} sits in section {node.code!r}, so its code must "
                       f"start with '{node.code}.'")
            yield from _node_problems(child)
        return
    if not isinstance(node, Criterion):
        yield f"{node!r} is neither an emulation_core.Criterion nor a Section"
        return
    code = node.code
    if not isinstance(code, str) or not _LOCAL_CODE.match(code):
        yield (f"criterion code {code!r} must be a local code such as '1' or '2.1' "
               "(the campaign adds its slot's prefix)")
    if not isinstance(node.title, str) or not node.title.strip():
        yield f"criterion {code}: has no title"
    elif node.title != nfc(node.title):
        yield f"criterion {code}: title is not in Unicode NFC form; normalise it"
    if not isinstance(node.max_points, Decimal) or not node.max_points.is_finite():
        yield (f"criterion {code}: max_points must be a finite Decimal, e.g. Decimal('2.5'), "
               f"not {node.max_points!r}")
    elif node.max_points < 0:
        yield f"criterion {code}: max_points may not be negative"
    yield from _rule_problems(code, node.rule)


def _rule_problems(code: str, rule: object) -> Iterator[str]:
    if not isinstance(rule, Rule):
        yield (f"criterion {code}: unknown rule kind {type(rule).__name__}; use one of "
               "TargetRule, RelativeRule, YesNoRule, PerOccurrenceRule, JudgedRule, "
               "AdjustmentRule, FormulaRule")
        return
    numbers: dict[str, object] = {}
    for name in ("over_share", "points_each", "step", "floor", "ceiling"):
        if hasattr(rule, name):
            numbers[name] = getattr(rule, name)
    if isinstance(rule, AdjustmentRule):
        if not isinstance(rule.items, tuple) or not all(
                isinstance(i, AdjustmentItem) for i in rule.items):
            yield f"criterion {code}: adjustment items must be a tuple of AdjustmentItem"
            return
        numbers.update({f"items[{n}].points_each": i.points_each
                        for n, i in enumerate(rule.items)})
    for name, value in numbers.items():
        if not isinstance(value, Decimal) or not value.is_finite():
            yield f"criterion {code}: rule {name} must be a finite Decimal, not {value!r}"
    share = numbers.get("over_share")
    if isinstance(share, Decimal) and not 0 <= share <= 1:
        yield f"criterion {code}: over_share must be between 0 and 1"
    for name in ("points_each", "step"):
        value = numbers.get(name)
        if isinstance(value, Decimal) and value < 0:
            yield f"criterion {code}: {name} may not be negative"
    indicator = getattr(rule, "indicator", "")
    if hasattr(rule, "indicator") and (not isinstance(indicator, str) or not indicator):
        yield f"criterion {code}: the rule needs an indicator key"
