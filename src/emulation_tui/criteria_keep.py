"""The criteria editor's unsaved copy kept on disk, so that leaving the app (or a crash)
loses nothing: ``.emulation.drafts/criteria-CAMPAIGN.toml`` in the workspace folder, a
private folder that the change log, ``audit verify`` and opening leave alone (their files
are the workspace's TOML files outside dot-folders). The editor writes it while its copy
holds changes, removes it once they are saved or undone, and offers it back when the
campaign's table is next opened. Nothing here imports Textual.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import tomli_w
from attrs import frozen

from emulation_core import (
    CriteriaTable,
    EmulationError,
    atomic_write,
    criteria_document,
    read_inside,
    table_from_document,
)

from .criteria_draft import Draft, NodePath

__all__ = ["DRAFTS", "CopyKeeper", "Kept", "discard", "keep", "kept", "kept_path"]

DRAFTS = ".emulation.drafts"
"""The workspace's private folder of unsaved copies."""
_LARGEST = 2_000_000
"""Bytes: a copy larger than this is not read (no table is that large)."""


@frozen
class Kept:
    """A copy read back: the table as it was being edited, the table it started from (the
    campaign's table then), the scale, the texts of refused fields, and when it was kept."""

    table: CriteriaTable
    base: CriteriaTable
    scale: Decimal
    refused: Mapping[NodePath, Mapping[str, str]]
    refused_indicators: Mapping[str, Mapping[str, str]]
    at: dt.datetime


def kept_path(root: Path, campaign: str) -> Path:
    return root / DRAFTS / f"criteria-{campaign}.toml"


def keep(root: Path, draft: Draft, now: dt.datetime) -> str | None:
    """Write ``draft``'s copy; the reason it could not be written, or None."""
    doc: dict[str, Any] = {
        "campaign": draft.campaign, "kept_at": now.isoformat(timespec="seconds"),
        "scale": str(draft.scale), "table": criteria_document(draft.table),
        "base": criteria_document(draft.saved),
        "refused": [{"path": list(p), "texts": dict(t)} for p, t in draft.refused.items()],
        "refused_indicators": [{"key": k, "texts": dict(t)}
                               for k, t in draft.refused_indicators.items()]}
    try:
        atomic_write(kept_path(root, draft.campaign), tomli_w.dumps(doc).encode("utf-8"),
                     root=root)
    except (OSError, ValueError, EmulationError) as exc:
        return str(exc)
    return None


def discard(root: Path, campaign: str) -> None:
    """Remove the campaign's kept copy, if any."""
    path = kept_path(root, campaign)
    try:
        path.unlink(missing_ok=True)
        path.parent.rmdir()  # only when no other copy is kept
    except OSError:
        pass


def _table(raw: object) -> CriteriaTable | None:
    """A table as the copy holds it; None unless it reads back whole (no node dropped; a
    section that does not add up yet is kept as it was)."""
    if not isinstance(raw, dict):
        return None
    table, _ = table_from_document(raw, DRAFTS)
    return table if table is not None and criteria_document(table) == raw else None


def _texts(raw: object) -> dict[str, str] | None:
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        return None
    return {str(k): v for k, v in raw.items()}


def kept(root: Path, campaign: str) -> Kept | None:
    """The campaign's kept copy; None when there is none or it cannot be read whole (a
    copy damaged or from another version is not offered)."""
    path = kept_path(root, campaign)
    try:  # not a link itself, and a regular file inside the workspace (no pipe or device)
        if path.is_symlink():
            return None
        raw = read_inside(path, root)
        if len(raw) > _LARGEST:
            return None
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, EmulationError, UnicodeDecodeError, tomllib.TOMLDecodeError,
            RecursionError, ValueError):
        return None
    table, base = _table(data.get("table")), _table(data.get("base"))
    try:
        scale = Decimal(str(data.get("scale")))
        at = dt.datetime.fromisoformat(str(data.get("kept_at")))
    except (InvalidOperation, ValueError):
        return None
    if table is None or base is None or data.get("campaign") != campaign \
            or not scale.is_finite() or scale <= 0:
        return None
    paths = {path for path, _, _ in Draft(campaign, table).rows()}
    refused: dict[NodePath, dict[str, str]] = {}
    for item in _items(data.get("refused")):
        texts, where = _texts(item.get("texts")), item.get("path")
        if texts is None or not isinstance(where, list) or tuple(where) not in paths:
            return None
        refused[tuple(where)] = texts
    refused_indicators: dict[str, dict[str, str]] = {}
    for item in _items(data.get("refused_indicators")):
        texts, key = _texts(item.get("texts")), item.get("key")
        if texts is None or key not in table.indicators:
            return None
        refused_indicators[str(key)] = texts
    return Kept(table, base, scale, refused, refused_indicators, at)


def _items(raw: object) -> list[dict[str, Any]]:
    """The tables of an array of tables (anything else: none)."""
    return [i for i in raw if isinstance(i, dict)] if isinstance(raw, list) else []


class CopyKeeper:
    """The editor's copies on disk: which changed since they were written, writing them
    (or removing the file of one with nothing unsaved left), and taking one back once per
    campaign per run."""

    def __init__(self, root: Path, clock: Callable[[], dt.datetime]) -> None:
        self.root = root
        self.clock = clock
        self.changed: set[str] = set()
        self.looked: set[str] = set()

    def take_back(self, draft: Draft) -> Kept | None:
        """The campaign's kept copy put into ``draft`` (the first time it is asked for in
        this run), or None."""
        if draft.campaign in self.looked:
            return None
        self.looked.add(draft.campaign)
        copy = kept(self.root, draft.campaign)
        if copy is not None:
            draft.take_kept(copy.table, copy.scale, copy.refused, copy.refused_indicators)
        return copy

    def flush(self, drafts: Mapping[str, Draft]) -> list[str]:
        """Write each changed copy that holds unsaved changes, remove the others' files;
        the campaigns whose copy could not be written (a read-only folder, a full disk)."""
        failed = []
        for campaign in sorted(self.changed):
            draft = drafts.get(campaign)
            if draft is not None and draft.dirty:
                if keep(self.root, draft, self.clock()) is not None:
                    failed.append(campaign)
                    continue
            else:
                discard(self.root, campaign)
            self.changed.discard(campaign)
        return failed
