"""The message catalog's part for spreadsheets: workbooks refused, criteria tables and
member forms read from XLSX or CSV.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders, and ``<key>.hint`` to the hint of that problem.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["XLSX_MESSAGES"]

_CHECK_FILE = ("kiểm tra đây đúng là tệp cần nhập", "check that this is the right file")
_SAVE_XLSX = ("mở tệp bằng Excel và lưu lại dạng Excel Workbook (.xlsx)",
              "open it in Excel and save it as an Excel Workbook (.xlsx)")

XLSX_MESSAGES: Mapping[str, tuple[str, str]] = {
    # The file itself (xlsxsafe.py).
    "xlsx.missing": ("không có tệp này", "no such file"),
    "xlsx.missing.hint": ("kiểm tra đường dẫn", "check the path"),
    "xlsx.unreadable_file": ("không đọc được tệp: {reason}", "cannot be read: {reason}"),
    "xlsx.unreadable_file.hint": ("kiểm tra quyền đọc tệp", "check the file's permissions"),
    "xlsx.link": ("là liên kết tượng trưng (symlink), không phải tệp thật",
                  "is a symbolic link, not a file"),
    "xlsx.link.hint": ("chỉ đường dẫn tới chính tệp đó", "give the path of the file itself"),
    "xlsx.not_regular": ("không phải tệp thông thường (thư mục, pipe hoặc thiết bị)",
                         "is not a regular file (a folder, a pipe or a device)"),
    "xlsx.not_regular.hint": _CHECK_FILE,
    "xlsx.unsafe": ("không đọc: {reason}", "refused: {reason}"),
    "xlsx.unsafe.hint": _CHECK_FILE,
    "xlsx.empty": ("tệp rỗng (0 byte)", "is empty (0 bytes)"),
    "xlsx.empty.hint": ("lưu lại bảng tính rồi nhập lại", "save the workbook again and retry"),
    "xlsx.too_large": ("quá lớn ({size} byte; tối đa {limit})",
                       "is too large ({size} bytes; the limit is {limit})"),
    "xlsx.too_large.hint": _CHECK_FILE,
    "xlsx.old_xls": ("là tệp Excel 97-2003 (.xls), không phải .xlsx",
                     "is an Excel 97-2003 file (.xls), not .xlsx"),
    "xlsx.old_xls.hint": _SAVE_XLSX,
    "xlsx.not_zip": ("không phải bảng tính .xlsx (nội dung không phải tệp nén zip)",
                     "is not an .xlsx workbook (its content is not a zip archive)"),
    "xlsx.not_zip.hint": _SAVE_XLSX,
    "xlsx.bad_zip": ("là tệp nén zip hỏng", "is a damaged zip archive"),
    "xlsx.bad_zip.hint": _SAVE_XLSX,
    "xlsx.not_workbook": ("là tệp nén nhưng không phải bảng tính Excel",
                          "is a zip archive but not an Excel workbook"),
    "xlsx.not_workbook.hint": _SAVE_XLSX,
    "xlsx.encrypted": ("được mã hoá bằng mật khẩu", "is encrypted with a password"),
    "xlsx.encrypted.hint": ("lưu lại không đặt mật khẩu mở tệp",
                            "save it again without an opening password"),
    "xlsx.too_many_entries": ("có {count} phần bên trong (tối đa {limit}): không đọc",
                              "holds {count} parts (the limit is {limit}): refused"),
    "xlsx.too_many_entries.hint": _CHECK_FILE,
    "xlsx.bomb": ("giải nén ra {size} byte (tối đa {limit}): có thể là 'bom nén', không đọc",
                  "would unpack to {size} bytes (the limit is {limit}): a possible zip bomb, "
                  "refused"),
    "xlsx.bomb.hint": _CHECK_FILE,
    "xlsx.bomb_entry": ("phần {part} giải nén ra nhiều hơn mức ghi trong tệp: không đọc",
                        "part {part} unpacks to more than the archive says: refused"),
    "xlsx.bomb_entry.hint": _CHECK_FILE,
    "xlsx.bad_part": ("phần {part} bị hỏng (sai kích thước hoặc mã kiểm tra)",
                      "part {part} is damaged (wrong size or checksum)"),
    "xlsx.bad_part.hint": _SAVE_XLSX,
    "xlsx.xml_attack": ("chứa XML nguy hiểm ({reason}: khai báo entity/DTD): không đọc",
                        "holds unsafe XML ({reason}: entity or DTD declarations): refused"),
    "xlsx.xml_attack.hint": ("không nhập tệp này; xin đơn vị gửi lại tệp lưu từ Excel",
                             "do not import this file; ask for one saved by Excel"),
    "xlsx.unreadable": ("không đọc được như bảng tính Excel ({reason})",
                        "cannot be read as an Excel workbook ({reason})"),
    "xlsx.unreadable.hint": _SAVE_XLSX,
}
