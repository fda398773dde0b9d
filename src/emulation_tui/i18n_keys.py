"""The interface's strings for the names of keys (footer, help, command palette) and the find bar
(merged into :data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["KEYS_CATALOG"]

KEYS_CATALOG: Mapping[str, tuple[str, str]] = {
    "key.dashboard": ("tổng quan", "dashboard"),
    "key.ranking": ("xếp hạng", "ranking"),
    "key.members": ("đơn vị", "members"),
    "key.criteria": ("tiêu chí", "criteria"),
    "key.campaign": ("đổi đợt", "campaign"),
    "key.save": ("lưu ngay", "save now"),
    "key.language": ("English", "Tiếng Việt"),
    "key.palette": ("lệnh", "commands"),
    "key.help": ("trợ giúp", "help"),
    "key.quit": ("thoát", "quit"),
    "key.score": ("chấm điểm", "score"),
    "key.back": ("quay lại", "back"),
    "key.undo": ("hoàn tác", "undo"),
    "key.verify": ("thẩm định xong", "mark verified"),
    "key.submit": ("nộp", "submit"),
    "key.edit": ("nhập", "edit"),
    "key.prev_member": ("đơn vị trước", "previous unit"),
    "key.next_member": ("đơn vị sau", "next unit"),
    "key.filter": ("lọc loại hội", "filter type"),
    "key.chart": ("biểu đồ", "chart"),
    "key.export": ("xuất kết quả", "export"),
    "key.export_report": ("xuất báo cáo (XLSX, HTML, DOCX, CSV…)",
                          "export the report (XLSX, HTML, DOCX, CSV…)"),
    "key.add": ("thêm", "add"),
    "key.edit_member": ("sửa", "edit"),
    "key.remove": ("xoá", "remove"),
    "key.lead": ("đặt trưởng khối", "make lead"),
    "key.deputy": ("đặt phó khối", "make deputy"),
    "key.close": ("đóng", "close"),
    "key.expand": ("mở/đóng nhánh", "expand/collapse"),
    "key.find": ("tìm", "find"),
    "key.fold": ("gập/mở mục", "fold/unfold"),
    "key.next_open": ("tiêu chí chưa xong kế", "next unfinished"),
    "key.prev_open": ("tiêu chí chưa xong trước", "previous unfinished"),
    "key.next_disputed": ("tiêu chí lệch điểm kế", "next disputed"),
    "key.prev_disputed": ("tiêu chí lệch điểm trước", "previous disputed"),
    "find.placeholder": ("mã (1.1.10) hoặc chữ trong tên, không cần dấu — Enter: tìm tiếp",
                         "a code (1.1.10) or words of a title, marks optional — Enter: next"),
    "find.none": ("Không tìm thấy «{query}».", "Nothing matches “{query}”."),
    "find.no_open": ("Không còn tiêu chí nào chưa xong.", "No unfinished criterion left."),
    "find.no_disputed": ("Không có tiêu chí nào lệch điểm.", "No disputed criterion."),
    "key.cancel": ("huỷ", "cancel"),
    "key.confirm": ("đồng ý", "confirm"),
}
