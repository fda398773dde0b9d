"""Union of science and technology associations (Liên hiệp các Hội Khoa học và Kỹ thuật).

Core-task criteria worth 50 points; the largest share goes to consultancy, review and
social assessment (tư vấn, phản biện và giám định xã hội).
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
    YesNoRule,
)

__all__ = ["ASSOCIATION_TYPE", "SAMPLE_VALUES"]

INDICATORS = (
    Indicator("khkt_review_reports", "Báo cáo tư vấn, phản biện, giám định xã hội",
              "Consultancy and review reports delivered", "báo cáo", integer=True),
    Indicator("khkt_science_events", "Hội thảo, diễn đàn khoa học tổ chức",
              "Science conferences and forums held", "cuộc", integer=True),
    Indicator("khkt_innovation_contest_held", "Tổ chức hội thi sáng tạo kỹ thuật (1 = có)",
              "Technical innovation contest held (1 = yes)", "có/không", integer=True),
    Indicator("khkt_new_member_associations", "Hội thành viên kết nạp mới",
              "New member associations", "hội", integer=True),
    Indicator("khkt_outreach_sessions", "Buổi phổ biến kiến thức khoa học",
              "Science outreach sessions", "buổi", integer=True),
)

SECTION = Section(
    "khkt",
    "Thực hiện nhiệm vụ chuyên môn của Liên hiệp các Hội Khoa học và Kỹ thuật",
    (
        Section(
            "1", "Tư vấn, phản biện và giám định xã hội",
            (
                Criterion("1.1", "Báo cáo tư vấn, phản biện đã hoàn thành", Decimal(14),
                          TargetRule("khkt_review_reports", over_share=Decimal("0.25")),
                          "Consultancy and review reports delivered",
                          evidence="Báo cáo đã gửi cơ quan đặt hàng, văn bản tiếp nhận"),
                Criterion("1.2", "Chất lượng, kiến nghị được tiếp thu", Decimal(6),
                          JudgedRule(Decimal("0.5")),
                          "Quality and uptake of recommendations (judged)",
                          evidence="Văn bản phản hồi, tiếp thu của cơ quan có thẩm quyền"),
            ),
            "Consultancy, review and social assessment",
            max_points=Decimal(20),
        ),
        Criterion("2", "Hội thảo, diễn đàn khoa học", Decimal(10),
                  PerOccurrenceRule("khkt_science_events", Decimal(2)),
                  "Science events (2 points each)",
                  evidence="Kế hoạch, kỷ yếu hội thảo"),
        Criterion("3", "Tổ chức hội thi sáng tạo kỹ thuật", Decimal(6),
                  YesNoRule("khkt_innovation_contest_held"),
                  "Technical innovation contest held",
                  evidence="Quyết định tổ chức, thể lệ hội thi"),
        Criterion("4", "Phát triển hội thành viên", Decimal(6),
                  PerOccurrenceRule("khkt_new_member_associations", Decimal(2)),
                  "New member associations (2 points each)",
                  evidence="Quyết định kết nạp hội thành viên"),
        Criterion("5", "Phổ biến kiến thức khoa học và công nghệ", Decimal(8),
                  RelativeRule("khkt_outreach_sessions"), "Science outreach",
                  evidence="Danh sách buổi phổ biến, số người tham dự"),
    ),
    "Core tasks of the union of science and technology associations",
    max_points=Decimal(50),
)

ASSOCIATION_TYPE = AssociationType(
    key="khkt",
    name="Liên hiệp các Hội Khoa học và Kỹ thuật",
    name_en="Union of science and technology associations",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
)

# Realistic half-year ranges for one province-level union.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "khkt_review_reports": (3, 15),
    "khkt_science_events": (2, 8),
    "khkt_innovation_contest_held": (0, 1),
    "khkt_new_member_associations": (0, 3),
    "khkt_outreach_sessions": (5, 40),
}
