"""Writing the minutes to a file: Markdown or DOCX, chosen by the file's suffix."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import atomic_write
from .awarderrors import DeliberationError
from .minutes import Minutes, build_minutes, minutes_markdown

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["MINUTES_SUFFIXES", "write_minutes"]

MINUTES_SUFFIXES = (".md", ".docx")


def write_minutes(ws: Workspace, campaign_id: str, path: Path) -> Minutes:
    """Write the campaign's minutes to ``path`` (``.md`` or ``.docx``) atomically, and return
    them (their ``head`` is the change log's head they certify). Below the workspace
    folder, missing folders are made and a symbolic link on the way is refused."""
    suffix = path.suffix.lower()
    if suffix not in MINUTES_SUFFIXES:
        raise DeliberationError("award.minutes_suffix", path=str(path))
    minutes = build_minutes(ws, campaign_id)
    if suffix == ".docx":
        from .minutesdocx import minutes_docx  # python-docx only when asked for

        data = minutes_docx(minutes)
    else:
        data = minutes_markdown(minutes).encode("utf-8")
    inside = path.absolute().is_relative_to(ws.path.absolute())
    atomic_write(path, data, root=ws.path.absolute() if inside else None)
    return minutes
