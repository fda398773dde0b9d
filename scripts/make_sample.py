"""Regenerate the bundled sample workspace from code (run after changing a bundled plugin).

    .venv/bin/python scripts/make_sample.py

Real figures from the 2018 mid-year conference are used where the seed article gives them
(the cooperative alliance: 42 new cooperatives, 9 new member units, 2 value-chain models);
every other figure is invented, deterministically, within each plugin's SAMPLE_VALUES.
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
import shutil
import sys
from decimal import Decimal
from pathlib import Path

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    ContentKind,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    FormulaRule,
    Indicator,
    JudgedRule,
    Leadership,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    RegisteredItem,
    RelativeRule,
    Section,
    Status,
    Submission,
    TargetRule,
    Workspace,
    YesNoRule,
    default_registry,
    register_content,
    sign_agreement,
)
from emulation_core.actor import Actor, Role
from emulation_core.awardfile import Meeting
from emulation_core.ballots import Ballot, VoteMethod
from emulation_core.sample import sample_workspace_path

D = Decimal
DESCRIPTION = (
    "Dữ liệu mẫu (sample data). Khối thi đua các Hội có tính chất đặc thù tỉnh Quảng Ninh, "
    "năm 2018. Số liệu thật từ bài báo về Hội nghị sơ kết 6 tháng đầu năm 2018 (17–18/7/2018, "
    "Móng Cái): Liên minh HTX tỉnh có 42 HTX thành lập mới, 9 đơn vị thành viên mới, "
    "2 mô hình HTX gắn với chuỗi giá trị. Mọi số liệu khác, thành viên trưởng/phó khối và "
    "bảng tiêu chí là dữ liệu minh hoạ, không phải số liệu chính thức."
)

MEMBERS = [
    ("lien-minh-htx", "Liên minh Hợp tác xã tỉnh Quảng Ninh", "Liên minh HTX", "htx"),
    ("hoi-chu-thap-do", "Hội Chữ thập đỏ tỉnh Quảng Ninh", "Hội Chữ thập đỏ", "chu-thap-do"),
    ("hoi-nha-bao", "Hội Nhà báo tỉnh Quảng Ninh", "Hội Nhà báo", "nha-bao"),
    ("hoi-vhnt", "Hội Văn học Nghệ thuật tỉnh Quảng Ninh", "Hội VHNT", "vhnt"),
    ("lien-hiep-khkt", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "Liên hiệp KH&KT", "khkt"),
    ("hoi-khuyen-hoc", "Hội Khuyến học tỉnh Quảng Ninh", "Hội Khuyến học", "khuyen-hoc"),
    ("doan-luat-su", "Đoàn Luật sư tỉnh Quảng Ninh", "Đoàn Luật sư", "luat-su"),
    ("hoi-nguoi-mu", "Hội Người mù tỉnh Quảng Ninh", "Hội Người mù", "xa-hoi"),
    ("hoi-nan-nhan-da-cam", "Hội Nạn nhân chất độc da cam/dioxin tỉnh",
     "Hội NNCĐDC", "xa-hoi"),
    ("hoi-bao-tro-nkt", "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh",
     "Hội Bảo trợ NKT&TMC", "xa-hoi"),
    ("hoi-cuu-tnxp", "Hội Cựu Thanh niên xung phong tỉnh", "Hội Cựu TNXP", "xa-hoi"),
]
REAL_HTX_MID_YEAR = {"new_coops": D(42), "new_member_units": D(9), "value_chain_models": D(2)}


def common_table() -> CriteriaTable:
    """The bloc's common sections (100 points with the 50-point core-task slot)."""
    indicators = [
        Indicator("new_members", "Hội viên mới kết nạp", "New members", "người", True),
        Indicator("new_branches", "Chi hội, cơ sở hội thành lập mới", "New branches", "", True),
        Indicator("plan_issued", "Ban hành kế hoạch, phát động thi đua", "Campaign plan issued",
                  "có/không", True),
        Indicator("agreement_signed", "Ký giao ước thi đua", "Emulation agreement signed",
                  "có/không", True),
        Indicator("models_spread", "Điển hình tiên tiến được nhân rộng", "Model units spread",
                  "", True),
        Indicator("training_courses", "Lớp tập huấn thi đua khen thưởng",
                  "Commendation training courses", "lớp", True),
        Indicator("reports_due", "Báo cáo phải gửi", "Reports due", "báo cáo", True),
        Indicator("reports_on_time", "Báo cáo gửi đúng hạn", "Reports on time", "báo cáo", True),
        Indicator("bloc_meetings", "Buổi sinh hoạt khối đã dự", "Bloc meetings attended",
                  "buổi", True),
        Indicator("flag_provincial", "Cờ thi đua cấp tỉnh/bộ đã nhận",
                  "Provincial or ministerial flags", "cờ", True),
        Indicator("flag_government", "Cờ thi đua của Chính phủ đã nhận", "Government flags",
                  "cờ", True),
        Indicator("certificates", "Bằng khen đã nhận", "Certificates of merit", "bằng", True),
        Indicator("late_reports", "Báo cáo gửi muộn", "Late reports", "báo cáo", True),
        Indicator("violations", "Vi phạm bị nhắc nhở, kỷ luật", "Violations", "lần", True),
    ]
    sections = (
        Section("1", "Thực hiện nhiệm vụ chuyên môn", (), "Core tasks",
                max_points=D(50), per_type=True),
        Section("2", "Xây dựng tổ chức hội", (
            Criterion("2.1", "Phát triển hội viên mới theo chỉ tiêu đăng ký", D(8),
                      TargetRule("new_members", D("0.25")), "Members recruited vs target",
                      evidence="Danh sách hội viên mới"),
            Criterion("2.2", "Thành lập chi hội, cơ sở hội mới", D(6),
                      RelativeRule("new_branches"), "New branches (relative to the best)"),
            Criterion("2.3", "Kiểm tra, giám sát nội bộ", D(6), JudgedRule(D("0.5")),
                      "Internal inspection", evidence="Kết luận kiểm tra"),
        ), "Organisation and membership", max_points=D(20)),
        Section("3", "Công tác thi đua, khen thưởng", (
            Criterion("3.1", "Ban hành kế hoạch, phát động phong trào thi đua", D(4),
                      YesNoRule("plan_issued"), "Campaign plan issued",
                      evidence="Kế hoạch thi đua năm"),
            Criterion("3.2", "Ký giao ước thi đua đầy đủ", D(3), YesNoRule("agreement_signed"),
                      "Emulation agreement signed"),
            Criterion("3.3", "Xây dựng, nhân rộng điển hình tiên tiến", D(5),
                      PerOccurrenceRule("models_spread", D("1.5")), "Model units spread"),
            Criterion("3.4", "Tập huấn nghiệp vụ thi đua khen thưởng", D(4),
                      PerOccurrenceRule("training_courses", D(2)), "Training courses"),
            Criterion("3.5", "Hồ sơ khen thưởng đúng, đủ, kịp thời", D(4), JudgedRule(D("0.5")),
                      "Award dossiers correct and on time"),
        ), "Emulation and commendation work", max_points=D(20)),
        Section("4", "Thông tin, báo cáo và sinh hoạt khối", (
            Criterion("4.1", "Gửi báo cáo đúng hạn", D(6),
                      FormulaRule("6 * min(reports_on_time, reports_due) / reports_due"),
                      "Reports sent on time"),
            Criterion("4.2", "Tham gia sinh hoạt khối", D(4),
                      PerOccurrenceRule("bloc_meetings", D(2)), "Bloc meetings attended"),
        ), "Reporting and bloc activities", max_points=D(10)),
        Section("5", "Điểm thưởng, điểm trừ", (
            Criterion("5.1", "Điểm thưởng: cờ thi đua, bằng khen", D(15), AdjustmentRule((
                AdjustmentItem("flag_provincial", D(10)),
                AdjustmentItem("flag_government", D(15)),
                AdjustmentItem("certificates", D("2.5")),
            ), D(0), D(15)), "Bonus: flags and certificates"),
            Criterion("5.2", "Điểm trừ: báo cáo muộn, vi phạm", D(0), AdjustmentRule((
                AdjustmentItem("late_reports", D(-1)),
                AdjustmentItem("violations", D(-5)),
            ), D(-10), D(0)), "Deductions: late reports, violations"),
        ), "Bonus and deductions"),
    )
    return CriteriaTable(sections, {i.key: i for i in indicators})


