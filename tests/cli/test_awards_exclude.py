"""`emulation awards --exclude`: the council leaves out an eligible unit with a reason,
recorded; refused without one, nothing changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .clitools import run, snapshot

C = "2018-ca-nam"
AS = ["--as", "lead:Nguyễn Văn An"]


def _proposed(ws: Path, award: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code, out, _ = run(["awards", str(ws), "-c", C, "--format", "json"], capsys)
    assert code == 0
    return [d["member"] for d in json.loads(out)["decisions"]
            if d["award"] == award and d["proposed"]]


def test_the_council_leaves_out_an_eligible_unit(ws: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    merit = _proposed(ws, "merit", capsys)
    assert merit
    code, _, _ = run(["awards", str(ws), "-c", C, "--exclude", merit[0], "--award", "merit",
                      "--reason", "đang xem xét đơn thư", *AS], capsys)
    assert code == 0
    assert merit[0] not in _proposed(ws, "merit", capsys)
    code, out, _ = run(["awards", str(ws), "-c", C, "--format", "json"], capsys)
    left_out = next(d for d in json.loads(out)["decisions"]
                    if d["award"] == "merit" and d["member"] == merit[0])
    assert "Hội đồng không đề nghị: đang xem xét đơn thư" in left_out["reasons"]


@pytest.mark.parametrize(("extra", "said"), [
    (["--award", "merit"], "--exclude needs --award AWARD and --reason TEXT"),
    (["--award", "merit", "--reason", " "], "say why"),
])
def test_leaving_out_needs_a_reason(ws: Path, capsys: pytest.CaptureFixture[str],
                                    extra: list[str], said: str) -> None:
    before = snapshot(ws)
    code, _, err = run(["awards", str(ws), "-c", C, "--exclude", "lien-minh-htx", *extra, *AS],
                       capsys)
    assert code == 2 and said in err
    assert snapshot(ws) == before
