"""Every change made through a writable Workspace is in the change log, with the files it
wrote, all or nothing; files changed outside the program are recorded on the next open."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve
from tests.conftest import BLOC

from emulation_cli import main
from emulation_core import (
    AuditLogError,
    CriterionEntry,
    Leadership,
    PluginRegistry,
    ValidationError,
    Workspace,
    read_chain,
    sample_workspace_path,
    verify_workspace,
)
from emulation_core.actor import AS_VAR, CONFIG_VAR, Actor, Role
from emulation_core.audit import HEAD_FILE, LOG_FILE
from emulation_core.journal import JOURNAL

AN = Actor("Nguyễn Văn An", Role.LEAD)
BINH = Actor("Trần Thị Bình", Role.DEPUTY)


def kinds(root: Path, start: int = 0) -> list[tuple[str, str, str, str | None, str | None]]:
    entries, _, broken = read_chain(root)
    assert broken is None
    return [(e.change.kind, e.change.code or e.change.member, e.change.field, e.change.old,
             e.change.new) for e in entries[start:]]


def count(root: Path) -> int:
    return read_chain(root)[1].count


def test_a_new_workspace_logs_every_save_with_who(make_ws: Callable[[], Path],
                                                  registry: PluginRegistry) -> None:
    root = make_ws()
    assert kinds(root)[0] == ("bloc.created", "", "", None, BLOC.name)
    assert ("campaign.created", "", "", None, "Tổng kết năm 2018") in kinds(root)
    assert ("submission.self", "1.3", "self", None, "9.50") in kinds(root)
    before = count(root)
    with Workspace.open(root, writable=True, registry=registry, actor=BINH) as ws:
        assert ws.actor == BINH
        sub = ws.submissions("c2018")["hoi-b"]
        ws.save_submission(evolve(sub, values={**sub.values, "members": Decimal(30)},
                                  entries={"1.3": CriterionEntry(Decimal(8), Decimal(7),
                                                                 "hồ sơ thiếu")}))
    entries, _, _ = read_chain(root)
    assert kinds(root, before) == [  # a verified unit's figure edited: back to submitted
        ("submission.status", "hoi-b", "status", "verified", "submitted"),
        ("submission.value", "hoi-b", "members", "25", "30"),
        ("submission.verified", "1.3", "verified", "7.50", "7.00"),
        ("submission.reason", "1.3", "reason", "thiếu minh chứng", "hồ sơ thiếu"),
    ]
    assert {e.by for e in entries[before:]} == {BINH}
    assert entries[-2].change.reason == "hồ sơ thiếu"  # the verifier's reason
    assert list(entries[-1].change.files) == ["campaigns/c2018/submissions/hoi-b.toml"]
    assert verify_workspace(root).ok


def test_bloc_campaign_and_removal_are_logged(make_ws: Callable[[], Path],
                                             registry: PluginRegistry) -> None:
    root = make_ws()
    before = count(root)
    with Workspace.open(root, writable=True, registry=registry, actor=AN) as ws:
        ws.save_campaign(evolve(ws.campaign("c2018"), title="Năm 2018",
                                targets={**ws.campaign("c2018").targets,
                                         "hoi-a": {"members": Decimal(12)}}))
        ws.save_bloc(evolve(ws.bloc, name="Khối mới"))
        ws.remove_member("hoi-c")
        ws.delete_submission("c2018", "hoi-a")
        ws.lock_campaign("c2018", reason="họp khối")
        locked_total = ws.lock_state("c2018").finals["hoi-b"]
    assert kinds(root, before) == [
        ("campaign.setting", "", "title", "Tổng kết năm 2018", "Năm 2018"),
        ("target.set", "hoi-a", "members", "10", "12"),
        ("bloc.setting", "", "name", BLOC.name, "Khối mới"),
        ("member.removed", "hoi-c", "", "Hội Ca Dao", None),
        ("submission.deleted", "hoi-a", "", "submitted", None),
        ("submission.status", "hoi-b", "status", "verified", "locked"),
        ("campaign.locked", "", "", None, f"hoi-a=0, hoi-b={locked_total}"),
    ]
    assert verify_workspace(root).ok


def test_a_hand_edit_is_detected_and_recorded_on_the_next_writable_open(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    path = root / "campaigns" / "c2018" / "submissions" / "hoi-a.toml"
    path.write_text(path.read_text("utf-8").replace("members = 8", "members = 9"), "utf-8")
    (broken_file,) = verify_workspace(root).files
    assert broken_file.file == "campaigns/c2018/submissions/hoi-a.toml"
    before = count(root)
    with Workspace.open(root, registry=registry):  # reading records nothing
        pass
    assert count(root) == before
    with Workspace.open(root, writable=True, registry=registry, actor=AN) as ws:
        assert ws.submissions("c2018")["hoi-a"].values["members"] == 9
    (entry,) = read_chain(root)[0][before:]
    assert (entry.change.kind, entry.change.field, entry.by.role) == (
        "file.outside", "campaigns/c2018/submissions/hoi-a.toml", Role.OUTSIDE)
    assert entry.change.old != entry.change.new and "Nguyễn Văn An" in entry.change.reason
    assert verify_workspace(root).ok


def test_a_workspace_without_a_log_gets_a_baseline(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    for name in (LOG_FILE, HEAD_FILE):  # as if made before the change log existed
        (root / name).unlink()
    with Workspace.open(root):
        pass
    assert not (root / LOG_FILE).exists()  # read-only: nothing written
    with Workspace.open(root, writable=True, actor=AN):
        pass
    (baseline,) = read_chain(root)[0]
    assert baseline.change.kind == "baseline" and baseline.by == AN
    assert len(baseline.change.files) == sum(1 for _ in root.rglob("*.toml"))
    assert verify_workspace(root).ok


def test_a_broken_tail_refuses_writing_but_not_reading(
        make_ws: Callable[[], Path], registry: PluginRegistry,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    lines = (root / LOG_FILE).read_bytes().splitlines(keepends=True)
    (root / LOG_FILE).write_bytes(b"".join(lines[:-1]))  # the last entry removed
    with pytest.raises(AuditLogError, match=f"{LOG_FILE}:{len(lines)}: is missing"):
        Workspace.open(root, writable=True, registry=registry)
    with Workspace.open(root, registry=registry) as ws:
        assert ws.scoreboard("c2018").score("hoi-a").total > 0
    assert main(["audit", "verify", str(root)]) == 2
    assert f"{LOG_FILE}:{len(lines)}: " in " ".join(capsys.readouterr().err.split())
    with Workspace.open(root, registry=registry):  # the lock was released by the refusal
        pass


def test_an_edit_inside_the_log_stays_evident_after_more_changes(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    lines = (root / LOG_FILE).read_bytes().splitlines(keepends=True)
    lines[1] = lines[1].replace(b'"seq":2', b'"seq":7')
    (root / LOG_FILE).write_bytes(b"".join(lines))
    with Workspace.open(root, writable=True, registry=registry) as ws:  # checks the tail only
        ws.save_bloc(evolve(ws.bloc, description="sau"))
    result = verify_workspace(root)
    assert result.broken is not None and result.broken.line == 2
    assert len((root / LOG_FILE).read_bytes().splitlines()) == len(lines) + 1


def test_the_actor_comes_from_the_environment(make_ws: Callable[[], Path],
                                              registry: PluginRegistry, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_ws()
    monkeypatch.setenv(CONFIG_VAR, str(tmp_path / "config"))
    monkeypatch.setenv(AS_VAR, "member:Lê Văn Cường")
    with Workspace.open(root, writable=True, registry=registry) as ws:
        ws.save_bloc(evolve(ws.bloc, description="Mô tả"))
    assert read_chain(root)[0][-1].by == Actor("Lê Văn Cường", Role.MEMBER)


def test_a_failed_step_writes_nothing(make_ws: Callable[[], Path], registry: PluginRegistry,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import emulation_core.trail as trail

    root = make_ws()
    files = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}

    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    with Workspace.open(root, writable=True, registry=registry) as ws:
        monkeypatch.setattr(trail, "commit", refuse)
        with pytest.raises(OSError, match="No space"):
            ws.remove_member("hoi-c")
        monkeypatch.undo()
        ws.save_bloc(evolve(ws.bloc, description="sau lỗi"))  # the next save still works
    after = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    assert {p for p in files if files[p] != after.get(p)} == {
        root / "workspace.toml", root / LOG_FILE, root / "audit-head.json"}
    assert verify_workspace(root).ok


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to kill a child")
def test_remove_member_killed_at_every_step_is_all_or_nothing(
        make_ws: Callable[[], Path], registry: PluginRegistry, tmp_path: Path) -> None:
    from tests.core.test_journal import exit_at_call, in_child

    pristine = make_ws()
    with Workspace.open(pristine, writable=True, registry=registry) as ws:
        ws.save_bloc(evolve(ws.bloc, leadership=(Leadership(2018, "hoi-b", "hoi-c"),)))
    root = tmp_path / "crashed"
    files = ("campaigns/c2018/targets.toml", "campaigns/c2018/submissions/hoi-a.toml",
             "workspace.toml")

    def contents() -> tuple[bytes | None, ...]:
        return tuple((root / f).read_bytes() if (root / f).exists() else None for f in files)

    outcomes = []
    for number in range(1, 400):
        shutil.rmtree(root, ignore_errors=True)
        shutil.copytree(pristine, root)
        old = contents()

        def crash_midway(number: int = number) -> None:
            ws = Workspace.open(root, writable=True, registry=registry)
            exit_at_call(number)
            ws.remove_member("hoi-a")

        _, status = os.waitpid(in_child(crash_midway), 0)
        code = os.waitstatus_to_exitcode(status)
        assert code in (0, 9), "the child failed"
        with Workspace.open(root, writable=True, registry=registry) as ws:
            assert not (root / JOURNAL).exists()
            now = contents()
            removed = ws.bloc.member("hoi-a") is None
            assert all(a != b for a, b in zip(old, now, strict=True)) if removed \
                else now == old, "some files changed, others not"
            assert all(e.change.kind != "file.outside" for e in read_chain(root)[0])
            assert verify_workspace(root).ok
        outcomes.append(removed)
        if code == 0:
            break
    else:
        pytest.fail("the removal never completed")
    assert outcomes[-1] and outcomes.count(False) > 5 and outcomes.count(True) > 5


def test_an_interrupted_change_is_a_warning_when_read_and_finished_when_written(
        make_ws: Callable[[], Path], registry: PluginRegistry,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = make_ws()
    (root / JOURNAL).mkdir()
    (root / JOURNAL / "0.bin").write_bytes(b"never committed")
    with Workspace.open(root, registry=registry) as ws:
        (warning,) = [w for w in ws.warnings if w.file == JOURNAL]
        assert "cut off midway" in warning.message and "open the workspace for" in warning.hint
    assert not verify_workspace(root).ok and verify_workspace(root).pending
    assert main(["audit", "verify", str(root)]) == 2
    assert "a change is being saved, or was cut off midway" in " ".join(
        capsys.readouterr().err.split())
    with Workspace.open(root, writable=True, registry=registry) as ws:
        assert all(w.file != JOURNAL for w in ws.warnings)
    assert not (root / JOURNAL).exists() and verify_workspace(root).ok


def test_init_as_records_who_created_the_workspace(tmp_path: Path) -> None:
    assert main(["init", str(tmp_path / "new"), "--as", "truong-khoi:Nguyễn Văn An"]) == 0
    (entry,) = read_chain(tmp_path / "new")[0]
    assert entry.change.kind == "bloc.created" and entry.by == AN
    assert list(entry.change.files) == ["workspace.toml"]
    assert verify_workspace(tmp_path / "new").ok


def test_a_transaction_is_one_step_with_its_reason(make_ws: Callable[[], Path],
                                                   registry: PluginRegistry) -> None:
    root = make_ws()
    before = count(root)
    ws = Workspace.open(root, writable=True, registry=registry, actor=AN)
    with ws, ws.transaction(reason="Họp khối ngày 15/7"):
        ws.save_campaign(evolve(ws.campaign("c2018"), title="Năm 2018"))
        ws.save_bloc(evolve(ws.bloc, description="Sau họp"))
        assert not (root / LOG_FILE).read_bytes().count(b"Sau h")  # not yet written
    entries = read_chain(root)[0][before:]
    assert [e.change.kind for e in entries] == ["campaign.setting", "bloc.setting"]
    assert {e.change.reason for e in entries} == {"Họp khối ngày 15/7"}
    assert set(entries[-1].change.files) == {"workspace.toml", "campaigns/c2018/campaign.toml"}


def test_a_failed_transaction_saves_nothing_and_restores_memory(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    files = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    with Workspace.open(root, writable=True, registry=registry) as ws:
        sub = ws.submissions("c2018")["hoi-a"]
        board = ws.scoreboard("c2018")
        with pytest.raises(ValidationError), ws.transaction():
            ws.save_campaign(evolve(ws.campaign("c2018"), title="Năm 2018"))
            ws.delete_submission("c2018", "hoi-a")
            ws.save_bloc(evolve(ws.bloc, members=()))  # refused: members have data
        assert ws.campaign("c2018").title == "Tổng kết năm 2018"
        assert ws.submissions("c2018")["hoi-a"] == sub
        assert board.score("hoi-a").total == ws.scoreboard("c2018").score("hoi-a").total
    assert files == {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
