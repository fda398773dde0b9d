"""From an empty folder with the CLI alone: a bloc of four members is set up, a mid-year
campaign created, targets and registrations entered, the overlap report lists a shared
field, and the year-end campaign is rolled over (docs/year.md walks the same steps)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from emulation_core import Workspace, sample_workspace_path

from .clitools import run

LEAD = ["--as", "lead:Nguyễn Văn An"]
MEMBERS = [
    ("hoi-chu-thap-do", "Hội Chữ thập đỏ tỉnh", "Hội CTĐ", "chu-thap-do"),
    ("hoi-nha-bao", "Hội Nhà báo tỉnh", "Hội Nhà báo", "nha-bao"),
    ("hoi-khuyen-hoc", "Hội Khuyến học tỉnh", "Hội Khuyến học", "khuyen-hoc"),
    ("lien-minh-htx", "Liên minh Hợp tác xã tỉnh", "Liên minh HTX", "htx"),
]


def ok(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = run(args, capsys)
    assert code == 0, err
    return out


def test_a_bloc_year_is_set_up_from_an_empty_folder(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    ws = str(tmp_path / "khoi")
    criteria = sample_workspace_path() / "campaigns" / "2018-6-thang" / "criteria.toml"
    ok(["init", ws, "--name", "Khối các Hội đặc thù", *LEAD], capsys)
    for member_id, name, short, type_key in MEMBERS:
        ok(["member", "add", ws, member_id, "--name", name, "--short", short, "--type",
            type_key, *LEAD], capsys)
    ok(["leadership", "set", ws, "--year", "2026", "--lead", "hoi-chu-thap-do", "--deputy",
        "lien-minh-htx", *LEAD], capsys)
    ok(["campaign", "new", ws, "2026-6-thang", "--title", "Sơ kết 6 tháng đầu năm 2026",
        "--period", "mid_year", "--year", "2026", "--start", "01/01/2026", "--end",
        "30/06/2026", "--deadline", "10/07/2026", "--criteria", str(criteria), *LEAD], capsys)
    ok(["targets", "set", ws, "-c", "2026-6-thang", "-m", "hoi-chu-thap-do",
        "ctd_blood_units=1.430", "new_members=none", *LEAD], capsys)
    ok(["targets", "set", ws, "-c", "2026-6-thang", "-m", "lien-minh-htx", "new_coops=40",
        "new_members=120", "--as", "member:Phạm Hà"], capsys)
    ok(["register", ws, "-c", "2026-6-thang", "--signed", "15/02/2026", *LEAD], capsys)
    ok(["register", ws, "-c", "2026-6-thang", "-m", "hoi-chu-thap-do", "--field",
        "Vận động hiến máu tình nguyện|y tế", *LEAD], capsys)
    ok(["register", ws, "-c", "2026-6-thang", "-m", "hoi-khuyen-hoc", "--field",
        "hiến máu tình nguyện", "--movement", "Khuyến học, khuyến tài", *LEAD], capsys)
    ok(["register", ws, "-c", "2026-6-thang", "-m", "hoi-nha-bao", "--programme",
        "Giải báo chí tỉnh", *LEAD], capsys)
    report = json.loads(ok(["overlap", ws, "-c", "2026-6-thang", "--format", "json"],
                           capsys))
    assert [g["members"] for g in report["groups"]] == [["hoi-chu-thap-do",
                                                         "hoi-khuyen-hoc"]]
    ok(["campaign", "new", ws, "2026-ca-nam", "--title", "Tổng kết năm 2026", "--period",
        "year_end", "--year", "2026", "--start", "2026-01-01", "--end", "2026-12-31",
        "--deadline", "2026-12-20", "--from", "2026-6-thang", "--copy-targets", *LEAD],
       capsys)
    listed = ok(["campaign", "list", ws], capsys)
    assert "2026-ca-nam" in listed and "2026-6-thang" in listed
    with Workspace.open(ws) as opened:
        year_end = opened.campaign("2026-ca-nam")
        assert year_end.previous == "2026-6-thang"
        assert year_end.targets["lien-minh-htx"]["new_members"] == 120
        assert year_end.no_target["hoi-chu-thap-do"] == {"new_members"}
        assert year_end.members == tuple(m[0] for m in MEMBERS)
        assert opened.bloc.leadership_for(2026) is not None
    verified = ok(["audit", "verify", ws], capsys)
    assert "the chain checks" in verified
