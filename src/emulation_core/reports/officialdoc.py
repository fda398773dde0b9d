"""Administrative documents as Decree 30/2020/NĐ-CP lays them out, with python-docx.

The parts every document of the bloc shares (the results report, the meeting minutes):
an A4 page with the decree's margins, Times New Roman, the national header beside the
issuing body's name and the document number, the place and date, the title, and the
signature block with the recipients. Each function adds its part to a ``Document``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

__all__ = [
    "FONT",
    "MOTTO",
    "NATIONAL_TITLE",
    "add_national_header",
    "add_signature",
    "add_title",
    "date_parts",
    "official_document",
    "vietnamese_date",
]

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập – Tự do – Hạnh phúc"
FONT = "Times New Roman"
_BODY_SIZE = Pt(13)
_A4_SHORT, _A4_LONG = Mm(210), Mm(297)


def date_parts(day: dt.date) -> tuple[str, str, str]:
    """Day, month and year as the decree writes them: a day below 10 and a month below 3
    get a leading zero (``04``, ``02``, ``12``)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}", month, str(day.year)


def vietnamese_date(place: str, day: dt.date) -> str:
    """``Quảng Ninh, ngày 04 tháng 12 năm 2026``."""
    d, m, y = date_parts(day)
    return f"{place}, ngày {d} tháng {m} năm {y}"


def official_document(*, landscape: bool = False) -> Document:
    """An empty A4 document in Times New Roman 13 pt with the decree's margins (top and
    bottom 20 mm, left 30 mm, right 15 mm; landscape keeps the binding margin on top)."""
    document = new_document()
    section = document.sections[0]
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = _A4_LONG, _A4_SHORT
        section.top_margin, section.bottom_margin = Mm(30), Mm(15)
        section.left_margin, section.right_margin = Mm(20), Mm(20)
    else:
        section.page_width, section.page_height = _A4_SHORT, _A4_LONG
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
    for name in ("Normal", "Table Grid"):
        style = document.styles[name]
        font = style.font
        font.name = FONT
        font.size = _BODY_SIZE
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        fonts.set(qn("w:eastAsia"), FONT)  # Word picks this font for some Vietnamese text
    return document


def _line(cell: _Cell | Document, text: str, *, bold: bool = False, italic: bool = False,
          size: float | None = None, align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.CENTER,
          underline: bool = False) -> Paragraph:
    paragraph = cell.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.bold, run.italic, run.underline = bold, italic, underline
    if size is not None:
        run.font.size = Pt(size)
    return paragraph


def _first(cell: _Cell) -> None:
    """Drop the empty paragraph a new table cell starts with."""
    first = cell.paragraphs[0]
    if not first.text:
        first._element.getparent().remove(first._element)


def add_national_header(document: Document, *, parent_body: str, issuer: str,
                        number: str, place_date: str) -> None:
    """The two-column header: the parent body and the issuing body (upper case, the latter
    bold) with the document number on the left; the national title (bold, upper case) and
    the motto (bold, underlined) on the right; the place and date, in italics, below it."""
    table = document.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    if parent_body:
        _line(left, parent_body.upper(), size=12)
    _line(left, issuer.upper(), bold=True, size=12)
    _line(left, "———", size=8)
    _line(left, number, size=13)
    _line(right, NATIONAL_TITLE, bold=True, size=12)
    _line(right, MOTTO, bold=True, size=13, underline=True)
    _line(right, "")
    _line(right, place_date, italic=True, size=13)
    _first(left)
    _first(right)


def add_title(document: Document, kind: str, subject: Sequence[str]) -> None:
    """The document kind (``BÁO CÁO``, ``BIÊN BẢN``) bold upper case, then its subject."""
    _line(document, "")
    _line(document, kind.upper(), bold=True, size=14)
    for text in subject:
        _line(document, text, bold=True, size=14)
    _line(document, "")


def add_signature(document: Document, *, recipients_heading: str,
                  recipients: Sequence[str], role: str, signer: str, note: str) -> None:
    """The closing block: recipients on the left (heading bold italic, 12 pt; lines 11 pt);
    on the right the signer's role (bold, upper case), the signing unit, the note on how to
    sign, room for the signature, then the signer's name if known."""
    _line(document, "")
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _line(left, recipients_heading, bold=True, italic=True, size=12,
          align=WD_ALIGN_PARAGRAPH.LEFT)
    for line in recipients:
        _line(left, line, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    _line(right, role.upper(), bold=True)
    if signer:
        _line(right, signer.upper(), bold=True)
    _line(right, note, italic=True, size=12)
    for _ in range(4):
        _line(right, "")
    _first(left)
    _first(right)
