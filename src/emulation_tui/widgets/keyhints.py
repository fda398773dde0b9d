"""A one-line footer of key hints in the interface language: ``enter chấm điểm · r xếp hạng``.

Each hint can be clicked: it runs the key's action.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.dom import NoScreen
from textual.screen import Screen
from textual.widgets import Static

from ..i18n import t

__all__ = ["KeyHints", "key_display"]

_NAMES = {"escape": "esc", "delete": "del", "question_mark": "?", "left_square_bracket": "[",
          "right_square_bracket": "]", "plus": "+", "minus": "-", "slash": "/"}
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
    KeyHints { height: 1; width: 1fr; background: $panel; color: $text-muted; padding: 0 1;
               link-style: none; link-color: $text-muted; link-background: $panel;
               link-style-hover: reverse; }
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
        hints: list[tuple[str, str, Style]] = []
        for active in bindings.values():
            binding = active.binding
            if not binding.show or binding.action in seen or not active.enabled:
                continue
            seen.add(binding.action)
            hints.append((key_display(binding), t(f"key.{binding.description}"),
                          _click(binding.action, active.node)))
        self.update(_fit(hints, max(self.size.width - 2, 20)))


def _click(action: str, node: object) -> Style:
    """A style that runs ``action`` on ``node`` when clicked (none for a widget's own key)."""
    if "." in action.split("(")[0]:
        return Style.from_meta({"@click": action})
    if isinstance(node, App):
        return Style.from_meta({"@click": f"app.{action}"})
    if isinstance(node, Screen):
        return Style.from_meta({"@click": f"screen.{action}"})
    return Style()


def _fit(hints: list[tuple[str, str, Style]], width: int) -> Text:
    """As many hints as fit; the help key (F1) is always kept, last."""
    help_hint = next((h for h in hints if h[0] == "F1"), None)
    rest = [h for h in hints if h is not help_hint]
    reserve = len(f"{_SEPARATOR}F1 {help_hint[1]}") if help_hint else 0
    text = Text()
    for key, label, click in rest:
        piece = len(key) + 1 + len(label) + (len(_SEPARATOR) if text else 0)
        if text.cell_len + piece + reserve > width:
            break
        if text:
            text.append(_SEPARATOR, style="dim")
        text.append(key, style=Style(bold=True) + click)
        text.append(f" {label}", style=click)
    if help_hint:
        if text:
            text.append(_SEPARATOR, style="dim")
        text.append(help_hint[0], style=Style(bold=True) + help_hint[2])
        text.append(f" {help_hint[1]}", style=help_hint[2])
    return text
