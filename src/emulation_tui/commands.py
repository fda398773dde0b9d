"""Command palette: every key action of the current screen and the app, by its name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from .i18n import has_key, t
from .widgets.keyhints import key_display

__all__ = ["ActionCommands"]


class ActionCommands(Provider):
    """Offers the bindings that are active where the palette was opened, in the UI language."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        found: list[tuple[str, str, Callable[[], object]]] = []
        seen: set[str] = set()
        for active in self.screen.active_bindings.values():
            binding = active.binding
            name = f"key.{binding.description}"
            if not active.enabled or not has_key(name) or binding.action in seen \
                    or binding.action == "command_palette":
                continue
            seen.add(binding.action)
            run = partial(self.app.run_action, binding.action, active.node)
            found.append((t(name).capitalize(), t("cmd.key", key=key_display(binding)), run))
        return found

    async def discover(self) -> Hits:
        for label, help_text, run in self._commands():
            yield DiscoveryHit(label, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, run in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, matcher.highlight(label), run, text=label, help=help_text)
