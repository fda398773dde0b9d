"""The UI's own settings (interface language, theme, recent workspaces) in a small TOML
file."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .i18n import LANGUAGES, Language

__all__ = ["ENV_VAR", "Settings", "config_dir", "load_settings", "save_settings"]

ENV_VAR = "EMULATION_CONFIG_DIR"
"""Set to a folder to keep the settings there instead (tests use this)."""

_FILE = "tui.toml"
_MAX_RECENT = 8


@dataclass(frozen=True)
class Settings:
    """What the UI remembers between runs (a dataclass: the first frame does not wait for
    attrs)."""

    language: Language = "vi"
    theme: str = ""  # a Textual theme's name; empty: Textual's default
    recent: tuple[str, ...] = ()

    def with_recent(self, path: Path) -> Settings:
        """Copy with ``path`` first in the recent list."""
        text = str(path.resolve())
        kept = tuple(p for p in self.recent if p != text)
        return replace(self, recent=(text, *kept)[:_MAX_RECENT])


def config_dir() -> Path:
    """``$EMULATION_CONFIG_DIR``, else ``$XDG_CONFIG_HOME/emulation``, else ``~/.config/...``."""
    override = os.environ.get(ENV_VAR)
    if override:
        return Path(override)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "emulation"


def load_settings() -> Settings:
    """The saved settings; defaults when the file is missing or unreadable."""
    try:
        data = tomllib.loads((config_dir() / _FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Settings()
    language = data.get("language")
    theme = data.get("theme")
    recent = data.get("recent", [])
    return Settings(
        language=language if language in LANGUAGES else "vi",
        theme=theme if isinstance(theme, str) else "",
        recent=tuple(p for p in recent if isinstance(p, str)) if isinstance(recent, list) else (),
    )


def save_settings(settings: Settings) -> str | None:
    """Write the settings; returns why it failed, or None."""
    import tomli_w

    from emulation_core import atomic_write

    doc = {"language": settings.language, "theme": settings.theme,
           "recent": list(settings.recent)}
    try:
        atomic_write(config_dir() / _FILE, tomli_w.dumps(doc).encode("utf-8"))
    except OSError as exc:
        return str(exc)
    return None
