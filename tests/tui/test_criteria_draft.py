"""The criteria editor's working copy and fields, without Textual: codes suggested, refused
texts following their row, undo steps, sums, and every rule kind read back from the texts
it shows (a property over generated criteria)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    CriteriaTable,
    Criterion,
    FormulaRule,
    Indicator,
    JudgedRule,
    NoTarget,
    NotEntered,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    Rule,
    Section,
    TargetRule,
    YesNoRule,
)
from emulation_tui.criteria_draft import Draft, scale_of, section_sums, table_total
from emulation_tui.criteria_fields import build, fields_of, texts_of

D = Decimal


def _table() -> CriteriaTable:
    return CriteriaTable((
        Section("I", "Chuyên môn", per_type=True, max_points=D(60)),
        Section("II", "Tổ chức", (
            Criterion("II.1", "Báo cáo", D(10), YesNoRule("on_time")),
            Criterion("II.2", "Công tác", D(10), JudgedRule(D("0.5"))),
        ), max_points=D(20)),
        Section("III", "Thưởng", (
            Criterion("III.1", "Cờ", D(15), AdjustmentRule(
                (AdjustmentItem("flags", D(10)),), D(0), D(15))),)),
    ), {"on_time": Indicator("on_time", "Đúng hạn"), "flags": Indicator("flags", "Cờ")})


def test_sums_count_a_per_type_slot_at_its_maximum_and_leave_bonuses_out() -> None:
    table = _table()
    assert table_total(table) == D(80)
    assert scale_of(D(80)) == D(100) and scale_of(D(640)) == D(1000)
    assert [(s.code, s.total, s.maximum, s.matches) for s in section_sums(table)] == [
        ("II", D(20), D(20), True)]


def test_codes_follow_the_last_sibling_and_section_numerals() -> None:
    draft = Draft("c", _table())
    assert draft.add_criterion((1, 0), "Mới") == (1, 1)  # after II.1: the next free code
    assert draft.node((1, 1)).code == "II.3"  # II.2 is taken
    assert draft.add_section((1, 0), "Mục mới") == (2,)
    assert draft.node((2,)).code == "IV"  # III is taken
    assert draft.add_criterion((2,), "Đầu tiên") == (2, 0)
    assert draft.node((2, 0)).code == "IV.1"
    assert draft.add_section((2,), "Con", inside=True) == (2, 1)
    assert draft.node((2, 1)).code == "IV.2"
    try:
        draft.add_criterion((0,), "Không được")
    except ValueError:
        pass
    else:
        raise AssertionError("a per-type slot took a criterion")


def test_refused_texts_follow_their_row_and_undo_takes_back_a_field_at_once() -> None:
    draft = Draft("c", _table())
    draft.refuse((1, 1), "max", {"max": "1x"})
    draft.add_criterion((1, 0), "Mới")  # inserted before II.2: its texts move down
    assert draft.refused == {(1, 2): {"max": "1x"}}
    draft.remove((1, 0))
    assert draft.refused == {(1, 1): {"max": "1x"}}
    draft.remove((1, 1))  # the refused row itself
    assert draft.refused == {}
    assert draft.dirty
    while draft.undo():
        pass
    assert draft.table == _table() and not draft.dirty
    first = draft.node((1, 0))
    assert isinstance(first, Criterion)
    for maximum in ("1", "12"):  # one field's keystrokes: one undo step
        draft.put((1, 0), Criterion("II.1", "Báo cáo", D(maximum), first.rule), "max")
    draft.put((1, 0), Criterion("II.1", "Báo cáo hằng tháng", D(12), first.rule), "title")
    assert draft.undo() and draft.node((1, 0)).title == "Báo cáo"
    assert draft.undo() and draft.node((1, 0)) == first
    assert not draft.undo()


def _build(node: Section | Criterion, texts: dict[str, str]) -> object:
    return build(node, texts, _table(), {"II.2": "Công tác"}, {"chu-thap-do"})


def test_refusals_are_said_beside_their_field() -> None:
    node = _table().sections[1].children[0]
    texts = texts_of(node)
    built = _build(node, {**texts, "max": "1x", "code": "II.2", "title": " ",
                          "applies_to": "chu-thap-do, nha-bao"})
    assert built.node is None  # type: ignore[attr-defined]
    errors = built.errors  # type: ignore[attr-defined]
    assert set(errors) == {"max", "code", "title", "applies_to"}
    assert "Công tác" in errors["code"] and "nha-bao" in errors["applies_to"]
    built = _build(node, {**texts, "kind": "adjustment", "floor": "5", "ceiling": "2",
                          "items": "flags=10; late"})
    assert set(built.errors) == {"ceiling", "items"}  # type: ignore[attr-defined]
    built = _build(node, {**texts, "kind": "formula", "expression": "__import__('os')"})
    assert set(built.errors) == {"expression"}  # type: ignore[attr-defined]


def test_a_new_indicator_is_declared_with_the_criterion_title() -> None:
    node = _table().sections[1].children[0]
    built = _build(node, {**texts_of(node), "indicator": "reports_sent"})
    assert built.declare == {  # type: ignore[attr-defined]
        "reports_sent": Indicator("reports_sent", "Báo cáo")}
    assert "chỉ số mới" in built.notes["indicator"]  # type: ignore[attr-defined]


_AMOUNT = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False,
                      allow_infinity=False)
_KEY = st.sampled_from(["on_time", "flags", "new_members", "x1"])


def _rules() -> st.SearchStrategy[Rule]:
    return st.one_of(
        st.builds(JudgedRule, _AMOUNT),
        st.builds(YesNoRule, _KEY),
        st.builds(RelativeRule, _KEY),
        st.builds(TargetRule, _KEY, st.decimals(min_value=0, max_value=1, places=2),
                  st.sampled_from(list(NoTarget)), st.sampled_from(list(OverMeasure)),
                  st.sampled_from(list(NotEntered))),
        st.builds(PerOccurrenceRule, _KEY, _AMOUNT),
        st.builds(FormulaRule, st.sampled_from(["min(flags, 3) * 2", "on_time / 2 + 1"])),
        st.tuples(st.lists(st.builds(AdjustmentItem, _KEY,
                                     st.decimals(min_value=-20, max_value=20, places=1)),
                           min_size=1, max_size=3),
                  st.decimals(min_value=-20, max_value=0, places=1),
                  st.decimals(min_value=0, max_value=20, places=1)).map(
            lambda t: AdjustmentRule(tuple(t[0]), t[1], t[2])),
    )


@given(rule=_rules(), maximum=_AMOUNT, title=st.text(
    alphabet="abcđêôơưạảãàáÂẦ ", min_size=1, max_size=20).filter(lambda s: s.strip() == s
                                                                   and s != ""))
def test_every_rule_kind_reads_back_from_the_texts_it_shows(rule: Rule, maximum: Decimal,
                                                            title: str) -> None:
    maximum = rule.ceiling if isinstance(rule, AdjustmentRule) else maximum
    node = Criterion("V.1", title, maximum, rule, evidence="Báo cáo")
    texts = texts_of(node)
    assert set(fields_of(node)) <= set(texts)
    built = build(node, texts, _table(), {}, set())
    assert built.errors == {}
    assert built.node == node


def test_an_indicator_typed_letter_by_letter_is_declared_once() -> None:
    draft = Draft("c", _table())
    first = draft.node((1, 0))
    assert isinstance(first, Criterion)
    for typed in ("c", "ch", "charity"):
        draft.put((1, 0), Criterion("II.1", "Từ thiện", D(10), YesNoRule(typed)), "indicator",
                  {typed: Indicator(typed, "Từ thiện")})
    assert set(draft.table.indicators) == {"on_time", "flags", "charity"}
    draft.remove((1, 0))  # no rule reads it now; the saved table's own stay
    assert set(draft.table.indicators) == {"on_time", "flags"}
