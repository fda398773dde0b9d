"""The interface's strings for the history screen and for who is acting (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["HISTORY_CATALOG"]

HISTORY_CATALOG: Mapping[str, tuple[str, str]] = {
    # keys
    "key.history": ("lịch sử tiêu chí", "criterion history"),
    "key.member_history": ("lịch sử đơn vị", "unit history"),
    "key.whoami": ("bạn là ai", "who you are"),
    # the history screen
    "history.title.criterion": ("Lịch sử {code} · {member}", "History of {code} · {member}"),
    "history.title.member": ("Lịch sử {member}", "History of {member}"),
    "history.when": ("Lúc", "When"),
    "history.who": ("Người", "Who"),
    "history.what": ("Nội dung", "What"),
    "history.change": ("Cũ → mới", "Old → new"),
    "history.reason": ("Lý do", "Reason"),
    "history.none": ("Chưa có thay đổi nào trong nhật ký.", "No changes in the log yet."),
    "history.count": ("{count} thay đổi", "{count} changes"),
    "history.broken": ("Nhật ký hỏng, chỉ đọc được đến đây: {where}",
                       "The change log is broken; it reads only up to here: {where}"),
    "history.no_criterion": ("Hãy chọn một tiêu chí.", "Highlight a criterion first."),
    "history.hint": ("esc quay lại", "esc back"),
    "history.detail.reason": ("Lý do: {reason}", "Reason: {reason}"),
    "history.detail.no_reason": ("(không ghi lý do)", "(no reason given)"),
    # who is acting
    "actor.role.lead": ("Trưởng khối", "lead"),
    "actor.role.deputy": ("Phó khối", "deputy"),
    "actor.role.member": ("đơn vị thành viên", "member unit"),
    "actor.role.outside": ("ngoài chương trình", "outside"),
    "actor.role.unstated": ("chưa rõ vai trò", "role unstated"),
    "actor.header": ("Bạn: {actor}", "You: {actor}"),
    "whoami.title": ("Bạn là ai", "Who you are"),
    "whoami.name": ("Họ tên:", "Name:"),
    "whoami.role": ("Vai trò:", "Role:"),
    "whoami.hint": ("enter lưu · esc huỷ", "enter save · esc cancel"),
    "whoami.empty": ("Phải ghi họ tên.", "A name is required."),
    "whoami.saved": ("Từ giờ nhật ký ghi: {actor} (lưu ở {path})",
                     "From now on the log records: {actor} (saved in {path})"),
}
