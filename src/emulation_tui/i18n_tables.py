"""The interface's strings for what the tables share: column headings, statuses and shortened
amounts (merged into :data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["TABLES_CATALOG"]

TABLES_CATALOG: Mapping[str, tuple[str, str]] = {
    "status.missing": ("chưa nộp", "not received"),
    "status.draft": ("nháp", "draft"),
    "status.submitted": ("đã nộp", "submitted"),
    "status.returned": ("trả lại bổ sung", "returned for revision"),
    "status.verified": ("đã thẩm định", "verified"),
    "status.locked": ("đã khoá", "locked"),
    "change.new": ("mới", "new"),
    "unit.billion": ("{value} tỷ", "{value}bn"),
    "unit.million": ("{value} tr", "{value}M"),
    "col.rank": ("Hạng", "Rank"),
    "col.unit": ("Đơn vị", "Unit"),
    "col.type": ("Loại hội", "Type"),
    "col.status": ("Trạng thái", "Status"),
    "col.self": ("Tự chấm", "Self"),
    "col.verified": ("Thẩm định", "Verified"),
    "col.rating": ("Xếp loại", "Rating"),
    "col.code": ("Mã", "Code"),
    "col.criterion": ("Tiêu chí", "Criterion"),
    "col.value": ("Kết quả", "Result"),
    "col.target": ("Chỉ tiêu", "Target"),
    "col.points": ("Điểm", "Points"),
    "col.bonus": ("Thưởng", "Bonus"),
    "col.minus": ("Trừ", "Minus"),
    "col.total": ("Tổng", "Total"),
    "col.note": ("Ghi chú", "Note"),
    "col.short": ("Tên ngắn", "Short name"),
    "col.role": ("Vai trò", "Role"),
    "col.id": ("Mã đơn vị", "Id"),
}
