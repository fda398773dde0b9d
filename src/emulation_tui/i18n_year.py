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
    "key.member_forms": ("xuất biểu mẫu báo cáo cho đơn vị (XLSX)",
                         "write the members' report forms (XLSX)"),
    "key.scorer_forms": ("xuất phiếu chấm chéo (XLSX)", "write the scorers' forms (XLSX)"),
    "key.import_scorer_forms": ("nhập phiếu chấm chéo (XLSX)",
                                "import the scorers' forms (XLSX)"),
    "formsout.title.members": ("Biểu mẫu báo cáo của các đơn vị (XLSX)",
                               "The members' report forms (XLSX)"),
    "formsout.title.scorers": ("Phiếu chấm chéo của các đơn vị chấm (XLSX)",
                               "The scorers' cross-scoring forms (XLSX)"),
    "formsout.writing": ("Đang ghi…", "Writing…"),
    "formsout.close": ("enter hoặc esc để đóng", "enter or esc closes"),
    "formsout.failed": ("Không ghi được: {reason}", "Not written: {reason}"),
    "formsout.written.members": ("Đã ghi {count} biểu mẫu vào {folder}: gửi cho từng đơn vị "
                                 "điền.",
                                 "{count} forms written to {folder}: send each to its unit."),
    "formsout.written.scorers": ("Đã ghi {count} phiếu vào {folder}: gửi cho từng đơn vị "
                                 "chấm.",
                                 "{count} forms written to {folder}: send each to its "
                                 "scorer."),
    "crossimport.title": ("Nhập phiếu chấm chéo (XLSX)", "Import the scorers' forms (XLSX)"),
    "crossimport.path": ("Tệp phiếu, hoặc thư mục (mọi tệp …__cham-cheo__….xlsx trong đó):",
                         "A form file, or a folder (every …__cham-cheo__….xlsx in it):"),
    "crossimport.none": ("{path}: không có phiếu chấm chéo nào (tên tệp có __cham-cheo__).",
                         "{path}: no scorer's form in it (a name holding __cham-cheo__)."),
    "crossimport.refused": ("{file}: không nhập gì của phiếu này:",
                            "{file}: nothing of this form entered:"),
    "crossimport.entered": ("{file}: đã nhập {count} dòng.", "{file}: {count} rows entered."),
    "crossimport.done": ("Đã nhập {entered} phiếu, {refused} phiếu bị từ chối.",
                         "{entered} forms entered, {refused} refused."),
    "key.meeting": ("cuộc họp bình xét (thời gian, địa điểm, thành phần)",
                    "the deliberation meeting (time, place, who attended)"),
    "meeting.title": ("Cuộc họp bình xét", "The deliberation meeting"),
    "meeting.heading": ("Cuộc họp bình xét", "The deliberation meeting"),
    "meeting.none": ("Chưa ghi thời gian, địa điểm, thành phần cuộc họp: m để ghi (biên bản "
                     "cần các thông tin này).",
                     "The meeting's time, place and attendance are not recorded yet: m records "
                     "them (the minutes need them)."),
    "meeting.shown": ("{at} tại {place}; chủ trì: {chair}; thư ký: {secretary}; có mặt: "
                      "{attended}",
                      "{at} at {place}; chair: {chair}; secretary: {secretary}; present: "
                      "{attended}"),
    "meeting.date": ("Ngày họp", "Date"),
    "meeting.date.placeholder": ("ngày/tháng/năm", "day/month/year"),
    "meeting.time": ("Giờ họp", "Time"),
    "meeting.time.placeholder": ("giờ:phút, ví dụ 8:00", "hours:minutes, e.g. 8:00"),
    "meeting.place": ("Địa điểm", "Place"),
    "meeting.place.placeholder": ("ví dụ: Hạ Long", "e.g. Hạ Long"),
    "meeting.chair": ("Chủ trì", "Chair"),
    "meeting.chair.placeholder": ("họ tên", "name"),
    "meeting.secretary": ("Thư ký", "Secretary"),
    "meeting.secretary.placeholder": ("họ tên", "name"),
    "meeting.attended": ("Đơn vị dự họp", "Member units attending"),
    "meeting.err.date": ("Ngày họp «{value}» không đọc được: viết ngày/tháng/năm, ví dụ "
                         "28/12/2026.",
                         "The date «{value}» cannot be read: write day/month/year, e.g. "
                         "28/12/2026."),
    "meeting.err.time": ("Giờ họp «{value}» không đọc được: viết giờ:phút, ví dụ 8:30.",
                         "The time «{value}» cannot be read: write hours:minutes, e.g. 8:30."),
    "meeting.saved": ("Đã ghi cuộc họp {at}, {count} đơn vị dự họp.",
                      "The meeting of {at} is recorded, {count} units present."),
    "crossimport.unchanged": ("{file}: không có gì thay đổi (đã nhập trước đó).",
                              "{file}: nothing changes (entered before)."),
    "cform.tie_break.example": ("ví dụ: section:1, deductions (để trống: bằng điểm thì "
                                "đồng hạng)",
                                "e.g. section:1, deductions (empty: equal totals share "
                                "the rank)"),
}
