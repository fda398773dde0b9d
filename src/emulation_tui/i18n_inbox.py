"""The interface's strings for the workspace's ``forms/`` folder, where the filled forms
that come back are put to be imported (made by the program, never by hand); merged into
:data:`~emulation_tui.i18n.CATALOG`. ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["INBOX_CATALOG"]

INBOX_CATALOG: Mapping[str, tuple[str, str]] = {
    "inbox.made": ("Đã tạo thư mục {path} để nhận biểu mẫu đã điền: chép các tệp nhận lại "
                   "vào đó rồi bấm {button}.",
                   "Made the folder {path} for the filled forms: copy the files that come "
                   "back into it, then press {button}."),
    "inbox.refused": ("Không tạo được thư mục {name}/ trong sổ: {reason}",
                      "Could not make the folder {name}/ in the workspace: {reason}"),
    "inbox.members": ("Nhận lại thì chép vào {inbox} rồi nhập (ctrl+p, 'nhập biểu mẫu').",
                      "Copy the filled ones into {inbox} and import them (ctrl+p, 'import "
                      "member forms')."),
    "inbox.scorers": ("Nhận lại thì chép vào {inbox} rồi nhấn i trên màn hình chấm chéo.",
                      "Copy the filled ones into {inbox}, then press i on the cross-scoring "
                      "screen."),
}
