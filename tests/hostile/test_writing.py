"""Writing never follows a link, cleans up after killed saves, and works without POSIX calls."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
import tomli
from attrs import evolve

from emulation_core import (
    PluginRegistry,
    UnsafePathError,
    Workspace,
    WorkspaceLockedError,
    atomic_write,
    fsguard,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX links and pipes")
VICTIM = b"a user's own file, not to be touched\n"


def subs_folder(root: Path) -> Path:
    return root / "campaigns" / "c2018" / "submissions"


def writable(root: Path) -> Workspace:
    return Workspace.open(root, writable=True, registry=PluginRegistry(found=[]))


def resave(ws: Workspace, member: str = "hoi-a") -> None:
    sub = ws.submissions("c2018")[member]
    ws.save_submission(evolve(sub, values={**sub.values, "members": sub.values["members"] + 1}))


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file outside the workspace that a link tries to make the program overwrite."""
    path = tmp_path / "outside" / "precious.txt"
    path.parent.mkdir()
    path.write_bytes(VICTIM)
    return path


@posix_only
def test_a_linked_lock_file_is_refused_and_its_target_kept(
        make_ws: Callable[[], Path], victim: Path) -> None:
    root = make_ws()
    (root / ".emulation.lock").unlink(missing_ok=True)
    (root / ".emulation.lock").symlink_to(victim)
    with pytest.raises(UnsafePathError, match=r"\.emulation\.lock: is a symbolic link"):
        writable(root)
    assert victim.read_bytes() == VICTIM


