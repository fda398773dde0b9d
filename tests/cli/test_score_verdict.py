"""`score --member` says the verifier's verdict on a unit's explanation, in both languages."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from emulation_cli import main
from emulation_core import PluginRegistry, Verdict, Workspace

WHEN = dt.datetime(2018, 12, 10, 9, 0, tzinfo=dt.UTC)


def _answered(make_ws: Callable[[], Path], registry: PluginRegistry) -> Path:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        ws.add_explanation("c2018", "hoi-b", "1.3", "Đã bổ sung biên bản", now=WHEN)
        ws.answer_explanation("c2018", "hoi-b", "1.3", "Đủ một nửa", Decimal(8),
                              verdict=Verdict.PARTLY, now=WHEN)
    return root


@pytest.mark.parametrize(("lang", "said"), [
    ("vi", "điểm sau giải trình (chấp nhận một phần), trả lời: Đủ một nửa"),
    ("en", "points after the unit's explanation (partly accepted), answered: Đủ một nửa"),
])
def test_the_breakdown_table_says_the_verdict(
        make_ws: Callable[[], Path], registry: PluginRegistry, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch, lang: str, said: str) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # one line per row, so the sentence is whole
    root = _answered(make_ws, registry)
    assert main(["score", str(root), "-c", "c2018", "-m", "hoi-b", "--lang", lang]) == 0
    assert said in capsys.readouterr().out


def test_the_breakdown_json_has_the_verdict_key(
        make_ws: Callable[[], Path], registry: PluginRegistry,
        capsys: pytest.CaptureFixture[str]) -> None:
    root = _answered(make_ws, registry)
    assert main(["score", str(root), "-c", "c2018", "-m", "hoi-b", "--format", "json"]) == 0
    rows = {row["code"]: row for row in json.loads(capsys.readouterr().out)["criteria"]}
    assert (rows["1.3"]["source"], rows["1.3"]["verdict"]) == ("explained", "partly")
    assert all(row["verdict"] is None for code, row in rows.items() if code != "1.3")
