"""Whether a path stays inside the workspace is decided as resolving both paths in full
decides it, with one ``lstat`` a step below the workspace instead of a full resolve."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core.fsguard import outside_reason


def _resolved_in_full(root: Path, path: Path) -> bool:
    """The rule as first written: both paths resolved, one inside the other."""
    real_root, real = os.path.realpath(root), os.path.realpath(path)
    return real == real_root or real.startswith(real_root.rstrip(os.sep) + os.sep)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A workspace reached through a link, with links below it leading in and out."""
    real = tmp_path / "real"
    (real / "campaigns" / "c1" / "submissions").mkdir(parents=True)
    (real / "campaigns" / "c1" / "submissions" / "m.toml").write_text("x = 1\n")
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "o.toml").write_text("x = 1\n")
    (tmp_path / "ws").symlink_to(real)
    (real / "campaigns" / "in").symlink_to(real / "campaigns" / "c1")
    (real / "campaigns" / "out").symlink_to(tmp_path / "outside")
    (real / "campaigns" / "c1" / "back.toml").symlink_to(Path("submissions") / "m.toml")
    (real / "campaigns" / "c1" / "away.toml").symlink_to(tmp_path / "outside" / "o.toml")
    return tmp_path


_STEPS = ("campaigns", "c1", "submissions", "m.toml", "in", "out", "back.toml", "away.toml",
          "o.toml", "missing", "..")


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(("ws", "real")), st.lists(st.sampled_from(_STEPS), max_size=5))
def test_inside_exactly_when_both_paths_resolved_in_full_say_so(
        tree: Path, top: str, steps: list[str]) -> None:
    root = tree / top
    path = root.joinpath(*steps)
    assert (outside_reason(root, path) is None) == _resolved_in_full(root, path)


def test_a_link_below_the_workspace_leading_out_is_named(tree: Path) -> None:
    reason = outside_reason(tree / "ws", tree / "ws" / "campaigns" / "out" / "o.toml")
    assert reason is not None
    assert reason.values["real"] == os.path.realpath(tree / "outside" / "o.toml")


def test_a_path_outside_the_workspace_is_named(tree: Path) -> None:
    assert outside_reason(tree / "ws", tree / "outside" / "o.toml") is not None
