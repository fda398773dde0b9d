"""The interface's strings for leaving a screen or a form with esc (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LEAVING_CATALOG"]

LEAVING_CATALOG: Mapping[str, tuple[str, str]] = {
    "leave.typed": ("Bỏ những gì đã gõ trong biểu mẫu này?",
                    "Discard what you typed in this form?"),
    "leave.discard": ("Bỏ", "Discard"),
    "leave.keep": ("Tiếp tục sửa", "Keep editing"),
    "leave.correction": ("Bỏ lý do đã gõ? Số liệu sửa không được ghi, ô trở lại số cũ.",
                         "Discard the reason you typed? The correction is not made and the "
                         "field goes back to its figure."),
}
