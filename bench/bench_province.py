"""The province's roll-up: ``emulation province`` over 70 generated blocs of 15 members.

Each generated workspace has two year-end campaigns (2017, 2018) of a small table (judged
and yes/no criteria), every report verified, and its own awards.toml naming the bundled
rule set; two blocs share a unit's name, so the roll-up finds a conflict. Building the
workspaces is not timed; reading them all and building the list is, as the command does it,
and so is writing the list as an XLSX workbook.

Run: ``python bench/run.py province`` or ``python bench/bench_province.py [BLOCS]``.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    Indicator,
    JudgedRule,
    Member,
    PeriodKind,
    Section,
    Status,
    Submission,
    Workspace,
    YesNoRule,
    parse_actor,
)
from emulation_core.province import province_rollup
from emulation_core.provincebook import province_workbook
from emulation_core.provincetext import province_markdown

D = Decimal
BLOCS = 70
MEMBERS = 15
ACTOR = parse_actor("lead:Người đo")

TABLE = CriteriaTable((
    Section("1", "Nhiệm vụ chuyên môn", (
        Criterion("1.1", "Kết quả nhiệm vụ trọng tâm", D(40), JudgedRule(D("0.5"))),
        Criterion("1.2", "Kiểm tra, giám sát", D(20), JudgedRule(D("0.5"))),
    )),
    Section("2", "Công tác thi đua", (
        Criterion("2.1", "Ban hành kế hoạch", D(10), YesNoRule("plan")),
        Criterion("2.2", "Hồ sơ khen thưởng", D(30), JudgedRule(D("0.5"))),
    )),
), {"plan": Indicator("plan", "Kế hoạch", integer=True)})


def build_bloc(root: Path, number: int, rng: random.Random) -> Path:
    """Write bloc ``number`` with two year-end campaigns, every report verified."""
    path = root / f"khoi-{number:02d}"
    shared = number in (0, 1)  # these two blocs share a unit: the roll-up's conflict
    members = tuple(Member(f"dv-{k:02d}", "Hội Dùng Chung tỉnh" if shared and k == 0
                           else f"Đơn vị {k + 1} khối {number + 1}", f"ĐV{k + 1}", "chung")
                    for k in range(MEMBERS))
    with Workspace.create(path, Bloc(f"khoi-{number:02d}", f"Khối thi đua số {number + 1}",
                                     members), actor=ACTOR) as ws:
        for year in (2017, 2018):
            cid = f"{year}-ca-nam"
            ws.save_campaign(Campaign(cid, f"Tổng kết năm {year}", PeriodKind.YEAR_END, year,
                                      dt.date(year, 1, 1), dt.date(year, 12, 31),
                                      dt.date(year, 12, 20), TABLE))
            for k, member in enumerate(members):
                entries = {code: CriterionEntry(verified_points=D(top) if k == 0 else D(
                    rng.randint(top * 3 // 2, top * 2)) / 2)  # the first unit leads; the
                    for code, top in (("1.1", 40), ("1.2", 20), ("2.2", 30))}  # rest 75–100%
                ws.save_submission(Submission(member.id, cid, Status.VERIFIED,
                                              {"plan": D(1)}, entries))
        ws.use_award_rules("2018-ca-nam", "vn-2023")
    return path


def main() -> None:
    blocs = int(sys.argv[1]) if len(sys.argv) > 1 else BLOCS
    rng = random.Random(70)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        paths = [build_bloc(Path(tmp), n, rng) for n in range(blocs)]
        built = time.perf_counter() - started
        times, books = [], []
        for _ in range(3):
            started = time.perf_counter()
            found = province_rollup(paths)
            province_markdown(found)
            times.append(time.perf_counter() - started)
            started = time.perf_counter()
            size = len(province_workbook(found))
            books.append(time.perf_counter() - started)
    print(f"province roll-up: {blocs} blocs × {MEMBERS} members, 2 campaigns each "
          f"(built in {built:.1f} s)")
    print(f"  read all and build the list: median {statistics.median(times):.2f} s "
          f"of {len(times)} runs; {found.leaders_total} leaders, Government-flag quota "
          f"{found.government_quota}, {len(found.candidates)} candidates, "
          f"{len(found.conflicts)} conflicts")
    print(f"  the XLSX workbook ({len(found.blocs) + 4} sheets, {size // 1024} KiB): median "
          f"{statistics.median(books):.2f} s")


if __name__ == "__main__":
    main()
