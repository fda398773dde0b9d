"""What walking a lead's year again found in setting up, each pinned: a unit added can take
part in the campaign worked on (a campaign made before its units no longer stays empty
without a word), the dashboard says what to do when the bloc or the campaign has no units,
the lead's year is named, association types in Vietnamese order, the campaigns list keeping
what a lead reads before the folder's id, and the registration grid saying when a column
has no unit left below instead of letting the next figure replace the last one."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from textual.widgets import Input, Select, Static

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    PeriodKind,
    PluginRegistry,
    Section,
    Workspace,
    read_chain,
)
from emulation_tui.app import EmulationApp
from emulation_tui.criteria_draft import Draft
from emulation_tui.screens.campaign_form import CampaignForm
from emulation_tui.screens.criteria_rows import slot_mismatches
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.member_form import MemberForm
from emulation_tui.screens.registration import RegistrationScreen
from emulation_tui.session import Session, open_session
from emulation_tui.widgets.table import DenseTable
from emulation_tui.widgets.toggles import TickBox

from .conftest import clock, new_app, notified, settle


def _empty_campaign_ws(root: Path, registry: PluginRegistry) -> Path:
    """A bloc whose one campaign was made before it had any unit."""
    ws = Workspace.create(root, Bloc("khoi", "Khối thử"), registry=registry)
    ws.save_campaign(Campaign("2026-6t", "Sơ kết 6 tháng 2026", PeriodKind.MID_YEAR, 2026,
                              dt.date(2026, 1, 1), dt.date(2026, 6, 30), dt.date(2026, 7, 10),
                              CriteriaTable(()), members=()))
    ws.close()
    return root


def _shown(screen: object, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())  # type: ignore[attr-defined]


async def _add(app: EmulationApp, pilot: object, name: str, short: str, *,
               join: bool | None) -> MemberForm:
    await pilot.press("m", "a")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    form = app.screen
    assert isinstance(form, MemberForm)
    form.query_one("#name", Input).value = name
    form.query_one("#short", Input).value = short
    form.query_one("#type", Select).value = "chu-thap-do"
    boxes = list(form.query("#join").results(TickBox))
    if join is None:
        assert boxes == []
    else:
        boxes[0].value = join
    await pilot.press("ctrl+s")  # type: ignore[attr-defined]
    await settle(app, pilot)  # type: ignore[arg-type]
    return form


async def test_a_campaign_made_before_its_units_says_why_and_a_unit_added_can_join_it(
        tmp_path: Path, registry: PluginRegistry) -> None:
    path = _empty_campaign_ws(tmp_path / "ws", registry)
    session = open_session(path, clock=clock, registry=registry)
    app = new_app(session)
    try:
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            dash = app.screen
            assert isinstance(dash, DashboardScreen)
            assert "Đợt này không có đơn vị nào tham gia" in _shown(dash, "#empty")
            await pilot.press("m", "a")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, MemberForm)
            box = form.query_one("#join", TickBox)
            assert box.value is True  # the campaign has no report yet: it is being set up
            assert "Sơ kết 6 tháng 2026" in str(form.query_one("#join-title", Static).render())
            await pilot.press("escape")
            await pilot.pause()
            await _add(app, pilot, "Hội Chữ thập đỏ tỉnh", "CTĐ tỉnh", join=False)
            assert notified(app, "tham gia các đợt thi đua tạo từ nay")
            await pilot.press("d")
            await pilot.pause()
            dash = app.screen
            assert "Đợt này không có đơn vị nào tham gia" in _shown(dash, "#empty")
            assert not dash.query_one("#members", DenseTable).display
            await _add(app, pilot, "Hội Chữ thập đỏ TP Hạ Long", "CTĐ Hạ Long", join=True)
            assert notified(app, "tham gia đợt Sơ kết 6 tháng 2026")
            await pilot.press("d")
            await pilot.pause()
            dash = app.screen
            assert dash.query_one("#members", DenseTable).keys == [
                "hoi-chu-thap-do-tp-ha-long"]
            assert not dash.query_one("#empty", Static).display
    finally:
        assert app.session is not None
        app.session.close()
    with Workspace.open(path, registry=registry) as ws:
        assert ws.campaign("2026-6t").members == ("hoi-chu-thap-do-tp-ha-long",)
        assert len(ws.bloc.members) == 2
    entries = read_chain(path)[0]
    joined = [e for e in entries if e.change.kind.startswith("campaign.")
              and e.change.campaign == "2026-6t"]
    added = [e for e in entries if e.change.kind == "member.added"]
    assert joined and joined[-1].at == added[-1].at  # one recorded step with the addition


async def test_the_form_of_a_new_campaign_warns_while_the_bloc_has_no_unit(
        tmp_path: Path, registry: PluginRegistry) -> None:
    ws = Workspace.create(tmp_path / "ws", Bloc("khoi", "Khối thử"), registry=registry)
    ws.close()
    session = open_session(tmp_path / "ws", clock=clock, registry=registry)
    app = new_app(session)
    try:
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            assert "Khối chưa có đơn vị nào" in _shown(app.screen, "#empty")
            await pilot.press("C", "n")
            await pilot.pause()
            form = app.screen
            assert isinstance(form, CampaignForm)
            said = " ".join(str(s.render()) for s in form.query(Static))
            assert "đợt tạo bây giờ không có đơn vị tham gia" in said
    finally:
        session.close()


async def test_a_member_added_to_a_campaign_with_reports_does_not_join_it_unasked(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("m", "a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MemberForm)
        assert form.query_one("#join", TickBox).value is False  # reports are in already
        await pilot.press("escape")
        await pilot.pause()


async def test_making_a_lead_names_the_campaigns_year(app: EmulationApp,
                                                      session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one(DenseTable).select_key("ctd-ha-long")
        await pilot.press("l")
        await settle(app, pilot)
        assert notified(app, "Hội Chữ thập đỏ TP Hạ Long là trưởng khối năm 2018.")
        assert session.ws.bloc.leadership_for(2018).lead == "ctd-ha-long"  # type: ignore[union-attr]


def test_slot_mismatches_name_the_types_in_vietnamese_order() -> None:
    table = CriteriaTable((Section("1", "Chuyên môn", max_points=Decimal(50), per_type=True),))
    sums = {"Liên minh Hợp tác xã": Decimal(40), "Đoàn Luật sư": Decimal(40),
            "Hội Nhà báo": Decimal(40), "Dân tộc": Decimal(40)}
    names = [name for _, name, _, _ in slot_mismatches(Draft("c", table), sums)]
    assert names == ["Dân tộc", "Đoàn Luật sư", "Hội Nhà báo", "Liên minh Hợp tác xã"]


async def test_the_campaigns_list_keeps_kind_and_units_before_the_folder_id(
        app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("C")
        await pilot.pause()
        shown = [str(c.label) for c in app.screen.query_one(DenseTable).ordered_columns]
        assert "Loại kỳ" in shown and "Đơn vị" in shown
        assert "Mã đợt" not in shown


async def test_the_last_unit_of_a_column_is_said_and_the_line_names_what_it_replaces(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RegistrationScreen)
        grid = screen.table
        assert grid.keys[:3] == ["ctd-tinh", "ctd-ha-long", "ctd-uong-bi"]  # then study units
        grid.select_key("ctd-ha-long")
        keys = [str(c.key.value) for c in grid.ordered_columns]
        grid.move_cursor(column=keys.index("blood_units"))
        await pilot.pause()
        await pilot.press("4", "5", "0", "0", "enter")
        await settle(app, pilot)
        assert grid.current_key == "ctd-uong-bi"  # the last unit whose criteria read it
        assert not notified(app, "đơn vị cuối cùng của cột")
        await pilot.press("5")
        await pilot.pause()
        note = _shown(screen, "#target-note")
        assert "trước: 2 000" in note  # the target a figure typed now replaces
        await pilot.press("0", "0", "0", "enter")
        await settle(app, pilot)
        assert grid.current_key == "ctd-uong-bi"  # nothing below reads blood units
        assert notified(app, "Đã lưu; CTĐ Uông Bí là đơn vị cuối cùng của cột Đơn vị máu")
        assert session.ws.campaign("2018-6t").targets["ctd-uong-bi"]["blood_units"] == 5000


async def test_reading_the_workspace_again_stays_on_the_campaign_worked_on(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert session.ws.latest_campaign().id == "2018-6t"  # type: ignore[union-attr]
        session.switch_campaign("2017-nam")
        app.action_reload()  # as after importing forms, or "đọc lại từ đĩa"
        await settle(app, pilot)
        assert app.session is not session
        assert app.session is not None and app.session.campaign is not None
        assert app.session.campaign.id == "2017-nam"
        assert notified(app, "Đã đọc lại sổ từ đĩa.")
        assert not notified(app, "áp dụng lại 0 hồ sơ")
        app.session.close()


async def test_an_empty_dashboard_keeps_its_key_hints_at_the_bottom(
        tmp_path: Path, registry: PluginRegistry) -> None:
    from emulation_tui.widgets.keyhints import KeyHints

    ws = Workspace.create(tmp_path / "ws", Bloc("khoi", "Khối thử"), registry=registry)
    ws.close()
    session = open_session(tmp_path / "ws", clock=clock, registry=registry)
    app = new_app(session)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert app.screen.query_one(KeyHints).region.y == 23
    finally:
        session.close()


async def test_a_stray_key_in_the_member_form_adds_to_the_name_and_never_replaces_it(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        app.screen.query_one(DenseTable).select_key("ctd-tinh")
        await pilot.press("enter")  # meant: the next unit's submit, "s", came after
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MemberForm)
        await pilot.press("s")
        await pilot.pause()
        assert form.query_one("#name", Input).value == "Hội Chữ thập đỏ tỉnhs"
        await pilot.press("tab", "x")  # reaching the next field selects nothing either
        await pilot.pause()
        assert form.query_one("#short", Input).value == "CTĐ tỉnhx"
