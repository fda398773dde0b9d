"""``ws.folder(name)``: the workspace's own folder (``exports``, ``forms``), made when
missing, never through a link, never outside the workspace, never over a file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import PluginRegistry, UnsafePathError, Workspace


@pytest.fixture
def opened(make_ws: Callable[[], Path], registry: PluginRegistry) -> Workspace:
    return Workspace.open(make_ws(), registry=registry)


def test_a_missing_folder_is_made_and_an_existing_one_kept(opened: Workspace) -> None:
    made = opened.folder("forms")
    assert made == opened.path / "forms" and made.is_dir() and not made.is_symlink()
    (made / "kept.xlsx").write_bytes(b"x")
    assert opened.folder("forms") == made and (made / "kept.xlsx").read_bytes() == b"x"


def test_a_read_only_workspace_makes_it_too(opened: Workspace) -> None:
    assert opened.read_only
    assert opened.folder("exports").is_dir()


def test_a_link_in_its_place_is_refused_and_nothing_made_outside(
        opened: Workspace, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (opened.path / "forms").symlink_to(outside, target_is_directory=True)
    with pytest.raises(UnsafePathError) as refused:
        opened.folder("forms")
    assert "symbolic link" in refused.value.text("en")
    (opened.path / "exports").symlink_to(tmp_path / "missing")  # a link to nowhere
    with pytest.raises(UnsafePathError):
        opened.folder("exports")
    assert list(outside.iterdir()) == [] and not (tmp_path / "missing").exists()


def test_a_file_in_its_place_is_refused(opened: Workspace) -> None:
    (opened.path / "forms").write_bytes(b"not a folder")
    with pytest.raises(UnsafePathError) as refused:
        opened.folder("forms")
    assert "file where a folder is expected" in refused.value.text("en")
    assert (opened.path / "forms").read_bytes() == b"not a folder"


@pytest.mark.parametrize("name", ["", ".", "..", "../forms", "a/b", "/tmp/forms", "forms/"])
def test_a_name_that_is_not_one_folder_is_refused(opened: Workspace, name: str) -> None:
    before = sorted(p.name for p in opened.path.parent.iterdir())
    with pytest.raises(UnsafePathError) as refused:
        opened.folder(name)
    assert "not a path inside the workspace" in refused.value.text("en")
    assert sorted(p.name for p in opened.path.parent.iterdir()) == before


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(alphabet=st.sampled_from("ab./\\-_đ "), min_size=0, max_size=8))
def test_whatever_the_name_nothing_is_made_outside(opened: Workspace, name: str) -> None:
    """Any name either gives a folder directly inside the workspace or is refused; the
    workspace's parent folder never gains an entry."""
    parent = opened.path.parent
    before = sorted(p.name for p in parent.iterdir())
    try:
        made = opened.folder(name)
    except (UnsafePathError, OSError):
        pass
    else:
        assert made.parent == opened.path and made.name == name and made.is_dir()
    assert sorted(p.name for p in parent.iterdir()) == before
