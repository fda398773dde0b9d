"""`emulation demo`'s own copy of the sample: made once, kept while the bundled sample is
the same, and replaced (the old copy kept beside) when an upgrade brings a new sample."""

from __future__ import annotations

from pathlib import Path

import pytest

from emulation_cli import ui_cmd
from emulation_cli.ui_cmd import demo_workspace


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    return tmp_path / "emulation"


def test_the_copy_is_made_once_and_the_users_edits_stay(data_home: Path) -> None:
    first = demo_workspace()
    assert (first / "workspace.toml").is_file()
    note = first / "campaigns" / "my-note.txt"
    note.write_text("mine", encoding="utf-8")
    assert demo_workspace() == first and note.read_text(encoding="utf-8") == "mine"
    assert [p.name for p in data_home.iterdir() if p.is_dir()] == ["demo-workspace"]


@pytest.mark.parametrize("stamp", [None, "an older sample\n"])
def test_a_copy_of_an_older_sample_is_kept_aside_and_a_fresh_one_made(
        data_home: Path, stamp: str | None, capsys: pytest.CaptureFixture[str]) -> None:
    old = data_home / "demo-workspace"
    old.mkdir(parents=True)
    (old / "workspace.toml").write_text("# an old sample\n", encoding="utf-8")
    if stamp is not None:
        (data_home / "demo-workspace.sample").write_text(stamp, encoding="utf-8")
    fresh = demo_workspace()
    assert (fresh / "workspace.toml").read_text(encoding="utf-8") != "# an old sample\n"
    (kept,) = [p for p in data_home.iterdir() if p.name.startswith("demo-workspace-")]
    assert (kept / "workspace.toml").read_text(encoding="utf-8") == "# an old sample\n"
    assert str(kept) in capsys.readouterr().err
    assert (data_home / "demo-workspace.sample").read_text(encoding="utf-8").strip() == \
        ui_cmd._sample_version()
