"""`emulation audit verify`, `audit log` and `audit whoami`."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from emulation_core import sample_workspace_path
from emulation_core.actor import AS_VAR, CONFIG_VAR, IDENTITY_FILE, Actor, Role
from emulation_core.audit import HEAD_FILE, LOG_FILE, read_chain
from emulation_core.change import Change
from emulation_core.trail import AuditTrail

from .clitools import run

AN = Actor("Nguyễn Văn An", Role.LEAD)
BINH = Actor("Trần Thị Bình", Role.MEMBER)



@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def without_log(root: Path) -> Path:
    """A copy of the sample as if made before the change log existed (the sample ships
    with its year's log)."""
    shutil.copytree(sample_workspace_path(), root)
    for name in (LOG_FILE, HEAD_FILE):
        (root / name).unlink()
    return root


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """The sample's files with a change log of a baseline and four changes."""
    root = without_log(tmp_path / "ws")
    days = iter(range(1, 10))

    def clock() -> dt.datetime:
        return dt.datetime(2018, 7, next(days), 9, 0, tzinfo=dt.UTC)

    trail = AuditTrail.start(root, AN, clock)
    trail.record([Change("submission.value", "2018-6-thang", "hoi-nha-bao", "", "members",
                         "10", "12")])
    trail.record([Change("submission.verified", "2018-6-thang", "hoi-nha-bao", "2.3",
                         "verified", None, "4.50", "Minh chứng chưa đầy đủ")])
    trail.record([Change("submission.self", "2018-ca-nam", "hoi-vhnt", "2.3", "self", "5.00",
                         "5.50")], by=BINH)
    trail.record([Change("member.changed", member="hoi-vhnt", field="name",
                         old="Hội VHNT", new="Hội Văn học Nghệ thuật")])
    return root


def test_verify_prints_the_head_and_count(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, state, _ = read_chain(ws)
    code, out, err = run(["audit", "verify", str(ws)], capsys)
    assert (code, err) == (0, "")
    assert f"5 entries, chain head {state.head}" in " ".join(out.split())


def test_the_sample_ships_its_years_log_and_a_changed_character_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries, state, _ = read_chain(sample_workspace_path())
    code, out, err = run(["audit", "verify", str(sample_workspace_path())], capsys)
    assert (code, err) == (0, "")
    assert f"{state.count} entries, chain head {state.head}" in " ".join(out.split())
    kinds = {e.change.kind for e in entries}  # the year: set-up to lock and deliberation
    assert {"bloc.created", "target.set", "registration.added", "registration.signed",
            "submission.status", "submission.correction", "campaign.locked",
            "awards.ballot"} <= kinds
    assert {e.by.role for e in entries} == {Role.LEAD, Role.MEMBER}
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    lines = (root / LOG_FILE).read_bytes().splitlines(keepends=True)
    middle = len(lines) // 2
    lines[middle] = lines[middle].replace(b'"seq"', b'"Seq"')
    (root / LOG_FILE).write_bytes(b"".join(lines))
    code, _, err = run(["audit", "verify", str(root)], capsys)
    assert code == 2 and f"{LOG_FILE}:{middle + 1}: " in err


@pytest.mark.parametrize(("tamper", "line"), [
    (lambda ls: [*ls[:2], ls[2].replace(b"4.50", b"4.60"), *ls[3:]], 3),
    (lambda ls: [*ls[:1], *ls[2:]], 2),
    (lambda ls: [ls[0], ls[2], ls[1], *ls[3:]], 2),
    (lambda ls: ls[:-1], 5),
])
def test_verify_names_the_first_broken_line(ws: Path, capsys: pytest.CaptureFixture[str],
                                            tamper: object, line: int) -> None:
    log = ws / LOG_FILE
    assert callable(tamper)
    log.write_bytes(b"".join(tamper(log.read_bytes().splitlines(keepends=True))))
    code, out, err = run(["audit", "verify", str(ws)], capsys)
    assert code == 2 and out == ""
    assert f"broken: {LOG_FILE}:{line}: " in err and "Traceback" not in err


def test_one_character_changed_anywhere_in_a_line_is_named(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = ws / LOG_FILE
    lines = log.read_bytes().splitlines(keepends=True)
    for position in range(0, len(lines[3]) - 1, 37):
        changed = bytearray(lines[3])
        changed[position] = ord("x") if changed[position] != ord("x") else ord("y")
        log.write_bytes(b"".join([*lines[:3], bytes(changed), *lines[4:]]))
        code, _, err = run(["audit", "verify", str(ws)], capsys)
        assert code == 2 and f"{LOG_FILE}:4: " in err, position


def test_verify_names_a_file_changed_by_hand(ws: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    path = ws / "campaigns" / "2018-ca-nam" / "submissions" / "hoi-nha-bao.toml"
    path.write_text(path.read_text("utf-8").replace("verified", "submitted", 1), "utf-8")
    code, _, err = run(["audit", "verify", str(ws)], capsys)
    assert code == 2
    assert ("campaigns/2018-ca-nam/submissions/hoi-nha-bao.toml: changed outside the program "
            "since entry 1") in err


def test_verify_expect_checks_a_head_from_the_minutes(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    entries, _, _ = read_chain(ws)
    assert run(["audit", "verify", str(ws), "--expect", entries[2].head], capsys)[0] == 0
    code, _, err = run(["audit", "verify", str(ws), "--expect", "ab" * 32], capsys)
    assert code == 2 and "no entry has the chain head" in err


def test_verify_without_a_log_or_a_workspace(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    without_log(tmp_path / "ws")
    code, _, err = run(["audit", "verify", str(tmp_path / "ws")], capsys)
    assert code == 2 and "there is no change log yet" in err
    code, _, err = run(["audit", "verify", str(tmp_path)], capsys)
    assert code == 2 and "Traceback" not in err and str(tmp_path) in err


def json_log(ws: Path, capsys: pytest.CaptureFixture[str], *filters: str) -> list[int]:
    code, out, _ = run(["audit", "log", str(ws), "--format", "json", *filters], capsys)
    assert code == 0
    return [e["seq"] for e in json.loads(out)]


def test_log_filters(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert json_log(ws, capsys) == [1, 2, 3, 4, 5]
    assert json_log(ws, capsys, "--campaign", "2018-6-thang") == [2, 3]
    assert json_log(ws, capsys, "--member", "hoi-vhnt") == [4, 5]
    assert json_log(ws, capsys, "--code", "2.3") == [3, 4]
    assert json_log(ws, capsys, "--who", "BÌNH") == [4]
    assert json_log(ws, capsys, "--who", "lead") == [1, 2, 3, 5]
    assert json_log(ws, capsys, "--since", "2018-07-03") == [3, 4, 5]
    assert json_log(ws, capsys, "--kind", "submission") == [2, 3, 4]
    assert json_log(ws, capsys, "--kind", "submission.self") == [4]
    assert json_log(ws, capsys, "--kind", "sub") == []
    assert json_log(ws, capsys, "-c", "2018-6-thang", "--code", "2.3") == [3]


def test_log_json_and_table(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["audit", "log", str(ws), "--format", "json", "--code", "2.3"], capsys)
    first = json.loads(out)[0]
    assert code == 0 and first["by"] == {"name": "Nguyễn Văn An", "role": "lead"}
    assert (first["old"], first["new"], first["reason"]) == (None, "4.50",
                                                             "Minh chứng chưa đầy đủ")
    assert first["at"] == "2018-07-03T09:00:00+00:00" and len(first["head"]) == 64
    code, out, _ = run(["audit", "log", str(ws), "--member", "hoi-vhnt"], capsys)
    flat = " ".join(out.split())
    assert code == 0 and "5.00 → 5.50" in flat and "Trần Thị Bình" in flat
    assert "2018-07-04 09:00" in flat and "baseline" not in flat


@pytest.mark.parametrize("width", [80, 100])
def test_log_at_80_and_100_columns_keeps_every_word(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        width: int) -> None:
    """Narrower than a row per entry, each entry wraps under its number: no word is cut
    to an ellipsis and no line is wider than the terminal."""
    monkeypatch.setenv("COLUMNS", str(width))
    code, out, _ = run(["audit", "log", str(ws), "--code", "2.3"], capsys)
    assert code == 0 and "…" not in out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= width
    flat = " ".join(out.split())
    for shown in ("2018-07-03 09:00 UTC", "Nguyễn Văn An (lead)", "submission.verified",
                  "2018-6-thang hoi-nha-bao 2.3 verified: – → 4.50",
                  "“Minh chứng chưa đầy đủ”", "Trần Thị Bình (member)", "5.00 → 5.50"):
        assert shown in flat
    first = next(line for line in out.splitlines() if line.strip())
    assert first.split()[0] == "3"  # the entry's number leads its lines


def test_log_shows_only_trusted_entries_of_a_broken_log(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    log = ws / LOG_FILE
    lines = log.read_bytes().splitlines(keepends=True)
    log.write_bytes(b"".join([*lines[:3], lines[3].replace(b"5.50", b"9.50"), *lines[4:]]))
    code, out, err = run(["audit", "log", str(ws), "--format", "json"], capsys)
    assert code == 2 and [e["seq"] for e in json.loads(out)] == [1, 2, 3]
    assert f"{LOG_FILE}:4:" in err


def test_log_refuses_a_bad_date(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["audit", "log", str(ws), "--since", "03/07/2018"], capsys)
    assert code == 2 and "--since: '03/07/2018' is not a date" in err


def test_log_strips_control_characters(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    AuditTrail.start(ws, AN).record([Change("member.changed", member="x", field="name",
                                            new="A\x1b[2JB [bold]C[/]")])
    code, out, _ = run(["audit", "log", str(ws), "--member", "x"], capsys)
    assert code == 0 and "\x1b" not in out and "[bold]C[/]" in out


def test_whoami(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv(CONFIG_VAR, str(tmp_path))
    monkeypatch.delenv(AS_VAR, raising=False)
    (tmp_path / IDENTITY_FILE).write_text('name = "Nguyễn Văn An"\nrole = "lead"\n', "utf-8")
    assert run(["audit", "whoami"], capsys)[1].strip() == "Nguyễn Văn An (lead)"
    monkeypatch.setenv(AS_VAR, "deputy:Trần Thị Bình")
    assert run(["audit", "whoami"], capsys)[1].strip() == "Trần Thị Bình (deputy)"
    assert run(["audit", "whoami", "--as", "Lê Cường"], capsys)[1].strip() == "Lê Cường (lead)"
    code, _, err = run(["audit", "whoami", "--as", "lead: "], capsys)
    assert code == 2 and "the name is empty" in err
