"""The history screen: a criterion's or a member's changes from the change log, oldest
first (who, when, what, old → new, reason); a broken log says where it stops. Esc closes."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from emulation_core import Criterion, printable

from ..history import History, criterion_history, member_history
from ..i18n import t
from ..widgets.chrome import TitleBar
from .base import BaseScreen

__all__ = ["HISTORY_BINDINGS", "HistoryKeys", "HistoryScreen"]

HISTORY_BINDINGS: list[BindingType] = [
    Binding("h", "history", "history", show=False),
    Binding("H", "member_history", "member_history", show=False),
]


class HistoryScreen(Screen[None]):
    """Shows one :class:`~emulation_tui.history.History`."""

    DEFAULT_CSS = """
    HistoryScreen > #history { height: 1fr; }
    HistoryScreen > .history-note { height: auto; padding: 0 1; }
    HistoryScreen > #history-detail { height: auto; max-height: 6; padding: 0 1;
                                      border-top: solid $primary; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "close", "back")]

    def __init__(self, title: str, history: History) -> None:
        super().__init__()
        self._heading = title
        self.history = history

    def compose(self) -> ComposeResult:
        yield TitleBar(printable(self._heading), t("history.count",
                                                   count=len(self.history.lines)))
        if self.history.broken:
            yield Static(Text(printable(self.history.broken), style="bold red"),
                         id="history-broken", classes="history-note")
        table: DataTable[Text] = DataTable(id="history", cursor_type="row", zebra_stripes=True)
        yield table
        if self.history.lines:
            yield Static(id="history-detail")
        else:
            yield Static(t("history.none"), classes="history-note")
        yield Static(Text(t("history.hint"), style="dim"), classes="history-note")

    def on_mount(self) -> None:
        table = self.query_one("#history", DataTable)
        table.add_columns(*(t(f"history.{name}") for name in
                            ("when", "who", "what", "change", "reason")))
        for line in self.history.lines:
            table.add_row(*(Text(_cut(printable(cell))) for cell in (
                line.when, line.who, line.what, f"{line.old or '∅'} → {line.new or '∅'}",
                line.reason)))
        if self.history.lines:
            table.move_cursor(row=len(self.history.lines) - 1)
            self._show_detail(len(self.history.lines) - 1)
        table.focus()

    @on(DataTable.RowHighlighted, "#history")
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, row: int) -> None:
        """The highlighted change in full, wrapped to the width: the reason column is off
        screen on a narrow terminal, and long values are cut in the table."""
        if not 0 <= row < len(self.history.lines):
            return
        line = self.history.lines[row]
        detail = Text(printable(f"{line.when} · {line.who} · {line.what}"), style="bold")
        detail.append("\n" + printable(f"{line.old or '∅'} → {line.new or '∅'}"))
        detail.append("\n" + (t("history.detail.reason", reason=printable(line.reason))
                              if line.reason else t("history.detail.no_reason")),
                      style="" if line.reason else "dim")
        self.query_one("#history-detail", Static).update(detail)

    def action_close(self) -> None:
        self.dismiss(None)


_CELL = 32
"""The widest a cell is in the table; the detail line under it shows the change in full."""


def _cut(text: str) -> str:
    return text if len(text) <= _CELL else text[:_CELL - 1] + "…"


class HistoryKeys(BaseScreen):
    """The history keys of a screen with a member (and maybe a criterion) under the cursor:
    ``h`` the criterion's history, ``H`` the member's. Pending edits are saved first, so
    the history shows them."""

    def history_member(self) -> str | None:
        """The member whose history the keys show."""
        return None

    def history_criterion(self) -> Criterion | None:
        """The criterion under the cursor, if the screen has one."""
        return None

    async def action_history(self) -> None:
        member_id, criterion = self.history_member(), self.history_criterion()
        if member_id is None or criterion is None:
            self.notify(t("history.no_criterion"), severity="warning")
            return
        await self.emu.flush_saves()
        title = t("history.title.criterion", code=criterion.code,
                  member=self._history_name(member_id))
        self.app.push_screen(HistoryScreen(title, criterion_history(
            self.session, member_id, criterion)))

    async def action_member_history(self) -> None:
        member_id = self.history_member()
        if member_id is None:
            return
        await self.emu.flush_saves()
        title = t("history.title.member", member=self._history_name(member_id))
        self.app.push_screen(HistoryScreen(title, member_history(self.session, member_id)))

    def _history_name(self, member_id: str) -> str:
        member = self.session.bloc.member(member_id)
        return member.name if member else member_id