def sample_ranges(type_key: str) -> dict[str, tuple[float, float]]:
    if default_registry().get(type_key) is None:
        raise SystemExit(f"plugin {type_key!r} is not installed; run 'make install' first")
    module = importlib.import_module("emulation_" + type_key.replace("-", "_"))
    return dict(module.SAMPLE_VALUES)


def draw(rng: random.Random, low: float, high: float, integer: bool) -> Decimal:
    value = rng.uniform(low, high)
    return D(round(value)) if integer else D(f"{value:.1f}")


COMMON_HALF_YEAR = {
    "new_members": (40, 400), "new_branches": (0, 6), "plan_issued": (1, 1),
    "agreement_signed": (0.6, 1), "models_spread": (0, 4), "training_courses": (0, 2),
    "reports_due": (6, 6), "reports_on_time": (4, 6), "bloc_meetings": (1, 2),
    "late_reports": (0, 2), "violations": (0, 0.3),
}


def make_values(rng: random.Random, member_id: str, type_key: str, table: CriteriaTable,
                scale: float, year_end: bool) -> dict[str, Decimal]:
    values: dict[str, Decimal] = {}
    ranges = {**COMMON_HALF_YEAR, **sample_ranges(type_key)}
    for key, (low, high) in ranges.items():
        indicator = table.indicators.get(key)
        if indicator is None:
            continue
        factor = 1 if key in ("plan_issued", "agreement_signed", "reports_due") else scale
        values[key] = draw(rng, low * factor, high * factor, indicator.integer)
    if member_id == "lien-minh-htx" and not year_end:
        values.update(REAL_HTX_MID_YEAR)
    if year_end:
        values["certificates"] = D(rng.choice([0, 0, 1, 2]))
        values["flag_provincial"] = D(1 if member_id in ("hoi-chu-thap-do",
                                                         "lien-minh-htx") else 0)
    return values


