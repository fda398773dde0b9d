"""The message catalog's part for setting the bloc up and saying who works on it: the
person's identity (``--as``, ``identity.toml``), removing a member, award rule sets and the
cross-scoring assignment.

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["SETUP_MESSAGES"]

SETUP_MESSAGES: Mapping[str, tuple[str, str]] = {
    # who is working (emulation_core.actor)
    "who.role": ("{where}: '{text}' không phải vai trò; dùng một trong {choices}",
                   "{where}: '{text}' is not a role; use one of {choices}"),
    "who.empty_name": ("{where}: chưa có tên; viết TÊN hoặc VAI_TRÒ:TÊN, ví dụ "
                         "'lead:Nguyễn Văn An'",
                         "{where}: the name is empty; write NAME or ROLE:NAME, e.g. "
                         "'lead:Nguyễn Văn An'"),
    "who.not_choosable": ("vai trò '{role}' không chọn được; dùng lead, deputy hoặc member",
                            "role: '{role}' cannot be chosen; use lead, deputy or member"),
    "who.no_name": ("chưa có tên; ghi họ tên người làm việc, ví dụ Nguyễn Văn An",
                      "name: empty; write the person's name, e.g. Nguyễn Văn An"),
    "identity.unreadable": ("{path}: không đọc được ({reason}); sửa hoặc xoá tệp này",
                            "{path}: cannot be read ({reason}); fix or delete it"),
    "identity.no_name": ("{path}: thiếu name; ghi name = \"Nguyễn Văn An\"",
                         "{path}: name: missing; write name = \"Nguyễn Văn An\""),
    "identity.role": ("{path}: role: ghi role = \"lead\", \"deputy\" hoặc \"member\"",
                      "{path}: role: write role = \"lead\", \"deputy\" or \"member\""),
    # members (emulation_core.editing)
    "roster.unknown": ("khối không có đơn vị '{member}'", "no member '{member}' in the bloc"),
    "roster.leads": ("'{member}' là Trưởng khối hoặc Phó khối năm {years}; chọn đơn vị khác "
                     "cho những năm đó trước",
                     "'{member}' is lead or deputy in {years}; choose someone else for "
                     "those years first"),
    # award rule sets (emulation_core.awardrules)
    "ruleset.bad_id": ("bộ quy tắc '{rule_set}': tên {reason}",
                       "rule set '{rule_set}' {reason}"),
    "ruleset.unknown": ("không có bộ quy tắc '{rule_set}' (có sẵn: {known}); ghi "
                        "{folder}/{rule_set}.toml trong sổ hoặc chọn một bộ có sẵn",
                        "no rule set '{rule_set}' (known: {known}); write "
                        "{folder}/{rule_set}.toml in the workspace or choose a known one"),
    # the cross-scoring assignment (emulation_core.crossassign)
    "crossassign.twice": ("một đơn vị được kê hai lần; kê mỗi đơn vị một lần",
                          "a member is listed twice; list each member once"),
    "crossassign.each": ("không thể để mỗi đơn vị chấm {each} đơn vị khi khối có {count} đơn "
                         "vị: chọn từ 1 đến {most}",
                         "{each} scorers each is not possible with {count} members: "
                         "choose 1 to {most}"),
}
