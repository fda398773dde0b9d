"""The message catalog's entries for reports and exports: headings, column names, labels.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key is a ``(vi, en)`` pair of
templates with the same placeholders, like every catalog entry.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["REPORT_MESSAGES"]

REPORT_MESSAGES: Mapping[str, tuple[str, str]] = {
    "report.title": ("Kết quả chấm điểm, xếp hạng thi đua", "Emulation scores and ranking"),
    "report.ranking": ("Bảng xếp hạng", "Ranking"),
    "report.chart": ("Tổng điểm các đơn vị", "Members' totals"),
    "report.sheet": ("Phiếu chấm điểm: {member}", "Score sheet: {member}"),
    "report.sheets": ("Phiếu chấm điểm từng đơn vị", "Score sheets"),
    "report.by_percent": ("Xếp hạng theo tỷ lệ điểm đạt được trên điểm tối đa có thể đạt.",
                          "Ranked by the percent of the points each member could reach."),
    # Ranking columns.
    "report.col.rank": ("Hạng", "Rank"),
    "report.col.member": ("Mã đơn vị", "Member id"),
    "report.col.name": ("Đơn vị", "Member"),
    "report.col.type": ("Loại hình", "Type"),
    "report.col.status": ("Trạng thái", "Status"),
    "report.col.section": ("Mục {code}", "Section {code}"),
    "report.col.bonus": ("Điểm thưởng", "Bonus"),
    "report.col.deductions": ("Điểm trừ", "Deductions"),
    "report.col.total": ("Tổng điểm", "Total"),
    "report.col.percent": ("Tỷ lệ (%)", "Percent"),
    "report.col.rating": ("Xếp loại", "Rating"),
    "report.col.tie": ("Phân định khi bằng điểm", "Tie note"),
    "report.col.change": ("So với đợt trước", "Since the previous campaign"),
    # Score sheet columns.
    "report.col.code": ("Mã", "Code"),
    "report.col.criterion": ("Tiêu chí", "Criterion"),
    "report.col.max": ("Điểm tối đa", "Max"),
    "report.col.reported": ("Số liệu đơn vị báo cáo", "Reported figures"),
    "report.col.corrected": ("Số liệu thẩm định", "Corrected figures"),
    "report.col.self": ("Tự chấm", "Self-scored"),
    "report.col.verified": ("Thẩm định", "Verified"),
    "report.col.points": ("Điểm", "Points"),
    "report.col.source": ("Nguồn điểm", "Points from"),
    "report.col.why": ("Cách tính", "Why"),
    "report.sheet_total": ("Tổng cộng", "Total"),
    # Cell texts.
    "report.tied": ("đồng hạng", "shared rank"),
    "report.tie": ("bằng tổng điểm; phân định: {rule}", "equal total; separated by {rule}"),
    "report.change.up": ("tăng {n} bậc", "up {n}"),
    "report.change.down": ("giảm {n} bậc", "down {n}"),
    "report.change.same": ("giữ nguyên", "unchanged"),
    "report.change.new": ("chưa xếp hạng đợt trước", "not ranked before"),
    "report.figure": ("{label}: {value}", "{label}: {value}"),
    "report.figure.reason": ("{label}: {value} (lý do: {reason})",
                             "{label}: {value} (reason: {reason})"),
    "report.status.missing": ("chưa nộp", "not submitted"),
    "report.status.draft": ("đang soạn", "draft"),
    "report.status.submitted": ("đã nộp", "submitted"),
    "report.status.returned": ("trả lại để sửa", "returned"),
    "report.status.verified": ("đã thẩm định", "verified"),
    "report.status.locked": ("đã khoá", "locked"),
    # The administrative document (Decree 30/2020/NĐ-CP).
    "report.doc.kind": ("Báo cáo", "Report"),
    "report.doc.appendix": ("Phụ lục {n}", "Appendix {n}"),
    "report.doc.number": ("Số: ……/BC-KTĐ", "No.: ……/BC-KTĐ"),
    "report.doc.place_date": ("{place}, ngày {day} tháng {month} năm {year}",
                              "{place}, {day}/{month}/{year}"),
    "report.doc.lead": ("TRƯỞNG KHỐI", "BLOC LEAD"),
    "report.doc.sign": ("(Ký, ghi rõ họ tên và đóng dấu)", "(Signature, full name and seal)"),
    "report.doc.recipients": ("Nơi nhận:", "Recipients:"),
    "report.doc.recipient_council": ("- Hội đồng Thi đua – Khen thưởng tỉnh;",
                                     "- The provincial Emulation and Commendation Council;"),
    "report.doc.recipient_members": ("- Các đơn vị thành viên khối;",
                                     "- The bloc's member units;"),
    "report.doc.recipient_archive": ("- Lưu: VT.", "- Archive."),
}