def targets_for(rng: random.Random, table: CriteriaTable,
                values: dict[str, Decimal]) -> dict[str, Decimal]:
    targets = {}
    for criterion in table.leaves():
        if isinstance(criterion.rule, TargetRule):
            key = criterion.rule.indicator
            achieved = float(values.get(key, 0)) or 1.0
            target = achieved * rng.uniform(0.85, 1.2)
            targets[key] = D(max(1, round(target)))
    return targets


def build(target: Path) -> None:
    rng = random.Random(2018)
    bloc = Bloc(
        "quang-ninh-hoi-dac-thu", "Khối thi đua các Hội có tính chất đặc thù tỉnh Quảng Ninh",
        tuple(Member(*m) for m in MEMBERS),
        (Leadership(2018, "hoi-chu-thap-do", "lien-minh-htx"),
         Leadership(2019, "hoi-khuyen-hoc", "hoi-nha-bao")),
        DESCRIPTION,
    )
    if target.exists():
        shutil.rmtree(target)
    ws = Workspace.create(target, bloc, actor=Actor("Nguyễn Văn An", Role.LEAD))
    periods = [
        ("2018-6-thang", "Sơ kết phong trào thi đua 6 tháng đầu năm 2018", PeriodKind.MID_YEAR,
         dt.date(2018, 1, 1), dt.date(2018, 6, 30), dt.date(2018, 7, 10), None, 1.0),
        ("2018-ca-nam", "Tổng kết phong trào thi đua năm 2018", PeriodKind.YEAR_END,
         dt.date(2018, 1, 1), dt.date(2018, 12, 31), dt.date(2018, 12, 20), "2018-6-thang",
         2.0),
    ]
    for cid, title, period, start, end, deadline, previous, scale in periods:
        year_end = period is PeriodKind.YEAR_END
        table = common_table()
        campaign = Campaign(cid, title, period, 2018, start, end, deadline, table,
                            tie_break=("section:1", "deductions"), previous=previous)
        ws.save_campaign(campaign)
        all_values = {}
        all_targets = {}
        for member in bloc.members:
            member_table = ws.table_for(cid, member.type)
            values = make_values(rng, member.id, member.type, member_table, scale, year_end)
            all_values[member.id] = values
            plugin = default_registry().get(member.type)
            derived = plugin.derive(values) if plugin and plugin.derive else {}
            all_targets[member.id] = targets_for(rng, member_table, {**derived, **values})
        if year_end:
            all_targets["lien-minh-htx"].update({k: D(v) for k, v in (
                ("new_coops", 80), ("new_member_units", 15), ("value_chain_models", 4))
                if k in all_targets["lien-minh-htx"]})
        campaign = Campaign(cid, title, period, 2018, start, end, deadline, table,
                            targets=all_targets, tie_break=("section:1", "deductions"),
                            previous=previous,
                            not_assigned={"doan-luat-su": frozenset({"2.2"})})
        ws.save_campaign(campaign)
        statuses = _statuses(year_end)
        for member in bloc.members:
            status = statuses.get(member.id, Status.VERIFIED)
            if status is Status.MISSING:
                continue
            sub = Submission(member.id, cid, status, all_values[member.id],
                             _entries(rng, ws.table_for(cid, member.type), status),
                             dt.datetime.combine(deadline - dt.timedelta(days=rng.randint(1, 9)),
                                                 dt.time(9, 30)))
            ws.save_submission(sub, now=sub.submitted_at)
    _register(ws)
    _review_story(ws, "2018-6-thang")  # after registering: it locks the campaign
    deliberation_story(ws, "2018-ca-nam")
    ws.close()
    (target / ".emulation.lock").unlink()  # the sample ships without a lock file


