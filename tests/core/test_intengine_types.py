"""The integer engine on a bloc of two member types, with lateness, edited member by member.

Each type has its own table: the common criteria (one comparative criterion compared over
both types' members) and a section of its own (a comparative criterion of one type only,
or none), the bonus/deduction criterion, and for one type an empty section. Figures are
whole numbers (the integer kernels and the bloc figures loaded from them) or have decimals
(the rules' own functions). After the board is made and after every edit, everything the
integer engine holds must equal the Decimals the board shows and the reference scoring of
``reference_scoring.py``: each criterion's counted points, totals, percentages, tie-break
values and deductions, the ranking keys and the ranking, and the board must equal one made
afresh from the same submissions (a member the edit reached but the engine did not say so
would keep scores read before it).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    AdjustmentItem,
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    Indicator,
    JudgedRule,
    Lateness,
    Member,
    PeriodKind,
    PerOccurrenceRule,
    RankBy,
    RelativeRule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
    YesNoRule,
)
from emulation_core.colengine import ColumnKeys
from emulation_core.intengine import IntegerEngine

from .reference_scoring import reference_ranking, reference_scores
from .test_columns import columns_from
from .test_matrix import held_from
from .test_properties import BOARD, NAMES, entries

D = Decimal
KEYS = ("a", "b", "c", "d", "f", "g")
DEADLINE = dt.date(2024, 12, 20)
maxima = st.sampled_from([D(2), D("2.5"), D(5), D(10)])

Scenario = tuple[Bloc, Campaign, dict[str, CriteriaTable], dict[str, Submission]]


@st.composite
def type_tables(draw: st.DrawFn) -> dict[str, CriteriaTable]:
    """Type ``x`` and type ``y``: common criteria (the same objects, so one bloc figure
    over both types), a section of each type's own, bonus/deduction last."""
    indicators = {k: Indicator(k, k.upper()) for k in KEYS}
    common = Section("1", "Chung", (
        Criterion("1.1", "Chỉ tiêu", draw(maxima), TargetRule("a")),
        Criterion("1.2", "So với khối", draw(maxima), RelativeRule("b")),
        Criterion("1.3", "Đánh giá", draw(maxima), JudgedRule(D("0.5"))),
    ))
    adjust = Section("3", "Thưởng, trừ", (
        Criterion("3.1", "Thưởng, trừ", D(10), AdjustmentRule(
            (AdjustmentItem("f", draw(st.sampled_from([D("0.5"), D(2)]))),
             AdjustmentItem("g", draw(st.sampled_from([D(-1), D("-1.5")])))),
            draw(st.sampled_from([D(0), D(-5)])), D(10))),
    ))
    own_x = Section("2", "Riêng X", (
        Criterion("2.1", "So với loại", draw(maxima), RelativeRule("c")),
        Criterion("2.2", "Kế hoạch", draw(maxima), YesNoRule("d")),
    ))
    own_y = Section("2", "Riêng Y", (
        Criterion("2.1", "Lớp", draw(maxima), PerOccurrenceRule("d", D("0.5"))),
    ))
    empty = Section("4", "Chưa có tiêu chí", ())
    return {"x": CriteriaTable((common, own_x, adjust), indicators),
            "y": CriteriaTable((common, own_y, adjust, empty), indicators)}


def figures(whole: bool) -> st.SearchStrategy[Decimal]:
    whole_numbers = st.integers(0, 40).map(D)
    cents = st.integers(0, 4000).map(lambda i: D(i) / 100)
    return whole_numbers if whole else whole_numbers | cents


@st.composite
def reports(draw: st.DrawFn, member: str, table: CriteriaTable, whole: bool) -> Submission:
    status = draw(st.sampled_from(Status))
    days = draw(st.none() | st.integers(-2, 6))
    received = None if days is None else dt.datetime.combine(
        DEADLINE + dt.timedelta(days=days), dt.time(9))
    return Submission(member, "c", status, draw(st.dictionaries(st.sampled_from(KEYS),
                                                               figures(whole))),
                      draw(entries(table)) if draw(st.booleans()) else {},  # {}: computed
                      submitted_at=received)


