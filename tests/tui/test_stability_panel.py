"""The deliberation panel's stability report says what ``emulation whatif`` prints: the same
lines, the figures behind each change of points included (``tức Lớp tập huấn 3 → 4``;
``i.e.`` in English), in the interface language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Static

from emulation_core import campaign_stability, stability_lines
from emulation_tui.app import EmulationApp
from emulation_tui.screens.deliberation import DeliberationScreen
from emulation_tui.session import Session


async def _report(screen: DeliberationScreen, pilot: object) -> str:
    for _ in range(200):
        shown = str(screen.query_one("#section-1", Static).render())
        if shown not in ("Đang tính…", "Working it out…"):
            return shown
        await pilot.pause(0.05)  # type: ignore[attr-defined]
    raise AssertionError("the stability report never came")


@pytest.mark.parametrize(("language", "figure"), [("vi", "tức"), ("en", ", i.e. ")])
async def test_the_panel_says_what_whatif_prints(
        session: Session, make_app: Callable[..., EmulationApp], language: str,
        figure: str) -> None:
    campaign = session.campaign
    assert campaign is not None
    names = {m.id: m.short_name or m.name for m in session.bloc.members}  # as whatif names
    printed = stability_lines(campaign_stability(session.ws, campaign.id), names, language)
    app = make_app(session, language)
    async with app.run_test(size=(120, 40)) as pilot:
        panel = DeliberationScreen(session, campaign.id)
        app.push_screen(panel)
        await pilot.pause()
        shown = await _report(panel, pilot)
    assert shown.splitlines() == printed
    assert any(figure in line for line in printed)  # the figures are part of it
