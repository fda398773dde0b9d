"""Dialog lines, choices and plugin type names reach the screen without control codes."""

from __future__ import annotations

from textual.app import App
from textual.widgets import OptionList, Static

from emulation_core import PluginRegistry
from emulation_tui import fmt
from emulation_tui.screens.dialogs import ChoiceDialog, ConfirmDialog, MessageDialog

HOSTILE = "Hội\x1b[2J\x1b]0;title\x07 Ánh\x00 Dương\u202e"


def _shown(app: App[None]) -> str:
    statics = [str(s.render()) for s in app.screen.query(Static)]
    options = [str(o.prompt) for ol in app.screen.query(OptionList) for o in ol.options]
    return "\n".join(statics + options)


async def test_dialogs_strip_control_characters() -> None:
    app: App[None] = App()
    async with app.run_test() as pilot:
        for dialog in (MessageDialog(HOSTILE, [HOSTILE, "dòng hai"]),
                       ConfirmDialog(HOSTILE, "Có", "Không"),
                       ChoiceDialog(HOSTILE, [("a", HOSTILE), ("b", "Bình Minh")])):
            app.push_screen(dialog)
            await pilot.pause()
            shown = _shown(app)
            assert "Hội Ánh Dương" in shown
            assert not any(c in shown for c in "\x1b\x07\x00\u202e")
            app.pop_screen()
            await pilot.pause()


def test_a_type_name_is_shown_without_control_characters() -> None:
    registry = PluginRegistry(found=[])
    assert fmt.type_name(registry, "htx\x1b[31m") == "htx"
