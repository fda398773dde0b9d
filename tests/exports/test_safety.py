"""Exports are written only where the user said, whole, and text cannot become a formula."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_cli import main
from emulation_core import Workspace, sample_workspace_path
from emulation_core.reports import Report, export_bytes, report_for
from emulation_core.text import printable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture(scope="module")
def report() -> Report:
    with Workspace.open(sample_workspace_path()) as ws:
        return report_for(ws, "2018-ca-nam", "vi")


def _with_name(report: Report, name: str) -> Report:
    first = report.ranking[0]
    member = attrs.evolve(first.member, name=name)
    return attrs.evolve(report, ranking=(attrs.evolve(first, member=member),
                                         *report.ranking[1:]))


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_no_csv_text_cell_can_start_a_formula(report: Report, name: str) -> None:
    data = export_bytes(_with_name(report, name), "csv").decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=";"))
    cell = rows[1][2]
    assert not cell.startswith(FORMULA_STARTS)
    shown = printable(attrs.evolve(report.ranking[0].member, name=name).name)
    assert cell in (shown, f"'{shown}")  # a name that is itself "'" keeps its own quote


def test_a_hostile_name_is_kept_as_text(report: Report) -> None:
    data = export_bytes(_with_name(report, '=HYPERLINK("http://x","y")'), "csv")
    assert "'=HYPERLINK" in data.decode("utf-8-sig")


def test_a_missing_folder_is_refused_and_nothing_is_created(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "no" / "such" / "ranking.csv"
    code = main(["export", str(sample_workspace_path()), "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    assert "no such folder" in err
    assert not (tmp_path / "no").exists()


def test_a_link_at_the_named_file_is_not_followed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    link = tmp_path / "ranking.csv"
    os.symlink(victim, link)
    code = main(["export", str(sample_workspace_path()), "-o", str(link)])
    assert code == 2
    assert "symbolic link" in capsys.readouterr().err
    assert victim.read_text() == "keep me"


def test_an_existing_file_is_replaced_whole_with_no_temporary_left(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ranking.md"
    out.write_text("old " * 10_000)
    assert main(["export", str(sample_workspace_path()), "-o", str(out)]) == 0
    capsys.readouterr()
    assert out.read_text("utf-8").startswith("# Kết quả")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ranking.md"]


@pytest.mark.parametrize(("args", "said"), [
    (["-o", "ranking.txt"], "cannot tell the format"),
    (["-o", "ranking.md", "--raw"], "--raw: only for --format csv"),
    (["-o", "ranking.csv", "-c", "no-such-campaign"], "no-such-campaign"),
])
def test_bad_options_say_what_to_do_and_exit_2(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str],
        said: str) -> None:
    args = [a if not a.startswith("ranking") else str(tmp_path / a) for a in args]
    code = main(["export", str(sample_workspace_path()), *args])
    assert code == 2
    assert said in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
