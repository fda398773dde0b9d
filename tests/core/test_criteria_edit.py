"""Saving an edited criteria table: its checks, what it would change, and its record."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import (
    Actor,
    CriteriaTable,
    Criterion,
    JudgedRule,
    PluginRegistry,
    ReviewError,
    Role,
    Section,
    ValidationError,
    Workspace,
    read_chain,
    save_criteria,
    table_impact,
)

D = Decimal
LEAD = Actor("Nguyễn Văn An", Role.LEAD)


def _open(root: Path, registry: PluginRegistry) -> Workspace:
    return Workspace.open(root, writable=True, registry=registry, actor=LEAD)


def _with_maxima(table: CriteriaTable, **maxima: str) -> CriteriaTable:
    """``table`` with the criteria named (``_`` for ``.``) given new maxima."""
    wanted = {code.replace("_", "."): D(v) for code, v in maxima.items()}

    def node(n: Criterion | Section) -> Criterion | Section:
        if isinstance(n, Section):
            return evolve(n, children=tuple(node(c) for c in n.children))
        return evolve(n, max_points=wanted[n.code]) if n.code in wanted else n

    return evolve(table, sections=tuple(node(s) for s in table.sections))  # type: ignore[misc]


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.name.startswith(".emulation")}


def test_a_change_to_points_names_whose_total_moves_and_needs_a_reason(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with _open(root, registry) as ws:
        table = ws.campaign("c2018").table
        before = {m: s.total for m, s in ws.scoreboard("c2018").scores.items()}
        new = _with_maxima(table, **{"1_1": "7", "1_2": "3"})  # the section still adds to 20
        impact = table_impact(ws, "c2018", new)
        assert impact.in_use and impact.submissions == 2 and impact.alters_points
        # hoi-a reached 8 of its target 10 and issued its plan: 7 × 0.8 + 3 instead of
        # 6 × 0.8 + 4; hoi-b beat its target, so it keeps 7 + 3 = 6 + 4
        moved = {m.member: (m.before, m.after) for m in impact.moves}
        assert moved == {"hoi-a": (before["hoi-a"], before["hoi-a"] - D("0.2"))}
        assert {(c.kind, c.code, c.field, c.old, c.new) for c in impact.changes} == {
            ("criterion.changed", "1.1", "max_points", "6.00", "7.00"),
            ("criterion.changed", "1.2", "max_points", "4.00", "3.00")}
        untouched = _files(root)
        with pytest.raises(ValidationError) as refused:
            save_criteria(ws, "c2018", new, reason="  ")
        assert refused.value.problems[0].key == "criteria_edit.reason_needed"
        assert refused.value.problems[0].field == "reason"
        assert _files(root) == untouched
        saved = save_criteria(ws, "c2018", new, reason="Nghị quyết hội nghị khối")
        assert saved.changes == impact.changes
        assert ws.scoreboard("c2018").score("hoi-a").total == before["hoi-a"] - D("0.2")
    entries, _, broken = read_chain(root)
    assert broken is None
    logged = [e for e in entries if e.change.kind == "criterion.changed"]
    assert [(e.change.code, e.change.reason, e.by) for e in logged] == [
        ("1.1", "Nghị quyết hội nghị khối", LEAD), ("1.2", "Nghị quyết hội nghị khối", LEAD)]
    with Workspace.open(root, registry=registry) as reopened:
        assert reopened.campaign("c2018").table == new


def test_rewording_a_table_in_use_needs_no_reason(make_ws: Callable[[], Path],
                                                  registry: PluginRegistry) -> None:
    root = make_ws()
    with _open(root, registry) as ws:
        table = ws.campaign("c2018").table
        first = table.sections[0]
        renamed = evolve(table, sections=(evolve(first, title="Nhiệm vụ chính"),
                                          *table.sections[1:]))
        impact = save_criteria(ws, "c2018", renamed)
        assert impact.in_use and not impact.alters_points and impact.moves == ()
        assert ws.campaign("c2018").table.sections[0].title == "Nhiệm vụ chính"


def test_a_section_that_does_not_add_up_is_refused_with_its_sum(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with _open(root, registry) as ws:
        new = _with_maxima(ws.campaign("c2018").table, **{"1_2": "5"})
        untouched = _files(root)
        with pytest.raises(ValidationError) as refused:
            save_criteria(ws, "c2018", new, reason="thử")
        problem = refused.value.problems[0]
        assert (problem.key, problem.field, problem.file) == (
            "criteria_edit.sum", "1", "campaigns/c2018/criteria.toml")
        assert problem.message_text("vi") == (
            "mục 1: các tiêu chí cộng lại 21 điểm, nhưng điểm tối đa của mục là 20")
        assert _files(root) == untouched
        impact = table_impact(ws, "c2018", new)  # said before saving; not scored then
        assert [p.key for p in impact.refused] == ["criteria_edit.sum"]
        assert impact.moves == ()


def test_a_maximum_below_a_score_already_entered_is_refused_as_opening_would(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with _open(root, registry) as ws:
        # hoi-a scored itself 9.5 on 1.3
        new = _with_maxima(ws.campaign("c2018").table, **{"1_3": "9", "1_1": "7"})
        untouched = _files(root)
        said = table_impact(ws, "c2018", new).refused
        assert [(p.file, p.field) for p in said] == [
            ("campaigns/c2018/submissions/hoi-a.toml", "criteria.1.3.self")]
        with pytest.raises(ValidationError) as refused:
            save_criteria(ws, "c2018", new, reason="thử")
        assert refused.value.problems == said
        assert _files(root) == untouched
        assert ws.campaign("c2018").table.find("1.3").max_points == D(10)  # type: ignore[union-attr]


def test_adding_and_removing_criteria_and_sections_is_recorded(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with _open(root, registry) as ws:
        table = ws.campaign("c2018").table
        first, bonus = table.sections
        extra = Section("3", "Công tác khen thưởng", (
            Criterion("3.1", "Hồ sơ đúng hạn", D(5), JudgedRule(D("0.5"))),))
        new = evolve(table, sections=(
            evolve(first, children=first.children), evolve(bonus, children=bonus.children[:1]),
            extra))
        save_criteria(ws, "c2018", new, reason="bổ sung mục 3")
    entries, _, _ = read_chain(root)
    kinds = {(e.change.kind, e.change.code) for e in entries if e.change.reason == "bổ sung mục 3"}
    assert kinds == {("criterion.removed", "2.2"), ("criterion.added", "3"),
                     ("criterion.added", "3.1")}


def test_an_unchanged_table_writes_nothing(make_ws: Callable[[], Path],
                                           registry: PluginRegistry) -> None:
    root = make_ws()
    with _open(root, registry) as ws:
        count = len(read_chain(root)[0])
        impact = save_criteria(ws, "c2018", ws.campaign("c2018").table)
        assert impact.changes == ()
    assert len(read_chain(root)[0]) == count


def test_a_locked_campaign_refuses_the_table(make_ws: Callable[[], Path],
                                             registry: PluginRegistry) -> None:
    root = make_ws()
    with _open(root, registry) as ws:
        ws.verify_submission("c2018", "hoi-a")
        ws.lock_campaign("c2018", reason="họp khối")
        renamed = _with_maxima(ws.campaign("c2018").table, **{"1_1": "7", "1_2": "3"})
        with pytest.raises(ReviewError) as refused:
            save_criteria(ws, "c2018", renamed, reason="thử")
        assert refused.value.text("vi").startswith("đợt c2018 đã khoá sau cuộc họp khối")


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(halves=st.integers(min_value=0, max_value=20))
def test_moving_points_between_criteria_moves_exactly_the_totals_it_changes(
        make_ws: Callable[[], Path], registry: PluginRegistry, tmp_path: Path,
        halves: int) -> None:
    """1.1 (target) and 1.2 (yes/no) share 10 points of section 1; the totals the impact
    reports are those the saved table scores, and only members whose total changes are
    listed: hoi-a (8 of its target 10) moves unless 1.1 keeps its 6, hoi-b (over its
    target, plan issued) never does."""
    root = tmp_path / "ws"
    if not root.exists():
        make_ws()
    with _open(root, registry) as ws:
        table = ws.campaign("c2018").table
        target = D(halves) / 2
        new = _with_maxima(table, **{"1_1": str(target), "1_2": str(D(10) - target)})
        impact = table_impact(ws, "c2018", new)
        before = {m: s.total for m, s in ws.scoreboard("c2018").scores.items()}
        save_criteria(ws, "c2018", new, reason="chia lại điểm")
        after = {m: s.total for m, s in ws.scoreboard("c2018").scores.items()}
        assert {m.member: (m.before, m.after) for m in impact.moves} == {
            m: (before[m], after[m]) for m in before if before[m] != after[m]}
        assert after["hoi-a"] == before["hoi-a"] + D("0.2") * (6 - target)
        assert after["hoi-b"] == before["hoi-b"]
        save_criteria(ws, "c2018", table, reason="trả lại")
