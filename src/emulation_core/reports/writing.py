"""Writing a report to the file a person named, in one of the export formats, atomically."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..atomic import atomic_write
from ..errors import EmulationError
from ..export import ranking_json
from .model import Report
from .tables import ranking_csv_bytes, report_markdown
from .webpage import report_html

__all__ = ["FORMATS", "export_bytes", "write_export"]

FORMATS: tuple[str, ...] = ("xlsx", "html", "docx", "csv", "md", "json")
"""The export formats, each also a file name suffix."""


def export_bytes(report: Report, fmt: str, *, raw: bool = False, place: str = "",
                 date: dt.date | None = None) -> bytes:
    """The report in format ``fmt`` (one of :data:`FORMATS`); ``raw`` is for CSV only,
    ``place`` and ``date`` (today) for the DOCX document's place and date line.

    openpyxl and python-docx are loaded only for their format.
    """
    if fmt == "xlsx":
        from .workbook import report_workbook

        return report_workbook(report)
    if fmt == "docx":
        from .reportdoc import report_document

        return report_document(report, place=place, date=date)
    if fmt == "html":
        return report_html(report)
    if fmt == "csv":
        return ranking_csv_bytes(report, raw=raw)
    if fmt == "md":
        return report_markdown(report)
    if fmt == "json":
        return ranking_json(report.ranked, precision=report.precision).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")


def write_export(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` only: replaced whole or not at all, never through a link.

    The folder must exist (nothing else is created); a folder or a link at ``path`` is
    refused with :class:`~emulation_core.EmulationError` or
    :class:`~emulation_core.UnsafePathError`.
    """
    folder = path.parent
    if not folder.is_dir():
        raise EmulationError.keyed("write.no_folder", folder=folder)
    if path.is_dir():
        raise EmulationError.keyed("write.is_folder", path=path,
                                   example=path / "xep-hang.xlsx")
    atomic_write(path, data, root=folder)
