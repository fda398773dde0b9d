"""The message catalog's part for submissions under review: steps refused, figures corrected
apart from a verification, the unit's explanation (giải trình) and the verifier's answer,
and campaigns locked after the bloc's meeting.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["REVIEW_MESSAGES"]

REVIEW_MESSAGES: Mapping[str, tuple[str, str]] = {
    "review.correct_status": ("{member}: chỉ sửa số liệu của báo cáo đã nộp hoặc đã thẩm "
                              "định (báo cáo đang '{status}')",
                              "{member}: only a submitted or verified report's figures are "
                              "corrected (this one is '{status}')"),
    "review.no_indicator": ("{member}: không có chỉ số {key} (các chỉ số: {known})",
                            "{member}: reports no indicator {key} (its indicators: {known})"),
    "review.no_criterion": ("{member}: không có tiêu chí {code} trong bảng tiêu chí của đơn "
                            "vị (các tiêu chí: {codes})",
                            "{member}: no criterion {code} in the unit's table (its criteria: "
                            "{codes})"),
    "review.explain_status": ("{member}: chỉ giải trình trên báo cáo đã nộp hoặc đã thẩm định "
                              "(báo cáo đang '{status}')",
                              "{member}: an explanation goes on a submitted or verified report "
                              "(this one is '{status}')"),
    "review.explanation_needed": ("{member}: giải trình tiêu chí {code} không được để trống",
                                  "{member}: the explanation of criterion {code} is empty"),
    "review.no_explanation": ("{member}: tiêu chí {code} chưa có giải trình của đơn vị để "
                              "trả lời", "{member}: criterion {code} has no explanation from "
                              "the unit to answer"),
    "review.answer_needed": ("{member}: trả lời giải trình tiêu chí {code} không được để "
                             "trống", "{member}: the answer on criterion {code} is empty"),
    # Submissions under review, and locked campaigns.
    "review.illegal": ("{member}: không thể chuyển từ '{old}' sang '{new}' (được phép: "
                       "{allowed})",
                       "{member}: cannot go from '{old}' to '{new}' (allowed: {allowed})"),
    "review.lock_only": ("{member}: chỉ khoá hoặc mở khoá cả đợt thi đua "
                         "('emulation lock', 'emulation unlock')",
                         "{member}: only the whole campaign is locked or unlocked "
                         "('emulation lock', 'emulation unlock')"),
    "review.reason_needed": ("{member}: trả lại để bổ sung phải ghi lý do",
                             "{member}: returning a submission needs a reason"),
    "review.correction_reason": ("{member}: sửa số liệu {key} phải ghi lý do",
                                 "{member}: correcting {key} needs a reason"),
    "review.correction_pair": ("mỗi số liệu sửa cần một cặp (giá trị, lý do)",
                               "each corrected figure needs a (value, reason) pair"),
    "review.correction_pair.hint": ("ví dụ {{\"new_coops\": (Decimal(\"38\"), \"2 HTX chưa có "
                                    "giấy chứng nhận\")}}",
                                    "e.g. {{\"new_coops\": (Decimal(\"38\"), \"2 certificates "
                                    "missing\")}}"),
    "review.no_submission": ("{member}: chưa có báo cáo trong đợt {campaign}; nhập số liệu "
                             "trước ('emulation values set')",
                             "{member}: no submission in {campaign}; enter its figures first "
                             "('emulation values set')"),
    "review.reopened": ("{member}: báo cáo đã thẩm định bị sửa nên trở lại 'đã nộp'; cần "
                        "thẩm định lại",
                        "{member}: a verified submission was edited, so it is back to "
                        "'submitted' and needs verifying again"),
    "lock.refused": ("đợt {campaign} đã khoá sau cuộc họp khối: không sửa được; mở khoá "
                     "('emulation unlock', kèm lý do) nếu thật cần",
                     "campaign {campaign} is locked after the bloc's meeting: nothing in it "
                     "can change; unlock it ('emulation unlock', with a reason) if you must"),
    "lock.not_verified": ("đợt {campaign} chưa khoá được: báo cáo của {members} chưa thẩm "
                          "định",
                          "campaign {campaign} cannot be locked: {members} not verified yet"),
    "lock.already": ("đợt {campaign} đã khoá rồi", "campaign {campaign} is already locked"),
    "lock.not_locked": ("đợt {campaign} chưa khoá", "campaign {campaign} is not locked"),
    "lock.reason_needed": ("mở khoá đợt {campaign} phải ghi lý do",
                           "unlocking campaign {campaign} needs a reason"),
}
