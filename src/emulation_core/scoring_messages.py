"""The message catalog's part for scoring: how each kind of rule scores (describing a
criterion), how one member's points came about (explaining a score), what separated equal
totals, which points count, what the scoreboard warns about and the scores a criterion
refuses.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SCORING_MESSAGES"]

SCORING_MESSAGES: Mapping[str, tuple[str, str]] = {
    # How a rule scores (describing a criterion).
    "rule.target": ("theo chỉ tiêu {what}: đạt/chỉ tiêu × {max}, tối đa {max}",
                    "against the target for {what}: achieved/target × {max}, at most {max}"),
    "rule.target.bloc_best": ("; không có chỉ tiêu thì so với đơn vị cao nhất khối",
                              "; with no target, relative to the bloc's best"),
    "rule.target.no_target_best": ("; không có chỉ tiêu thì so với đơn vị cao nhất trong các "
                                   "đơn vị cũng không có chỉ tiêu",
                                   "; with no target, relative to the best of the members "
                                   "without a target"),
    "rule.target.not_entered_zero": ("; chưa nhập chỉ tiêu thì tính 0 cho đến khi nhập",
                                     "; a target not entered yet scores 0 until it is entered"),
    "rule.target.over": ("; {share}% dành cho phần vượt chỉ tiêu, so với đơn vị vượt nhiều nhất",
                         "; {share}% kept for over-achievement, against the bloc's best"),
    "rule.target.over.difference": ("; {share}% dành cho phần vượt chỉ tiêu (đạt − chỉ tiêu), "
                                    "so với đơn vị vượt nhiều nhất",
                                    "; {share}% kept for over-achievement (achieved − target), "
                                    "against the bloc's best"),
    "rule.relative": ("đơn vị cao nhất khối về {what} được {max}, đơn vị khác theo tỷ lệ",
                      "the bloc's best {what} gets {max}, others in proportion"),
    "rule.yes_no": ("{max} điểm nếu có ({what}), không thì 0",
                    "{max} if done ({what}), else 0"),
    "rule.per_occurrence": ("{each} điểm mỗi lần ({what}), tối đa {max}",
                            "{each} per occurrence ({what}), at most {max}"),
    "rule.judged": ("chấm trực tiếp từ 0 đến {max}, bước {step}",
                    "judged from 0 to {max} in steps of {step}"),
    "rule.adjust.item": ("{each} mỗi {what}", "{each} per {what}"),
    "rule.adjustment": ("{items}; cộng lại, giữ trong khoảng [{floor}; {ceiling}]",
                        "{items}; summed and kept within [{floor}, {ceiling}]"),
    "rule.formula": ("công thức {formula}, trong khoảng 0..{max}",
                     "formula {formula}, kept within 0..{max}"),
    # How one member's points came about (explaining a score).
    "why.target": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%) × {max}",
                   "{what} {got} of target {target} ({ratio}%) × {max}"),
    "why.target.over": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%): đủ {base}, cộng {kept} × "
                        "vượt {over}%/vượt nhiều nhất khối {best_over}% ({leaders})",
                        "{what} {got} of target {target} ({ratio}%): the full {base}, plus "
                        "{kept} × {over}% over/the bloc's best {best_over}% over ({leaders})"),
    "why.target.over.difference": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%): đủ {base}, "
                                   "cộng {kept} × vượt {over}/vượt nhiều nhất khối {best_over} "
                                   "({leaders})",
                                   "{what} {got} of target {target} ({ratio}%): the full {base}, "
                                   "plus {kept} × {over} over/the bloc's best {best_over} over "
                                   "({leaders})"),
    "why.target.over_alone": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%): đủ {base}; "
                              "phần {kept} dành cho vượt chưa chia vì cả khối chưa ai vượt",
                              "{what} {got} of target {target} ({ratio}%): the full {base}; "
                              "the {kept} kept for over-achievement is not shared as no one "
                              "in the bloc is over"),
    "why.target.under": ("{what} đạt {got}/chỉ tiêu {target} ({ratio}%) × {base}; chưa vượt chỉ "
                         "tiêu nên chưa có phần {kept} dành cho vượt",
                         "{what} {got} of target {target} ({ratio}%) × {base}; not over the "
                         "target, so none of the {kept} kept for over-achievement"),
    "why.no_target": ("đã đăng ký không có chỉ tiêu: {how}", "registered no target: {how}"),
    "why.target_not_entered": ("chưa nhập chỉ tiêu (tính như không có): {how}",
                               "target not entered (scored as none): {how}"),
    "why.target_not_entered.zero": ("{what} {got}; chưa nhập chỉ tiêu nên tính 0 cho đến khi "
                                    "nhập", "{what} {got}; target not entered yet, so 0 until "
                                    "it is entered"),
    "why.relative": ("{what} {got} so với cao nhất khối {best} ({leaders}) × {max}",
                     "{what} {got} against the bloc's best {best} ({leaders}) × {max}"),
    "why.relative.nobody": ("{what} {got}; cả khối chưa có kết quả nên tính 0",
                            "{what} {got}; no one in the bloc has a result yet, so 0"),
    "why.untargeted": ("{what} {got} so với cao nhất trong các đơn vị không có chỉ tiêu {best} "
                       "({leaders}) × {max}",
                       "{what} {got} against the best without a target {best} ({leaders}) × "
                       "{max}"),
    "why.untargeted.nobody": ("{what} {got}; các đơn vị không có chỉ tiêu chưa có kết quả nên "
                              "tính 0",
                              "{what} {got}; no member without a target has a result yet, so 0"),
    "why.yes": ("{what}: có", "{what}: yes"),
    "why.no": ("{what}: không", "{what}: no"),
    "why.per_occurrence": ("{what} {got} × {each} điểm, tối đa {max}",
                           "{what} {got} × {each} points, at most {max}"),
    "why.judged": ("chấm trực tiếp", "judged by the scorer"),
    "why.item": ("{what} {got} × {each}", "{what} {got} × {each}"),
    "why.adjustment": ("{items}, giữ trong khoảng [{floor}; {ceiling}]",
                       "{items}, kept within [{floor}, {ceiling}]"),
    "why.formula": ("{formula} với {values}", "{formula} with {values}"),
    # What separated equal totals (tie-break keys).
    "tie.deductions": ("ít điểm trừ hơn", "fewer deductions"),
    "tie.section": ("điểm mục {code} cao hơn", "more points in section {code}"),
    "tie.code": ("điểm của {code} cao hơn", "more points in {code}"),
    # Which points count.
    "rating.not_submitted": ("chưa nộp", "not submitted"),
    "rating.below_bands": ("dưới mức thấp nhất", "below the lowest band"),
    "source.verified": ("điểm thẩm định", "verified points"),
    "source.verified.reason": ("điểm thẩm định, lý do: {reason}",
                               "verified points, because: {reason}"),
    "source.explained": ("điểm sau giải trình", "points after the unit's explanation"),
    "source.explained.reason": ("điểm sau giải trình, trả lời: {reason}",
                                "points after the unit's explanation, answered: {reason}"),
    "source.explained.verdict": ("điểm sau giải trình ({verdict})",
                                 "points after the unit's explanation ({verdict})"),
    "source.explained.verdict.reason": ("điểm sau giải trình ({verdict}), trả lời: {reason}",
                                        "points after the unit's explanation ({verdict}), "
                                        "answered: {reason}"),
    "verdict.accepted": ("chấp nhận", "accepted"),
    "verdict.partly": ("chấp nhận một phần", "partly accepted"),
    "verdict.rejected": ("không chấp nhận", "rejected"),
    "source.computed": ("tính từ số liệu", "computed from the figures"),
    "source.self": ("điểm tự chấm", "self-assessed points"),
    "source.none": ("chưa chấm", "not scored yet"),
    "source.not_assigned": ("không giao cho đơn vị này", "not assigned to this unit"),
    "source.missing": ("chưa nộp báo cáo: tính 0", "no submission yet: counts as 0"),
    # What the scoreboard warns about (it keeps scoring).
    "warning.tie_break_nothing": ("khoá phân định bằng điểm {key!r} không chỉ mục hay tiêu chí "
                                  "nào trong bảng của đơn vị nào; nó không phân định được ai",
                                  "tie-break key {key!r} names no section or criterion of any "
                                  "member's table; it separates nobody"),
    "warning.derive_failed": ("loại hội {type!r}: tính chỉ số dẫn xuất cho {member} bị lỗi "
                              "({error}){at}",
                              "type {type!r}: derived indicators failed for {member} "
                              "({error}){at}"),
    "warning.rule_failed": ("loại hội {type!r}: tiêu chí {code} ({rule}) bị lỗi ({error}); "
                            "tính 0 điểm",
                            "type {type!r}: criterion {code} ({rule}) failed ({error}); "
                            "it scores 0"),
    # Scores that cannot be entered for a criterion.
    "points.stage.self": ("tự chấm", "self"),
    "points.stage.verified": ("thẩm định", "verified"),
    "points.stage.explained": ("sau giải trình", "after the explanation"),
    "points.finer": ("điểm {stage} {value} có nhiều chữ số thập phân hơn độ chính xác {precision} "
                     "của đợt thi đua",
                     "{stage} score {value} has more decimals than the campaign's precision "
                     "{precision}"),
    "points.above": ("điểm {stage} {value} cao hơn điểm tối đa {max} của tiêu chí",
                     "{stage} score {value} is above the criterion's maximum {max}"),
    "points.below": ("điểm {stage} {value} thấp hơn điểm tối thiểu {min} của tiêu chí",
                     "{stage} score {value} is below the criterion's minimum {min}"),
    "points.judged_range": ("phải từ 0 đến {max}", "must be between 0 and {max}"),
    "points.judged_step": ("phải là bội số của {step}", "must be a multiple of {step}"),
}
