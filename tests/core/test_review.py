"""Submissions under review: status steps, corrections beside the reported figures,
lateness, and the campaign lock."""

from __future__ import annotations

import datetime as dt
import itertools
import shutil
from collections.abc import Callable
from decimal import Decimal as D
from pathlib import Path

import pytest
import tomli
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import (
    CriterionEntry,
    EmulationError,
    PluginRegistry,
    Status,
    Workspace,
)
from emulation_core.audit import read_chain
from emulation_core.lateness import days_late
from emulation_core.model import Lateness
from emulation_core.registration import Registrations
from emulation_core.review import ReviewError, allowed_step

WHEN = dt.datetime(2018, 12, 10, 9, 0, tzinfo=dt.UTC)


def disk(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".emulation" not in p.parts and p.suffix == ".toml"}


LEGAL = {
    (Status.DRAFT, Status.SUBMITTED), (Status.SUBMITTED, Status.RETURNED),
    (Status.RETURNED, Status.SUBMITTED), (Status.SUBMITTED, Status.VERIFIED),
    (Status.VERIFIED, Status.SUBMITTED), (Status.VERIFIED, Status.RETURNED),
    (Status.VERIFIED, Status.LOCKED), (Status.LOCKED, Status.VERIFIED),
    (Status.MISSING, Status.DRAFT), (Status.MISSING, Status.SUBMITTED),
    (Status.MISSING, Status.RETURNED), (Status.MISSING, Status.VERIFIED),
}


@pytest.mark.parametrize(("old", "new"), list(itertools.product(Status, Status)))
def test_each_status_step_is_allowed_or_refused(old: Status, new: Status) -> None:
    assert allowed_step(old, new) is (old is new or (old, new) in LEGAL)


def test_draft_submitted_returned_resubmitted_verified_each_step_recorded(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        first = ws.set_values("c2018", "hoi-c", {"members": D(3)}, now=WHEN).submission
        assert first.status is Status.DRAFT and first.submitted_at is None
        with pytest.raises(ReviewError, match="cannot go from 'draft' to 'verified'"):
            ws.verify_submission("c2018", "hoi-c")
        sent = ws.submit("c2018", "hoi-c", now=WHEN).submission
        assert sent.submitted_at == WHEN  # the received date: the first submit
        with pytest.raises(ReviewError, match="cannot go from 'submitted' to 'submitted'"):
            ws.submit("c2018", "hoi-c")
        with pytest.raises(ReviewError, match="needs a reason"):
            ws.return_submission("c2018", "hoi-c", "  ")
        back = ws.return_submission("c2018", "hoi-c", "thiếu minh chứng",
                                    now=WHEN + dt.timedelta(days=1)).submission
        assert back.status is Status.RETURNED
        again = ws.submit("c2018", "hoi-c", now=WHEN + dt.timedelta(days=20)).submission
        assert again.submitted_at == WHEN  # a resubmission keeps the received date
        done = ws.verify_submission("c2018", "hoi-c", now=WHEN + dt.timedelta(days=21))
        by = ws.actor_text()
    assert [(s.status, s.reason, s.by) for s in done.submission.history] == [
        (Status.DRAFT, "", by), (Status.SUBMITTED, "", by),
        (Status.RETURNED, "thiếu minh chứng", by), (Status.SUBMITTED, "", by),
        (Status.VERIFIED, "", by)]
    with Workspace.open(root, registry=registry) as ws:
        assert ws.submissions("c2018")["hoi-c"] == done.submission
    statuses = [(e.change.old, e.change.new, e.change.reason) for e in read_chain(root)[0]
                if e.change.kind == "submission.status" and e.change.member == "hoi-c"]
    assert statuses == [("draft", "submitted", ""),
                            ("submitted", "returned", "thiếu minh chứng"),
                            ("returned", "submitted", ""), ("submitted", "verified", "")]


def test_no_submission_cannot_be_submitted(make_ws: Callable[[], Path],
                                           registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), writable=True, registry=registry) as ws, \
            pytest.raises(ReviewError, match="no submission"):
        ws.submit("c2018", "hoi-c")


