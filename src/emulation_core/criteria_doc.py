"""A criteria table as the document a criteria.toml holds (plain dicts and lists, ready for
a TOML writer), and a table read back from such a document with the checks of opening.

For programs that keep a table outside the workspace's files (the UI keeps the table being
edited in its private folder): :func:`table_from_document` returns the problems opening
would report beside the table, so that a table still being put right (a section that does
not add up yet) is read back as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .criteria import CriteriaTable
from .errors import Problem
from .serialize import Reader, dump_criteria, read_criteria
from .tomlsource import TomlSource

__all__ = ["criteria_document", "table_from_document"]


def criteria_document(table: CriteriaTable) -> dict[str, Any]:
    """``table`` as criteria.toml holds it (``indicators`` and ``sections``)."""
    return dump_criteria(table)


def table_from_document(data: Mapping[str, Any], display: str
                        ) -> tuple[CriteriaTable | None, tuple[Problem, ...]]:
    """The table a criteria.toml document describes, and what opening would say about it
    (each problem names ``display``); None when no table can be made of it."""
    reader = Reader(TomlSource(Path(display), display, "", dict(data)))
    table = read_criteria(reader, data)
    return table, tuple(reader.problems)