REGISTRATIONS = {  # invented; two overlaps for the bloc to settle (blood, drug prevention)
    "hoi-chu-thap-do": [(ContentKind.FIELD, "Vận động hiến máu tình nguyện", "y tế"),
                        (ContentKind.MOVEMENT, "Tuyên truyền phòng chống ma túy", "")],
    "hoi-nha-bao": [(ContentKind.PROGRAMME, "tuyen truyen phong, chong ma tuy", ""),
                    (ContentKind.FIELD, "Giải báo chí về xây dựng Đảng", "báo chí")],
    "lien-minh-htx": [(ContentKind.FIELD, "Phát triển hợp tác xã kiểu mới", "kinh tế tập thể"),
                      (ContentKind.MOVEMENT, "Xây dựng nông thôn mới", "")],
    "hoi-khuyen-hoc": [(ContentKind.MOVEMENT, "Khuyến học, khuyến tài", ""),
                       (ContentKind.FIELD, "Hiến máu tình nguyện", "")],
    "hoi-vhnt": [(ContentKind.PROGRAMME, "Sáng tác văn học nghệ thuật về biển đảo", "")],
}


def _register(ws: Workspace) -> None:
    """The mid-year campaign's registrations, entered before the agreement was signed."""
    for member_id, items in REGISTRATIONS.items():
        register_content(ws, "2018-6-thang", member_id,
                         add=[RegisteredItem(kind, text, tag) for kind, text, tag in items])
    sign_agreement(ws, "2018-6-thang", dt.date(2018, 2, 26))


def _review_story(ws: Workspace, cid: str) -> None:
    """The mid-year review: a unit returned and resubmitted, figures corrected beside the
    reported ones, then the campaign locked at the bloc's meeting."""
    def on(day: int, hour: int = 9) -> dt.datetime:
        return dt.datetime(2018, 7, day, hour, 0, tzinfo=dt.UTC)

    reported = ws.submissions(cid)["hoi-nha-bao"].values["new_members"]
    houses = ws.submissions(cid)["hoi-chu-thap-do"].values["ctd_houses_built"]
    ws.return_submission(cid, "hoi-nha-bao", "Thiếu minh chứng số hội viên mới kết nạp",
                         now=on(12))
    ws.set_values(cid, "hoi-nha-bao", {"new_members": reported + 3}, now=on(14))
    ws.submit(cid, "hoi-nha-bao", now=on(14, 10))
    ws.verify_submission(cid, "hoi-nha-bao", {
        "new_members": (reported, "3 hội viên đã kết nạp từ năm 2017, không tính kỳ này")},
        now=on(16))
    ws.verify_submission(cid, "hoi-chu-thap-do", {
        "ctd_houses_built": (max(houses - 1, D(0)), "1 nhà khởi công chưa bàn giao trong kỳ")},
        now=on(16, 10))
    ws.lock_campaign(cid, reason="Hội nghị sơ kết 6 tháng của khối, 20/7/2018", now=on(20))


