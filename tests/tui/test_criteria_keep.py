"""The criteria editor's kept copy is read as the workspace reads its own files: a copy
reached through a link to somewhere outside the workspace is not offered back."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from emulation_tui.criteria_draft import Draft
from emulation_tui.criteria_keep import DRAFTS, keep, kept
from emulation_tui.session import Session

_NOW = dt.datetime(2018, 7, 1, 9, 30)


def _kept_copy(session: Session) -> tuple[Path, str]:
    campaign = next(iter(session.ws.campaigns.values()))
    draft = Draft(campaign.id, campaign.table)
    assert keep(session.ws.path, draft, _NOW) is None
    return session.ws.path, campaign.id


def test_a_kept_copy_is_read_back(session: Session) -> None:
    root, campaign = _kept_copy(session)
    copy = kept(root, campaign)
    assert copy is not None and copy.at == _NOW
    assert copy.table == session.ws.campaign(campaign).table


def test_a_copy_behind_a_linked_folder_is_not_offered(session: Session,
                                                      tmp_path: Path) -> None:
    root, campaign = _kept_copy(session)
    outside = tmp_path / "elsewhere"
    os.rename(root / DRAFTS, outside)  # the same copy, now outside the workspace
    (root / DRAFTS).symlink_to(outside, target_is_directory=True)
    assert kept(root, campaign) is None


def test_a_pipe_in_place_of_the_copy_is_not_read(session: Session) -> None:
    root, campaign = _kept_copy(session)
    copy = root / DRAFTS / f"criteria-{campaign}.toml"
    copy.unlink()
    os.mkfifo(copy)  # reading it would block for ever
    assert kept(root, campaign) is None
