"""The interface's names for every kind of change the change log records (merged into
:data:`.i18n.CATALOG` as ``history.kind.<kind>``), shown in the history's "what" column.
``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CHANGE_KIND_CATALOG", "CHANGE_KIND_NAMES"]

CHANGE_KIND_NAMES: Mapping[str, tuple[str, str]] = {
    # the bloc and its members
    "bloc.created": ("lập sổ thi đua của khối", "bloc's workspace created"),
    "bloc.setting": ("thông tin khối", "bloc setting"),
    "member.added": ("thêm đơn vị", "unit added"),
    "member.changed": ("sửa đơn vị", "unit edited"),
    "member.removed": ("xoá đơn vị", "unit removed"),
    "leadership.changed": ("trưởng/phó khối", "lead/deputy"),
    # campaigns and their criteria tables
    "campaign.created": ("tạo đợt thi đua", "campaign created"),
    "campaign.setting": ("thiết lập đợt", "campaign setting"),
    "campaign.locked": ("khoá đợt", "campaign locked"),
    "campaign.unlocked": ("mở khoá đợt", "campaign unlocked"),
    "criterion.added": ("thêm tiêu chí", "criterion added"),
    "criterion.changed": ("sửa tiêu chí", "criterion edited"),
    "criterion.removed": ("xoá tiêu chí", "criterion removed"),
    "criterion.moved": ("chuyển tiêu chí sang mục khác", "criterion moved to another section"),
    "criteria.reordered": ("đổi thứ tự", "order changed"),
    "indicator.added": ("thêm chỉ số", "indicator added"),
    "indicator.changed": ("sửa chỉ số", "indicator edited"),
    "indicator.removed": ("xoá chỉ số", "indicator removed"),
    # targets and registrations
    "target.set": ("chỉ tiêu", "target"),
    "no_target.changed": ("đăng ký không có chỉ tiêu", "registered no target"),
    "not_assigned.changed": ("tiêu chí không giao", "criteria not assigned"),
    "registration.added": ("đăng ký thêm nội dung", "content registered"),
    "registration.removed": ("bỏ nội dung đăng ký", "registered content removed"),
    "registration.signed": ("ngày ký giao ước", "agreement signed"),
    # submissions and their review
    "submission.created": ("lập báo cáo", "report started"),
    "submission.deleted": ("xoá báo cáo", "report deleted"),
    "submission.status": ("trạng thái báo cáo", "report status"),
    "submission.submitted_at": ("ngày nhận báo cáo", "date received"),
    "submission.value": ("số liệu", "figure"),
    "submission.correction": ("sửa số liệu", "correction"),
    "submission.self": ("điểm tự chấm", "self points"),
    "submission.verified": ("điểm thẩm định", "verified points"),
    "submission.reason": ("lý do thẩm định", "verifier's reason"),
    "submission.evidence": ("minh chứng", "evidence"),
    "submission.explanation": ("giải trình của đơn vị", "unit's explanation"),
    "submission.answer": ("trả lời giải trình", "answer to the explanation"),
    "submission.verdict": ("kết luận giải trình", "verdict on the explanation"),
    "submission.explained": ("điểm sau giải trình", "points after explanation"),
    # deliberation
    "cross.assigned": ("phân công chấm chéo", "cross-scorers assigned"),
    "cross.score": ("điểm chấm chéo", "cross-score"),
    "cross.abstained": ("không chấm chéo", "cross-score abstained"),
    "cross.recused": ("rút khỏi chấm chéo", "cross-scorer recused"),
    "cross.scorer_removed": ("bỏ người chấm chéo", "cross-scorer removed"),
    "cross.setting": ("thiết lập chấm chéo", "cross-scoring setting"),
    "awards.setting": ("thiết lập khen thưởng", "awards setting"),
    "awards.override": ("điều chỉnh đề nghị khen", "award proposal overridden"),
    "awards.meeting": ("cuộc họp bình xét", "deliberation meeting"),
    "awards.ballot": ("biểu quyết", "ballot"),
    # the record itself
    "baseline": ("bắt đầu nhật ký", "change log starts"),
    "file.outside": ("tệp sửa ngoài chương trình", "file changed outside the program"),
    "files.written": ("ghi tệp", "files written"),
}

CHANGE_KIND_CATALOG: Mapping[str, tuple[str, str]] = {
    f"history.kind.{kind}": names for kind, names in CHANGE_KIND_NAMES.items()}
