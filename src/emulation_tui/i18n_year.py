"""The interface's strings for the steps of the bloc's year added after walking it in the UI
(a new workspace, scorers' and members' forms written and read); merged into
:data:`~emulation_tui.i18n.CATALOG`."""

from __future__ import annotations

__all__ = ["YEAR_CATALOG"]

YEAR_CATALOG: dict[str, tuple[str, str]] = {
    "picker.new": ("{path}: thư mục trống, tạo sổ thi đua mới ở đây.",
                   "{path}: an empty folder; a new workspace is made here."),
    "newws.title": ("Tạo sổ thi đua mới", "New workspace"),
    "newws.folder": ("Thư mục: {path}", "Folder: {path}"),
    "newws.name": ("Tên khối", "Bloc name"),
    "newws.id": ("Mã khối", "Bloc id"),
    "newws.person": ("Bạn là (Trưởng khối)", "You (bloc lead)"),
    "newws.hint": ("Mã khối gợi ý từ tên. Tên của bạn được ghi vào nhật ký thay đổi "
                   "(lưu trong identity.toml). ctrl+s tạo sổ, esc huỷ.",
                   "The id is suggested from the name. Your name is recorded in the change "
                   "log (kept in identity.toml). ctrl+s creates it, esc cancels."),
    "newws.create": ("tạo sổ", "create"),
    "newws.no_name": ("Nhập tên khối, ví dụ Khối các Hội đặc thù.",
                      "Type the bloc's name, e.g. Khối các Hội đặc thù."),
    "newws.no_id": ("Nhập mã khối: chữ thường không dấu, số và gạch nối.",
                    "Type the bloc's id: lowercase letters, digits and hyphens."),
    "reg.pick_cell": ("Chọn ô của một chỉ số (mũi tên sang phải) rồi gõ chỉ tiêu; enter ở "
                      "cột đơn vị mở nội dung đăng ký.",
                      "Move to an indicator's cell (right arrow) to type a target; enter on "
                      "the unit's column opens its registered content."),
    "ce.move.across": ("{code} chuyển sang mục {section}, mã mới {new} (ctrl+z để hoàn tác).",
                       "{code} moved to section {section}, new code {new} (ctrl+z undoes it)."),
    "ce.change.criterion.moved": ("{old} chuyển mục, mã mới {new}",
                                  "{old} moved to another section, now {new}"),
}
