"""Veterans' association (Hội Cựu chiến binh): core-task criteria worth 50 points.

A third-party plugin as an author writes it from docs/plugins.md (tests install it, and
variants of it with the mistakes authors make, as a separate package)."""

from __future__ import annotations

from collections.abc import Iterator
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
    Submission,
    TargetRule,
)

__all__ = ["ASSOCIATION_TYPE", "SAMPLE_VALUES", "validate"]

INDICATORS = (
    Indicator("ccb_new_members", "Hội viên cựu chiến binh kết nạp mới",
              "New veteran members admitted", "hội viên", integer=True),
    Indicator("ccb_households_out_of_poverty", "Hộ hội viên thoát nghèo",
              "Member households lifted out of poverty", "hộ", integer=True),
    Indicator("ccb_comradeship_houses", "Nhà nghĩa tình đồng đội xây mới, sửa chữa",
              "Comradeship houses built or repaired", "nhà", integer=True),
    Indicator("ccb_support_fund_vnd", "Quỹ hỗ trợ hội viên khó khăn vận động được",
              "Support fund raised for members in hardship", "đồng"),
)

SECTION = Section(
    "cuu-chien-binh",
    "Thực hiện nhiệm vụ chuyên môn của Hội Cựu chiến binh",
    (
        Criterion("1", "Phát triển hội viên", Decimal(10),
                  TargetRule("ccb_new_members"), "Growing the membership",
                  evidence="Quyết định kết nạp hội viên"),
        Criterion("2", "Giúp hội viên giảm nghèo, làm kinh tế", Decimal(15),
                  TargetRule("ccb_households_out_of_poverty", over_share=Decimal("0.2")),
                  "Helping member households out of poverty",
                  evidence="Danh sách hộ thoát nghèo có xác nhận của xã"),
        Section(
            "3", "Nghĩa tình đồng đội",
            (
                Criterion("3.1", "Xây dựng, sửa chữa nhà nghĩa tình đồng đội", Decimal(10),
                          PerOccurrenceRule("ccb_comradeship_houses", Decimal(2)),
                          "Comradeship houses (2 points each)",
                          evidence="Biên bản bàn giao nhà"),
                Criterion("3.2", "Vận động quỹ hỗ trợ hội viên khó khăn", Decimal(5),
                          RelativeRule("ccb_support_fund_vnd"),
                          "Support fund raised", evidence="Sổ quỹ, chứng từ thu chi"),
            ),
            "Comradeship",
            max_points=Decimal(15),
        ),
        Criterion("4", "Giáo dục truyền thống cho thế hệ trẻ", Decimal(10),
                  JudgedRule(Decimal("0.5")),
                  "Teaching the revolutionary tradition to the young (judged)",
                  evidence="Kế hoạch, báo cáo các buổi nói chuyện truyền thống"),
    ),
    "Core tasks of the veterans' association",
    max_points=Decimal(50),
)


def validate(submission: Submission) -> Iterator[str]:
    """Houses built need the fund that paid for them."""
    houses = submission.values.get("ccb_comradeship_houses", Decimal(0))
    fund = submission.values.get("ccb_support_fund_vnd", Decimal(0))
    if houses > 0 and fund == 0:
        yield ("Có nhà nghĩa tình đồng đội nhưng chưa báo cáo quỹ hỗ trợ "
               "(houses reported without the support fund)")


ASSOCIATION_TYPE = AssociationType(
    key="cuu-chien-binh",
    name="Hội Cựu chiến binh",
    name_en="Veterans' association",
    api_version=API_VERSION,
    section=SECTION,
    indicators=INDICATORS,
    validate=validate,
)

# A realistic (low, high) range for each reported indicator over half a year.
SAMPLE_VALUES: dict[str, tuple[float, float]] = {
    "ccb_new_members": (80, 400),
    "ccb_households_out_of_poverty": (20, 150),
    "ccb_comradeship_houses": (1, 8),
    "ccb_support_fund_vnd": (50_000_000, 600_000_000),
}
