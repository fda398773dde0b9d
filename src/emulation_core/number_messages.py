"""The message catalog's part for figures and dates that cannot be read (docs/numbers.md):
each way a written number or date is refused.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders; ``KEY.hint`` is what to do.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["NUMBER_MESSAGES"]

NUMBER_MESSAGES: Mapping[str, tuple[str, str]] = {
    # Figures that cannot be read (docs/numbers.md).
    "number.empty": ("để trống", "is empty"),
    "number.empty.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    "number.too_long": ("'{text}…' quá dài để là một số", "'{text}…' is too long for a number"),
    "number.too_long.hint": ("tối đa {digits} chữ số phần nguyên",
                             "at most {digits} digits before the decimal mark"),
    "number.exponent": ("'{text}' viết dạng lũy thừa", "'{text}' is in exponent notation"),
    "number.exponent.hint": ("viết đầy đủ, ví dụ 0,0001 hoặc 1.000.000",
                             "write the number in full, e.g. 0,0001 or 1.000.000"),
    "number.not_a_number": ("'{text}' không phải số", "'{text}' is not a number"),
    "number.not_a_number.hint": ("viết bằng chữ số, dấu phẩy thập phân: 12,5 hoặc 1.234,5",
                                 "write digits, with a decimal comma: 12,5 or 1.234,5"),
    "number.not_whole": ("'{text}' không phải số nguyên", "'{text}' is not a whole number"),
    "number.not_whole.hint": ("số liệu này đếm số lượng: viết ví dụ 1430 hoặc 1.430",
                              "this figure counts whole things: write e.g. 1430 or 1.430"),
    "number.commas": ("'{text}' có nhiều hơn một dấu phẩy", "'{text}' has more than one comma"),
    "number.commas.hint": ("dấu phẩy là dấu thập phân; phân cách hàng nghìn bằng dấu chấm: "
                           "1.234.567 hoặc 1234567",
                           "the comma is the decimal mark; group thousands with dots: "
                           "1.234.567 or 1234567"),
    "number.english_form": ("'{text}' đặt dấu phẩy trước dấu chấm (kiểu tiếng Anh)",
                            "'{text}' puts the comma before the dot (the English form)"),
    "number.english_form.hint": ("dấu chấm phân cách hàng nghìn, dấu phẩy trước phần thập "
                                 "phân: 1.234,5",
                                 "write the dot between thousands and the comma for "
                                 "decimals: 1.234,5"),
    "number.after_comma": ("'{text}' thiếu chữ số sau dấu phẩy thập phân",
                           "'{text}' needs digits after the decimal comma"),
    "number.after_comma.hint": ("viết ví dụ 12,5", "write e.g. 12,5"),
    "number.around_dot": ("'{text}' cần chữ số ở cả hai bên dấu chấm",
                          "'{text}' needs digits on both sides of the dot"),
    "number.around_dot.hint": ("viết ví dụ 0,5 hoặc 12,5", "write e.g. 0,5 or 12,5"),
    "number.mixed": ("'{text}' trộn dấu chấm và dấu cách giữa các chữ số",
                     "'{text}' mixes dots and spaces between digits"),
    "number.mixed.hint": ("chỉ phân cách hàng nghìn bằng dấu chấm: 1.234.567,5",
                          "group thousands with dots only: 1.234.567,5"),
    "number.groups": ("'{text}': dấu phân cách phải chia chữ số thành từng nhóm ba",
                      "'{text}': separators must split the digits into groups of three"),
    "number.groups.hint": ("viết ví dụ 1.234.567 hoặc 1234567",
                           "write e.g. 1.234.567 or 1234567"),
    "number.ambiguous": ("'{text}' chưa rõ nghĩa: {whole} (hàng nghìn) hay {decimal} "
                         "(số thập phân)?",
                         "'{text}' is ambiguous: {whole} (thousands) or {decimal} (a decimal)?"),
    "number.ambiguous.hint": ("gõ {whole} nếu là số nguyên hoặc {decimal} nếu là số thập "
                              "phân; ngoài số đếm, một dấu phân cách trước ba chữ số không "
                              "được đoán",
                              "write {whole} for the whole number or {decimal} for the "
                              "decimal; outside counts, one separator before three digits is "
                              "not guessed"),
    "number.not_finite": ("{text} không phải số hữu hạn", "{text} is not a finite number"),
    "number.not_finite.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    "number.too_large": ("{text} quá lớn (quá {digits} chữ số phần nguyên)",
                         "{text} is too large (more than {digits} digits before the decimal "
                         "mark)"),
    "number.too_large.hint": ("kiểm tra lại số liệu; số tiền ghi theo đơn vị đầy đủ",
                              "check the figure; amounts are written in full units"),
    "number.too_many_decimals": ("{text} có quá {digits} chữ số thập phân",
                                 "{text} has more than {digits} decimals"),
    "number.too_many_decimals.hint": ("làm tròn đến tối đa {digits} chữ số thập phân",
                                      "round it to at most {digits} decimals"),
    "number.bool": ("là true/false, cần một số", "is true/false, expected a number"),
    "number.bool.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    "number.int_too_large": ("quá lớn (quá {digits} chữ số)",
                             "is too large (more than {digits} digits)"),
    "number.int_too_large.hint": ("kiểm tra lại số liệu; số tiền ghi theo đơn vị đầy đủ",
                                  "check the figure; amounts are written in full units"),
    "number.wrong_type": ("là {found}, cần một số", "is a {found}, expected a number"),
    "number.wrong_type.hint": ("nhập một số, ví dụ 12,5", "enter a number such as 12,5"),
    # Dates typed by people (emulation_core.dates).
    "date.form": ("'{text}' không phải ngày tháng", "'{text}' is not a date"),
    "date.form.hint": ("viết 15/01/2026 (ngày/tháng/năm) hoặc 2026-01-15",
                       "write 2026-01-15 or 15/01/2026 (day/month/year)"),
    "date.calendar": ("'{text}' không có trên lịch (ngày {day}, tháng {month})",
                      "'{text}' is not a date in the calendar (day {day}, month {month})"),
    "date.calendar.hint": ("viết 15/01/2026 (ngày/tháng/năm) hoặc 2026-01-15",
                           "write 2026-01-15 or 15/01/2026 (day/month/year)"),
}
