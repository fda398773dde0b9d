"""Cooperative alliance (Liên minh Hợp tác xã): core-task criteria worth 50 points.

The alliance is judged on growing the cooperative sector (new cooperatives, new member
units), tying cooperatives to value chains and helping them reach markets.
"""

from __future__ import annotations

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
)

__all__ = ["ASSOCIATION_TYPE", "SAMPLE_VALUES"]

INDICATORS = (
    Indicator("new_coops", "HTX thành lập mới", "New cooperatives established",
              "HTX", integer=True),
    Indicator("new_member_units", "Đơn vị thành viên mới", "New member units recruited",
              "đơn vị", integer=True),
    Indicator("value_chain_models", "Mô hình HTX gắn chuỗi giá trị",
              "Cooperative value-chain models supported", "mô hình", integer=True),
    Indicator("htx_trade_fairs_supported", "Lượt HTX được hỗ trợ tham gia hội chợ, triển lãm",
              "Cooperatives supported at trade fairs", "lượt", integer=True),
    Indicator("htx_coordination_programmes", "Chương trình phối hợp được ký kết",
              "Coordination programmes signed", "chương trình", integer=True),
)

SECTION = Section(
    "htx",
    "Thực hiện nhiệm vụ chuyên môn của Liên minh Hợp tác xã",
    (
        Criterion("1", "Phát triển hợp tác xã mới", Decimal(12),
                  TargetRule("new_coops", over_share=Decimal("0.2")),
                  "Developing new cooperatives",
                  evidence="Danh sách HTX thành lập mới kèm giấy chứng nhận đăng ký"),
        Criterion("2", "Kết nạp đơn vị thành viên mới", Decimal(8),
                  TargetRule("new_member_units"), "Recruiting new member units",
                  evidence="Quyết định kết nạp thành viên"),
        Criterion("3", "Xây dựng mô hình HTX gắn với chuỗi giá trị", Decimal(10),
                  PerOccurrenceRule("value_chain_models", Decimal("2.5")),
                  "Cooperative models tied to value chains (2.5 points each)",
                  evidence="Báo cáo mô hình, hợp đồng liên kết tiêu thụ"),
        Section(
            "4", "Hỗ trợ xúc tiến thương mại, phối hợp",
            (
                Criterion("4.1", "Hỗ trợ HTX tham gia hội chợ, triển lãm", Decimal(5),
                          RelativeRule("htx_trade_fairs_supported"),
                          "Supporting cooperatives at trade fairs",
                          evidence="Danh sách HTX tham gia, kế hoạch hội chợ"),
                Criterion("4.2", "Ký kết chương trình phối hợp", Decimal(5),
                          PerOccurrenceRule("htx_coordination_programmes", Decimal(1)),
                          "Coordination programmes signed (1 point each)",
                          evidence="Văn bản chương trình phối hợp đã ký"),
            ),
            "Trade promotion and coordination",
            max_points=Decimal(10),
        ),
        Criterion("5", "Chất lượng tư vấn, hỗ trợ HTX và tổ hợp tác", Decimal(10),
                  JudgedRule(Decimal("0.5")),
                  "Quality of advice and support to cooperatives (judged)",
                  evidence="Báo cáo kết quả tư vấn, ý kiến của HTX được hỗ trợ"),
    ),
    "Core tasks of the cooperative alliance",
    max_points=Decimal(50),
)

ASSOCIATION_TYPE = AssociationType(
    key="htx",
    name="Liên minh Hợp tác xã",
    name_en="Cooperative alliance",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
)

# Realistic half-year ranges for one province-level alliance.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "new_coops": (15, 45),
    "new_member_units": (3, 12),
    "value_chain_models": (1, 5),
    "htx_trade_fairs_supported": (5, 40),
    "htx_coordination_programmes": (1, 6),
}
