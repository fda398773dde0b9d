"""The theme picker: Textual's themes offered in the interface language.

Textual's own picker is worded in English ("Search for themes…", "No matches found"); this
one has its placeholder, help line and "no theme matches" line from the message catalog,
and matches a query the way the command palette does (each word, marks and case ignored).
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from .find import fold
from .i18n import t
from .widgets.palette import SettledPalette

__all__ = ["ThemeCommands", "theme_picker"]


class ThemeCommands(Provider):
    """One command per installed theme; choosing it switches the app's theme."""

    def _themes(self) -> list[str]:
        return sorted(self.app.available_themes)

    def _choose(self, name: str) -> None:
        self.app.theme = name

    def _help(self, name: str) -> str:
        return t("theme.current") if name == self.app.theme else t("theme.pick")

    async def discover(self) -> Hits:
        for name in self._themes():
            yield DiscoveryHit(name, partial(self._choose, name), help=self._help(name))

    async def search(self, query: str) -> Hits:
        wanted = fold(query).split()
        matched = False
        for name in self._themes():
            plain = fold(name)
            if all(word in plain for word in wanted):
                matched = True
                yield Hit(1 / (1 + len(plain) / 100), Text(name), partial(self._choose, name),
                          text=name, help=self._help(name))
        if not matched and wanted:
            yield Hit(0.0, Text(t("theme.none", query=query), style="dim"), _nothing,
                      text=query)


def theme_picker() -> SettledPalette:
    """The palette listing only the themes, its placeholder in the interface language."""
    return SettledPalette(providers=[ThemeCommands], placeholder=t("theme.placeholder"),
                          id="--command-palette")


def _nothing() -> None:
    """What the "no theme matches" line does when chosen."""
