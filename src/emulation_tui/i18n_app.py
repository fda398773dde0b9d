"""The interface's strings for the application around the screens: title, read-only mode, settings,
the workspace picker, the command palette, themes, help and quitting (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["APP_CATALOG"]

APP_CATALOG: Mapping[str, tuple[str, str]] = {
    "warning": ("Cảnh báo", "Warning"),
    "app.title": ("Thi đua khối", "Emulation bloc"),
    "readonly.banner": (
        "CHỈ ĐỌC — {holder} đang mở sổ này để ghi; mọi thay đổi sẽ không được lưu. "
        "Đóng chương trình kia rồi mở lại để sửa.",
        "READ-ONLY — {holder} has this workspace open for writing; changes cannot be saved. "
        "Close that program and reopen to edit."),
    "readonly.someone": ("một chương trình khác", "another program"),
    "readonly.refused": ("Đang ở chế độ chỉ đọc: không sửa được.",
                         "Read-only: changes are not allowed."),
    "readonly.state": ("chỉ đọc", "read-only"),
    "language.changed": ("Giao diện: tiếng Việt", "Interface: English"),
    "settings.not_saved": ("Không lưu được cài đặt: {reason}", "Could not save settings: {reason}"),
    "open.failed": ("Không mở được sổ thi đua {path}:", "Cannot open workspace {path}:"),
    "picker.opening": ("Đang mở…", "Opening…"),
    "loading.opening": ("Đang mở sổ thi đua {path}…", "Opening workspace {path}…"),
    "cmd.theme": ("Đổi giao diện màu", "Change theme"),
    "cmd.theme.help": ("Chọn bảng màu", "Pick a colour theme"),
    "cmd.quit": ("Thoát", "Quit"),
    "cmd.quit.help": ("Lưu các thay đổi rồi thoát", "Save changes and quit"),
    "cmd.app": ("lệnh chung", "app command"),
    "cmd.score_unit": ("Chấm điểm: {unit}", "Score: {unit}"),
    "cmd.score_unit.help": ("mở bảng chấm điểm của đơn vị", "open the unit's scoring"),
    "cmd.criterion": ("Đến tiêu chí {code} {title}", "Go to criterion {code} {title}"),
    "cmd.criterion.help": ("đặt con trỏ vào tiêu chí", "put the cursor on the criterion"),
    "cmd.none": ("Không có lệnh nào khớp «{query}»", "No command matches “{query}”"),
    "cmd.placeholder": ("Tìm lệnh (không cần dấu)…", "Search for commands…"),
    "cmd.key": ("phím {key}", "key {key}"),
    "theme.placeholder": ("Tìm giao diện màu…", "Search for themes…"),
    "theme.pick": ("dùng bảng màu này", "use this theme"),
    "theme.current": ("bảng màu đang dùng", "the current theme"),
    "theme.none": ("Không có bảng màu nào khớp «{query}»", "No theme matches “{query}”"),
    "quit.how": ("Bấm {key} để thoát", "Press {key} to quit"),
    "quit.how.title": ("Thoát chương trình?", "Quit the program?"),
    "dialog.ok": ("Đóng", "OK"),
    "dialog.choice.hint": ("↑↓ chọn · enter đồng ý · esc huỷ",
                           "↑↓ move · enter choose · esc cancel"),
    "help.title": ("Phím tắt trên màn hình này", "Keys on this screen"),
    "help.marks": ("Ký hiệu", "Marks"),
    "help.green": ("điểm thẩm định (đang tính)", "verified points (counting)"),
    "help.yellow": ("điểm tự chấm (chưa có số liệu để tính)",
                    "self points (nothing to compute from)"),
    "help.tie": ("đồng hạng (bằng điểm sau mọi tiêu chí phụ)",
                 "shared rank (equal after tie-breaks)"),
    "help.separated": ("bằng tổng điểm, xếp trên nhờ tiêu chí phụ (xem dòng ghi chú)",
                       "equal total, ahead on a tie-break (see the note line)"),
    "help.provisional": ("hạng tạm tính: báo cáo chưa thẩm định (v: chỉ xem đơn vị đã thẩm định)",
                         "provisional rank: report not verified yet (v: verified units only)"),
    "help.change": ("thay đổi hạng so với đợt trước", "rank change since the previous campaign"),
    "help.more": ("ctrl+p mở bảng lệnh: gõ tên việc cần làm. esc đóng.",
                  "ctrl+p opens the command palette: type what you want to do. esc closes."),
    "picker.prompt": ("Nhập thư mục sổ thi đua (chứa workspace.toml):",
                      "Type the workspace folder (it holds workspace.toml):"),
    "picker.placeholder": ("đường dẫn thư mục", "folder path"),
    "picker.recent": ("Mở gần đây", "Recent"),
    "picker.empty": ("Nhập một thư mục.", "Type a folder."),
}
