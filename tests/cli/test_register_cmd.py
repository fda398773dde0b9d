"""`emulation register` and `emulation overlap`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from emulation_core import Workspace
from emulation_core.audit import read_chain
from emulation_core.registering import register_content, sign_agreement
from emulation_core.registration import ContentKind, RegisteredItem

from .clitools import run, snapshot

C = "2018-ca-nam"


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def test_register_saves_items_and_records_who(ws: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["register", str(ws), "-c", C, "-m", "hoi-nha-bao", "--field",
                        "Tuyên truyền phòng chống ma túy|tuyên truyền", "--movement",
                        "Hiến máu tình nguyện", "--as", "Lê Cúc"], capsys)
    assert code == 0
    assert "registration.added" in out and "Tuyên truyền phòng chống ma túy" in out
    with Workspace.open(ws) as opened:
        items = opened.registrations[C].of("hoi-nha-bao")
    assert RegisteredItem(ContentKind.FIELD, "Tuyên truyền phòng chống ma túy",
                          "tuyên truyền") in items
    entries, _, _ = read_chain(ws)
    assert entries[-1].by.name == "Lê Cúc" and entries[-1].change.member == "hoi-nha-bao"
    code, out, _ = run(["register", str(ws), "-c", C, "-m", "hoi-nha-bao", "--remove",
                        "hiến máu tình nguyện", "--as", "Lê Cúc"], capsys)
    assert code == 0 and "registration.removed" in out


@pytest.mark.parametrize("args", [
    ["-m", "no-such", "--field", "X"],
    ["-m", "hoi-nha-bao", "--remove", "never registered"],
    ["-m", "hoi-nha-bao", "--field", "|tag only"],
    ["--field", "no member"],
    ["--signed", "32/01/2018"],
    [],
])
def test_register_bad_input_exits_2_and_changes_nothing(
        ws: Path, args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(ws)
    code, _, err = run(["register", str(ws), "-c", C, *args, "--as", "An"], capsys)
    assert code == 2 and err.startswith("error:")
    assert snapshot(ws) == before


def test_overlap_groups_shared_content_and_lists_late_changes(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for member, text in (("hoi-nha-bao", "Tuyên truyền phòng chống ma túy"),
                         ("hoi-vhnt", "tuyen truyen phong, chong ma tuy"),
                         ("hoi-chu-thap-do", "Vận động hiến máu tình nguyện"),
                         ("lien-minh-htx", "Phát triển hợp tác xã kiểu mới")):
        assert run(["register", str(ws), "-c", C, "-m", member, "--movement", text,
                    "--as", "An"], capsys)[0] == 0
    assert run(["register", str(ws), "-c", C, "--signed", "01/01/2018", "--as", "An"],
               capsys)[0] == 0
    code, out, _ = run(["overlap", str(ws), "-c", C, "--format", "json"], capsys)
    assert code == 0
    report = json.loads(out)
    assert [g["members"] for g in report["groups"]] == [["hoi-nha-bao", "hoi-vhnt"]]
    assert report["signed"] == "2018-01-01"
    assert {c["member"] for c in report["changed_after_signing"]} == {
        "hoi-nha-bao", "hoi-vhnt", "hoi-chu-thap-do", "lien-minh-htx"}
    code, out, _ = run(["overlap", str(ws), "-c", C], capsys)
    assert code == 0 and "Tuyên truyền phòng chống ma túy" in out and "4 changes since" in out


def test_changes_before_signing_are_not_listed_as_late(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(ws, writable=True) as opened:
        register_content(opened, C, "hoi-nha-bao",
                         add=[RegisteredItem(ContentKind.FIELD, "Báo chí")])
        sign_agreement(opened, C, dt.datetime.now(dt.UTC).date())
    code, out, _ = run(["overlap", str(ws), "-c", C, "--format", "json"], capsys)
    assert code == 0 and json.loads(out)["changed_after_signing"] == []
