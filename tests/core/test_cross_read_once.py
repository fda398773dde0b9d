"""The workspace keeps the cross.toml it checked: read again with the same text, the file is
neither parsed nor checked a second time (scoring reads what opening checked); a text changed
on disk since is read afresh, and a bad one is reported with its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emulation_core import ValidationError, Workspace, sample_workspace_path
from emulation_core.crossscores import CROSS_FILE, read_cross

YEAR_END = "2018-ca-nam"  # the sample's campaign with cross-scores


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target


def test_the_checked_cross_scores_are_read_once(sample: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    checked: list[str] = []

    def counting_read_cross(*args: object) -> object:
        checked.append(str(args[1]))
        return read_cross(*args)  # type: ignore[arg-type]

    monkeypatch.setattr("emulation_core.crossactions.read_cross", counting_read_cross)
    with Workspace.open(sample) as ws:
        assert checked == [YEAR_END]  # opening checks it
        kept = ws.cross_scoring(YEAR_END)
        ws.scoreboard(YEAR_END)
        assert ws.cross_scoring(YEAR_END) is kept
        assert checked == [YEAR_END]


def test_a_cross_file_changed_on_disk_is_read_afresh(sample: Path) -> None:
    path = sample / "campaigns" / YEAR_END / CROSS_FILE
    text = path.read_text(encoding="utf-8")
    with Workspace.open(sample) as ws:
        before = ws.cross_scoring(YEAR_END)
        path.write_text(text + "broken =\n", encoding="utf-8")
        with pytest.raises(ValidationError) as raised:
            ws.cross_scoring(YEAR_END)
        [problem] = raised.value.problems
        assert (problem.file, problem.line) == (f"campaigns/{YEAR_END}/{CROSS_FILE}",
                                                text.count("\n") + 1)
        path.write_text(text + "# read again\n", encoding="utf-8")
        again = ws.cross_scoring(YEAR_END)
        assert again == before
        assert again is not before
