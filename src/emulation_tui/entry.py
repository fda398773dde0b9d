"""Reading what the lead types into a number field, and flagging figures that look wrong.

Typed figures follow the library's grammar (:func:`emulation_core.read_number`); refusals and
readings are worded in the interface language. :func:`doubt` never refuses: it names a figure
that is allowed but probably mistyped (far above the target or the bloc's others, ``2`` in a
yes/no field, more reports on time than reports due) so the lead can look again.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from contextlib import suppress
from decimal import Decimal

from emulation_core import (
    Criterion,
    FormulaRule,
    JudgedRule,
    NumberError,
    YesNoRule,
    format_typed,
    number_words,
    read_number,
)
from emulation_core import check_points as points_refusal

from . import fmt
from .i18n import error_text, language, t

__all__ = ["check_points", "check_value", "doubt", "echo", "read_typed", "shares",
           "typed_text"]

FAR_ABOVE_TARGET = 3
"""A figure this many times its target is flagged."""
FAR_ABOVE_OTHERS = 10
"""A figure this many times the highest of the bloc's other units is flagged."""


def read_typed(text: str, integer: bool = False) -> tuple[Decimal | None, str | None]:
    """Read a typed figure with the library's grammar: (value, or the reason it is refused)."""
    try:
        return read_number(text, integer=integer).value, None
    except NumberError as refused:
        return None, error_text(refused)


def echo(text: str, integer: bool = False) -> str:
    """``đọc là 1 430: một nghìn bốn trăm ba mươi``: how a figure with separators was read,
    in figures and words; empty for plain digits."""
    try:
        reading = read_number(text, integer=integer)
    except NumberError:
        return ""
    if not (reading.grouping or reading.decimal_mark):
        return ""
    return t("read.as", value=fmt.number(reading.value),
             words=number_words(reading.value, language()))


def typed_text(value: Decimal, integer: bool = False) -> str:
    """How an input shows a stored figure: as on screen when that reads back to the same
    value (``12 100``), else in the grammar's own form (``12.100`` for a count)."""
    shown = fmt.number(value)
    with suppress(NumberError):
        if read_number(shown, integer=integer).value == value:
            return shown
    return format_typed(value, integer=integer)


def check_value(text: str, integer: bool) -> tuple[Decimal | None, str | None]:
    """Parse a typed indicator value: (value or None when empty, reason it is refused)."""
    if not text.strip():
        return None, None
    value, error = read_typed(text, integer)
    if value is None:
        return None, error
    if value < 0:
        return None, t("err.negative")
    return value, None


def check_points(text: str, criterion: Criterion, stage: str,
                 precision: Decimal) -> tuple[Decimal | None, str | None]:
    """Parse typed ``stage`` points: (points or None when empty, reason they are refused).

    The library decides (:func:`emulation_core.check_points`); the reason says what is allowed.
    """
    if not text.strip():
        return None, None
    value, error = read_typed(text)
    if value is None:
        return None, error
    refusal = points_refusal(criterion, stage, value, precision)
    if refusal is None:
        return value, None
    rule = criterion.rule
    step = rule.step if isinstance(rule, JudgedRule) and rule.step else precision
    allowed = t("err.points", low=fmt.number(criterion.lowest),
                high=fmt.number(criterion.highest), step=fmt.number(step))
    return None, f"{refusal.text(language())}; {allowed}"


def doubt(value: Decimal, key: str, readers: Iterable[Criterion], target: Decimal | None,
          others: Iterable[Decimal], values: Mapping[str, Decimal] | None = None,
          labels: Mapping[str, str] | None = None) -> str | None:
    """Why the accepted figure ``value`` of indicator ``key`` looks mistyped, or None.

    ``readers`` are the criteria that read ``key``; ``others`` the same figure from the
    bloc's other units; ``values`` the unit's other figures (named by ``labels``), for a
    part larger than its whole.
    """
    readers = list(readers)
    if value > 1 and any(isinstance(c.rule, YesNoRule) and c.rule.indicator == key
                         for c in readers):
        return t("doubt.yes_no", value=fmt.number(value))
    values, labels = values or {}, labels or {}
    for part, whole in sorted(shares(readers)):
        if part == key and values.get(whole) is not None and value > values[whole]:
            return t("doubt.part", whole=labels.get(whole, whole),
                     value=fmt.number(values[whole]))
        if whole == key and values.get(part) is not None and value < values[part]:
            return t("doubt.whole", part=labels.get(part, part),
                     value=fmt.number(values[part]))
    if target is not None and target > 0 and value > FAR_ABOVE_TARGET * target:
        return t("doubt.target", times=fmt.number(Decimal(int(value / target))),
                 target=fmt.number(target))
    highest = max(others, default=None)
    if highest is not None and highest > 0 and value > FAR_ABOVE_OTHERS * highest:
        return t("doubt.others", highest=fmt.number(highest))
    return None


def shares(criteria: Iterable[Criterion]) -> set[tuple[str, str]]:
    """(part, whole) indicator pairs that the criteria's formulas divide as a share: in
    ``6 * min(reports_on_time, reports_due) / reports_due`` the reports on time are a part of
    the reports due, so a part above its whole is flagged."""
    pairs = set()
    for criterion in criteria:
        rule = criterion.rule
        if not isinstance(rule, FormulaRule):
            continue
        try:
            tree = ast.parse(rule.formula.source.strip(), mode="eval")
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) \
                    and isinstance(node.right, ast.Name):
                whole = node.right.id
                called = {id(c.func) for c in ast.walk(node.left) if isinstance(c, ast.Call)}
                pairs |= {(n.id, whole) for n in ast.walk(node.left)
                          if isinstance(n, ast.Name) and n.id != whole and id(n) not in called}
    return pairs
