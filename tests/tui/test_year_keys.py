"""Keys of the year's close-out: `k` and `u` on the dashboard lock and unlock the campaign
with the dialogs of the other screens; the registration grid's headers name indicators by
their label; the campaign form's "copy targets" box is offered only when there is
something to copy."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from textual.widgets import Checkbox, Input, Select, Static

from emulation_core import CampaignPlan, PeriodKind, Status, new_campaign
from emulation_core.audit import read_chain
from emulation_tui.app import EmulationApp
from emulation_tui.screens.campaign_form import EMPTY, CampaignForm
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.dialogs import MessageDialog
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.screens.registration import RegistrationScreen
from emulation_tui.session import Session

from .conftest import notified

CAMPAIGN = "2018-6t"


def _verify_all(session: Session) -> None:
    for member, score in session.ws.scoreboard(CAMPAIGN).scores.items():
        if score.status is Status.VERIFIED:
            continue
        if score.status is Status.MISSING:
            session.ws.set_values(CAMPAIGN, member, {"trainings": Decimal(1)})
        if session.ws.submissions(CAMPAIGN)[member].status is not Status.SUBMITTED:
            session.ws.submit(CAMPAIGN, member)
        session.ws.verify_submission(CAMPAIGN, member)
    session.reload()


async def test_k_on_the_dashboard_lists_the_unverified_then_locks_and_u_unlocks(
        app: EmulationApp, session: Session, ws_path: Path) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("k")  # not every report is verified: says whose
        await pilot.pause()
        assert isinstance(app.screen, MessageDialog)
        assert "Hội Chữ thập đỏ TP Hạ Long" in str(
            app.screen.query_one(".dialog-body", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert not session.ws.is_locked(CAMPAIGN)
        _verify_all(session)
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog)
        await pilot.press(*"hop khoi", "enter")
        await pilot.pause()
        assert session.ws.is_locked(CAMPAIGN)
        assert notified(app, "Đã khoá")
        await pilot.press("k")  # already locked: said, nothing asked
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        await pilot.press("u", "enter")  # the reason is mandatory
        await pilot.pause()
        assert isinstance(app.screen, ReasonDialog) and session.ws.is_locked(CAMPAIGN)
        await pilot.press(*"sua so", "enter")
        await pilot.pause()
        assert not session.ws.is_locked(CAMPAIGN)
    entries, _, broken = read_chain(ws_path)
    assert broken is None
    kinds = [(e.change.kind, e.change.reason) for e in entries
             if e.change.kind.startswith("campaign.")]
    assert kinds[-2:] == [("campaign.locked", "hop khoi"), ("campaign.unlocked", "sua so")]


async def test_the_registration_headers_show_labels_cut_to_the_width(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegistrationScreen)
        labels = [str(c.label) for c in screen.table.ordered_columns[2:]]
        grid = screen.grid
        assert grid is not None and labels
        for label, indicator in zip(labels, grid.indicators, strict=True):
            assert indicator.key not in label  # a label, not the raw key
            assert label.rstrip("…").split(" (")[0] in indicator.label
        widths = sum(c.get_render_width(screen.table) for c in screen.table.ordered_columns)
        assert widths <= 80
        screen.table.move_cursor(column=2)
        await pilot.pause()
        detail = str(screen.query_one("#cell-detail", Static).render())
        assert f"[{grid.indicators[0].key}]" in detail  # the key kept in sight


async def test_copy_targets_is_offered_only_from_a_campaign_with_targets(
        app: EmulationApp, session: Session) -> None:
    new_campaign(session.ws, CampaignPlan(
        "bare", "Không chỉ tiêu", PeriodKind.CUSTOM, 2019, dt.date(2019, 1, 1),
        dt.date(2019, 3, 31), dt.date(2019, 4, 10)))
    session.reload()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("C", "n")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CampaignForm)
        box = form.query_one("#copy-targets", Checkbox)
        assert box.disabled and not box.value
        with_targets = next(c.id for c in session.campaigns() if c.targets)
        form.query_one("#from", Select).value = with_targets
        await pilot.pause()
        assert not box.disabled and not box.value  # targets to copy: offered
        assert " X " not in str(box.render())  # the box drawn empty
        box.toggle()
        await pilot.pause()
        assert "X" in str(box.render())
        form.query_one("#from", Select).value = EMPTY
        await pilot.pause()
        assert box.disabled and not box.value  # nothing to copy: unticked, and said
        assert "đợt cũ" in str(form.query_one("#copy-targets-note", Static).render())
        form.query_one("#from", Select).value = "bare"
        await pilot.pause()
        assert box.disabled and not box.value
        assert "không có gì để chép" in str(
            form.query_one("#copy-targets-note", Static).render())


async def test_keys_typed_while_the_target_line_opens_are_not_lost(
        app: EmulationApp, session: Session) -> None:
    """A digit on a cell opens the line below the grid; what is typed before the line has
    the focus (fast typing, a paste) goes on the line, not to the grid."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegistrationScreen)
        screen.table.move_cursor(column=2)
        await pilot.pause()
        await pilot.press("1")
        screen.table.focus()  # as if the line had not taken the focus yet
        await pilot.pause()
        await pilot.press(".", "4", "3", "0")
        await pilot.pause()
        assert screen.query_one("#target-input", Input).value == "1.430"
