"""Journalists' association (Hội Nhà báo): core-task criteria worth 50 points.

Professional ethics are scored by a formula: the full 10 points when no member broke the
code of conduct, 5 fewer for each violation, never below 0.
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
    Indicator("nb_new_members", "Hội viên kết nạp mới", "New members admitted",
              "hội viên", integer=True),
    Indicator("nb_press_prize_entries", "Tác phẩm gửi dự giải báo chí",
              "Entries to press prizes", "tác phẩm", integer=True),
    Indicator("nb_press_prize_awards", "Giải báo chí đạt được", "Press prizes won",
              "giải", integer=True),
    Indicator("nb_training_courses", "Lớp bồi dưỡng nghiệp vụ báo chí",
              "Professional training courses", "lớp", integer=True),
    Indicator("nb_forums_held", "Hội thảo, tọa đàm nghiệp vụ", "Professional forums held",
              "cuộc", integer=True),
    Indicator("nb_ethics_violations", "Vi phạm quy định đạo đức nghề nghiệp",
              "Breaches of the code of professional ethics", "vụ", integer=True),
)

SECTION = Section(
    "nha-bao",
    "Thực hiện nhiệm vụ chuyên môn của Hội Nhà báo",
    (
        Criterion("1", "Phát triển hội viên", Decimal(8),
                  TargetRule("nb_new_members"), "Membership growth",
                  evidence="Quyết định kết nạp hội viên"),
        Section(
            "2", "Giải báo chí",
            (
                Criterion("2.1", "Tác phẩm tham dự các giải báo chí", Decimal(5),
                          RelativeRule("nb_press_prize_entries"), "Press prize entries",
                          evidence="Danh sách tác phẩm dự giải"),
                Criterion("2.2", "Giải báo chí đạt được", Decimal(7),
                          PerOccurrenceRule("nb_press_prize_awards", Decimal(1)),
                          "Press prizes won (1 point each)",
                          evidence="Quyết định trao giải"),
            ),
            "Press prizes",
            max_points=Decimal(12),
        ),
        Criterion("3", "Bồi dưỡng nghiệp vụ cho hội viên", Decimal(10),
                  PerOccurrenceRule("nb_training_courses", Decimal("2.5")),
                  "Professional training courses (2.5 points each)",
                  evidence="Kế hoạch, danh sách học viên từng lớp"),
        Criterion("4", "Hội thảo, tọa đàm nghiệp vụ", Decimal(5),
                  PerOccurrenceRule("nb_forums_held", Decimal(1)),
                  "Professional forums (1 point each)",
                  evidence="Thông báo, kỷ yếu hội thảo"),
        Criterion("5", "Giữ gìn đạo đức nghề nghiệp người làm báo", Decimal(10),
                  FormulaRule("max(0, 10 - 5 * nb_ethics_violations)"),
                  "Professional ethics (5 points off per breach)",
                  evidence="Báo cáo của Hội đồng xét xử kỷ luật, thanh tra"),
        Criterion("6", "Tổ chức hoạt động Hội Báo Xuân, quỹ hỗ trợ nhà báo", Decimal(5),
                  JudgedRule(Decimal("0.5")),
                  "Spring press fair and the journalists' support fund (judged)",
                  evidence="Báo cáo tổ chức, sổ quỹ"),
    ),
    "Core tasks of the journalists' association",
    max_points=Decimal(50),
)

ASSOCIATION_TYPE = AssociationType(
    key="nha-bao",
    name="Hội Nhà báo",
    name_en="Journalists' association",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
)

# Realistic half-year ranges for one province-level journalists' association.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "nb_new_members": (5, 30),
    "nb_press_prize_entries": (20, 120),
    "nb_press_prize_awards": (1, 10),
    "nb_training_courses": (1, 5),
    "nb_forums_held": (1, 6),
    "nb_ethics_violations": (0, 2),
}
