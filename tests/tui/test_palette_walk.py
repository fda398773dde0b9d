"""Every command the palette offers on the dashboard runs, from the palette, without an
error, and the lead can go back to the dashboard after it (issue 11's walk)."""

from __future__ import annotations

from textual.command import CommandList, CommandPalette

from emulation_tui.app import EmulationApp
from emulation_tui.commands import ActionCommands
from emulation_tui.find import fold
from emulation_tui.screens.dashboard import DashboardScreen


async def _labels(app: EmulationApp) -> list[str]:
    provider = ActionCommands(app.screen)
    return [label for label, _, _ in provider._commands()]


async def test_every_palette_command_runs_from_the_dashboard(app: EmulationApp) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        count = len(await _labels(app))
        assert count > 20
        ran = []
        for index in range(count):
            label = (await _labels(app))[index]  # after "English", the labels are English
            if fold(label) in ("thoat", "quit"):
                continue  # quitting ends the walk: its own tests cover it
            await pilot.press("ctrl+p")
            await pilot.pause()
            assert isinstance(app.screen, CommandPalette)
            words = [w for w in fold(label).replace("(", " ").split() if w.isalnum()]
            await pilot.press(*" ".join(words))
            await pilot.pause(0.3)
            hits = app.screen.query_one(CommandList)
            assert hits.highlighted is not None, label
            chosen = hits.get_option_at_index(hits.highlighted).prompt
            assert fold(str(chosen).splitlines()[0]) == fold(label), (label, chosen)
            await pilot.press("enter")
            for _ in range(3):
                await pilot.pause()
            ran.append((label, type(app.screen).__name__))
            for _ in range(4):  # dialogs, pushed screens, the theme picker: leave them
                if isinstance(app.screen, DashboardScreen):
                    break
                await pilot.press("escape")
                await pilot.pause()
            if not isinstance(app.screen, DashboardScreen):
                await pilot.press("d")
                await pilot.pause()
            assert isinstance(app.screen, DashboardScreen), ran[-1]
        assert len(ran) >= count - 2
