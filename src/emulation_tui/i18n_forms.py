"""The interface's strings for importing member forms (Vietnamese, English); merged into
:data:`~emulation_tui.i18n.CATALOG`."""

from __future__ import annotations

__all__ = ["FORMS_CATALOG"]

FORMS_CATALOG: dict[str, tuple[str, str]] = {
    "key.import_forms": ("nhập biểu mẫu (XLSX, CSV)", "import member forms"),
    "import.title": ("Nhập biểu mẫu của đơn vị (XLSX, CSV)", "Import member forms (XLSX, CSV)"),
    "import.path": ("Tệp biểu mẫu, hoặc thư mục (mọi tệp .xlsx, .csv trong đó):",
                    "A form file, or a folder (every .xlsx, .csv in it):"),
    "import.read": ("Đọc", "Read"),
    "import.apply": ("Nhập", "Apply"),
    "import.close": ("Đóng", "Close"),
    "import.no_path": ("Nhập đường dẫn một tệp hoặc một thư mục.",
                       "Type the path of a file or a folder."),
    "import.not_found": ("{path}: không có tệp hay thư mục này.",
                         "{path}: no such file or folder."),
    "import.no_forms": ("{path}: không có tệp .xlsx hay .csv nào.",
                        "{path}: no .xlsx or .csv file in it."),
    "import.unsaved": ("Chưa lưu được các sửa đổi đang chờ: chưa nhập gì.",
                       "The pending edits could not be saved: nothing imported."),
    "import.refused": ("Không nhập được: chưa thay đổi gì. Sửa các ô sau rồi đọc lại:",
                       "Refused: nothing changed. Fix these cells, then read again:"),
    "import.planned": ("{files} biểu mẫu đã đọc; nhấn Nhập để lưu cả, esc để huỷ:",
                       "{files} forms read; Apply saves them all, esc cancels:"),
    "import.nothing": ("{files} biểu mẫu đã đọc: không có gì thay đổi.",
                       "{files} forms read: nothing changes."),
    "import.member": ("{member} ({file}):", "{member} ({file}):"),
    "import.unchanged": ("  không thay đổi", "  nothing changes"),
    "import.moved": ("Số liệu trên đĩa đã khác khi đọc: xem lại rồi nhấn Nhập.",
                     "The figures on disk changed since reading: check again, then Apply."),
    "import.done": ("Đã nhập {count} biểu mẫu; đang đọc lại sổ:",
                    "{count} forms imported; reading the workspace again:"),
}
