"""Scorers' sheets as XLSX: one form per scorer, made and imported like member forms.

The form lists every (member, judged criterion) the scorer is assigned, with the
criterion's maximum and step, and two cells to fill: the points, or the reason for
abstaining. As in member forms, only those cells are open (yellow, the points validated
0..max), the rest of the sheet is protected and the workbook's structure locked; it prints
on A4 with its header rows repeated. Importing reads a filled form (through
:func:`~.xlsxsafe.open_workbook`, which refuses what is not a plain workbook), checks every
row as ``cross set`` would, and enters them all in one recorded step — or none, with every
problem named by file and row. Rows that still say what is on record are skipped, so
importing the same form twice changes nothing.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation

from .atomic import atomic_write
from .awarderrors import DeliberationError
from .criteria_xlsx import number_cell
from .errors import Problem, ValidationError
from .messages import Language, render
from .numbers import NumberError, parse_decimal
from .unitnames import name_choices, name_units, unit_names
from .xlsxprint import print_landscape
from .xlsxsafe import open_workbook

if TYPE_CHECKING:
    from .workspace import Workspace

__all__ = ["FIRST_ROW", "import_scorer_form", "make_scorer_forms", "scorer_form",
           "scorer_form_name"]

FIRST_ROW = 6
"""The first row of scores (rows 1–5: title, scorer, campaign, blank, headings)."""
_HEADINGS = ("crossform.col.member_id", "crossform.col.member", "crossform.col.code",
             "crossform.col.title", "crossform.col.max", "crossform.col.step",
             "crossform.col.points", "crossform.col.abstain")
_INPUT = PatternFill("solid", fgColor="FFF2CC")
_OPEN = Protection(locked=False)
Row = tuple[int, str, str, Decimal | None, str]


def scorer_form_name(campaign_id: str, scorer: str) -> str:
    """``CAMPAIGN__cham-cheo__SCORER.xlsx``, beside the member forms' ``CAMPAIGN__MEMBER``."""
    return f"{campaign_id}__cham-cheo__{scorer}.xlsx"


def _plain(value: Decimal) -> str:
    return f"{value.normalize():f}"


def scorer_form(ws: Workspace, campaign_id: str, scorer: str, lang: Language = "vi") -> bytes:
    """The XLSX form of ``scorer`` in the campaign (its assigned members' judged criteria),
    its headings and criteria's titles in ``lang`` (the cells it reads do not depend on it)."""
    cross = ws.cross_scoring(campaign_id)
    members = cross.assigned.get(scorer)
    if members is None:
        names = unit_names(ws.bloc)
        raise DeliberationError("crossform.not_scorer", scorer=name_units(names, [scorer]),
                                campaign=campaign_id, scorers=name_choices(names, cross.assigned))
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = render("crossform.sheet", lang)
    names = {m.id: m.name for m in ws.bloc.members}
    sheet["A1"] = render("crossform.title", lang, campaign=ws.campaign(campaign_id).title)
    sheet["A1"].font = Font(bold=True)
    sheet["A2"], sheet["B2"], sheet["C2"] = render("crossform.scorer", lang), scorer, \
        names.get(scorer, scorer)
    sheet["A3"], sheet["B3"] = render("crossform.campaign_id", lang), campaign_id
    sheet.append([])
    sheet.append([render(heading, lang) for heading in _HEADINGS])
    for cell in sheet[FIRST_ROW - 1]:
        cell.font = Font(bold=True)
    current = cross.current()
    row = FIRST_ROW - 1
    for member in members:
        for code, criterion in ws.judged_criteria(campaign_id, member).items():
            entry = current.get((scorer, member, code))
            step = getattr(criterion.rule, "step", None)
            top = criterion.max_points or Decimal(0)
            title = criterion.title_en if lang == "en" and criterion.title_en \
                else criterion.title
            sheet.append([member, names.get(member, member), code, title,
                          number_cell(top), number_cell(step) if step else None,
                          number_cell(entry.points) if entry and entry.points is not None
                          else None,
                          entry.abstain if entry and entry.points is None else None])
            row += 1
            points = sheet.cell(row, 7)
            check = DataValidation(type="decimal", operator="between", formula1="0",
                                   formula2=_plain(top), allow_blank=True,
                                   showErrorMessage=True,
                                   error=render("crossform.range", lang, max=top))
            sheet.add_data_validation(check)
            check.add(points)
            for cell in (points, sheet.cell(row, 8)):
                cell.protection, cell.fill = _OPEN, _INPUT
            sheet.cell(row, 3).number_format = "@"
    for column, width in zip("ABCDEFGH", (18, 36, 9, 40, 11, 7, 11, 30), strict=True):
        sheet.column_dimensions[column].width = width
    print_landscape(sheet, FIRST_ROW - 1)
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widening a column is harmless
    book.security = WorkbookProtection(lockStructure=True)
    book.properties.title = f"{scorer} {campaign_id}"
    book.properties.subject = "emulation cross-scoring form"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def make_scorer_forms(ws: Workspace, campaign_id: str, folder: Path,
                      lang: Language = "vi") -> list[Path]:
    """Write every scorer's form into ``folder`` (:func:`scorer_form_name`), in ``lang``."""
    cross = ws.cross_scoring(campaign_id)
    if not cross.assigned:
        raise DeliberationError("crossform.no_scorers", campaign=campaign_id)
    written = []
    for scorer in cross.assigned:
        if cross.is_removed(scorer):
            continue
        path = folder / scorer_form_name(campaign_id, scorer)
        atomic_write(path, scorer_form(ws, campaign_id, scorer, lang))
        written.append(path)
    return written


