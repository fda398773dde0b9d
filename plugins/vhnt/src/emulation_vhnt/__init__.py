"""Literature and arts association (Hội Văn học Nghệ thuật): core tasks worth 50 points.

Awards are weighted by a formula: 3 points for a national award, 1 for a regional or
provincial one, up to the criterion's 10 points.
"""

from __future__ import annotations

from decimal import Decimal

from emulation_core import (
    API_VERSION,
    AssociationType,
    Criterion,
    FormulaRule,
    Indicator,
    JudgedRule,
    PerOccurrenceRule,
    RelativeRule,
    Section,
    TargetRule,
)

__all__ = ["ASSOCIATION_TYPE", "SAMPLE_VALUES"]

INDICATORS = (
    Indicator("vhnt_works_published", "Tác phẩm được xuất bản, công bố",
              "Works published or presented", "tác phẩm", integer=True),
    Indicator("vhnt_creative_camps", "Trại sáng tác tổ chức, cử hội viên tham gia",
              "Creative camps held or attended", "trại", integer=True),
    Indicator("vhnt_national_awards", "Giải thưởng cấp quốc gia", "National awards",
              "giải", integer=True),
    Indicator("vhnt_regional_awards", "Giải thưởng cấp khu vực, cấp tỉnh",
              "Regional and provincial awards", "giải", integer=True),
    Indicator("vhnt_events_held", "Triển lãm, biểu diễn, hội thảo tổ chức",
              "Exhibitions, performances and seminars held", "cuộc", integer=True),
    Indicator("vhnt_new_members", "Hội viên kết nạp mới", "New members admitted",
              "hội viên", integer=True),
)

SECTION = Section(
    "vhnt",
    "Thực hiện nhiệm vụ chuyên môn của Hội Văn học Nghệ thuật",
    (
        Criterion("1", "Sáng tác, xuất bản, công bố tác phẩm", Decimal(12),
                  TargetRule("vhnt_works_published"), "Works published or presented",
                  evidence="Danh mục tác phẩm, nơi công bố"),
        Criterion("2", "Tổ chức, tham gia trại sáng tác", Decimal(8),
                  PerOccurrenceRule("vhnt_creative_camps", Decimal(2)),
                  "Creative camps (2 points each)",
                  evidence="Quyết định mở trại, danh sách trại viên"),
        Criterion("3", "Giải thưởng văn học nghệ thuật", Decimal(10),
                  FormulaRule("3 * vhnt_national_awards + vhnt_regional_awards"),
                  "Literature and arts awards (national 3, regional 1)",
                  evidence="Quyết định tặng giải"),
        Criterion("4", "Triển lãm, biểu diễn, hội thảo chuyên ngành", Decimal(8),
                  RelativeRule("vhnt_events_held"),
                  "Exhibitions, performances and seminars",
                  evidence="Kế hoạch, báo cáo từng hoạt động"),
        Criterion("5", "Phát triển hội viên", Decimal(6),
                  TargetRule("vhnt_new_members"), "Membership growth",
                  evidence="Quyết định kết nạp hội viên"),
        Criterion("6", "Quảng bá tác phẩm đến công chúng", Decimal(6),
                  JudgedRule(Decimal("0.5")),
                  "Bringing works to the public (judged)",
                  evidence="Báo cáo, số liệu tạp chí, trang thông tin điện tử"),
    ),
    "Core tasks of the literature and arts association",
    max_points=Decimal(50),
)

ASSOCIATION_TYPE = AssociationType(
    key="vhnt",
    name="Hội Văn học Nghệ thuật",
    name_en="Literature and arts association",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
)

# Realistic half-year ranges for one province-level literature and arts association.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "vhnt_works_published": (40, 200),
    "vhnt_creative_camps": (1, 4),
    "vhnt_national_awards": (0, 3),
    "vhnt_regional_awards": (2, 12),
    "vhnt_events_held": (3, 15),
    "vhnt_new_members": (5, 25),
}
