"""Scorers' sheets as XLSX: one form per scorer, made and imported.

The form lists every (member, judged criterion) the scorer is assigned, with the
criterion's maximum and step, and two cells to fill: the points, or the reason for
abstaining. Importing reads a filled form (through :func:`~.xlsxsafe.open_workbook`, which
refuses what is not a plain workbook), checks every row as ``cross set`` would, and enters
them all in one recorded step — or none, with every problem named by sheet cell.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Font

from .errors import EmulationError, Problem, ValidationError
from .numbers import NumberError, parse_decimal
from .xlsxsafe import open_workbook

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["FIRST_ROW", "import_scorer_form", "scorer_form"]

FIRST_ROW = 6
"""The first row of scores (rows 1–5: title, scorer, campaign, blank, headings)."""
_HEADINGS = ("Mã đơn vị", "Đơn vị được chấm", "Tiêu chí", "Nội dung", "Điểm tối đa", "Bước",
             "Điểm chấm", "Lý do không chấm")


def scorer_form(ws: Workspace, campaign_id: str, scorer: str) -> bytes:
    """The XLSX form of ``scorer`` in the campaign (its assigned members' judged criteria)."""
    cross = ws.cross_scoring(campaign_id)
    members = cross.assigned.get(scorer)
    if members is None:
        raise EmulationError(f"{scorer!r} is not a scorer of campaign {campaign_id} "
                             f"(scorers: {', '.join(cross.assigned) or 'none'}); assign "
                             "scorers first")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chấm chéo"
    names = {m.id: m.name for m in ws.bloc.members}
    sheet["A1"] = f"Phiếu chấm chéo — {ws.campaign(campaign_id).title}"
    sheet["A1"].font = Font(bold=True)
    sheet["A2"], sheet["B2"], sheet["C2"] = "Đơn vị chấm", scorer, names.get(scorer, scorer)
    sheet["A3"], sheet["B3"] = "Đợt", campaign_id
    sheet.append([])
    sheet.append(list(_HEADINGS))
    current = cross.current()
    for member in members:
        for code, criterion in ws.judged_criteria(campaign_id, member).items():
            entry = current.get((scorer, member, code))
            step = getattr(criterion.rule, "step", None)
            sheet.append([member, names.get(member, member), code, criterion.title,
                          float(criterion.max_points), float(step) if step else None,
                          float(entry.points) if entry and entry.points is not None else None,
                          entry.abstain if entry and entry.points is None else None])
    for column, width in zip("ABCDEFGH", (18, 36, 9, 40, 11, 7, 11, 30), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = f"A{FIRST_ROW}"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _points(value: object) -> Decimal:
    if isinstance(value, float):
        return Decimal(repr(value))
    return parse_decimal(value)


def import_scorer_form(ws: Workspace, campaign_id: str, path: Path) -> int:
    """Enter the filled form at ``path``: every filled row, in one recorded step; returns
    how many scores and abstentions were entered. Refused (``ValidationError``, nothing
    entered) when any row is wrong, each problem naming its cell."""
    display = path.name
    book = open_workbook(path, display)
    sheet = book.worksheets[0]
    scorer = str(sheet["B2"].value or "").strip()
    if sheet["B3"].value != campaign_id:
        raise ValidationError([Problem(display, None, "B3", f"the form is for campaign "
                                       f"{sheet['B3'].value!r}, not {campaign_id!r}",
                                       "import it into the campaign it was made for")])
    rows: list[tuple[int, str, str, Decimal | None, str]] = []
    problems = []
    for number, row in enumerate(sheet.iter_rows(min_row=FIRST_ROW, values_only=True),
                                 start=FIRST_ROW):
        member, code = (str(row[0] or "").strip(), str(row[2] or "").strip()) if row else \
            ("", "")
        points_cell = row[6] if len(row) > 6 else None
        reason = str(row[7] or "").strip() if len(row) > 7 else ""
        if not member or (points_cell in (None, "") and not reason):
            continue  # an empty or unfilled row
        if points_cell in (None, ""):
            rows.append((number, member, code, None, reason))
            continue
        try:
            rows.append((number, member, code, _points(points_cell), ""))
        except NumberError as error:
            problems.append(Problem(display, None, f"G{number}", error.message, error.hint))
    if problems:
        raise ValidationError(problems)
    ws.cross_enter(campaign_id, [(scorer, member, code, points, reason)
                                 for _, member, code, points, reason in rows],
                   source=display, where=[f"row {number}" for number, *_ in rows])
    return len(rows)
