"""Scoring: rounding per criterion, exact totals, which score counts, reachable maximum, bands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Decimal

import pytest
from attrs import evolve

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    CriterionEntry,
    Indicator,
    JudgedRule,
    Member,
    PeriodKind,
    RankBy,
    RatingBand,
    RelativeRule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
    YesNoRule,
)

D = Decimal
TYPE = "t"


def table_of(*criteria: Criterion, bonus: Criterion | None = None) -> CriteriaTable:
    sections = [Section("1", "Nhiệm vụ", criteria)]
    if bonus is not None:
        sections.append(Section("2", "Thưởng, trừ", (bonus,)))
    keys = {k for c in (*criteria, *([bonus] if bonus else [])) for k in c.rule.indicators}
    return CriteriaTable(tuple(sections), {k: Indicator(k, k) for k in keys})


def board(table: CriteriaTable, subs: Mapping[str, Submission | None], *,
          targets: Mapping[str, Mapping[str, Decimal]] | None = None,
          **campaign: object) -> Scoreboard:
    """A scoreboard of members ``m1``, ``m2``…, one per entry of ``subs`` (None: no file)."""
    members = tuple(Member(m, f"Hội {m}", m, TYPE) for m in subs)
    bloc = Bloc("b", "Khối thử", members)
    camp = Campaign("c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                    dt.date(2024, 12, 31), dt.date(2024, 12, 31), table,
                    targets=targets or {}, **campaign)  # type: ignore[arg-type]
    return Scoreboard(bloc, camp, {TYPE: table},
                      {m: s for m, s in subs.items() if s is not None})


def sub(member: str, values: Mapping[str, Decimal] | None = None,
        entries: Mapping[str, CriterionEntry] | None = None,
        status: Status = Status.SUBMITTED) -> Submission:
    return Submission(member, "c", status, dict(values or {}), dict(entries or {}))


def half_up(value: Decimal, precision: str = "0.01") -> Decimal:
    return value.quantize(D(precision), rounding=ROUND_HALF_UP)


# -- rounding and exactness -------------------------------------------------------------------

@pytest.mark.parametrize("precision", ["0.01", "0.1", "1"])
def test_each_criterion_is_rounded_half_up_at_the_campaign_precision(precision: str) -> None:
    criteria = tuple(Criterion(f"1.{i}", f"C{i}", D(1), TargetRule(f"x{i}"))
                     for i in range(1, 6))
    table = table_of(*criteria)
    # Half-way cases: 1/8 = 0.125 and 5/8 = 0.625 at 0.01, 1/4 at 0.1, 1/2 at 1; 1/3 never.
    targets = {"m1": {"x1": D(8), "x2": D(8), "x3": D(3), "x4": D(4), "x5": D(2)}}
    values = {"x1": D(1), "x2": D(5), "x3": D(1), "x4": D(1), "x5": D(1)}
    b = board(table, {"m1": sub("m1", values)}, targets=targets, precision=D(precision))
    expected = [half_up(D(1) * values[f"x{i}"] / targets["m1"][f"x{i}"], precision)
                for i in range(1, 6)]
    assert [b.points_of("m1", c) for c in criteria] == expected
    assert b.score("m1").total == sum(expected)
    assert [s.computed for s in b.breakdown("m1")] == expected


def test_half_way_points_round_up_not_to_even() -> None:
    criterion = Criterion("1.1", "C", D(1), TargetRule("x"))
    b = board(table_of(criterion), {"m1": sub("m1", {"x": D(1)})}, targets={"m1": {"x": D(8)}})
    assert b.points_of("m1", criterion) == D("0.13")


def test_totals_are_exact_decimals() -> None:
    criteria = tuple(Criterion(f"1.{i}", f"C{i}", D(1), JudgedRule(D("0.1")))
                     for i in range(1, 4))
    entries = {"1.1": CriterionEntry(D("0.1")), "1.2": CriterionEntry(D("0.2")),
               "1.3": CriterionEntry(D("0.7"), D("0.3"))}
    b = board(table_of(*criteria), {"m1": sub("m1", entries=entries)})
    score = b.score("m1")
    assert isinstance(score.total, Decimal)
    assert score.total == D("0.1") + D("0.2") + D("0.3")
    assert str(score.total) == "0.6"
    assert score.self_total == D("0.1") + D("0.2") + D("0.7")
    assert score.sections[0].points == score.total


# -- which score counts -----------------------------------------------------------------------

def test_verified_points_override_computed_points() -> None:
    criterion = Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan"))
    entry = CriterionEntry(D(4), D("1.5"), "thiếu minh chứng")
    b = board(table_of(criterion), {"m1": sub("m1", {"plan": D(1)}, {"1.1": entry})})
    (line,) = b.breakdown("m1")
    assert line.computed == D(4)
    assert (line.points, line.source, line.verified_points) == (D("1.5"), "verified", D("1.5"))
    assert (line.explanation.source, line.explanation.reason) == ("verified", "thiếu minh chứng")
    assert b.score("m1").total == D("1.5")


def test_computed_points_beat_a_self_score_on_a_computed_criterion() -> None:
    criterion = Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan"))
    b = board(table_of(criterion),
              {"m1": sub("m1", {"plan": D(0)}, {"1.1": CriterionEntry(D(4))})})
    (line,) = b.breakdown("m1")
    assert (line.points, line.source, line.self_points) == (D(0), "computed", D(4))
    assert b.score("m1").self_total == D(4)


@pytest.mark.parametrize(("entry", "points", "source"), [
    (CriterionEntry(D("7.5")), D("7.5"), "self"),
    (CriterionEntry(D("7.5"), D(6)), D(6), "verified"),
    (CriterionEntry(None, D(6)), D(6), "verified"),
    (CriterionEntry(), D(0), "none"),
    (None, D(0), "none"),
])
def test_judged_criteria_count_the_verified_else_the_self_score(
        entry: CriterionEntry | None, points: Decimal, source: str) -> None:
    criterion = Criterion("1.1", "Kiểm tra", D(10), JudgedRule(D("0.5")))
    entries = {"1.1": entry} if entry is not None else {}
    b = board(table_of(criterion), {"m1": sub("m1", entries=entries)})
    (line,) = b.breakdown("m1")
    assert (line.points, line.source, line.computed) == (points, source, None)
    assert b.score("m1").total == points


@pytest.mark.parametrize("missing", [None, "status"])
def test_a_missing_submission_counts_zero(missing: str | None) -> None:
    criteria = (Criterion("1.1", "Kế hoạch", D(4), YesNoRule("plan")),
                Criterion("1.2", "Kiểm tra", D(6), JudgedRule()))
    gone = sub("m2", {"plan": D(1)}, {"1.2": CriterionEntry(D(6), D(6))}, Status.MISSING) \
        if missing else None
    b = board(table_of(*criteria), {"m1": sub("m1", {"plan": D(1)}), "m2": gone})
    score = b.score("m2")
    assert (score.total, score.status, score.rating) == (0, Status.MISSING, None)
    assert {line.source for line in b.breakdown("m2")} == {"missing"}
    assert [r.score.member.id for r in b.ranking] == ["m1", "m2"]


def test_a_missing_submission_does_not_set_the_bloc_best() -> None:
    criterion = Criterion("1.1", "Hiến máu", D(10), RelativeRule("blood"))
    b = board(table_of(criterion), {
        "m1": sub("m1", {"blood": D(50)}),
        "m2": sub("m2", {"blood": D(500)}, status=Status.MISSING)})
    assert b.points_of("m1", criterion) == D(10)


# -- reachable maximum and percent ------------------------------------------------------------

def test_not_assigned_criteria_leave_the_reachable_maximum() -> None:
    criteria = (Criterion("1.1", "A", D(30), JudgedRule()),
                Criterion("1.2", "B", D(20), JudgedRule()),
                Criterion("1.3", "C", D(50), JudgedRule()))
    bonus = Criterion("2.1", "Thưởng", D(5), AdjustmentRule(
        (AdjustmentItem("flag", D(5)),), D(0), D(5)))
    entries = {code: CriterionEntry(D(15)) for code in ("1.1", "1.2", "1.3")}
    b = board(table_of(*criteria, bonus=bonus),
              {"m1": sub("m1", {"flag": D(1)}, entries), "m2": sub("m2", {"flag": D(1)}, entries)},
              not_assigned={"m1": frozenset({"1.2", "2.1"})}, rank_by=RankBy.PERCENT)
    one, two = b.score("m1"), b.score("m2")
    assert one.reachable == D(100) - D(20)
    assert two.reachable == D(100)
    assert one.total == D(15) + D(15)                           # 1.2 and the bonus count 0
    assert two.total == D(15) * 3 + D(5)
    assert one.percent == half_up(one.total * 100 / one.reachable)
    assert two.percent == half_up(two.total * 100 / two.reachable)
    assert {line.criterion.code: line.source for line in b.breakdown("m1")}["1.2"] \
        == "not_assigned"
    assert [r.value for r in b.ranking] == sorted([one.percent, two.percent], reverse=True)


def test_percent_is_rounded_half_up() -> None:
    criteria = (Criterion("1.1", "A", D(8), JudgedRule(D("0.01"))),)
    b = board(table_of(*criteria), {"m1": sub("m1", entries={"1.1": CriterionEntry(D("0.01"))})})
    # 0.01 × 100 / 8 = 0.125: half-way between 0.12 and 0.13.
    assert b.score("m1").percent == D("0.13")


# -- ratings ------------------------------------------------------------------------------------

BANDS = (RatingBand("xs", "Xuất sắc", "Excellent", D(90)),
         RatingBand("tot", "Tốt", "Good", D(70), inclusive=False),
         RatingBand("ht", "Hoàn thành", "Completed", D(0)))


@pytest.mark.parametrize(("total", "band"), [
    (D(100), "xs"), (D(90), "xs"), (D("89.99"), "tot"), (D("70.01"), "tot"), (D(70), "ht"),
    (D(0), "ht"),
])
def test_rating_bands_with_inclusive_and_exclusive_bounds(total: Decimal, band: str) -> None:
    criterion = Criterion("1.1", "A", D(100), JudgedRule(D("0.01")))
    b = board(table_of(criterion), {"m1": sub("m1", entries={"1.1": CriterionEntry(total)})},
              bands=BANDS)
    rating = b.score("m1").rating
    assert rating is not None
    assert rating.key == band


def test_no_band_admits_a_total_below_every_minimum() -> None:
    bands = (RatingBand("xs", "Xuất sắc", "Excellent", D(50)),)
    criterion = Criterion("1.1", "A", D(100), JudgedRule())
    b = board(table_of(criterion), {"m1": sub("m1", entries={"1.1": CriterionEntry(D(10))})},
              bands=bands)
    assert b.score("m1").rating is None


# -- incremental update ----------------------------------------------------------------------

def _table() -> CriteriaTable:
    return table_of(
        Criterion("1.1", "Hội viên", D(10), TargetRule("members", D("0.2"))),
        Criterion("1.2", "Hiến máu", D(10), RelativeRule("blood")),
        Criterion("1.3", "Kế hoạch", D(5), YesNoRule("plan")),
        Criterion("1.4", "Kiểm tra", D(5), JudgedRule()),
        bonus=Criterion("2.1", "Trừ", D(0), AdjustmentRule(
            (AdjustmentItem("late", D(-1)),), D(-5), D(0))))


def _same(a: Scoreboard, b: Scoreboard) -> None:
    assert a.scores == b.scores
    assert a.ranking == b.ranking
    for member_id in a.scores:
        assert a.breakdown(member_id) == b.breakdown(member_id)
        assert a.rank_of(member_id) == b.rank_of(member_id)


@pytest.mark.parametrize("edit", [
    {"blood": D(900)},                     # m2 becomes the bloc's best: everyone moves
    {"blood": D(1)},                       # the best drops: everyone moves again
    {"members": D(40)},                    # the best over-achiever changes
    {"plan": D(0), "late": D(3)},          # only m2 changes
])
def test_update_gives_the_same_result_as_a_fresh_scoreboard(edit: dict[str, Decimal]) -> None:
    table = _table()
    targets = {"m1": {"members": D(10)}, "m2": {"members": D(10)}, "m3": {"members": D(20)}}
    subs = {"m1": sub("m1", {"members": D(15), "blood": D(300), "plan": D(1)}),
            "m2": sub("m2", {"members": D(8), "blood": D(600), "plan": D(1)},
                      {"1.4": CriterionEntry(D(4))}),
            "m3": sub("m3", {"members": D(30), "blood": D(450)})}
    live = board(table, subs, targets=targets, tie_break=("section:1", "deductions"))
    live.ranking  # noqa: B018 - the cached ranking must be refreshed by update
    edited = evolve(subs["m2"], values={**subs["m2"].values, **edit})
    live.update(edited)
    _same(live, board(table, {**subs, "m2": edited}, targets=targets,
                      tie_break=("section:1", "deductions")))


def test_update_from_missing_to_submitted_matches_a_fresh_scoreboard() -> None:
    table = _table()
    subs: dict[str, Submission | None] = {"m1": sub("m1", {"blood": D(5)}), "m2": None}
    live = board(table, subs)
    arrived = sub("m2", {"blood": D(50), "plan": D(1)}, {"1.4": CriterionEntry(D(5))})
    live.update(arrived)
    _same(live, board(table, {**subs, "m2": arrived}))
