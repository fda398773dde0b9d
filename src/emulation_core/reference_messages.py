"""The message catalog's part for names that point at nothing: association types no plugin
provides, and references in the workspace's files to members, indicators, criteria,
campaigns, bands or years that are not there (or are there twice).

Merged into :data:`~emulation_core.messages.MESSAGES`; each key maps to ``(vi, en)``
templates with the same named placeholders; ``KEY.hint`` is what to do.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["REFERENCE_MESSAGES"]

REFERENCE_MESSAGES: Mapping[str, tuple[str, str]] = {
    # Association-type plugins.
    "plugin.broken": ("plugin của loại hội {type!r} bị lỗi: {error}",
                      "the plugin for type {type!r} is broken: {error}"),
    "plugin.not_allowed": ("không plugin nào cung cấp loại hội {type!r}; {variable} chỉ cho "
                           "nạp {allowed}",
                           "no plugin provides type {type!r}; {variable} restricts loading to "
                           "{allowed}"),
    "plugin.none_allowed": ("không có", "none"),
    "plugin.not_installed": ("chưa cài plugin nào cung cấp loại hội {type!r}; hãy cài "
                             "(xem 'emulation plugins list')",
                             "no installed plugin provides type {type!r}; install it "
                             "(see 'emulation plugins list')"),
    "workspace.type_missing": ("{reason}; {members} chỉ được chấm theo tiêu chí chung",
                               "{reason}; {members} scored on common criteria only"),
    # References in the workspace's files that point at nothing.
    "ref.not_member": ("{name!r} không phải đơn vị thành viên của khối",
                       "{name!r} is not a member of the bloc"),
    "ref.not_member.hint": ("{suggestion}", "{suggestion}"),
    "ref.did_you_mean": ("có phải là {name!r}?", "did you mean {name!r}?"),
    "ref.known.members": ("các đơn vị ở đây: {names}", "member ids here: {names}"),
    "ref.known.targets": ("các chỉ số có chỉ tiêu ở đây: {names}",
                          "indicators with targets here: {names}"),
    "ref.known.codes": ("các mã ở đây: {names}", "codes here: {names}"),
    "ref.known.types": ("các loại hội ở đây: {names}", "types here: {names}"),
    "ref.remove_it": ("hãy xoá dòng này", "remove it"),
    "ref.target_unknown": ("{key!r} không phải chỉ số trong các tiêu chí của đơn vị này",
                           "{key!r} is not an indicator of this member's criteria"),
    "ref.target_unknown.hint": ("{suggestion}", "{suggestion}"),
    "ref.target_unread": ("không tiêu chí nào của đơn vị này chấm theo chỉ tiêu {key!r}",
                          "no criterion of this member is scored against a target for {key!r}"),
    "ref.target_unread.hint": ("{suggestion}", "{suggestion}"),
    "ref.code_twice": ("{code!r} được ghi hai lần", "{code!r} is listed twice"),
    "ref.code_twice.hint": ("xoá một trong hai", "remove one of them"),
    "ref.code_not_for_type": ("tiêu chí {code} không áp dụng cho loại hội {type!r}",
                              "criterion {code} does not apply to type {type!r}"),
    "ref.code_not_for_type.hint": ("xoá đi: đơn vị này vốn không được chấm tiêu chí đó",
                                   "remove it: this member is not scored on it anyway"),
    "ref.code_unknown": ("{code!r} không phải tiêu chí hay mục nào trong bảng của đơn vị này",
                         "{code!r} is not a criterion or section of this member's table"),
    "ref.code_unknown.hint": ("{suggestion}", "{suggestion}"),
    "ref.previous_self": ("trỏ tới chính đợt thi đua này", "names this campaign itself"),
    "ref.previous_self.hint": ("ghi đợt liền trước đợt này, hoặc bỏ 'previous'",
                               "name the campaign before this one, or remove 'previous'"),
    "ref.previous_missing": ("không có đợt thi đua {name!r}", "campaign {name!r} does not exist"),
    "ref.previous_missing.hint": ("các đợt: {names}; hoặc bỏ 'previous'",
                                  "campaigns: {names}; or remove 'previous'"),
    "ref.previous_circle": ("các liên kết đi vòng tròn: {chain}",
                            "the links go round in a circle: {chain}"),
    "ref.previous_circle.hint": ("bỏ 'previous' ở một trong các đợt đó",
                                 "remove 'previous' from one of them"),
    "ref.applies_to": ("{type!r} không phải loại hội đã cài, cũng không phải loại của đơn vị nào",
                       "{type!r} is not an installed association type nor the type of a member"),
    "ref.applies_to.hint": ("{suggestion}", "{suggestion}"),
    "ref.adjustment_max": ("là {value}, nhưng tiêu chí cộng/trừ điểm chấm từ mức sàn {floor} "
                           "đến mức trần {ceiling}; max_points không được dùng",
                           "is {value}, but a bonus/deduction criterion scores from its floor "
                           "{floor} to its ceiling {ceiling}; max_points is not used"),
    "ref.adjustment_max.hint": ("bỏ max_points, hoặc đặt bằng mức trần {ceiling}",
                                "remove max_points, or set it to the ceiling {ceiling}"),
    "ref.indicator_twice": ("chỉ số {key!r} được khai báo hai lần",
                            "indicator {key!r} is declared twice"),
    "ref.indicator_twice.hint": ("xoá một trong hai", "remove one of them"),
    "ref.band_twice": ("mức xếp loại {key!r} được ghi hai lần", "band {key!r} is listed twice"),
    "ref.band_twice.hint": ("đặt cho mỗi mức một key riêng", "give each band its own key"),
    "ref.year_twice": ("năm {year} được ghi hai lần; chỉ lần đầu được tính",
                       "{year} is listed twice; only the first would count"),
    "ref.year_twice.hint": ("mỗi năm chỉ một trưởng khối và một phó khối",
                            "keep one lead and deputy per year"),
    "ref.deputy_is_lead": ("{name!r} cũng là trưởng khối năm này",
                           "{name!r} is also the lead this year"),
    "ref.deputy_is_lead.hint": ("chọn đơn vị khác làm phó khối, hoặc bỏ phó khối",
                                "choose another member as deputy, or remove the deputy"),
    "ref.schema_low": ("là {version}; phiên bản bắt đầu từ 1",
                       "is {version}; schema versions start at 1"),
    "ref.schema_low.hint": ("ghi 'schema_version = {newest}'",
                            "write 'schema_version = {newest}'"),
}
