"""A one-line footer of key hints in the interface language: ``enter chấm điểm · r xếp hạng``."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.dom import NoScreen
from textual.screen import Screen
from textual.widgets import Static

from ..i18n import t

__all__ = ["KeyHints", "key_display"]

_NAMES = {"escape": "esc", "delete": "del", "question_mark": "?", "left_square_bracket": "[",
          "right_square_bracket": "]", "plus": "+", "minus": "-"}
_SEPARATOR = " · "


def key_display(binding: Binding) -> str:
    """The first key of a binding as people write it: ``F1``, ``ctrl+z``, ``esc``."""
    if binding.key_display:
        return binding.key_display
    key = binding.key.split(",")[0].strip()
    if len(key) in (2, 3) and key[0] == "f" and key[1:].isdigit():
        return key.upper()
    return "+".join(_NAMES.get(part, part) for part in key.split("+"))


class KeyHints(Static):
    """Shows the keys that work right now, the screen's own first, cut to the width."""

    DEFAULT_CSS = """
    KeyHints { height: 1; width: 1fr; background: $panel; color: $text-muted; padding: 0 1; }
    """

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self.call_after_refresh(self.show_hints)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def on_resize(self) -> None:
        self.show_hints()

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self.show_hints)

    def show_hints(self) -> None:
        try:
            bindings = self.screen.active_bindings
        except NoScreen:  # already removed (the screen was closed)
            return
        seen: set[str] = set()
        hints: list[tuple[str, str]] = []
        for active in bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            hints.append((key_display(binding), t(f"key.{binding.description}")))
        self.update(_fit(hints, max(self.size.width - 2, 20)))


def _fit(hints: list[tuple[str, str]], width: int) -> Text:
    """As many hints as fit; the help key (F1) is always kept, last."""
    help_hint = next((h for h in hints if h[0] == "F1"), None)
    rest = [h for h in hints if h is not help_hint]
    reserve = len(f"{_SEPARATOR}F1 {help_hint[1]}") if help_hint else 0
    text = Text()
    for key, label in rest:
        piece = len(key) + 1 + len(label) + (len(_SEPARATOR) if text else 0)
        if text.cell_len + piece + reserve > width:
            break
        if text:
            text.append(_SEPARATOR, style="dim")
        text.append(key, style="bold")
        text.append(f" {label}")
    if help_hint:
        if text:
            text.append(_SEPARATOR, style="dim")
        text.append(help_hint[0], style="bold")
        text.append(f" {help_hint[1]}")
    return text
