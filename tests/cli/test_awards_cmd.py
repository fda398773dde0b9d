"""`emulation whatif`, `awards`, `meeting`, `vote`, `tally` on the sample: the deliberation
from the command line; bad input exits 2 with nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emulation_core import sample_workspace_path
from emulation_core.audit import read_chain

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


def test_whatif_in_both_languages_and_json(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["whatif", str(ws), "-c", C], capsys)
    assert code == 0
    assert "Cặp liền kề" in out and "Liên minh HTX +1,97 điểm ở tiêu chí 1.1" in out
    code, out, _ = run(["whatif", str(ws), "-c", C, "-m", "hoi-nha-bao", "--lang", "en"],
                       capsys)
    assert code == 0 and "Neighbours" in out and "Hội Nhà báo (#7" in out
    code, out, _ = run(["whatif", str(ws), "-c", C, "--format", "json"], capsys)
    first = json.loads(out)["pairs"][0]
    assert first["gains"][0]["figure"] == {"indicator": "new_coops", "old": "48", "new": "65"}
    code, _, err = run(["whatif", str(ws), "-c", C, "-m", "hoi-ma"], capsys)
    assert code == 2 and "not a member" in err


def test_the_deliberation(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["awards", str(ws), "-c", C, "--lang", "en", "--leaders-total",
                        "69", *AS], capsys)
    assert code == 0 and "06/2022/QH15" in out
    code, out, _ = run(["awards", str(ws), "-c", C, "--format", "json"], capsys)
    shown = json.loads(out)
    assert shown["quotas"] == {"provincial_flag": 1, "government_flag": 13, "merit": 3}
    proposed = {(d["award"], d["member"]) for d in shown["decisions"] if d["proposed"]}
    assert ("provincial_flag", "hoi-chu-thap-do") in proposed
    assert ("merit", "lien-minh-htx") in proposed
    assert ("merit", "hoi-chu-thap-do") not in proposed  # it has the flag
    members = "lien-minh-htx,hoi-chu-thap-do,hoi-nha-bao,hoi-vhnt,lien-hiep-khkt," \
              "hoi-khuyen-hoc,doan-luat-su,hoi-nguoi-mu,hoi-nan-nhan-da-cam"
    assert run(["meeting", str(ws), "-c", C, "--at", "2018-12-28T08:00", "--place",
                "Hạ Long", "--chair", "Nguyễn Văn An", "--attended", members, *AS],
               capsys)[0] == 0
    code, out, err = run(["vote", str(ws), "-c", C, "--award", "provincial_flag",
                          "--candidate", "hoi-chu-thap-do", "--present", members,
                          "--written", "hoi-bao-tro-nkt", "--for", members, *AS], capsys)
    assert code == 0, err
    assert "passed: 9 for, 6 needed" in out
    code, out, _ = run(["vote", str(ws), "-c", C, "--award", "merit", "--candidate",
                        "lien-minh-htx", "--method", "secret", "--present", members,
                        "--for-count", "5", "--against-count", "3", "--abstain-count", "1",
                        *AS], capsys)
    assert code == 0 and "not passed: 5 for, 6 needed" in out
    code, out, _ = run(["tally", str(ws), "-c", C, "--lang", "en"], capsys)
    assert "provincial_flag hoi-chu-thap-do: proposed" in out
    assert "merit lien-minh-htx: not passed" in out
    shipped = len(read_chain(sample_workspace_path())[0])  # the sample's own year
    kinds = [e.change.kind for e in read_chain(ws)[0][shipped:]]
    assert kinds.count("awards.ballot") == 2 and "awards.meeting" in kinds
    assert run(["audit", "verify", str(ws)], capsys)[0] == 0


@pytest.mark.parametrize(("args", "said"), [
    (["vote", "--award", "merit", "--candidate", "hoi-cuu-tnxp", "--present", "all",
      "--for", "hoi-nha-bao"], "not proposed"),
    (["vote", "--award", "provincial_flag", "--candidate", "hoi-chu-thap-do", "--present",
      "hoi-nha-bao,hoi-ma", "--for", "hoi-nha-bao"], "not a member unit"),
    (["vote", "--award", "provincial_flag", "--candidate", "hoi-chu-thap-do", "--present",
      "hoi-nha-bao,hoi-vhnt", "--for", "hoi-nha-bao", "--against", "hoi-nha-bao"],
     "counted twice"),
    (["vote", "--award", "provincial_flag", "--candidate", "hoi-chu-thap-do", "--present",
      "all", "--for-count", "3"], "names the voters"),
    (["awards", "--propose", "hoi-cuu-tnxp", "--award", "merit", "--reason", " "],
     "a reason is needed"),  # errors: --lang, else $EMULATION_LANG, else English
    (["awards", "--propose", "hoi-cuu-tnxp", "--award", "merit", "--reason", " ", "--lang",
      "vi"], "cần ghi lý do"),
    (["awards", "--rules", "vn-2099"], "no rule set"),
    (["meeting", "--at", "28/12/2018"], "YYYY-MM-DDTHH:MM"),
])
def test_bad_input_exits_2_with_nothing_changed(ws: Path, capsys: pytest.CaptureFixture[str],
                                                args: list[str], said: str) -> None:
    before = snapshot(ws)
    verb, *rest = args
    code, _, err = run([verb, str(ws), "-c", C, *rest, *AS], capsys)
    assert code == 2
    assert said in err
    assert snapshot(ws) == before


def test_overrides_never_exceed_the_quota(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["awards", str(ws), "-c", C, "--propose", "hoi-nha-bao", "--award",
                "provincial_flag", "--reason", "thành tích đột xuất", *AS], capsys)[0] == 0
    before = snapshot(ws)
    code, _, err = run(["awards", str(ws), "-c", C, "--propose", "hoi-vhnt", "--award",
                        "provincial_flag", "--reason", "x", "--lang", "en", *AS], capsys)
    assert code == 2 and "would exceed the provincial_flag quota (1)" in err
    assert snapshot(ws) == before
    code, out, _ = run(["awards", str(ws), "-c", C, "--format", "json"], capsys)
    flag = [d for d in json.loads(out)["decisions"]
            if d["award"] == "provincial_flag" and d["proposed"]]
    assert [(d["member"], d["override"]) for d in flag] == [("hoi-nha-bao",
                                                             "thành tích đột xuất")]


def test_the_sample_carries_the_deliberation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["tally", str(sample_workspace_path()), "-c", C, "--format", "json"],
                       capsys)
    shown = json.loads(out)
    assert code == 0 and len(shown["ballots"]) >= 2
    assert {b["method"] for b in shown["ballots"]} == {"hands", "secret"}


def test_a_locked_campaign_refuses_ballots(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    locked = "2018-6-thang"
    code, _, err = run(["vote", str(ws), "-c", locked, "--award", "provincial_flag",
                        "--candidate", "hoi-chu-thap-do", "--present", "all", *AS], capsys)
    assert code == 2 and "locked" in err
