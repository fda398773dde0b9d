"""`emulation province DIR…`: each bloc's leaders and proposals, the Government-flag quota
over all bloc leaders (rounded down), candidates, and a unit proposed by two blocs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from emulation_core import Bloc, Workspace, sample_workspace_path

from .clitools import run


def copies(tmp_path: Path, count: int) -> list[Path]:
    """``count`` copies of the sample, each its own bloc; the first and second share every
    unit (so both propose the same ones)."""
    paths = []
    for number in range(count):
        root = tmp_path / f"khoi-{number}"
        shutil.copytree(sample_workspace_path(), root)
        if number > 1:
            with Workspace.open(root, writable=True) as ws:
                renamed = tuple(type(m)(m.id, f"{m.name} ({number})", m.short_name, m.type)
                                for m in ws.bloc.members)
                ws.save_bloc(Bloc(ws.bloc.id, f"{ws.bloc.name} {number}", renamed,
                                  ws.bloc.leadership, ws.bloc.description))
        paths.append(root)
    return paths


def test_the_province_list(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = copies(tmp_path, 6)
    code, out, err = run(["province", *map(str, paths), "--format", "json"], capsys)
    assert code == 0, err
    found = json.loads(out)
    assert len(found["blocs"]) == 6
    assert found["leaders_total"] == 6
    assert found["government_quota"] == 1  # 20% of 6 leaders, rounded down
    assert [c["unit"] for c in found["conflicts"]] == ["Hội Chữ thập đỏ tỉnh Quảng Ninh",
                                                       "Liên minh Hợp tác xã tỉnh Quảng Ninh"]
    assert all(len(c["blocs"]) == 2 for c in found["conflicts"])
    out_file = tmp_path / "tinh.md"
    code, _, _ = run(["province", *map(str, paths[:4]), "-o", str(out_file)], capsys)
    text = out_file.read_text("utf-8")
    assert code == 0 and "4 đơn vị dẫn đầu" in text and "làm tròn xuống: 0" in text


def test_a_folder_without_a_year_end_campaign(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (path,) = copies(tmp_path, 1)
    code, _, err = run(["province", str(path), "--year", "2017"], capsys)
    assert code == 2 and "no year-end campaign of 2017" in err
    code, _, err = run(["province", str(tmp_path / "none")], capsys)
    assert code == 2 and "none" in err
