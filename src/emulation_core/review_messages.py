"""The message catalog's part for review steps added after the first: figures corrected
apart from a verification, the unit's explanation (giải trình) and the verifier's answer.

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
                            "vị", "{member}: no criterion {code} in the unit's table"),
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
}