@st.composite
def scenarios(draw: st.DrawFn, columnar: bool = False) -> Scenario:
    """A bloc of both types; ``columnar``: whole figures and targets only, so that the
    board is ranked from columns."""
    tables = draw(type_tables())
    size = draw(st.integers(1, 7))
    members = tuple(Member(f"m{i}", draw(st.sampled_from(NAMES)), f"M{i}",
                           draw(st.sampled_from(["x", "y"]))) for i in range(size))
    codes = ["1.1", "1.2", "1.3", "2.1", "2.2", "3.1", "1", "2"]  # "1", "2": whole sections
    chain = draw(st.lists(st.sampled_from(["section:1", "section:2", "section:3", "section:4",
                                           "code:1.2", "code:2.1", "code:9"]),
                          unique=True, max_size=3))
    if draw(st.booleans()):  # fewer deductions first, somewhere in the chain
        chain.insert(draw(st.integers(0, len(chain))), "deductions")
    whole = columnar or draw(st.booleans())
    campaign = Campaign(
        "c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1), dt.date(2024, 12, 31),
        DEADLINE, tables["x"],
        targets={m.id: draw(st.dictionaries(st.just("a"), st.sampled_from(
            [D(0), D(4), D(15)] if columnar else [D(0), D(4), D("7.5"), D(15)])))
                 for m in members},  # 7.5: beside whole values too
        not_assigned={m.id: frozenset(draw(st.lists(st.sampled_from(codes), max_size=3)))
                      for m in members if draw(st.booleans())},
        precision=draw(st.sampled_from([D(1), D("0.1"), D("0.01")])),
        tie_break=tuple(chain),
        rank_by=draw(st.sampled_from(RankBy)),
        lateness=Lateness(draw(st.sampled_from([D(0), D(1), D("0.5")])),
                          draw(st.sampled_from([D(0), D("0.25"), D(2)])),
                          draw(st.sampled_from([None, D(3)]))))
    subs = {m.id: draw(reports(m.id, tables[m.type], whole)) for m in members
            if draw(st.integers(0, 4))}
    return Bloc("b", "Khối", members), campaign, tables, subs


def agrees(board: Scoreboard, bloc: Bloc, campaign: Campaign, tables: dict[str, CriteriaTable],
           subs: dict[str, Submission]) -> None:
    """The board equals the reference scoring and a board made afresh, and its integer
    engine says the same as the Decimals shown."""
    expected = reference_scores(bloc, campaign, tables, subs)
    assert repr(dict(board.scores)) == repr(expected)
    assert repr(board.ranking) == repr(reference_ranking(expected, campaign))
    fresh = Scoreboard(bloc, campaign, tables, subs)
    engine = board._engine  # type: ignore[attr-defined]
    units = engine.units
    for member in bloc.members:
        score = expected[member.id]
        lines = board.breakdown(member.id)
        assert lines == fresh.breakdown(member.id)
        assert [units.to_decimal(p) for p in engine.counted(member.id)] == \
            [line.points for line in lines]
        assert units.to_decimal(engine.total(member.id)) == score.total
        assert units.to_decimal(engine.percent(member.id)) == score.percent
        for key in (*campaign.tie_break, "section:1", "code:9"):  # outside the chain: 0
            shown = -score.deductions if key == "deductions" else score.tie_values.get(key, D(0))
            assert units.to_decimal(engine.tie_value(member.id, key)) == shown
        measure = score.percent if campaign.rank_by is RankBy.PERCENT else score.total
        ties = [-score.deductions if key == "deductions" else score.tie_values.get(key, D(0))
                for key in campaign.tie_break]
        assert [units.to_decimal(k) for k in engine.keys[member.id]] == [measure, *ties]
        made = fresh._engine  # type: ignore[attr-defined]
        assert [units.to_decimal(k) for k in engine.keys[member.id]] == \
            [made.units.to_decimal(k) for k in made.keys[member.id]]  # units may differ


def edit_and_compare(board: Scoreboard, scenario: Scenario, data: st.DataObject) -> None:
    """Edit members one at a time; after each edit the board must agree (see agrees)."""
    bloc, campaign, tables, subs = scenario
    whole = all(v == v.to_integral_value() for s in subs.values() for v in s.values.values())
    for _ in range(data.draw(st.integers(1, 6))):
        member = data.draw(st.sampled_from(bloc.members))
        edited = data.draw(st.none() | reports(member.id, tables[member.type], whole))
        if edited is None:
            edited = Submission(member.id, "c", Status.MISSING)
        board.update(edited)
        subs[member.id] = edited
        agrees(board, bloc, campaign, tables, subs)


@BOARD
@given(scenarios(), st.data())
def test_two_types_with_lateness_equal_the_reference_after_each_edit(
        scenario: Scenario, data: st.DataObject) -> None:
    bloc, campaign, tables, subs = scenario
    board = Scoreboard(bloc, campaign, tables, subs)
    agrees(board, bloc, campaign, tables, subs)
    edit_and_compare(board, scenario, data)


@BOARD
@given(scenarios(columnar=True), st.data())
def test_a_board_ranked_from_columns_hands_two_types_over_to_the_integer_engine(
        scenario: Scenario, data: st.DataObject) -> None:
    """A board ranked from columns (forced here for a small bloc) is edited through the
    integer engine it hands its columns to (``colhandover``), type by type, tables apart."""
    bloc, campaign, tables, subs = scenario
    with columns_from(0):
        board = Scoreboard(bloc, campaign, tables, subs)
        board.ranking  # noqa: B018 - ranked from the columns
    assert isinstance(board._engine, ColumnKeys)  # type: ignore[attr-defined]
    edit_and_compare(board, scenario, data)
    assert isinstance(board._engine, IntegerEngine)  # type: ignore[attr-defined]


