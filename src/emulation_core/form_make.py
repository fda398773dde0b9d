"""Making a member's form: the workbook a unit fills in (layout in :mod:`.form_layout`).

Input cells are unlocked and validated (whole numbers for counts, có/không lists for
yes/no indicators, 0..max for self-scores); everything else is protected, and the
workbook's structure is locked so sheets cannot be renamed, added or removed by accident.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from .criteria import Criterion
from .criteria_xlsx import number_cell
from .form_layout import (
    ESTIMATE_SHEET,
    FORM_FORMAT,
    GUIDE_SHEET,
    META_SHEET,
    NO,
    POINTS_COLUMNS,
    POINTS_SHEET,
    VALUES_COLUMNS,
    VALUES_SHEET,
    YES,
    FormPlan,
)
from .model import Member
from .rules import AdjustmentRule, JudgedRule, PerOccurrenceRule, TargetRule, YesNoRule

__all__ = ["form_workbook"]

_HEAD = Font(bold=True)
_INPUT = PatternFill("solid", fgColor="FFF2CC")
_OPEN = Protection(locked=False)
_STYLE = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)


def _plain(value: Decimal) -> str:
    """A number inside a formula (always with a decimal point)."""
    return f"{value.normalize():f}"


def _guide(sheet: Worksheet, member: Member, plan: FormPlan, title: str) -> None:
    lines = (
        f"Biểu mẫu báo cáo thi đua: {member.name}",
        f"Đợt thi đua: {title} ({plan.campaign})",
        "",
        f"1. Trang '{VALUES_SHEET}': nhập số liệu đã thực hiện vào cột 'value' (ô màu vàng).",
        "   Số nguyên cho các chỉ số đếm (người, lớp, báo cáo); 'có' hoặc 'không' nếu có "
        "danh sách chọn.",
        "   Số thập phân viết dấu phẩy: 2,5. Ô để trống là chưa báo cáo.",
        f"2. Trang '{POINTS_SHEET}': tự chấm điểm các tiêu chí chấm trực tiếp (cột 'self', "
        "từ 0 đến điểm tối đa) và ghi minh chứng (cột 'evidence').",
        f"3. Trang '{ESTIMATE_SHEET}': điểm tạm tính tự cập nhật khi nhập; điểm chính thức "
        "do khối tổng hợp (các tiêu chí so sánh trong khối chỉ tính khi tổng hợp).",
        "4. Không đổi tên trang, không chèn hay xoá dòng, không gộp ô, không nhập công thức "
        "vào ô nhập liệu. Lưu tệp dạng .xlsx và gửi lại cho Trưởng khối.",
        "",
        f"Mã đơn vị: {member.id}   Phiên bản bảng tiêu chí: {plan.version}",
    )
    for line in lines:
        sheet.append([line])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.column_dimensions["A"].width = 110


def _header(sheet: Worksheet, columns: tuple[str, ...], widths: tuple[int, ...]) -> None:
    sheet.append(columns)
    for index, width in enumerate(widths, start=1):
        sheet.cell(row=1, column=index).font = _HEAD
        sheet.column_dimensions[get_column_letter(index)].width = width


def _table(sheet: Worksheet, name: str, rows: int, columns: int) -> None:
    last = sheet.cell(row=rows + 1, column=columns).coordinate
    table = Table(displayName=name, ref=f"A1:{last}")
    table.tableStyleInfo = _STYLE
    sheet.add_table(table)


def _values(sheet: Worksheet, plan: FormPlan) -> dict[str, str]:
    """The values sheet; returns each indicator's input cell."""
    _header(sheet, VALUES_COLUMNS, (22, 50, 12, 14, 14))
    whole = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0",
                           error="Nhập số nguyên không âm", showErrorMessage=True,
                           allow_blank=True)
    decimal = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0",
                             error="Nhập số không âm", showErrorMessage=True, allow_blank=True)
    yes_no = DataValidation(type="list", formula1=f'"{YES},{NO}"', allow_blank=True,
                            error="Chọn 'có' hoặc 'không'", showErrorMessage=True)
    cells: dict[str, str] = {}
    for row, (key, indicator) in enumerate(plan.table.indicators.items(), start=2):
        target = plan.targets.get(key, "")
        shown = "không có chỉ tiêu" if key in plan.targets and target is None else \
            (number_cell(target) if isinstance(target, Decimal) else None)
        sheet.append([key, indicator.label, indicator.unit or None, shown, None])
        cell = sheet.cell(row=row, column=5)
        cell.protection, cell.fill = _OPEN, _INPUT
        kind = yes_no if key in plan.yes_no_keys else whole if indicator.integer else decimal
        kind.add(cell)
        cells[key] = cell.coordinate
    for validation in (whole, decimal, yes_no):
        if validation.sqref:
            sheet.add_data_validation(validation)
    _table(sheet, "values", len(plan.table.indicators), len(VALUES_COLUMNS))
    return cells


