"""The bundled sample's figures are ones the UI would not flag as mistyped: no part above
its whole (reports on time above reports due), nothing far above a target or the bloc."""

from __future__ import annotations

from emulation_core import Workspace
from emulation_core.sample import sample_workspace_path
from emulation_tui.entry import doubt


def test_no_figure_of_the_sample_looks_mistyped() -> None:
    flagged = []
    with Workspace.open(sample_workspace_path()) as ws:
        assert len(ws.campaigns) >= 2
        for campaign_id in ws.campaigns:
            board = ws.scoreboard(campaign_id)
            for member_id in board.scores:
                sub = board.submission(member_id)
                if sub is None:
                    continue
                leaves = board.table_for(member_id).leaves()
                targets = board.campaign.targets_for(member_id)
                for figures in (sub.values, sub.counted_values):
                    for key, value in figures.items():
                        others = [other.values[key] for m in board.scores if m != member_id
                                  if (other := board.submission(m)) is not None
                                  and key in other.values]
                        readers = [c for c in leaves if key in c.rule.indicators]
                        why = doubt(value, key, readers, targets.get(key), others, figures)
                        if why is not None:
                            flagged.append((campaign_id, member_id, key, value, why))
    assert flagged == []


def test_the_year_end_reports_due_are_a_whole_year_of_them() -> None:
    """The year-end campaign asks for a year of reports; each unit's on-time and late
    reports together are no more than those due."""
    with Workspace.open(sample_workspace_path()) as ws:
        for sub in ws.submissions("2018-ca-nam").values():
            values = sub.values
            assert values["reports_due"] == 12
            assert values["reports_on_time"] + values.get("late_reports", 0) \
                <= values["reports_due"]


def test_no_unit_sends_more_reports_than_are_due_in_either_campaign() -> None:
    """On-time and late reports together are no more than the reports due, in the locked
    mid-year campaign too (its figures were replayed through the library, lock and all)."""
    with Workspace.open(sample_workspace_path()) as ws:
        for campaign_id in ws.campaigns:
            for member, sub in ws.submissions(campaign_id).items():
                values = sub.counted_values
                sent = values["reports_on_time"] + values.get("late_reports", 0)
                assert sent <= values["reports_due"], (campaign_id, member)
