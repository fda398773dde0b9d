"""The interface's strings for the criteria table as the criteria screen explains it (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CRITERIA_VIEW_CATALOG"]

CRITERIA_VIEW_CATALOG: Mapping[str, tuple[str, str]] = {
    "crit.title": ("Tiêu chí · {campaign}", "Criteria · {campaign}"),
    "crit.nominal": ("thang điểm {total}", "out of {total}"),
    "crit.root": ("Bảng tiêu chí", "Criteria table"),
    "crit.per_type": ("(riêng theo loại hội)", "(per association type)"),
    "crit.per_type_help": ("Mỗi loại hội có tiêu chí riêng cho mục này: mở nhánh để xem.",
                           "Each association type brings its own criteria here: expand to see."),
    "crit.then": (", rồi ", ", then "),
    "crit.no_tie_break": ("không có: bằng điểm thì đồng hạng", "none: equal totals share a rank"),
    "crit.scale": ("Thang điểm {total}; điểm thưởng, điểm trừ tính ngoài thang điểm.",
                   "Out of {total}; bonus and deductions come on top."),
    "crit.bands": ("Xếp loại: {bands}", "Ratings: {bands}"),
    "crit.ties": ("Khi bằng tổng điểm: {ties}", "On equal totals: {ties}"),
    "crit.rank_by.total": ("Xếp hạng theo tổng điểm.", "Ranked by total."),
    "crit.rank_by.percent": ("Xếp hạng theo % điểm tối đa đơn vị có thể đạt "
                             "(trừ tiêu chí không giao).",
                             "Ranked by percent of the points the unit could reach "
                             "(criteria not assigned left out)."),
    "crit.precision": ("Điểm mỗi tiêu chí làm tròn đến {precision}.",
                       "Each criterion is rounded to {precision}."),
    "crit.hint": ("Chọn một mục để xem giải thích.", "Pick an item to see it explained."),
    "crit.of_type": ("Của loại hội: {type}", "For type: {type}"),
    "crit.section_max": ("Tối đa {max} điểm · {count} tiêu chí",
                         "At most {max} points · {count} criteria"),
    "crit.max": ("Điểm tối đa: {max}", "Maximum: {max}"),
    "crit.adjust_range": ("Điểm thưởng/trừ, trong khoảng {low} đến {high}",
                          "Bonus/deduction, from {low} to {high}"),
    "crit.rule": ("Cách chấm: {rule}", "Scored: {rule}"),
    "crit.applies": ("Chỉ áp dụng cho: {types}", "Applies only to: {types}"),
    "crit.evidence": ("Minh chứng cần có: {evidence}", "Evidence required: {evidence}"),
}
