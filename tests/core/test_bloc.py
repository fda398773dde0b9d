"""Bloc figures: keyed by what a criterion is, taken over submitted reports, with who set them."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction

import pytest

from emulation_core import (
    Bloc,
    Campaign,
    CriteriaTable,
    Criterion,
    Indicator,
    Member,
    PeriodKind,
    RelativeRule,
    Scoreboard,
    Section,
    Status,
    Submission,
    TargetRule,
)

D = Decimal


def common_table() -> CriteriaTable:
    """A per-type slot "1" and a common relative criterion "2.1" (built afresh each call)."""
    return CriteriaTable((
        Section("1", "Nhiệm vụ riêng", (), max_points=D(10), per_type=True),
        Section("2", "Nhiệm vụ chung", (Criterion("2.1", "Hiến máu", D(10),
                                                   RelativeRule("blood")),)),
    ), {"blood": Indicator("blood", "Hiến máu")})


def own_section() -> Section:
    return Section("t", "Riêng", (Criterion("1", "Việc riêng", D(10), RelativeRule("core")),))


MEMBERS = (Member("a", "Hội A", "A", "t1"), Member("b", "Hội B", "B", "t2"),
           Member("c", "Hội C", "C", "t2"))
VALUES = {"a": {"blood": D(100), "core": D(10)}, "b": {"blood": D(50), "core": D(40)},
          "c": {"blood": D(25), "core": D(20)}}


def campaign(table: CriteriaTable, **options: object) -> Campaign:
    return Campaign("c", "Đợt", PeriodKind.CUSTOM, 2024, dt.date(2024, 1, 1),
                    dt.date(2024, 12, 31), dt.date(2024, 12, 31), table,
                    **options)  # type: ignore[arg-type]


def typed_board(tables: Mapping[str, CriteriaTable],
                status: Mapping[str, Status] | None = None) -> Scoreboard:
    subs = {m.id: Submission(m.id, "c", (status or {}).get(m.id, Status.SUBMITTED),
                             VALUES[m.id]) for m in MEMBERS}
    return Scoreboard(Bloc("b", "Khối", MEMBERS), campaign(common_table()), tables, subs)


def per_type_tables() -> dict[str, CriteriaTable]:
    """Each type's table from its own copy of the campaign table (equal, not the same)."""
    indicators = {"core": Indicator("core", "Việc riêng")}
    return {t: common_table().for_type(t, own_section(), indicators) for t in ("t1", "t2")}


def test_equal_but_copied_tables_share_the_common_criterion_figures() -> None:
    tables = per_type_tables()
    first, second = tables["t1"].find("2.1"), tables["t2"].find("2.1")
    assert first == second and first is not second
    board = typed_board(tables)
    common = tables["t2"].find("2.1")
    assert common is not None
    # one bloc best (a's 100) for everyone, whatever type
    assert [board.points_of(m, common) for m in ("a", "b", "c")] == [D(10), D(5), D("2.5")]
    # a deep copy of the tables gives the very same result
    again = typed_board(copy.deepcopy(tables))
    assert again.scores == board.scores


def test_per_type_criteria_compare_members_of_the_same_type_only() -> None:
    tables = per_type_tables()
    board = typed_board(tables)
    own = tables["t1"].find("1.1")
    assert own is not None and tables["t2"].find("1.1") == own  # equal criteria, two slots
    # a is alone in type t1 (its 10 is the best); b (40) leads type t2
    assert [board.points_of(m, own) for m in ("a", "b", "c")] == [D(10), D(10), D(5)]
    stats = board.bloc_stats("c", "1.1")
    assert stats is not None
    assert (stats.members, stats.of("core").best.members) == (2, ("b",))


def test_each_figure_names_the_members_who_set_it() -> None:
    board = typed_board(per_type_tables())
    stats = board.bloc_stats("b", "2.1")
    assert stats is not None
    figures = stats.of("blood")
    assert (figures.best.value, figures.best.members) == (Fraction(100), ("a",))
    assert (figures.worst.value, figures.worst.members) == (Fraction(25), ("c",))
    assert board.bloc_stats("b", "9.9") is None


# -- which reports count in the bloc's figures ---------------------------------------------------

@pytest.mark.parametrize(("status", "counts"), [
    (Status.DRAFT, False), (Status.MISSING, False), (Status.SUBMITTED, True),
    (Status.VERIFIED, True), (Status.LOCKED, True),
])
def test_only_submitted_reports_set_the_bloc_best(status: Status, counts: bool) -> None:
    tables = per_type_tables()
    board = typed_board(tables, {"a": status})
    common = tables["t2"].find("2.1")
    assert common is not None
    assert board.points_of("b", common) == (D(5) if counts else D(10))
    stats = board.bloc_stats("b", "2.1")
    assert stats is not None and stats.members == (3 if counts else 2)


def test_a_draft_is_scored_against_the_submitted_reports() -> None:
    tables = per_type_tables()
    board = typed_board(tables, {"b": Status.DRAFT})
    common = tables["t2"].find("2.1")
    assert common is not None
    assert board.points_of("b", common) == D(5)  # its own score, vs a's 100
    assert board.score("b").status is Status.DRAFT


def test_ties_for_the_best_name_every_member_who_set_it() -> None:
    table = CriteriaTable((Section("1", "S", (
        Criterion("1.1", "C", D(10), TargetRule("x")),)),), {"x": Indicator("x", "x")})
    members = tuple(Member(m, f"Hội {m}", m, "t") for m in ("m1", "m2", "m3"))
    values = {"m1": D(7), "m2": D(9), "m3": D(9)}
    subs = {m: Submission(m, "c", Status.SUBMITTED, {"x": v}) for m, v in values.items()}
    board = Scoreboard(Bloc("b", "Khối", members), campaign(table, targets={"m1": {"x": D(5)}}),
                       {"t": table}, subs)
    stats = board.bloc_stats("m1", "1.1")
    assert stats is not None
    figures = stats.of("x")
    assert figures.best.members == ("m2", "m3")
    assert (figures.best_ratio.value, figures.best_ratio.members) == (Fraction(7, 5), ("m1",))
    assert (figures.best_excess.value, figures.best_excess.members) == (Fraction(2), ("m1",))
    assert (figures.best_untargeted.value, figures.best_untargeted.members) == \
        (Fraction(9), ("m2", "m3"))
