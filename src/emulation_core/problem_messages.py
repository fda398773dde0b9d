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
    # criteria.toml (serialize/criteria.py); a formula's and the table's own reasons are
    # still English (formula.py, criteria.py).
    "criteria_toml.option": ("{value!r} không thuộc các giá trị {choices}",
                             "{value!r} is not one of {choices}"),
    "criteria_toml.option.hint": ("xem quy tắc chấm theo chỉ tiêu trong docs/scoring.md",
                                  "see the target rule in docs/scoring.md"),
    "criteria_toml.rule_kind": ("không có cách chấm {kind!r}", "unknown rule kind {kind!r}"),
    "criteria_toml.rule_kind.hint": ("dùng một trong các cách: {kinds}", "use one of: {kinds}"),
    "criteria_toml.over_share": ("phải từ 0 đến 1", "must be between 0 and 1"),
    "criteria_toml.formula": ("công thức {reason}", "formula {reason}"),
    "criteria_toml.formula.hint": ("dùng số, tên chỉ số, + - * / ( ), min, max, abs, target(), "
                                   "best(), worst(), best_ratio(), members(), has_target()",
                                   "use numbers, indicator names, + - * / ( ), min, max, abs, "
                                   "target(), best(), worst(), best_ratio(), members(), "
                                   "has_target()"),
    "criteria_toml.applies_to_list": ("phải là danh sách mã loại hội",
                                      "expected a list of association type keys"),
    "criteria_toml.per_type_items": ("mục per_type lấy tiêu chí từ plugin của từng loại hội",
                                     "a per_type section takes its criteria from the plugins"),
    "criteria_toml.per_type_items.hint": ("xoá các items, hoặc đặt per_type = false",
                                          "remove the items, or set per_type = false"),
    "criteria_toml.no_items": ("mục không có tiêu chí nào", "section has no items"),
    "criteria_toml.no_items.hint": ("thêm tiêu chí [[…items]], hoặc đặt per_type = true",
                                    "add [[…items]] criteria, or set per_type = true"),
    "criteria_toml.top_level_criterion": ("cấp trên cùng phải là mục, không phải tiêu chí",
                                          "top-level entries must be sections, not criteria"),
    "criteria_toml.top_level_criterion.hint": ("đặt tiêu chí vào trong một mục",
                                               "wrap the criterion in a section"),
    "criteria_toml.no_criteria": ("đợt thi đua chưa có tiêu chí nào",
                                  "the campaign has no criteria"),
    "criteria_toml.no_criteria.hint": ("thêm [[sections]] có các items",
                                       "add [[sections]] with items"),
    "criteria_toml.code_blank": ("mã {code!r} để trống hoặc có khoảng trắng ở đầu, cuối",
                                 "code {code!r} is empty or has spaces around it"),
    "criteria_toml.code_blank.hint": ("ghi mã như trong bảng tiêu chí, ví dụ \"1.2\"",
                                      "write the code as in the criteria table, e.g. \"1.2\""),
    "criteria_toml.indicator_key": ("tên chỉ số {key!r} không dùng được trong công thức",
                                    "indicator key {key!r} cannot be written in a formula"),
    "criteria_toml.indicator_key.hint": (
        "dùng chữ cái không dấu, chữ số và dấu gạch dưới, bắt đầu bằng chữ cái, ví dụ new_members",
        "use unaccented letters, digits and underscores, starting with a letter, "
        "e.g. new_members"),
    "criteria_toml.table": ("tiêu chí {code}: {reason}", "criterion {code}: {reason}"),
    # workspace.toml (serialize/bloc.py).
    "workspace_toml.schema_version": ("thiếu, hoặc không phải số nguyên",
                                      "is missing or not a whole number"),
    "workspace_toml.schema_version.hint": ("thêm 'schema_version = {newest}'",
                                           "add 'schema_version = {newest}'"),
    "workspace_toml.member_twice": ("đơn vị {name!r} được ghi hai lần",
                                    "member {name!r} is listed twice"),
    "workspace_toml.member_twice.hint": ("xoá một trong hai", "remove one of them"),
    "workspace_toml.name_empty": ("tên đơn vị để trống", "the member's name is empty"),
    "workspace_toml.name_empty.hint": ("ghi tên đầy đủ của đơn vị",
                                       "write the member's full name"),
    "workspace_toml.not_member": ("{name!r} không phải đơn vị thành viên của khối",
                                  "{name!r} is not a member of the bloc"),
    "workspace_toml.not_member.hint": ("dùng một trong các mã: {names}",
                                       "use one of: {names}"),
    # targets.toml (serialize/targets.py).
    "targets_toml.not_table": ("phải là bảng chỉ số = chỉ tiêu",
                               "expected a table of indicator = target"),
    "targets_toml.codes_list": ("phải là danh sách mã tiêu chí",
                                "expected a list of criterion codes"),
    "targets_toml.indicators_list": ("phải là danh sách mã chỉ số",
                                     "expected a list of indicator keys"),
    "targets_toml.indicators_list.hint": ('ví dụ no_target = ["blood_units"]',
                                          'e.g. no_target = ["blood_units"]'),
    "targets_toml.both": ("{key!r} vừa có chỉ tiêu vừa được ghi là không có chỉ tiêu",
                          "{key!r} has a target and is listed as having no target"),
    "targets_toml.both.hint": ("chỉ giữ một trong hai", "keep one of the two"),
    # A submission (serialize/submission.py).
    "submission_toml.entry_table": ("phải là bảng gồm self, verified, reason, evidence",
                                    "expected a table with self, verified, reason, evidence"),
    "submission_toml.correction_table": ("phải là bảng gồm value, reason, by, at",
                                         "expected a table with value, reason, by, at"),
    "submission_toml.correction_value": ("là trường bắt buộc", "is required"),
    "submission_toml.correction_value.hint": ("ghi số liệu đã sửa",
                                              "write the corrected figure"),
    # A problem said with its hint.
    "problem.hint": ("{text} (gợi ý: {hint})", "{text} (hint: {hint})"),
}
