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
}
