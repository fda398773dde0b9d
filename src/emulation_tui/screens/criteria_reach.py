"""How the criteria editor's fields are reached: where the cursor goes in a field as it
takes the focus (after its text, or the whole text selected when typing should replace it:
a new node's title, a bare 0, the parameters a rule kind just chosen offers)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen
from textual.widgets import Input

from ..criteria_fields import kind_fields
from ..widgets.typing_input import TypingInput

__all__ = ["FieldReach"]


class FieldReach:
    """Mixed into the criteria editor, which holds :attr:`texts` (what the highlighted row's
    fields hold)."""

    if TYPE_CHECKING:
        texts: dict[str, str]

    fresh: str | None = None
    """The id of a field whose text typing replaces when reached (a new title)."""
    offered: frozenset[str] = frozenset()
    """Fields holding what the editor offers for a rule kind just chosen (or a new
    criterion's), not what was typed: typing replaces their text when reached."""

    def on_mount(self) -> None:
        for field in cast("Screen[None]", self).query("#ce-panel TypingInput").results(
                TypingInput):
            field.reached = self._reached

    def _reached(self, widget: Input) -> None:
        """Reaching a field puts the cursor after its text: typing adds to it (a new
        node's title, and a field holding only 0, are selected instead). Run by the field
        as it takes the focus, so a key typed right after ``enter`` lands as meant."""
        name = (widget.id or "").removeprefix("ce-")
        if widget.id == self.fresh or widget.value == "0" or name in self.offered:
            self.fresh = None if widget.id == self.fresh else self.fresh
            self.offered = self.offered - {name}
            widget.select_all()
        else:
            widget.cursor_position = len(widget.value)

    def _focus_title(self) -> None:
        """To a new node's title, selected so that typing replaces it (and its rule's
        fields, which hold what the editor offers)."""
        self.fresh = "ce-title"
        kind = self.texts.get("kind")
        self.offered = frozenset(kind_fields(kind)) if kind else frozenset()
        screen = cast("Screen[None]", self)
        screen.call_after_refresh(screen.query_one("#ce-title", Input).focus)
