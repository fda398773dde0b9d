"""What a lead met walking a first year in the UI from an empty folder: the palette before
any campaign, the dashboard once the first campaign is made, `[`/`]` in a stable order,
the explanation dialog's claim, and a unit's history with the campaign's lock and unlock."""

from __future__ import annotations

from pathlib import Path

from textual.command import CommandInput, CommandList
from textual.widgets import Static

from emulation_core import PluginRegistry, Status, Workspace
from emulation_tui.app import EmulationApp
from emulation_tui.history import content_text, member_history
from emulation_tui.screens.campaign_form import CampaignForm
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session, open_session
from emulation_tui.widgets.table import DenseTable

from .conftest import build_workspace, clock, new_app, open_criterion


def _no_campaign(tmp_path: Path, registry: PluginRegistry) -> Path:
    """The fixture's bloc and members in a workspace of its own, with no campaign yet."""
    full = build_workspace(tmp_path / "full", registry)
    with Workspace.open(full, registry=registry) as ws:
        bloc = ws.bloc
    root = tmp_path / "empty"
    Workspace.create(root, bloc, registry=registry).close()
    return root


async def test_before_any_campaign_the_palette_works_and_the_first_one_fills_the_dashboard(
        tmp_path: Path, registry: PluginRegistry) -> None:
    session = open_session(_no_campaign(tmp_path, registry), clock=clock, registry=registry)
    app = new_app(session)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            assert isinstance(app.screen, DashboardScreen)
            assert not app.screen.query_one("#members", DenseTable).display
            await pilot.press("m")  # the roles of this year, before any campaign
            await pilot.pause()
            listed = app.screen.query_one("#member-list", DenseTable)
            assert "Trưởng khối 2018" in str(listed.get_row("ctd-tinh"))
            await pilot.press("d")
            await pilot.pause()
            await pilot.press("ctrl+p")
            await pilot.pause()
            app.screen.query_one(CommandInput).value = "ban la ai"
            await pilot.pause(0.4)
            options = app.screen.query_one(CommandList)
            found = [str(options.get_option_at_index(i).prompt)
                     for i in range(options.option_count)]
            assert any("Bạn là ai" in option for option in found)
            await pilot.press("escape", "C", "n")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, CampaignForm)
            for field_id, value in (("title", "Sơ kết 6 tháng"), ("start", "01/01/2018"),
                                    ("end", "30/06/2018"), ("deadline", "10/07/2018")):
                form.query_one(f"#{field_id}").value = value  # type: ignore[attr-defined]
            await pilot.press("ctrl+s")
            await pilot.pause()
            await pilot.press("d")
            await pilot.pause()
            dashboard = app.screen
            assert isinstance(dashboard, DashboardScreen)
            table = dashboard.query_one("#members", DenseTable)
            assert table.display and len(table.keys) == len(session.bloc.members)
            assert not dashboard.query_one("#empty", Static).display
    finally:
        session.close()


async def test_next_and_previous_unit_go_in_name_order(app: EmulationApp,
                                                       session: Session) -> None:
    names = sorted((m.name, m.id) for m in session.bloc.members)
    async with app.run_test(size=(100, 30)) as pilot:
        app.screen.query_one("#members", DenseTable).select_key(names[0][1])
        await pilot.press("enter")
        await pilot.pause()
        seen = []
        for _ in names:
            screen = app.screen
            assert isinstance(screen, ScoringScreen)
            seen.append(screen.member_id)
            await pilot.press("right_square_bracket")
            await pilot.pause()
        assert sorted(seen) == sorted(member_id for _, member_id in names)  # each once
        assert app.screen.member_id == seen[0]  # type: ignore[attr-defined]


async def test_the_explanation_dialog_shows_the_claim_from_the_units_own_figure(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 34)) as pilot:
        await open_criterion(app, pilot, "ctd-ha-long", "III.1")  # submitted, 3 courses reported
        board = session.board
        assert board is not None
        claimed = board.claimed_of("ctd-ha-long", "III.1")
        await pilot.press("enter", "backspace", "1", "enter")  # corrected to 1
        await pilot.pause()
        await pilot.press(*"so lop", "enter")
        await pilot.pause()
        assert board.claimed_of("ctd-ha-long", "III.1") == claimed
        await pilot.press("escape", "e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        body = str(dialog.query_one(".dialog-body", Static).render())
        assert f"Tự chấm {claimed:.2f}".replace(".", ",") in body


def test_a_units_history_shows_the_campaigns_lock_and_unlock_with_their_reasons(
        session: Session) -> None:
    ws = session.ws
    campaign = session.campaign
    assert campaign is not None
    for member_id, sub in ws.submissions(campaign.id).items():
        if sub.status is Status.DRAFT:
            ws.submit(campaign.id, member_id)
        if sub.status is not Status.VERIFIED:
            ws.verify_submission(campaign.id, member_id)
    ws.lock_campaign(campaign.id, reason="họp khối")
    ws.unlock_campaign(campaign.id, "sửa số liệu")
    lines = member_history(session, "ctd-tinh").lines
    reasons = [line.reason for line in lines if line.what in ("khoá đợt", "mở khoá đợt")]
    assert reasons == ["họp khối", "sửa số liệu"]
    steps = [(line.old, line.new) for line in lines if line.what == "trạng thái báo cáo"]
    assert ("đã thẩm định", "đã khoá") in steps and ("đã khoá", "đã thẩm định") in steps


def test_a_registered_items_kind_reads_in_the_interface_language() -> None:
    assert content_text("field: Hiến máu [y tế]") == "lĩnh vực chủ trì: Hiến máu [y tế]"
    assert content_text("no kind here") == "no kind here"