def _statuses(year_end: bool) -> dict[str, Status]:
    if not year_end:
        return {"hoi-nha-bao": Status.SUBMITTED}
    return {"hoi-vhnt": Status.SUBMITTED, "lien-hiep-khkt": Status.SUBMITTED,
            "doan-luat-su": Status.DRAFT, "hoi-cuu-tnxp": Status.MISSING,
            "hoi-nguoi-mu": Status.SUBMITTED}


def _entries(rng: random.Random, table: CriteriaTable, status: Status,
             ) -> dict[str, CriterionEntry]:
    entries = {}
    for criterion in table.leaves():
        if isinstance(criterion.rule, JudgedRule):
            step = criterion.rule.step
            steps = int(criterion.max_points / step)
            claimed = step * rng.randint(int(steps * 0.7), steps)
            verified = None
            reason = ""
            if status in (Status.VERIFIED, Status.LOCKED):
                verified = max(D(0), claimed - step * rng.choice([0, 0, 1, 2]))
                reason = "" if verified == claimed else "Minh chứng chưa đầy đủ"
            entries[criterion.code] = CriterionEntry(
                claimed, verified, reason,
                f"Báo cáo số {rng.randint(10, 99)}/BC ngày {rng.randint(1, 28)}/"
                f"{rng.choice([6, 7, 11, 12])}/2018")
        elif criterion.evidence:
            entries[criterion.code] = CriterionEntry(
                evidence=f"{criterion.evidence} kèm báo cáo số {rng.randint(10, 99)}/BC")
    return entries


CROSS_CODES = ("2.3", "3.5")
LEADERS_IN_PROVINCE = 69  # the province's blocs and clusters, as in its yearly review


def deliberation_story(ws: Workspace, cid: str) -> None:
    """The year-end deliberation: cross-scores on the judged criteria by every member (one
    abstains, one is recused), the meeting, proposals, and the ballots (docs/awards.md)."""
    def on(day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
        return dt.datetime(2018, 12, day, hour, minute, tzinfo=dt.UTC)

    rng = random.Random(20181228)
    cross = ws.cross_assign(cid, 3)
    subs = ws.submissions(cid)
    for scorer, members in cross.assigned.items():
        for member in members:
            for code in CROSS_CODES:
                if (scorer, member, code) == ("hoi-cuu-tnxp", "hoi-nha-bao", "2.3"):
                    ws.cross_abstain(cid, scorer, member, code,
                                     "Chưa nhận được kết luận kiểm tra để đánh giá",
                                     now=on(26, 14))
                    continue
                criterion = ws.judged_criteria(cid, member)[code]
                sub = subs.get(member)
                base = sub.entry(code).reviewed_points if sub is not None else None
                middle = base if base is not None else criterion.max_points / 2
                step = D("0.5")
                points = middle + step * rng.choice((-1, 0, 0, 1))
                points = min(max(points, D(0)), criterion.max_points)
                ws.cross_set(cid, scorer, member, code, points, now=on(26, 10))
    ws.cross_recuse(cid, "hoi-chu-thap-do", "hoi-nha-bao",
                    "Hai hội cùng thực hiện chương trình truyền thông hiến máu năm 2018",
                    now=on(27))
    ws.use_award_rules(cid, "vn-2023", LEADERS_IN_PROVINCE)
    present = tuple(m.id for m in ws.bloc.members if m.id not in ("hoi-cuu-tnxp",
                                                                  "hoi-bao-tro-nkt"))
    ws.record_meeting(cid, Meeting(on(28, 8), "Trụ sở Hội Chữ thập đỏ tỉnh, TP Hạ Long",
                                   "Nguyễn Văn An", "Trần Thị Bình", present))
    proposals = ws.proposals(cid)
    for award in ("provincial_flag", "government_flag"):
        for candidate in proposals.proposed(award):
            ws.record_ballot(cid, Ballot(award, candidate, VoteMethod.HANDS, present,
                                         ("hoi-bao-tro-nkt",),
                                         (*present, "hoi-bao-tro-nkt")), now=on(28, 10))
    for candidate in proposals.proposed("merit"):
        ws.record_ballot(cid, Ballot("merit", candidate, VoteMethod.SECRET, present,
                                     for_count=7, against_count=1, abstain_count=1),
                         now=on(28, 10, 30))


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else sample_workspace_path()
    build(out)
    print(f"wrote {out}")
