"""Write the criteria template that ships with the package
(src/emulation_core/templates/criteria-template.xlsx): the layout of docs/forms.md with a
small example table, one criterion of each common rule kind.

Run from the repository: ``.venv/bin/python scripts/make_criteria_template.py``.
"""

from __future__ import annotations

from decimal import Decimal

from emulation_core.criteria import CriteriaTable, Criterion, Indicator, Section
from emulation_core.criteria_xlsx import criteria_workbook, workbook_data
from emulation_core.rules import (
    AdjustmentItem,
    AdjustmentRule,
    JudgedRule,
    PerOccurrenceRule,
    TargetRule,
    YesNoRule,
)
from emulation_core.templates import criteria_template_path

D = Decimal

EXAMPLE = CriteriaTable(
    (
        Section("1", "Thực hiện nhiệm vụ chuyên môn", (
            Criterion("1.1", "Phát triển hội viên mới", D(10), TargetRule("new_members"),
                      evidence="Danh sách hội viên mới"),
            Criterion("1.2", "Tổ chức lớp tập huấn", D(5), PerOccurrenceRule("courses", D(1)),
                      evidence="Kế hoạch, danh sách học viên"),
            Criterion("1.3", "Chất lượng hoạt động chuyên môn", D(10), JudgedRule(D("0.5"))),
        ), max_points=D(25)),
        Section("2", "Công tác thi đua, khen thưởng", (
            Criterion("2.1", "Ban hành kế hoạch thi đua", D(5), YesNoRule("plan_issued"),
                      evidence="Kế hoạch số …/KH"),
        ), max_points=D(5)),
        Section("3", "Điểm thưởng, điểm trừ", (
            Criterion("3.1", "Thưởng, trừ", D(3), AdjustmentRule(
                (AdjustmentItem("flags", D(1)), AdjustmentItem("late_reports", D("-0.5"))),
                D(-5), D(3))),
        )),
    ),
    {
        "new_members": Indicator("new_members", "Hội viên mới kết nạp", "New members",
                                 "người", True),
        "courses": Indicator("courses", "Lớp tập huấn", "Training courses", "lớp", True),
        "plan_issued": Indicator("plan_issued", "Ban hành kế hoạch thi đua", "Plan issued",
                                 "có/không", True),
        "flags": Indicator("flags", "Cờ thi đua được tặng", "Flags awarded", "cờ", True),
        "late_reports": Indicator("late_reports", "Báo cáo gửi muộn", "Late reports",
                                  "báo cáo", True),
    },
)

if __name__ == "__main__":
    criteria_template_path().write_bytes(workbook_data(criteria_workbook(EXAMPLE)))
