"""The interface's strings for campaigns as the dashboard shows them: choosing one, periods,
deadlines, the dashboard's lines (merged into :data:`.i18n.CATALOG`). ``(vi, en)`` each."""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["CAMPAIGNS_CATALOG"]

CAMPAIGNS_CATALOG: Mapping[str, tuple[str, str]] = {
    "campaign.none": ("Sổ này chưa có đợt thi đua nào.", "This workspace has no campaign yet."),
    "campaign.pick": ("Chọn đợt thi đua", "Choose a campaign"),
    "period.mid_year": ("Sơ kết 6 tháng", "Mid-year review"),
    "period.year_end": ("Tổng kết năm", "Year-end review"),
    "period.custom": ("Đợt", "Period"),
    "deadline": ("hạn nộp {date} ({left})", "due {date} ({left})"),
    "deadline.left": ("còn {days} ngày", "{days} days left"),
    "deadline.today": ("hôm nay", "today"),
    "deadline.over": ("quá hạn {days} ngày", "{days} days overdue"),
    "deadline.past": ("đã qua hạn", "past"),
    "dash.lead": ("Trưởng khối {year}: {name}", "Lead {year}: {name}"),
    "dash.no_campaign": ("Chưa có đợt thi đua: nhấn C rồi n để tạo đợt "
                         "(hoặc ctrl+p, gõ 'tạo đợt').",
                         "No campaign yet: press C then n to create one "
                         "(or ctrl+p, 'new campaign')."),
    "dash.verified": ("Đã thẩm định", "Verified"),
}