def test_a_correction_counts_and_the_reported_figure_stays(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        assert ws.scoreboard("c2018").points_of(
            "hoi-a", ws.campaign("c2018").table.find("1.1")) == D("4.80")  # 8 of 10 × 6
        with pytest.raises(ReviewError, match="correcting members needs a reason"):
            ws.verify_submission("c2018", "hoi-a", {"members": (D(10), " ")})
        saved = ws.verify_submission("c2018", "hoi-a", {"members": (D(10), "sổ ghi thiếu")})
        sub = saved.submission
        assert sub.values["members"] == 8 and sub.corrections["members"].value == 10
        assert sub.corrections["members"].reason == "sổ ghi thiếu"
        assert ws.scoreboard("c2018").points_of(
            "hoi-a", ws.campaign("c2018").table.find("1.1")) == D("6.00")
    text = (root / "campaigns/c2018/submissions/hoi-a.toml").read_text("utf-8")
    data = tomli.loads(text)
    assert data["values"]["members"] == 8 and data["corrections"]["members"]["value"] == 10


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(["members", "plan", "late", "bonus_flags"]),
                          st.integers(0, 10**6), st.text("abc xyz", min_size=1, max_size=8)
                          .filter(str.strip)), min_size=1, max_size=6))
def test_any_corrections_leave_the_reported_figures_byte_identical(
        make_ws: Callable[[], Path], registry: PluginRegistry,
        fixes: list[tuple[str, int, str]]) -> None:
    root = make_ws()
    path = root / "campaigns/c2018/submissions/hoi-a.toml"
    reported = tomli.loads(path.read_text("utf-8"))["values"]
    with Workspace.open(root, writable=True, registry=registry) as ws:
        values = dict(ws.submissions("c2018")["hoi-a"].values)
        for key, value, reason in fixes:
            ws.verify_submission("c2018", "hoi-a", {key: (D(value), reason)})
            assert ws.submissions("c2018")["hoi-a"].values == values
    data = tomli.loads(path.read_text("utf-8"))
    assert data["values"] == reported
    assert {k: v["value"] for k, v in data["corrections"].items()} == {
        key: value for key, value, _ in fixes}
    shutil.rmtree(root)  # the next example starts afresh


def test_editing_a_verified_submission_returns_it_with_a_warning(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), writable=True, registry=registry) as ws:
        sub = ws.submissions("c2018")["hoi-b"]
        reviewed = ws.update_submission(evolve(sub, entries={
            "1.3": evolve(sub.entry("1.3"), verified_points=D(7))}))
        assert reviewed.submission.status is Status.VERIFIED and not reviewed.warnings
        edited = ws.update_submission(evolve(sub, values={**sub.values, "plan": D(0)}))
        assert edited.submission.status is Status.SUBMITTED
        assert [str(w) for w in edited.warnings] == [
            "hoi-b: a verified submission was edited, so it is back to 'submitted' and "
            "needs verifying again"]
        assert edited.warnings[0].text("vi").startswith("hoi-b: báo cáo đã thẩm định bị sửa")


def test_points_after_the_explanation_count_and_every_stage_stays(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), writable=True, registry=registry) as ws:
        sub = ws.submissions("c2018")["hoi-b"]
        entry = evolve(sub.entry("1.3"), explanation="đã nộp bổ sung biên bản",
                       answer="chấp nhận một phần", explained_points=D(8))
        ws.update_submission(evolve(sub, entries={"1.3": entry}))
        (score,) = [s for s in ws.scoreboard("c2018").breakdown("hoi-b")
                    if s.criterion.code == "1.3"]
        assert (score.self_points, score.verified_points, score.points) == (D(8), D("7.5"), D(8))
        assert score.source == "explained"
        assert score.explanation.reason == "chấp nhận một phần"


