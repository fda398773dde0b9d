"""The output cache (docs/cli.md, "Running a command again"): an unchanged command prints its
kept output without importing the library, and any change to what it read runs it again."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_cli import output_cache
from emulation_cli.output_cache import Recording, recording_for, replayed
from emulation_core import sample_workspace_path

RANK = ["rank", "WS", "--format", "json"]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    return root


def _command(root: Path, *words: str, cache: bool = True) -> subprocess.CompletedProcess[str]:
    """``emulation`` run as a program (the output cache applies to programs only), with the
    modules it imports listed on standard error."""
    env = dict(os.environ)
    if not cache:
        env["EMULATION_CACHE_DIR"] = ""
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "emulation_cli",
                           *(str(root) if w == "WS" else w for w in words)],
                          capture_output=True, text=True, env=env, check=False)


def _imported(run: subprocess.CompletedProcess[str]) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in run.stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_unchanged_rank_prints_its_kept_output_without_the_library(workspace: Path) -> None:
    first = _command(workspace, *RANK)
    again = _command(workspace, *RANK)
    assert first.returncode == again.returncode == 0
    assert again.stdout == first.stdout == _command(workspace, *RANK, cache=False).stdout
    assert "attr" in _imported(first)
    assert not {"attr", "emulation_core.scoring", "argparse"} & _imported(again)


def test_a_changed_figure_is_ranked_again(workspace: Path) -> None:
    kept = _command(workspace, *RANK).stdout
    _edit(workspace / "campaigns/2018-ca-nam/submissions/hoi-chu-thap-do.toml",
          "reports_on_time = 10", "reports_on_time = 2")
    now = _command(workspace, *RANK)
    assert now.returncode == 0
    assert now.stdout != kept
    assert now.stdout == _command(workspace, *RANK, cache=False).stdout
    assert "attr" in _imported(now)


@pytest.mark.parametrize("words", [
    ["rank", "WS", "--format", "csv"],
    ["rank", "WS", "--format=json", "--type", "chu-thap-do"],
    ["score", "WS", "--format", "json", "--member", "hoi-chu-thap-do", "--lang", "en"],
])
def test_each_kept_command_gives_what_it_gives_uncached(workspace: Path,
                                                       words: list[str]) -> None:
    uncached = _command(workspace, *words, cache=False)
    assert uncached.returncode == 0
    assert _command(workspace, *words).stdout == uncached.stdout
    assert _command(workspace, *words).stdout == uncached.stdout


def test_a_failed_run_is_not_kept(tmp_path: Path) -> None:
    missing = tmp_path / "none"
    assert _command(missing, *RANK).returncode == 2
    again = _command(missing, *RANK)
    assert again.returncode == 2
    assert "emulation_core.errors" in _imported(again)


@pytest.mark.parametrize(("words", "kept"), [
    (["rank", "WS", "--format", "json"], True),
    (["rank", "WS", "--format=csv"], True),
    (["score", "WS", "--format", "json"], True),
    (["rank", "WS"], False),
    (["rank", "WS", "--format", "table"], False),
    (["rank", "WS", "--format", "json", "--format", "table"], False),
    (["rank", "WS", "--format", "json", "--help"], False),
    (["rank", "WS", "--format"], False),
    (["validate", "WS", "--format", "json"], False),
    (["lock", "WS", "--format", "json"], False),
    ([], False),
])
def test_only_machine_output_of_read_only_commands_is_kept(words: list[str],
                                                           kept: bool) -> None:
    assert output_cache._machine_output(words) is kept


def test_caching_off_keeps_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_CACHE_DIR", "")
    assert recording_for(RANK) is None
    assert replayed(RANK) is False


def test_the_key_follows_the_words_the_folder_and_the_environment(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    base = output_cache._entry_file(RANK)
    assert base is not None
    assert output_cache._entry_file([*RANK, "--type", "x"]) != base
    monkeypatch.setenv("EMULATION_LANG", "vi")
    assert output_cache._entry_file(RANK) != base
    monkeypatch.delenv("EMULATION_LANG")
    monkeypatch.setenv("UNRELATED_VARIABLE", "1")
    assert output_cache._entry_file(RANK) == base
    monkeypatch.chdir(tmp_path)
    assert output_cache._entry_file(RANK) != base
    monkeypatch.syspath_prepend(str(tmp_path))
    assert output_cache._entry_file(RANK) not in (base, None)


# -- what the digest of a workspace sees ---------------------------------------------------

def test_the_tree_digest_sees_bytes_names_and_folders(workspace: Path) -> None:
    digest = output_cache._tree_digest(str(workspace))
    assert digest is not None
    assert output_cache._tree_digest(str(workspace)) == digest
    target = workspace / "workspace.toml"
    _edit(target, "=", " =")
    changed = output_cache._tree_digest(str(workspace))
    assert changed not in (None, digest)
    (workspace / "forms").mkdir()
    assert output_cache._tree_digest(str(workspace)) not in (None, digest, changed)
    os.rmdir(workspace / "forms")
    (workspace / "campaigns" / "2018-ca-nam" / "notes.txt").write_bytes(b"")
    assert output_cache._tree_digest(str(workspace)) not in (None, digest, changed)


@pytest.mark.parametrize("odd", ["link", "pipe"])
def test_a_workspace_holding_a_link_or_a_pipe_is_never_kept(workspace: Path, odd: str) -> None:
    where = workspace / "campaigns" / "odd"
    if odd == "link":
        where.symlink_to(workspace / "workspace.toml")
    else:
        os.mkfifo(where)
    assert output_cache._tree_digest(str(workspace)) is None  # and the pipe was not waited on


# -- recording and keeping -----------------------------------------------------------------

@pytest.fixture
def entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    cache = tmp_path / "cache"
    monkeypatch.setenv("EMULATION_CACHE_DIR", str(cache))
    found = output_cache._entry_file(RANK)
    assert found is not None
    yield Path(found)


def _recorded(workspace: Path, entry: Path, printed: str = "[1]\n", *, warn: bool = False,
              touch: Path | None = None, code: int = 0) -> Recording:
    """A run heard by hand (no audit hook is added to the test's process)."""
    recording = Recording(str(entry), str(entry.parent.parent))
    with recording.capturing(workspace):
        recording.hear("open", (str(workspace / "workspace.toml"), "r", 0))
        sys.stdout.write(printed)
        if warn:
            sys.stderr.write("warning: x\n")
        if touch is not None:
            touch.write_text("changed", encoding="utf-8")
    recording.keep(code)
    return recording


def test_a_kept_run_is_replayed_until_an_input_changes(
        workspace: Path, entry: Path, tmp_path: Path,
        capfdbinary: pytest.CaptureFixture[bytes]) -> None:
    plugin = tmp_path / "plugin_table.toml"
    plugin.write_text("x = 1\n", encoding="utf-8")
    recording = Recording(str(entry), str(entry.parent.parent))
    with recording.capturing(workspace):
        recording.hear("open", (str(plugin), "r", 0))
        recording.hear("open", (str(tmp_path / "absent.toml"), "r", 0))
        recording.hear("os.listdir", (str(tmp_path),))
        sys.stdout.write("[ranked]\n")
    recording.keep(0)
    assert capfdbinary.readouterr().out == b"[ranked]\n"
    assert replayed(RANK)
    assert capfdbinary.readouterr().out == b"[ranked]\n"

    os.utime(plugin, ns=(1, 1))  # a plugin's table edited, its size unchanged
    assert not replayed(RANK)
    assert capfdbinary.readouterr().out == b""


@pytest.mark.parametrize("change", ["absent file appears", "folder gains a name"])
def test_a_file_that_appears_is_an_input_changed(workspace: Path, entry: Path, tmp_path: Path,
                                                change: str) -> None:
    watched = tmp_path / "watched"
    watched.mkdir()
    recording = Recording(str(entry), str(entry.parent.parent))
    with recording.capturing(workspace):
        recording.hear("open", (str(tmp_path / "absent.toml"), "r", 0))
        recording.hear("os.scandir", (str(watched),))
    recording.keep(0)
    assert replayed(RANK)
    (tmp_path / "absent.toml" if change == "absent file appears" else watched / "new").touch()
    assert not replayed(RANK)


def test_a_run_that_failed_warned_or_wrote_in_its_workspace_is_not_kept(
        workspace: Path, entry: Path) -> None:
    _recorded(workspace, entry, code=2)
    assert not entry.exists()
    _recorded(workspace, entry, warn=True)
    assert not entry.exists()
    recording = Recording(str(entry), str(entry.parent.parent))
    with recording.capturing(workspace):
        recording.hear("open", (str(workspace / "audit.jsonl"), "a", os.O_WRONLY))
    recording.keep(0)
    assert not entry.exists()
    _recorded(workspace, entry)
    assert entry.exists()


def test_a_workspace_changed_while_the_command_ran_is_not_kept(workspace: Path,
                                                                entry: Path) -> None:
    _recorded(workspace, entry, touch=workspace / "campaigns" / "late.toml")
    assert not entry.exists()


def test_a_changed_workspace_is_not_replayed(workspace: Path, entry: Path) -> None:
    _recorded(workspace, entry)
    assert replayed(RANK)
    _edit(workspace / "workspace.toml", "=", " =")
    assert not replayed(RANK)


@given(st.binary(max_size=400))
def test_a_damaged_entry_is_never_replayed_nor_an_error(tail: bytes) -> None:
    lines = (output_cache._FIRST_LINE + tail).split(b"\n")
    assert output_cache._inputs_unchanged(lines[1:]) in (True, False)
    if not tail.startswith(b"root ") or b"\ntree " not in tail:
        assert output_cache._inputs_unchanged(lines[1:]) is False


def test_an_entry_that_is_a_pipe_is_not_waited_on(entry: Path) -> None:
    entry.parent.mkdir(parents=True)
    os.mkfifo(entry)
    assert not replayed(RANK)


def test_a_command_typed_in_a_folder_since_removed_is_run_not_kept(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    assert output_cache._entry_file(RANK) is None
    assert replayed(RANK) is False
    assert recording_for(RANK) is None
