"""emulation_core.testing: the conformance check finds every kind of plugin mistake."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pytest
from attrs import evolve

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    AssociationType,
    Criterion,
    FormulaRule,
    Indicator,
    JudgedRule,
    PerOccurrenceRule,
    Section,
    TargetRule,
    default_registry,
)
from emulation_core.rules import BlocStats
from emulation_core.testing import assert_conforms, check_association_type_conformance

D = Decimal
INDICATORS = (Indicator("tc_events", "Sự kiện", unit="cuộc"),
              Indicator("tc_total", "Tổng (tính)"))


def make(*criteria: Criterion, **changes: Any) -> AssociationType:
    section = Section("s", "Nhiệm vụ", criteria or (
        Criterion("1", "Sự kiện", D(30), TargetRule("tc_events", D("0.2"))),
        Criterion("2", "Đánh giá", D(20), JudgedRule(D("0.5"))),
    ), max_points=D(50))
    return evolve(AssociationType("tc", "Hội thử", "Test", 1, section, INDICATORS), **changes)


SAMPLES = {"tc_events": (5.0, 40.0), "tc_total": (1.0, 2.0)}


def problems(obj: object, samples: Mapping[str, tuple[float, float]] | None = None,
             **kwargs: Any) -> str:
    return "\n".join(check_association_type_conformance(obj, samples, **kwargs))


def test_a_good_type_and_its_factory_conform() -> None:
    assert check_association_type_conformance(make(), SAMPLES, expected_total=50) == []
    assert check_association_type_conformance(make, SAMPLES) == []
    assert_conforms(make())


@pytest.mark.parametrize("key", sorted(
    {"htx", "chu-thap-do", "nha-bao", "vhnt", "khkt", "khuyen-hoc", "luat-su", "xa-hoi"}))
def test_every_bundled_type_conforms(key: str) -> None:
    assert_conforms(default_registry().types[key], expected_total=50)


def test_assert_conforms_lists_every_problem() -> None:
    bad = make(Criterion("1", "A", D(5), JudgedRule(D(2))),
               Criterion("1", "B", D(-1), TargetRule("tc_events")))
    with pytest.raises(AssertionError) as info:
        assert_conforms(bad)
    text = str(info.value)
    assert "2 problems" in text
    assert "max_points may not be negative" in text and "code is used twice" in text


def test_structural_problems() -> None:
    assert "expected emulation_core.AssociationType" in problems(object())
    def factory() -> AssociationType:
        raise RuntimeError("no")

    assert "factory raised RuntimeError: no" in problems(factory)
    assert "API version 2" in problems(make(api_version=2))
    assert "key 'Bad Key'" in problems(make(key="Bad Key"))
    assert "name must be a non-empty string" in problems(make(name=""))
    assert "not in Unicode NFC" in problems(make(name="Hội Chữ thập đỏ".replace("ữ", "ư\u0303")))
    assert "must be snake_case" in problems(make(indicators=(Indicator("Bad-Key", "x"),)))
    assert "declared twice" in problems(make(indicators=INDICATORS + INDICATORS[:1]))
    assert "derive must be a function" in problems(make(derive=42))
    assert "no derive hook" in problems(make(derived=frozenset({"tc_total"})))
    assert "derived indicator 'tc_nope' is not declared" in problems(
        make(derive=lambda v: {}, derived=frozenset({"tc_nope"})))
    assert "per_type is for campaign slots" in problems(
        make(section=Section("s", "x", per_type=True)))
    assert "section has no criteria" in problems(make(section=Section("s", "x")))


def test_criterion_problems() -> None:
    assert "must be a local code" in problems(make(
        Criterion("A1", "x", D(50), TargetRule("tc_events"))))
    assert "must start with '2.'" in problems(make(Section("2", "G", (
        Criterion("3.1", "x", D(50), TargetRule("tc_events")),)),))
    assert "must be a finite Decimal" in problems(make(
        Criterion("1", "x", 50.0, TargetRule("tc_events"))))  # type: ignore[arg-type]
    assert "unknown rule kind dict" in problems(make(
        Criterion("1", "x", D(50), {"kind": "target"})))  # type: ignore[arg-type]
    assert "over_share must be between 0 and 1" in problems(make(
        Criterion("1", "x", D(50), TargetRule("tc_events", D(2)))))
    assert "points_each may not be negative" in problems(make(
        Criterion("1", "x", D(50), PerOccurrenceRule("tc_events", D(-1)))))
    assert "reads indicator 'tc_unknown'" in problems(make(
        Criterion("1", "x", D(50), FormulaRule("tc_unknown * 2"))))
    assert "children add up to 10, but the section's max_points is 20" in problems(make(
        Section("1", "G", (Criterion("1.1", "x", D(10), TargetRule("tc_events")),),
                max_points=D(20)),
        Criterion("2", "y", D(40), TargetRule("tc_events"))))
    assert "floor is above ceiling" in problems(make(
        Criterion("1", "x", D(50), TargetRule("tc_events")),
        Criterion("2", "bonus", D(5), AdjustmentRule(
            (AdjustmentItem("tc_events", D(1)),), D(5), D(0)))))


def test_totals_and_judged_steps() -> None:
    assert "criteria add up to 50 points" in problems(make(), expected_total=100)
    assert "section: children add up to 5, but the section's max_points is 50" in problems(
        make(Criterion("1", "x", D(5), JudgedRule(D(1)))))
    assert "max_points 50 is not a multiple of the judged step 3" in problems(make(
        Criterion("1", "x", D(50), JudgedRule(D(3)))))


class FragileRule(TargetRule):
    """A rule that divides by the reported value, so it fails on zero or nothing."""

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return maximum / values.get(self.indicator, D(0))


def test_rules_are_run_on_awkward_inputs() -> None:
    text = problems(make(Criterion("1", "x", D(50), FragileRule("tc_events"))))
    assert "criterion 1: scoring raised" in text
    assert "(with missing indicators; all zeros)" in text


def test_formulas_never_raise_on_awkward_inputs() -> None:
    # 0 ** 0 has no decimal answer: the formula language gives 0 instead of failing.
    assert problems(make(Criterion("1", "x", D(50), FormulaRule("tc_events ** 0")))) == ""


class GreedyRule(TargetRule):
    """A rule that claims twice the criterion's maximum."""

    def points(self, maximum: Decimal, values: Mapping[str, Decimal],
               targets: Mapping[str, Decimal], stats: BlocStats) -> Decimal:
        return maximum * 2


