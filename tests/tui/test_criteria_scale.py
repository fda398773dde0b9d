"""A campaign whose criteria all come from the units' association types (the default of a
campaign made in the UI) shows the points each type is scored out of, not the empty slot's
0: in the title, in the campaign's details and on the slot's row."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from textual.widgets import Static, Tree

from emulation_core import CampaignPlan, PeriodKind, new_campaign
from emulation_tui import fmt
from emulation_tui.app import EmulationApp
from emulation_tui.screens.campaign_form import per_type_table
from emulation_tui.screens.criteria import CriteriaScreen
from emulation_tui.session import Session
from emulation_tui.widgets.chrome import TitleBar


def _type_totals(session: Session, campaign_id: str) -> set[Decimal]:
    """Each member type's points, added up from its own table's criteria."""
    return {sum((leaf.max_points for leaf in session.ws.table_for(campaign_id, m.type).leaves()
                 if not leaf.is_adjustment), Decimal(0))
            for m in session.bloc.members}


async def test_a_table_of_type_criteria_shows_what_each_type_is_scored_out_of(
        app: EmulationApp, session: Session) -> None:
    new_campaign(session.ws, CampaignPlan(
        "rieng", "Tiêu chí riêng", PeriodKind.CUSTOM, 2019, dt.date(2019, 1, 1),
        dt.date(2019, 6, 30), dt.date(2019, 7, 10)), table=per_type_table())
    session.reload()
    session.switch_campaign("rieng")
    totals = sorted(_type_totals(session, "rieng"))
    assert totals and totals[0] > 0
    shown = fmt.number(totals[0]) if len(totals) == 1 else \
        f"{fmt.number(totals[0])}–{fmt.number(totals[-1])}"
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CriteriaScreen)
        title = str(screen.query_one(TitleBar).query_one("#context", Static).render())
        assert f"thang điểm {shown}" in title and "thang điểm 0 " not in title
        slot = screen.query_one("#tree", Tree).root.children[0]
        assert f"· {shown}" in str(slot.label)
        screen.query_one("#tree", Tree).move_cursor(screen.query_one("#tree", Tree).root)
        await pilot.pause()
        details = str(screen.query_one("#detail-text", Static).render())
        assert f"Thang điểm {shown};" in details