def test_a_table_of_a_type_with_no_member_in_the_bloc_ranks_from_columns_too() -> None:
    """Tables for two types, members of one: the other type's comparative criterion has no
    member to compare (the columnar engine once failed on it: nothing to concatenate)."""
    tables = {"x": CriteriaTable((Section("1", "X", (
        Criterion("1.1", "So với loại", D(5), RelativeRule("c")),)),), {"c": Indicator("c", "C")}),
        "y": CriteriaTable((Section("1", "Y", (
            Criterion("1.1", "So với khối", D(5), RelativeRule("b")),)),),
            {"b": Indicator("b", "B")})}
    members = tuple(Member(f"m{i}", f"Hội {i}", f"H{i}", "y") for i in range(3))
    bloc = Bloc("b", "Khối", members)
    campaign = Campaign("c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), DEADLINE, tables["y"])
    subs = {m.id: Submission(m.id, "c", Status.SUBMITTED, {"b": D(k)})
            for k, m in enumerate(members)}
    with columns_from(0):
        board = Scoreboard(bloc, campaign, tables, subs)
        ranking = board.ranking
    assert isinstance(board._engine, ColumnKeys)  # type: ignore[attr-defined]
    # b of 0, 1, 2 against the best 2: 0, 2.5 and 5 points of 5
    assert [(r.score.member.id, r.rank, r.value) for r in ranking] == \
        [("m2", 1, D(5)), ("m1", 2, D("2.5")), ("m0", 3, D(0))]
    assert repr(ranking) == repr(reference_ranking(
        reference_scores(bloc, campaign, tables, subs), campaign))
    subs["m0"] = Submission("m0", "c", Status.SUBMITTED, {"b": D(4)})
    board.update(subs["m0"])  # the new best: 4
    agrees(board, bloc, campaign, tables, subs)
    assert [(r.score.member.id, r.value) for r in board.ranking] == \
        [("m0", D(5)), ("m2", D("2.5")), ("m1", D("1.25"))]


def test_decimals_of_an_indicator_only_another_type_reads_survive_the_handover() -> None:
    """``y1`` reports c = 2.5, which only type x's table reads, so the board still ranks
    from columns; after the handover ``y1`` drops its c and then ``x1`` reports c = 30.5:
    the engine must count that decimal (and no longer y1's) and score x's criterion
    exactly: x1 the best, 5; x2 5 × 20 ÷ 30.5 = 3.28."""
    tables = {"x": CriteriaTable((Section("1", "X", (
        Criterion("1.1", "So với loại", D(5), RelativeRule("c")),)),),
        {"c": Indicator("c", "C")}),
        "y": CriteriaTable((Section("1", "Y", (
            Criterion("1.1", "So với loại", D(5), RelativeRule("b")),)),),
            {"b": Indicator("b", "B")})}
    members = (Member("x1", "Hội X1", "X1", "x"), Member("x2", "Hội X2", "X2", "x"),
               Member("y1", "Hội Y1", "Y1", "y"))
    bloc = Bloc("b", "Khối", members)
    campaign = Campaign("c", "Tổng kết", PeriodKind.YEAR_END, 2024, dt.date(2024, 1, 1),
                        dt.date(2024, 12, 31), DEADLINE, tables["x"])
    subs = {"x1": Submission("x1", "c", Status.SUBMITTED, {"c": D(10)}),
            "x2": Submission("x2", "c", Status.SUBMITTED, {"c": D(20)}),
            "y1": Submission("y1", "c", Status.SUBMITTED, {"b": D(5), "c": D("2.5")})}
    with columns_from(0):
        board = Scoreboard(bloc, campaign, tables, subs)
        board.ranking  # noqa: B018 - ranked from the columns
    assert isinstance(board._engine, ColumnKeys)  # type: ignore[attr-defined]
    for member, values in (("y1", {"b": D(6)}), ("x1", {"c": D("30.5")})):
        subs[member] = Submission(member, "c", Status.SUBMITTED, values)
        board.update(subs[member])
        agrees(board, bloc, campaign, tables, subs)
    assert [(r.score.member.id, r.rank, r.value) for r in board.ranking] == [
        ("x1", 1, D(5)), ("y1", 1, D(5)), ("x2", 3, D("3.28"))]


@BOARD
@given(scenarios(), st.data())
def test_two_types_over_held_matrices_equal_the_reference(
        scenario: Scenario, data: st.DataObject) -> None:
    """Each member type's matrix is held for the next board (forced here for small
    types), keyed by the type and its members: a board built again after some reports
    changed reads each type's own, brought up to date."""
    bloc, campaign, tables, subs = scenario
    with held_from(0):
        agrees(Scoreboard(bloc, campaign, tables, subs), bloc, campaign, tables, subs)
        changed = dict(subs)
        for member in data.draw(st.lists(st.sampled_from(bloc.members), max_size=3)):
            changed[member.id] = data.draw(reports(member.id, tables[member.type], False))
        agrees(Scoreboard(bloc, campaign, tables, changed), bloc, campaign, tables, changed)
