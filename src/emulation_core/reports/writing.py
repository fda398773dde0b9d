"""Writing a report to the file a person named, in one of the export formats, atomically."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from ..atomic import atomic_write
from ..errors import EmulationError
from ..export import ranking_json
from .model import Report
from .tables import ranking_csv_bytes, report_markdown
from .webpage import report_html

__all__ = ["FORMATS", "export_bytes", "write_export"]


def _json(report: Report) -> bytes:
    return ranking_json(report.ranked, precision=report.precision).encode("utf-8")


def _xlsx(report: Report) -> bytes:
    from .workbook import report_workbook  # openpyxl is loaded only for this format

    return report_workbook(report)


_WRITERS: Mapping[str, Callable[[Report], bytes]] = {
    "xlsx": _xlsx,
    "csv": ranking_csv_bytes,
    "json": _json,
    "md": report_markdown,
    "html": report_html,
}

FORMATS: tuple[str, ...] = tuple(_WRITERS)
"""The export formats, each also a file name suffix."""


def export_bytes(report: Report, fmt: str, *, raw: bool = False) -> bytes:
    """The report in format ``fmt`` (one of :data:`FORMATS`); ``raw`` is for CSV only."""
    if fmt == "csv":
        return ranking_csv_bytes(report, raw=raw)
    return _WRITERS[fmt](report)


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` only: replaced whole or not at all, never through a link.

    The folder must exist (nothing else is created); a folder or a link at ``path`` is
    refused with :class:`~emulation_core.EmulationError` or
    :class:`~emulation_core.UnsafePathError`.
    """
    folder = path.parent
    if not folder.is_dir():
        raise EmulationError(f"{folder}: no such folder; create it first or name a file in "
                             "an existing folder")
    if path.is_dir():
        raise EmulationError(f"{path}: is a folder; name a file to write, e.g. "
                             f"{path / 'xep-hang.xlsx'}")
    atomic_write(path, data, root=folder)
