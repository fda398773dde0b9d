"""Catalog entries for deliberation: cross-scoring, award proposals and ballots
(Vietnamese, English), merged into :data:`~emulation_core.messages.MESSAGES`."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["AWARD_MESSAGES"]

AWARD_MESSAGES: Mapping[str, tuple[str, str]] = {
    "cross.self": ("{scorer} không được chấm chính mình",
                   "{scorer} cannot score itself"),
    "cross.not_member": ("'{who}' không phải đơn vị tham gia đợt {campaign} (đơn vị: {known})",
                         "'{who}' is not a member unit in campaign {campaign} (members: "
                         "{known})"),
    "cross.not_assigned": ("{scorer} không được phân công chấm {member}; phân công trước "
                           "('emulation cross assign')",
                           "{scorer} is not assigned to score {member}; assign scorers first "
                           "('emulation cross assign')"),
    "cross.removed": ("{scorer} đã bị rút khỏi việc chấm chéo: điểm cũ vẫn lưu, không nhập "
                      "thêm được",
                      "{scorer} was removed from cross-scoring: its scores stay on record, "
                      "no new ones can be entered"),
    "cross.not_judged": ("{code} không phải tiêu chí chấm trực tiếp của {member} (tiêu chí "
                         "chấm chéo: {codes})",
                         "{code} is not a judged criterion of {member} (judged criteria: "
                         "{codes})"),
    "cross.points": ("điểm {code} của {member}: {reason}",
                     "{member}'s points for {code}: {reason}"),
    "cross.reason": ("cần ghi lý do", "a reason is needed"),
    "cross.lead_only": ("chỉ Trưởng khối được cho đơn vị chấm không tham gia chấm (hiện là "
                        "'{actor}'); chạy với --as lead:TÊN",
                        "only the bloc's lead recuses a scorer (acting as '{actor}'); run "
                        "with --as lead:NAME"),
    "cross.weight": ("trọng số {weight} phải từ 0 đến 1", "weight {weight} must be 0..1"),
}
