"""The interface's strings for the unit's explanation (giải trình) of a criterion and the
verifier's answer to it (merged into :data:`.i18n.CATALOG` through the review catalog).
``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["EXPLAIN_CATALOG"]

EXPLAIN_CATALOG: Mapping[str, tuple[str, str]] = {
    # keys
    "key.explain": ("giải trình tiêu chí", "explain the criterion"),
    "key.answer": ("trả lời giải trình", "answer the explanation"),
    # the unit's explanation
    "explain.title": ("Giải trình của {member} · {code}", "{member}'s explanation · {code}"),
    "explain.points": ("Tự chấm {claimed}; thẩm định {verified}; đang tính {counted}.",
                       "Claimed {claimed}; verified {verified}; counting {counted}."),
    "explain.what": ("Đơn vị giải trình vì sao điểm tự chấm đúng; trưởng khối trả lời "
                     "(phím a). Báo cáo đã thẩm định trở về 'đã nộp'.",
                     "The unit explains why its claim holds; the lead answers (key a). A "
                     "verified report goes back to 'submitted'."),
    "explain.label": ("Giải trình:", "Explanation:"),
    "explain.done": ("Đã ghi giải trình của {member} ở tiêu chí {code}.",
                     "{member}'s explanation of {code} is recorded."),
    "explain.not_submitted": ("Chỉ giải trình trên báo cáo đã nộp hoặc đã thẩm định.",
                              "An explanation goes on a submitted or verified report."),
    "explain.no_criterion": ("Hãy chọn một tiêu chí để giải trình.",
                             "Highlight a criterion to explain."),
    # the verifier's answer
    "answer.title": ("Trả lời giải trình của {member} · {code}",
                     "Answer {member}'s explanation · {code}"),
    "answer.explanation": ("Đơn vị giải trình: {text}", "The unit explains: {text}"),
    "answer.verdict": ("Kết luận:", "Verdict:"),
    "answer.verdict.accepted": ("Chấp nhận", "Accepted"),
    "answer.verdict.partly": ("Chấp nhận một phần", "Partly accepted"),
    "answer.verdict.rejected": ("Không chấp nhận", "Rejected"),
    "answer.text": ("Trả lời:", "Answer:"),
    "answer.points": ("Điểm sau giải trình:", "Points after it:"),
    "answer.points_hint": ("để trống: điểm đang tính giữ nguyên; tối đa {max}",
                           "leave empty: the points counting now stay; at most {max}"),
    "answer.hint": ("tab chuyển ô · enter ở ô cuối hoặc ctrl+s lưu · esc huỷ",
                    "tab next field · enter in the last field or ctrl+s saves · esc cancels"),
    "answer.empty": ("Phải ghi câu trả lời.", "An answer is required."),
    "answer.no_explanation": ("Tiêu chí này chưa có giải trình của đơn vị (phím e).",
                              "This criterion has no explanation from the unit yet (key e)."),
    "answer.done": ("Đã trả lời giải trình {code} của {member}: {verdict}.",
                    "{member}'s explanation of {code} answered: {verdict}."),
    # the criterion's detail
    "explain.note": ("Giải trình: {text}", "Explanation: {text}"),
    "answer.note": ("Trả lời: {text}", "Answer: {text}"),
    "answer.note_verdict": ("Trả lời ({verdict}): {text}", "Answer ({verdict}): {text}"),
    "answer.note_points": ("Điểm sau giải trình: {points} (đang tính)",
                           "Points after the explanation: {points} (they count)"),
}