@pytest.mark.parametrize(("received", "days"), [
    (dt.datetime(2018, 12, 20, 16, 59, tzinfo=dt.UTC), 0),  # 23:59 on the deadline, UTC+7
    (dt.datetime(2018, 12, 20, 17, 0, tzinfo=dt.UTC), 1),  # 00:00 the day after
    (dt.datetime(2018, 12, 23, 8, 0), 3),  # no offset: the bloc's time
])
def test_days_late_count_in_the_bloc_time(make_ws: Callable[[], Path],
                                          registry: PluginRegistry,
                                          received: dt.datetime, days: int) -> None:
    with Workspace.open(make_ws(), registry=registry) as ws:
        campaign = ws.campaign("c2018")
        sub = evolve(ws.submissions("c2018")["hoi-a"], submitted_at=received)
        assert days_late(sub, campaign) == days
        assert days_late(evolve(sub, status=Status.DRAFT), campaign) == 0


@given(st.integers(-3, 400), st.decimals(0, 10, places=2), st.decimals(0, 5, places=2),
       st.none() | st.decimals(0, 20, places=2))
def test_the_lateness_deduction_is_exact(days: int, fixed: D, per_day: D, cap: D | None) -> None:
    deduction = Lateness(fixed, per_day, cap).deduction(days)
    if days <= 0:
        assert deduction == 0
    else:
        uncapped = fixed + per_day * days
        assert deduction == (uncapped if cap is None else min(uncapped, cap))


