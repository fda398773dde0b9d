"""Issue 10's bad input from the CLI: a quota larger than the bloc, and every deliberation
change to a locked campaign, refused with one clear message, exit 2, nothing changed; the
report's language follows $EMULATION_LANG like the other reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .clitools import run, snapshot

C = "2018-ca-nam"
LOCKED = "2018-6-thang"
AS = ["--as", "lead:Nguyễn Văn An"]


def test_a_quota_larger_than_the_bloc_is_refused(ws: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bundled = Path(__import__("emulation_core").__file__).parent / "rulesets" / "vn-2023.toml"
    (ws / "rulesets").mkdir()
    text = bundled.read_text("utf-8")
    assert "\ncount = 1 " in text
    (ws / "rulesets" / "vn-2023.toml").write_text(text.replace("\ncount = 1 ", "\ncount = 20 "),
                                                  "utf-8")
    before = snapshot(ws)
    code, out, err = run(["awards", str(ws), "-c", C], capsys)
    assert code == 2 and out == ""
    assert "quota of 20 is larger than the 11 units it is for; correct rule set vn-2023" in err
    code, _, err = run(["awards", str(ws), "-c", C, "--lang", "vi"], capsys)
    assert code == 2 and "nhiều hơn 11 đơn vị được xét; sửa bộ quy tắc vn-2023" in err
    assert snapshot(ws) == before


@pytest.mark.parametrize("words", [
    ["meeting", "--at", "2018-07-01T08:00", "--place", "Hạ Long"],
    ["vote", "--award", "provincial_flag", "--candidate", "hoi-chu-thap-do", "--present",
     "all", "--for", "hoi-vhnt"],
    ["awards", "--propose", "hoi-vhnt", "--award", "merit", "--reason", "Hội đồng đề nghị"],
    ["awards", "--rules", "vn-2023"],
    ["cross", "assign"],
    ["cross", "config", "--mode", "replace"],
    ["cross", "recuse", "-s", "hoi-vhnt", "-m", "hoi-nha-bao", "--reason", "xung đột"],
])
def test_a_locked_campaign_refuses_every_deliberation_change(
        ws: Path, words: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(ws)
    command = words[:2] if words[0] == "cross" else words[:1]
    rest = words[len(command):]
    code, _, err = run([*command, str(ws), "-c", LOCKED, *rest, *AS], capsys)
    assert code == 2 and f"campaign {LOCKED} is locked" in err and "Traceback" not in err
    assert snapshot(ws) == before


def test_the_reports_follow_the_environments_language(
        ws: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMULATION_LANG", "en")
    code, out, _ = run(["awards", str(ws), "-c", C, "--format", "json"], capsys)
    reasons = [r for d in json.loads(out)["decisions"] for r in d["reasons"]]
    assert code == 0 and "not the bloc's leader (rank 2)" in reasons
    assert "Judged criteria, one step" in run(["whatif", str(ws), "-c", C], capsys)[1]
    code, out, _ = run(["tally", str(ws), "-c", C], capsys)
    assert code == 0 and "passed:" in out
    monkeypatch.setenv("EMULATION_LANG", "vi")
    assert "không dẫn đầu khối (xếp thứ 2)" in run(
        ["awards", str(ws), "-c", C, "--format", "json"], capsys)[1]
