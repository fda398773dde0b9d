"""The interface's strings added after walking a bloc lead's year again (a unit joining the
campaign worked on, a bloc or campaign with no units said so, the last unit of a
registration column, forms refused one by one on import); merged into
:data:`~emulation_tui.i18n.CATALOG`."""

from __future__ import annotations

__all__ = ["WALK_CATALOG"]

WALK_CATALOG: dict[str, tuple[str, str]] = {
    "form.join": ("Tham gia cả đợt đang làm:", "Also take part in the campaign worked on:"),
    "members.added_joined": ("Đã thêm {name}; đơn vị tham gia đợt {title} và các đợt thi đua "
                             "tạo từ nay.",
                             "Added {name}; the unit takes part in {title} and in the "
                             "campaigns created from now on."),
    "dash.no_members": ("Khối chưa có đơn vị nào: nhấn m rồi a để thêm các đơn vị thành "
                        "viên trước, rồi C, n để tạo đợt thi đua (đợt gồm các đơn vị đã có "
                        "khi tạo).",
                        "The bloc has no units yet: press m, then a to add its member units "
                        "first, then C, n to create a campaign (a campaign takes the units "
                        "the bloc has when it is created)."),
    "dash.no_units": ("Đợt này không có đơn vị nào tham gia (đợt được tạo khi khối chưa có "
                      "đơn vị đó). Thêm đơn vị ở màn hình đơn vị (m, a) và đánh dấu «Tham gia "
                      "cả đợt đang làm».",
                      "No unit takes part in this campaign (it was created before the bloc "
                      "had them). Add units on the members screen (m, a) with \"Also take "
                      "part in the campaign worked on\" ticked."),
    "campaign.no_members": ("⚠ Khối chưa có đơn vị nào: đợt tạo bây giờ không có đơn vị tham "
                            "gia. Nên thêm đơn vị trước (m, a).",
                            "⚠ The bloc has no units yet: a campaign created now has none "
                            "taking part. Add the units first (m, a)."),
    "reg.column_end": ("Đã lưu; {unit} là đơn vị cuối cùng của cột {indicator}: con trỏ ở "
                       "lại ô này.",
                       "Saved; {unit} is the last unit of the column {indicator}: the cursor "
                       "stays on this cell."),
    "import.set_aside": ("{count} biểu mẫu không nhập được, gửi lại đơn vị sửa rồi đọc lại "
                         "(các biểu mẫu khác vẫn nhập được):",
                         "{count} forms cannot be imported: send them back to their units to "
                         "fix, then read again (the other forms can still be imported):"),
    "import.planned_some": ("{files} biểu mẫu đọc được; nhấn Nhập để lưu các biểu mẫu này, "
                            "esc để huỷ:",
                            "{files} forms read; Apply saves these forms, esc cancels:"),
    "reload.done_clean": ("Đã đọc lại sổ từ đĩa.", "The workspace was read again."),
    "import.other_campaign": ("biểu mẫu của đợt {title}, đang làm việc với đợt {current}: "
                              "chuyển sang đợt đó (c) rồi đọc lại",
                              "a form of the campaign {title} while {current} is worked on: "
                              "switch to it (c), then read again"),
    "import.fresh_form": ("điền lại vào mẫu mới: ctrl+p, 'xuất biểu mẫu'",
                          "fill in a fresh form: ctrl+p, 'report forms'"),
    "ce.locked_here": ("Đợt {campaign} đã khoá sau cuộc họp khối: không sửa được; mở "
                        "khoá (phím u ở màn hình tổng quan, kèm lý do) nếu thật cần.",
                        "The campaign {campaign} is locked after the bloc's meeting: nothing "
                        "in it can change; unlock it (key u on the dashboard, with a reason) "
                        "if you must."),
    "export.keys": ("enter xuất mọi định dạng đã đánh dấu · tab, space chọn hoặc bỏ một "
                    "định dạng · esc đóng",
                    "enter writes every ticked format · tab, space tick or untick one · esc "
                    "closes"),
    "submit.late": ("⚠ Hôm nay đã qua hạn nộp {deadline}: báo cáo được tính là nộp muộn.",
                    "⚠ The deadline {deadline} has passed: the report counts as late."),
    "ballots.all_for": ("Tất cả đơn vị dự biểu quyết đồng ý",
                        "Every unit taking part votes for"),
    "reg.before": ("trước: {value}", "was: {value}"),
}
