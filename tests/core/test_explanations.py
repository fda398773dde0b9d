"""Structured explanations of every rule kind, and the same explanation said in Vietnamese and
English: the figures used, the bloc figure and who set it, numbers in each language's form."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    Explanation,
    FormulaRule,
    Indicator,
    JudgedRule,
    Language,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    RelativeRule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
    YesNoRule,
    explanation_text,
    percent,
    rule_text,
    source_text,
)
from emulation_core.exact import round_half_away

D = Decimal
AN = Member("a", "Hội An", "An", "t")
BINH = Member("b", "Hội Bình", "Bình", "t")
CHI = Member("c", "Hội Chi", "Chi", "t")
CRITERIA = (
    Criterion("1.1", "Máu", D(10), TargetRule("blood", over_share=D("0.2"))),
    Criterion("1.2", "Quỹ", D(30), RelativeRule("funds")),
    Criterion("1.3", "Nhà", D(6), TargetRule("houses")),
    Criterion("1.4", "Báo cáo", D(2), YesNoRule("report")),
    Criterion("1.5", "Lớp", D(10), PerOccurrenceRule("courses", D("2.5"))),
    Criterion("1.6", "Chấm", D(5), JudgedRule(D("0.5"))),
    Criterion("1.7", "Tỷ lệ", D(10), FormulaRule("cash / 100")),
)
ADJUST = Criterion("2.1", "Thưởng, trừ", D(0), AdjustmentRule(
    (AdjustmentItem("flags", D(10)), AdjustmentItem("late", D(-1))), D(-5), D(15)))
INDICATORS = {i.key: i for i in (
    Indicator("blood", "Đơn vị máu", "Blood units"), Indicator("funds", "Quỹ", "Funds"),
    Indicator("houses", "Nhà nhân đạo", "Houses"), Indicator("report", "Báo cáo", "Report"),
    Indicator("courses", "Lớp tập huấn", "Courses"), Indicator("cash", "Tiền", "Cash"),
    Indicator("flags", "Cờ thi đua", "Flags"), Indicator("late", "Báo cáo trễ", "Late reports"))}
TABLE = CriteriaTable((Section("1", "Nhiệm vụ", CRITERIA), Section("2", "Thưởng", (ADJUST,))),
                      INDICATORS)


def make_board() -> Scoreboard:
    campaign = Campaign("c", "Đợt", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), TABLE,
                        targets={"a": {"blood": D(100)}, "b": {"blood": D(50)}},
                        not_assigned={"b": frozenset({"1.4"})})
    a_values = {"blood": D(120), "funds": D(600), "houses": D(3), "report": D(1),
                "courses": D(5), "cash": D(900), "flags": D(0), "late": D(7)}
    subs = {
        "a": Submission("a", "c", Status.SUBMITTED, a_values,
                        {"1.6": CriterionEntry(D("4.5")),
                         "1.4": CriterionEntry(D(2), D(1), "thiếu minh chứng")}),
        "b": Submission("b", "c", Status.SUBMITTED,
                        {"blood": D(80), "funds": D(1200), "houses": D(3)}),
    }
    return Scoreboard(Bloc("k", "Khối", (AN, BINH, CHI)), campaign, {"t": TABLE}, subs)


def submitted(board: Scoreboard, member: str) -> Submission:
    sub = board.submission(member)
    assert sub is not None
    return sub


def why(board: Scoreboard, member: str, code: str) -> Explanation:
    return next(s.explanation for s in board.breakdown(member) if s.criterion.code == code)


def say(board: Scoreboard, member: str, code: str, lang: Language) -> str:
    return explanation_text(why(board, member, code), lang)


BOTH = pytest.mark.parametrize("lang", ["vi", "en"])


def test_target_over_achievement_names_the_member_who_set_the_bloc_best() -> None:
    board = make_board()
    explanation = why(board, "a", "1.1")
    assert explanation.kind == "target" and explanation.source == "computed"
    (blood,) = explanation.inputs
    assert (blood.indicator, blood.value, blood.target) == ("blood", D(120), D(100))
    assert explanation.quantity("ratio") == Fraction(120, 100)
    assert explanation.quantity("over") == Fraction(20, 100)
    best = explanation.figure("best_over")
    assert best is not None and best.value == Fraction(80, 50) - 1 and best.set_by == (BINH,)
    # 8 for reaching the target, plus 2 × 0.2/0.6 for over-achievement.
    assert explanation.computed == D("8.67")
    assert say(board, "a", "1.1", "vi") == (
        "Đơn vị máu đạt 120/chỉ tiêu 100 (120%): đủ 8, cộng 2 × vượt 20%/vượt nhiều nhất "
        "khối 60% (Bình)")
    assert say(board, "a", "1.1", "en") == (
        "Blood units 120 of target 100 (120%): the full 8, plus 2 × 20% over/the bloc's best "
        "60% over (Bình)")


def test_target_under_says_the_over_achievement_share_is_not_reached() -> None:
    board = make_board()
    board.update(evolve(submitted(board, "a"), values={"blood": D("87.5")}))
    explanation = why(board, "a", "1.1")
    assert explanation.bloc == () and explanation.quantity("over") is None
    assert say(board, "a", "1.1", "vi") == (
        "Đơn vị máu đạt 87,5/chỉ tiêu 100 (87,5%) × 8; chưa vượt chỉ tiêu nên chưa có phần 2 "
        "dành cho vượt")
    assert say(board, "a", "1.1", "en").startswith("Blood units 87.5 of target 100 (87.5%) × 8")


def test_relative_names_the_best_and_follows_an_edit() -> None:
    board = make_board()
    explanation = why(board, "a", "1.2")
    best = explanation.figure("best")
    assert best is not None and (best.value, best.set_by) == (Fraction(1200), (BINH,))
    assert explanation.quantity("share_of_best") == Fraction(1, 2)
    assert say(board, "a", "1.2", "vi") == "Quỹ 600 so với cao nhất khối 1 200 (Bình) × 30"
    assert say(board, "a", "1.2", "en") == "Funds 600 against the bloc's best 1,200 (Bình) × 30"
    board.update(evolve(submitted(board, "b"), values={"funds": D(300)}))
    assert say(board, "a", "1.2", "en") == "Funds 600 against the bloc's best 600 (An) × 30"


def test_no_target_compares_with_the_best_and_names_every_member_at_it() -> None:
    board = make_board()
    explanation = why(board, "a", "1.3")
    best = explanation.figure("best")
    assert best is not None and best.set_by == (AN, BINH)
    assert say(board, "a", "1.3", "vi") == \
        ("chưa nhập chỉ tiêu (tính như không có): Nhà nhân đạo 3 so với cao nhất khối 3 "
         "(An, Bình) × 6")
    assert say(board, "a", "1.3", "en") == \
        "target not entered (scored as none): Houses 3 against the bloc's best 3 (An, Bình) × 6"


def test_a_bloc_with_no_result_yet_says_so() -> None:
    board = make_board()
    for member in ("a", "b"):
        sub = board.submission(member)
        assert sub is not None
        board.update(evolve(sub, values={**sub.values, "funds": D(0)}))
    best = why(board, "a", "1.2").figure("best")
    assert best is not None and (best.value, best.set_by) == (Fraction(0), ())
    assert say(board, "a", "1.2", "vi") == "Quỹ 0; cả khối chưa có kết quả nên tính 0"
    assert say(board, "a", "1.2", "en") == "Funds 0; no one in the bloc has a result yet, so 0"


@pytest.mark.parametrize(("code", "vi", "en"), [
    ("1.5", "Lớp tập huấn 5 × 2,5 điểm, tối đa 10", "Courses 5 × 2.5 points, at most 10"),
    ("1.6", "chấm trực tiếp", "judged by the scorer"),
    ("1.7", "cash / 100 với cash = 900", "cash / 100 with cash = 900"),
    ("2.1", "Cờ thi đua 0 × 10 + Báo cáo trễ 7 × -1, giữ trong khoảng [-5; 15]",
     "Flags 0 × 10 + Late reports 7 × -1, kept within [-5, 15]"),
])
def test_other_rule_kinds_in_both_languages(code: str, vi: str, en: str) -> None:
    board = make_board()
    assert say(board, "a", code, "vi") == vi
    assert say(board, "a", code, "en") == en


def test_intermediate_quantities_are_exact_before_caps() -> None:
    board = make_board()
    assert why(board, "a", "1.5").quantity("uncapped") == Fraction(25, 2)  # capped at 10
    adjustment = why(board, "a", "2.1")
    assert adjustment.quantity("sum") == Fraction(-7)  # kept at the floor, -5
    assert adjustment.points == D(-5)
    assert [i.indicator for i in adjustment.inputs] == ["flags", "late"]


@BOTH
def test_which_points_count(lang: Language) -> None:
    board = make_board()
    verified = why(board, "a", "1.4")
    assert (verified.source, verified.reason, verified.points) == \
        ("verified", "thiếu minh chứng", D(1))
    assert say(board, "a", "1.4", lang) == ("Báo cáo: có" if lang == "vi" else "Report: yes")
    expected = {
        ("a", "1.4"): ("điểm thẩm định, lý do: thiếu minh chứng",
                       "verified points, because: thiếu minh chứng"),
        ("a", "1.6"): ("điểm tự chấm", "self-assessed points"),
        ("a", "1.2"): ("tính từ số liệu", "computed from the figures"),
        ("b", "1.4"): ("không giao cho đơn vị này", "not assigned to this unit"),
        ("c", "1.1"): ("chưa nộp báo cáo: tính 0", "no submission yet: counts as 0"),
    }
    for (member, code), (vi, en) in expected.items():
        assert source_text(why(board, member, code), lang) == (vi if lang == "vi" else en)
    for member, code in (("b", "1.4"), ("c", "1.1")):  # nothing to explain but that
        explanation = why(board, member, code)
        assert explanation.inputs == () and explanation.bloc == ()
        assert say(board, member, code, lang) == source_text(explanation, lang)


@pytest.mark.parametrize(("code", "vi", "en"), [
    ("1.1", "theo chỉ tiêu Đơn vị máu: đạt/chỉ tiêu × 10, tối đa 10; không có chỉ tiêu thì so "
            "với đơn vị cao nhất khối; 20% dành cho phần vượt chỉ tiêu, so với đơn vị vượt "
            "nhiều nhất",
     "against the target for Blood units: achieved/target × 10, at most 10; with no target, "
     "relative to the bloc's best; 20% kept for over-achievement, against the bloc's best"),
    ("1.2", "đơn vị cao nhất khối về Quỹ được 30, đơn vị khác theo tỷ lệ",
     "the bloc's best Funds gets 30, others in proportion"),
    ("1.4", "2 điểm nếu có (Báo cáo), không thì 0", "2 if done (Report), else 0"),
    ("1.5", "2,5 điểm mỗi lần (Lớp tập huấn), tối đa 10",
     "2.5 per occurrence (Courses), at most 10"),
    ("1.6", "chấm trực tiếp từ 0 đến 5, bước 0,5", "judged from 0 to 5 in steps of 0.5"),
    ("1.7", "công thức cash / 100, trong khoảng 0..10", "formula cash / 100, kept within 0..10"),
    ("2.1", "+10 mỗi Cờ thi đua, -1 mỗi Báo cáo trễ; cộng lại, giữ trong khoảng [-5; 15]",
     "+10 per Flags, -1 per Late reports; summed and kept within [-5, 15]"),
])
def test_rules_are_described_in_both_languages(code: str, vi: str, en: str) -> None:
    criterion = TABLE.find(code)
    assert isinstance(criterion, Criterion)
    assert rule_text(criterion, "vi", INDICATORS) == vi
    assert rule_text(criterion, "en", INDICATORS) == en


def test_an_undeclared_indicator_is_named_by_its_key() -> None:
    criterion = Criterion("9", "X", D(4), YesNoRule("done"))
    assert rule_text(criterion, "en") == "4 if done (done), else 0"


@pytest.mark.parametrize(("ratio", "expected"), [
    (Fraction(5, 8), D("62.50")), (Fraction(1, 800), D("0.13")), (Fraction(-1, 800), D("-0.13")),
    (Fraction(1, 3), D("33.33")), (Fraction(2, 3), D("66.67")), (D("0.0005"), D("0.05")),
])
def test_percentages_round_half_away_from_zero(ratio: Fraction | Decimal,
                                               expected: Decimal) -> None:
    assert percent(ratio) == expected


@given(st.fractions(min_value=-1000, max_value=1000, max_denominator=10**6))
def test_percent_is_the_exact_ratio_rounded_once(ratio: Fraction) -> None:
    exact = D(ratio.numerator * 100) / D(ratio.denominator)  # enough digits for these sizes
    assert percent(ratio) == exact.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def options_board() -> Scoreboard:
    """Target rule options and a formula reading the bloc (docs/scoring.md)."""
    criteria = (
        Criterion("1", "Theo nhóm", D(10), TargetRule("x", no_target="no_target_best")),
        Criterion("2", "Vượt", D(10), TargetRule("y", over_share=D("0.5"),
                                                  over_measure="difference")),
        Criterion("3", "Công thức", D(10),
                  FormulaRule("10 * x / best(x) if members() > 2 else worst(y)")),
    )
    indicators = {"x": Indicator("x", "Số X", "X count"), "y": Indicator("y", "Số Y", "Y count")}
    table = CriteriaTable((Section("1", "Nhiệm vụ", criteria),), indicators)
    campaign = Campaign("c", "Đợt", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), table,
                        targets={"a": {"x": D(100), "y": D(20)}, "b": {"y": D(20)}})
    values = {"a": (50, 30), "b": (20, 25), "c": (40, 12)}
    subs = {m: Submission(m, "c", Status.SUBMITTED, {"x": D(x), "y": D(y)})
            for m, (x, y) in values.items()}
    return Scoreboard(Bloc("k", "Khối", (AN, BINH, CHI)), campaign, {"t": table}, subs)


def test_no_target_best_compares_only_with_members_without_a_target() -> None:
    board = options_board()
    explanation = why(board, "b", "1")
    best = explanation.figure("best_untargeted")
    # An has a higher result but also a target: only Chi and Bình are compared.
    assert best is not None and (best.value, best.set_by) == (Fraction(40), (CHI,))
    assert explanation.figure("best") is None
    assert explanation.computed == D(5)  # 10 × 20/40
    assert say(board, "b", "1", "vi") == ("chưa nhập chỉ tiêu (tính như không có): Số X 20 so "
                                          "với cao nhất trong các đơn vị không có chỉ tiêu 40 "
                                          "(Chi) × 10")
    assert say(board, "b", "1", "en") == ("target not entered (scored as none): X count 20 "
                                          "against the best without a target 40 (Chi) × 10")
    assert rule_text(criterion_of(board, "1"), "vi").endswith(
        "không có chỉ tiêu thì so với đơn vị cao nhất trong các đơn vị cũng không có chỉ tiêu")


def test_over_achievement_measured_as_a_difference() -> None:
    board = options_board()
    explanation = why(board, "a", "2")
    assert explanation.quantity("over") == 10  # 30 − 20, not a ratio
    best = explanation.figure("best_over")
    assert best is not None and (best.value, best.set_by) == (Fraction(10), (AN,))  # Bình is 5 over
    assert say(board, "a", "2", "vi") == \
        "Số Y đạt 30/chỉ tiêu 20 (150%): đủ 5, cộng 5 × vượt 10/vượt nhiều nhất khối 10 (An)"
    assert say(board, "a", "2", "en") == ("Y count 30 of target 20 (150%): the full 5, plus 5 × "
                                          "10 over/the bloc's best 10 over (An)")
    assert "(achieved − target)" in rule_text(criterion_of(board, "2"), "en")


def test_a_formula_shows_the_bloc_figures_it_reads_in_the_order_written() -> None:
    board = options_board()
    explanation = why(board, "b", "3")
    assert [(f.name, f.indicator, f.value, f.set_by) for f in explanation.bloc] == [
        ("best", "x", Fraction(50), (AN,)), ("worst", "y", Fraction(12), (CHI,))]
    assert explanation.quantity("members") == 3
    assert explanation.computed == D(4)  # 10 × 20 / 50
    assert say(board, "b", "3", "vi") == (
        "10 * x / best(x) if members() > 2 else worst(y) với x = 20; y = 25; best(x) = 50 (An); "
        "worst(y) = 12 (Chi); members() = 3")


def criterion_of(board: Scoreboard, code: str) -> Criterion:
    found = board.table_for("a").find(code)
    assert isinstance(found, Criterion)
    return found


FIGURES = st.integers(min_value=0, max_value=2000).map(D)


@given(st.lists(st.tuples(FIGURES, FIGURES, st.one_of(st.none(), FIGURES.filter(bool))),
                min_size=1, max_size=4))
def test_every_explanation_reproduces_its_points_and_is_said_in_both_languages(
        rows: list[tuple[Decimal, Decimal, Decimal | None]]) -> None:
    """Whatever the figures: the quantities give back the computed points (rounded once), the
    members named for a bloc figure are the ones whose result it is, and every sentence says
    something in both languages."""
    members = tuple(Member(f"m{i}", f"Hội {i}", f"H{i}", "t") for i in range(len(rows)))
    values = {m.id: {"blood": blood, "funds": funds, "houses": blood, "courses": funds % 9,
                     "late": funds % 7, "flags": blood % 3}
              for m, (blood, funds, _) in zip(members, rows, strict=True)}
    targets = {m.id: {"blood": target} for m, (_, _, target) in zip(members, rows, strict=True)
               if target is not None}
    campaign = Campaign("c", "Đợt", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), TABLE, targets=targets)
    subs = {m.id: Submission(m.id, "c", Status.SUBMITTED, values[m.id]) for m in members}
    board = Scoreboard(Bloc("k", "Khối", members), campaign, {"t": TABLE}, subs)
    for member in members:
        for score in board.breakdown(member.id):
            explanation = score.explanation
            criterion = score.criterion
            top = Fraction(criterion.max_points)
            exact: Fraction | None = None
            if (ratio := explanation.quantity("ratio")) is not None \
                    and explanation.quantity("over") is None:
                rule = criterion.rule
                assert isinstance(rule, TargetRule)
                exact = top * (1 - Fraction(rule.over_share)) * min(ratio, Fraction(1))
            elif (part := explanation.quantity("share_of_best")) is not None:
                exact = top * part
            elif (uncapped := explanation.quantity("uncapped")) is not None:
                exact = min(uncapped, top)
            elif (total := explanation.quantity("sum")) is not None:
                adjustment = criterion.rule
                assert isinstance(adjustment, AdjustmentRule)
                exact = max(Fraction(adjustment.floor), min(Fraction(adjustment.ceiling), total))
            if exact is not None:
                assert score.computed == round_half_away(exact, campaign.precision)
            for figure in explanation.bloc:
                assert all(Fraction(values[m.id][figure.indicator]) == figure.value
                           for m in figure.set_by if figure.name == "best")
            for lang in ("vi", "en"):
                assert explanation_text(explanation, lang).strip()
                assert source_text(explanation, lang).strip()
                assert rule_text(criterion, lang, INDICATORS).strip()
