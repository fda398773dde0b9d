"""`emulation member`, `leadership`, `campaign` and `targets`: success, bad input (exit 2,
nothing changed) and who is recorded in the change log."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from emulation_core import Workspace, sample_workspace_path
from emulation_core.audit import read_chain
from emulation_core.campaigns import targets_not_entered

from .clitools import run, snapshot

SAMPLE_6 = "2018-6-thang"




@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    with Workspace.open(root, writable=True) as opened:  # the change log starts here
        opened.unlock_campaign(SAMPLE_6, "these tests edit the mid-year campaign")
    return root


def last_by(root: Path) -> tuple[str, str]:
    entries, _, _ = read_chain(root)
    return entries[-1].by.name, entries[-1].change.kind


def test_member_add_is_recorded_and_kept_out_of_past_campaigns(
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["member", "add", str(ws), "hoi-khuyen-hoc-2", "--name",
                        "Hội Khuyến học mới", "--short", "HKH mới", "--type", "khuyen-hoc",
                        "--as", "Nguyễn Văn An"], capsys)
    assert code == 0
    assert "member.added hoi-khuyen-hoc-2" in out
    assert last_by(ws)[0] == "Nguyễn Văn An"
    with Workspace.open(ws) as opened:
        assert opened.bloc.member("hoi-khuyen-hoc-2") is not None
        for campaign_id in opened.campaigns:
            board = opened.scoreboard(campaign_id)
            assert "hoi-khuyen-hoc-2" not in {r.score.member.id for r in board.ranking}


@pytest.mark.parametrize("args", [
    ["member", "add", "{ws}", "hoi-nha-bao", "--name", "X", "--short", "X", "--type",
     "nha-bao"],
    ["member", "add", "{ws}", "moi", "--name", "X", "--short", "X", "--type", "no-such"],
    ["member", "add", "{ws}", "../up", "--name", "X", "--short", "X", "--type", "nha-bao"],
    ["member", "edit", "{ws}", "no-such", "--name", "X"],
    ["member", "remove", "{ws}", "no-such"],
    ["leadership", "set", "{ws}", "--year", "2019", "--lead", "no-such"],
    ["leadership", "set", "{ws}", "--year", "2019", "--lead", "hoi-nha-bao", "--deputy",
     "hoi-nha-bao"],
    ["campaign", "new", "{ws}", SAMPLE_6, "--title", "T", "--period", "custom", "--year",
     "2019", "--start", "2019-01-01", "--end", "2019-06-30", "--deadline", "2019-07-15"],
    ["campaign", "new", "{ws}", "2019", "--title", "T", "--period", "custom", "--year",
     "2019", "--start", "01/07/2019", "--end", "30/06/2019", "--deadline", "2019-07-15"],
    ["campaign", "new", "{ws}", "2019", "--title", "T", "--period", "custom", "--year",
     "2019", "--start", "31/02/2019", "--end", "30/06/2019", "--deadline", "2019-07-15"],
    ["campaign", "new", "{ws}", "2019", "--title", "T", "--period", "custom", "--year",
     "2019", "--start", "01/01/2019", "--end", "30/06/2019", "--deadline", "2019-07-15",
     "--from", "no-such"],
    ["campaign", "edit", "{ws}", SAMPLE_6, "--precision", "0,05"],
    ["campaign", "edit", "{ws}", SAMPLE_6, "--tie-break", "section:99"],
    ["targets", "set", "{ws}", "-c", SAMPLE_6, "-m", "hoi-chu-thap-do", "ctd_blood_unit=5"],
    ["targets", "set", "{ws}", "-c", SAMPLE_6, "-m", "hoi-chu-thap-do", "ctd_blood_units"],
    ["targets", "set", "{ws}", "-c", SAMPLE_6, "-m", "hoi-chu-thap-do",
     "ctd_funds_total_vnd=1.234"],
    ["targets", "set", "{ws}", "-c", SAMPLE_6, "-m", "hoi-chu-thap-do",
     "ctd_blood_units=-4"],
])
def test_bad_input_exits_2_and_changes_nothing(ws: Path, args: list[str],
                                               capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(ws)
    code, _, err = run([a.replace("{ws}", str(ws)) for a in args] + ["--as", "An"], capsys)
    assert code == 2
    assert err.startswith("error:") and "Traceback" not in err
    assert snapshot(ws) == before


def test_member_edit_and_remove(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["member", "edit", str(ws), "hoi-nha-bao", "--short", "Hội NB",
                        "--as", "Trần Bình"], capsys)
    assert code == 0 and "short_name" in out and "Hội NB" in out
    assert last_by(ws) == ("Trần Bình", "member.changed")
    code, out, _ = run(["member", "remove", str(ws), "hoi-vhnt", "--as", "An"], capsys)
    assert code == 0 and "member.removed hoi-vhnt" in out
    with Workspace.open(ws) as opened:
        assert opened.bloc.member("hoi-vhnt") is None
        assert all("hoi-vhnt" not in opened.submissions(c) for c in opened.campaigns)


def test_leadership_set(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["leadership", "set", str(ws), "--year", "2019", "--lead",
                        "hoi-nha-bao", "--deputy", "hoi-vhnt", "--as", "lead:An"], capsys)
    assert code == 0 and "2019.lead" in out
    with Workspace.open(ws) as opened:
        term = opened.bloc.leadership_for(2019)
        assert term is not None and (term.lead, term.deputy) == ("hoi-nha-bao", "hoi-vhnt")
    assert last_by(ws) == ("An", "leadership.changed")


def test_campaign_rolled_over(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["campaign", "new", str(ws), "2019-6-thang", "--title",
                        "Sơ kết 6 tháng 2019", "--period", "mid_year", "--year", "2019",
                        "--start", "01/01/2019", "--end", "2019-06-30", "--deadline",
                        "15/07/2019", "--from", SAMPLE_6, "--as", "An"], capsys)
    assert code == 0 and "campaign.created 2019-6-thang" in out
    with Workspace.open(ws) as opened:
        old, new = opened.campaign(SAMPLE_6), opened.campaign("2019-6-thang")
        assert (new.table, new.bands, new.precision, new.tie_break, new.rank_by) == \
            (old.table, old.bands, old.precision, old.tie_break, old.rank_by)
        assert new.previous == SAMPLE_6 and not new.targets
        assert not opened.submissions("2019-6-thang")
        assert str(new.deadline) == "2019-07-15"
    code, out, _ = run(["campaign", "list", str(ws)], capsys)
    assert "2019-6-thang" in out and "15/07/2019" in out


def test_roll_over_copies_targets_when_asked(ws: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["campaign", "new", str(ws), "2019", "--title", "2019", "--period", "year_end",
                "--year", "2019", "--start", "2019-01-01", "--end", "2019-12-31",
                "--deadline", "2020-01-15", "--from", SAMPLE_6, "--copy-targets",
                "--as", "An"], capsys)[0] == 0
    with Workspace.open(ws) as opened:
        assert opened.campaign("2019").targets == opened.campaign(SAMPLE_6).targets


def test_campaign_edit_prints_what_changed(ws: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["campaign", "edit", str(ws), SAMPLE_6, "--rank-by", "percent",
                        "--deadline", "20/07/2018", "--as", "An"], capsys)
    assert code == 0
    assert "rank_by: total → percent" in out and "deadline" in out and "2018-07-20" in out
    with Workspace.open(ws) as opened:
        assert opened.campaign(SAMPLE_6).rank_by.value == "percent"


def test_targets_vietnamese_numbers_and_no_target(ws: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["targets", "set", str(ws), "-c", SAMPLE_6, "-m", "hoi-chu-thap-do",
                        "ctd_blood_units=1.430", "ctd_funds_total_vnd=250.000.000",
                        "new_members=none", "--as", "Bình"], capsys)
    assert code == 0, out
    with Workspace.open(ws) as opened:
        campaign = opened.campaign(SAMPLE_6)
        assert campaign.targets["hoi-chu-thap-do"] == {"ctd_blood_units": 1430,
                                                       "ctd_funds_total_vnd": 250_000_000}
        assert campaign.no_target["hoi-chu-thap-do"] == {"new_members"}
    assert last_by(ws)[0] == "Bình"
    code, out, _ = run(["targets", "set", str(ws), "-c", SAMPLE_6, "-m", "hoi-chu-thap-do",
                        "new_members=", "--as", "Bình"], capsys)
    assert code == 0 and "no_target" in out
    with Workspace.open(ws) as opened:
        assert "hoi-chu-thap-do" not in opened.campaign(SAMPLE_6).no_target


def test_targets_not_entered_differs_from_no_target(ws: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["targets", "set", str(ws), "-c", SAMPLE_6, "-m", "hoi-chu-thap-do",
                        "ctd_blood_units=", "--as", "An"], capsys)
    assert code == 0 and "not entered yet" in err and "ctd_blood_units" in err
    with Workspace.open(ws) as opened:
        assert "ctd_blood_units" in targets_not_entered(opened, SAMPLE_6)["hoi-chu-thap-do"]
    code, _, err = run(["targets", "set", str(ws), "-c", SAMPLE_6, "-m", "hoi-chu-thap-do",
                        "ctd_blood_units=none", "--as", "An"], capsys)
    assert code == 0 and "ctd_blood_units" not in err
    with Workspace.open(ws) as opened:
        assert "ctd_blood_units" not in targets_not_entered(opened, SAMPLE_6).get(
            "hoi-chu-thap-do", ())
