"""Conformance check for association-type plugins, for plugin authors' own tests.

Typical use in a plugin's test suite::

    from emulation_core.testing import assert_conforms
    from emulation_myassoc import ASSOCIATION_TYPE, SAMPLE_VALUES

    def test_conforms() -> None:
        assert_conforms(ASSOCIATION_TYPE, SAMPLE_VALUES, expected_total=50)

Besides the structural check the registry runs on load (valid section, unique local codes,
declared maxima equal the sum of their children, declared indicators, API version), this
runs every rule and hook on made-up inputs (all zeros, missing indicators, typical values
and huge values) and reports anything that raises, returns the wrong type or leaves its
bounds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from numbers import Real
from typing import Any

from .blocstats import BlocStats, BlocTracker
from .criteria import Criterion
from .explanation import explain_criterion
from .messages import LANGUAGES
from .model import Status, Submission
from .numbers import ZERO
from .phrasing import explanation_text, rule_text
from .plugins import AssociationType, check_association_type
from .rules import FormulaRule, JudgedRule, RelativeRule, TargetRule

__all__ = ["SampleValues", "assert_conforms", "check_association_type_conformance"]

SampleValues = Mapping[str, tuple[float, float]]

_HUGE = Decimal(10) ** 12
_DEFAULT_TYPICAL = Decimal(10)


def check_association_type_conformance(
    obj: object, sample_values: SampleValues | None = None, *,
    expected_total: Decimal | int | None = None,
) -> list[str]:
    """Every problem found with ``obj`` as an association type (empty when it conforms).

    ``obj`` is an :class:`~emulation_core.AssociationType` or a callable returning one.
    ``sample_values`` maps each reported indicator to a realistic ``(low, high)`` range;
    when given it is checked too and used for the typical inputs. ``expected_total`` is
    the nominal total the section must reach (e.g. 50 for the campaign's core-task slot).
    """
    if callable(obj) and not isinstance(obj, AssociationType):
        try:
            obj = obj()
        except Exception as exc:  # the factory is plugin code
            return [f"the factory raised {type(exc).__name__}: {exc}"]
    problems = check_association_type(obj)
    if not isinstance(obj, AssociationType) or problems:
        return problems
    if expected_total is not None and obj.section.nominal != Decimal(expected_total):
        problems.append(f"criteria add up to {obj.section.nominal} points (bonus and deduction "
                        f"criteria excluded), expected {expected_total}")
    problems.extend(_judged_step_problems(obj))
    if sample_values is not None:
        problems.extend(_sample_problems(obj, sample_values))
    found: dict[str, list[str]] = {}  # problem → the inputs that show it
    scenarios = list(_scenarios(obj, sample_values))
    for label, values, targets in scenarios:
        hook_problems: list[str] = []
        full = _run_derive(obj, values, hook_problems)
        for problem in (*hook_problems, *_rule_problems(obj, full, targets),
                        *_validate_problems(obj, values)):
            found.setdefault(problem, []).append(label)
    for problem, labels in found.items():
        inputs = "every test input" if len(labels) == len(scenarios) else "; ".join(labels)
        problems.append(f"{problem} (with {inputs})")
    return problems


def assert_conforms(obj: object, sample_values: SampleValues | None = None, *,
                    expected_total: Decimal | int | None = None) -> None:
    """Raise AssertionError listing every problem :func:`check_association_type_conformance`
    finds."""
    problems = check_association_type_conformance(obj, sample_values,
                                                  expected_total=expected_total)
    if problems:
        listed = "\n".join(f"  - {p}" for p in problems)
        raise AssertionError(f"association type does not conform ({len(problems)} "
                             f"problem{'s' if len(problems) != 1 else ''}):\n{listed}")


def _judged_step_problems(obj: AssociationType) -> Iterator[str]:
    for criterion in obj.section.leaves():
        rule = criterion.rule
        if isinstance(rule, JudgedRule) and rule.step and criterion.max_points % rule.step:
            yield (f"criterion {criterion.code}: max_points {criterion.max_points} is not a "
                   f"multiple of the judged step {rule.step}; full marks cannot be given")


def _sample_problems(obj: AssociationType, samples: SampleValues) -> Iterator[str]:
    declared = obj.indicator_map
    for key, bounds in samples.items():
        if key not in declared:
            yield f"SAMPLE_VALUES: {key!r} is not a declared indicator"
            continue
        if key in obj.derived:
            yield f"SAMPLE_VALUES: {key!r} is derived, not reported; leave it out"
        if not (isinstance(bounds, tuple) and len(bounds) == 2
                and all(isinstance(b, Real) and not isinstance(b, bool) for b in bounds)):
            yield f"SAMPLE_VALUES: {key!r} must be a (low, high) pair of numbers"
            continue
        low, high = bounds
        if not 0 <= low <= high:
            yield f"SAMPLE_VALUES: {key!r} needs 0 <= low <= high, got ({low}, {high})"
    read = {key for c in obj.section.leaves() for key in c.rule.indicators}
    for key in sorted(read - set(samples) - set(obj.derived)):
        yield f"SAMPLE_VALUES: no range for {key!r}, which a rule reads"


def _typical(obj: AssociationType, samples: SampleValues | None,
             pick: int) -> dict[str, Decimal]:
    """Typical reported values: the low (``pick=0``) or high (``pick=1``) end of each range."""
    values = {}
    for indicator in obj.reported_indicators:
        bounds = (samples or {}).get(indicator.key)
        try:
            values[indicator.key] = Decimal(repr(bounds[pick])) if bounds else _DEFAULT_TYPICAL
        except (TypeError, IndexError, ArithmeticError):
            values[indicator.key] = _DEFAULT_TYPICAL
    return values


def _scenarios(obj: AssociationType, samples: SampleValues | None,
               ) -> Iterator[tuple[str, dict[str, Decimal], dict[str, Decimal]]]:
    """``(label, reported values, targets)`` inputs every rule and hook must survive."""
    keys = [i.key for i in obj.reported_indicators]
    low = _typical(obj, samples, 0)
    high = _typical(obj, samples, 1)
    middle = {k: (low[k] + high[k]) / 2 for k in keys}
    targets = _run_derive(obj, middle, [])  # derived indicators can have targets too
    yield "missing indicators", {}, {}
    yield "all zeros", dict.fromkeys(keys, ZERO), dict.fromkeys(targets, ZERO)
    yield "typical values without targets", middle, {}
    yield "typical values below target", low, targets
    yield "typical values above target", high, targets
    yield "huge values", dict.fromkeys(keys, _HUGE), targets


def _run_derive(obj: AssociationType, values: dict[str, Decimal],
                problems: list[str]) -> dict[str, Decimal]:
    """Reported values plus derived ones, as scoring merges them; records hook problems."""
    if obj.derive is None:
        return values
    where = "derive hook"
    try:
        extra: Any = obj.derive(dict(values))
    except Exception as exc:  # plugin code
        problems.append(f"{where} raised {type(exc).__name__}: {exc}")
        return values
    if not isinstance(extra, Mapping):
        problems.append(f"{where} returned a {type(extra).__name__}, expected a mapping")
        return values
    good: dict[str, Decimal] = {}
    for key, value in extra.items():
        if key not in obj.derived:
            problems.append(f"{where} returned {key!r}, which is not listed in derived")
        elif not isinstance(value, Decimal) or not value.is_finite():
            problems.append(f"{where} returned {key}={value!r}, expected a finite Decimal")
        elif value < 0:
            problems.append(f"{where} returned {key}={value}, expected 0 or more")
        else:
            good[key] = value
    return {**good, **values}


def _stats(criterion: Criterion, values: Mapping[str, Decimal],
           targets: Mapping[str, Decimal]) -> Iterator[BlocStats]:
    """Bloc figures consistent with this member: it is the best, or half the best."""
    rule = criterion.rule
    if not isinstance(rule, TargetRule | RelativeRule | FormulaRule) or not rule.comparative:
        yield BlocStats()
        return
    tracker = BlocTracker(rule.bloc_indicators)
    report = tuple((values.get(k, ZERO), targets.get(k) or None) for k in rule.bloc_indicators)
    tracker.record("conformance", report)
    yield tracker.stats
    tracker.record("leader", tuple((v * 2 or Decimal(1), t) for v, t in report))
    yield tracker.stats


def _rule_problems(obj: AssociationType, values: Mapping[str, Decimal],
                   targets: Mapping[str, Decimal]) -> Iterator[str]:
    for criterion in obj.section.leaves():
        for stats in _stats(criterion, values, targets):
            where = f"criterion {criterion.code}"
            try:
                points = criterion.rule.points(criterion.max_points, values, targets, stats)
                explanation = explain_criterion(
                    criterion, "computed", points or ZERO, points, values=values,
                    targets=targets, stats=stats, members={}, indicators=obj.indicator_map)
                for lang in LANGUAGES:
                    explanation_text(explanation, lang)
                    rule_text(criterion, lang, obj.indicator_map)
            except Exception as exc:  # a formula may divide, overflow, …
                yield f"{where}: scoring raised {type(exc).__name__}: {exc}"
                break
            if points is None:
                if not isinstance(criterion.rule, JudgedRule):
                    yield f"{where}: rule gave no points"
                continue
            if not isinstance(points, Decimal) or not points.is_finite():
                yield f"{where}: rule gave {points!r}, expected a finite Decimal"
            elif not isinstance(criterion.rule, FormulaRule) and not (
                    criterion.lowest <= points <= criterion.highest):
                yield (f"{where}: rule gave {points}, outside "
                       f"[{criterion.lowest}, {criterion.highest}]")
                break


def _validate_problems(obj: AssociationType,
                       values: Mapping[str, Decimal]) -> Iterator[str]:
    if obj.validate is None:
        return
    where = "validate hook"
    sub = Submission("conformance", "conformance", Status.SUBMITTED, dict(values))
    try:
        messages: Any = obj.validate(sub)
        if isinstance(messages, str) or not isinstance(messages, Iterable):
            yield (f"{where} returned a {type(messages).__name__}, expected an iterable of "
                   "messages (a list, or yield each one)")
            return
        listed = list(messages)
    except Exception as exc:  # plugin code
        yield f"{where} raised {type(exc).__name__}: {exc}"
        return
    for message in listed:
        if not isinstance(message, str) or not message.strip():
            yield f"{where} gave {message!r}, expected a non-empty message"