@posix_only
def test_a_linked_lock_file_is_refused_without_o_nofollow(
        make_ws: Callable[[], Path], victim: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_NOFOLLOW")
    root = make_ws()
    (root / ".emulation.lock").unlink(missing_ok=True)
    (root / ".emulation.lock").symlink_to(victim)
    with pytest.raises(UnsafePathError):
        writable(root)
    assert victim.read_bytes() == VICTIM


@posix_only
@pytest.mark.parametrize("name", ["submissions", "campaign"])
def test_a_folder_swapped_for_a_link_is_not_written_through(
        name: str, make_ws: Callable[[], Path], victim: Path) -> None:
    root = make_ws()
    folder = subs_folder(root) if name == "submissions" else subs_folder(root).parent
    with writable(root) as ws:
        shutil.copytree(folder, victim.parent, dirs_exist_ok=True)
        before = {p.name: p.read_bytes() for p in victim.parent.rglob("*") if p.is_file()}
        shutil.rmtree(folder)
        folder.symlink_to(victim.parent)  # after opening: as another program could
        with pytest.raises(UnsafePathError, match=r"symbolic link|leads outside"):
            resave(ws)
    assert {p.name: p.read_bytes() for p in victim.parent.rglob("*") if p.is_file()} == before


@posix_only
def test_a_linked_file_inside_the_workspace_is_not_replaced(
        make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    real = root / "hoi-a-real.toml"
    shutil.move(subs_folder(root) / "hoi-a.toml", real)
    (subs_folder(root) / "hoi-a.toml").symlink_to(real)
    kept = real.read_bytes()
    with writable(root) as ws, pytest.raises(UnsafePathError, match="symbolic link"):
        resave(ws)
    assert (subs_folder(root) / "hoi-a.toml").is_symlink()
    assert real.read_bytes() == kept


@posix_only
def test_an_exports_folder_linking_outside_is_refused(tmp_path: Path, victim: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "exports").symlink_to(victim.parent)
    with pytest.raises(UnsafePathError, match="exports: is a symbolic link"):
        atomic_write(root / "exports" / "precious.txt", b"ranking", root=root)
    assert victim.read_bytes() == VICTIM


STALE = [".hoi-a.toml.k2j_9xq1.tmp", ".campaign.toml.abcdefgh.tmp",
         ".workspace.toml.0a1b2c3d.tmp", ".emulation.writer.zzzzzzzz.tmp"]


def test_stale_temp_files_are_removed_when_opened_for_writing(
        make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    places = [subs_folder(root) / STALE[0], subs_folder(root).parent / STALE[1],
              root / STALE[2], root / STALE[3]]
    keep = [subs_folder(root) / "notes.tmp", root / ".hidden.tmp", root / "exports" / STALE[0]]
    for path in places + keep:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"half a save")
    Workspace.open(root, registry=PluginRegistry(found=[])).close()
    assert all(p.exists() for p in places), "a read-only open must not delete anything"
    writable(root).close()
    assert [p for p in places if p.exists()] == []
    assert all(p.exists() for p in keep)


KILLED_SAVER = """
import sys
from decimal import Decimal
from attrs import evolve
from emulation_core import PluginRegistry, Workspace
ws = Workspace.open(sys.argv[1], writable=True, registry=PluginRegistry(found=[]))
n = int(sys.argv[2])
while True:
    for member in ("hoi-a", "hoi-b"):
        sub = ws.submissions("c2018")[member]
        n += 1
        entry = evolve(sub.entry("1.3"), evidence="x" * (n % 5000))
        ws.save_submission(evolve(sub, values={**sub.values, "members": Decimal(n)},
                                  entries={**sub.entries, "1.3": entry}))
    if n == int(sys.argv[2]) + 2:
        print("saved", flush=True)  # both members saved once: the kill below lands mid-run
"""


@posix_only
def test_saves_killed_midway_corrupt_nothing_and_leave_no_temp_files(
        make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    for kill in range(6):
        start = kill * 100_000  # each run's figures tell its saves from the previous run's
        saver = subprocess.Popen([sys.executable, "-c", textwrap.dedent(KILLED_SAVER),
                                  str(root), str(start)], stdout=subprocess.PIPE, text=True)
        assert saver.stdout is not None and saver.stdout.readline() == "saved\n"
        time.sleep(0.01 + 0.03 * kill)
        saver.send_signal(signal.SIGKILL)
        saver.wait()
        with writable(root) as ws:  # the dead saver's lock went with it
            subs = ws.submissions("c2018")
            assert set(subs) == {"hoi-a", "hoi-b"}
            assert all(s.values["members"] > start for s in subs.values()), "no save ran"
        for path in root.rglob("*.toml"):
            tomli.loads(path.read_text("utf-8"))
        assert [p.name for p in root.rglob("*.tmp")] == []


def test_second_writer_is_refused_with_filelocks_fallback_lock(
        make_ws: Callable[[], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Where neither fcntl nor msvcrt exists, filelock falls back to a lock file of its own."""
    import filelock  # the workspace lock imports it when it first locks

    monkeypatch.setattr(filelock, "FileLock", filelock.SoftFileLock)
    root = make_ws()
    with writable(root), pytest.raises(WorkspaceLockedError, match=f"process {os.getpid()}"):
        writable(root)
    writable(root).close()


def test_atomic_write_without_fchmod_keeps_permissions(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "fchmod")  # Windows before Python 3.13
    path = tmp_path / "a.toml"
    atomic_write(path, b"a = 1\n")
    assert path.read_bytes() == b"a = 1\n"
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o644
        path.chmod(0o640)
        atomic_write(path, b"a = 2\n")
        assert path.stat().st_mode & 0o777 == 0o640


def test_saves_work_where_folders_cannot_be_opened(
        make_ws: Callable[[], Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(os, "O_DIRECTORY")  # Windows: no folder fsync
    opened: list[str] = []
    real_open = os.open

    def spy(path: str | os.PathLike[str], flags: int, *args: int, **kwargs: object) -> int:
        opened.append(str(path))
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    root = make_ws()
    monkeypatch.setattr(os, "open", spy)
    with writable(root) as ws:
        resave(ws)
    assert not [p for p in opened if os.path.isdir(p)]
    with Workspace.open(root, registry=PluginRegistry(found=[])) as ws:
        assert ws.submissions("c2018")["hoi-a"].values["members"] == Decimal(9)


@posix_only
def test_a_pipe_is_refused_even_without_o_nonblock(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fsguard, "_READ_FLAGS", os.O_RDONLY)
    os.mkfifo(tmp_path / "pipe.toml")
    with pytest.raises(UnsafePathError, match="named pipe"):
        fsguard.read_inside(tmp_path / "pipe.toml", tmp_path)


def test_every_name_the_library_writes_is_portable(make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    with writable(root) as ws:
        resave(ws)
        names = {p.name for p in root.rglob("*")}
    portable = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
    assert {n for n in names if not portable.match(n)} == set()
    assert {".emulation.lock", "workspace.toml"} <= names
