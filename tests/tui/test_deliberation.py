"""The deliberation panel: opened from the palette, it shows the saved cross-scores, the
stability report, the proposals and the votes in the interface language."""

from __future__ import annotations

import io
from collections.abc import Callable
from decimal import Decimal

import pytest
from rich.console import Console
from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Static

from emulation_tui.app import EmulationApp
from emulation_tui.screens.deliberation import DeliberationScreen
from emulation_tui.session import Session


def _text(screen: DeliberationScreen) -> str:
    """Everything the panel shows, tables included, as plain text."""
    console = Console(width=200, record=True, file=io.StringIO())
    for static in screen.query(Static):
        console.print(static.content)
    return console.export_text()


async def _weighed(screen: DeliberationScreen, pilot: object) -> str:
    """The panel's text once the stability report (worked out on a thread) is in."""
    for _ in range(200):
        text = _text(screen)
        if "Đang tính…" not in text and "Working it out…" not in text:
            return text
        await pilot.pause(0.05)  # type: ignore[attr-defined]
    raise AssertionError("the stability report never came")


async def test_the_panel_opens_from_the_palette(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        palette.query_one(CommandInput).value = "binh xet"
        await pilot.pause(0.4)
        options = palette.query_one(CommandList)
        assert "Bình xét" in str(options.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DeliberationScreen)
        text = await _weighed(screen, pilot)
        for title in ("Chấm chéo", "Mức ổn định của xếp hạng", "Đề nghị khen thưởng",
                      "Kết quả biểu quyết"):
            assert title in text
        assert "Cặp liền kề" in text  # the stability report, in Vietnamese
        assert "Cờ thi đua của UBND tỉnh" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, DeliberationScreen)


async def test_the_panel_shows_cross_scores_in_english(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    ws, campaign = session.ws, session.campaign.id
    judged = [(m.id, code) for m in ws.bloc.members
              for code in ws.judged_criteria(campaign, m.id)]
    assert judged, "the fixture has a judged criterion"
    member, code = judged[0]
    ws.cross_assign(campaign)
    scorers = [s for s, targets in ws.cross_scoring(campaign).assigned.items()
               if member in targets][:2]
    for scorer, points in zip(scorers, ("4", "6"), strict=False):
        ws.cross_set(campaign, scorer, member, code, Decimal(points))
    app = make_app(session, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(DeliberationScreen(session, campaign))
        await pilot.pause()
        text = await _weighed(app.screen, pilot)  # type: ignore[arg-type]
        assert "Cross-scores" in text and "Neighbours" in text
        assert "5.00" in text  # the mean of 4 and 6, in the English number form


async def test_a_cross_score_and_a_refused_ballot_from_the_panel(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    from textual.widgets import Input, Select

    from emulation_tui.screens.deliberation_forms import CrossScoreForm, SecretBallotForm

    ws, campaign = session.ws, session.campaign.id
    member, code = next((m.id, c) for m in ws.bloc.members
                        for c in ws.judged_criteria(campaign, m.id))
    ws.cross_assign(campaign)
    scorer = next(s for s, targets in ws.cross_scoring(campaign).assigned.items()
                  if member in targets)
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(DeliberationScreen(session, campaign))
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CrossScoreForm)
        form.query_one("#scorer", Select).value = scorer
        form.query_one("#member", Select).value = member
        form.query_one("#code", Select).value = code
        form.query_one("#points", Input).value = "4,5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, DeliberationScreen)
        entry = ws.cross_scoring(campaign).current()[(scorer, member, code)]
        assert entry.points == Decimal("4.5")
        await pilot.pause(0.2)  # the panel shows itself again from the files
        shown = _text(app.screen)  # type: ignore[arg-type]
        assert "4,50" in shown and "4.50" not in shown  # the Vietnamese number form
        for head in ("TB", "Trung vị ★", "TB cắt", "Điểm z", "★ tính"):
            assert head in shown
        assert "mean" not in shown and "median" not in shown
        await pilot.press("b")
        await pilot.pause()
        ballot = app.screen
        assert isinstance(ballot, SecretBallotForm)
        ballot.query_one("#award", Select).value = "merit"
        ballot.query_one("#candidate", Select).value = member
        ballot.query_one("#count-for", Input).value = "3"
        before = ws.deliberation(campaign)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is ballot  # refused: the form stays, saying why
        assert "không có trong danh sách đề nghị" in str(
            ballot.query_one("#form-error", Static).render())
        assert ws.deliberation(campaign) == before


async def test_the_stability_report_never_holds_up_the_ui(
        app: EmulationApp, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    """Worked out on a daemon thread (a second or two on a 176-criterion table, never on
    the UI's own): the panel shows "Đang tính…" meanwhile, closes at once, and a report
    that comes late is dropped (quitting would not wait for it either)."""
    import threading

    from emulation_tui.screens import deliberation

    release = threading.Event()
    weighing = deliberation.campaign_stability

    def slow(*args: object, **kwargs: object) -> object:
        release.wait(10)
        return weighing(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(deliberation, "campaign_stability", slow)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = DeliberationScreen(session, session.campaign.id)
        app.push_screen(panel)
        await pilot.pause(0.2)
        assert "Đang tính…" in _text(panel)
        assert "Chấm chéo" in _text(panel)  # the rest is there already
        threads = [th for th in threading.enumerate() if th.name == "stability"]
        assert threads and all(th.daemon for th in threads)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not panel
        release.set()
        for thread in threads:
            thread.join(10)
        await pilot.pause()
        assert app.screen is not panel and app.is_running
