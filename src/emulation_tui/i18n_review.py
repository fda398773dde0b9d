"""The interface's strings for the review stage (merged into :data:`.i18n.CATALOG`):
review dialogs, corrections, explanations, history and who is acting. ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["REVIEW_CATALOG"]

REVIEW_CATALOG: Mapping[str, tuple[str, str]] = {
    # keys
    "key.send_back": ("trả lại bổ sung", "return for revision"),
    "key.lock": ("khoá đợt", "lock campaign"),
    "key.unlock": ("mở khoá đợt", "unlock campaign"),
    # the reason dialog
    "reason.label": ("Lý do:", "Reason:"),
    "reason.required": ("bắt buộc", "required"),
    "reason.optional": ("không bắt buộc", "optional"),
    "reason.hint": ("enter đồng ý · esc huỷ (không thay đổi gì)",
                    "enter confirm · esc cancel (nothing changes)"),
    "reason.empty": ("Phải ghi lý do.", "A reason is required."),
    "step.refused": ("Không thực hiện được", "Not done"),
    # submit, return, verify
    "submit.ask": ("Nộp báo cáo của {member}? Trạng thái: {status} → đã nộp.",
                   "Submit {member}'s report? Status: {status} → submitted."),
    "submit.received": ("Ngày nhận báo cáo được ghi là hôm nay.",
                        "Today is recorded as the date received."),
    "submit.received_kept": ("Ngày nhận vẫn là ngày nộp lần đầu.",
                             "The date received stays the first submission's."),
    "return.title": ("Trả lại báo cáo của {member} để bổ sung",
                     "Return {member}'s report for revision"),
    "return.what": ("Trạng thái: {old} → {new}. Đơn vị sửa rồi nộp lại.",
                    "Status: {old} → {new}. The unit revises it and submits again."),
    "return.not_submitted": ("Chỉ trả lại được báo cáo đã nộp hoặc đã thẩm định.",
                             "Only a submitted or verified report can be returned."),
    "return.done": ("Đã trả lại báo cáo của {member}: {reason}",
                    "{member}'s report is returned: {reason}"),
    "verify.corrections": ("Số liệu đã sửa (giữ bên cạnh số đơn vị báo cáo): {count}.",
                           "Corrected figures (kept beside the unit's): {count}."),
    "verify.done": ("Đã thẩm định báo cáo của {member}.", "{member}'s report is verified."),
    "verify.withdrawn": ("Báo cáo của {member} trở về đã nộp.",
                         "{member}'s report is back to submitted."),
    # lock, unlock
    "locking.title": ("Khoá đợt «{campaign}»", "Lock “{campaign}”"),
    "locking.waiting": ("Chưa khoá được: báo cáo chưa thẩm định của {members}.",
                     "Cannot lock yet: not verified: {members}."),
    "locking.what": ("{count} báo cáo → đã khoá; tổng điểm từng đơn vị được giữ lại; "
                  "mọi sửa đổi trong đợt bị từ chối cho đến khi mở khoá (kèm lý do).",
                  "{count} reports → locked; each unit's total is kept; every edit in the "
                  "campaign is refused until it is unlocked (with a reason)."),
    "locking.reason": ("Ghi chú (ví dụ: cuộc họp khối):", "Note (e.g. the bloc's meeting):"),
    "locking.done": ("Đã khoá đợt «{campaign}».", "“{campaign}” is locked."),
    "locking.already_ui": ("Đợt «{campaign}» đã khoá rồi.", "“{campaign}” is already locked."),
    "unlock.title": ("Mở khoá đợt «{campaign}»", "Unlock “{campaign}”"),
    "unlock.what": ("Các báo cáo trở về đã thẩm định và sửa được; việc mở khoá và lý do "
                    "được ghi vào nhật ký.",
                    "The reports go back to verified and can be edited; the unlock and its "
                    "reason go in the change log."),
    "unlock.not_locked": ("Đợt «{campaign}» chưa khoá.", "“{campaign}” is not locked."),
    "unlock.done": ("Đã mở khoá đợt «{campaign}»: {reason}",
                    "“{campaign}” is unlocked: {reason}"),
    # corrections on a submitted or verified report
    "correct.title": ("Sửa số liệu của {member}", "Correct {member}'s figure"),
    "correct.what": ("{label}: đơn vị báo cáo {reported}; sửa thành {value}. Số của đơn vị "
                     "vẫn giữ bên cạnh; điểm tính theo số đã sửa.",
                     "{label}: the unit reported {reported}; corrected to {value}. The "
                     "unit's figure is kept beside it; points use the corrected one."),
    "correct.back": ("{label}: bỏ số đã sửa {value}, dùng lại số đơn vị báo cáo {reported}.",
                     "{label}: take back the correction {value}; the unit's {reported} "
                     "counts again."),
    "correct.done": ("Đã sửa {label}: {reported} → {value} ({reason}).",
                     "{label} corrected: {reported} → {value} ({reason})."),
    "correct.removed": ("Đã bỏ số sửa của {label}; tính theo số đơn vị báo cáo.",
                        "{label}: correction taken back; the unit's figure counts."),
    "correct.kept": ("chưa sửa «{text}»: gõ số rồi Enter để sửa (cần lý do)",
                     "“{text}” not applied: type the figure and press Enter to correct it "
                     "(a reason is asked)"),
    "correct.hint": ("đơn vị báo cáo {reported}", "unit reported {reported}"),
    "correct.by": ("đã sửa: {reason}", "corrected: {reason}"),
    "correct.enter": ("Enter: sửa số (cần lý do)", "Enter: correct (reason asked)"),
    "reopened.warning": ("Báo cáo của {member} đã thẩm định bị sửa nên trở về 'đã nộp'; "
                         "cần thẩm định lại (phím v).",
                         "{member}'s verified report was edited, so it is back to "
                         "'submitted' and needs verifying again (key v)."),
    "locked.where": ("Đợt đã khoá: mọi sửa đổi bị từ chối. Mở khoá (phím u, kèm lý do) "
                     "nếu thật cần.",
                     "The campaign is locked: every edit is refused. Unlock it (key u, "
                     "with a reason) if you must."),
}
