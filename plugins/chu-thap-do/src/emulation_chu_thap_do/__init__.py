"""Red Cross (Hội Chữ thập đỏ): core-task criteria worth 50 points.

Funds are reported as cash and as goods valued in VND; the ``derive`` hook adds the two
into ``ctd_funds_total_vnd``, the figure the funds criterion scores against its target.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from emulation_core import (
    API_VERSION,
    AssociationType,
    Criterion,
    Indicator,
    JudgedRule,
    PerOccurrenceRule,
    RelativeRule,
    Section,
    TargetRule,
    YesNoRule,
)

__all__ = ["ASSOCIATION_TYPE", "SAMPLE_VALUES", "derive"]

INDICATORS = (
    Indicator("ctd_blood_units", "Đơn vị máu tiếp nhận", "Blood units collected",
              "đơn vị", integer=True),
    Indicator("ctd_funds_cash_vnd", "Tiền mặt vận động cho công tác nhân đạo",
              "Humanitarian funds mobilised in cash", "đồng"),
    Indicator("ctd_funds_in_kind_vnd", "Hàng hóa vận động, quy ra tiền",
              "Humanitarian goods mobilised, valued", "đồng"),
    Indicator("ctd_funds_total_vnd", "Tổng giá trị vận động nhân đạo",
              "Total humanitarian resources mobilised", "đồng"),
    Indicator("ctd_houses_built", "Nhà nhân đạo xây mới, sửa chữa",
              "Humanitarian houses built or repaired", "căn", integer=True),
    Indicator("ctd_free_clinics", "Đợt khám bệnh, cấp thuốc miễn phí",
              "Free clinics and medicine drives", "đợt", integer=True),
    Indicator("ctd_relief_operations", "Đợt cứu trợ, ứng phó thảm họa",
              "Disaster relief operations", "đợt", integer=True),
    Indicator("ctd_disaster_plan_issued", "Ban hành kế hoạch ứng phó thảm họa (1 = có)",
              "Disaster-response plan issued (1 = yes)", "có/không", integer=True),
    Indicator("ctd_humanitarian_addresses", "Địa chỉ nhân đạo được kết nối, hỗ trợ",
              "Humanitarian addresses connected and supported", "địa chỉ", integer=True),
)

SECTION = Section(
    "chu-thap-do",
    "Thực hiện nhiệm vụ chuyên môn của Hội Chữ thập đỏ",
    (
        Criterion("1", "Vận động hiến máu tình nguyện", Decimal(12),
                  TargetRule("ctd_blood_units", over_share=Decimal("0.2")),
                  "Voluntary blood donation (20% of the points for over-achievement)",
                  evidence="Xác nhận số đơn vị máu của cơ sở tiếp nhận máu"),
        Criterion("2", "Vận động nguồn lực nhân đạo", Decimal(12),
                  TargetRule("ctd_funds_total_vnd"),
                  "Mobilising humanitarian resources (cash and goods)",
                  evidence="Sổ theo dõi tiếp nhận, phân phối tiền và hàng"),
        Criterion("3", "Xây dựng, sửa chữa nhà nhân đạo", Decimal(6),
                  PerOccurrenceRule("ctd_houses_built", Decimal(1)),
                  "Humanitarian houses (1 point each)",
                  evidence="Biên bản bàn giao nhà"),
        Criterion("4", "Khám bệnh, cấp thuốc miễn phí", Decimal(5),
                  PerOccurrenceRule("ctd_free_clinics", Decimal("0.5")),
                  "Free clinics and medicine drives (0.5 points each)",
                  evidence="Kế hoạch và báo cáo từng đợt khám"),
        Section(
            "5", "Chăm sóc sức khỏe, phòng ngừa và ứng phó thảm họa",
            (
                Criterion("5.1", "Tổ chức cứu trợ khi thiên tai, thảm họa", Decimal(5),
                          RelativeRule("ctd_relief_operations"),
                          "Disaster relief operations",
                          evidence="Báo cáo cứu trợ từng đợt"),
                Criterion("5.2", "Ban hành kế hoạch ứng phó thảm họa", Decimal(2),
                          YesNoRule("ctd_disaster_plan_issued"),
                          "Disaster-response plan issued",
                          evidence="Kế hoạch ứng phó thảm họa đã ban hành"),
                Criterion("5.3", "Hoạt động của đội tình nguyện viên, sơ cấp cứu", Decimal(3),
                          JudgedRule(Decimal("0.5")),
                          "Volunteer and first-aid teams (judged)",
                          evidence="Danh sách đội, báo cáo hoạt động"),
            ),
            "Health care, disaster preparedness and response",
            max_points=Decimal(10),
        ),
        Criterion("6", "Kết nối, hỗ trợ địa chỉ nhân đạo", Decimal(5),
                  RelativeRule("ctd_humanitarian_addresses"),
                  "Humanitarian addresses supported",
                  evidence="Danh sách địa chỉ nhân đạo và mức hỗ trợ"),
    ),
    "Core tasks of the Red Cross",
    max_points=Decimal(50),
)


def derive(values: Mapping[str, Decimal]) -> dict[str, Decimal]:
    """Total resources mobilised: cash plus goods valued in VND."""
    cash = values.get("ctd_funds_cash_vnd", Decimal(0))
    goods = values.get("ctd_funds_in_kind_vnd", Decimal(0))
    return {"ctd_funds_total_vnd": cash + goods}


ASSOCIATION_TYPE = AssociationType(
    key="chu-thap-do",
    name="Hội Chữ thập đỏ",
    name_en="Red Cross",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
    derive=derive,
    derived=frozenset({"ctd_funds_total_vnd"}),
)

# Realistic half-year ranges for one province-level Red Cross society.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "ctd_blood_units": (1200, 2600),
    "ctd_funds_cash_vnd": (2_000_000_000, 9_000_000_000),
    "ctd_funds_in_kind_vnd": (500_000_000, 4_000_000_000),
    "ctd_houses_built": (2, 12),
    "ctd_free_clinics": (3, 15),
    "ctd_relief_operations": (0, 6),
    "ctd_disaster_plan_issued": (0, 1),
    "ctd_humanitarian_addresses": (20, 150),
}
