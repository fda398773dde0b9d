"""The message catalog's part for the checks of what is entered: a submission's figures and
points (:func:`~emulation_core.checks.submission_findings`), a criteria table's structure
(:meth:`~emulation_core.criteria.CriteriaTable.check_messages`) and formulas refused when a
table is read (:class:`~emulation_core.formula.FormulaError`).

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders; ``KEY.hint`` is what to do.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CHECK_MESSAGES"]

CHECK_MESSAGES: Mapping[str, tuple[str, str]] = {
    # a submission's figures and points
    "finding.at": ("{path}: {message}", "{path}: {message}"),
    "finding.correction_reason": ("để trống", "is empty"),
    "finding.correction_reason.hint": ("ghi lý do sửa số liệu",
                                       "say why the figure was corrected"),
    "finding.unknown_criterion": ("không có tiêu chí {code}", "unknown criterion {code}"),
    "finding.unknown_criterion.hint": ("các tiêu chí của đơn vị này: {codes}",
                                       "this member's criteria are: {codes}"),
    "finding.points": ("{why}", "{why}"),
    "finding.points.hint": ("nhập điểm trong giới hạn của tiêu chí",
                            "enter a value within the criterion's bounds"),
    "finding.unknown_indicator": ("không có chỉ số {key}", "unknown indicator {key}"),
    "finding.unknown_indicator.hint": ("đơn vị này báo cáo: {known}",
                                       "this member reports: {known}"),
    "finding.nothing": ("không chỉ số nào", "nothing"),
    "finding.not_decimal": ("là {found} {value}, không phải Decimal",
                            "is the {found} {value}, not a Decimal"),
    "finding.not_decimal.hint": ("dùng Decimal(\"12.5\"), hoặc parse_decimal(\"12,5\") cho số "
                                 "người dùng gõ",
                                 "use Decimal(\"12.5\"), or parse_decimal(\"12,5\") for typed "
                                 "text"),
    "finding.negative": ("là {value}, không được âm", "is {value}, may not be negative"),
    "finding.negative.hint": ("nhập 0 trở lên", "enter 0 or more"),
    "finding.not_whole": ("{value} không phải số nguyên", "{value} is not a whole number"),
    "finding.not_whole.hint": ("chỉ số này đếm số nguyên", "this indicator counts whole things"),
    # a criteria table's structure
    "table.code_twice": ("mã bị dùng hai lần; mỗi mã phải khác nhau",
                         "code is used twice; codes must be unique"),
    "table.sum": ("các mục con cộng lại được {nominal}, nhưng max_points của phần là {max}",
                  "children add up to {nominal}, but the section's max_points is {max}"),
    "table.negative_max": ("max_points không được âm", "max_points may not be negative"),
    "table.floor_above": ("floor lớn hơn ceiling", "floor is above ceiling"),
    "table.undeclared": ("quy tắc đọc chỉ số {key}, mà bảng không khai báo",
                         "rule reads indicator {key}, which the table does not declare"),
    # formulas refused
    "formula.node": ("không được chứa {node}{shown}", "may not contain {node}{shown}"),
    "formula.not_number": ("chỉ được chứa số, không được chứa {value}",
                           "may only contain numbers, not {value}"),
    "formula.not_finite": ("số phải hữu hạn, không được là {value}",
                           "numbers must be finite, not {value}"),
    "formula.underscore": ("tên không được bắt đầu bằng '_' ({name})",
                           "names may not start with '_' ({name})"),
    "formula.operator": ("không được dùng phép toán {operator}",
                         "may not use the operator {operator}"),
    "formula.exponent": ("số mũ phải là số nguyên viết sẵn từ -{limit} đến {limit}",
                         "exponents must be whole literal numbers from -{limit} to {limit}"),
    "formula.comparison": ("không được dùng phép so sánh {operator}",
                           "may not use the comparison {operator}"),
    "formula.call": ("chỉ được gọi {allowed}, không được gọi {name}",
                     "may only call {allowed}, not {name}"),
    "formula.keywords": ("lời gọi hàm không nhận đối số có tên",
                         "function calls take no keyword arguments"),
    "formula.members_args": ("members() không nhận đối số", "members() takes no arguments"),
    "formula.one_indicator": ("{function}() nhận đúng một tên chỉ số, ví dụ "
                              "{function}(new_members)",
                              "{function}() takes one indicator name, e.g. "
                              "{function}(new_members)"),
    "formula.abs_args": ("abs() nhận đúng một đối số", "abs() takes exactly one argument"),
    "formula.needs_args": ("{function}() cần ít nhất một đối số",
                           "{function}() needs at least one argument"),
    "formula.too_long": ("dài hơn {limit} ký tự", "is longer than {limit} characters"),
    "formula.syntax": ("không phải biểu thức hợp lệ ({detail})",
                       "is not a valid expression ({detail})"),
    "formula.unreadable": ("không đọc được ({detail})", "cannot be read ({detail})"),
    "formula.too_deep": ("lồng nhau quá sâu", "is nested too deeply"),
}
