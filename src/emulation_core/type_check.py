"""The structural check run on every plugin's association type when it loads: each problem a
catalog :class:`~.messages.Message` naming the criterion (``criterion 2.1``), the section
(``section '3'``) or the plugin's own section, said in Vietnamese or English.

Hooks are not called here; :mod:`emulation_core.testing` also runs them and every rule.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from attrs import evolve

from .association_type import API_VERSION, AssociationType
from .criteria import CriteriaTable, Criterion, Indicator, Section
from .messages import Message
from .rules import AdjustmentItem, AdjustmentRule, Rule
from .text import nfc, unsafe_id_key

__all__ = ["association_type_problems", "check_association_type"]

_INDICATOR_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_LOCAL_CODE = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_ROOT = "(section)"
_ROOT_NODE = Message("plugin.node.root")


def check_association_type(obj: object) -> list[str]:
    """Structural problems that make ``obj`` unusable as an association type, in English
    (empty if fine); :func:`association_type_problems` gives them as catalog messages."""
    return [problem.text("en") for problem in association_type_problems(obj)]


def association_type_problems(obj: object) -> list[Message]:
    """Structural problems that make ``obj`` unusable as an association type (empty if fine)."""
    if not isinstance(obj, AssociationType):
        return [Message("plugin.check.not_a_type", {"found": type(obj).__name__})]
    problems = list(_type_problems(obj))
    problems.extend(_indicator_problems(obj))
    if not isinstance(obj.section, Section):
        problems.append(Message("plugin.check.section_type"))
        return problems
    shape = list(_node_problems(obj.section, is_root=True))
    problems.extend(shape)
    if shape:
        problems.extend(_at(_criterion(code), Message("table.code_twice"))
                        for code in _duplicate_codes(obj.section))
        return problems
    # The section's own code is never shown (the campaign's slot replaces it).
    table = CriteriaTable((evolve(obj.section, code=_ROOT),), obj.indicator_map)
    sections = _section_codes(obj.section)
    problems.extend(_at(_node(code, sections), message)
                    for code, message in table.check_messages())
    if not any(True for _ in obj.section.leaves()):
        problems.append(Message("plugin.check.no_criteria"))
    return problems


def _type_problems(obj: AssociationType) -> Iterator[Message]:
    """The key, the API version, the names and the hooks."""
    reason = unsafe_id_key(obj.key) if isinstance(obj.key, str) else "plugin.check.not_text"
    if reason:
        yield Message("plugin.check.key", {"key": repr(obj.key), "reason": Message(reason)})
    if obj.api_version != API_VERSION:
        yield Message("plugin.check.api", {"found": repr(obj.api_version),
                                           "supported": str(API_VERSION)})
    for name in ("name", "name_en"):
        value = getattr(obj, name)
        if not isinstance(value, str) or not value.strip():
            yield Message("plugin.check.name_empty", {"name": name})
        elif value != nfc(value):
            yield Message("plugin.check.not_nfc", {"name": name})
    for hook in ("derive", "validate"):
        if getattr(obj, hook) is not None and not callable(getattr(obj, hook)):
            yield Message("plugin.check.hook", {"hook": hook})
    if obj.derive is None and obj.derived:
        yield Message("plugin.check.derived_no_hook")


def _indicator_problems(obj: AssociationType) -> Iterator[Message]:
    seen: set[str] = set()
    for indicator in obj.indicators:
        if not isinstance(indicator, Indicator):
            yield Message("plugin.check.not_indicator", {"value": repr(indicator)})
            continue
        key = indicator.key
        if not isinstance(key, str) or not _INDICATOR_KEY.match(key):
            yield Message("plugin.check.indicator_key", {"key": repr(key)})
        elif key in seen:
            yield Message("plugin.check.indicator_twice", {"key": repr(key)})
        seen.add(key)
        if not isinstance(indicator.label, str) or not indicator.label.strip():
            yield Message("plugin.check.no_label", {"key": repr(key)})
        elif indicator.label != nfc(indicator.label):
            yield Message("plugin.check.label_nfc", {"key": repr(key)})
    for key in sorted(set(obj.derived) - seen, key=str):
        yield Message("plugin.check.derived_undeclared", {"key": repr(key)})


def _at(where: Message, problem: Message) -> Message:
    return Message("plugin.check.at", {"where": where, "problem": problem})


def _criterion(code: object) -> Message:
    return Message("plugin.node.criterion", {"code": str(code)})


def _node(code: str, sections: set[str]) -> Message:
    """How a problem names the node with ``code``: the plugin's section, a section, a
    criterion."""
    if code == _ROOT:
        return _ROOT_NODE
    return Message("plugin.node.section", {"code": repr(code)}) if code in sections \
        else _criterion(code)


def _section_codes(section: Section) -> set[str]:
    """The codes of the sections inside ``section`` (well formed: checked before)."""
    inner = [child for child in section.children if isinstance(child, Section)]
    return {code for child in inner for code in (child.code, *_section_codes(child))}


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


def _node_problems(node: object, *, is_root: bool = False) -> Iterator[Message]:
    """Wrong types, negative maxima and badly formed local codes, before deeper checks."""
    if isinstance(node, Section):
        yield from _section_problems(node, is_root)
        return
    if not isinstance(node, Criterion):
        yield Message("plugin.check.not_node", {"value": repr(node)})
        return
    code = node.code
    where = _criterion(code)
    if not isinstance(code, str) or not _LOCAL_CODE.match(code):
        yield Message("plugin.check.criterion_code", {"code": repr(code)})
    yield from _title_problems(where, node.title)
    if not isinstance(node.max_points, Decimal) or not node.max_points.is_finite():
        yield _at(where, Message("plugin.check.criterion_max", {"value": repr(node.max_points)}))
    elif node.max_points < 0:
        yield _at(where, Message("table.negative_max"))
    yield from (_at(where, problem) for problem in _rule_problems(node.rule))


def _section_problems(node: Section, is_root: bool) -> Iterator[Message]:
    where = _ROOT_NODE if is_root else Message("plugin.node.section", {"code": repr(node.code)})
    if not is_root and (not isinstance(node.code, str) or not _LOCAL_CODE.match(node.code)):
        yield _at(where, Message("plugin.check.section_code"))
    yield from _title_problems(where, node.title)
    if node.max_points is not None and (
        not isinstance(node.max_points, Decimal) or not node.max_points.is_finite()
        or node.max_points < 0
    ):
        yield _at(where, Message("plugin.check.section_max", {"value": repr(node.max_points)}))
    if node.per_type:
        yield _at(where, Message("plugin.check.per_type"))
    if not isinstance(node.children, tuple):
        yield _at(where, Message("plugin.check.children"))
        return
    for child in node.children:
        if not is_root and isinstance(child, Criterion | Section) and \
                isinstance(child.code, str) and not child.code.startswith(f"{node.code}."):
            yield Message("plugin.check.child_prefix", {"child": repr(child.code),
                                                        "code": node.code})
        yield from _node_problems(child)


def _title_problems(where: Message, title: object) -> Iterator[Message]:
    if not isinstance(title, str) or not title.strip():
        yield _at(where, Message("plugin.check.no_title"))
    elif title != nfc(title):
        yield _at(where, Message("plugin.check.title_nfc"))


def _rule_problems(rule: object) -> Iterator[Message]:
    if not isinstance(rule, Rule):
        yield Message("plugin.check.rule_kind", {"kind": type(rule).__name__})
        return
    numbers: dict[str, object] = {}
    for name in ("over_share", "points_each", "step", "floor", "ceiling"):
        if hasattr(rule, name):
            numbers[name] = getattr(rule, name)
    if isinstance(rule, AdjustmentRule):
        if not isinstance(rule.items, tuple) or not all(
                isinstance(i, AdjustmentItem) for i in rule.items):
            yield Message("plugin.check.adjustment_items")
            return
        numbers.update({f"items[{n}].points_each": i.points_each
                        for n, i in enumerate(rule.items)})
    for name, value in numbers.items():
        if not isinstance(value, Decimal) or not value.is_finite():
            yield Message("plugin.check.rule_number", {"name": name, "value": repr(value)})
    share = numbers.get("over_share")
    if isinstance(share, Decimal) and not 0 <= share <= 1:
        yield Message("plugin.check.over_share")
    for name in ("points_each", "step"):
        value = numbers.get(name)
        if isinstance(value, Decimal) and value < 0:
            yield Message("plugin.check.rule_negative", {"name": name})
    indicator = getattr(rule, "indicator", "")
    if hasattr(rule, "indicator") and (not isinstance(indicator, str) or not indicator):
        yield Message("plugin.check.rule_indicator")
