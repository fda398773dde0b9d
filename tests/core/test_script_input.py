"""What a script passes the workspace's methods: figures as Decimals, whole ints or typed
text, read as scoring needs them, and anything else refused with the file and field named
instead of an AttributeError from deep inside a check (docs/library.md)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    Actor,
    CampaignPlan,
    PeriodKind,
    ReviewError,
    Role,
    ValidationError,
    Workspace,
    format_typed,
    set_targets,
)
from emulation_core.given import given_figure

D = Decimal
C = "2018-ca-nam"
HTX = "lien-minh-htx"
SUB = f"campaigns/{C}/submissions/{HTX}.toml"
LEAD = Actor("Nguyễn Văn An", Role.LEAD)


def refusal(error: pytest.ExceptionInfo[ValidationError]) -> tuple[str, str, str]:
    (problem,) = error.value.problems
    return problem.file, problem.field, problem.key


@given(st.decimals(min_value=0, max_value=10**12, places=3, allow_nan=False))
def test_typed_text_reads_back_as_the_figure_it_writes(value: Decimal) -> None:
    assert given_figure(format_typed(value), "f", "x") == value
    whole = value.to_integral_value()
    assert given_figure(format_typed(whole, integer=True), "f", "x", integer=True) == whole
    assert given_figure(int(whole), "f", "x") == whole


def test_figures_may_be_ints_or_typed_text_and_counts_read_grouping(ws: Path) -> None:
    with Workspace.open(ws, writable=True, actor=LEAD) as w:
        saved = w.set_values(C, HTX, {"new_coops": 61, "new_member_units": "1.430"})
        assert saved.submission.values["new_coops"] == D(61)
        assert saved.submission.values["new_member_units"] == D(1430)  # a count: grouping
        set_targets(w, C, HTX, {"new_coops": "70"})
        assert w.campaign(C).targets[HTX]["new_coops"] == D(70)
        w.correct_figure(C, HTX, "new_coops", 58, "3 HTX chưa có giấy chứng nhận")
        assert w.submissions(C)[HTX].corrections["new_coops"].value == D(58)
    with Workspace.open(ws) as again:  # what was saved reads back as Decimals
        assert again.submissions(C)[HTX].counted_values["new_coops"] == D(58)


@pytest.mark.parametrize(("call", "file", "field", "key"), [
    (lambda w: w.set_values(C, HTX, {"new_coops": True}), SUB, "values.new_coops",
     "number.bool"),
    (lambda w: w.set_values(C, HTX, {"new_coops": [1]}), SUB, "values.new_coops",
     "number.wrong_type"),
    (lambda w: w.set_values(C, HTX, {"new_coops": "12,5,1"}), SUB, "values.new_coops",
     "number.commas"),
    (lambda w: w.correct_figure(C, HTX, "new_coops", "mười", "lý do"), SUB,
     "corrections.new_coops.value", "number.not_a_number"),
    (lambda w: set_targets(w, C, HTX, {"new_coops": object()}),
     f"campaigns/{C}/targets.toml", f"{HTX}.new_coops", "number.wrong_type"),
    (lambda w: w.verify_submission(C, HTX, {"new_coops": D(38)}), SUB,
     "corrections.new_coops", "review.correction_pair"),
])
def test_a_figure_that_cannot_be_read_names_the_file_and_field(
        ws: Path, call: object, file: str, field: str, key: str) -> None:
    with Workspace.open(ws, writable=True, actor=LEAD) as w:
        before = w.submissions(C)[HTX]
        with pytest.raises(ValidationError) as error:
            call(w)  # type: ignore[operator]
        found = refusal(error)
        assert found[:2] == (file, field)
        assert found[2].startswith(key)
        assert w.submissions(C)[HTX] == before  # nothing written


def test_a_submission_holding_an_int_is_refused_in_both_languages(ws: Path) -> None:
    with Workspace.open(ws, writable=True, actor=LEAD) as w:
        sub = w.submissions(C)[HTX]
        with pytest.raises(ValidationError) as error:
            w.save_submission(evolve(sub, values={**sub.values, "new_coops": 60}))
    (problem,) = error.value.problems
    assert (problem.field, problem.key) == ("values.new_coops", "finding.not_decimal")
    assert problem.message == "is the int 60, not a Decimal"
    assert problem.message_text("vi") == "là int 60, không phải Decimal"


def test_a_correction_still_needs_its_reason(ws: Path) -> None:
    with Workspace.open(ws, writable=True, actor=LEAD) as w, pytest.raises(ReviewError):
        w.verify_submission(C, HTX, {"new_coops": (38, "  ")})


def test_a_campaign_plan_reads_the_period_and_typed_dates() -> None:
    plan = CampaignPlan("2019-6-thang", "Sơ kết", "mid_year", 2019, "01/01/2019",
                        "2019-06-30", dt.date(2019, 6, 15))
    assert plan.period is PeriodKind.MID_YEAR
    assert (plan.start, plan.end, plan.deadline) == \
        (dt.date(2019, 1, 1), dt.date(2019, 6, 30), dt.date(2019, 6, 15))
    with pytest.raises(ValueError, match="mid-year"):
        CampaignPlan("x", "X", "mid-year", 2019, "01/01/2019", "30/06/2019", "15/06/2019")