def _points(sheet: Worksheet, plan: FormPlan, evidence: dict[str, str]) -> dict[str, str]:
    """The points sheet; returns each judged criterion's self-score cell."""
    _header(sheet, POINTS_COLUMNS, (10, 60, 8, 10, 50))
    cells: dict[str, str] = {}
    for row, criterion in enumerate(plan.judged, start=2):
        sheet.append([criterion.code, criterion.title, number_cell(criterion.max_points), None,
                      evidence.get(criterion.code) or None])
        sheet.cell(row=row, column=1).number_format = "@"
        score = sheet.cell(row=row, column=4)
        check = DataValidation(type="decimal", operator="between", formula1="0",
                               formula2=_plain(criterion.max_points), allow_blank=True,
                               showErrorMessage=True,
                               error=f"Từ 0 đến {criterion.max_points}")
        sheet.add_data_validation(check)
        check.add(score)
        for cell in (score, sheet.cell(row=row, column=5)):
            cell.protection, cell.fill = _OPEN, _INPUT
        cells[criterion.code] = score.coordinate
    if plan.judged:
        _table(sheet, "points", len(plan.judged), len(POINTS_COLUMNS))
    return cells


def _estimate(criterion: Criterion, plan: FormPlan, values: dict[str, str],
              points: dict[str, str]) -> str | None:
    """A formula giving the criterion's points from the unit's own cells, or None when
    they depend on the rest of the bloc."""
    rule, top = criterion.rule, _plain(criterion.max_points)

    def ref(key: str) -> str:
        return f"N('{VALUES_SHEET}'!{values[key]})"

    if isinstance(rule, JudgedRule):
        return f"='{POINTS_SHEET}'!{points[criterion.code]}"
    if isinstance(rule, YesNoRule) and rule.indicator in values:
        cell = f"'{VALUES_SHEET}'!{values[rule.indicator]}"
        return f'=IF(OR({cell}="{YES}",N({cell})>0),{top},0)'
    if isinstance(rule, PerOccurrenceRule) and rule.indicator in values:
        return f"=MIN({top},{ref(rule.indicator)}*{_plain(rule.points_each)})"
    if isinstance(rule, TargetRule) and rule.indicator in values:
        target = plan.targets.get(rule.indicator)
        if not target:
            return None
        base = _plain(criterion.max_points * (1 - rule.over_share))
        return f"=MIN({base},{base}*{ref(rule.indicator)}/{_plain(target)})"
    if isinstance(rule, AdjustmentRule) and all(i.indicator in values for i in rule.items):
        total = "+".join(f"{ref(i.indicator)}*{_plain(i.points_each)}" for i in rule.items)
        return f"=MAX({_plain(rule.floor)},MIN({_plain(rule.ceiling)},{total or 0}))"
    return None


def _estimates(sheet: Worksheet, plan: FormPlan, values: dict[str, str],
               points: dict[str, str]) -> None:
    _header(sheet, ("code", "title", "max", "estimate"), (10, 60, 8, 12))
    row = 1
    for row, criterion in enumerate(plan.table.leaves(), start=2):
        formula = _estimate(criterion, plan, values, points)
        sheet.append([criterion.code, criterion.title, number_cell(criterion.max_points),
                      formula if formula else "tính khi tổng hợp khối"])
        sheet.cell(row=row, column=1).number_format = "@"
        sheet.cell(row=row, column=4).alignment = Alignment(horizontal="right")
    sheet.append([None, "Cộng điểm tạm tính (chưa gồm các tiêu chí tính khi tổng hợp)", None,
                  f"=SUM(D2:D{row})"])
    sheet.cell(row=row + 1, column=2).font = _HEAD


def form_workbook(member: Member, plan: FormPlan, campaign_title: str,
                  evidence: dict[str, str] | None = None) -> Workbook:
    """The form ``member`` fills in for ``plan``'s campaign."""
    book = Workbook()
    guide = book.active
    assert guide is not None
    guide.title = GUIDE_SHEET
    _guide(guide, member, plan, campaign_title)
    values = _values(book.create_sheet(VALUES_SHEET), plan)
    points = _points(book.create_sheet(POINTS_SHEET), plan, evidence or {})
    _estimates(book.create_sheet(ESTIMATE_SHEET), plan, values, points)
    meta = book.create_sheet(META_SHEET)
    for key, value in (("format", FORM_FORMAT), ("member", member.id),
                       ("campaign", plan.campaign), ("table_version", plan.version)):
        meta.append([key, value])
    meta.sheet_state = "veryHidden"
    for sheet in book.worksheets:
        sheet.protection.sheet = True
        sheet.protection.formatColumns = False  # widening a column is harmless
    book.security = WorkbookProtection(lockStructure=True)
    book.properties.title = f"{member.id} {plan.campaign}"
    book.properties.subject = f"emulation form; table version {plan.version}"
    return book
