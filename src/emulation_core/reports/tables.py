"""The ranking and score sheets as plain text tables: CSV and Markdown."""

from __future__ import annotations

import csv
import io

from ..export import csv_text, ranking_csv
from ..messages import render
from .columns import cell_text, ranking_columns, sheet_columns
from .model import Report

__all__ = ["BOM", "md_cell", "md_table", "ranking_csv_bytes", "report_markdown"]

BOM = "\ufeff"
"""Excel reads a CSV file as UTF-8 only when it starts with this mark."""


def ranking_csv_bytes(report: Report, *, raw: bool = False) -> bytes:
    """The ranking as CSV for Excel: UTF-8 with a BOM, text cells safe from formulas.

    The default form has the report language's headers and labels and numbers as people
    write them; Vietnamese uses ``;`` between cells (a decimal comma is in the numbers, and
    Excel on a Vietnamese machine splits on ``;``). ``raw`` is the stable form of
    ``emulation rank --format csv``: English keys, plain decimal points, ``,`` between cells.
    """
    if raw:
        return (BOM + ranking_csv(report.ranked, precision=report.precision)).encode("utf-8")
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if report.lang == "vi" else ",",
                        lineterminator="\r\n")
    columns = ranking_columns(report)
    writer.writerow([csv_text(c.header) for c in columns])
    for row in report.ranking:
        writer.writerow([cell_text(c.cell(row), c, report) if c.kind != "text"
                         else csv_text(cell_text(c.cell(row), c, report)) for c in columns])
    return (BOM + buffer.getvalue()).encode("utf-8")


def md_cell(text: str) -> str:
    """Text safe inside a Markdown table cell (``|`` and line breaks escaped)."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def md_table(headers: list[str], rows: list[list[str]], numeric: list[bool]) -> list[str]:
    """A Markdown table's lines; ``numeric`` columns are right-aligned."""
    lines = ["| " + " | ".join(md_cell(h) for h in headers) + " |",
             "|" + "|".join("---:" if n else "---" for n in numeric) + "|"]
    lines += ["| " + " | ".join(md_cell(c) for c in row) + " |" for row in rows]
    return lines


def report_markdown(report: Report) -> bytes:
    """The report as Markdown: the title, the ranking, then each member's score sheet."""
    lang = report.lang
    title, ranking = render("report.title", lang), render("report.ranking", lang)
    lines = [f"# {md_cell(title)}", "",
             f"**{md_cell(report.bloc.name)}** · {md_cell(report.campaign.title)}", ""]
    if report.by_percent:
        lines += [render("report.by_percent", lang), ""]
    lines += [f"## {ranking}", ""]
    columns = ranking_columns(report)
    lines += md_table([c.header for c in columns],
                      [[cell_text(c.cell(r), c, report) for c in columns]
                       for r in report.ranking],
                      [c.kind != "text" for c in columns])
    lines += ["", "## " + render("report.sheets", lang)]
    sheet_cols = sheet_columns(report)
    for sheet in report.sheets:
        heading = render("report.sheet", lang, member=sheet.member.name)
        lines += ["", f"### {md_cell(heading)}", "", md_cell(report.sheet_summary(sheet)), ""]
        lines += md_table([c.header for c in sheet_cols],
                          [[cell_text(c.cell(r), c, report) for c in sheet_cols]
                           for r in sheet.rows],
                          [c.kind != "text" for c in sheet_cols])
    return ("\n".join(lines) + "\n").encode("utf-8")
