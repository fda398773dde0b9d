"""What the deliberation screens share: a title, the keys that work, sections read from the
workspace as saved, forms that change it, and the number form of the interface language."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from emulation_core import EmulationError, Workspace, printable

from ..i18n import error_text, t
from ..session import Session
from .deliberation_forms import DeliberationForm
from .dialogs import DIALOG_CSS

__all__ = ["DeliberationView", "table"]

Section = tuple[str, Callable[[], RenderableType]]


def table(*heads: str, wrap: int = -1) -> Table:
    """A plain dense table with these column heads; only the column ``wrap`` (the last by
    default) wraps its cells when the width runs out, the others keep theirs whole."""
    found = Table(box=None, padding=(0, 1), show_edge=False, header_style="bold")
    flexible = wrap % len(heads)
    for number, head in enumerate(heads):
        found.add_column(head, no_wrap=number != flexible)
    return found


class DeliberationView(ModalScreen[None]):
    """One campaign's part of the deliberation, in sections, redrawn after each change."""

    CSS_PATH = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q", "close", "close")]
    TITLE_KEY = ""
    HINT_KEY = ""

    def __init__(self, session: Session, campaign_id: str) -> None:
        super().__init__(classes="dialog")
        self.session = session
        self.campaign_id = campaign_id

    @property
    def ws(self) -> Workspace:
        return self.session.ws

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="box wide", id="view"):
            title = self.ws.campaign(self.campaign_id).title
            yield Static(Text(t(self.TITLE_KEY, campaign=title), style="bold"),
                         classes="dialog-title")
            yield Static(Text(t(self.HINT_KEY), style="dim"), id="hint")
            yield Static(id="body")

    def on_mount(self) -> None:
        self.redraw()

    def sections(self) -> list[Section]:
        """Each section's title and how to draw it."""
        raise NotImplementedError

    def _drawn(self) -> Iterator[RenderableType]:
        try:
            sections = self.sections()
        except EmulationError as error:  # nothing to draw from, e.g. a quota too large
            yield Text(error_text(error), style="red")
            return
        for title, build in sections:
            if title:
                yield Text("\n" + title, style="bold")
            try:
                yield build()
            except EmulationError as error:  # a damaged file: say so, show the rest
                yield Text(error_text(error), style="red")

    def redraw(self) -> None:
        """Draw every section again from the workspace."""
        self.query_one("#body", Static).update(Group(*self._drawn()))

    def names(self) -> dict[str, str]:
        """Each unit's short name, made safe to show."""
        return {m.id: printable(m.short_name or m.name) for m in self.ws.bloc.members}

    def open_form(self, form: DeliberationForm) -> None:
        """Show ``form``; once it saved, say what and draw everything again."""
        self.app.push_screen(form, self._saved)

    def _saved(self, said: str | None) -> None:
        if said is None:
            return
        self.notify(printable(said))
        self.redraw()

    def action_close(self) -> None:
        self.dismiss(None)
