"""The deliberation panel: opened from the palette, it shows the saved cross-scores, the
stability report, the proposals and the votes in the interface language."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from textual.command import CommandInput, CommandList, CommandPalette
from textual.widgets import Static

from emulation_tui.app import EmulationApp
from emulation_tui.screens.deliberation import DeliberationScreen
from emulation_tui.session import Session


def _text(screen: DeliberationScreen) -> str:
    return "\n".join(str(static.render()) for static in screen.query(Static))


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
        text = _text(screen)
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
        app.push_screen(DeliberationScreen(ws, campaign))
        await pilot.pause()
        text = _text(app.screen)  # type: ignore[arg-type]
        assert "Cross-scores" in text and "Neighbours" in text
        assert "5.00" in text  # the mean of 4 and 6
