"""Broken workspaces say every problem in Vietnamese: each problem comes from the message
catalog, and ``emulation validate`` speaks the language that EMULATION_LANG asks for."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.hostile.base_workspace import CAMPAIGN, CRITERIA, TARGETS, WS, write_base
from tests.hostile.corpus import (
    Case,
    duplicate_cases,
    missing_cases,
    reference_cases,
    unknown_key_cases,
    value_cases,
)

from emulation_cli import main
from emulation_cli.language import LANG_VAR
from emulation_core import ENV_VAR, Problem, ValidationError, Workspace

# The files whose every problem is in the catalog so far (the others: docs/library.md).
CONVERTED = (WS, CAMPAIGN, CRITERIA, TARGETS)
CASES = [case for case in (*value_cases(), *reference_cases(), *duplicate_cases(),
                           *missing_cases(), *unknown_key_cases())
         if case.file in CONVERTED and case.level == "error"]


@pytest.fixture(autouse=True)
def _installed_plugins_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_VAR, raising=False)


def broken(tmp_path: Path, case: Case) -> Path:
    root = tmp_path / "ws"
    write_base(root)
    case.change(root)
    return root


def problems_of(root: Path) -> tuple[Problem, ...]:
    with pytest.raises(ValidationError) as info:
        Workspace.open(root)
    return info.value.problems


def test_the_corpus_has_cases_for_each_converted_file() -> None:
    assert {case.file for case in CASES} == set(CONVERTED)
    assert len(CASES) >= 20


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_each_problem_is_said_in_vietnamese(tmp_path: Path, case: Case) -> None:
    for problem in problems_of(broken(tmp_path, case)):
        assert problem.key, f"not in the catalog: {problem}"
        assert problem.text("en") == str(problem)
        assert problem.message_text("vi") != problem.message_text("en"), problem
        if problem.hint:
            assert "(gợi ý: " in problem.text("vi")


@pytest.mark.parametrize("case", CASES[:8], ids=lambda case: case.name)
def test_validate_prints_the_problems_in_the_language_asked_for(
        tmp_path: Path, case: Case, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = broken(tmp_path, case)
    expected = problems_of(root)
    monkeypatch.setenv(LANG_VAR, "vi")
    assert main(["validate", str(root)]) == 2
    said = capsys.readouterr().err
    for problem in expected:
        assert problem.message_text("vi") in said
    monkeypatch.setenv(LANG_VAR, "en")
    assert main(["validate", str(root)]) == 2
    assert all(problem.message in capsys.readouterr().err for problem in expected)
