"""The integer engine: its unit, its kernels and its figures agree exactly with the Decimals.

The ranking comes from integers (``intengine``), the scores shown from Decimals (``totals``);
these properties pin that both say the same for every member, that each built-in rule's
integer kernel equals the rule's own exact function, and that the unit rounds half away
from zero exactly as ``plan.finisher`` does.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
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
    Section,
    Status,
    Submission,
    TargetRule,
)
from emulation_core.blocstats import BlocTracker
from emulation_core.intfigures import Figures, figures_of
from emulation_core.intmatrix import Matrix
from emulation_core.kernels import Source, kernel_for
from emulation_core.plan import finisher
from emulation_core.units import OffScale, Units

from .reference_scoring import reference_ranking, reference_scores
from .test_engine_differential import replay_edits
from .test_properties import BOARD, INDICATORS, TYPE, board_of, entries, scenarios, tables

D = Decimal
precisions = st.sampled_from([D(1), D("0.1"), D("0.01"), D("0.001"), D("0.25")])
bounds = st.sampled_from([D(0), D(1), D("2.5"), D(3), D("-2.5"), D(-10), D(15), D("0.125")])


# -- the unit ------------------------------------------------------------------------------------

@given(precisions, st.integers(-10**6, 10**6), st.integers(1, 10**4))
def test_rounding_in_units_is_half_away_from_zero(precision: Decimal, n: int, d: int) -> None:
    units = Units(precision, 3)
    exact = Fraction(n, d) / Fraction(precision)
    steps = int(abs(exact) + Fraction(1, 2))  # half away from zero, on the magnitude
    expected = (-steps if exact < 0 else steps) * units.step
    assert units.rounded(n, d) == expected


@given(precisions, bounds, bounds, st.integers(-10**5, 10**5), st.integers(1, 999))
def test_the_integer_finish_equals_the_decimal_one(precision: Decimal, low: Decimal,
                                                   high: Decimal, n: int, d: int) -> None:
    low, high = min(low, high), max(low, high)
    units = Units.covering(precision, (low, high))
    decimal = finisher(low, high, precision)(n, d)
    assert units.to_decimal(units.finisher(low, high)(n, d)) == decimal


def test_a_figure_finer_than_the_unit_is_refused_not_rounded() -> None:
    units = Units(D("0.01"), 0)
    assert units.of(D("1.25")) == 125
    with pytest.raises(OffScale) as caught:
        units.of(D("1.255"))
    assert caught.value.decimals == 3


# -- kernels against the rules' own functions ----------------------------------------------------

whole = st.integers(-5, 300).map(D)


@BOARD
@given(tables(), precisions, st.lists(st.tuples(
    st.dictionaries(st.sampled_from(INDICATORS), whole),
    st.dictionaries(st.sampled_from(["a", "e"]), st.sampled_from([D(0), D(1), D(8), D(45)])),
), min_size=1, max_size=6), st.lists(st.booleans(), min_size=6, max_size=6))
def test_each_kernel_equals_its_rule(table: object, precision: Decimal,
                                     rows: list[tuple[dict[str, Decimal], dict[str, Decimal]]],
                                     in_bloc: list[bool]) -> None:
    """Every rule kind, whole values: the integer kernel gives what rule.compiled gives."""
    ids = [f"m{k}" for k in range(len(rows))]
    values = {m: v for m, (v, _) in zip(ids, rows, strict=True)}
    targets = {m: t for m, (_, t) in zip(ids, rows, strict=True)}
    for criterion in table.leaves():  # type: ignore[attr-defined]
        stats = bloc_stats_of(criterion, ids, values, targets, in_bloc)
        units = Units.covering(precision, (criterion.lowest, criterion.highest))
        kernel = kernel_for(criterion, units, raise_problem)
        decimal = finisher(criterion.lowest, criterion.highest, precision)
        compiled = criterion.rule.compiled(criterion.max_points, decimal)
        if compiled is None:
            assert kernel is None
            continue
        assert kernel is not None
        figures = [Figures(values[m], None, units) for m in ids]
        source = Source(ids, values, targets, Matrix(figures, (), ()), None,
                        [{k: int(t) for k, t in targets[m].items()} for m in ids],
                        lambda key: False)
        got = kernel(source, stats)
        assert [None if p is None else units.to_decimal(p) for p in got] == \
            [compiled(values[m], targets[m], stats) for m in ids]


def bloc_stats_of(criterion: Criterion, ids: list[str],
                  values: dict[str, dict[str, Decimal]],
                  targets: dict[str, dict[str, Decimal]], in_bloc: list[bool]) -> object:
    """The bloc figures of a criterion over the members counted in the bloc."""
    rule = criterion.rule
    if not rule.comparative:
        return BlocTracker(()).stats
    tracker = BlocTracker(rule.bloc_indicators)  # type: ignore[union-attr]
    tracker.load({m: tuple((values[m].get(k, D(0)), targets[m].get(k) or None)
                           for k in tracker.indicators)
                  for m, counted in zip(ids, in_bloc, strict=False) if counted})
    return tracker.stats


def raise_problem(exc: Exception) -> None:
    """A kernel's problem handler that lets the problem through, so a test sees it."""
    raise exc


# -- the engine against the Decimals it shows ----------------------------------------------------

@st.composite
def whole_submissions(draw: st.DrawFn, member: str, table: object) -> Submission | None:
    status = draw(st.none() | st.sampled_from(Status))
    if status is None:
        return None
    values = draw(st.dictionaries(st.sampled_from(INDICATORS), st.integers(0, 200).map(D)))
    return Submission(member, "c", status, values, draw(entries(table)))


