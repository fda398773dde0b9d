"""A file as a save would write it (:class:`Planned`), made by :func:`plan`.

Its own module so that a workspace opened only to be read never creates the class: saves
import it (see :mod:`.saving`).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from .tomlsource import TomlSource
from .value_object import ValueObject

__all__ = ["Planned", "plan"]


@frozen
class Planned(ValueObject):
    """A file as a save would write it: where, under which name in messages, what text."""

    path: Path
    display: str
    text: str

    def source(self) -> TomlSource:
        """The text as the reader sees it when the workspace is opened."""
        import tomli

        return TomlSource(self.path, self.display, self.text, tomli.loads(self.text))


def plan(path: Path, display: str, doc: Mapping[str, Any], old_text: str | None) -> Planned:
    """``doc`` as the text of ``path``: ``old_text`` (the file as it is, for a file people
    edit) updated in place, or fresh TOML when there is none or it is not TOML."""
    import tomli_w

    from .serialize.tomledit import updated_text  # tomlkit: only when a file is rewritten

    text = updated_text(old_text, doc) if old_text is not None else None
    return Planned(path, display, text if text is not None else tomli_w.dumps(doc))
