"""Synthetic but realistic campaigns for the benchmarks, built with the library API.

The table has 60 criteria worth 100 nominal points, mixed as in real tables: mostly judged
and yes/no, some target-based, plus relative, per-occurrence, formula and a bonus/deduction
criterion. Everything is drawn from a seeded generator, so a run is reproducible.
:func:`build_large_table` is a real-sized table (176 criteria worth 1,000 points, codes down
to ``1.1.10``) for the UI's benchmarks and tests.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    FormulaRule,
    Indicator,
    JudgedRule,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    RelativeRule,
    Rule,
    Section,
    Status,
    Submission,
    TargetRule,
    YesNoRule,
)

TYPE = "hoi-dac-thu"
CAMPAIGN = "tong-ket-2024"
_PLACES = ("tỉnh", "thành phố", "huyện Đông Triều", "huyện Ba Chẽ", "thị xã Quảng Yên")
_KINDS = ("Hội Chữ thập đỏ", "Hội Nhà báo", "Hội Khuyến học", "Liên minh Hợp tác xã",
          "Hội Đông y", "Hội Luật gia", "Hội Người mù", "Hội Văn học Nghệ thuật",
          "Hội Cựu Thanh niên xung phong", "Hội Nạn nhân chất độc da cam")
# (kind, count, max points each): 59 criteria worth 100, plus one bonus/deduction criterion.
_MIX = (("judged", 20, "2"), ("judged", 14, "1.5"), ("yes_no", 17, "1"), ("target", 5, "3"),
        ("relative", 1, "3"), ("per_occurrence", 1, "2"), ("formula", 1, "2"))
_JUDGED_STEP = Decimal("0.25")


def _rule(kind: str, key: str, *, odd: bool, maximum: Decimal) -> Rule:
    if kind == "yes_no":
        return YesNoRule(key)
    if kind == "target":
        return TargetRule(key, Decimal("0.2") if odd else Decimal(0))
    if kind == "relative":
        return RelativeRule(key)
    if kind == "per_occurrence":
        return PerOccurrenceRule(key, Decimal("0.5"))
    return FormulaRule(f"min({key} / max(target({key}), 1), 1) * {maximum}")


def build_table() -> CriteriaTable:
    """The 60-criterion table, spread over four sections plus a bonus/deduction section."""
    indicators: dict[str, Indicator] = {}
    leaves: list[Criterion] = []
    for kind, count, each in _MIX:
        for _ in range(count):
            number = len(leaves) + 1
            key = f"ind{number:02d}"
            maximum = Decimal(each)
            title = f"Tiêu chí {number}"
            if kind == "judged":
                leaves.append(Criterion("", title, maximum, JudgedRule(_JUDGED_STEP)))
                continue
            indicators[key] = Indicator(key, f"Chỉ số {number}", integer=True)
            rule = _rule(kind, key, odd=number % 2 == 1, maximum=maximum)
            leaves.append(Criterion("", title, maximum, rule))
    # Interleave the kinds over four sections, as real tables do, and number them there.
    random.Random(60).shuffle(leaves)
    sections = []
    for s in range(4):
        part = leaves[s::4]
        children = tuple(
            Criterion(f"{s + 1}.{i + 1}", c.title, c.max_points, c.rule)
            for i, c in enumerate(part))
        sections.append(Section(str(s + 1), f"Phần {s + 1}", children))
    for key, label in (("flag", "Cờ thi đua"), ("late", "Báo cáo chậm")):
        indicators[key] = Indicator(key, label, integer=True)
    bonus = Criterion("5.1", "Điểm thưởng, điểm trừ", Decimal(15), AdjustmentRule(
        (AdjustmentItem("flag", Decimal(10)), AdjustmentItem("late", Decimal(-1))),
        floor=Decimal(-5), ceiling=Decimal(15)))
    sections.append(Section("5", "Điểm thưởng, điểm trừ", (bonus,)))
    return CriteriaTable(tuple(sections), indicators)


_TOPICS = ("Tổ chức hội nghị", "Xếp loại chi hội", "Phát triển hội viên mới",
           "Báo cáo định kỳ", "Vận động quỹ hội", "Tập huấn cán bộ chủ chốt",
           "Kiểm tra, giám sát", "Tuyên truyền, phổ biến pháp luật")


def build_large_table() -> CriteriaTable:
    """176 criteria worth 1,000 points: four parts of four groups of eleven criteria (the last
    group ten), 25 target criteria worth 10 and 150 judged or yes/no worth 5, plus a
    bonus/deduction criterion; codes go down to ``1.1.10``."""
    indicators: dict[str, Indicator] = {}
    parts = []
    number = 0
    for part in range(1, 5):
        groups = []
        for group in range(1, 5):
            children = []
            for item in range(1, 12 if (part, group) != (4, 4) else 11):
                number += 1
                code = f"{part}.{group}.{item}"
                title = f"{_TOPICS[number % len(_TOPICS)]} (mục {code})"
                key = f"big{number:03d}"
                rule: Rule
                if number % 7 == 0:
                    indicators[key] = Indicator(key, f"Chỉ số {number}", integer=True)
                    rule, maximum = TargetRule(key), Decimal(10)
                elif number % 2:
                    rule, maximum = JudgedRule(_JUDGED_STEP), Decimal(5)
                else:
                    indicators[key] = Indicator(key, f"Đã làm {number}", integer=True)
                    rule, maximum = YesNoRule(key), Decimal(5)
                children.append(Criterion(code, title, maximum, rule))
            groups.append(Section(f"{part}.{group}", f"Nhóm {part}.{group}", tuple(children)))
        parts.append(Section(str(part), f"Phần {part}", tuple(groups)))
    for key, label in (("flag", "Cờ thi đua"), ("late", "Báo cáo chậm")):
        indicators[key] = Indicator(key, label, integer=True)
    bonus = Criterion("5.1", "Điểm thưởng, điểm trừ", Decimal(15), AdjustmentRule(
        (AdjustmentItem("flag", Decimal(10)), AdjustmentItem("late", Decimal(-1))),
        floor=Decimal(-5), ceiling=Decimal(15)))
    parts.append(Section("5", "Điểm thưởng, điểm trừ", (bonus,)))
    return CriteriaTable(tuple(parts), indicators)


def build_bloc(size: int) -> Bloc:
    """A bloc of ``size`` members with Vietnamese names (some repeated across places)."""
    members = tuple(
        Member(f"m{i:05d}", f"{_KINDS[i % len(_KINDS)]} {_PLACES[i // 10 % 5]} {i // 50}",
               f"{_KINDS[i % len(_KINDS)]} {i}", TYPE)
        for i in range(size))
    return Bloc("khoi-bench", "Khối thi đua các Hội đặc thù (benchmark)", members)


def build_campaign(bloc: Bloc, table: CriteriaTable, seed: int = 1) -> Campaign:
    """Targets for nine members in ten; one criterion in twenty members not assigned."""
    rng = random.Random(seed)
    target_keys = [c.rule.indicator for c in table.leaves()
                   if isinstance(c.rule, TargetRule)]
    formula_keys = sorted(k for c in table.leaves() if isinstance(c.rule, FormulaRule)
                          for k in c.rule.indicators)
    codes = [c.code for c in table.leaves() if not c.is_adjustment]
    targets = {}
    not_assigned = {}
    for member in bloc.members:
        targets[member.id] = {k: Decimal(rng.randint(10, 200))
                              for k in target_keys + formula_keys if rng.random() < 0.9}
        if rng.random() < 0.05:
            not_assigned[member.id] = frozenset({rng.choice(codes)})
    return Campaign(
        id=CAMPAIGN, title="Tổng kết năm 2024", period=PeriodKind.YEAR_END, year=2024,
        start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31), deadline=dt.date(2025, 1, 10),
        table=table, targets=targets, not_assigned=not_assigned,
        tie_break=("section:1", "deductions"))


def build_submissions(bloc: Bloc, campaign: Campaign, seed: int = 2) -> dict[str, Submission]:
    """One submission per member (3% still missing), 40% of them already verified."""
    rng = random.Random(seed)
    leaves = list(campaign.table.leaves())
    subs = {}
    for member in bloc.members:
        draw = rng.random()
        if draw < 0.03:
            continue
        status = Status.VERIFIED if draw < 0.43 else Status.SUBMITTED
        values: dict[str, Decimal] = {}
        entries: dict[str, CriterionEntry] = {}
        member_targets = campaign.targets.get(member.id, {})
        for criterion in leaves:
            rule = criterion.rule
            if isinstance(rule, JudgedRule):
                steps = int(criterion.max_points / rule.step)
                own = rule.step * rng.randint(steps * 2 // 3, steps)
                checked = rule.step * rng.randint(steps // 2, steps) \
                    if status is Status.VERIFIED else None
                entries[criterion.code] = CriterionEntry(own, checked)
            elif isinstance(rule, YesNoRule):
                values[rule.indicator] = Decimal(int(rng.random() < 0.85))
            elif isinstance(rule, AdjustmentRule):
                values["flag"] = Decimal(int(rng.random() < 0.1))
                values["late"] = Decimal(rng.choice((0, 0, 0, 1, 2)))
            else:
                for key in sorted(rule.indicators):
                    target = member_targets.get(key, Decimal(100))
                    values[key] = Decimal(int(target * Decimal(rng.uniform(0.5, 1.4))))
        subs[member.id] = Submission(member.id, campaign.id, status, values, entries)
    return subs
