"""An input field that applies its editing keys in the order they were typed."""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input

_EDITING_ACTIONS = frozenset({
    "cursor_left", "cursor_left_word", "cursor_right", "cursor_right_word", "home", "end",
    "delete_left", "delete_left_word", "delete_left_all", "delete_right", "delete_right_word",
    "delete_right_all", "select_all"})


class TypingInput(Input):
    """Textual runs a focused input's own key bindings (backspace, delete, arrows, home, end)
    only once the key has bubbled up to the app, after the printable keys already queued for
    the input: a fast ``backspace 1 2`` on a field holding 6 read 61. This input runs those
    editing bindings as each key arrives, so every key applies in the order typed.

    Its size is set by the stylesheet, never by its text: the text's width (which Textual
    keeps as the input's virtual size, to scroll a long text) changes what the input
    shows, not the screen's layout, so a keystroke repaints the field alone."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    reached: Callable[[TypingInput], None] | None = None
    """Called as the field takes the focus, in the field's own turn: before any key typed
    after the move reaches it (a screen's focus handler may run only after such a key)."""

    def _on_focus(self, event: events.Focus) -> None:
        super()._on_focus(event)
        if self.reached is not None:
            self.reached(self)

    async def _on_key(self, event: events.Key) -> None:
        if not event.is_printable:
            for binding in self._bindings.key_to_bindings.get(event.key, ()):
                if binding.action in _EDITING_ACTIONS \
                        and await self.app.run_action(binding.action, self):
                    event.stop()
                    event.prevent_default()
                    return
        await super()._on_key(event)
