"""What every main screen shares: title bar, read-only banner, body, key hints, refresh."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.screen import Screen

from ..i18n import language, t
from ..session import Session
from ..widgets.chrome import Banner, TitleBar
from ..widgets.keyhints import KeyHints
from ..widgets.table import DenseTable

if TYPE_CHECKING:
    from ..app import EmulationApp

__all__ = ["BaseScreen"]


class BaseScreen(Screen[None]):
    """A main screen. Subclasses compose their body and fill it in :meth:`populate`."""

    def __init__(self) -> None:
        super().__init__()
        self._drawn_version = -1
        self._drawn_language = language()

    @property
    def emu(self) -> EmulationApp:
        from ..app import EmulationApp

        return cast(EmulationApp, self.app)

    @property
    def session(self) -> Session:
        return self.emu.require_session()

    def compose(self) -> ComposeResult:
        yield TitleBar()
        if self.session.read_only:
            holder = self.session.lock_holder or t("readonly.someone")
            yield Banner(t("readonly.banner", holder=holder), id="readonly")
        yield from self.compose_body()
        yield KeyHints()

    def compose_body(self) -> ComposeResult:
        yield from ()

    def on_mount(self) -> None:
        self.redraw()

    async def on_screen_resume(self) -> None:
        if self._drawn_language != language():
            await self.relabel()
        elif self._drawn_version != self.session.version:
            self.redraw()

    async def relabel(self) -> None:
        """Rebuild in the current interface language, keeping each table's cursor row."""
        self._drawn_language = language()
        rows = {table.id: table.current_key for table in self.query(DenseTable).results()}
        await self.recompose()
        self.redraw()
        for table in self.query(DenseTable).results():
            key = rows.get(table.id)
            if key is not None:
                table.select_key(key)

    def redraw(self) -> None:
        self._drawn_version = self.session.version
        self.populate()

    def populate(self) -> None:
        """Fill the screen from the session."""

    def set_title(self, title: str, context: str = "") -> None:
        self.query_one(TitleBar).set(title, context)
