"""A one-line search bar: type a code or words of a title, Enter to go there, Esc to leave."""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Input

__all__ = ["FindBar"]


class FindBar(Input):
    """Hidden until :meth:`open`; hides again when it loses focus."""

    class Search(Message):
        """The lead asked to go to the next row answering ``query``."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, compact=True, select_on_focus=True)
        self.display = False

    def open(self, placeholder: str) -> None:
        """Show the bar, with its last query selected so that typing replaces it."""
        self.placeholder = placeholder
        self.display = True
        self.screen.set_focus(self)  # at once: the keys typed next are the query

    def search(self) -> None:
        """Ask for the next row answering what is typed."""
        if self.value.strip():
            self.post_message(self.Search(self.value))

    def on_blur(self, event: events.Blur) -> None:
        self.display = False
