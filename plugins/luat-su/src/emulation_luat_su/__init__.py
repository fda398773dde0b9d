"""Bar association (Đoàn Luật sư): core-task criteria worth 50 points."""

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
    Indicator("ls_legal_aid_sessions", "Buổi trợ giúp pháp lý miễn phí",
              "Free legal-aid sessions", "buổi", integer=True),
    Indicator("ls_pro_bono_cases", "Vụ việc bào chữa, trợ giúp miễn phí",
              "Pro bono cases handled", "vụ việc", integer=True),
    Indicator("ls_new_lawyers", "Luật sư gia nhập Đoàn", "New lawyers admitted",
              "luật sư", integer=True),
    Indicator("ls_training_courses", "Lớp bồi dưỡng nghiệp vụ luật sư",
              "Professional training courses", "lớp", integer=True),
    Indicator("ls_law_comments", "Văn bản góp ý xây dựng pháp luật",
              "Comments on draft legislation", "văn bản", integer=True),
)

SECTION = Section(
    "luat-su",
    "Thực hiện nhiệm vụ chuyên môn của Đoàn Luật sư",
    (
        Criterion("1", "Trợ giúp pháp lý miễn phí cho người dân", Decimal(12),
                  TargetRule("ls_legal_aid_sessions", over_share=Decimal("0.2")),
                  "Free legal-aid sessions (20% of the points for over-achievement)",
                  evidence="Kế hoạch, biên bản từng buổi trợ giúp"),
        Criterion("2", "Bào chữa, trợ giúp pháp lý miễn phí theo vụ việc", Decimal(8),
                  RelativeRule("ls_pro_bono_cases"), "Pro bono cases",
                  evidence="Văn bản cử luật sư, hồ sơ vụ việc"),
        Criterion("3", "Kết nạp luật sư mới", Decimal(6),
                  RelativeRule("ls_new_lawyers"), "New lawyers admitted",
                  evidence="Quyết định gia nhập Đoàn"),
        Criterion("4", "Bồi dưỡng nghiệp vụ bắt buộc", Decimal(10),
                  PerOccurrenceRule("ls_training_courses", Decimal("2.5")),
                  "Mandatory professional training (2.5 points per course)",
                  evidence="Danh sách học viên, chứng nhận hoàn thành"),
        Criterion("5", "Góp ý xây dựng văn bản pháp luật", Decimal(6),
                  PerOccurrenceRule("ls_law_comments", Decimal(1)),
                  "Comments on draft legislation (1 point each)",
                  evidence="Văn bản góp ý đã gửi"),
        Criterion("6", "Quản lý hành nghề, quy tắc đạo đức nghề nghiệp", Decimal(8),
                  JudgedRule(Decimal("0.5")),
                  "Supervising practice and professional ethics (judged)",
                  evidence="Báo cáo của Hội đồng khen thưởng, kỷ luật"),
    ),
    "Core tasks of the bar association",
    max_points=Decimal(50),
)

ASSOCIATION_TYPE = AssociationType(
    key="luat-su",
    name="Đoàn Luật sư",
    name_en="Bar association",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
)

# Realistic half-year ranges for one province-level bar association.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "ls_legal_aid_sessions": (4, 20),
    "ls_pro_bono_cases": (10, 80),
    "ls_new_lawyers": (3, 20),
    "ls_training_courses": (1, 4),
    "ls_law_comments": (2, 10),
}
