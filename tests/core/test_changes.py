"""Field-level differences recorded in the change log: each kind, object and value text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from attrs import evolve
from tests.conftest import BLOC, make_campaign

from emulation_core import Criterion, CriterionEntry, Leadership, Member, Status, Submission
from emulation_core.change import Change
from emulation_core.changes import bloc_changes, campaign_changes, submission_changes
from emulation_core.rules import YesNoRule

D = Decimal


def summary(changes: list[Change]) -> list[tuple[str, str, str, str | None, str | None]]:
    return [(c.kind, c.code or c.member, c.field, c.old, c.new) for c in changes]


def test_nothing_changed_is_nothing_recorded() -> None:
    campaign = make_campaign()
    sub = Submission("hoi-a", "c2018", values={"members": D(3)})
    assert bloc_changes(BLOC, BLOC) == []
    assert campaign_changes(campaign, campaign) == []
    assert submission_changes(sub, evolve(sub, updated_at=dt.datetime(2018, 1, 1)),
                              D("0.01")) == []


def test_bloc_members_and_leadership() -> None:
    members = (evolve(BLOC.members[0], name="Hội Ánh Dương tỉnh"), BLOC.members[2],
               Member("hoi-d", "Hội Đồng Xanh", "Đồng Xanh", "beta"))
    new = evolve(BLOC, name="Khối mới", members=members,
                 leadership=(Leadership(2018, "hoi-a", "hoi-c"), Leadership(2019, "hoi-d")))
    assert summary(bloc_changes(BLOC, new)) == [
        ("bloc.setting", "", "name", "Khối thi đua thử nghiệm", "Khối mới"),
        ("member.changed", "hoi-a", "name", "Hội Ánh Dương", "Hội Ánh Dương tỉnh"),
        ("member.added", "hoi-d", "", None, "Hội Đồng Xanh (Đồng Xanh; type beta)"),
        ("member.removed", "hoi-b", "", "Hội Bình Minh", None),
        ("leadership.changed", "", "2018.deputy", "hoi-b", "hoi-c"),
        ("leadership.changed", "", "2019.lead", None, "hoi-d"),
    ]


def test_campaign_settings_targets_and_table() -> None:
    old = make_campaign()
    table = old.table
    (section1, section2) = table.sections
    changed_item = evolve(section1.children[0], max_points=D("6.5"))
    added = Criterion("1.4", "Sáng kiến", D(2), YesNoRule("plan"))
    new_table = evolve(table, sections=(
        evolve(section1, children=(changed_item, section1.children[1], added)), section2),
        indicators={**table.indicators,
                    "plan": evolve(table.indicators["plan"], label="Kế hoạch năm")})
    new = evolve(old, title="Năm 2018", deadline=dt.date(2018, 12, 22),
                 precision=D("0.1"), table=new_table,
                 targets={"hoi-a": {"members": D(12)}, "hoi-c": {"members": D(5)}},
                 not_assigned={"hoi-c": frozenset({"1.2", "1.1"})})
    assert summary(campaign_changes(old, new)) == [
        ("campaign.setting", "", "title", "Tổng kết năm 2018", "Năm 2018"),
        ("campaign.setting", "", "deadline", "2018-12-20", "2018-12-22"),
        ("campaign.setting", "", "precision", "0.01", "0.1"),
        ("criterion.changed", "1.1", "max_points", "6.0", "6.5"),
        ("criterion.removed", "1.3", "", "Kiểm tra", None),
        ("criterion.added", "1.4", "", None, "Sáng kiến"),
        ("indicator.changed", "", "plan.label", "Kế hoạch", "Kế hoạch năm"),
        ("target.set", "hoi-a", "members", "10", "12"),
        ("target.set", "hoi-b", "members", "20", None),
        ("target.set", "hoi-c", "members", None, "5"),
        ("not_assigned.changed", "hoi-c", "not_assigned", None, "1.1, 1.2"),
    ]
    assert all(c.campaign == "c2018" for c in campaign_changes(old, new))
    assert summary(campaign_changes(None, old)) == [
        ("campaign.created", "", "", None, "Tổng kết năm 2018")]


def test_submission_values_points_at_precision_and_the_verifiers_reason() -> None:
    old = Submission("hoi-a", "c2018", Status.SUBMITTED, {"members": D(8), "late": D(1)},
                     {"1.3": CriterionEntry(D("9.5"), None, "", "Báo cáo")})
    new = evolve(old, status=Status.VERIFIED, values={"members": D("250000000")},
                 entries={"1.3": CriterionEntry(D("9.5"), D(8), "Thiếu minh chứng", "Báo cáo"),
                          "2.1": CriterionEntry(D(10))})
    changes = submission_changes(old, new, D("0.01"))
    assert summary(changes) == [
        ("submission.status", "hoi-a", "status", "submitted", "verified"),
        ("submission.value", "hoi-a", "late", "1", None),
        ("submission.value", "hoi-a", "members", "8", "250000000"),
        ("submission.verified", "1.3", "verified", None, "8.00"),
        ("submission.reason", "1.3", "reason", "", "Thiếu minh chứng"),
        ("submission.self", "2.1", "self", None, "10.00"),
    ]
    assert changes[3].reason == "Thiếu minh chứng" and changes[0].reason == ""
    assert {(c.campaign, c.member) for c in changes} == {("c2018", "hoi-a")}


def test_submission_created_and_deleted() -> None:
    sub = Submission("hoi-a", "c2018", Status.DRAFT, {"members": D(1)})
    assert summary(submission_changes(None, sub, D("0.01"))) == [
        ("submission.created", "hoi-a", "", None, "draft"),
        ("submission.value", "hoi-a", "members", None, "1")]
    assert summary(submission_changes(sub, None, D("0.01"))) == [
        ("submission.deleted", "hoi-a", "", "draft", None)]
