"""Regenerate the bundled sample workspace from code (run after changing a bundled plugin).

    .venv/bin/python scripts/make_sample.py

Real figures from the 2018 mid-year conference are used where the seed article gives them
(the cooperative alliance: 42 new cooperatives, 9 new member units, 2 value-chain models);
every other figure is invented, deterministically, within each plugin's SAMPLE_VALUES.

The year is walked through the library step by step, each step by the person who takes it
(the bloc's lead, or a unit for its own targets, registrations and reports) and dated when
it was taken, so the change log (audit.jsonl, audit-head.json) is the record of that year:
set-up, targets, registrations and the agreement, reports, a return and resubmission,
verification with corrected figures, the mid-year lock, the year-end roll-over and reports.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
import sys
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path

from attrs import evolve

from emulation_core import (
    NO_TARGET,
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CampaignPlan,
    ContentKind,
    CriteriaTable,
    Criterion,
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
    StatusStep,
    Submission,
    TargetRule,
    Workspace,
    YesNoRule,
    edit_campaign,
    new_campaign,
    register_content,
    set_targets,
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


LEAD = Actor("Nguyễn Văn An", Role.LEAD)  # invented: the bloc's lead for 2018
UTC = dt.UTC


def at(day: dt.date, hour: int = 2) -> dt.datetime:
    """A moment on ``day``: 02:00 UTC is 09:00 in Vietnam."""
    return dt.datetime.combine(day, dt.time(hour), tzinfo=UTC)


def unit(ws: Workspace, member_id: str) -> Actor:
    """A member unit acting for itself (its short name)."""
    member = ws.bloc.member(member_id)
    assert member is not None
    return Actor(member.short_name, Role.MEMBER)


@contextlib.contextmanager
def acting(root: Path, who: Actor | str, when: dt.datetime) -> Iterator[Workspace]:
    """One sitting: the workspace opened for writing as ``who`` (an actor, or a member id
    acting for itself), every change recorded at ``when``."""
    if isinstance(who, str):
        with Workspace.open(root) as ws:
            who = unit(ws, who)
    with Workspace.open(root, writable=True, actor=who, clock=lambda: when) as ws:
        yield ws


PERIODS = [
    ("2018-6-thang", "Sơ kết phong trào thi đua 6 tháng đầu năm 2018", PeriodKind.MID_YEAR,
     dt.date(2018, 1, 1), dt.date(2018, 6, 30), dt.date(2018, 7, 10), None),
    ("2018-ca-nam", "Tổng kết phong trào thi đua năm 2018", PeriodKind.YEAR_END,
     dt.date(2018, 1, 1), dt.date(2018, 12, 31), dt.date(2018, 12, 20), "2018-6-thang"),
]


Records = dict[str, tuple[Campaign, dict[str, Submission]]]


def read_records(source: Path) -> Records:
    """The year's paperwork: each campaign's targets and each unit's report as the sample
    holds them (figures, self-scores, evidence, the verifier's points and corrections)."""
    with Workspace.open(source) as ws:
        return {cid: (ws.campaign(cid), dict(ws.submissions(cid))) for cid, *_ in PERIODS}


def build(target: Path, source: Path) -> None:
    """The bloc's year replayed through the library from ``source``'s records, step by
    step, each by the person who takes it and dated when it was taken, so that the change
    log tells the year."""
    records = read_records(source)
    bloc = Bloc(
        "quang-ninh-hoi-dac-thu", "Khối thi đua các Hội có tính chất đặc thù tỉnh Quảng Ninh",
        tuple(Member(*m) for m in MEMBERS),
        (Leadership(2018, "hoi-chu-thap-do", "lien-minh-htx"),
         Leadership(2019, "hoi-khuyen-hoc", "hoi-nha-bao")),
        DESCRIPTION,
    )
    if target.exists():
        shutil.rmtree(target)
    Workspace.create(target, bloc, actor=LEAD,
                     clock=lambda: at(dt.date(2018, 1, 8))).close()
    for cid, title, period, start, end, deadline, previous in PERIODS:
        year_end = period is PeriodKind.YEAR_END
        paper, reports = records[cid]
        opened = start + dt.timedelta(days=14) if not year_end else dt.date(2018, 7, 25)
        with acting(target, LEAD, at(opened)) as ws:
            plan = CampaignPlan(cid, title, period, 2018, start, end, deadline)
            if previous is None:
                new_campaign(ws, plan, table=common_table(),
                             tie_break=("section:1", "deductions"))
            else:
                new_campaign(ws, plan, rolled_from=previous)
            # no member list: every member of the bloc takes part, so that the plugin
            # tutorial's member added by hand to workspace.toml does (docs/plugins.md)
            edit_campaign(ws, evolve(ws.campaign(cid), not_assigned=paper.not_assigned,
                                     members=paper.members))
        for i, member in enumerate(bloc.members):  # each unit registers its targets
            targets: dict[str, Decimal | None] = {
                **paper.targets.get(member.id, {}),
                **dict.fromkeys(paper.no_target.get(member.id, ()), NO_TARGET)}
            if targets:
                with acting(target, member.id, at(opened + dt.timedelta(days=10 + i))) as ws:
                    set_targets(ws, cid, member.id, targets)
        if not year_end:
            _register(target, opened + dt.timedelta(days=30))
        steps: list[tuple[dt.datetime, str, Submission]] = []
        for sub in reports.values():  # each unit reports; most before the deadline
            if sub.status is Status.DRAFT:  # last saved then, never submitted
                saved = sub.updated_at or at(deadline)
                steps.append((saved.replace(tzinfo=UTC), "draft", sub))
            else:  # saved the day before it was received
                received = (sub.submitted_at or at(deadline)).replace(tzinfo=UTC)
                steps.append((received - dt.timedelta(days=1), "draft", sub))
                steps.append((received, "submit", sub))
            if sub.status in (Status.VERIFIED, Status.LOCKED) and not _returned(sub):
                steps.append((at(deadline + dt.timedelta(days=6), 3), "verify", sub))
        returned = [sub for sub in reports.values() if _returned(sub)]
        for when, step, sub in sorted(steps, key=lambda s: (s[0], s[2].member)):
            if returned and step == "verify":
                _return_and_resubmit(target, returned.pop())
            _report_step(target, when, step, sub)
        if not year_end:
            _correct_and_lock(target, reports)
    deliberation_story(target, "2018-ca-nam")
    (target / ".emulation.lock").unlink(missing_ok=True)  # shipped without a lock file


def _returned(sub: Submission) -> StatusStep | None:
    """The step that returned the report to the unit, if one did."""
    return next((s for s in sub.history if s.status is Status.RETURNED), None)


def _report_step(root: Path, when: dt.datetime, step: str, sub: Submission) -> None:
    """The unit saves its draft (figures, self-scores, evidence) or submits it; the lead
    verifies it, entering its own points where they differ."""
    cid, member_id = sub.campaign, sub.member
    if step == "verify":
        with acting(root, LEAD, when) as ws:
            current = ws.submissions(cid)[member_id]
            ws.update_submission(evolve(current, entries=sub.entries), now=when)
            ws.verify_submission(cid, member_id, now=when)
        return
    with acting(root, member_id, when) as ws:
        if step == "draft":
            claimed = {code: evolve(entry, verified_points=None, reason="")
                       for code, entry in sub.entries.items()}
            ws.save_submission(Submission(member_id, cid, Status.DRAFT, _first_report(sub),
                                          claimed), now=when)
        else:
            ws.submit(cid, member_id, now=when)


def _first_report(sub: Submission) -> dict[str, Decimal]:
    """The figures as the unit first sent them: a returned unit added 3 members since."""
    if not _returned(sub):
        return dict(sub.values)
    return {**sub.values, "new_members": sub.values["new_members"] - 3}


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


def _register(root: Path, day: dt.date) -> None:
    """The mid-year campaign's registrations, each unit's own, then the agreement signed."""
    for i, (member_id, items) in enumerate(REGISTRATIONS.items()):
        with acting(root, member_id, at(day + dt.timedelta(days=i))) as ws:
            register_content(ws, "2018-6-thang", member_id,
                             add=[RegisteredItem(kind, text, tag) for kind, text, tag in items])
    with acting(root, LEAD, at(dt.date(2018, 2, 26))) as ws:
        sign_agreement(ws, "2018-6-thang", dt.date(2018, 2, 26))


def _on(day: int, hour: int = 2) -> dt.datetime:
    return dt.datetime(2018, 7, day, hour, 0, tzinfo=UTC)


def _return_and_resubmit(root: Path, sub: Submission) -> None:
    """The review returns a unit's report; the unit adds 3 members and resubmits."""
    step = _returned(sub)
    assert step is not None
    with acting(root, LEAD, _on(12)) as ws:
        ws.return_submission(sub.campaign, sub.member, step.reason, now=_on(12))
    with acting(root, sub.member, _on(14)) as ws:
        ws.set_values(sub.campaign, sub.member, {"new_members": sub.values["new_members"]},
                      now=_on(14))
        ws.submit(sub.campaign, sub.member, now=_on(14))


def _correct_and_lock(root: Path, reports: Mapping[str, Submission]) -> None:
    """The lead verifies the resubmitted report and corrects figures beside the reported
    ones, then locks the campaign at the bloc's meeting."""
    with acting(root, LEAD, _on(16, 4)) as ws:
        for sub in reports.values():
            if sub.corrections:
                current = ws.submissions(sub.campaign)[sub.member]
                ws.update_submission(evolve(current, entries=sub.entries), now=_on(16, 4))
                ws.verify_submission(sub.campaign, sub.member, {
                    key: (fix.value, fix.reason) for key, fix in sub.corrections.items()},
                    now=_on(16, 4))
    with acting(root, LEAD, _on(20)) as ws:
        ws.lock_campaign("2018-6-thang", reason="Hội nghị sơ kết 6 tháng của khối, 20/7/2018",
                         now=_on(20))


CROSS_CODES = ("2.3", "3.5")  # the judged criteria every member's table holds
LEADERS_IN_PROVINCE = 69  # the province's blocs and clusters, as in its yearly review


def deliberation_story(root: Path, cid: str) -> None:
    """The year-end deliberation: cross-scores on every judged criterion (the common ones and
    each association type's own) by every member (one abstains, one is recused), the
    meeting, proposals, and the ballots (docs/awards.md)."""
    def on(day: int, hour: int = 9, minute: int = 0) -> dt.datetime:
        return dt.datetime(2018, 12, day, hour, minute, tzinfo=dt.UTC)

    common = random.Random(20181228)
    own_type = random.Random(20181229)  # the common scores stay as they were drawn before
    moment = [on(26, 10)]
    with Workspace.open(root, writable=True, actor=LEAD, clock=lambda: moment[0]) as ws:
        cross = ws.cross_assign(cid, 3)
        subs = ws.submissions(cid)
        abstained = []
        for scorer, members in cross.assigned.items():
            for member in members:
                judged = ws.judged_criteria(cid, member)
                codes = [*CROSS_CODES, *(c for c in judged if c not in CROSS_CODES)]
                for code in codes:
                    if (scorer, member, code) == ("hoi-cuu-tnxp", "hoi-nha-bao", "2.3"):
                        abstained.append((scorer, member, code))
                        continue
                    criterion = judged[code]
                    assert isinstance(criterion.rule, JudgedRule)
                    sub = subs.get(member)
                    base = sub.entry(code).reviewed_points if sub is not None else None
                    middle = base if base is not None else criterion.max_points / 2
                    rng = common if code in CROSS_CODES else own_type
                    points = middle + criterion.rule.step * rng.choice((-1, 0, 0, 1))
                    points = min(max(points, D(0)), criterion.max_points)
                    ws.cross_set(cid, scorer, member, code, points, now=on(26, 10))
        moment[0] = on(26, 14)
        for scorer, member, code in abstained:
            ws.cross_abstain(cid, scorer, member, code,
                             "Chưa nhận được kết luận kiểm tra để đánh giá", now=on(26, 14))
        moment[0] = on(27)
        ws.cross_recuse(cid, "hoi-chu-thap-do", "hoi-nha-bao",
                        "Hai hội cùng thực hiện chương trình truyền thông hiến máu năm 2018",
                        now=on(27))
        ws.use_award_rules(cid, "vn-2023", LEADERS_IN_PROVINCE)
        present = tuple(m.id for m in ws.bloc.members if m.id not in ("hoi-cuu-tnxp",
                                                                      "hoi-bao-tro-nkt"))
        moment[0] = on(28, 8)
        ws.record_meeting(cid, Meeting(on(28, 8), "Trụ sở Hội Chữ thập đỏ tỉnh, TP Hạ Long",
                                       "Nguyễn Văn An", "Trần Thị Bình", present))
        proposals = ws.proposals(cid)
        moment[0] = on(28, 10)
        for award in ("provincial_flag", "government_flag"):
            for candidate in proposals.proposed(award):
                ws.record_ballot(cid, Ballot(award, candidate, VoteMethod.HANDS, present,
                                             ("hoi-bao-tro-nkt",),
                                             (*present, "hoi-bao-tro-nkt")), now=on(28, 10))
        moment[0] = on(28, 10, 30)
        for candidate in proposals.proposed("merit"):
            ws.record_ballot(cid, Ballot("merit", candidate, VoteMethod.SECRET, present,
                                         for_count=7, against_count=1, abstain_count=1),
                             now=on(28, 10, 30))


if __name__ == "__main__":
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else sample_workspace_path()
    build(out, sample_workspace_path())
    print(f"wrote {out}")
