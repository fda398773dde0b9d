"""A criterion moved into another section from the criteria editor: at the first or last
place of its section alt+↑/↓ takes it on into the section before (last in it) or after
(first in it), skipping per-type slots, coded as ``a`` codes a new one there; the save
dialog and the change log say it moved (one change, not a removal and an addition), and
the saved scores of the criterion follow it to its new code."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st
from textual.widgets import Static

from emulation_core import (
    Campaign,
    CriteriaTable,
    Criterion,
    JudgedRule,
    PeriodKind,
    Section,
    ValidationError,
    YesNoRule,
    read_chain,
)
from emulation_core.changes import campaign_changes
from emulation_core.criteria_edit import save_criteria, table_impact
from emulation_core.criteria_moves import moved_criteria
from emulation_tui.app import EmulationApp
from emulation_tui.criteria_draft import Draft
from emulation_tui.screens.reason_dialog import ReasonDialog
from emulation_tui.session import Session

from .conftest import notified, open_criteria_editor, settle

D = Decimal


def _table() -> CriteriaTable:
    return CriteriaTable((
        Section("I", "Chuyên môn", per_type=True, max_points=D(40)),
        Section("II", "Tổ chức", (
            Criterion("II.1", "Báo cáo", D(10), YesNoRule("on_time")),
            Criterion("II.2", "Công tác", D(6), JudgedRule(D("0.5"))),
        )),
        Section("III", "Phong trào", (
            Section("III.1", "Tập huấn", (
                Criterion("III.1.1", "Lớp", D(4), JudgedRule(D("0.5"))),)),
            Criterion("III.2", "Mô hình", D(5), JudgedRule(D(1))),
        )),
    ), {})


def _campaign(table: CriteriaTable) -> Campaign:
    return Campaign("c", "Đợt", PeriodKind.YEAR_END, 2026, dt.date(2026, 1, 1),
                    dt.date(2026, 12, 31), dt.date(2026, 12, 20), table)


def _codes(draft: Draft) -> list[str]:
    return [node.code for _, node, _ in draft.rows()]


def test_a_criterion_goes_on_into_the_next_section_and_back_with_new_codes() -> None:
    draft = Draft("c", _table())
    draft.refuse((1, 1), "max", {"code": "II.2", "max": "6x"})
    assert draft.crossing((1, 1), 1) == (2,)
    assert draft.move((1, 1), 1) == (2, 0)  # first in III, coded after its last criterion
    assert _codes(draft) == ["I", "II", "II.1", "III", "III.3", "III.1", "III.1.1", "III.2"]
    assert draft.refused == {(2, 0): {"code": "III.3", "max": "6x"}}  # its texts followed
    assert draft.move((2, 0), 1) == (2, 1)  # then among III's children as before
    assert draft.move((2, 1), -1) == (2, 0)
    assert draft.move((2, 0), -1) == (1, 1)  # back up: last in II, coded there
    assert _codes(draft)[:4] == ["I", "II", "II.1", "II.2"]
    assert draft.move((1, 0), 1) == (1, 1)
    assert draft.crossing((1, 0), -1) is None  # a per-type slot takes no criterion
    assert draft.crossing((1,), 1) is None  # a section moves among its siblings only
    assert draft.crossing((2, 0, 0), -1) == (2,)  # out of a sub-section into its parent
    while draft.undo():
        pass
    assert draft.table == _table()


_PATHS = st.integers(0, 20)


@given(moves=st.lists(st.tuples(_PATHS, st.sampled_from([-1, 1])), max_size=15))
def test_moves_keep_every_criterion_once_with_codes_of_its_own(
        moves: list[tuple[int, int]]) -> None:
    """Whatever criteria are moved, wherever: each is in the table once, the same but for
    its code, every code is used once, and the per-type slot is untouched."""
    draft = Draft("c", _table())
    for pick, step in moves:
        leaves = [path for path, node, _ in draft.rows() if isinstance(node, Criterion)]
        path = leaves[pick % len(leaves)]
        if draft.can_move(path, step) or draft.crossing(path, step) is not None:
            draft.move(path, step)
    criteria = [node for _, node, _ in draft.rows() if isinstance(node, Criterion)]
    before = sorted((c.title, c.max_points) for c in _table().leaves())
    assert sorted((c.title, c.max_points) for c in criteria) == before
    codes = _codes(draft)
    assert len(codes) == len(set(codes))
    assert draft.table.sections[0] == _table().sections[0]
    assert draft.table.nominal == _table().nominal


def _logged(session: Session, kind: str) -> list[tuple[str, str | None, str | None, str]]:
    entries, _, broken = read_chain(session.ws.path)
    assert broken is None
    return [(e.change.code, e.change.old, e.change.new, e.change.reason)
            for e in entries if e.change.kind == kind]


async def test_a_criterion_moved_across_is_saved_with_its_scores_and_recorded(
        app: EmulationApp, session: Session) -> None:
    before = session.ws.submissions("2018-6t")["ctd-tinh"].entries["II.2"]
    totals = {m: s.total for m, s in session.ws.scoreboard("2018-6t").scores.items()}
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_criteria_editor(app, pilot, "1.1")  # II.2, last in II
        await pilot.press("alt+down")
        await pilot.pause()
        assert screen.draft is not None
        assert [n.code for _, n, _ in screen.draft.rows()][:6] == [
            "I", "II", "II.1", "III", "III.2", "III.1"]
        assert screen.table.current_key == "2.0"  # the cursor went with it
        assert notified(app, "II.2 chuyển sang mục III, mã mới III.2")
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ReasonDialog)
        body = str(dialog.query_one(".dialog-body", Static).render())
        assert "II.2 chuyển mục, mã mới III.2" in body
        assert "II.2 thêm" not in body and "II.2 xoá" not in body
        await pilot.press(*("space" if key == " " else key for key in "theo hoi nghi"),
                          "enter")
        await settle(app, pilot)
    ws = session.ws
    assert [c.code for c in ws.campaign("2018-6t").table.leaves()] == [
        "II.1", "III.2", "III.1", "IV.1"]
    assert ws.submissions("2018-6t")["ctd-tinh"].entries["III.2"] == before
    assert "II.2" not in ws.submissions("2018-6t")["ctd-tinh"].entries
    assert {m: s.total for m, s in ws.scoreboard("2018-6t").scores.items()} == totals
    assert _logged(session, "criterion.moved") == [
        ("III.2", "II.2", "III.2", "theo hoi nghi")]
    assert not _logged(session, "criterion.removed")


def test_a_criterion_with_cross_scores_is_not_moved(session: Session) -> None:
    ws = session.ws
    ws.cross_assign("2018-6t")
    ws.cross_set("2018-6t", "kh-tinh", "ctd-tinh", "II.2", D(9))
    draft = Draft("2018-6t", ws.campaign("2018-6t").table)
    draft.move((1, 1), 1)
    impact = table_impact(ws, "2018-6t", draft.table)
    assert [p.field for p in impact.refused] == ["criterion II.2"]
    assert impact.refused[0].text("vi").endswith(
        "tiêu chí II.2 đã có điểm chấm chéo: không chuyển sang mã III.2 được (gợi ý: để "
        "tiêu chí ở mục cũ, hoặc giữ mã II.2)")
    with pytest.raises(ValidationError):
        save_criteria(ws, "2018-6t", draft.table, reason="x")
    assert ws.campaign("2018-6t").table.find("II.2") is not None


def test_moved_criteria_pairs_only_what_is_the_same_but_for_its_code() -> None:
    old = _table()
    moved = Draft("c", old)
    moved.move((1, 1), 1)
    assert moved_criteria(old, moved.table) == {"II.2": "III.3"}
    edited = Draft("c", moved.table)
    node = edited.node((2, 0))
    assert isinstance(node, Criterion)
    edited.put((2, 0), evolve(node, max_points=D(7)), "max")
    assert moved_criteria(old, edited.table) == {}  # moved and changed: removed and added
    kinds = [c.kind for c in campaign_changes(
        _campaign(old), _campaign(moved.table))]
    assert kinds == ["criterion.moved"]