def _points(value: object) -> Decimal:
    if isinstance(value, float):
        return Decimal(repr(value))
    return parse_decimal(value)


def _read_rows(display: str, book_rows: list[tuple[object, ...]]) -> tuple[list[Row],
                                                                         list[Problem]]:
    rows: list[Row] = []
    problems = []
    for number, row in enumerate(book_rows, start=FIRST_ROW):
        member, code = (str(row[0] or "").strip(), str(row[2] or "").strip()) if row else \
            ("", "")
        points_cell = row[6] if len(row) > 6 else None
        reason = str(row[7] or "").strip() if len(row) > 7 else ""
        if not member or (points_cell in (None, "") and not reason):
            continue  # an empty or unfilled row
        if points_cell in (None, ""):
            rows.append((number, member, code, None, reason))
            continue
        if reason:
            problems.append(Problem.keyed(display, None, f"G{number}", "crossform.both",
                                          row=str(number)))
            continue
        try:
            rows.append((number, member, code, _points(points_cell), ""))
        except NumberError as error:
            problems.append(Problem.keyed(display, None, f"G{number}", error.key,
                                          **error.values))
    return rows, problems


def import_scorer_form(ws: Workspace, campaign_id: str, path: Path) -> int:
    """Enter the filled form at ``path``: every filled row that differs from what is on
    record, in one recorded step; returns how many scores and abstentions were entered.
    Refused (``ValidationError``, nothing entered) when any row is wrong, each problem
    naming the file and its row or cell."""
    display = str(path)  # refusals name the file as it was given; the log, by its name
    book = open_workbook(path, display)
    sheet = book.worksheets[0]
    scorer = str(sheet["B2"].value or "").strip()
    if sheet["B3"].value != campaign_id:
        raise ValidationError([Problem.keyed(display, None, "B3", "crossform.campaign",
                                             found=str(sheet["B3"].value or ""),
                                             campaign=campaign_id)])
    cross = ws.cross_scoring(campaign_id)
    if scorer not in cross.assigned:
        names = unit_names(ws.bloc)
        raise ValidationError([Problem.keyed(display, None, "B2", "crossform.not_scorer",
                                             scorer=name_units(names, [scorer]),
                                             campaign=campaign_id,
                                             scorers=name_choices(names, cross.assigned))])
    rows, problems = _read_rows(display, list(sheet.iter_rows(min_row=FIRST_ROW,
                                                               values_only=True)))
    if problems:
        raise ValidationError(problems)
    current = cross.current()
    rows = [r for r in rows if (entry := current.get((scorer, r[1], r[2]))) is None
            or (entry.points, entry.abstain if entry.points is None else "") != (r[3], r[4])]
    if not rows:
        return 0
    try:
        ws.cross_enter(campaign_id, [(scorer, member, code, points, reason)
                                     for _, member, code, points, reason in rows],
                       source=path.name, where=[f"G{number}" for number, *_ in rows])
    except DeliberationError as error:  # one row: name the file and the row too
        # the row's points cell names it in any language (a field is not translated)
        raise ValidationError([Problem.keyed(display, None, f"G{rows[0][0]}", error.key,
                                             **error.values)]) from error
    return len(rows)
