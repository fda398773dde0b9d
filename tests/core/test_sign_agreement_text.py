"""`sign_agreement` takes the signing date as typed, like `CampaignPlan`'s dates."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from emulation_core import DateError, Workspace, sample_workspace_path, sign_agreement


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    return root


@pytest.mark.parametrize("typed", ["15/02/2018", "2018-02-15", "15.02.2018"])
def test_a_typed_date_is_read(ws: Path, typed: str) -> None:
    with Workspace.open(ws, writable=True) as opened:
        changes = sign_agreement(opened, "2018-ca-nam", typed)
        assert [c.new for c in changes] == ["2018-02-15"]
        assert opened.registrations["2018-ca-nam"].signed == dt.date(2018, 2, 15)


def test_a_date_not_in_the_calendar_is_refused_before_anything_is_saved(ws: Path) -> None:
    with Workspace.open(ws, writable=True) as opened:
        before = opened.registrations.get("2018-ca-nam")
        with pytest.raises(DateError) as refused:
            sign_agreement(opened, "2018-ca-nam", "31/02/2018")
        assert refused.value.key == "date.calendar"
        assert "không có trên lịch" in refused.value.message_text("vi")
        assert opened.registrations.get("2018-ca-nam") == before
