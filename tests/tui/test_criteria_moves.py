"""The criteria editor's working copy, moved and relabelled, and kept on disk: criteria and
sections moved among their siblings (refused texts following them, one undo step each),
indicator labels edited, the copy written to the workspace's private folder and read back
whole, a damaged copy not offered; the change log records a new order and saving it needs
no reason."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Campaign,
    Change,
    CriteriaTable,
    Criterion,
    Indicator,
    JudgedRule,
    PeriodKind,
    Section,
    YesNoRule,
)
from emulation_core.changes import campaign_changes
from emulation_core.criteria_edit import TableImpact
from emulation_tui.criteria_draft import Draft
from emulation_tui.criteria_fields import build_indicator, indicator_texts
from emulation_tui.criteria_keep import CopyKeeper, discard, keep, kept, kept_path
from emulation_tui.screens.criteria_rows import checks_text, slot_mismatches
from emulation_tui.screens.criteria_save import change_line

D = Decimal
AT = dt.datetime(2026, 3, 2, 8, 30, tzinfo=dt.UTC)


def _table() -> CriteriaTable:
    return CriteriaTable((
        Section("I", "Chuyên môn", per_type=True, max_points=D(60)),
        Section("II", "Tổ chức", (
            Criterion("II.1", "Báo cáo", D(10), YesNoRule("on_time")),
            Criterion("II.2", "Công tác", D(6), JudgedRule(D("0.5"))),
            Criterion("II.3", "Tập huấn", D(4), JudgedRule(D("0.5"))),
        ), max_points=D(20)),
        Section("III", "Thưởng", (
            Criterion("III.1", "Cờ", D(15), AdjustmentRule(
                (AdjustmentItem("flags", D(10)),), D(0), D(15))),)),
    ), {"on_time": Indicator("on_time", "Đúng hạn", unit="báo cáo", integer=True),
        "flags": Indicator("flags", "Cờ")})


def _codes(draft: Draft, section: int) -> list[str]:
    node = draft.node((section,))
    assert isinstance(node, Section)
    return [c.code for c in node.children]


def test_a_criterion_moves_among_its_siblings_and_undo_takes_it_back() -> None:
    draft = Draft("c", _table())
    draft.refuse((1, 0), "max", {"max": "1x"})
    assert draft.move((1, 0), 1) == (1, 1)
    assert _codes(draft, 1) == ["II.2", "II.1", "II.3"]
    assert draft.refused == {(1, 1): {"max": "1x"}}  # the texts went with it
    assert draft.move((1, 1), 1) == (1, 2)
    assert _codes(draft, 1) == ["II.2", "II.3", "II.1"]
    assert not draft.can_move((1, 2), 1) and not draft.can_move((1, 0), -1)
    try:
        draft.move((1, 0), -1)  # section I before it is a per-type slot: the table's edge
    except ValueError:
        pass
    else:
        raise AssertionError("moved past the first criterion of the table")
    assert draft.move((2,), -1) == (1,)  # sections move among the table's sections
    assert [s.code for s in draft.table.sections] == ["I", "III", "II"]
    assert draft.table.nominal == _table().nominal  # nothing but the order changed
    while draft.undo():
        pass
    assert draft.table == _table()


@given(moves=st.lists(st.tuples(st.integers(0, 2), st.sampled_from([-1, 1])), max_size=12))
def test_moves_keep_every_criterion_once_and_in_its_section(
        moves: list[tuple[int, int]]) -> None:
    draft = Draft("c", _table())
    for index, step in moves:
        if draft.can_move((1, index), step):
            draft.move((1, index), step)
    assert sorted(_codes(draft, 1)) == ["II.1", "II.2", "II.3"]
    assert draft.table.sections[0] == _table().sections[0]
    assert draft.table.sections[2] == _table().sections[2]


def test_an_indicator_label_is_edited_and_an_empty_one_kept_as_typed() -> None:
    draft = Draft("c", _table())
    on_time = draft.table.indicators["on_time"]
    texts = indicator_texts(on_time)
    assert texts == {"label": "Đúng hạn", "label_en": "", "unit": "báo cáo",
                     "integer": "whole"}
    built, errors = build_indicator(on_time, {**texts, "label": " Báo cáo đúng hạn ",
                                              "unit": "bản", "integer": "decimal"})
    assert errors == {} and built == Indicator("on_time", "Báo cáo đúng hạn", "", "bản")
    draft.put_indicator(built, "label")
    assert draft.table.indicators["on_time"].label == "Báo cáo đúng hạn" and draft.dirty
    built, errors = build_indicator(on_time, {**texts, "label": "  "})
    assert built is None and "trống" in errors["label"]
    draft.refuse_indicator("on_time", "label", {**texts, "label": "  "})
    assert draft.refused_count() == 1
    assert draft.undo()  # the field's keystrokes, good and refused: one step
    assert draft.refused_count() == 0 and draft.table == _table() and not draft.dirty


def _campaign(table: CriteriaTable) -> Campaign:
    return Campaign("c", "Đợt", PeriodKind.MID_YEAR, 2026, dt.date(2026, 1, 1),
                    dt.date(2026, 6, 30), dt.date(2026, 7, 10), table)


def test_a_new_order_is_recorded_and_alters_no_points() -> None:
    draft = Draft("c", _table())
    draft.move((1, 2), -1)
    draft.move((2,), -1)
    old = _campaign(_table())
    changes = campaign_changes(old, _campaign(draft.table))
    orders = [(c.kind, c.code, c.field, c.old, c.new) for c in changes]
    assert orders == [("criteria.reordered", "", "order", "I, II, III", "I, III, II"),
                      ("criteria.reordered", "II", "order", "II.1, II.2, II.3",
                       "II.1, II.3, II.2")]
    impact = TableImpact("c", tuple(changes), 3, ())
    assert impact.in_use and not impact.alters_points  # no reason asked


def test_the_copy_is_kept_and_read_back_whole(tmp_path: Path) -> None:
    draft = Draft("c", _table())
    draft.move((1, 0), 1)
    draft.add_section((2,), "Mục mới")  # empty, and sums that do not match: still kept
    draft.refuse((1, 1), "title", {"title": ""})
    draft.refuse_indicator("flags", "label", {"label": ""})
    draft.scale = D(1000)
    assert keep(tmp_path, draft, AT) is None
    copy = kept(tmp_path, "c")
    assert copy is not None
    assert (copy.table, copy.base, copy.scale, copy.at) == (draft.table, _table(), D(1000), AT)
    assert copy.refused == {(1, 1): {"title": ""}}
    assert copy.refused_indicators == {"flags": {"label": ""}}
    again = Draft("c", _table())
    again.take_kept(copy.table, copy.scale, copy.refused, copy.refused_indicators)
    assert again.table == draft.table and again.dirty
    assert again.undo() and again.table == _table()  # one step back to the saved table
    assert kept(tmp_path, "other") is None
    discard(tmp_path, "c")
    assert kept(tmp_path, "c") is None and not kept_path(tmp_path, "c").parent.exists()


def test_a_damaged_copy_is_not_offered(tmp_path: Path) -> None:
    draft = Draft("c", _table())
    draft.move((1, 0), 1)
    assert keep(tmp_path, draft, AT) is None
    path = kept_path(tmp_path, "c")
    text = path.read_text(encoding="utf-8")
    for damaged in (text[: len(text) // 2], text.replace('"II.2"', "7"),
                    text.replace('scale = "100"', 'scale = "-1"'),
                    text + '\n[[refused]]\npath = [9, 9]\ntexts = {title = ""}\n'):
        path.write_text(damaged, encoding="utf-8")
        assert kept(tmp_path, "c") is None
    path.unlink()
    target = tmp_path / "elsewhere.toml"
    target.write_text(text, encoding="utf-8")
    path.symlink_to(target)  # a link planted in the folder is not followed
    assert kept(tmp_path, "c") is None


def test_the_keeper_writes_changed_copies_and_removes_clean_ones(tmp_path: Path) -> None:
    keeper = CopyKeeper(tmp_path, lambda: AT)
    draft = Draft("c", _table())
    draft.move((1, 0), 1)
    keeper.changed.add("c")
    assert keeper.flush({"c": draft}) == [] and kept(tmp_path, "c") is not None
    draft.undo()
    keeper.changed.add("c")
    assert keeper.flush({"c": draft}) == [] and kept(tmp_path, "c") is None
    draft.move((1, 0), 1)
    keeper.changed.add("c")
    keeper.flush({"c": draft})
    fresh = Draft("c", _table())
    assert keeper.take_back(fresh) is not None and fresh.table == draft.table
    assert keeper.take_back(Draft("c", _table())) is None  # once per run
    blocked = tmp_path / "file"
    blocked.write_text("x")
    stuck = CopyKeeper(blocked, lambda: AT)  # the folder cannot be made: said, not raised
    stuck.changed.add("c")
    assert stuck.flush({"c": draft}) == ["c"]


def test_a_per_type_slot_names_each_type_that_does_not_fill_it() -> None:
    draft = Draft("c", _table())  # slot I declares 60
    sums = {"Chữ thập đỏ": D(60), "Khuyến học": D(50), "Nhà báo": D(50), "VHNT": D(45)}
    assert slot_mismatches(draft, sums) == [("I", "Khuyến học", D(50), D(60)),
                                            ("I", "Nhà báo", D(50), D(60)),
                                            ("I", "VHNT", D(45), D(60))]
    text = str(checks_text(draft, 0, sums))
    assert "mục I: Khuyến học, Nhà báo 50 ≠ 60" in text and "mục I: VHNT 45 ≠ 60" in text
    assert "Chữ thập đỏ" not in text
    assert slot_mismatches(draft, {"Chữ thập đỏ": D(60)}) == []


def test_the_save_dialog_words_an_indicator_change_and_a_new_order() -> None:
    kinds: tuple[dict[str, str], dict[str, str]] = ({}, {})
    unit = Change("indicator.changed", "c", field="late.unit", old="", new="lần")
    whole = Change("indicator.changed", "c", field="late.integer", old="false", new="true")
    order = Change("criteria.reordered", "c", code="", field="order", old="I, II",
                   new="II, I")
    assert change_line(unit, kinds) == "chỉ số late, đơn vị: – → lần"
    assert change_line(whole, kinds) == "chỉ số late, loại số: có thể lẻ → số nguyên (đếm)"
    assert change_line(order, kinds) == "các mục thứ tự: I, II → II, I"
