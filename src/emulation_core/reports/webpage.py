"""The report as one self-contained HTML page: inline CSS, an SVG chart, no script, and a
print style for A4 (landscape; table headers repeat on each page, each score sheet starts a
new page)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TypeVar

from ..messages import render
from .columns import Column, cell_text, ranking_columns, sheet_columns
from .model import Report
from .svgchart import bar_chart

__all__ = ["report_html"]

Row = TypeVar("Row")

_STYLE = """
@page { size: A4 landscape; margin: 12mm; }
body { font-family: "Times New Roman", "Liberation Serif", serif; font-size: 11pt;
       color: #000; margin: 0 auto; max-width: 277mm; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4pt; }
p.sub { text-align: center; margin: 0 0 10pt; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; }
table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
th, td { border: 0.5pt solid #444; padding: 2pt 4pt; vertical-align: top; }
th { background: #dde6f0; }
td.num { text-align: right; white-space: nowrap; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
section.sheet { break-before: page; }
.chart { max-width: 100%; height: auto; }
.chart text { font-family: inherit; font-size: 11px; }
.chart .chart-title { font-weight: bold; font-size: 12px; }
.chart rect.bar { fill: #3b6ea5; }
@media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
               .chart rect.bar { print-color-adjust: exact; } }
"""


def _table(report: Report, css_class: str, columns: Sequence[Column[Row]],
           rows: Sequence[Row], keys: Sequence[str]) -> str:
    head = "".join(f"<th>{escape(c.header)}</th>" for c in columns)
    body = []
    for key, row in zip(keys, rows, strict=True):
        cells = "".join(
            f'<td class="num">{escape(cell_text(c.cell(row), c, report))}</td>'
            if c.kind != "text" else f"<td>{escape(cell_text(c.cell(row), c, report))}</td>"
            for c in columns)
        body.append(f'<tr data-key="{escape(key)}">{cells}</tr>')
    return (f'<table class="{css_class}"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>")


def report_html(report: Report) -> bytes:
    """The report as an HTML page (UTF-8)."""
    lang = report.lang
    title = render("report.title", lang)
    bars = [(row.member.short_name or row.member.name, row.total,
             report.points_text(row.total)) for row in report.ranking]
    parts = [
        "<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
        f"<title>{escape(title)} – {escape(report.campaign.title)}</title>",
        f"<style>{_STYLE}</style>", "</head>", "<body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="sub">{escape(report.bloc.name)}<br>{escape(report.campaign.title)}</p>',
        f"<h2>{escape(render('report.ranking', lang))}</h2>",
    ]
    if report.by_percent:
        parts.append(f"<p>{escape(render('report.by_percent', lang))}</p>")
    parts.append(_table(report, "ranking", ranking_columns(report), report.ranking,
                        [row.member.id for row in report.ranking]))
    parts.append(bar_chart(render("report.chart", lang), bars))
    sheet_cols = sheet_columns(report)
    for sheet in report.sheets:
        heading = render("report.sheet", lang, member=sheet.member.name)
        parts += [f'<section class="sheet" data-member="{escape(sheet.member.id)}">',
                  f"<h2>{escape(heading)}</h2>",
                  f"<p>{escape(report.sheet_summary(sheet))}</p>",
                  _table(report, "score-sheet", sheet_cols, sheet.rows,
                         [row.code for row in sheet.rows]),
                  "</section>"]
    parts += ["</body>", "</html>"]
    return ("\n".join(parts) + "\n").encode("utf-8")
