"""`emulation rank` shows the change since the previous campaign only for members that took
part in it and are ranked on a report (issue 8): a member added this year reads "mới" (new),
a missing report "–", and a past campaign does not list the new member at all."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from .clitools import run


def _setup(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """hoi-d joins, c2019 is rolled over from c2018, three units report in c2019."""
    for args in (
        ["member", "add", str(root), "hoi-d", "--name", "Hội Đồng Xanh", "--short", "Đồng Xanh",
         "--type", "chung"],
        ["campaign", "new", str(root), "c2019", "--title", "Tổng kết 2019", "--period",
         "year_end", "--year", "2019", "--start", "01/01/2019", "--end", "31/12/2019",
         "--deadline", "20/12/2019", "--from", "c2018"],
        ["values", "set", str(root), "-c", "c2019", "-m", "hoi-a", "members=50", "plan=1"],
        ["values", "set", str(root), "-c", "c2019", "-m", "hoi-b", "members=5", "plan=1"],
        ["values", "set", str(root), "-c", "c2019", "-m", "hoi-d", "members=1"],
        ["submit", str(root), "-c", "c2019", "-m", "hoi-a"],
        ["submit", str(root), "-c", "c2019", "-m", "hoi-b"],
        ["submit", str(root), "-c", "c2019", "-m", "hoi-d"],
    ):
        code, _, err = run([*args, "--as", "Tester"], capsys)
        assert code == 0, (args, err)


def _rows(out: str) -> dict[str, list[str]]:
    """The table's rows by unit short name: the cells before the name."""
    names = ("Ánh Dương", "Bình Minh", "Ca Dao", "Đồng Xanh")
    rows = {}
    for line in out.splitlines():
        for name in names:
            if name in line:
                rows[name] = line.split(name)[0].split()
    return rows


def test_rank_shows_change_only_against_the_campaign_a_member_took_part_in(
        make_ws: Callable[[], Path], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    root = make_ws()
    _setup(root, capsys)
    code, out, err = run(["rank", str(root), "-c", "c2019"], capsys)
    assert code == 0, err
    assert " ± " in out.splitlines()[3]
    assert _rows(out) == {"Ánh Dương": ["1", "▲1"], "Bình Minh": ["2", "▼1"],
                          "Đồng Xanh": ["3", "mới"], "Ca Dao": ["4", "–"]}
    code, out, err = run(["rank", str(root), "-c", "c2018"], capsys)
    assert code == 0, err
    assert "±" not in out  # nothing before c2018 to compare with
    assert "Đồng Xanh" not in out  # the new member is not in the past campaign
    assert _rows(out) == {"Bình Minh": ["1"], "Ánh Dương": ["2"], "Ca Dao": ["3"]}
