"""Why a score cannot be entered, said from the catalog in both languages."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from emulation_core import Criterion, JudgedRule, Message, check_points


@pytest.mark.parametrize(("stage", "typed", "vi", "en"), [
    ("self", "25", "điểm tự chấm 25 cao hơn điểm tối đa 20 của tiêu chí",
     "self score 25 is above the criterion's maximum 20"),
    ("verified", "-1", "điểm thẩm định -1 thấp hơn điểm tối thiểu 0 của tiêu chí",
     "verified score -1 is below the criterion's minimum 0"),
    ("self", "12.345", "điểm tự chấm 12,345 có nhiều chữ số thập phân hơn độ chính xác 0,01 "
     "của đợt thi đua", "self score 12.345 has more decimals than the campaign's precision 0.01"),
    ("self", "12.3", "phải là bội số của 0,5", "must be a multiple of 0.5"),
])
def test_a_refused_score_is_said_in_both_languages(stage: str, typed: str, vi: str,
                                                   en: str) -> None:
    judged = Criterion("2", "Chất lượng", D(20), JudgedRule(D("0.5")))
    refusal = check_points(judged, stage, D(typed), D("0.01"))
    assert refusal is not None
    assert (refusal.text("vi"), refusal.text("en")) == (vi, en)


def test_an_allowed_score_is_not_refused() -> None:
    judged = Criterion("2", "Chất lượng", D(20), JudgedRule(D("0.5")))
    assert check_points(judged, "verified", D("12.5"), D("0.01")) is None
    assert JudgedRule(D("0.5")).check(D(21), D(20)) == Message("points.judged_range",
                                                              {"max": D(20)})
