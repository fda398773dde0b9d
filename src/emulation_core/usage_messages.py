"""The message catalog's part for the command line's usage errors: options that go together
or exclude each other, a date and time, a member or campaign the command needs.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders. The command says them in the language of its
errors (``--lang``, else ``$EMULATION_LANG``, else English).
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["USAGE_MESSAGES"]

USAGE_MESSAGES: Mapping[str, tuple[str, str]] = {
    "usage.needs_award_reason": ("{flag} cần --award GIẢI_THƯỞNG và --reason LÝ_DO",
                                 "{flag} needs --award AWARD and --reason TEXT"),
    "usage.hands_names_voters": ("biểu quyết giơ tay ghi tên người biểu quyết: dùng --for/"
                                 "--against/--abstain, không dùng số phiếu",
                                 "a show of hands names the voters: use --for/--against/"
                                 "--abstain, not the counts"),
    "usage.secret_counts_only": ("bỏ phiếu kín chỉ ghi số phiếu: dùng --for-count, "
                                 "--against-count, --abstain-count",
                                 "a secret ballot gives counts only: use --for-count, "
                                 "--against-count, --abstain-count"),
    "usage.meeting_at": ("--at {value}: ghi ngày giờ theo dạng YYYY-MM-DDTHH:MM, "
                         "ví dụ 2018-12-28T08:00",
                         "--at {value}: write the date and time as YYYY-MM-DDTHH:MM, "
                         "e.g. 2018-12-28T08:00"),
    "usage.cross_config": ("cross config: cho --method, --mode hoặc --weight",
                           "cross config: give --method, --mode or --weight"),
    "usage.not_a_member": ("-m {member}: không phải đơn vị của khối (các đơn vị: {known})",
                           "-m {member}: not a member of the bloc (members: {known})"),
    "usage.no_campaign": ("{path}: sổ chưa có đợt thi đua nào",
                          "{path}: the workspace has no campaign yet"),
    "usage.typed": ("{where}: {reason}; {hint}", "{where}: {reason}; {hint}"),
    "usage.since": ("--since: '{text}' không phải ngày; viết 2026-03-01 hoặc 2026-03-01T08:30",
                    "--since: '{text}' is not a date; write it as 2026-03-01 or "
                    "2026-03-01T08:30"),
}
