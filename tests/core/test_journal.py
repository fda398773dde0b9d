"""Changes to several files are all-or-nothing across a crash: the process is killed at random
moments and at every step of a change, and after recovery every file is old or every file is
new, and the change log agrees with the files."""

from __future__ import annotations

import json
import os
import random
import signal
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from emulation_core.actor import Actor, Role
from emulation_core.audit import read_chain
from emulation_core.change import Change
from emulation_core.errors import EmulationError, UnsafePathError
from emulation_core.journal import JOURNAL, Append, Remove, Replace, commit, recover
from emulation_core.trail import AuditTrail, tracked_files, verify_workspace

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to kill a child")

FILES = ("workspace.toml", "campaigns/c1/campaign.toml", "campaigns/c1/submissions/hoi-a.toml")
AN = Actor("Nguyễn Văn An", Role.LEAD)


def content(path: str, generation: int) -> bytes:
    return f"# {path}\ngeneration = {generation}\n".encode() + b"x" * (generation % 7 * 300)


def generation_of(root: Path, path: str) -> int:
    line = (root / path).read_text("utf-8").splitlines()[1]
    return int(line.split(" = ")[1])


def make_workspace(root: Path) -> None:
    for path in FILES:
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / path).write_bytes(content(path, 0))
    AuditTrail.start(root, AN)


def one_change(trail: AuditTrail, root: Path) -> None:
    """Move every file to the next generation, logged as one change."""
    generation = generation_of(root, FILES[0]) + 1
    trail.record([Change("test.generation", old=str(generation - 1), new=str(generation))],
                 [Replace(p, content(p, generation)) for p in FILES])


def check_all_or_nothing(root: Path) -> int:
    """Recover as the next open does; every file at one generation, and the log agrees."""
    AuditTrail.start(root, AN)
    assert not os.path.lexists(root / JOURNAL)
    generations = {generation_of(root, p) for p in FILES}
    assert len(generations) == 1, f"files at different generations: {generations}"
    (generation,) = generations
    entries, _, broken = read_chain(root)
    assert broken is None
    assert all(e.change.kind != "file.outside" for e in entries), "log and files disagree"
    last = entries[-1].change
    assert (last.new if last.kind == "test.generation" else "0") == str(generation)
    assert verify_workspace(root).ok
    return generation


def in_child(work: Callable[[], None]) -> int:
    """Run ``work`` in a forked child; its pid."""
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        code = 0
        try:
            work()
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    return pid


