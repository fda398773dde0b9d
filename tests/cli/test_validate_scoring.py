"""`emulation validate` reports what only scoring finds, in the chosen language, and fails."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emulation_cli import main
from emulation_core import sample_workspace_path

CAMPAIGN = "2018-6-thang"


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    target = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target


def _tie_break_on(workspace: Path, key: str) -> None:
    path = workspace / "campaigns" / CAMPAIGN / "campaign.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('    "section:1",\n', f'    "section:1",\n    "{key}",\n', 1),
                    encoding="utf-8")


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "tie-break key 'code:1.99' names no section or criterion of any member's table"),
    ("vi", "khoá phân định bằng điểm 'code:1.99' không chỉ mục hay tiêu chí nào"),
])
def test_a_per_type_tie_break_code_no_type_has_fails_validate(
        sample: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        lang: str, said: str) -> None:
    monkeypatch.setenv("EMULATION_LANG", lang)
    _tie_break_on(sample, "code:1.99")  # inside the per-type slot 1: only scoring can tell
    code = main(["validate", str(sample)])
    captured = capsys.readouterr()
    assert code == 2
    err = " ".join(captured.err.split())
    assert f"campaigns/{CAMPAIGN}: {said}" in err
    assert ("1 warning." if lang == "en" else "1 cảnh báo.") in " ".join(captured.out.split())


def test_a_per_type_tie_break_code_a_type_has_passes(
        sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _tie_break_on(sample, "code:1.1")
    assert main(["validate", str(sample)]) == 0
    assert "no problems" in capsys.readouterr().out
