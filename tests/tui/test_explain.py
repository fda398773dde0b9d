"""How a score came about, in both interface languages (explain.explain_score, which says the
library's explanation in the interface language)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from emulation_core import (
    API_VERSION,
    AssociationType,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    FormulaRule,
    Indicator,
    Member,
    PeriodKind,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
)
from emulation_tui.explain import explain_score, source
from emulation_tui.i18n import Language, set_language
from emulation_tui.session import Session

CASES = [
    ("ctd-tinh", "I.1", "Đơn vị máu đạt 11 380/chỉ tiêu 12 100 (94,05%) × 30",
     "Blood units 11,380 of target 12,100 (94.05%) × 30"),
    ("ctd-ha-long", "I.2", "Quỹ nhân đạo vận động 600 so với cao nhất khối 1 200 (CTĐ tỉnh) × 30",
     "Funds raised 600 against the bloc's best 1,200 (CTĐ tỉnh) × 30"),
    ("ctd-ha-long", "II.1", "Báo cáo đúng hạn: có", "Report on time: yes"),
    ("ctd-ha-long", "II.2", "chấm trực tiếp", "judged by the scorer"),
    ("ctd-ha-long", "III.1", "Lớp tập huấn 3 × 5 điểm, tối đa 20",
     "Training courses 3 × 5 points, at most 20"),
    ("kh-tinh", "IV.1",
     "Cờ thi đua 0 × 10 + Báo cáo trễ 1 × -1, giữ trong khoảng [-5; 15]",
     "Emulation flags 0 × 10 + Late reports 1 × -1, kept within [-5, 15]"),
    ("ctd-uong-bi", "I.1", "chưa nộp báo cáo: tính 0", "no submission yet: counts as 0"),
]


@pytest.mark.parametrize(("member", "code", "vi", "en"), CASES)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_fixture_scores_are_explained(session: Session, member: str, code: str, vi: str,
                                      en: str, lang: Language) -> None:
    board = session.board
    assert board is not None
    score = next(s for s in board.breakdown(member) if s.criterion.code == code)
    set_language(lang)
    assert explain_score(score) == (vi if lang == "vi" else en)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_verified_points_come_with_their_reason(session: Session, lang: Language) -> None:
    board = session.board
    assert board is not None
    score = next(s for s in board.breakdown("ctd-tinh") if s.criterion.code == "I.1")
    set_language(lang)
    assert source(score) == ("điểm thẩm định, lý do: chưa đạt chỉ tiêu" if lang == "vi"
                             else "verified points, because: chưa đạt chỉ tiêu")


def _derive(values: object) -> dict[str, D]:
    assert isinstance(values, dict)
    return {"total": values.get("cash", D(0)) + values.get("goods", D(0))}


def test_derived_values_over_achievement_formula_and_no_target() -> None:
    kind = AssociationType(
        key="quy", name="Quỹ", name_en="Funds", api_version=API_VERSION,
        section=Section("core", "Nhiệm vụ", children=(
            Criterion("1", "Vận động", D(10), TargetRule("total", over_share=D("0.2"))),
            Criterion("2", "Tỷ lệ", D(10), FormulaRule("cash / 100")),
        )),
        indicators=(Indicator("cash", "Tiền mặt", "Cash"), Indicator("goods", "Hàng", "Goods"),
                    Indicator("total", "Tổng vận động", "Total raised")),
        derive=_derive, derived=frozenset({"total"}))
    members = (Member("a", "Hội A", "A", "quy"), Member("b", "Hội B", "B", "quy"))
    table = CriteriaTable((Section("I", "Chuyên môn", per_type=True, max_points=D(20)),))
    campaign = Campaign("c", "Đợt", PeriodKind.MID_YEAR, 2018, dt.date(2018, 1, 1),
                        dt.date(2018, 6, 30), dt.date(2018, 7, 10), table,
                        targets={"a": {"total": D(1000)}}, no_target={"b": frozenset({"total"})})
    subs = {m.id: Submission(m.id, "c", status=Status.SUBMITTED,
                             values={"cash": D(900), "goods": D(300)}) for m in members}
    board = Scoreboard(Bloc("k", "Khối", members), campaign,
                       {"quy": table.for_type("quy", kind.section, kind.indicator_map)}, subs,
                       {"quy": _derive})

    def why(member: str, code: str) -> str:
        score = next(s for s in board.breakdown(member) if s.criterion.code == code)
        return explain_score(score)

    assert why("a", "I.1") == ("Tổng vận động đạt 1 200/chỉ tiêu 1 000 (120%): đủ 8, cộng 2 × "
                               "vượt 20%/vượt nhiều nhất khối 20% (A)")
    assert why("b", "I.1") == "đã đăng ký không có chỉ tiêu: Tổng vận động 1 200 so với cao " \
                              "nhất khối 1 200 (A, B) × 10"
    assert why("a", "I.2") == "cash / 100 với cash = 900"
    set_language("en")
    assert why("a", "I.1") == ("Total raised 1,200 of target 1,000 (120%): the full 8, plus 2 × "
                               "20% over/the bloc's best 20% over (A)")
    assert why("b", "I.1") == "registered no target: Total raised 1,200 against the bloc's " \
                              "best 1,200 (A, B) × 10"
    assert why("a", "I.2") == "cash / 100 with cash = 900"
    board.update(Submission("a", "c", status=Status.SUBMITTED, values={"cash": D(500)}))
    assert why("a", "I.1") == ("Total raised 500 of target 1,000 (50%) × 8; not over the "
                               "target, so none of the 2 kept for over-achievement")
    assert why("b", "I.1") == "registered no target: Total raised 1,200 against the bloc's " \
                              "best 1,200 (B) × 10"


@pytest.mark.parametrize(("key", "vi", "en"), [
    ("deductions", "ít điểm trừ hơn", "fewer deductions"),
    ("section:II", "điểm mục II cao hơn", "more points in section II"),
    ("code:I.2", "điểm của I.2 cao hơn", "more points in I.2"),  # was "mục code:I.2"
])
def test_tie_breaks_are_the_library_sentences(key: str, vi: str, en: str) -> None:
    from emulation_tui import fmt

    set_language("vi")
    assert fmt.tie_break(key) == vi
    set_language("en")
    assert fmt.tie_break(key) == en
