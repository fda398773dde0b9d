"""The interface's strings for the criteria editor's indicators, moving criteria, the
per-type slots' check and the copy kept when the app is left unsaved (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CRITERIA_EDIT_CATALOG"]

CRITERIA_EDIT_CATALOG: Mapping[str, tuple[str, str]] = {
    # keys
    "key.move_up": ("chuyển lên", "move up"),
    "key.move_down": ("chuyển xuống", "move down"),
    # indicators
    "ce.ind.heading": ("Chỉ số ({count})", "Indicators ({count})"),
    "ce.ind.heading_help": ("Các chỉ số mà cách tính đọc. Chọn một dòng để sửa tên, tên tiếng "
                            "Anh, đơn vị và số nguyên hay lẻ; khoá chỉ số giữ nguyên vì báo "
                            "cáo ghi theo nó.",
                            "The indicators the rules read. Highlight one to edit its label, "
                            "English label, unit and whole or decimal; its key stays, "
                            "reports are written against it."),
    "ce.ind.key_help": ("khoá chỉ số (báo cáo ghi theo khoá này, không đổi được)",
                        "the indicator's key (reports hold it; it does not change)"),
    "ce.ind.whole": ("số nguyên", "whole"),
    "ce.f.label": ("Tên chỉ số", "Label"),
    "ce.f.label_en": ("Tên tiếng Anh", "English label"),
    "ce.f.unit": ("Đơn vị tính", "Unit"),
    "ce.f.integer": ("Loại số", "Numbers"),
    "ce.choice.whole": ("số nguyên (đếm)", "whole (counted)"),
    "ce.choice.decimal": ("có thể lẻ", "may be decimal"),
    "ce.err.label": ("tên chỉ số không được trống", "the label may not be empty"),
    "ce.change.indicator": ("chỉ số {key}, {what}", "indicator {key}, {what}"),
    "ce.change.label": ("tên", "label"),
    "ce.change.label_en": ("tên tiếng Anh", "English label"),
    "ce.change.unit": ("đơn vị", "unit"),
    "ce.change.integer": ("loại số", "numbers"),
    "ce.change.order": ("thứ tự", "order"),
    "ce.change.root": ("các mục", "the sections"),
    # moving
    "ce.move.edge": ("{code} đã ở đầu mục.", "{code} is first in its section already."),
    "ce.move.edge_down": ("{code} đã ở cuối mục.", "{code} is last in its section already."),
    "ce.move.pick": ("Chọn một mục hoặc tiêu chí để chuyển.",
                     "Highlight a section or a criterion to move."),
    # the per-type slots
    "ce.check.slot": ("mục {code}: {type} {total} ≠ {max}",
                      "section {code}: {type} {total} ≠ {max}"),
    # the copy kept on leaving
    "crit.kept": ("có bảng sửa dở chưa lưu: e để sửa tiếp",
                  "an unsaved edit is kept: e to go on"),
    "ce.kept.restored": ("Đã mở lại bảng đang sửa dở lúc {at} (chưa lưu). ctrl+s để lưu, "
                         "ctrl+z để bỏ và về bảng đã lưu.",
                         "The table left unsaved at {at} is back (not saved). ctrl+s saves "
                         "it, ctrl+z drops it and goes back to the saved table."),
    "ce.kept.since": ("Bảng đã được lưu lại sau lúc đó: khi lưu, hộp thoại liệt kê những gì "
                      "bản đang sửa thay đổi so với bảng hiện tại.",
                      "The table was saved again since: saving lists what this copy changes "
                      "against the table as it is now."),
}