@st.composite
def whole_scenarios(draw: st.DrawFn) -> tuple[Bloc, Campaign, dict[str, Submission]]:
    """The differential scenarios with whole-number values, so that every built-in rule
    runs its integer kernel (values with decimals go through the rules' own functions)."""
    bloc, campaign, _ = draw(scenarios())
    subs = {m.id: s for m in bloc.members
            if (s := draw(whole_submissions(m.id, campaign.table))) is not None}
    return bloc, campaign, subs


def _integers_agree(board: object, campaign: Campaign) -> None:
    engine = board._engine  # type: ignore[attr-defined]
    units = engine.units
    for member_id, score in board.scores.items():  # type: ignore[attr-defined]
        assert units.to_decimal(engine.total(member_id)) == score.total
        assert units.to_decimal(engine.percent(member_id)) == score.percent
        for key in campaign.tie_break:
            expected = -score.deductions if key == "deductions" \
                else score.tie_values.get(key, D(0))
            assert units.to_decimal(engine.tie_value(member_id, key)) == expected
        measure = score.percent if campaign.rank_by is RankBy.PERCENT else score.total
        assert units.to_decimal(engine.keys[member_id][0]) == measure


@BOARD
@given(whole_scenarios(), st.data())
def test_whole_number_blocs_equal_the_reference_after_edits(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    live = board_of(bloc, campaign, subs)
    _integers_agree(live, campaign)
    current = replay_edits(live, bloc, campaign, subs, data, whole_submissions)
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, current)
    assert repr(dict(live.scores)) == repr(expected)
    assert repr(live.ranking) == repr(reference_ranking(expected, campaign))
    _integers_agree(live, campaign)


@BOARD
@given(scenarios())
def test_the_integers_agree_with_the_decimals_shown(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]]) -> None:
    bloc, campaign, subs = scenario
    _integers_agree(board_of(bloc, campaign, subs), campaign)


@BOARD
@given(whole_scenarios(), st.data())
def test_an_earlier_ranking_keeps_its_places_after_an_edit(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    """Places are made at once and read their scores later: what they read is the bloc as
    it was when they were made, whatever was edited since."""
    bloc, campaign, subs = scenario
    live = board_of(bloc, campaign, subs)
    before = live.ranking  # nothing read from it yet
    member = data.draw(st.sampled_from(bloc.members)).id
    live.update(data.draw(whole_submissions(member, campaign.table))
                or Submission(member, "c", Status.MISSING))
    live.ranking  # noqa: B018 - the new ranking is made too
    expected = reference_ranking(
        reference_scores(bloc, campaign, {TYPE: campaign.table}, subs), campaign)
    assert repr(before) == repr(expected)


# -- figures kept beside the submission, and a finer unit when needed ---------------------------

def test_figures_are_converted_once_per_submission_and_unit() -> None:
    sub = Submission("m0", "c", Status.SUBMITTED, {"a": D(7), "b": D("2.5")},
                     {"1.1": CriterionEntry(D("1.5"), D("1.25"))})
    cents = Units(D("0.01"), 0)
    first = figures_of(sub, sub.values, cents)
    assert figures_of(sub, sub.values, cents) is first
    assert first.whole == {"a": 7} and first.fractional == {"b": D("2.5")}
    assert first.reviewed == {"1.1": 125} and first.picked == {"1.1": 125}
    finer = figures_of(sub, sub.values, Units(D("0.001"), 0))
    assert finer is not first and finer.reviewed == {"1.1": 1250}
    corrected = {**sub.values, "a": D(9)}  # values that are not the submission's own
    assert figures_of(sub, corrected, cents).whole == {"a": 9}


def test_a_score_finer_than_the_unit_makes_the_engine_count_finer() -> None:
    bloc, campaign, subs = _small_bloc()
    live = board_of(bloc, campaign, subs)
    assert live._engine.units.decimals == 2  # type: ignore[attr-defined]
    edited = Submission("m1", "c", Status.SUBMITTED, {"a": D(3)},
                        {"1.5": CriterionEntry(D("0.125"))})  # three decimals
    live.update(edited)
    current = {**subs, "m1": edited}
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, current)
    assert live._engine.units.decimals == 3  # type: ignore[attr-defined]
    assert repr(dict(live.scores)) == repr(expected)
    assert repr(live.ranking) == repr(reference_ranking(expected, campaign))


def _small_bloc() -> tuple[Bloc, Campaign, dict[str, Submission]]:
    table = CriteriaTable((Section("1", "Nhiệm vụ", (
        Criterion("1.1", "Chỉ tiêu", D(5), TargetRule("a")),
        Criterion("1.5", "Đánh giá", D(5), JudgedRule(D("0.125"))),
    )),), {"a": Indicator("a", "A")})
    members = tuple(Member(f"m{i}", f"Hội {i}", f"H{i}", TYPE) for i in range(3))
    campaign = Campaign("c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), dt.date(2024, 12, 31), table,
                        targets={"m0": {"a": D(4)}}, precision=D("0.01"))
    subs = {m.id: Submission(m.id, "c", Status.SUBMITTED, {"a": D(i + 1)},
                             {"1.5": CriterionEntry(D("2.5"))})
            for i, m in enumerate(members)}
    return Bloc("b", "Khối", members), campaign, subs
