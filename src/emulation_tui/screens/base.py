"""What every main screen shares: title bar, read-only banner, body, key hints, and keeping
up with the app's changes (redrawn at once when on top, when shown again otherwise); and
what the screens listing units share: enter or a click opens a unit's scoring screen."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import Input

from ..history import actor_label
from ..i18n import language, t
from ..messages import Change, DataChanged, LanguageChanged, SaveRequested, SaveStateChanged
from ..session import Session
from ..widgets.chrome import Banner, TitleBar
from ..widgets.keyhints import KeyHints
from ..widgets.table import DenseTable

if TYPE_CHECKING:
    from ..app import EmulationApp

__all__ = ["BaseScreen", "UnitListScreen"]


class BaseScreen(Screen[None]):
    """A main screen. Subclasses compose their body and fill it in :meth:`populate`.

    ``esc`` goes back to the dashboard from every main screen but the dashboard itself
    (:attr:`HOME`), out of a text field first; screens pushed over a main screen (scoring a
    unit, the criteria editor) bind ``esc`` to their own way back."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "back", "back", show=False)]
    HOME: ClassVar[bool] = False
    """The dashboard: where ``esc`` has nowhere to go back to."""

    def __init__(self) -> None:
        super().__init__()
        self._stale = False
        self._drawn_language = language()

    @property
    def emu(self) -> EmulationApp:
        from ..app import EmulationApp

        return cast(EmulationApp, self.app)

    @property
    def session(self) -> Session:
        return self.emu.require_session()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return not (action == "back" and self.HOME)

    async def action_back(self) -> None:
        """esc: out of a text field to the screen's table, else back to the dashboard."""
        if isinstance(self.focused, Input):
            tables = list(self.query(DenseTable).results())
            if tables:
                tables[0].focus()
            else:
                self.set_focus(None)
            return
        await self.emu.action_goto("dashboard")

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
        self.emu.changes.subscribe(self, self._heard, immediate=True)
        self.redraw()

    async def on_screen_resume(self) -> None:
        if self._drawn_language != language():
            await self.relabel()
        elif self._stale:
            self.redraw()

    def _heard(self, change: Change) -> None:
        """A change the app announces: the screen on top reacts once the messages it has
        queued are handled; one not shown only notes it and is redrawn when shown again.
        (No message wakes a screen not shown: Textual would then draw the screen on top all
        over again, on every keystroke.)"""
        if self.is_active:
            self.call_next(self._on_change, change)
        elif isinstance(change, DataChanged):
            self._stale = True

    async def _on_change(self, change: Change) -> None:
        """React to a change the app announces, on top."""
        if not self.is_active:  # covered meanwhile: catch up when shown again
            self._stale |= isinstance(change, DataChanged)
            return
        if isinstance(change, LanguageChanged):
            await self.relabel()
        elif isinstance(change, DataChanged):
            self.data_changed(change)
        elif isinstance(change, SaveStateChanged):
            self.save_state_changed()

    def data_changed(self, change: DataChanged) -> None:
        """Scores or data changed while this screen is on top: redraw it."""
        self.redraw()

    def save_state_changed(self) -> None:
        """A save started or finished while this screen is on top."""

    def request_save(self, *, now: bool = False) -> None:
        """Ask the app to save the edits (at once with ``now``)."""
        self.post_message(SaveRequested(now=now))

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
        self._stale = False
        self.populate()

    def populate(self) -> None:
        """Fill the screen from the session."""

    def set_title(self, title: str, context: str = "") -> None:
        """The title bar: ``title``, then ``context`` and who the change log records."""
        actor = self.session.ws.actor
        if actor is not None:
            you = t("actor.header", actor=actor_label(actor.name, actor.role.value))
            context = f"{context} · {you}" if context else you
        self.query_one(TitleBar).set(title, context)


class UnitListScreen(BaseScreen):
    """A main screen whose table lists the units: enter (its ``score`` key) or a click on a
    row opens that unit's scoring screen."""

    UNIT_TABLE: ClassVar[str]
    """The id of the table whose rows are keyed by unit id."""

    def on_data_table_row_selected(self) -> None:
        """A click on a unit opens it, as enter does (once: not again from a click that
        arrives after it opened)."""
        if self.is_current:
            self.action_score()

    def action_score(self) -> None:
        key = self.query_one(f"#{self.UNIT_TABLE}", DenseTable).current_key
        if key is not None:
            from .scoring import ScoringScreen

            self.app.push_screen(ScoringScreen(key))
