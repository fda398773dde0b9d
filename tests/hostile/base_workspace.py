"""The valid workspace the hostile corpus breaks, written as text (not by the library, so
that it does not move when the library's writer changes its layout): its files and how to
write it."""

from __future__ import annotations

from pathlib import Path

WS = "workspace.toml"
CAMPAIGN = "campaigns/c2018/campaign.toml"
CRITERIA = "campaigns/c2018/criteria.toml"
TARGETS = "campaigns/c2018/targets.toml"
SUB = "campaigns/c2018/submissions/hoi-a.toml"
SUB_B = "campaigns/c2018/submissions/hoi-b.toml"
FILES = (WS, CAMPAIGN, CRITERIA, TARGETS, SUB)

BASE: dict[str, str] = {
    WS: """\
schema_version = 1

[bloc]
id = "khoi-thu"
name = "Khối thi đua thử nghiệm"

[[members]]
id = "hoi-a"
name = "Hội Ánh Dương"
short_name = "Ánh Dương"
type = "htx"

[[members]]
id = "hoi-b"
name = "Hội Bình Minh"
short_name = "Bình Minh"
type = "htx"

[[members]]
id = "hoi-c"
name = "Hội Ca Dao"
short_name = "Ca Dao"
type = "nha-bao"

[[leadership]]
year = 2018
lead = "hoi-a"
deputy = "hoi-b"
""",
    CAMPAIGN: """\
title = "Tổng kết năm 2018"
period = "year_end"
year = 2018
start = 2018-01-01
end = 2018-12-31
deadline = 2018-12-20
precision = "0.01"
rank_by = "total"
tie_break = []

[[bands]]
key = "excellent"
label = "Hoàn thành xuất sắc nhiệm vụ"
label_en = "Excellent"
minimum = 95
inclusive = true
short_label = "Xuất sắc"

[[bands]]
key = "good"
label = "Hoàn thành tốt nhiệm vụ"
label_en = "Good"
minimum = 85
short_label = "Tốt"

[[bands]]
key = "completed"
label = "Hoàn thành nhiệm vụ"
label_en = "Completed"
minimum = 50
short_label = "Hoàn thành"

[[bands]]
key = "not_completed"
label = "Không hoàn thành nhiệm vụ"
label_en = "Not completed"
minimum = 0
short_label = "Không hoàn thành"
""",
    CRITERIA: """\
[[indicators]]
key = "members"
label = "Hội viên mới"

[[indicators]]
key = "plan"
label = "Kế hoạch"

[[indicators]]
key = "bonus_flags"
label = "Cờ thi đua"

[[indicators]]
key = "late"
label = "Báo cáo muộn"

[[sections]]
code = "1"
title = "Nhiệm vụ"
max_points = 20

[[sections.items]]
code = "1.1"
title = "Hội viên mới"
max_points = 6

[sections.items.rule]
kind = "target"
indicator = "members"

[[sections.items]]
code = "1.2"
title = "Kế hoạch"
max_points = 4

[sections.items.rule]
kind = "yes_no"
indicator = "plan"

[[sections.items]]
code = "1.3"
title = "Kiểm tra"
max_points = 10

[sections.items.rule]
kind = "judged"
step = 0.5

[[sections]]
code = "2"
title = "Thưởng, trừ"

[[sections.items]]
code = "2.1"
title = "Thưởng"
max_points = 10

[sections.items.rule]
kind = "adjustment"
floor = 0
ceiling = 10
items = [{ indicator = "bonus_flags", points_each = 10 }]

[[sections.items]]
code = "2.2"
title = "Trừ"
max_points = 0

[sections.items.rule]
kind = "adjustment"
floor = -5
ceiling = 0
items = [{ indicator = "late", points_each = -1 }]
""",
    TARGETS: """\
[hoi-a]
members = 10

[hoi-b]
members = 20
""",
    SUB: """\
status = "submitted"
updated_at = 2018-12-10 08:00:00+07:00

[values]
members = 8
plan = 1
late = 1

[criteria."1.3"]
self = 9.5
evidence = "Báo cáo 12/BC"
""",
    SUB_B: """\
status = "verified"

[values]
members = 25
plan = 1
bonus_flags = 1

[criteria."1.3"]
self = 8
verified = 7.5
reason = "thiếu minh chứng"
""",
}


def write_base(root: Path) -> None:
    for name, text in BASE.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def base_bytes(file: str) -> bytes:
    return BASE[file].encode("utf-8")

