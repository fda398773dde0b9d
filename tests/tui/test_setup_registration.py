"""Registration in the UI: the targets grid, registered content, signing date, overlaps."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from rich.console import Console
from textual.widgets import Input, Select, Static

from emulation_core import (
    Campaign,
    CriteriaTable,
    Criterion,
    Indicator,
    Member,
    PeriodKind,
    PluginRegistry,
    Section,
    TargetRule,
    Workspace,
    add_member,
    read_chain,
)
from emulation_tui.app import EmulationApp
from emulation_tui.screens.overlap import OverlapScreen
from emulation_tui.screens.registration import RegistrationScreen
from emulation_tui.screens.registration_forms import ContentDialog, SignForm
from emulation_tui.session import Session, open_session
from emulation_tui.widgets.table import DenseTable

from .conftest import clock, new_app


def _grid(app: EmulationApp) -> DenseTable:
    return app.screen.query_one("#target-grid", DenseTable)


def _at(app: EmulationApp, member: str, column: str) -> None:
    grid = _grid(app)
    grid.select_key(member)
    keys = [str(c.key.value) for c in grid.ordered_columns]
    grid.move_cursor(column=keys.index(column))


def _cell(app: EmulationApp, member: str, column: str) -> str:
    grid = _grid(app)
    keys = [str(c.key.value) for c in grid.ordered_columns]
    return str(grid.get_row(member)[keys.index(column)])


def _shown(view: Static) -> str:
    """What a Static shows, as plain text."""
    console = Console(width=160, color_system=None)
    with console.capture() as capture:
        console.print(view.content)
    return capture.get()


def _note(app: EmulationApp) -> str:
    return str(app.screen.query_one("#target-note", Static).render())


async def test_targets_are_typed_read_back_and_recorded(app: EmulationApp,
                                                        session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, RegistrationScreen)
        grid = _grid(app)
        keys = [str(c.key.value) for c in grid.ordered_columns]
        assert keys[2:] == ["blood_units", "learning_families"]
        assert _cell(app, "ctd-tinh", "blood_units") == "12 100"
        assert _cell(app, "ctd-tinh", "learning_families") == ""  # its criteria read none
        _at(app, "ctd-ha-long", "blood_units")
        await pilot.press("4", ".", "5", "0", "0")
        await pilot.pause()
        field = app.screen.query_one("#target-input", Input)
        assert app.focused is field and field.value == "4.500"
        assert "đọc là 4 500" in _note(app)  # a counted indicator: the dot groups thousands
        await pilot.press("enter")
        await pilot.pause()
        assert session.ws.campaign("2018-6t").targets["ctd-ha-long"]["blood_units"] == 4500
        assert _cell(app, "ctd-ha-long", "blood_units") == "4 500"
        assert grid.current_key == "ctd-uong-bi"  # on to the next unit, same indicator
        await pilot.press("2", "5", "0", "0", "enter")
        await pilot.pause()  # the units below read no blood target: the cursor stays
        assert grid.current_key == "ctd-uong-bi"
        assert _cell(app, "ctd-uong-bi", "blood_units") == "2 500"
        entries, _, _ = read_chain(session.ws.path)
        last = entries[-2].change
        assert (last.kind, last.member, last.field, last.new) == (
            "target.set", "ctd-ha-long", "blood_units", "4500")


async def test_a_refused_target_keeps_what_was_typed_and_esc_changes_nothing(
        app: EmulationApp, session: Session) -> None:
    before = session.ws.campaign("2018-6t")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        _at(app, "kh-tinh", "learning_families")
        await pilot.press("enter")
        await pilot.pause()
        field = app.screen.query_one("#target-input", Input)
        assert field.value == "500"  # the target it has, to change
        field.value = "5,5"
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert field.value == "5,5" and app.focused is field  # refused: still there
        assert "5,5" in _note(app) or "nguyên" in _note(app)
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.query_one("#target-editor").display
        _at(app, "ctd-tinh", "learning_families")
        await pilot.press("enter")  # a cell its criteria do not read: nothing to type
        await pilot.pause()
        assert not app.screen.query_one("#target-editor").display
    assert session.ws.campaign("2018-6t") == before


async def test_no_target_and_not_entered(app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        _at(app, "kh-cam-pha", "learning_families")
        await pilot.press("k")
        await pilot.pause()
        campaign = session.ws.campaign("2018-6t")
        assert "learning_families" in campaign.no_target["kh-cam-pha"]
        assert "kh-cam-pha" not in campaign.targets or \
            "learning_families" not in campaign.targets["kh-cam-pha"]
        assert _cell(app, "kh-cam-pha", "learning_families") == "không"
        await pilot.press("delete")
        await pilot.pause()
        campaign = session.ws.campaign("2018-6t")
        assert "learning_families" not in campaign.no_target.get("kh-cam-pha", frozenset())
        assert _cell(app, "kh-cam-pha", "learning_families") == "·"
        _at(app, "kh-cam-pha", "learning_families")  # typed: the word registers none
        await pilot.press("enter")
        await pilot.pause()
        app.screen.query_one("#target-input", Input).value = "không"
        await pilot.press("enter")
        await pilot.pause()
        assert "learning_families" in session.ws.campaign("2018-6t").no_target["kh-cam-pha"]


async def test_content_signing_and_the_overlap_report(app: EmulationApp,
                                                     session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        _grid(app).select_key("ctd-tinh")
        await pilot.press("i")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ContentDialog)
        await pilot.press("enter")  # nothing typed: refused under the field
        await pilot.pause()
        assert "Ghi nội dung" in str(dialog.query_one("#text-error", Static).render())
        dialog.query_one("#text", Input).value = "Vận động hiến máu tình nguyện"
        dialog.query_one("#tag", Input).value = "y tế"
        await pilot.press("enter")
        await pilot.pause()
        dialog.query_one("#kind", Select).value = "movement"
        dialog.query_one("#text", Input).value = "Phong trào Tết vì người nghèo"
        await pilot.press("enter")
        await pilot.pause()
        assert len(dialog.query_one("#content-list", DenseTable).rows) == 2
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RegistrationScreen)
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SignForm)
        app.screen.query_one("#signed", Input).value = "32/01/2018"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SignForm)  # refused, kept
        today = dt.datetime.now(dt.UTC).date()  # the change log's clock
        app.screen.query_one("#signed", Input).value = f"{today:%d/%m/%Y}"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RegistrationScreen)
        assert session.ws.registrations["2018-6t"].signed == today
        _grid(app).select_key("kh-tinh")
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#text", Input).value = "Hiến máu tình nguyện"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, OverlapScreen)
        groups = _shown(app.screen.query_one("#overlap-groups", Static))
        late = _shown(app.screen.query_one("#overlap-late", Static))
        assert "1. Hiến máu tình nguyện · 2 đơn vị cùng đăng ký" in groups
        ctd = next(line for line in groups.splitlines() if "CTĐ tỉnh" in line)
        kh = next(line for line in groups.splitlines() if "Khuyến học tỉnh" in line)
        assert "Vận động hiến máu tình nguyện" in ctd and "y tế" in ctd
        assert "Hiến máu tình nguyện" in kh
        assert "sau ngày ký" not in groups  # registered on the signing day: not after it
        assert f"Ký giao ước {today:%d/%m/%Y}; 0 thay đổi" in late
        await pilot.press("g", "s")  # signed the day before: both came after signing
        await pilot.pause()
        app.screen.query_one("#signed", Input).value = f"{today - dt.timedelta(days=1):%d/%m/%Y}"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        groups = _shown(app.screen.query_one("#overlap-groups", Static))
        late = _shown(app.screen.query_one("#overlap-late", Static))
    shown = groups.splitlines()  # the mark goes under each unit's registered text
    assert all("sau ngày ký" in shown[i + 1] for i, line in enumerate(shown)
               if "CTĐ tỉnh" in line or "Khuyến học tỉnh" in line)
    assert "3 thay đổi đăng ký sau ngày ký" in late
    assert "lĩnh vực chủ trì: Hiến máu tình nguyện" in late and "Khuyến học tỉnh" in late


def _large(root: Path, registry: PluginRegistry, members: int, indicators: int) -> Path:
    """A bloc of ``members`` units and a campaign of ``indicators`` targets each."""
    with Workspace.open(root, writable=True, registry=registry) as ws:
        for n in range(len(ws.bloc.members), members):
            add_member(ws, Member(f"hoi-thu-nghiem-{n:02}", f"Hội thử nghiệm số {n:02}",
                                  f"Hội thử nghiệm số {n:02}", "khuyen-hoc"))
        keys = [f"chi_tieu_so_{n:02}" for n in range(indicators)]
        table = CriteriaTable(
            sections=(Section("I", "Chỉ tiêu", children=tuple(
                Criterion(f"I.{n}", f"Chỉ tiêu {n}", Decimal(1), TargetRule(key))
                for n, key in enumerate(keys, 1))),),
            indicators={k: Indicator(k, f"Chỉ tiêu số {k[-2:]}", integer=True) for k in keys})
        ws.save_campaign(Campaign(
            "lon", "Đợt lớn", PeriodKind.YEAR_END, 2018, dt.date(2018, 1, 1),
            dt.date(2018, 12, 31), dt.date(2019, 1, 10), table=table,
            targets={m.id: {k: Decimal(1234567) for k in keys} for m in ws.bloc.members}))
    return root


async def test_a_large_grid_cuts_no_name_and_no_figure(ws_path: Path,
                                                       registry: PluginRegistry) -> None:
    session = open_session(_large(ws_path, registry, 20, 60), clock=clock, registry=registry)
    session.switch_campaign("lon")
    app = new_app(session)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("g")
            await pilot.pause()
            grid = _grid(app)
            assert len(grid.keys) == 20 and len(grid.ordered_columns) == 62
            widths = {str(c.key.value): c.width for c in grid.ordered_columns}
            assert widths["member"] >= len("Hội thử nghiệm số 19")
            assert all(c.width >= len(str(c.label)) for c in grid.ordered_columns[2:])
            assert all(c.width >= len("1 234 567") for c in grid.ordered_columns[2:])
            assert _cell(app, "hoi-thu-nghiem-19", "chi_tieu_so_59") == "1 234 567"
            await pilot.press("end", "ctrl+right")  # to the last row, the last column
            await pilot.pause()
            _at(app, "hoi-thu-nghiem-19", "chi_tieu_so_59")
            await pilot.pause()
            assert grid.fixed_columns == 2  # the unit stays in sight while scrolling
            assert grid.scroll_x > 0
    finally:
        session.close()


async def test_the_grid_in_english_keeps_its_cell_cursor(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("g")
        await pilot.pause()
        _at(app, "kh-cam-pha", "learning_families")
        await pilot.press("f2")
        await pilot.pause()
        assert app.screen.query_one("#cell-detail", Static).render()
        assert "Registration · " in str(app.screen.query_one("#title", Static).render())
        grid = _grid(app)
        assert grid.cursor_type == "cell" and grid.fixed_columns == 2
        assert grid.current_key == "kh-cam-pha"
        await pilot.press("k")
        await pilot.pause()
        assert _cell(app, "kh-cam-pha", "learning_families") == "none"
