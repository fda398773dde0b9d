"""The interface's strings for the scoring screen: totals, rules and how a score is reached,
figures typed and refused, implausible figures, undo, submitting and verifying (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SCORING_CATALOG"]

SCORING_CATALOG: Mapping[str, tuple[str, str]] = {
    "submit.not_draft": ("Chỉ nộp được báo cáo nháp hoặc bị trả lại bổ sung.",
                         "Only a draft or a returned report can be submitted."),
    "submit.done": ("Đã nộp báo cáo của {member}.", "{member}'s report is submitted."),
    "verify.not_submitted": ("Báo cáo chưa nộp: nộp (phím s) rồi mới thẩm định.",
                             "The report is not submitted yet: submit it (key s) first."),
    "edit.locked": ("Hồ sơ đã khoá: không sửa được.", "This submission is locked."),
    "score.total": ("Tổng {total}/{max}", "Total {total}/{max}"),
    "score.rank": ("hạng {rank}/{of}", "rank {rank}/{of}"),
    "score.self_total": ("tự chấm {total}", "self {total}"),
    "score.adjust": ("thưởng {bonus} · trừ {minus}", "bonus {bonus} · minus {minus}"),
    "score.rule": ("Quy tắc: {rule}", "Rule: {rule}"),
    "score.why": ("Cách tính: {why} → tính được {computed}; tính điểm: {points} ({source})",
                  "How: {why} → computed {computed}; counts {points} ({source})"),
    "score.why.entered": ("Cách tính: {why}; tính điểm: {points} ({source})",
                          "How: {why}; counts {points} ({source})"),
    "score.why.none": ("Cách tính: {why}", "How: {why}"),
    "score.target": ("chỉ tiêu {target}", "target {target}"),
    "score.corrected": ("đơn vị báo cáo số trên; thẩm định sửa thành {value} ({reason}), "
                        "tính điểm theo số đã sửa",
                        "the unit reported the figure above; verified as {value} ({reason}), "
                        "the points use the corrected figure"),
    "score.section_hint": ("Chọn một tiêu chí (↑↓) để xem quy tắc và nhập số liệu.",
                           "Pick a criterion (↑↓) to see its rule and enter figures."),
    "field.self": ("Tự chấm", "Self points"),
    "field.verified": ("Thẩm định", "Verified points"),
    "field.reason": ("Lý do điều chỉnh", "Reason"),
    "field.evidence": ("Minh chứng", "Evidence"),
    "read.as": ("đọc là {value}: {words}", "read as {value}: {words}"),
    "err.negative": ("không được âm", "may not be negative"),
    "err.points": ("chỉ nhận từ {low} đến {high}, bước {step}",
                   "allowed: {low} to {high} in steps of {step}"),
    "err.reason": ("cần ghi lý do khi điểm thẩm định khác điểm tự chấm",
                   "give a reason when verified points differ"),
    "doubt.yes_no": ("⚠ ô có/không chỉ nhận 0 hoặc 1, đây là {value}",
                     "⚠ a yes/no field takes 0 or 1, this is {value}"),
    "doubt.target": ("⚠ gấp {times} lần chỉ tiêu {target} — kiểm tra lại",
                     "⚠ {times} times the target {target} — check it"),
    "doubt.part": ("⚠ lớn hơn {whole} ({value}) — kiểm tra lại",
                   "⚠ more than {whole} ({value}) — check again"),
    "doubt.whole": ("⚠ nhỏ hơn {part} ({value}) — kiểm tra lại",
                    "⚠ fewer than {part} ({value}) — check again"),
    "doubt.others": ("⚠ cao hơn nhiều so với các đơn vị khác (cao nhất {highest})",
                     "⚠ far above the other units (highest {highest})"),
    "entry.was": ("trước: {value}", "was: {value}"),
    "entry.kept": ("không nhận «{text}», giữ {value}", "“{text}” refused, kept {value}"),
    "entry.empty": ("(trống)", "(empty)"),
    "entry.where": ("Nhấn Enter để nhập số liệu.", "Press Enter to enter figures."),
    "undo.nothing": ("Không còn gì để hoàn tác.", "Nothing to undo."),
    "undo.other": ("Đã hoàn tác thay đổi của {member}.", "Undid a change to {member}."),
    "verify.missing": ("Đơn vị chưa nộp báo cáo: chưa thẩm định được.",
                       "No submission yet: nothing to verify."),
    "verify.ask": ("Đánh dấu hồ sơ {member} đã thẩm định? Tổng {total} · {rating}",
                   "Mark {member} as verified? Total {total} · {rating}"),
    "verify.undo": ("Bỏ đánh dấu đã thẩm định của {member} (trở về đã nộp)?",
                    "Return {member} from verified to submitted?"),
    "verify.reasons.title": ("Thiếu lý do điều chỉnh", "Reasons missing"),
    "verify.reasons": ("Các tiêu chí có điểm thẩm định khác điểm tự chấm cần ghi lý do "
                       "trước khi thẩm định xong: {codes}",
                       "These criteria have verified points that differ from the claimed "
                       "ones; give a reason before marking verified: {codes}"),
}
