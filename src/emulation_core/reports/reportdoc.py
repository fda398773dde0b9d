"""The report as a Word document for the province (Decree 30/2020/NĐ-CP): the national
header, the place and date, the title, the ranking, each member's score sheet as an
appendix, and the bloc lead's signature block."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import TypeVar

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.shared import Pt

from ..messages import render
from ..text import printable
from .columns import Column, cell_text, ranking_columns, sheet_columns
from .model import Report
from .officialdoc import (
    add_national_header,
    add_signature,
    add_title,
    date_parts,
    official_document,
)

__all__ = ["DEFAULT_PLACE", "report_document"]

DEFAULT_PLACE = "……………"
"""The place left for the lead to write in when none is given (the decree's địa danh)."""
_TABLE_SIZE = Pt(10)
Row = TypeVar("Row")


def _table(document: Document, report: Report, columns: Sequence[Column[Row]],
           rows: Sequence[Row]) -> None:
    table = document.add_table(rows=1, cols=len(columns))
    table.style = document.styles["Table Grid"]
    for cell, column in zip(table.rows[0].cells, columns, strict=True):
        run = cell.paragraphs[0].add_run(column.header)
        run.bold, run.font.size = True, _TABLE_SIZE
    for item in rows:
        cells = table.add_row().cells
        for cell, column in zip(cells, columns, strict=True):
            run = cell.paragraphs[0].add_run(printable(cell_text(column.cell(item), column,
                                                                 report)))
            run.font.size = _TABLE_SIZE
            if column.kind != "text":
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    # The header row repeats at the top of every page the table runs over.
    table.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))


def report_document(report: Report, *, place: str = "", date: dt.date | None = None) -> bytes:
    """The report as DOCX bytes, dated ``date`` (today) at ``place``."""
    lang = report.lang
    day = date or dt.date.today()
    document = official_document(landscape=True)
    where = place or DEFAULT_PLACE
    d, m, y = date_parts(day)
    place_date = render("report.doc.place_date", lang, place=where, day=d, month=m, year=y)
    add_national_header(document, parent_body="", issuer=report.bloc.name,
                        number=render("report.doc.number", lang), place_date=place_date)
    add_title(document, render("report.doc.kind", lang),
              [render("report.title", lang), report.campaign.title])
    document.add_paragraph(render("report.ranking", lang)).runs[0].bold = True
    if report.by_percent:
        document.add_paragraph(render("report.by_percent", lang))
    _table(document, report, ranking_columns(report), report.ranking)
    lead = report.lead
    add_signature(document, recipients_heading=render("report.doc.recipients", lang),
                  recipients=[render("report.doc.recipient_council", lang),
                              render("report.doc.recipient_members", lang),
                              render("report.doc.recipient_archive", lang)],
                  role=render("report.doc.lead", lang), signer=lead.name if lead else "",
                  note=render("report.doc.sign", lang))
    sheet_cols = sheet_columns(report)
    for number, sheet in enumerate(report.sheets, start=1):
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        heading = document.add_paragraph(render("report.doc.appendix", lang, n=str(number)))
        heading.runs[0].bold = True
        document.add_paragraph(render("report.sheet", lang, member=sheet.member.name)
                               ).runs[0].bold = True
        document.add_paragraph(report.sheet_summary(sheet))
        _table(document, report, sheet_cols, sheet.rows)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
