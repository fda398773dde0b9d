"""Workspace files: load, save, atomic writes, the writer lock, stale files."""

from __future__ import annotations

import os
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve

from emulation_core import (
    EmulationError,
    PluginRegistry,
    StaleWriteError,
    Workspace,
    WorkspaceLockedError,
    WorkspaceNotFoundError,
)


def test_open_scores_and_ranks(make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), registry=registry) as ws:
        board = ws.scoreboard("c2018")
        a, b = board.score("hoi-a"), board.score("hoi-b")
        # hoi-a: 8/10 of 6 = 4.80, plan 4, judged self 9.5, late -1 → 17.30
        assert a.total == Decimal("17.30")
        # hoi-b: capped 6, plan 4, verified 7.5, bonus 10 → 27.50
        assert b.total == Decimal("27.50")
        assert [r.score.member.id for r in board.ranking][:2] == ["hoi-b", "hoi-a"]
        assert board.score("hoi-c").status.value == "missing"
        assert board.score("hoi-c").total == 0


def test_save_rewrites_only_the_changed_file(make_ws: Callable[[], Path],
                                             registry: PluginRegistry) -> None:
    root = make_ws()
    files = sorted(p for p in root.rglob("*.toml"))
    before = {p: p.stat().st_mtime_ns for p in files}
    with Workspace.open(root, writable=True, registry=registry) as ws:
        sub = ws.submissions("c2018")["hoi-a"]
        ws.save_submission(evolve(sub, values={**sub.values, "members": Decimal(9)}))
    changed = [p.name for p in files if p.stat().st_mtime_ns != before[p]]
    assert changed == ["hoi-a.toml"]
    with Workspace.open(root, registry=registry) as ws:
        assert ws.submissions("c2018")["hoi-a"].values["members"] == 9
        assert ws.submissions("c2018")["hoi-a"].updated_at is not None


def test_second_writer_is_refused_and_read_only_cannot_save(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry):
        with pytest.raises(WorkspaceLockedError, match="open for writing by process"):
            Workspace.open(root, writable=True, registry=registry)
        reader = Workspace.open(root, registry=registry)
        assert reader.read_only
        with pytest.raises(EmulationError, match="read-only"):
            reader.save_submission(reader.submissions("c2018")["hoi-a"])
    # the lock goes with its holder
    Workspace.open(root, writable=True, registry=registry).close()


def test_file_changed_on_disk_is_not_overwritten(make_ws: Callable[[], Path],
                                                 registry: PluginRegistry) -> None:
    root = make_ws()
    path = root / "campaigns" / "c2018" / "submissions" / "hoi-a.toml"
    with Workspace.open(root, writable=True, registry=registry) as ws:
        path.write_text(path.read_text(encoding="utf-8") + "\n# edited by hand\n",
                        encoding="utf-8")
        sub = ws.submissions("c2018")["hoi-a"]
        with pytest.raises(StaleWriteError):
            ws.save_submission(evolve(sub, values={**sub.values, "plan": Decimal(0)}))
    assert path.read_text(encoding="utf-8").endswith("# edited by hand\n")


def test_atomic_save_leaves_no_temp_files(make_ws: Callable[[], Path]) -> None:
    root = make_ws()
    assert not [p for p in root.rglob("*.tmp")]
    assert (root / ".emulation.lock").exists()


def test_not_a_workspace(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceNotFoundError, match="emulation init"):
        Workspace.open(tmp_path)


def test_create_refuses_non_empty_folder(tmp_path: Path, registry: PluginRegistry) -> None:
    (tmp_path / "keep.txt").write_text("x")
    from tests.conftest import BLOC

    with pytest.raises(EmulationError, match="not empty"):
        Workspace.create(tmp_path, BLOC, registry)
    assert os.listdir(tmp_path) == ["keep.txt"]


