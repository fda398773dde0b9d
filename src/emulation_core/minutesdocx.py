"""The minutes as a DOCX administrative document (Decree 30/2020/NĐ-CP layout), built with
the reports' shared parts (:mod:`.reports.officialdoc`): national header, title, signature.
"""

from __future__ import annotations

import datetime as dt
import io

from docx.document import Document

from .minutes import Minutes
from .reports.officialdoc import (
    add_national_header,
    add_signature,
    add_title,
    official_document,
    vietnamese_date,
)

__all__ = ["minutes_docx"]


def _table(document: Document, rows: list[str]) -> None:
    """Markdown table rows (``| a | b |``, the second the separator) as a Word table."""
    cells = [[c.strip() for c in row.strip().strip("|").split("|")] for row in rows
             if not set(row.replace("|", "").strip()) <= {"-", " "}]
    table = document.add_table(rows=len(cells), cols=len(cells[0]))
    table.style = "Table Grid"
    for r, row in enumerate(cells):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
            if r == 0:
                for run in table.cell(r, c).paragraphs[0].runs:
                    run.bold = True


def minutes_docx(minutes: Minutes) -> bytes:
    """The minutes as the bytes of a .docx file."""
    document = official_document()
    day = (minutes.at or dt.datetime.now(dt.UTC)).date()
    add_national_header(document, parent_body="", issuer=minutes.bloc, number="Số: …/BB-KTĐ",
                        place_date=vietnamese_date(minutes.place or "…", day))
    add_title(document, "BIÊN BẢN", [minutes.title.removeprefix("BIÊN BẢN ")])
    for title, body in minutes.sections:
        heading = document.add_paragraph()
        heading.add_run(title).bold = True
        table: list[str] = []
        for line in (*body, ""):
            if line.startswith("|"):
                table.append(line)
                continue
            if table:
                _table(document, table)
                table = []
            if line:
                stripped = line.lstrip(" ")
                bullet = line.startswith("  ") or stripped.startswith("- ")
                document.add_paragraph(stripped.removeprefix("- ").replace("`", ""),
                                       style="List Bullet" if bullet else None)
    secretary = document.add_paragraph()
    secretary.add_run("THƯ KÝ: ").bold = True
    secretary.add_run(minutes.secretary or "")
    add_signature(document, recipients_heading="Nơi nhận:",
                  recipients=["- Ban Thi đua – Khen thưởng tỉnh;", "- Các đơn vị thành viên;",
                              "- Lưu: Khối."],
                  role="CHỦ TRÌ", signer=minutes.chair, note="(Ký, ghi rõ họ tên)")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
