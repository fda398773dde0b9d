"""A member below the lowest band never reads "not submitted" in the CLI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from emulation_cli import main
from emulation_core import RatingState, Workspace, sample_workspace_path

CAMPAIGN = "2018-ca-nam"


@pytest.fixture
def raised_bands(tmp_path: Path) -> Path:
    """The sample with every band's minimum raised above 100: nobody reaches a band."""
    root = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), root)
    path = root / "campaigns" / CAMPAIGN / "campaign.toml"
    text = re.sub(r"^minimum = (\d+)", lambda m: f"minimum = {int(m[1]) + 200}",
                  path.read_text("utf-8"), flags=re.M)
    path.write_text(text, "utf-8")
    return root


def test_rank_and_score_say_below_the_lowest_band(
        raised_bands: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Workspace.open(raised_bands) as ws:
        board = ws.scoreboard(CAMPAIGN)
        states = {s.rating_state for s in board.scores.values()}
        member = next(m for m, s in board.scores.items()
                      if s.rating_state is RatingState.BELOW_BANDS)
    assert RatingState.BELOW_BANDS in states and RatingState.RATED not in states
    assert main(["rank", str(raised_bands), "--campaign", CAMPAIGN]) == 0
    out = capsys.readouterr().out
    assert "dưới" in out
    assert ("chưa nộp" in out) is (RatingState.NOT_SUBMITTED in states)
    assert main(["score", str(raised_bands), "-c", CAMPAIGN, "-m", member, "--lang", "en"]) == 0
    assert "lowest band" in capsys.readouterr().out  # wrapped in its table cell
    assert main(["rank", str(raised_bands), "--campaign", CAMPAIGN, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["rating_state"] for r in rows} == {s.value for s in states}
    assert all(r["rating"] is None for r in rows)
