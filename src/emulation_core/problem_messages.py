"""The message catalog's part for problems found reading the workspace's files.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)`` templates
with the same named placeholders, and ``<key>.hint`` to the hint of that problem.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["PROBLEM_MESSAGES"]

PROBLEM_MESSAGES: Mapping[str, tuple[str, str]] = {
    # Kinds of TOML value, said inside the messages below.
    "kind.text": ("văn bản", "text"),
    "kind.int": ("số nguyên", "a whole number"),
    "kind.float": ("số", "a number"),
    "kind.bool": ("true/false", "true/false"),
    "kind.table": ("bảng", "a table"),
    "kind.array": ("mảng", "an array"),
    "kind.date": ("ngày", "a date"),
    "kind.datetime": ("ngày giờ", "a date-time"),
    "kind.other": ("{name}", "{name}"),
    "kind.either": ("{first} hoặc {second}", "{first} or {second}"),
    # Why a text cannot be an id (it names a file).
    "id.empty": ("để trống", "is empty"),
    "id.form": ("phải gồm 1-64 ký tự chữ thường a-z, chữ số, '-' hoặc '_', bắt đầu bằng chữ "
                "hoặc chữ số",
                "must be 1-64 characters of lowercase a-z, digits, '-' or '_', starting with a "
                "letter or digit"),
    "id.reserved": ("là tên thiết bị dành riêng của Windows",
                    "is a reserved device name on Windows"),
    # Fields of any file (serialize/reader.py).
    "toml.required": ("là trường bắt buộc", "is required"),
    "toml.required.hint": ("thêm '{key} = …' vào bảng này", "add '{key} = …' to this table"),
    "toml.bool": ("là {value}, phải là {kind}", "is {value}, expected {kind}"),
    "toml.wrong_kind": ("là {found}, phải là {kind}", "is {found}, expected {kind}"),
    "toml.date_time": ("là {found}, phải là {kind}", "is {found}, expected {kind}"),
    "toml.date_time.hint": ("chỉ ghi ngày, ví dụ 2018-12-31",
                             "write the day alone, e.g. 2018-12-31"),
    "toml.unsafe_id": ("{value!r} {reason}", "{value!r} {reason}"),
    "toml.unsafe_id.hint": ("dùng mã ngắn, ví dụ 'hoi-chu-thap-do'",
                             "use a short slug such as 'hoi-chu-thap-do'"),
    "toml.negative": ("là {value}, không được là số âm", "is {value}, may not be negative"),
    "toml.negative.hint": ("nhập 0 hoặc số lớn hơn", "enter 0 or more"),
    "toml.not_table": ("là {found}, phải là bảng", "is {found}, expected a table"),
    "toml.not_tables": ("phải là mảng các bảng", "expected an array of tables"),
    "toml.not_tables.hint": ("ghi mỗi phần tử dưới tiêu đề [[{key}]]",
                              "write each as [[{key}]]"),
    "toml.unknown": ("không phải trường được dùng ở đây", "is not a known field"),
    "toml.unknown.hint": ("các trường dùng được ở đây: {names}",
                           "known fields here: {names}"),
    "toml.not_one_of": ("{value!r} không thuộc các giá trị {choices}",
                         "{value!r} is not one of {choices}"),
    # campaign.toml (serialize/campaign.py).
    "campaign_toml.end_before_start": ("ngày kết thúc trước ngày bắt đầu", "is before start"),
    "campaign_toml.end_before_start.hint": ("kiểm tra lại các ngày của đợt thi đua",
                                            "check the campaign's dates"),
    "campaign_toml.precision": ("{value} không phải lũy thừa của 10 trong khoảng từ 1 đến "
                                "{finest}",
                                "{value} is not a power of ten from 1 to {finest}"),
    "campaign_toml.precision.hint": ("ví dụ precision = 0.01 (điểm lấy hai chữ số thập phân)",
                                     "e.g. precision = 0.01 (points to two decimals)"),
    "campaign_toml.tie_break_list": ("phải là danh sách các khoá xét khi bằng điểm",
                                     "expected a list of keys"),
    "campaign_toml.tie_break_list.hint": ('ví dụ ["section:1", "deductions"]',
                                          'e.g. ["section:1", "deductions"]'),
    "campaign_toml.tie_break_key": ("{key!r}: {reason}", "{key!r}: {reason}"),
    "campaign_toml.tie_break_form": ("khoá xét khi bằng điểm phải là 'code:MÃ' (hoặc "
                                     "'section:MÃ') hoặc 'deductions'",
                                     "tie-break keys are 'code:CODE' (also written "
                                     "'section:CODE') or 'deductions'"),
    "campaign_toml.tie_break_code": ("{key!r}: không có mục hay tiêu chí nào mang mã {code!r}",
                                     "{key!r}: no section or criterion has the code {code!r}"),
    "campaign_toml.tie_break_code.hint": ("dùng một mã trong criteria.toml, ví dụ 'code:1' "
                                          "hoặc 'code:2.3'",
                                          "use a code from criteria.toml, e.g. 'code:1' or "
                                          "'code:2.3'"),
    "campaign_toml.members_list": ("phải là danh sách mã đơn vị",
                                   "expected a list of member ids"),
    "campaign_toml.members_list.hint": ('ví dụ ["hoi-nha-bao"]', 'e.g. ["hoi-nha-bao"]'),
    "campaign_toml.not_member": ("{name!r} không phải đơn vị thành viên của khối",
                                 "{name!r} is not a member of the bloc"),
    "campaign_toml.not_member.hint": ("xoá dòng này, hoặc thêm đơn vị vào workspace.toml",
                                      "remove it, or add the member to workspace.toml"),
    # Reading a file (tomlsource.py).
    "load.missing": ("không tìm thấy tệp", "file is missing"),
    "load.missing.hint": ("khôi phục tệp từ bản sao lưu", "restore it from your backup"),
    "load.unreadable": ("không đọc được tệp ({reason})", "cannot be read ({reason})"),
    "load.encoding": ("không phải văn bản UTF-8 (byte {byte})",
                      "is not UTF-8 text (byte {byte})"),
    "load.encoding.hint": ("lưu tệp với bảng mã UTF-8", "save the file as UTF-8"),
    "load.too_deep": ("lồng nhau quá sâu, không đọc được", "is nested too deeply to read"),
    "load.too_deep.hint": ("viết các bảng lồng nhau dưới tiêu đề [muc.con]",
                           "write nested tables as [section.sub] headers"),
    "load.not_toml": ("không đúng cú pháp TOML: {reason} (cột {column})",
                      "is not valid TOML: {reason} (column {column})"),
    "load.not_toml.hint": ("sửa cú pháp ở dòng này (dấu nháy, dấu ngoặc, dấu '=')",
                           "fix the syntax at that line (quotes, brackets, '=')"),
    "load.huge_number": ("chứa một số có hàng nghìn chữ số",
                         "holds a number with thousands of digits"),
    "load.huge_number.hint": ("số có tối đa 15 chữ số phần nguyên",
                              "numbers have at most 15 digits before the decimal mark"),
}
