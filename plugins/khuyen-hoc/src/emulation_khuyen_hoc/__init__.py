"""Study promotion association (Hội Khuyến học): core-task criteria worth 50 points.

The ``validate`` hook checks that scholarships are reported consistently: an amount
needs a count and a count needs an amount.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from emulation_core import (
    API_VERSION,
    AssociationType,
    Criterion,
    Indicator,
    JudgedRule,
    RelativeRule,
    Section,
    Submission,
    TargetRule,
)

__all__ = ["ASSOCIATION_TYPE", "SAMPLE_VALUES", "validate"]

INDICATORS = (
    Indicator("kh_learning_families", "Gia đình học tập được công nhận",
              "Learning families recognised", "gia đình", integer=True),
    Indicator("kh_learning_clans", "Dòng họ học tập được công nhận",
              "Learning clans recognised", "dòng họ", integer=True),
    Indicator("kh_learning_communities", "Cộng đồng học tập cấp thôn, tổ dân phố",
              "Learning communities recognised", "cộng đồng", integer=True),
    Indicator("kh_scholarships", "Suất học bổng trao tặng", "Scholarships awarded",
              "suất", integer=True),
    Indicator("kh_scholarships_vnd", "Giá trị học bổng trao tặng",
              "Value of scholarships awarded", "đồng"),
    Indicator("kh_new_members", "Hội viên kết nạp mới", "New members recruited",
              "hội viên", integer=True),
    Indicator("kh_fund_raised_vnd", "Quỹ khuyến học vận động được",
              "Study promotion fund raised", "đồng"),
)

SECTION = Section(
    "khuyen-hoc",
    "Thực hiện nhiệm vụ chuyên môn của Hội Khuyến học",
    (
        Section(
            "1", "Xây dựng xã hội học tập",
            (
                Criterion("1.1", "Gia đình học tập", Decimal(8),
                          TargetRule("kh_learning_families"), "Learning families",
                          evidence="Quyết định công nhận danh hiệu"),
                Criterion("1.2", "Dòng họ học tập", Decimal(5),
                          TargetRule("kh_learning_clans"), "Learning clans",
                          evidence="Quyết định công nhận danh hiệu"),
                Criterion("1.3", "Cộng đồng học tập", Decimal(5),
                          TargetRule("kh_learning_communities"), "Learning communities",
                          evidence="Quyết định công nhận danh hiệu"),
            ),
            "Building a learning society",
            max_points=Decimal(18),
        ),
        Section(
            "2", "Học bổng, khen thưởng học sinh",
            (
                Criterion("2.1", "Số suất học bổng", Decimal(7),
                          RelativeRule("kh_scholarships"), "Scholarships awarded",
                          evidence="Danh sách nhận học bổng có ký nhận"),
                Criterion("2.2", "Giá trị học bổng", Decimal(7),
                          TargetRule("kh_scholarships_vnd"), "Value of scholarships",
                          evidence="Chứng từ chi học bổng"),
            ),
            "Scholarships and student awards",
            max_points=Decimal(14),
        ),
        Criterion("3", "Phát triển hội viên", Decimal(8),
                  TargetRule("kh_new_members"), "Membership growth",
                  evidence="Danh sách hội viên mới"),
        Criterion("4", "Vận động quỹ khuyến học", Decimal(6),
                  RelativeRule("kh_fund_raised_vnd"), "Fund raising",
                  evidence="Sổ quỹ, chứng từ thu"),
        Criterion("5", "Đánh giá, công nhận \"Công dân học tập\"", Decimal(4),
                  JudgedRule(Decimal("0.5")),
                  "Assessing and recognising learning citizens (judged)",
                  evidence="Kế hoạch và kết quả đánh giá"),
    ),
    "Core tasks of the study promotion association",
    max_points=Decimal(50),
)


def validate(submission: Submission) -> Iterator[str]:
    """Scholarship count and value must be reported together."""
    count = submission.values.get("kh_scholarships", Decimal(0))
    amount = submission.values.get("kh_scholarships_vnd", Decimal(0))
    if amount > 0 and count == 0:
        yield ("Giá trị học bổng đã nhập nhưng chưa nhập số suất học bổng "
               "(scholarship value given without the number of scholarships)")
    if count > 0 and amount == 0:
        yield ("Số suất học bổng đã nhập nhưng chưa nhập giá trị học bổng "
               "(number of scholarships given without their value)")


ASSOCIATION_TYPE = AssociationType(
    key="khuyen-hoc",
    name="Hội Khuyến học",
    name_en="Study promotion association",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
    validate=validate,
)

# Realistic half-year ranges for one province-level study promotion association.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "kh_learning_families": (20_000, 90_000),
    "kh_learning_clans": (300, 1_500),
    "kh_learning_communities": (200, 900),
    "kh_scholarships": (2_000, 9_000),
    "kh_scholarships_vnd": (2_000_000_000, 9_000_000_000),
    "kh_new_members": (3_000, 15_000),
    "kh_fund_raised_vnd": (5_000_000_000, 30_000_000_000),
}
