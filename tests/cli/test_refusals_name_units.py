"""Deliberation's refusals name the units as people know them (the short name), not by the
ids the files use, in English and in Vietnamese; an id no member has is quoted as typed,
and where the refusal lists what one may type, each unit is named with its id."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emulation_core import Workspace, sample_workspace_path

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]
FLAG = ["--award", "provincial_flag", "--candidate", "hoi-chu-thap-do"]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("names") / "ws"
    shutil.copytree(sample_workspace_path(), root)
    Workspace.open(root, writable=True).close()
    return root


# (words, English, Vietnamese, ids the refusal must not show)
CASES = [
    (["cross", "set", "-s", "hoi-vhnt", "-m", "hoi-vhnt", "2.3", "5"],
     "Hội VHNT cannot score itself", "Hội VHNT không được chấm chính mình", ["hoi-vhnt"]),
    (["cross", "set", "-s", "lien-minh-htx", "-m", "hoi-cuu-tnxp", "2.3", "5"],
     "Liên minh HTX is not assigned to score Hội Cựu TNXP",
     "Liên minh HTX không được phân công chấm Hội Cựu TNXP", ["lien-minh-htx", "hoi-cuu-tnxp"]),
    (["cross", "set", "-s", "lien-minh-htx", "-m", "hoi-nha-bao", "3.1", "5"],
     "3.1 is not a judged criterion of Hội Nhà báo",
     "3.1 không phải tiêu chí chấm trực tiếp của Hội Nhà báo", ["hoi-nha-bao"]),
    (["cross", "set", "-s", "lien-minh-htx", "-m", "hoi-nha-bao", "2.3", "5,2"],
     "Hội Nhà báo's points for 2.3", "điểm 2.3 của Hội Nhà báo", ["hoi-nha-bao"]),
    (["cross", "set", "-s", "hoi-ma", "-m", "hoi-nha-bao", "2.3", "5"],
     "'hoi-ma' is not a member unit in campaign 2018-ca-nam (members: Liên minh HTX "
     "(lien-minh-htx), Hội Chữ thập đỏ (hoi-chu-thap-do),",
     "'hoi-ma' không phải đơn vị tham gia đợt 2018-ca-nam (đơn vị: Liên minh HTX "
     "(lien-minh-htx),", []),
    (["cross", "show", "--scorer", "hoi-ma"],
     "'hoi-ma' is not a scorer of campaign 2018-ca-nam (scorers: Liên minh HTX "
     "(lien-minh-htx),", "'hoi-ma' không phải đơn vị chấm chéo của đợt 2018-ca-nam", []),
    (["vote", *FLAG, "--present", "hoi-nha-bao,hoi-ma", "--for", "hoi-nha-bao"],
     "'hoi-ma' is not a member unit: it cannot vote",
     "'hoi-ma' không phải đơn vị thành viên: không được biểu quyết", []),
    (["vote", *FLAG, "--present", "hoi-nha-bao,hoi-vhnt", "--for", "hoi-nha-bao",
      "--against", "hoi-nha-bao"],
     "Hội Nhà báo counted twice in one ballot",
     "Hội Nhà báo được tính hai lần trong một lần biểu quyết", ["hoi-nha-bao"]),
    (["vote", *FLAG, "--present", "hoi-nha-bao,hoi-nha-bao", "--for", "hoi-nha-bao"],
     "Hội Nhà báo counted twice in one ballot",
     "Hội Nhà báo được tính hai lần trong một lần biểu quyết", ["hoi-nha-bao"]),
    (["vote", *FLAG, "--present", "hoi-vhnt", "--for", "hoi-nha-bao"],
     "Hội Nhà báo voted but is neither present nor voting in writing",
     "Hội Nhà báo biểu quyết nhưng không có mặt", ["hoi-nha-bao"]),
    (["vote", "--award", "merit", "--candidate", "hoi-cuu-tnxp", "--present", "all",
      "--for", "hoi-nha-bao"],
     "Hội Cựu TNXP is not proposed for merit (proposed: Liên minh HTX)",
     "Hội Cựu TNXP không có trong danh sách đề nghị merit (đề nghị: Liên minh HTX)",
     ["hoi-cuu-tnxp", "lien-minh-htx"]),
    (["awards", "--propose", "hoi-cuu-tnxp", "--award", "merit", "--reason", " "],
     "a reason is needed to propose Hội Cựu TNXP", "cần ghi lý do đề nghị Hội Cựu TNXP",
     ["hoi-cuu-tnxp"]),
    (["awards", "--exclude", "hoi-nha-bao", "--award", "merit", "--reason", " "],
     "say why Hội Nhà báo is left out", "cần ghi lý do không đề nghị Hội Nhà báo",
     ["hoi-nha-bao"]),
]


@pytest.mark.parametrize(("words", "english", "vietnamese", "ids"), CASES,
                         ids=[" ".join(c[0][:2]) + f" {n}" for n, c in enumerate(CASES)])
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_refusal_names_the_units(ws: Path, capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch, words: list[str],
                                   english: str, vietnamese: str, ids: list[str],
                                   lang: str) -> None:
    monkeypatch.setenv("EMULATION_LANG", lang)
    before = snapshot(ws)
    command = words[:2] if words[0] == "cross" else words[:1]
    acting = [] if words[:2] == ["cross", "show"] else AS  # reading needs no one acting
    code, _, err = run([*command, str(ws), "-c", C, *words[len(command):], *acting], capsys)
    assert code == 2 and "Traceback" not in err
    assert (english if lang == "en" else vietnamese) in err
    for unit in ids:
        assert unit not in err
    assert snapshot(ws) == before