def test_locked_submission_cannot_change_until_unlocked(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    from emulation_core import Status

    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        with pytest.raises(EmulationError, match="only the whole campaign"):
            ws.save_submission(evolve(ws.submissions("c2018")["hoi-b"], status=Status.LOCKED))
        for member, sub in ws.submissions("c2018").items():
            if sub.status is not Status.VERIFIED:
                ws.verify_submission("c2018", member)
        ws.lock_campaign("c2018")
        sub = ws.submissions("c2018")["hoi-b"]
        assert sub.status is Status.LOCKED
        changed = evolve(sub, values={**sub.values, "members": Decimal(1)})
        with pytest.raises(EmulationError, match="locked"):
            ws.save_submission(changed)
        ws.unlock_campaign("c2018", "sai số liệu")
        unlocked = ws.submissions("c2018")["hoi-b"]
        assert unlocked.status is Status.VERIFIED
        saved = ws.save_submission(evolve(unlocked, values=changed.values))
        assert saved.values["members"] == 1
        assert saved.status is Status.SUBMITTED  # an edited verified unit is verified again


def test_scores_finer_than_the_precision_are_refused(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    from emulation_core import CriterionEntry, ValidationError

    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        sub = ws.submissions("c2018")["hoi-a"]
        finer = evolve(sub, entries={"1.3": CriterionEntry(Decimal("7.333"))})
        assert any("precision 0.01" in m for m in ws.check_submission(finer))
        with pytest.raises(ValidationError):
            ws.save_submission(finer)


def test_remove_member_takes_its_data_and_the_workspace_still_opens(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    from attrs import evolve as change

    from emulation_core import ValidationError

    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        with pytest.raises(EmulationError, match="lead or deputy in 2018"):
            ws.remove_member("hoi-b")
        without_b = change(ws.bloc, leadership=(), members=tuple(
            m for m in ws.bloc.members if m.id != "hoi-b"))
        with pytest.raises(ValidationError, match="has submissions or targets"):
            ws.save_bloc(without_b)
        ws.save_bloc(change(ws.bloc, leadership=()))
        ws.remove_member("hoi-b")
        assert ws.bloc.member("hoi-b") is None
    assert not (root / "campaigns/c2018/submissions/hoi-b.toml").exists()
    with Workspace.open(root, registry=registry) as ws:
        assert [m.id for m in ws.bloc.members] == ["hoi-a", "hoi-c"]
        assert "hoi-b" not in ws.campaign("c2018").targets


def test_delete_submission_makes_the_member_missing_again(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        ws.delete_submission("c2018", "hoi-a")
        assert ws.scoreboard("c2018").score("hoi-a").status.value == "missing"
    with Workspace.open(root, registry=registry) as ws:
        assert "hoi-a" not in ws.submissions("c2018")


def test_a_failing_derive_hook_is_a_warning_not_a_crash(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    from emulation_core import Scoreboard

    def boom(values: object) -> dict[str, Decimal]:
        raise ZeroDivisionError("no members")

    with Workspace.open(make_ws(), registry=registry) as ws:
        plain = ws.scoreboard("c2018")
        tables = {t: ws.table_for("c2018", t) for t in ("alpha", "beta")}
        board = Scoreboard(ws.bloc, ws.campaign("c2018"), tables, ws.submissions("c2018"),
                           {"alpha": boom})
    assert any("derived indicators failed" in str(w) and "hoi-a" in str(w)
               for w in board.warnings)
    assert board.score("hoi-a").total == plain.score("hoi-a").total


def test_atomic_write_keeps_permissions(tmp_path: Path) -> None:
    from emulation_core import atomic_write

    new = tmp_path / "new.toml"
    atomic_write(new, b"a = 1\n")
    assert new.stat().st_mode & 0o777 == 0o644
    new.chmod(0o664)
    atomic_write(new, b"a = 2\n")
    assert new.read_bytes() == b"a = 2\n"
    assert new.stat().st_mode & 0o777 == 0o664
