"""Scoring reads only the cross-scores that count: with ``counted_only`` the workspace works
out the campaign's own method and no flags, and nothing at all when cross-scores do not
count (mode off); what counts is the same as from every method worked out."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from emulation_core import Workspace, sample_workspace_path
from emulation_core.crossscores import Aggregate, CrossMode

YEAR_END = "2018-ca-nam"  # the sample's campaign with cross-scores


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("cross") / "sample"
    shutil.copytree(sample_workspace_path(), target)
    return target


@pytest.mark.parametrize("mode", [CrossMode.REPLACE, CrossMode.WEIGH])
@pytest.mark.parametrize("method", list(Aggregate))
def test_what_counts_is_the_same_from_the_campaigns_method_alone(
        sample: Path, mode: CrossMode, method: Aggregate) -> None:
    with Workspace.open(sample, writable=True) as ws:
        ws.cross_configure(YEAR_END, method=method, mode=mode, weight=Decimal("0.4"))
        full = ws.cross_results(YEAR_END)
        alone = ws.cross_results(YEAR_END, counted_only=True)
        assert full.counted  # the sample's cross-scores count in these modes
        assert alone.counted == full.counted
        assert alone.flags == ()
        assert {cell.exact[other] for cells in alone.cells.values()
                for cell in cells.values() for other in Aggregate if other is not method} \
            == {None}
        subs = ws.cross_counted_submissions(YEAR_END)
        checked = [(member, code, points) for (member, code), points in full.counted.items()
                   if member in subs]  # a member without a report has nothing to replace
        assert checked
        for member, code, points in checked:
            assert subs[member].entry(code).verified_points == points


def test_with_mode_off_nothing_is_worked_out_and_the_reviewed_scores_stand(
        sample: Path) -> None:
    with Workspace.open(sample, writable=True) as ws:
        ws.cross_configure(YEAR_END, method=Aggregate.ZSCORE, mode=CrossMode.OFF)
        assert ws.cross_results(YEAR_END).cells  # every method, for the cross-score screen
        assert ws.cross_results(YEAR_END).counted == {}
        alone = ws.cross_results(YEAR_END, counted_only=True)
        assert (alone.cells, alone.flags, alone.counted) == ({}, (), {})
        assert ws.cross_counted_submissions(YEAR_END) == dict(ws.submissions(YEAR_END))
