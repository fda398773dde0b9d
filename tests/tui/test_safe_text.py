"""Names and titles from workspace files show literally in the UI: no markup, no escape
codes; the UI's CSV export never starts a text cell with a formula."""

from __future__ import annotations

import csv
import datetime as dt
import html
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from textual.app import App

from emulation_core import PluginRegistry, Workspace
from emulation_tui.app import EmulationApp
from emulation_tui.session import Session, open_session
from emulation_tui.settings import Settings

NOW = dt.datetime(2018, 7, 5, 9, 30)
NAMES = {"ctd-tinh": "CTĐ[bold]Tỉnh[/bold]", "kh-tinh": "[/]KH\x1b[31mTỉnh\u202e",
         "ctd-ha-long": "=HYPERLINK(1)", "kh-cam-pha": "-2+3"}
FORBIDDEN = ("\x1b", "\u202e", "\x9b")


@pytest.fixture
def hostile(ws_path: Path, registry: PluginRegistry) -> Iterator[Session]:
    with Workspace.open(ws_path, writable=True, registry=registry) as ws:
        members = tuple(attrs.evolve(m, name=NAMES[m.id], short_name=NAMES[m.id])
                        if m.id in NAMES else m for m in ws.bloc.members)
        ws.save_bloc(attrs.evolve(ws.bloc, members=members))
        for campaign_id in ws.campaigns:
            campaign = ws.campaign(campaign_id)
            ws.save_campaign(attrs.evolve(campaign, title=f"[/]Đợt [bold]{campaign.title}"))
    session = open_session(ws_path, clock=lambda: NOW, registry=registry)
    yield session
    session.close()


def _screen_text(app: EmulationApp) -> str:
    return html.unescape(app.export_screenshot()).replace("\xa0", " ")


async def test_names_and_titles_show_literally_on_every_screen(hostile: Session) -> None:
    app = EmulationApp(hostile, settings=Settings(language="vi"), clock=lambda: NOW,
                       save_delay=0.01)
    async with app.run_test(size=(160, 40)) as pilot:
        seen = []
        for keys in ([], ["enter"], ["escape", "r"], ["escape", "m"], ["escape", "c"]):
            for key in keys:
                await pilot.press(key)
                await pilot.pause()
            text = _screen_text(app)
            seen.append((type(app.screen).__name__, text))
            assert not any(c in text for c in FORBIDDEN), type(app.screen).__name__
        names = {name: text for name, text in seen}
        for screen in ("DashboardScreen", "RankingScreen", "MembersScreen"):
            assert "CTĐ[bold]Tỉnh[/bold]" in names[screen], screen
            assert "[/]KHTỉnh" in names[screen], screen
        assert "CTĐ[bold]Tỉnh[/bold]" in names["ScoringScreen"]
        assert "[/]Đợt [bold]" in names["DashboardScreen"]
        assert "[/]Đợt [bold]" in seen[-1][1]  # the campaign picker


def test_notifications_are_never_markup(hostile: Session,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[tuple[str, str, bool]] = []

    def record(self: App[object], message: str, *, title: str = "",
               severity: str = "information", timeout: float | None = None,
               markup: bool = True) -> None:
        sent.append((message, title, markup))

    monkeypatch.setattr(App, "notify", record)
    app = EmulationApp(hostile, settings=Settings(language="vi"), clock=lambda: NOW)
    app.notify("Đã lưu [/]KH\x1b[31mTỉnh", title="[bold]x")
    assert sent == [("Đã lưu [/]KHTỉnh", "[bold]x", False)]


def test_the_ui_export_neutralises_formulas(hostile: Session) -> None:
    csv_path = next(p for p in hostile.export_ranking() if p.suffix == ".csv")
    with open(csv_path, encoding="utf-8") as handle:
        rows = {row["member"]: row for row in csv.DictReader(handle)}
    assert rows["ctd-ha-long"]["name"] == "'=HYPERLINK(1)"
    assert rows["kh-cam-pha"]["name"] == "'-2+3"
    assert rows["kh-tinh"]["name"] == "[/]KHTỉnh"
    assert all(not row["total"].startswith("'") for row in rows.values())
