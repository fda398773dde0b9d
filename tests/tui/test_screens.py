"""The other screens: dashboard, ranking, members, criteria, help, palette, language, deadline."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select, Static, Tree
from textual.widgets.tree import TreeNode

from emulation_core import PluginRegistry, Workspace
from emulation_tui.app import EmulationApp
from emulation_tui.i18n import language
from emulation_tui.screens.criteria import CriteriaScreen
from emulation_tui.screens.help import HelpScreen
from emulation_tui.screens.members import MembersScreen
from emulation_tui.screens.ranking import RankingScreen
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session
from emulation_tui.settings import load_settings
from emulation_tui.widgets.table import DenseTable


def _cells(table: DenseTable, key: str) -> list[str]:
    return [str(cell) for cell in table.get_row(key)]


async def test_dashboard_lists_every_member(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 30)):
        table = app.screen.query_one("#members", DenseTable)
        assert table.row_count == 5
        first = _cells(table, "ctd-tinh")
        assert first[0] == "1" and "✔ đã thẩm định" in first
        assert "○ chưa nộp" in _cells(table, "ctd-uong-bi")
        line = app.screen.query_one("#campaign-line")
        assert "hạn nộp 10/07/2018 (còn 5 ngày)" in str(line.query_one("#context").render())
        assert "2/5" in str(app.screen.query_one("#progress").render())


async def test_ranking_marks_ties_filters_and_opens_breakdown(app: EmulationApp) -> None:
    async with app.run_test(size=(160, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RankingScreen)
        table = screen.query_one("#ranking", DenseTable)
        third = _cells(table, "kh-cam-pha")
        # a draft: provisional; no report in 2017 (where it shared the last place): no change
        assert third[0] == "~3*" and "–" in third
        assert _cells(table, "ctd-tinh")[0] == "1"  # verified: final
        assert "=" in _cells(table, "ctd-tinh")  # first in 2017 as well
        assert "–" in _cells(table, "ctd-uong-bi")  # no report then or now
        table.select_key("kh-cam-pha")
        await pilot.pause()
        note = str(screen.query_one("#note", Static).render())
        assert "bằng tổng điểm với CTĐ Hạ Long" in note
        assert "◌ nháp, tạm tính, chưa thẩm định" in note
        screen.type_filter = "khuyen-hoc"
        screen.redraw()
        assert table.row_count == 2
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ScoringScreen)
        assert app.screen.member_id in ("kh-tinh", "kh-cam-pha")


async def test_ranking_shows_verified_units_only_on_v(app: EmulationApp,
                                                      session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RankingScreen)
        table = screen.query_one("#ranking", DenseTable)
        assert table.row_count == 5
        assert "◌ nháp" in _cells(table, "kh-cam-pha")
        assert "✔ đã thẩm định" in _cells(table, "ctd-tinh")
        await pilot.press("v")
        await pilot.pause()
        final = [r.score.member.id for r in session.ranking() if not r.score.status.provisional]
        assert table.keys == final and len(final) == 2
        assert "chỉ đơn vị đã thẩm định" in str(screen.query_one("#context").render())
        await pilot.press("v")
        await pilot.pause()
        assert table.row_count == 5


async def test_dashboard_marks_ties_and_keeps_the_rating_when_narrow(
        app: EmulationApp) -> None:
    async with app.run_test(size=(80, 24)) as pilot:
        table = app.screen.query_one("#members", DenseTable)
        columns = [str(c.label) for c in table.columns.values()]
        assert "Xếp loại" in columns and "±" not in columns
        assert _cells(table, "kh-cam-pha")[0] == "~3*"
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        columns = [str(c.label) for c in table.columns.values()]
        assert "±" in columns
        unit = next(c for c in table.columns.values() if str(c.label) == "Đơn vị")
        assert unit.width > 48  # the names take the room a wide terminal gives


async def test_ranking_exports_csv_and_json(app: EmulationApp, session: Session) -> None:
    import csv
    import json

    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
    campaign = session.campaign
    assert campaign is not None
    folder = session.ws.path / "exports"
    records = json.loads((folder / f"{campaign.id}-xep-hang.json").read_text("utf-8"))
    assert [(r["rank"], r["member"]) for r in records] == [
        (e.rank, e.score.member.id) for e in session.ranking()]
    with open(folder / f"{campaign.id}-xep-hang.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["member"] for r in rows] == [r["member"] for r in records]


async def test_members_add_edit_lead_and_refused_removal(app: EmulationApp,
                                                         session: Session) -> None:
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, MembersScreen)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        form.query_one("#name", Input).value = "Hội Cựu thanh niên xung phong tỉnh"
        await pilot.pause()
        assert form.query_one("#member-id", Input).value == "hoi-cuu-thanh-nien-xung-phong-tinh"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "loại hội" in str(form.query_one("#type-error", Static).render())
        form.query_one("#type", Select).value = "chung"  # the built-in type is offered
        form.query_one("#type", Select).value = "khuyen-hoc"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, MembersScreen)
        added = session.bloc.member("hoi-cuu-thanh-nien-xung-phong-tinh")
        assert added is not None and added.type == "khuyen-hoc"
        # the library keeps campaigns that exist already as they were: no new unit in them
        assert len(session.board.scores) == 5  # type: ignore[union-attr]
        assert session.campaign.members is not None  # type: ignore[union-attr]
        assert added.id not in session.campaign.members  # type: ignore[union-attr]
        await pilot.press("p")  # the new unit becomes this year's deputy
        await pilot.pause()
        assert session.leadership().deputy == added.id  # type: ignore[union-attr]
        members = app.screen.query_one("#member-list", DenseTable)
        assert "Phó khối 2018" in _cells(members, added.id)
        members.select_key("ctd-ha-long")  # it has submissions: the library keeps its type
        await pilot.press("enter")
        await pilot.pause()
        form = app.screen
        form.query_one("#type", Select).value = "khuyen-hoc"
        form.query_one("#short", Input).value = "CTĐ HL"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert session.bloc.member("ctd-ha-long").type == "chu-thap-do"  # type: ignore[union-attr]
        assert app.screen is form  # refused next to the field, what was typed kept
        assert "không đổi loại được" in str(form.query_one("#type-error", Static).render())
        assert form.query_one("#short", Input).value == "CTĐ HL"
        await pilot.press("escape", "y")  # cancels without a change (asked: it was typed in)
        await pilot.pause()
        assert isinstance(app.screen, MembersScreen)
        assert session.bloc.member("ctd-ha-long").short_name == "CTĐ Hạ Long"  # type: ignore[union-attr]


async def test_members_remove_a_unit_with_its_data(app: EmulationApp, session: Session,
                                                   ws_path: Path,
                                                   registry: PluginRegistry) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("m")
        await pilot.pause()
        members = app.screen.query_one("#member-list", DenseTable)
        members.select_key("ctd-ha-long")
        await pilot.press("x")
        await pilot.pause()
        question = str(app.screen.query_one(".dialog-body", Static).render())
        assert "Xoá đơn vị Hội Chữ thập đỏ TP Hạ Long khỏi khối?" in question
        assert "Sơ kết 6 tháng đầu năm 2018: báo cáo (● đã nộp), chỉ tiêu đăng ký" in question
        assert "Tổng kết năm 2017: báo cáo (✔ đã thẩm định), chỉ tiêu đăng ký" in question
        assert app.focused is not None and app.focused.id == "no"
        await pilot.press("enter")  # the focused "cancel": nothing goes
        await pilot.pause()
        assert session.bloc.member("ctd-ha-long") is not None
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert session.bloc.member("ctd-ha-long") is None
        assert "ctd-ha-long" not in session.board.scores  # type: ignore[union-attr]
        assert "ctd-ha-long" not in members.rows
        members.select_key("kh-tinh")  # lead in 2017, deputy in 2018: the library refuses
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert session.bloc.member("kh-tinh") is not None
        leads = "là Trưởng khối hoặc Phó khối năm 2017, 2018"  # the library's, in Vietnamese
        refusal = [n for n in app._notifications if leads in n.message]
        assert refusal and refusal[0].title == "Không xoá được Hội Khuyến học tỉnh"
    session.close()
    assert not list(ws_path.glob("campaigns/*/submissions/ctd-ha-long.toml"))
    with Workspace.open(ws_path, registry=registry) as reopened:
        assert reopened.bloc.member("ctd-ha-long") is None
        assert all("ctd-ha-long" not in c.targets for c in reopened.campaigns.values())


async def test_criteria_tree_explains_rules(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CriteriaScreen)
        detail = str(screen.query_one("#detail-text", Static).render())
        assert "Thang điểm 100" in detail and "điểm mục I cao hơn" in detail
        tree = screen.query_one("#tree", Tree)
        labels = []

        def walk(node: object) -> None:
            labels.append(str(node.label))  # type: ignore[attr-defined]
            for child in node.children:  # type: ignore[attr-defined]
                walk(child)

        walk(tree.root)
        assert labels
        assert any("Chữ thập đỏ · 60" in label for label in labels)
        assert any("I.1 Hiến máu tình nguyện · 30" in label for label in labels)
        tree.root.expand_all()
        await pilot.pause()
        node = next(n for n in _nodes(tree) if str(n.label).startswith("I.1 Hiến máu"))
        tree.move_cursor(node)
        await pilot.pause()
        detail = str(screen.query_one("#detail-text", Static).render())
        assert "đạt/chỉ tiêu × 30" in detail and "Đơn vị máu (đơn vị)" in detail


def _nodes(tree: Tree[object]) -> list[TreeNode[object]]:
    found = []
    stack = [tree.root]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(node.children)
    return found


async def test_help_lists_keys_and_palette_offers_actions(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        labels = [label for _, label in app.screen.keys]
        assert "chấm điểm" in labels and "xếp hạng" in labels
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"xếp hạng")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RankingScreen)


async def test_language_switch_is_remembered(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        assert language() == "en"
        table = app.screen.query_one("#members", DenseTable)
        assert "✔ verified" in _cells(table, "ctd-tinh")
        await pilot.press("r")
        await pilot.pause()
        assert "Ranking" in str(app.screen.query_one("#title", Static).render())
    assert load_settings().language == "en"


async def test_switch_campaign(app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert session.campaign is not None and session.campaign.id == "2017-nam"
        line = app.screen.query_one("#campaign-line")
        assert "Tổng kết năm 2017" in str(line.query_one("#title").render())
        assert "đã qua hạn" in str(line.query_one("#context").render())  # a year ago


@pytest.mark.parametrize(("offset", "expected"), [
    (5, "còn 5 ngày"), (0, "hôm nay"), (-3, "quá hạn 3 ngày"), (-60, "quá hạn 60 ngày"),
    (-61, "đã qua hạn"),
])
def test_deadline_wording(session: Session, offset: int, expected: str) -> None:
    import datetime as dt

    from emulation_tui import fmt

    campaign = session.campaign
    assert campaign is not None
    assert fmt.deadline(campaign, campaign.deadline - dt.timedelta(days=offset)).endswith(
        f"({expected})")
