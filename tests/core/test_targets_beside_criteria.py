"""targets.toml is checked even when criteria.toml has problems of its own.

A problem in the targets is said with its file and line whatever else is wrong: only a
reference that may point into a part of the criteria that could not be read is left to the
criteria file's own message (docs/workspace.md, "One break, one message").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import BLOC, make_campaign

from emulation_core import PluginRegistry, ValidationError, Workspace

CRITERIA = "campaigns/c2018/criteria.toml"
TARGETS = "campaigns/c2018/targets.toml"


def build(root: Path, registry: PluginRegistry) -> Path:
    bloc = evolve(BLOC, members=tuple(evolve(m, type="chung") for m in BLOC.members))
    with Workspace.create(root, bloc, registry) as ws:
        ws.save_campaign(make_campaign())
    return root


@pytest.fixture
def root(tmp_path: Path, registry: PluginRegistry) -> Path:
    return build(tmp_path / "ws", registry)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def line_of(path: Path, needle: str) -> int:
    return max(i for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
               if needle in line)


def problems(root: Path, registry: PluginRegistry) -> list[str]:
    with pytest.raises(ValidationError) as info:
        Workspace.open(root, registry=registry)
    return [str(p) for p in info.value.problems]


def test_a_misspelt_target_is_said_beside_a_section_that_does_not_add_up(
        root: Path, registry: PluginRegistry) -> None:
    edit(root / CRITERIA, "max_points = 20", "max_points = 21")
    edit(root / TARGETS, "members = 20", "membres = 20")
    found = problems(root, registry)
    assert len(found) == 2
    assert found[0].startswith(f"{CRITERIA}:")
    assert found[1] == (
        f"{TARGETS}:{line_of(root / TARGETS, 'membres')}: hoi-b.membres: 'membres' is not an "
        "indicator of this member's criteria (hint: did you mean 'members'?)")


def test_references_into_a_criterion_that_could_not_be_read_are_left_to_its_message(
        root: Path, registry: PluginRegistry) -> None:
    edit(root / CRITERIA, 'kind = "target"', 'kind = "targett"')  # 1.1 cannot be read
    edit(root / TARGETS, "members = 10", 'members = 10\nnot_assigned = ["1.1", "1.9"]')
    edit(root / TARGETS, "members = 20", "membres = 20")
    found = problems(root, registry)
    assert [p.split(":")[0] for p in found] == [CRITERIA, TARGETS, TARGETS]
    assert "'targett'" in found[0]
    assert found[1] == (
        f"{TARGETS}:{line_of(root / TARGETS, 'not_assigned')}: hoi-a.not_assigned: '1.9' is "
        "not a criterion or section of this member's table (hint: did you mean '1.3'?)")
    assert found[2].startswith(
        f"{TARGETS}:{line_of(root / TARGETS, 'membres')}: hoi-b.membres: 'membres' is not an "
        "indicator of this member's criteria")


def test_targets_are_checked_when_the_criteria_file_does_not_parse(
        root: Path, registry: PluginRegistry) -> None:
    edit(root / CRITERIA, 'title = "Nhiệm vụ"', 'title = "Nhiệm vụ')
    edit(root / TARGETS, "[hoi-b]\nmembers = 20", "[hoi-b]\nmembers = -3\n\n[hoi-bb]\nmembers = 1")
    found = problems(root, registry)
    assert [p.split(":")[0] for p in found] == [CRITERIA, TARGETS, TARGETS]
    assert found[1].startswith(f"{TARGETS}:{line_of(root / TARGETS, 'members = -3')}: "
                               "hoi-b.members: ")
    assert found[2].startswith(f"{TARGETS}:{line_of(root / TARGETS, '[hoi-bb]')}: hoi-bb: "
                               "'hoi-bb' is not a member of the bloc")


_KEY = st.from_regex(r"[a-z][a-z_]{0,9}", fullmatch=True)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(keys=st.dictionaries(_KEY, st.integers(min_value=-5, max_value=10 ** 6), max_size=4))
def test_the_targets_problems_do_not_depend_on_a_sum_problem_in_the_criteria(
        keys: dict[str, int], tmp_path_factory: pytest.TempPathFactory,
        registry: PluginRegistry) -> None:
    """Whatever hoi-b registers, targets.toml says the same problems, at the same lines,
    whether or not a section of criteria.toml adds up."""
    said = []
    for broken in (False, True):
        root = build(tmp_path_factory.mktemp("ws") / "ws", registry)
        lines = "\n".join(f"{key} = {value}" for key, value in keys.items())
        edit(root / TARGETS, "[hoi-b]\nmembers = 20", f"[hoi-b]\n{lines}")
        if broken:
            edit(root / CRITERIA, "max_points = 20", "max_points = 21")
        try:
            Workspace.open(root, registry=registry).close()
            found = []
        except ValidationError as exc:
            found = [str(p) for p in exc.problems]
        said.append([p for p in found if p.startswith(TARGETS)])
        assert len(found) - len(said[-1]) == int(broken)
    assert said[0] == said[1]
    assert bool(said[0]) == any(key != "members" or value < 0 for key, value in keys.items())
