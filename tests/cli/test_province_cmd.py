"""`emulation province DIR…`: each bloc's leaders and proposals, the Government-flag quota
over all bloc leaders (rounded down), candidates, and a unit proposed by two blocs; a
folder that cannot be read is named and left out, the rest still listed (exit 2)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from emulation_core import Bloc, Workspace, sample_workspace_path

from .clitools import run


def copies(tmp_path: Path, count: int, *, leader: str | None = None) -> list[Path]:
    """``count`` copies of the sample, each its own bloc; the first and second share every
    unit (so both propose the same ones). ``leader``: the first copy's leading unit's name."""
    paths = []
    for number in range(count):
        root = tmp_path / f"khoi-{number}"
        shutil.copytree(sample_workspace_path(), root)
        if number > 1 or (number == 0 and leader is not None):
            with Workspace.open(root, writable=True) as ws:
                top = ws.scoreboard("2018-ca-nam").ranking[0].score.member.id
                renamed = tuple(type(m)(m.id, leader if number == 0 and m.id == top
                                        else m.name if number == 0
                                        else f"{m.name} ({number})", m.short_name, m.type)
                                for m in ws.bloc.members)
                name = ws.bloc.name if number == 0 else f"{ws.bloc.name} {number}"
                ws.save_bloc(Bloc(ws.bloc.id, name, renamed, ws.bloc.leadership,
                                  ws.bloc.description))
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
    assert found["skipped"] == []
    first = found["blocs"][0]
    assert first["table"]["file"] == "campaigns/2018-ca-nam/criteria.toml"
    assert {b["table"]["fingerprint"] for b in found["blocs"]} == {first["table"]["fingerprint"]}
    assert first["leaders"] == [first["ranking"][0]["unit"]]
    out_file = tmp_path / "tinh.md"
    code, _, _ = run(["province", *map(str, paths[:4]), "-o", str(out_file)], capsys)
    text = out_file.read_text("utf-8")
    assert code == 0 and "4 đơn vị dẫn đầu" in text and "làm tròn xuống: 0" in text
    code, out, _ = run(["province", *map(str, paths[:5]), "--lang", "en"], capsys)
    assert code == 0 and "of 5 leading units, rounded down: 1" in out


def test_a_folder_without_a_year_end_campaign(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    (path,) = copies(tmp_path, 1)
    code, _, err = run(["province", str(path), "--year", "2017"], capsys)
    assert code == 2 and "no year-end campaign of 2017" in err
    code, _, err = run(["province", str(tmp_path / "none")], capsys)
    assert code == 2 and "none: no such folder" in err


def test_folders_that_cannot_be_read_are_named_and_the_rest_listed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = copies(tmp_path, 3)
    broken = tmp_path / "broken"
    shutil.copytree(good[2], broken)
    (broken / "workspace.toml").write_text("name = [\n", "utf-8")
    link = tmp_path / "link"
    link.symlink_to(good[0])
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    plain = tmp_path / "plain.txt"
    plain.write_text("x", "utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = [broken, link, pipe, plain, empty, tmp_path / "missing"]
    out_file = tmp_path / "tinh.json"
    code, out, err = run(["province", str(good[0]), *map(str, bad), *map(str, good[1:]),
                          "-o", str(out_file)], capsys)
    assert code == 2
    assert f"error: {broken}: workspace.toml:2: is not valid TOML" in err
    assert f"error: {link}: a symbolic link" in err and str(good[0]) in err
    assert f"error: {pipe}: a named pipe" in err
    assert f"error: {plain}: a file, not a workspace folder" in err
    assert f"error: {empty}: not an emulation workspace" in err
    assert f"error: {tmp_path / 'missing'}: no such folder" in err
    assert "left out: 6 (named above); blocs listed: 3" in err
    assert "Traceback" not in err
    found = json.loads(out_file.read_text("utf-8"))
    assert [b["path"] for b in found["blocs"]] == list(map(str, good))
    assert [s["path"] for s in found["skipped"]] == list(map(str, bad))
    assert found["leaders_total"] == 3
    code, out, err = run(["province", str(pipe), str(empty), "-o", str(tmp_path / "x.md")],
                         capsys)
    assert code == 2 and "none of the 2 folders named could be read" in err
    assert str(pipe) in err and str(empty) in err
    assert not (tmp_path / "x.md").exists()
    code, out, err = run(["province", str(good[0]), "--format", "xlsx"], capsys)
    assert code == 2 and "-o FILE.xlsx" in err and out == ""


def test_the_markdown_names_what_was_left_out(tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (good,) = copies(tmp_path, 1)
    code, out, err = run(["province", str(good), str(tmp_path / "missing"), "--lang", "vi"],
                         capsys)
    assert code == 2
    assert "1 thư mục không đọc được, không có trong danh sách." in out
    assert f"- {tmp_path / 'missing'}: không có thư mục này" in out
    assert "bỏ qua 1 thư mục" in err


def test_a_bloc_whose_rule_set_gives_another_share_is_named(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = copies(tmp_path, 3)
    bundled = Path(__import__("emulation_core").__file__).parent / "rulesets" / "vn-2023.toml"
    text = bundled.read_text("utf-8")
    assert "\nshare = 0.2 " in text
    (paths[2] / "rulesets").mkdir()
    (paths[2] / "rulesets" / "vn-2023.toml").write_text(
        text.replace("\nshare = 0.2 ", "\nshare = 0.15 "), "utf-8")
    code, out, err = run(["province", *map(str, paths), "--format", "json", "--lang", "en"],
                         capsys)
    assert code == 0, err
    found = json.loads(out)
    assert found["government_share"] == "0.2"
    third = found["blocs"][2]["bloc"]
    assert found["other_shares"] == [{"bloc": third, "share": "0.15"}]
    assert f"warning: The quota is counted with 20%, the first bloc's share; these blocs' " \
           f"rule sets give another: {third} (15%)." in err
    code, out, _ = run(["province", *map(str, paths)], capsys)
    assert f"{third} (15%)" in out and "tỷ lệ 20% của khối đầu tiên" in out
