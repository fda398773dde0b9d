"""The interface's strings for saving: save states, refused saves, reading the workspace again and
the conflicts it asks about, unsaved changes on quitting (merged into :data:`.i18n.CATALOG`).
``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SAVING_CATALOG"]

SAVING_CATALOG: Mapping[str, tuple[str, str]] = {
    "save.done": ("Đã lưu.", "Saved."),
    "save.failed": ("Chưa lưu được hồ sơ {member}", "Could not save {member}"),
    "save.stale": ("Hồ sơ của {member} vừa bị chương trình khác sửa trên đĩa. Để không ghi đè, "
                   "thay đổi của bạn chưa được lưu. Đọc lại sổ từ đĩa rồi áp dụng lại các thay "
                   "đổi chưa lưu? Chỗ nào cả hai bên cùng sửa, bạn sẽ được hỏi giữ số nào.",
                   "{member}'s file was changed on disk by another program. To avoid "
                   "overwriting it, your change was not saved. Read the workspace again and "
                   "re-apply your unsaved changes? Where both sides changed the same figure, "
                   "you choose which to keep."),
    "reload.yes": ("Đọc lại và áp dụng", "Reload and re-apply"),
    "reload.no": ("Để sau", "Not now"),
    "reload.reading": ("Đang đọc lại sổ từ đĩa…", "Reading the workspace again…"),
    "reload.done": ("Đã đọc lại sổ; áp dụng lại {edits} hồ sơ chưa lưu.",
                    "Workspace read again; {edits} unsaved submissions re-applied."),
    "reload.failed": ("Không đọc lại được sổ", "Could not read the workspace again"),
    "conflict.title": ("{member}: «{what}» bị sửa ở cả hai nơi — giữ số nào?",
                       "{member}: “{what}” was changed in both places — which to keep?"),
    "conflict.mine": ("Số bạn vừa nhập: {value}", "What you typed: {value}"),
    "conflict.theirs": ("Số đang có trên đĩa: {value}", "What is on disk: {value}"),
    "key.reload": ("đọc lại từ đĩa", "reload from disk"),
    "save.pending_failed": ("Còn thay đổi chưa lưu được; sửa lỗi đó trước.",
                            "Some changes could not be saved; fix that first."),
    "state.saved": ("● đã lưu", "● saved"),
    "state.pending": ("◐ đang chờ lưu", "◐ saving soon"),
    "state.failed": ("⚠ chưa lưu được", "⚠ not saved"),
    "quit.unsaved": ("Có thay đổi chưa lưu được. Vẫn thoát và bỏ các thay đổi đó?",
                     "Some changes could not be saved. Quit anyway and lose them?"),
    "quit.anyway": ("Thoát", "Quit"),
    "quit.stay": ("Ở lại", "Stay"),
}
