"""Opening a workspace when none was given: type a folder, or pick a recent one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from emulation_core import EmulationError, ValidationError

from ..i18n import t
from ..session import open_session
from ..widgets.chrome import TitleBar
from ..widgets.keyhints import KeyHints

if TYPE_CHECKING:
    from ..app import EmulationApp

__all__ = ["PickerScreen"]


class PickerScreen(Screen[None]):
    """Asks for a workspace folder and opens it."""

    CSS_PATH = "../styles/picker.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "app.quit", "quit", priority=True),
    ]

    def compose(self) -> ComposeResult:
        emu = cast("EmulationApp", self.app)
        yield TitleBar(t("app.title"), "")
        with Vertical(id="picker"):
            yield Static(t("picker.prompt"))
            yield Input(placeholder=t("picker.placeholder"), id="path")
            yield Static(id="picker-error", classes="error")
            if emu.settings.recent:
                yield Static(Text(t("picker.recent"), style="bold"))
                yield OptionList(*(Option(p, id=p) for p in emu.settings.recent), id="recent")
        yield KeyHints()

    @on(Input.Submitted, "#path")
    async def _typed(self, event: Input.Submitted) -> None:
        await self._open(event.value.strip())

    @on(OptionList.OptionSelected, "#recent")
    async def _picked(self, event: OptionList.OptionSelected) -> None:
        await self._open(event.option.id or "")

    async def _open(self, text: str) -> None:
        emu = cast("EmulationApp", self.app)
        error = self.query_one("#picker-error", Static)
        if not text:
            error.update(Text(t("picker.empty"), style="red"))
            return
        try:
            session = open_session(Path(text).expanduser(), clock=emu.clock,
                                   registry=emu.registry)
        except (EmulationError, OSError) as exc:
            lines = [str(p) for p in exc.problems] if isinstance(exc, ValidationError) \
                else [str(exc)]
            error.update(Text("\n".join(lines[:6]), style="red"))
            return
        # Started from the app's own queue: starting replaces this screen.
        emu.call_later(emu.start, session)
