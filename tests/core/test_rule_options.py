"""Options read from files: tie-break codes, the target rule's no_target, over_measure and
not_entered."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from emulation_core import (
    NoTarget,
    NotEntered,
    OverMeasure,
    PluginRegistry,
    TargetRule,
    ValidationError,
    Workspace,
)


def campaign_file(root: Path, name: str = "campaign.toml") -> Path:
    return root / "campaigns" / "c2018" / name


def set_tie_break(root: Path, keys: str) -> int:
    """Write ``tie_break = keys`` into campaign.toml; the line it is on."""
    path = campaign_file(root)
    lines = [line for line in path.read_text("utf-8").splitlines()
             if not line.startswith("tie_break")]
    at = next(i for i, line in enumerate(lines) if line.startswith("title"))
    lines.insert(at + 1, f"tie_break = {keys}")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return at + 2


@pytest.mark.parametrize("keys", [
    '["code:1.9"]', '["section:99"]', '["deductions", "code:2.7"]', '["code:1.1.1"]'])
def test_an_unknown_tie_break_code_names_file_line_and_key(
        keys: str, make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    line = set_tie_break(root, keys)
    with pytest.raises(ValidationError) as info:
        Workspace.open(root, registry=registry)
    (problem,) = info.value.problems
    assert problem.file.endswith("campaign.toml")
    assert problem.line == line
    assert problem.field.startswith("tie_break[")
    assert "no section or criterion has the code" in problem.message
    assert "use a code from criteria.toml" in problem.hint


@pytest.mark.parametrize("keys", ['["code:1.3", "section:2", "code:2.2", "deductions"]',
                                  '["section:1.1"]', '["code:1"]'])
def test_any_section_or_criterion_code_is_a_tie_break_key(
        keys: str, make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    set_tie_break(root, keys)
    with Workspace.open(root, registry=registry) as ws:
        board = ws.scoreboard("c2018")
        assert board.warnings == []
        # hoi-a self-scored 9.5 on 1.3; hoi-b was verified at 7.5
        if keys.startswith('["code:1.3"'):
            assert board.score("hoi-a").tie_values["code:1.3"] == Decimal("9.5")
            assert board.score("hoi-b").tie_values["code:1.3"] == Decimal("7.5")


def set_rule(root: Path, extra: str) -> Path:
    path = campaign_file(root, "criteria.toml")
    text = path.read_text("utf-8")
    old = 'kind = "target"'
    assert old in text
    lines = extra.replace(", ", "\n")
    path.write_text(text.replace(old, f"{old}\n{lines}", 1), "utf-8")
    return path


_WAIT = NotEntered.ZERO
_AS_NONE = NotEntered.AS_NO_TARGET


@pytest.mark.parametrize(("extra", "no_target", "measure", "not_entered"), [
    ('no_target = "no_target_best"', NoTarget.NO_TARGET_BEST, OverMeasure.RATIO, _AS_NONE),
    ('over_measure = "difference"', NoTarget.BLOC_BEST, OverMeasure.DIFFERENCE, _AS_NONE),
    ('no_target = "bloc_best", over_measure = "ratio"', NoTarget.BLOC_BEST, OverMeasure.RATIO,
     _AS_NONE),
    ('not_entered = "zero"', NoTarget.BLOC_BEST, OverMeasure.RATIO, _WAIT),
    ('not_entered = "as_no_target", no_target = "no_target_best"', NoTarget.NO_TARGET_BEST,
     OverMeasure.RATIO, _AS_NONE),
])
def test_target_rule_options_are_read_and_saved(
        extra: str, no_target: NoTarget, measure: OverMeasure, not_entered: NotEntered,
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    set_rule(root, extra)
    with Workspace.open(root, registry=registry, writable=True) as ws:
        rule = ws.campaign("c2018").table.find("1.1")
        assert rule is not None and isinstance(rule.rule, TargetRule)
        assert (rule.rule.no_target, rule.rule.over_measure, rule.rule.not_entered) == (
            no_target, measure, not_entered)
        ws.save_campaign(ws.campaign("c2018"))
    with Workspace.open(root, registry=registry) as ws:
        again = ws.campaign("c2018").table.find("1.1")
        assert again == rule


@pytest.mark.parametrize("extra", ['no_target = "others"', 'over_measure = "percent"',
                                   "no_target = 1", 'not_entered = "bloc_best"'])
def test_an_unknown_target_option_is_refused_with_its_line(
        extra: str, make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    set_rule(root, extra)
    with pytest.raises(ValidationError) as info:
        Workspace.open(root, registry=registry)
    problem = info.value.problems[0]  # the criterion is then left out, so its section's sum
    assert problem.file.endswith("criteria.toml")  # is reported as well
    assert problem.field.endswith(extra.split(" ")[0])
    assert problem.line is not None
