"""Criteria tables as workbooks: every table round-trips exactly, and a bad workbook is
refused with each problem named by sheet and cell."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from emulation_core import Workspace, default_registry
from emulation_core.criteria import CriteriaTable, Criterion, Indicator, Section
from emulation_core.criteria_xlsx import CRITERIA_SHEET, criteria_workbook, workbook_data
from emulation_core.criteria_xlsx_read import read_criteria_file, read_criteria_workbook
from emulation_core.errors import ValidationError
from emulation_core.rules import (
    AdjustmentItem,
    AdjustmentRule,
    FormulaRule,
    JudgedRule,
    NoTarget,
    NotEntered,
    OverMeasure,
    PerOccurrenceRule,
    RelativeRule,
    TargetRule,
    YesNoRule,
)
from emulation_core.sample import sample_workspace_path
from emulation_core.templates import criteria_template_path

D = Decimal


def round_trip(table: CriteriaTable, tmp: Path) -> CriteriaTable:
    path = tmp / "table.xlsx"
    path.write_bytes(workbook_data(criteria_workbook(table)))
    return read_criteria_file(path, "table.xlsx")


def sample_tables() -> dict[str, CriteriaTable]:
    with Workspace.open(sample_workspace_path()) as ws:
        return {c.id: c.table for c in ws.campaigns.values()}


@pytest.mark.parametrize("campaign", sorted(sample_tables()))
def test_the_sample_tables_round_trip_exactly(campaign: str, tmp_path: Path) -> None:
    table = sample_tables()[campaign]
    assert round_trip(table, tmp_path) == table


# The general type 'chung' brings no criteria of its own: nothing to round-trip.
@pytest.mark.parametrize("type_key", sorted(k for k, t in default_registry().types.items()
                                            if t.section.children))
def test_every_plugin_table_round_trips_exactly(type_key: str, tmp_path: Path) -> None:
    plugin = default_registry().types[type_key]
    table = CriteriaTable((plugin.section,), plugin.indicator_map)
    assert round_trip(table, tmp_path) == table


_KEYS = st.sampled_from(["a", "b", "members", "x_1"])
_NUMBERS = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False)
_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("C", "Z")), max_size=12
                ).filter(lambda text: unicodedata.normalize("NFC", text) == text)
_RULES = st.one_of(
    st.builds(TargetRule, _KEYS, st.decimals(0, 1, places=2), st.sampled_from(NoTarget),
              st.sampled_from(OverMeasure), st.sampled_from(NotEntered)),
    st.builds(RelativeRule, _KEYS), st.builds(YesNoRule, _KEYS),
    st.builds(PerOccurrenceRule, _KEYS, _NUMBERS), st.builds(JudgedRule, _NUMBERS),
    st.builds(FormulaRule, st.sampled_from(["a + b", "min(a, 3) * 2.5", "best(members) - a"])),
)


@st.composite
def tables(draw: st.DrawFn) -> CriteriaTable:
    count = draw(st.integers(1, 6))
    leaves = []
    for i in range(count):
        rule = draw(_RULES)
        leaves.append(Criterion(f"1.{i + 1}", draw(_TEXT), draw(_NUMBERS), rule,
                                draw(_TEXT), draw(st.frozensets(st.sampled_from(["luat-su",
                                                                                 "htx"]))),
                                draw(_TEXT)))
    floor = -draw(_NUMBERS)
    bonus = Criterion("2.1", "Thưởng, trừ", D(3), AdjustmentRule(
        (AdjustmentItem("a", -draw(_NUMBERS)), AdjustmentItem("b", D("0.5"))), floor, D(3)))
    indicators = {k: Indicator(k, draw(_TEXT) or k, draw(_TEXT), draw(_TEXT), draw(st.booleans()))
                  for k in ("a", "b", "members", "x_1")}
    return CriteriaTable((Section("1", draw(_TEXT), tuple(leaves)),
                          Section("2", "Thưởng", (bonus,)), Section("3", "Theo loại",
                                                                    per_type=True)), indicators)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_any_table_round_trips_exactly(table: CriteriaTable) -> None:
    book = load_workbook(_bytes(criteria_workbook(table)))
    assert read_criteria_workbook(book, "t.xlsx") == table


def _bytes(book: Workbook) -> object:
    import io
    return io.BytesIO(workbook_data(book))


def test_the_shipped_template_reads_as_a_valid_table() -> None:
    table = read_criteria_file(criteria_template_path(), "template.xlsx")
    assert sum(1 for _ in table.leaves()) >= 4
    kinds = {c.rule.kind for c in table.leaves()}
    assert {"target", "yes_no", "judged", "adjustment"} <= kinds


def problems_of(book: Workbook) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        read_criteria_workbook(book, "t.xlsx")
    return {p.field: p.key for p in caught.value.problems}


def sample_book() -> Workbook:
    return criteria_workbook(sample_tables()["2018-ca-nam"])


def row_of(book: Workbook, code: str) -> int:
    sheet = book[CRITERIA_SHEET]
    return next(r for r in range(2, sheet.max_row + 1) if sheet[f"A{r}"].value == code)


def test_each_bad_cell_is_named_by_sheet_and_cell() -> None:
    book = sample_book()
    sheet = book[CRITERIA_SHEET]
    r1, r2, r3 = row_of(book, "2.1"), row_of(book, "3.1"), row_of(book, "4.1")
    sheet[f"E{r1}"] = "mười"
    sheet[f"F{r2}"] = "guess"
    sheet[f"B{r3}"] = "9"
    found = problems_of(book)
    assert found[f"{CRITERIA_SHEET}!E{r1}"] == "number.not_a_number"
    assert found[f"{CRITERIA_SHEET}!F{r2}"] == "criteria_toml.rule_kind"
    assert found[f"{CRITERIA_SHEET}!B{r3}"] == "criteria_sheet.parent"


def test_a_formula_an_unknown_indicator_and_a_bad_parameter_are_refused() -> None:
    book = sample_book()
    sheet = book[CRITERIA_SHEET]
    judged = next(r for r in range(2, sheet.max_row + 1) if sheet[f"F{r}"].value == "judged")
    target = next(r for r in range(2, sheet.max_row + 1) if sheet[f"F{r}"].value == "target")
    sheet[f"E{judged}"] = "=2+3"
    sheet[f"G{target}"] = "no_such_figure"
    sheet[f"H{judged}"] = "step 0,5"
    found = problems_of(book)
    assert found[f"{CRITERIA_SHEET}!E{judged}"] == "cell.formula"
    assert found[f"{CRITERIA_SHEET}!A{target}"] == "criteria_toml.table"
    assert found[f"{CRITERIA_SHEET}!H{judged}"] == "criteria_sheet.parameter"


def test_a_renamed_sheet_and_a_changed_heading_are_refused() -> None:
    book = sample_book()
    book[CRITERIA_SHEET].title = "Criteria"
    assert problems_of(book) == {"": "sheet.missing"}
    book = sample_book()
    book[CRITERIA_SHEET]["E1"] = "max"
    assert problems_of(book) == {f"{CRITERIA_SHEET}!E1": "sheet.header"}


def test_merged_cells_are_refused() -> None:
    book = sample_book()
    book[CRITERIA_SHEET].merge_cells("C2:D2")
    assert problems_of(book) == {CRITERIA_SHEET: "cell.merged"}


def test_a_problem_is_said_in_vietnamese_with_the_cell() -> None:
    book = sample_book()
    row = row_of(book, "2.1")
    book[CRITERIA_SHEET][f"E{row}"] = "-3"
    with pytest.raises(ValidationError) as caught:
        read_criteria_workbook(book, "t.xlsx")
    text = caught.value.text("vi")
    assert f"t.xlsx: {CRITERIA_SHEET}!E{row}:" in text and "âm" in text


@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False))
def test_a_cell_reads_a_figure_as_typed_in_the_vietnamese_form_or_as_a_number(
        value: Decimal) -> None:
    from openpyxl import Workbook as NewBook

    from emulation_core.numbers import format_typed
    from emulation_core.xlsxcells import CellReader

    sheet = NewBook().active
    assert sheet is not None
    sheet["A1"] = format_typed(value)
    sheet["A2"] = float(value) if Decimal(repr(float(value))) == value else str(value)
    cells = CellReader("f.xlsx")
    assert cells.number(sheet, "A1") == value
    assert cells.number(sheet, "A2") == value
    assert cells.problems == []
