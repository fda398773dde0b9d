"""Social and charity associations (Hội xã hội – từ thiện): core tasks worth 50 points.

One type for the associations that support people in need: the blind, agent-orange
victims, the disabled and orphans, former youth volunteers and similar.
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
    Indicator("xh_members_supported", "Hội viên, đối tượng được trợ giúp",
              "Members and beneficiaries supported", "người", integer=True),
    Indicator("xh_funds_raised_vnd", "Kinh phí vận động được", "Funds raised", "đồng"),
    Indicator("xh_livelihood_models", "Mô hình sinh kế được hỗ trợ",
              "Livelihood models supported", "mô hình", integer=True),
    Indicator("xh_vocational_trainees", "Người được hỗ trợ học nghề, việc làm",
              "People helped into training or work", "người", integer=True),
    Indicator("xh_gifts_given", "Suất quà thăm hỏi dịp lễ, Tết",
              "Holiday gifts and visits", "suất", integer=True),
)

SECTION = Section(
    "xa-hoi",
    "Thực hiện nhiệm vụ chuyên môn của hội xã hội – từ thiện",
    (
        Criterion("1", "Chăm lo, trợ giúp hội viên và đối tượng", Decimal(12),
                  TargetRule("xh_members_supported"),
                  "Members and beneficiaries supported",
                  evidence="Danh sách người được trợ giúp, mức hỗ trợ"),
        Criterion("2", "Vận động nguồn lực, quỹ hội", Decimal(12),
                  TargetRule("xh_funds_raised_vnd", over_share=Decimal("0.2")),
                  "Funds raised (20% of the points for over-achievement)",
                  evidence="Sổ quỹ, chứng từ thu"),
        Criterion("3", "Xây dựng mô hình sinh kế", Decimal(8),
                  PerOccurrenceRule("xh_livelihood_models", Decimal(2)),
                  "Livelihood models (2 points each)",
                  evidence="Báo cáo mô hình, danh sách hộ tham gia"),
        Criterion("4", "Hỗ trợ học nghề, tạo việc làm", Decimal(6),
                  RelativeRule("xh_vocational_trainees"),
                  "Vocational training and jobs",
                  evidence="Danh sách học viên, hợp đồng lao động"),
        Criterion("5", "Thăm hỏi, tặng quà dịp lễ, Tết", Decimal(6),
                  RelativeRule("xh_gifts_given"), "Holiday visits and gifts",
                  evidence="Danh sách nhận quà có ký nhận"),
        Criterion("6", "Củng cố tổ chức hội cơ sở", Decimal(6),
                  JudgedRule(Decimal("0.5")),
                  "Strengthening grassroots branches (judged)",
                  evidence="Báo cáo công tác tổ chức"),
    ),
    "Core tasks of the social and charity association",
    max_points=Decimal(50),
)

ASSOCIATION_TYPE = AssociationType(
    key="xa-hoi",
    name="Hội xã hội – từ thiện",
    name_en="Social and charity association",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
)

# Realistic half-year ranges for one province-level association of this kind.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "xh_members_supported": (300, 3_000),
    "xh_funds_raised_vnd": (500_000_000, 5_000_000_000),
    "xh_livelihood_models": (1, 6),
    "xh_vocational_trainees": (20, 200),
    "xh_gifts_given": (500, 5_000),
}
