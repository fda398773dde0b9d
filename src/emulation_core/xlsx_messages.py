"""The message catalog's part for spreadsheets: workbooks refused, criteria tables and
member forms read from XLSX or CSV.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders, and ``<key>.hint`` to the hint of that problem.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["XLSX_MESSAGES"]

_CHECK_FILE = ("kiểm tra đây đúng là tệp cần nhập", "check that this is the right file")
_NEW_FORM = ("điền lại vào mẫu mới tạo bằng 'emulation forms make'",
             "fill in a fresh form made with 'emulation forms make'")
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
    # Sheets and cells, any layout (xlsxcells.py).
    "sheet.missing": ("không có trang tính '{sheet}' (các trang: {sheets})",
                      "has no sheet '{sheet}' (its sheets: {sheets})"),
    "sheet.missing.hint": ("không đổi tên hay xoá trang tính của mẫu; " + _NEW_FORM[0],
                           "do not rename or delete the template's sheets; " + _NEW_FORM[1]),
    "sheet.header": ("tiêu đề cột là '{found}', phải là '{expected}'",
                     "the column heading is '{found}', expected '{expected}'"),
    "sheet.header.hint": ("giữ nguyên hàng tiêu đề của mẫu", "keep the template's heading row"),
    "cell.formula": ("là công thức ({formula}), cần một giá trị",
                     "is a formula ({formula}), expected a value"),
    "cell.formula.hint": ("gõ số vào ô (sao chép, rồi dán giá trị)",
                          "type the figure itself (copy, then paste values)"),
    "cell.not_number": ("là {found}, cần một số", "is {found}, expected a number"),
    "cell.not_number.hint": ("gõ số, ví dụ 12 hoặc 2,5", "type a number such as 12 or 2,5"),
    "cell.not_text": ("là {found}, cần văn bản", "is {found}, expected text"),
    "cell.not_text.hint": ("gõ chữ vào ô", "type text in the cell"),
    "cell.yes_no": ("'{text}' không phải có/không", "'{text}' is not yes/no (có/không)"),
    "cell.yes_no.hint": ("ghi 'có' hoặc 'không' (hoặc 1 / 0)", "write 'có' or 'không' (or 1 / 0)"),
    "cell.merged": ("có ô gộp ({cells}): không đọc được", "has merged cells ({cells})"),
    "cell.merged.hint": ("bỏ gộp ô (Unmerge), " + _NEW_FORM[0],
                         "unmerge them, or " + _NEW_FORM[1]),
    "kind.cell.text": ("văn bản '{text}'", "text '{text}'"),
    "kind.cell.bool": ("giá trị TRUE/FALSE", "TRUE/FALSE"),
    "kind.cell.date": ("ngày tháng", "a date"),
    "kind.cell.number": ("số {value}", "the number {value}"),
    "kind.cell.error": ("lỗi {text}", "the error {text}"),
    # A criteria table's rows (criteria_xlsx_read.py).
    "criteria_sheet.parent": ("mục chứa '{parent}' không phải một mục ở dòng phía trên",
                              "parent '{parent}' is not a section on a row above"),
    "criteria_sheet.parent.hint": ("ghi mã của một mục (dòng có cột rule trống) đứng trước "
                                   "dòng này",
                                   "give the code of a section (a row with a blank rule) above "
                                   "this row"),
    "criteria_sheet.per_type_rule": ("một tiêu chí (có cách chấm) không thể là mục theo loại "
                                     "hội (per_type)",
                                     "a criterion (with a rule) cannot be a per-type slot"),
    "criteria_sheet.per_type_rule.hint": ("để trống per_type, hoặc xoá cách chấm",
                                          "clear per_type, or the rule"),
    "criteria_sheet.section_field": ("dòng mục (cột rule trống) không dùng cột {field}",
                                     "a section row (blank rule) has no {field}"),
    "criteria_sheet.section_field.hint": ("ghi cách chấm vào cột rule, hoặc xoá ô này",
                                          "write the rule kind, or clear this cell"),
    "criteria_sheet.parameter": ("'{part}' không có dạng tên=giá trị",
                                 "'{part}' is not name=value"),
    "criteria_sheet.parameter.hint": ("ví dụ points_each=0,5; các tham số cách nhau bằng ';'",
                                      "e.g. points_each=0,5; separate parameters with ';'"),
    # Member forms (form_read.py, forms.py).
    "unitform.not_a_form": ("không phải biểu mẫu do emulation tạo (không có trang _form)",
                        "is not a form made by emulation (no _form sheet)"),
    "unitform.not_a_form.hint": _NEW_FORM,
    "unitform.format": ("biểu mẫu dạng '{found}', cần '{expected}'",
                    "form format '{found}', expected '{expected}'"),
    "unitform.format.hint": _NEW_FORM,
    "unitform.member": ("biểu mẫu của đơn vị '{member}', không phải thành viên của khối",
                    "the form is for '{member}', not a member of the bloc"),
    "unitform.member.hint": ("nhập biểu mẫu vào đúng sổ của khối",
                         "import it into its bloc's workspace"),
    "unitform.campaign": ("biểu mẫu của đợt '{campaign}'; cần đợt: {expected}",
                      "the form is for campaign '{campaign}'; expected: {expected}"),
    "unitform.campaign.hint": _NEW_FORM,
    "unitform.locked": ("đợt {campaign} đã khoá sau cuộc họp khối: không nhập được",
                        "campaign {campaign} is locked after the bloc's meeting: nothing can "
                        "be imported into it"),
    "unitform.locked.hint": ("mở khoá đợt (có lý do) nếu thật cần sửa",
                             "unlock the campaign, with a reason, if it must change"),
    "unitform.not_taking_part": ("'{member}' không tham gia đợt {campaign}",
                             "'{member}' does not take part in campaign {campaign}"),
    "unitform.not_taking_part.hint": ("kiểm tra lại tệp của đơn vị", "check the unit's file"),
    "unitform.version": ("biểu mẫu làm theo bảng tiêu chí phiên bản {found}; bảng hiện nay là "
                     "phiên bản {expected}",
                     "the form was made for table version {found}; the table is now version "
                     "{expected}"),
    "unitform.version.hint": _NEW_FORM,
    "unitform.table_changed": ("bảng '{table}' đã bị chèn hoặc xoá dòng (vùng {found}, cần "
                           "{expected})",
                           "rows were inserted into or deleted from table '{table}' (range "
                           "{found}, expected {expected})"),
    "unitform.table_changed.hint": ("không chèn, xoá dòng; " + _NEW_FORM[0],
                                "do not insert or delete rows; " + _NEW_FORM[1]),
    "unitform.row_key": ("dòng này phải là '{expected}', gặp '{found}' (dòng bị chèn, xoá hoặc "
                     "đổi chỗ)",
                     "this row must be '{expected}', found '{found}' (a row inserted, deleted "
                     "or moved)"),
    "unitform.row_key.hint": ("không chèn, xoá, sắp xếp dòng; " + _NEW_FORM[0],
                          "do not insert, delete or sort rows; " + _NEW_FORM[1]),
    "unitform.extra_row": ("có dữ liệu bên dưới bảng (dòng thêm vào)",
                       "holds data below the table (a row added)"),
    "unitform.extra_row.hint": ("xoá dòng thêm; mỗi số liệu một dòng có sẵn",
                            "remove the added row; each figure has its own row already"),
    "unitform.extra_sheet": ("trang '{sheet}' không thuộc biểu mẫu: nội dung của nó không "
                             "được đọc",
                             "sheet '{sheet}' is not part of the form: nothing on it is read"),
    "unitform.extra_sheet.hint": ("chép số liệu vào trang 'Số liệu' hoặc 'Điểm' rồi xoá trang "
                                  "này",
                                  "copy its figures into the 'Số liệu' or 'Điểm' sheet, then "
                                  "delete it"),
    "unitform.negative": ("là {value}, không được âm", "is {value}, may not be negative"),
    "unitform.negative.hint": ("nhập 0 hoặc số lớn hơn", "enter 0 or more"),
    "unitform.csv_header": ("hàng đầu phải là {expected}", "the first row must be {expected}"),
    "unitform.csv_header.hint": ("xem bố cục CSV trong docs/forms.md",
                             "see the CSV layout in docs/forms.md"),
    "unitform.csv_kind": ("loại dòng '{kind}' không có", "'{kind}' is not a kind of row"),
    "unitform.csv_kind.hint": ("dùng meta, value hoặc self", "use meta, value or self"),
    "unitform.csv_key": ("'{key}' không có trong biểu mẫu của đơn vị này",
                     "'{key}' is not on this member's form"),
    "unitform.csv_key.hint": ("dùng mã số liệu (value) hoặc mã tiêu chí tự chấm (self) của đơn vị",
                          "use the member's indicator keys (value) or self-scored codes (self)"),
    "unitform.csv_twice": ("'{key}' được ghi hai lần", "'{key}' is given twice"),
    "unitform.csv_twice.hint": ("giữ một dòng", "keep one line"),
    "unitform.file_member": ("tên tệp ghi đơn vị '{named}' nhưng biểu mẫu là của '{member}'",
                             "the file is named for '{named}' but the form is for '{member}'"),
    "unitform.file_member.hint": ("kiểm tra đơn vị đã điền đúng biểu mẫu của mình",
                                  "check that the unit filled in its own form"),
    "unitform.twice": ("hai biểu mẫu cho cùng đơn vị {member} (tệp kia: {other})",
                   "two forms for the same member {member} (the other: {other})"),
    "unitform.twice.hint": ("nhập mỗi đơn vị một tệp", "import one file per member"),
    "xlsx.no_defusedxml": ("chưa cài defusedxml: emulation không đọc bảng tính khi thiếu nó "
                           "(pip install defusedxml)",
                           "defusedxml is not installed: emulation will not read a workbook "
                           "without it (pip install defusedxml)"),
}