def test_killed_at_random_moments(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    rng = random.Random(20261204)
    midway = 0
    for _ in range(40):
        def forever() -> None:
            trail = AuditTrail.start(tmp_path, AN)
            while True:
                one_change(trail, tmp_path)

        pid = in_child(forever)
        time.sleep(rng.uniform(0.005, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        midway += os.path.lexists(tmp_path / JOURNAL)
        check_all_or_nothing(tmp_path)
    assert generation_of(tmp_path, FILES[0]) > 0  # the children did make progress
    assert midway > 0  # some kills fell inside a change


_STEPS = ("open", "write", "fsync", "replace", "ftruncate", "unlink", "rmdir", "mkdir")


def exit_at_call(number: int) -> None:
    """Make this process end, as a crash would, at its ``number``-th file-system call."""
    calls = 0
    for name in _STEPS:
        real = getattr(os, name)

        def patched(*args: Any, _real: Any = real, **kwargs: Any) -> Any:
            nonlocal calls
            calls += 1
            if calls == number:
                os._exit(9)
            return _real(*args, **kwargs)

        setattr(os, name, patched)


def test_killed_at_every_step_of_a_change(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    outcomes = []
    for number in range(1, 200):
        before = check_all_or_nothing(tmp_path)
        trail = AuditTrail.start(tmp_path, AN)

        def crash_midway(trail: AuditTrail = trail, number: int = number) -> None:
            exit_at_call(number)
            one_change(trail, tmp_path)

        _, status = os.waitpid(in_child(crash_midway), 0)
        after = check_all_or_nothing(tmp_path)
        assert after in (before, before + 1)
        outcomes.append(after - before)
        if os.waitstatus_to_exitcode(status) == 0:  # the change ran to its end
            assert after == before + 1
            break
    else:
        pytest.fail("the change never completed")
    assert 0 in outcomes and outcomes.count(1) > 1  # crashes fell before and after commit


@pytest.fixture
def root(tmp_path: Path) -> Iterator[Path]:
    (tmp_path / "a.toml").write_bytes(b"old a")
    (tmp_path / "log").write_bytes(b"one\n")
    yield tmp_path


def test_commit_applies_every_operation(root: Path) -> None:
    commit(root, [Replace("a.toml", b"new a"), Replace("sub/b.toml", b"new b"),
                  Append("log", 4, b"two\n"), Remove("missing.toml")])
    assert (root / "a.toml").read_bytes() == b"new a"
    assert (root / "sub" / "b.toml").read_bytes() == b"new b"
    assert (root / "log").read_bytes() == b"one\ntwo\n"
    assert not (root / JOURNAL).exists()
    assert recover(root) is None


def stage_only(root: Path, operations: list[Any]) -> dict[str, Any]:
    """A committed journal whose changes were never applied (a crash right after commit)."""
    import emulation_core.journal as journal

    applied: dict[str, Any] = {}
    original = journal._replay
    journal._replay = lambda r, f, records: applied.update(records=records)  # type: ignore
    try:
        commit(root, operations)
    finally:
        journal._replay = original
    return applied


def test_a_committed_journal_is_replayed_and_replay_is_idempotent(root: Path) -> None:
    stage_only(root, [Replace("a.toml", b"new a"), Append("log", 4, b"two\n"),
                      Remove("a.toml.bak")])
    assert (root / "a.toml").read_bytes() == b"old a"
    (root / "log").write_bytes(b"one\ntw")  # an append cut short by the crash
    assert recover(root) == "replayed"
    assert (root / "a.toml").read_bytes() == b"new a"
    assert (root / "log").read_bytes() == b"one\ntwo\n"
    assert not (root / JOURNAL).exists()


def test_an_uncommitted_journal_is_discarded(root: Path) -> None:
    (root / JOURNAL).mkdir()
    (root / JOURNAL / "0.bin").write_bytes(b"new a")
    assert recover(root) == "discarded"
    assert (root / "a.toml").read_bytes() == b"old a" and not (root / JOURNAL).exists()


def test_a_second_change_waits_for_recovery(root: Path) -> None:
    (root / JOURNAL).mkdir()
    with pytest.raises(EmulationError, match="unfinished change"):
        commit(root, [Replace("a.toml", b"x")])


@pytest.mark.parametrize("tamper", [
    lambda m: m.update(operations="x"),
    lambda m: m["operations"][0].update(path="../outside"),
    lambda m: m["operations"][0].update(sha256="0" * 64),
    lambda m: m["operations"][0].update(op="chmod"),
    lambda m: m["operations"][1].update(offset="4"),
])
def test_a_damaged_committed_journal_is_refused_not_guessed(
        root: Path, tamper: Callable[[dict[str, Any]], None]) -> None:
    stage_only(root, [Replace("a.toml", b"new a"), Append("log", 4, b"two\n")])
    manifest = root / JOURNAL / "manifest.json"
    data = json.loads(manifest.read_bytes())
    tamper(data)
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(EmulationError):
        recover(root)
    assert (root / JOURNAL).exists()  # kept for a person to look at
    assert not (root.parent / "outside").exists()


def test_an_append_to_a_shortened_file_is_refused(root: Path) -> None:
    stage_only(root, [Append("log", 4, b"two\n")])
    (root / "log").write_bytes(b"on")
    with pytest.raises(EmulationError, match="shorter"):
        recover(root)


def test_tracked_files_ignore_the_journal(root: Path) -> None:
    before = tracked_files(root)
    stage_only(root, [Replace("a.toml", b"new a"), Replace("b.toml", b"new b")])
    assert list(before) == ["a.toml"] and tracked_files(root) == before


def test_without_o_nofollow_and_o_directory_as_on_windows(
        root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_NOFOLLOW", raising=False)
    monkeypatch.delattr(os, "O_DIRECTORY", raising=False)
    commit(root, [Replace("a.toml", b"new a"), Append("log", 4, b"two\n"),
                  Append("new.log", 0, b"first\n"), Remove("a.toml.bak")])
    assert (root / "log").read_bytes() == b"one\ntwo\n"
    assert (root / "new.log").read_bytes() == b"first\n"
    outside = root.parent / "outside.txt"
    outside.write_bytes(b"keep")
    (root / "linked.log").symlink_to(outside)
    with pytest.raises(UnsafePathError, match="symbolic link"):
        commit(root, [Append("linked.log", 4, b"more")])
    assert outside.read_bytes() == b"keep"


def test_a_log_replaced_by_a_link_is_never_written_through(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    trail = AuditTrail.start(tmp_path, AN)
    outside = tmp_path.parent / f"{tmp_path.name}-outside.jsonl"
    outside.write_bytes((tmp_path / "audit.jsonl").read_bytes())
    (tmp_path / "audit.jsonl").unlink()
    (tmp_path / "audit.jsonl").symlink_to(outside)
    before = outside.read_bytes()
    with pytest.raises(UnsafePathError):
        one_change(trail, tmp_path)
    assert outside.read_bytes() == before
    assert not (tmp_path / JOURNAL).exists()  # refused before anything was written
    assert generation_of(tmp_path, FILES[0]) == 0
    with pytest.raises(EmulationError, match=r"audit\.jsonl: cannot be read .*outside"):
        AuditTrail.start(tmp_path, AN)
    assert outside.read_bytes() == before


def test_a_journal_that_is_not_a_folder_is_refused(root: Path) -> None:
    (root / JOURNAL).write_bytes(b"x")
    with pytest.raises(UnsafePathError, match="is not a folder"):
        recover(root)
    assert (root / JOURNAL).read_bytes() == b"x"
