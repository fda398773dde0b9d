"""`emulation cross assign|set|abstain|recuse|remove|config|show`: success, bad input (exit 2,
nothing changed), and the ranking counting the cross-score when the campaign says so."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from emulation_core import Workspace, sample_workspace_path
from emulation_core.audit import read_chain

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]
WS_ARGS = ["-c", C, *AS]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """The sample without its cross-scores, to start them afresh."""
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    (root / "campaigns" / C / "cross.toml").unlink()
    Workspace.open(root, writable=True).close()  # the change log starts with a baseline
    return root


def test_the_sample_carries_a_cross_scoring(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["cross", "show", str(sample_workspace_path()), "-c", C, "--format",
                        "json"], capsys)
    shown = json.loads(out)
    assert code == 0 and shown["recusals"] and shown["criteria"]["2.3"]
    scored = {s for cells in shown["criteria"].values() for cell in cells.values()
              for s in cell["scores"]}
    assert len(scored) == 11  # every member scores
    assert "abstained" in run(["cross", "show", str(sample_workspace_path()), "-c", C],
                              capsys)[1]


def cross(ws: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    verb, *rest = args
    return run(["cross", verb, str(ws), *WS_ARGS, *rest], capsys)


def test_the_whole_round(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = cross(ws, "assign", "--each", "3", capsys=capsys)
    assert code == 0 and out.count("cross.assigned") == 11
    for scorer, points in (("lien-minh-htx", "5,5"), ("hoi-bao-tro-nkt", "5"),
                           ("hoi-cuu-tnxp", "3")):
        code, _, err = cross(ws, "set", "-s", scorer, "-m", "hoi-chu-thap-do", "2.3", points,
                             capsys=capsys)
        assert code == 0, err
    assert cross(ws, "abstain", "-s", "hoi-cuu-tnxp", "-m", "hoi-nha-bao", "2.3",
                 "--reason", "chưa đủ minh chứng", capsys=capsys)[0] == 0
    assert cross(ws, "recuse", "-s", "hoi-chu-thap-do", "-m", "hoi-nha-bao",
                 "--reason", "cùng lãnh đạo", capsys=capsys)[0] == 0
    assert cross(ws, "config", "--method", "mean", "--mode", "replace", capsys=capsys)[0] == 0
    code, out, _ = run(["cross", "show", str(ws), "-c", C, "--format", "json"], capsys)
    shown = json.loads(out)
    cell = shown["criteria"]["2.3"]["hoi-chu-thap-do"]
    assert cell["mean"] == "4.50" and cell["median"] == "5.00" and cell["trimmed"] == "5.00"
    assert cell["counted"] == "4.50"
    assert shown["recusals"][0]["reason"] == "cùng lãnh đạo"
    code, out, _ = run(["cross", "show", str(ws), "-c", C], capsys)
    assert code == 0 and "abstained" in out and "recused" in out
    with Workspace.open(ws) as opened:
        board = opened.scoreboard(C)
        leaf = next(c for c in board.table_for("hoi-chu-thap-do").leaves() if c.code == "2.3")
        assert board.points_of("hoi-chu-thap-do", leaf) == 4.5
    shipped = len(read_chain(sample_workspace_path())[0])  # the sample's own year
    kinds = [e.change.kind for e in read_chain(ws)[0][shipped:]]
    assert kinds.count("cross.score") == 3 and "cross.recused" in kinds
    assert run(["audit", "verify", str(ws)], capsys)[0] == 0


@pytest.mark.parametrize(("args", "said"), [
    (("set", "-s", "lien-minh-htx", "-m", "lien-minh-htx", "2.3", "5"), "cannot score itself"),
    (("set", "-s", "lien-minh-htx", "-m", "hoi-chu-thap-do", "2.3", "5,2"), "multiple of 0.5"),
    (("set", "-s", "lien-minh-htx", "-m", "hoi-chu-thap-do", "3.1", "5"),
     "not a judged criterion"),
    (("set", "-s", "lien-minh-htx", "-m", "hoi-nha-bao", "2.3", "5"), "not assigned"),
    (("set", "-s", "hoi-ma", "-m", "hoi-nha-bao", "2.3", "5"), "not a member unit"),
    (("abstain", "-s", "lien-minh-htx", "-m", "hoi-chu-thap-do", "2.3", "--reason", " "),
     "reason is needed"),
    (("assign", "--each", "11"), "1 to 10"),
    (("config", "--weight", "1,5"), "must be 0..1"),
])
def test_bad_input_exits_2_with_nothing_changed(ws: Path, capsys: pytest.CaptureFixture[str],
                                                args: tuple[str, ...], said: str) -> None:
    assert cross(ws, "assign", "--each", "1", capsys=capsys)[0] == 0
    before = snapshot(ws)
    code, _, err = cross(ws, *args, capsys=capsys)
    assert code == 2
    assert said in err
    assert snapshot(ws) == before


def test_a_member_cannot_recuse(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cross(ws, "assign", capsys=capsys)[0] == 0
    code, _, err = run(["cross", "recuse", str(ws), "-c", C, "--as", "member:Hội Nhà báo",
                        "-s", "hoi-chu-thap-do", "-m", "hoi-nha-bao", "--reason", "x"], capsys)
    assert code == 2 and "only the bloc's lead" in err


def test_one_scorers_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["cross", "show", str(sample_workspace_path()), "-c", C, "--scorer",
                        "hoi-khuyen-hoc"], capsys)
    assert code == 0 and "others' median" in out and "flag 3.5: flat" in out
    code, _, err = run(["cross", "show", str(sample_workspace_path()), "-c", C, "--scorer",
                        "hoi-ma"], capsys)
    assert code == 2 and "not a scorer" in err


def test_what_is_left_out_names_the_units(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["cross", "show", str(sample_workspace_path()), "-c", C], capsys)
    said = " ".join(out.split())
    assert code == 0
    assert "recused: Hội Chữ thập đỏ on Hội Nhà báo by lead:Nguyễn Văn An" in said
    assert "abstained: Hội Cựu TNXP on Hội Nhà báo 2.3" in said
