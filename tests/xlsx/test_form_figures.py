"""Any figures a unit types into its form, as numbers or as Vietnamese text, read back as
the same figures (Hypothesis)."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from emulation_core import Workspace, sample_workspace_path
from emulation_core.form_layout import VALUES_SHEET
from emulation_core.forms import form_file_name, form_plan, make_forms, read_forms
from emulation_core.numbers import format_typed

C = "2018-ca-nam"
MEMBER = "doan-luat-su"
FOLDER = Path(tempfile.mkdtemp(prefix="forms-"))

with Workspace.open(sample_workspace_path()) as _ws:
    make_forms(_ws, C, FOLDER)
    PLAN = form_plan(_ws, C, MEMBER)

_FIGURES = st.fixed_dictionaries({
    key: st.one_of(
        st.none(),
        st.integers(0, 10**9).map(Decimal) if indicator.integer or key in PLAN.yes_no_keys
        else st.decimals(0, 10**6, places=2, allow_nan=False))
    for key, indicator in PLAN.table.indicators.items()})


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_FIGURES, st.booleans())
def test_figures_typed_into_a_form_read_back_unchanged(
        figures: dict[str, Decimal | None], as_text: bool) -> None:
    path = FOLDER / form_file_name(C, MEMBER)
    book = load_workbook(path)
    sheet = book[VALUES_SHEET]
    for row, key in enumerate(PLAN.indicator_keys, start=2):
        value = figures[key]
        integer = PLAN.table.indicators[key].integer
        sheet[f"E{row}"] = None if value is None else \
            format_typed(value, integer=integer) if as_text else float(value)
    filled = FOLDER / "filled" / form_file_name(C, MEMBER)
    filled.parent.mkdir(exist_ok=True)
    book.save(filled)
    with Workspace.open(sample_workspace_path()) as ws:
        (form,) = read_forms(ws, [filled], C)
    assert form.values == {k: v for k, v in figures.items() if v is not None}