def test_points_outside_the_criterion_bounds_are_reported() -> None:
    text = problems(make(Criterion("1", "x", D(50), GreedyRule("tc_events"))))
    assert "criterion 1: rule gave 100, outside [0, 50] (with every test input)" in text


def test_derive_hook_problems() -> None:
    def boom(values: Mapping[str, Decimal]) -> dict[str, Decimal]:
        raise ZeroDivisionError("per member")

    def floats(values: Mapping[str, Decimal]) -> dict[str, Any]:
        return {"tc_total": 1.5}

    derived = frozenset({"tc_total"})
    assert "derive hook raised ZeroDivisionError: per member" in problems(
        make(derive=boom, derived=derived))
    assert "returned tc_total=1.5, expected a finite Decimal" in problems(
        make(derive=floats, derived=derived))
    assert "derive hook returned a list" in problems(
        make(derive=lambda v: [], derived=derived))
    assert "returned 'tc_other', which is not listed in derived" in problems(
        make(derive=lambda v: {"tc_other": D(1)}, derived=derived))
    assert "expected 0 or more" in problems(
        make(derive=lambda v: {"tc_total": D(-1)}, derived=derived))
    assert problems(make(derive=lambda v: {"tc_total": v.get("tc_events", D(0)) * 2},
                         derived=derived)) == ""


def test_validate_hook_problems() -> None:
    assert "validate hook returned a NoneType" in problems(make(validate=lambda s: None))
    assert "validate hook returned a str" in problems(make(validate=lambda s: "oops"))
    assert "gave 3, expected a non-empty message" in problems(make(validate=lambda s: [3]))
    assert "validate hook raised KeyError" in problems(
        make(validate=lambda s: [s.values["tc_events"]]))
    assert problems(make(validate=lambda s: iter(()))) == ""


def test_sample_values_problems() -> None:
    derive_type = make(derive=lambda v: {"tc_total": D(1)}, derived=frozenset({"tc_total"}))
    text = problems(derive_type, {"tc_events": (5, 1), "tc_total": (1, 2), "tc_x": (0, 1)})
    assert "'tc_events' needs 0 <= low <= high, got (5, 1)" in text
    assert "'tc_total' is derived, not reported" in text
    assert "'tc_x' is not a declared indicator" in text
    assert "no range for 'tc_events'" in problems(make(), {})
    assert "must be a (low, high) pair" in problems(make(), {"tc_events": (1,)})  # type: ignore[dict-item]