def test_a_late_submission_loses_the_campaigns_lateness_points(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        ws.save_campaign(evolve(ws.campaign("c2018"),
                                lateness=Lateness(D(1), D("0.25"), D(3))))
        sub = ws.save_submission(evolve(ws.submissions("c2018")["hoi-a"], submitted_at=WHEN))
        on_time = ws.scoreboard("c2018").score("hoi-a")
        assert (on_time.late_days, on_time.late_deduction) == (0, 0)
        ws.save_submission(evolve(sub, submitted_at=dt.datetime(2018, 12, 24, 10, 0)))
        late = ws.scoreboard("c2018").score("hoi-a")
        assert (late.late_days, late.late_deduction) == (4, D(2))  # 1 + 4 × 0,25
        assert late.total == on_time.total - 2
        assert late.deductions == on_time.deductions + 2
    with Workspace.open(root, registry=registry) as ws:
        assert ws.campaign("c2018").lateness == Lateness(D(1), D("0.25"), D(3))


def _verify_all(ws: Workspace) -> None:
    for member, sub in ws.submissions("c2018").items():
        if sub.status is not Status.VERIFIED:
            ws.verify_submission("c2018", member)


def test_lock_refuses_every_change_to_the_campaign(make_ws: Callable[[], Path],
                                                   registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        with pytest.raises(ReviewError, match="hoi-a not verified"):
            ws.lock_campaign("c2018")
        _verify_all(ws)
        lock = ws.lock_campaign("c2018", reason="họp khối 20/12")
        assert lock.locked and set(lock.finals) == {"hoi-a", "hoi-b", "hoi-c"}
        before = disk(root)
        sub = ws.submissions("c2018")["hoi-a"]
        attempts: dict[str, Callable[[], object]] = {
            "save_submission": lambda: ws.save_submission(evolve(sub, values={})),
            "update_submission": lambda: ws.update_submission(evolve(sub, values={})),
            "delete_submission": lambda: ws.delete_submission("c2018", "hoi-a"),
            "save_campaign": lambda: ws.save_campaign(evolve(ws.campaign("c2018"), title="x")),
            "remove_member": lambda: ws.remove_member("hoi-c"),
            "set_values": lambda: ws.set_values("c2018", "hoi-c", {"members": D(1)}),
            "submit": lambda: ws.submit("c2018", "hoi-a"),
            "return_submission": lambda: ws.return_submission("c2018", "hoi-a", "x"),
            "verify_submission": lambda: ws.verify_submission("c2018", "hoi-a"),
            "lock_campaign": lambda: ws.lock_campaign("c2018"),
            "save_registrations": lambda: ws.save_registrations(
                Registrations("c2018", dt.date(2018, 2, 1))),
        }
        for name, attempt in attempts.items():
            with pytest.raises(EmulationError, match="locked") as caught:
                attempt()
            assert "locked" in str(caught.value), name
            assert disk(root) == before, name
        with pytest.raises(ReviewError, match="needs a reason"):
            ws.unlock_campaign("c2018", "")
    with Workspace.open(root, registry=registry) as ws:
        assert ws.is_locked("c2018")
        assert {s.status for s in ws.submissions("c2018").values()} == {Status.LOCKED}


def test_unlock_is_recorded_with_its_reason(make_ws: Callable[[], Path],
                                            registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry) as ws:
        _verify_all(ws)
        ws.lock_campaign("c2018")
        lock = ws.unlock_campaign("c2018", "sửa điểm theo kết luận", now=WHEN)
        assert [(e.action, e.reason) for e in lock.events] == [
            ("locked", ""), ("unlocked", "sửa điểm theo kết luận")]
        assert lock.events[-1].at == WHEN and lock.events[-1].by == ws.actor_text()
        assert {s.status for s in ws.submissions("c2018").values()} == {Status.VERIFIED}
        ws.set_values("c2018", "hoi-a", {"plan": D(0)})  # editable again
    with Workspace.open(root, registry=registry) as ws:
        assert not ws.is_locked("c2018")
        assert ws.lock_state("c2018").events == lock.events
    (entry,) = [e for e in read_chain(root)[0] if e.change.kind == "campaign.unlocked"]
    assert entry.change.reason == "sửa điểm theo kết luận"
    assert entry.change.campaign == "c2018"


def test_a_locked_submission_cannot_be_saved_on_its_own(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), writable=True, registry=registry) as ws:
        sub = ws.submissions("c2018")["hoi-b"]
        with pytest.raises(ReviewError, match="only the whole campaign"):
            ws.save_submission(evolve(sub, status=Status.LOCKED))
        with pytest.raises(ReviewError, match="needs a reason"):
            ws.save_submission(evolve(sub, status=Status.RETURNED))


def test_an_entry_keeps_unit_and_verifier_sides_apart() -> None:
    entry = CriterionEntry(D(5), D(4), "thiếu", explained_points=D("4.5"))
    assert entry.reviewed_points == D("4.5")
    assert evolve(entry, explained_points=None).reviewed_points == D(4)


def test_the_sample_shows_a_review_and_a_locked_mid_year_campaign() -> None:
    from emulation_core import sample_workspace_path

    with Workspace.open(sample_workspace_path()) as ws:
        assert ws.is_locked("2018-6-thang") and not ws.is_locked("2018-ca-nam")
        sub = ws.submissions("2018-6-thang")["hoi-nha-bao"]
        assert [s.status for s in sub.history] == [
            Status.DRAFT, Status.SUBMITTED, Status.RETURNED, Status.SUBMITTED, Status.VERIFIED,
            Status.LOCKED]
        assert sub.history[2].reason
        assert [s.by.split(":")[0] for s in sub.history] == [
            "member", "member", "lead", "member", "lead", "lead"]  # who took each step
        correction = sub.corrections["new_members"]
        assert correction.value == sub.values["new_members"] - 3 and correction.reason
        assert sub.counted_values["new_members"] == correction.value
        board = ws.scoreboard("2018-6-thang")
        assert ws.lock_state("2018-6-thang").finals == {
            m: s.total for m, s in board.scores.items()}


def test_a_stale_copy_cannot_drop_the_recorded_steps_or_the_received_date(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    with Workspace.open(make_ws(), writable=True, registry=registry) as ws:
        stale = ws.submissions("c2018")["hoi-a"]
        ws.return_submission("c2018", "hoi-a", "thiếu", now=WHEN)
        sent = ws.submit("c2018", "hoi-a", now=WHEN).submission
        saved = ws.save_submission(evolve(stale, values={**stale.values, "plan": D(0)},
                                          history=(), submitted_at=None))
        assert saved.history == sent.history and saved.submitted_at == sent.submitted_at
