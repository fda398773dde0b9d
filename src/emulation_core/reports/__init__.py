"""Results reports for the province: the ranking and every member's score sheet, in files.

:func:`report_for` builds a :class:`Report` in Vietnamese or English; :func:`export_bytes`
renders it in one of :data:`FORMATS` and :func:`write_export` writes the file atomically.
Formats and columns: docs/exports.md.
"""

from __future__ import annotations

from .building import build_report, previous_ranks, report_for, status_text
from .model import Figure, RankingRow, Report, ScoreSheet, SectionHead, SheetRow
from .writing import FORMATS, export_bytes, write_export

__all__ = [
    "FORMATS",
    "Figure",
    "RankingRow",
    "Report",
    "ScoreSheet",
    "SectionHead",
    "SheetRow",
    "build_report",
    "export_bytes",
    "previous_ranks",
    "report_for",
    "status_text",
    "write_export",
]
