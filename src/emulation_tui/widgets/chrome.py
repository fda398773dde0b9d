"""The lines every screen shares: its title bar and the read-only banner."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Static

from .in_place import update_in_place
from .safe import safe_cell

__all__ = ["Banner", "TitleBar"]


class TitleBar(Horizontal):
    """One line: a title on the left, context on the right (at most two thirds of the
    line, so that a narrow screen still shows what the screen is about: the unit scored)."""

    DEFAULT_CSS = """
    TitleBar { height: 1; background: $primary-background; }
    TitleBar > #title {
        width: 1fr; text-style: bold; padding: 0 1; text-wrap: nowrap; text-overflow: ellipsis;
    }
    TitleBar > #context {
        width: auto; max-width: 65%; color: $text-muted; padding: 0 1; text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def __init__(self, title: str = "", context: str = "", *, id: str | None = None,
                 classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._left = title
        self._right = context

    def compose(self) -> ComposeResult:
        yield Static(Text(self._left), id="title")
        yield Static(Text(self._right), id="context")

    def set(self, title: str, context: str) -> None:
        """Show ``title`` and ``context`` (the screen is laid out again only when the
        context's width changes)."""
        update_in_place(self.query_one("#title", Static), safe_cell(Text(title)))
        update_in_place(self.query_one("#context", Static), safe_cell(Text(context)))


class Banner(Static):
    """A warning line across the screen (read-only mode)."""

    DEFAULT_CSS = """
    Banner { height: auto; background: $warning 30%; color: $text; padding: 0 1; }
    """
