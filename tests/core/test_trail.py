"""Recording changes with their files, the baseline, and files changed outside the program."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from emulation_core.actor import Actor, Role
from emulation_core.audit import HEAD_FILE, LOG_FILE, AuditLogError, read_chain
from emulation_core.change import Change
from emulation_core.errors import UnsafePathError
from emulation_core.journal import Remove, Replace
from emulation_core.trail import AuditTrail, tracked_files, verify_workspace

AN = Actor("Nguyễn Văn An", Role.LEAD)
AT = dt.datetime(2026, 3, 1, 8, 30, tzinfo=dt.UTC)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    (tmp_path / "workspace.toml").write_bytes(b"schema_version = 1\n")
    sub = tmp_path / "campaigns" / "c1" / "submissions"
    sub.mkdir(parents=True)
    (tmp_path / "campaigns" / "c1" / "campaign.toml").write_bytes(b"title = 'A'\n")
    (sub / "hoi-a.toml").write_bytes(b"status = 'draft'\n")
    (tmp_path / "exports").mkdir()
    (tmp_path / "exports" / "rank.toml").write_bytes(b"not tracked")
    (tmp_path / ".hidden.toml").write_bytes(b"not tracked")
    return tmp_path


def start(root: Path) -> AuditTrail:
    return AuditTrail.start(root, AN, clock=lambda: AT)


def test_tracked_files_are_the_data_files(ws: Path) -> None:
    assert tracked_files(ws) == {
        "campaigns/c1/campaign.toml": sha(b"title = 'A'\n"),
        "campaigns/c1/submissions/hoi-a.toml": sha(b"status = 'draft'\n"),
        "workspace.toml": sha(b"schema_version = 1\n"),
    }


def test_a_workspace_without_a_log_starts_with_a_baseline(ws: Path) -> None:
    trail = start(ws)
    entries, state, broken = read_chain(ws)
    assert broken is None and state.count == 1 and trail.head == state.head
    (baseline,) = entries
    assert baseline.change.kind == "baseline" and baseline.by == AN
    assert dict(baseline.change.files) == tracked_files(ws)
    assert verify_workspace(ws).ok


def test_record_writes_files_and_their_hashes_together(ws: Path) -> None:
    trail = start(ws)
    trail.record([Change("submission.status", campaign="c1", member="hoi-a", field="status",
                         old="draft", new="submitted"),
                  Change("submission.value", campaign="c1", member="hoi-a", field="members",
                         old=None, new="12")],
                 [Replace("campaigns/c1/submissions/hoi-a.toml", b"status = 'submitted'\n"),
                  Remove("campaigns/c1/campaign.toml")])
    assert (ws / "campaigns/c1/submissions/hoi-a.toml").read_bytes() == b"status = 'submitted'\n"
    assert not (ws / "campaigns/c1/campaign.toml").exists()
    entries, state, _ = read_chain(ws)
    assert [e.change.kind for e in entries] == ["baseline", "submission.status",
                                                "submission.value"]
    assert entries[1].change.files == {}
    assert entries[2].change.files == {
        "campaigns/c1/campaign.toml": None,
        "campaigns/c1/submissions/hoi-a.toml": sha(b"status = 'submitted'\n")}
    assert "campaigns/c1/campaign.toml" not in state.files
    assert verify_workspace(ws).ok
    assert not (ws / ".emulation.journal").exists()


def test_files_written_without_a_described_change_are_still_logged(ws: Path) -> None:
    trail = start(ws)
    trail.record([], [Replace("workspace.toml", b"schema_version = 1\n# note\n")])
    entries, _, _ = read_chain(ws)
    assert entries[-1].change.kind == "files.written"
    assert verify_workspace(ws).ok


def test_a_hand_edit_is_reported_by_verify_and_recorded_on_the_next_start(ws: Path) -> None:
    start(ws)
    (ws / "campaigns/c1/submissions/hoi-a.toml").write_bytes(b"status = 'verified'\n")
    (ws / "campaigns/c1/submissions/hoi-b.toml").write_bytes(b"status = 'draft'\n")
    (ws / "campaigns/c1/campaign.toml").unlink()
    result = verify_workspace(ws)
    assert not result.ok and result.broken is None
    assert [(p.file, p.message.split(" ")[0]) for p in result.files] == [
        ("campaigns/c1/campaign.toml", "was"),
        ("campaigns/c1/submissions/hoi-a.toml", "changed"),
        ("campaigns/c1/submissions/hoi-b.toml", "is"),
    ]
    assert "entry 1" in result.files[1].message
    start(ws)
    entries, _, _ = read_chain(ws)
    outside = entries[1:]
    assert [(e.change.kind, e.change.field, e.by.role) for e in outside] == [
        ("file.outside", "campaigns/c1/campaign.toml", Role.OUTSIDE),
        ("file.outside", "campaigns/c1/submissions/hoi-a.toml", Role.OUTSIDE),
        ("file.outside", "campaigns/c1/submissions/hoi-b.toml", Role.OUTSIDE),
    ]
    assert outside[0].change.new is None and outside[2].change.old is None
    assert outside[1].change.new == sha(b"status = 'verified'\n")
    assert "Nguyễn Văn An" in outside[1].change.reason
    assert verify_workspace(ws).ok
    start(ws)  # nothing new: nothing recorded
    assert read_chain(ws)[1].count == 4


def test_a_broken_log_stops_the_trail(ws: Path) -> None:
    start(ws)
    (ws / HEAD_FILE).unlink()
    with pytest.raises(AuditLogError, match=HEAD_FILE):
        start(ws)
    assert len((ws / LOG_FILE).read_bytes().splitlines()) == 1  # nothing appended


def test_a_journal_path_outside_the_workspace_is_refused(ws: Path) -> None:
    trail = start(ws)
    with pytest.raises(UnsafePathError, match="not a path inside"):
        trail.record([Change("x")], [Replace("../escape.toml", b"")])
    assert not (ws.parent / "escape.toml").exists()
    assert verify_workspace(ws).ok
