"""Change in rank only against a campaign the member took part in (issue 8): a unit added
this year is new, not moved; it does not appear in past campaigns; a place held without a
report (then or now) is no place to move from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from emulation_core import (
    CampaignPlan,
    Member,
    PeriodKind,
    PluginRegistry,
    PreviousPlace,
    Status,
    Submission,
    Workspace,
    add_member,
    new_campaign,
    previous_places,
)
from emulation_core.reports import report_for

D = Decimal
NEW = Member("hoi-d", "Hội Đồng Xanh", "Đồng Xanh", "chung")


def year_after(root: Path, registry: PluginRegistry) -> None:
    """hoi-d joins the bloc, then c2019 is rolled over from c2018; in c2019 hoi-a leads,
    hoi-b and hoi-d report, hoi-c (no report in c2018 either) sends nothing."""
    with Workspace.open(root, registry=registry, writable=True) as ws:
        add_member(ws, NEW)
        new_campaign(ws, CampaignPlan("c2019", "Tổng kết 2019", PeriodKind.YEAR_END, 2019,
                                      dt.date(2019, 1, 1), dt.date(2019, 12, 31),
                                      dt.date(2019, 12, 20)), rolled_from="c2018")
        for member, members, plan in (("hoi-a", 50, 1), ("hoi-b", 5, 1), ("hoi-d", 1, 0)):
            ws.save_submission(Submission(member, "c2019", Status.SUBMITTED,
                                          {"members": D(members), "plan": D(plan)}))


def test_a_member_added_this_year_is_new_and_absent_from_past_campaigns(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    year_after(root, registry)
    with Workspace.open(root, registry=registry) as ws:
        assert [r.score.member.id for r in ws.scoreboard("c2018").ranking] == [
            "hoi-b", "hoi-a", "hoi-c"]  # hoi-d took no part in 2018
        assert not ws.campaign("c2018").takes_part("hoi-d")
        assert previous_places(ws, "c2018") is None  # nothing before it to compare with
        places = previous_places(ws, "c2019")
        assert places == {"hoi-a": PreviousPlace(True, 2), "hoi-b": PreviousPlace(True, 1),
                          "hoi-c": PreviousPlace(True, None),  # took part, no report
                          "hoi-d": PreviousPlace(False)}
        now = {r.score.member.id: r for r in ws.scoreboard("c2019").ranking}
        assert [now[m].rank for m in ("hoi-a", "hoi-b", "hoi-d", "hoi-c")] == [1, 2, 3, 4]
        changes = {m: places[m].change(now[m]) for m in now}
        assert changes == {"hoi-a": 1, "hoi-b": -1, "hoi-c": None, "hoi-d": None}


def test_the_export_shows_no_change_for_the_new_member_or_a_missing_report(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    year_after(root, registry)
    with Workspace.open(root, registry=registry) as ws:
        rows = {row.member.id: row for row in report_for(ws, "c2019", "en").ranking}
        assert {m: row.change for m, row in rows.items()} == {
            "hoi-a": 1, "hoi-b": -1, "hoi-c": None, "hoi-d": None}
        assert (rows["hoi-d"].change_text, rows["hoi-c"].change_text) == (
            "not ranked before", "")  # hoi-c has no report now: nothing to say
        assert all(row.change_text == "" for row in report_for(ws, "c2018", "en").ranking)


def test_a_place_held_without_a_report_now_is_no_change() -> None:
    from emulation_core import Bloc, Campaign, CriteriaTable, Scoreboard

    campaign = Campaign("c", "Đợt", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), CriteriaTable(()))
    board = Scoreboard(Bloc("k", "Khối", (NEW,)), campaign, {"chung": CriteriaTable(())}, {})
    (missing,) = board.ranking
    assert PreviousPlace(True, 1).change(missing) is None
