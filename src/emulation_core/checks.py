"""The rules a submission's figures and scores must follow, shared by every way in.

Files read from disk (:mod:`.serialize`) and submissions edited in code
(:meth:`.Workspace.check_submission`) are checked by the same functions, so the two can
never disagree about what is acceptable.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import ROUND_HALF_UP, Decimal

from .criteria import CriteriaTable, Criterion
from .messages import Message
from .model import Submission
from .numbers import size_problem
from .rules import JudgedRule

__all__ = ["Finding", "check_points", "submission_findings"]

Finding = tuple[tuple[str, ...], Message]
"""A problem as (key path in the submission file, catalog message; its hint is the
message's ``key.hint``)."""

_STAGES = {"self": Message("points.stage.self"), "verified": Message("points.stage.verified"),
           "explained": Message("points.stage.explained")}


def check_points(criterion: Criterion, stage: str, value: Decimal,
                 precision: Decimal = Decimal("0.01")) -> Message | None:
    """Why ``value`` cannot be entered as the ``stage`` (``self`` or ``verified``) score of
    ``criterion`` (a catalog message), or None."""
    said = {"stage": _STAGES.get(stage, stage), "value": value}
    if value != value.quantize(precision, rounding=ROUND_HALF_UP):
        return Message("points.finer", {**said, "precision": precision})
    if value > criterion.highest:
        return Message("points.above", {**said, "max": criterion.highest})
    if value < criterion.lowest:
        return Message("points.below", {**said, "min": criterion.lowest})
    if isinstance(criterion.rule, JudgedRule):
        return criterion.rule.check(value, criterion.max_points)
    return None


def submission_findings(sub: Submission, table: CriteriaTable, codes: Mapping[str, Criterion],
                        precision: Decimal, *, type_known: bool = True) -> Iterator[Finding]:
    """Every problem with ``sub`` against its member's table (``codes``: code → criterion).

    When the member's association type is not installed (``type_known`` false), indicators
    and per-type criteria cannot be checked and are accepted as written.
    """
    for key, value in sub.values.items():
        yield from _value_findings(("values", key), key, value, table, type_known)
    for key, correction in sub.corrections.items():
        yield from _value_findings(("corrections", key, "value"), key, correction.value, table,
                                   type_known)
        if not correction.reason.strip():
            yield ("corrections", key, "reason"), Message("finding.correction_reason")
    slots = tuple(f"{slot.code}." for slot in table.per_type_slots())
    for code, entry in sub.entries.items():
        criterion = codes.get(code)
        if criterion is None:
            if type_known or not code.startswith(slots):
                yield ("criteria", code), Message("finding.unknown_criterion", {
                    "code": repr(code), "codes": ", ".join(codes)})
            continue
        for stage, points in (("self", entry.self_points), ("verified", entry.verified_points),
                              ("explained", entry.explained_points)):
            if points is not None and not isinstance(points, Decimal):
                yield ("criteria", code, stage), _not_decimal(points)
                continue
            why = None if points is None else check_points(criterion, stage, points, precision)
            if why:
                yield ("criteria", code, stage), Message("finding.points", {"why": why})


def _value_findings(path: tuple[str, ...], key: str, value: Decimal, table: CriteriaTable,
                    type_known: bool) -> Iterator[Finding]:
    """Problems with one indicator figure, reported or corrected."""
    if type_known and key not in table.indicators:
        known = ", ".join(sorted(table.indicators)) or Message("finding.nothing")
        yield path, Message("finding.unknown_indicator", {"key": repr(key), "known": known})
    elif not isinstance(value, Decimal):
        yield path, _not_decimal(value)
    elif (beyond := size_problem(value)) is not None:
        yield path, Message(beyond.key, beyond.values)
    elif value < 0:
        yield path, Message("finding.negative", {"value": str(value)})
    elif key in table.indicators and table.indicators[key].integer \
            and value != value.to_integral_value():
        yield path, Message("finding.not_whole", {"value": str(value)})


def _not_decimal(value: object) -> Message:
    """A figure or score given in code as something other than a Decimal."""
    return Message("finding.not_decimal", {"found": type(value).__name__, "value": repr(value)})
