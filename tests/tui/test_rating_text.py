"""The UI tells "below the lowest band" from "not submitted"."""

from __future__ import annotations

from decimal import Decimal

import pytest
from attrs import evolve

from emulation_core import DEFAULT_BANDS, Member, MemberScore, RatingState, Status
from emulation_tui import fmt
from emulation_tui.i18n import language, set_language

D = Decimal


def score(status: Status, total: Decimal) -> MemberScore:
    rating = next((b for b in DEFAULT_BANDS if b.admits(total)), None) \
        if status is not Status.MISSING else None
    return MemberScore(Member("m", "Hội M", "M", "t"), status, (), total, total, None, D(0),
                       D(0), D(100), total, rating)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_rating_text_for_each_state(lang: str) -> None:
    before = language()
    set_language(lang)  # type: ignore[arg-type]
    try:
        rated, below, missing = (score(Status.SUBMITTED, D(90)), score(Status.SUBMITTED, D(-3)),
                                 score(Status.MISSING, D(0)))
        assert [s.rating_state for s in (rated, below, missing)] == [
            RatingState.RATED, RatingState.BELOW_BANDS, RatingState.NOT_SUBMITTED]
        assert fmt.rating(rated, short=True) == ("Tốt" if lang == "vi" else "Good")
        assert fmt.rating(below) == ("dưới mức thấp nhất" if lang == "vi"
                                     else "below the lowest band")
        assert fmt.rating(missing) == "–"
        assert fmt.rating(evolve(below, status=Status.DRAFT)) == fmt.rating(below)
    finally:
        set_language(before)
