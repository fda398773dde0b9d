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
    # members and the lead (emulation_core.roster): field of workspace.toml, then why
    "roster.unknown.hint": ("xem danh sách đơn vị bằng 'emulation member list'",
                            "see the members with 'emulation member list'"),
    "roster.type_unknown": ("'{type}' không phải loại hội đã cài", "'{type}' is not an "
                            "installed association type"),
    "roster.type_unknown.hint": ("các loại: {known}", "types: {known}"),
    "roster.bad_id": ("'{member}' {reason}", "'{member}' {reason}"),
    "roster.bad_id.hint": ("dùng mã như hoi-nha-bao", "use a slug such as hoi-nha-bao"),
    "roster.exists": ("đã có đơn vị '{member}'", "member '{member}' exists already"),
    "roster.exists.hint": ("chọn mã khác, hoặc dùng member edit",
                           "choose another id, or use member edit"),
    "roster.empty_name": ("để trống", "is empty"),
    "roster.empty_name.hint": ("ghi tên đầy đủ của đơn vị", "give the unit's full name"),
    "roster.not_member": ("'{member}' không phải đơn vị của khối",
                          "'{member}' is not a member of the bloc"),
    "roster.not_member.hint": ("các đơn vị: {known}", "members: {known}"),
    "roster.none_yet": ("chưa có", "none yet"),
    "roster.deputy_is_lead": ("Phó khối trùng Trưởng khối", "the deputy is the lead"),
    "roster.deputy_is_lead.hint": ("chọn đơn vị khác làm Phó khối",
                                   "choose another unit as deputy"),
    "roster.type_fixed": ("'{member}' có báo cáo đã chấm theo loại '{type}'; không đổi loại "
                          "được",
                          "'{member}' has submissions scored as type '{type}'; its type "
                          "cannot change"),
    "roster.has_data": ("'{member}' có báo cáo hoặc chỉ tiêu; xoá đơn vị bằng remove_member",
                        "'{member}' has submissions or targets; remove it with "
                        "remove_member"),
    # campaigns (emulation_core.campaigns): field of campaign.toml, then why
    "plan.end_before_start": ("ngày kết thúc {end} trước ngày bắt đầu {start}",
                              "{end} is before start {start}"),
    "plan.end_before_start.hint": ("kiểm tra các ngày của đợt thi đua",
                                   "check the campaign's dates"),
    "plan.deadline_before_start": ("hạn nộp {deadline} trước ngày bắt đầu {start}",
                                   "{deadline} is before start {start}"),
    "plan.deadline_before_start.hint": ("hạn nộp báo cáo phải sau ngày đợt thi đua bắt đầu",
                                        "the deadline for submissions falls after the "
                                        "campaign starts"),
    "plan.bad_id": ("'{campaign}' {reason}", "'{campaign}' {reason}"),
    "plan.bad_id.hint": ("dùng mã như 2026-6-thang", "use a slug such as 2026-6-thang"),
    "plan.exists": ("đã có đợt thi đua '{campaign}'", "campaign '{campaign}' exists already"),
    "plan.exists.hint": ("chọn mã khác, hoặc sửa bằng campaign edit",
                         "choose another id, or change it with campaign edit"),
    "plan.empty_title": ("để trống", "is empty"),
    "plan.empty_title.hint": ("đặt tên cho đợt thi đua", "give the campaign a title"),
    # registered content (emulation_core.registering): field is the member
    "register.not_registered": ("'{text}' không có trong nội dung {member} đăng ký",
                                "'{text}' is not registered by '{member}'"),
    "register.not_registered.hint": ("đã đăng ký: {registered}", "registered: {registered}"),
    "register.nothing_yet": ("chưa có gì", "nothing yet"),
    "register.empty_item": ("một mục để trống", "an item is empty"),
    "register.empty_item.hint": ("ghi nội dung đơn vị đăng ký",
                                 "write what the unit registers"),
    # a campaign folder whose name cannot be an id (emulation_core.loading)
    "plan.folder_name": ("tên thư mục đợt thi đua {reason}", "campaign folder name {reason}"),
    "plan.folder_name.hint": ("đổi tên thư mục", "rename the folder"),
    # targets or registrations for a unit that is not in the campaign
    "plan.not_taking_part": ("'{member}' không tham gia đợt thi đua này",
                             "'{member}' does not take part in this campaign"),
    "plan.not_taking_part.hint": ("các đơn vị tham gia: {members}", "members: {members}"),
}
