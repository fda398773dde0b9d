"""The message catalog's part for editing a campaign's criteria table
(:mod:`emulation_core.criteria_edit`).

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CRITERIA_MESSAGES"]

CRITERIA_MESSAGES: Mapping[str, tuple[str, str]] = {
    "criteria_edit.sum": ("mục {code}: các tiêu chí cộng lại {total} điểm, nhưng điểm tối đa "
                          "của mục là {max}",
                          "section {code}: its criteria add up to {total}, but the section's "
                          "maximum is {max}"),
    "criteria_edit.sum.hint": ("sửa điểm tối đa của mục hoặc của các tiêu chí cho khớp",
                               "change the section's maximum or its criteria's so that they "
                               "match"),
    "criteria_edit.reason_needed": ("bảng tiêu chí của đợt {campaign} đang được {count} báo "
                                    "cáo dùng: thay đổi làm đổi điểm phải ghi lý do",
                                    "the criteria of campaign {campaign} are in use by {count} "
                                    "submissions: a change that alters points needs a reason"),
    "criteria_edit.reason_needed.hint": ("ghi lý do (ví dụ: theo nghị quyết hội nghị khối)",
                                         "give the reason (e.g. the bloc meeting's decision)"),
    "criteria_edit.moved_cross_scored": ("tiêu chí {code} đã có điểm chấm chéo: không chuyển "
                                         "sang mã {new} được",
                                         "criterion {code} has cross-scores: it cannot move to "
                                         "code {new}"),
    "criteria_edit.moved_cross_scored.hint": ("để tiêu chí ở mục cũ, hoặc giữ mã {code}",
                                              "leave it in its section, or keep the code {code}"),
}
