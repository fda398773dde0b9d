"""The interface's strings for the members screen and the member form (merged into
:data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["MEMBERS_CATALOG"]

MEMBERS_CATALOG: Mapping[str, tuple[str, str]] = {
    "member.id_taken": ("Mã {id} đã có đơn vị khác dùng.", "Id {id} is already used."),
    "member.lead_not_deputy": ("Trưởng khối không đồng thời là phó khối.",
                               "The lead cannot also be the deputy."),
    "members.title": ("Đơn vị thành viên · {bloc}", "Member units · {bloc}"),
    "members.count": ("{count} đơn vị", "{count} units"),
    "members.not_saved": ("Chưa lưu được", "Not saved"),
    "members.added": ("Đã thêm {name}; đơn vị tham gia các đợt thi đua tạo từ nay.",
                      "Added {name}; it takes part in campaigns created from now on."),
    "members.saved": ("Đã lưu {name}.", "Saved {name}."),
    "members.removed": ("Đã xoá {name}.", "Removed {name}."),
    "members.remove_ask": ("Xoá đơn vị {name} khỏi khối?", "Remove {name} from the bloc?"),
    "members.remove_data": ("Dữ liệu của đơn vị cũng bị xoá theo:",
                            "The unit's data goes with it:"),
    "members.data.submission": ("báo cáo ({status})", "submission ({status})"),
    "members.data.targets": ("chỉ tiêu đăng ký", "registered targets"),
    "members.data.not_assigned": ("tiêu chí không giao", "criteria not assigned"),
    "members.data.more": ("và {count} đợt khác", "and {count} more campaigns"),
    "members.remove_final": ("Không hoàn tác được.", "This cannot be undone."),
    "members.not_removed": ("Không xoá được {name}", "{name} was not removed"),
    "members.lead_set": ("{name} là trưởng khối năm {year}.", "{name} is the lead for {year}."),
    "members.deputy_set": ("{name} là phó khối năm {year}.",
                           "{name} is the deputy for {year}."),
    "role.lead": ("Trưởng khối {year}", "Lead {year}"),
    "role.deputy": ("Phó khối {year}", "Deputy {year}"),
    "form.add": ("Thêm đơn vị", "Add a unit"),
    "form.edit": ("Sửa đơn vị", "Edit unit"),
    "form.name": ("Tên đơn vị", "Name"),
    "form.short": ("Tên ngắn", "Short name"),
    "form.id": ("Mã (tên tệp)", "Id (file name)"),
    "form.type": ("Loại hội", "Type"),
    "form.type.pick": ("Chọn loại hội", "Pick a type"),
    "form.err.name": ("Nhập tên đơn vị.", "Enter the unit's name."),
    "form.err.id": ("Mã chỉ gồm chữ thường a-z, số, '-' hoặc '_' (tối đa 64).",
                    "The id takes lowercase a-z, digits, '-' or '_' (64 at most)."),
    "form.err.type": ("Chọn loại hội.", "Pick a type."),
}
