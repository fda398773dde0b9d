"""Cross-scoring: assignment, aggregation by every method, flags, and the workspace actions."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import PluginRegistry, Workspace, parse_actor, read_chain
from emulation_core.aggregation import aggregate, counted_points, median, trimmed_mean
from emulation_core.awarderrors import DeliberationError
from emulation_core.crossassign import assign_scorers
from emulation_core.crossflags import scorer_flags
from emulation_core.crossscores import (
    Aggregate,
    CrossEntry,
    CrossMode,
    CrossScoring,
    CrossSettings,
    Recusal,
    ScorerRemoval,
)
from emulation_core.errors import EmulationError, ValidationError
from emulation_core.review import ReviewError

D = Decimal
LEAD = parse_actor("lead:Nguyễn Văn An")
AT = __import__("datetime").datetime(2018, 12, 25, 9, 0)


# -- assignment ---------------------------------------------------------------------------
@given(st.integers(2, 12).flatmap(lambda n: st.tuples(st.just(n), st.integers(1, n - 1))))
def test_assignment_is_balanced_and_never_self(sizes: tuple[int, int]) -> None:
    count, each = sizes
    members = [f"m{i}" for i in range(count)]
    assigned = assign_scorers(members, each)
    scored = {m: 0 for m in members}
    for scorer, targets in assigned.items():
        assert scorer not in targets
        assert len(set(targets)) == len(targets) == each
        for target in targets:
            scored[target] += 1
    assert set(scored.values()) == {each}


def test_every_other_member_by_default() -> None:
    assigned = assign_scorers(["a", "b", "c"])
    assert assigned == {"a": ("b", "c"), "b": ("c", "a"), "c": ("a", "b")}


@pytest.mark.parametrize("each", [0, 3, -1])
def test_impossible_counts_are_refused(each: int) -> None:
    with pytest.raises(EmulationError, match="1 to 2"):
        assign_scorers(["a", "b", "c"], each)


# -- aggregation --------------------------------------------------------------------------
def test_median_and_trimmed_mean_are_exact() -> None:
    values = [Fraction(1), Fraction(2), Fraction(10)]
    assert median(values) == 2
    assert median([Fraction(1), Fraction(2)]) == Fraction(3, 2)
    assert trimmed_mean(values) == 2
    assert trimmed_mean([Fraction(1), Fraction(2), Fraction(4), Fraction(10)]) == 3
    assert trimmed_mean(values[:2]) is None


@given(st.lists(st.fractions(0, 10), min_size=1, max_size=9))
def test_median_and_trimmed_lie_between_the_extremes(values: list[Fraction]) -> None:
    assert min(values) <= median(values) <= max(values)
    trimmed = trimmed_mean(values)
    if trimmed is not None:
        assert min(values) <= trimmed <= max(values)


def _cross(scores: dict[tuple[str, str], str], **extra: object) -> CrossScoring:
    members = sorted({m for _, m in scores} | {s for s, _ in scores})
    assigned = {s: tuple(m for m in members if m != s) for s in members}
    entries = tuple(CrossEntry(s, m, "1.3", D(p), AT, "x") for (s, m), p in scores.items())
    return CrossScoring("c", CrossSettings(), assigned, entries, **extra)  # type: ignore[arg-type]


def test_each_method_side_by_side() -> None:
    cross = _cross({("a", "c"): "7", ("b", "c"): "8", ("d", "c"): "3.5", ("e", "c"): "9"})
    cell = aggregate(cross, "1.3", D(10), D("0.01"), ["c"])["c"]
    assert cell.exact[Aggregate.MEAN] == Fraction(275, 40)
    assert cell.rounded[Aggregate.MEAN] == D("6.88")  # 6.875 rounded half away from zero
    assert cell.exact[Aggregate.MEDIAN] == Fraction(15, 2)
    assert cell.exact[Aggregate.TRIMMED] == Fraction(15, 2)


def test_abstained_recused_and_removed_scores_are_left_out() -> None:
    cross = _cross({("a", "c"): "7", ("b", "c"): "8", ("d", "c"): "2", ("e", "c"): "1"},
                   recusals=(Recusal("d", "c", "xung đột", AT, "lead:An"),),
                   removals=(ScorerRemoval("e", "rút", AT, "lead:An"),))
    cross = CrossScoring("c", cross.settings, cross.assigned, (
        *cross.entries, CrossEntry("b", "c", "1.3", None, AT, "x", "không đủ thông tin")),
        cross.recusals, cross.removals)
    cell = aggregate(cross, "1.3", D(10), D("0.01"), ["c"])["c"]
    assert cell.scores == {"a": D(7)}
    assert cell.exact[Aggregate.MEAN] == 7


def test_a_later_score_supersedes_an_earlier_one() -> None:
    cross = _cross({("a", "c"): "7"})
    cross = CrossScoring("c", cross.settings, cross.assigned,
                         (*cross.entries, CrossEntry("a", "c", "1.3", D(9), AT, "x")))
    assert aggregate(cross, "1.3", D(10), D("0.01"), ["c"])["c"].scores == {"a": D(9)}


@given(st.lists(st.integers(0, 20), min_size=3, max_size=3),
       st.lists(st.integers(-4, 4), min_size=3, max_size=3))
def test_zscores_ignore_a_scorers_constant_leniency(base: list[int], bias: list[int]) -> None:
    """A scorer who adds the same amount to everyone changes no z-score."""
    members = ["m1", "m2", "m3"]
    scorers = ["s1", "s2"]

    def cross_with(shift: int) -> CrossScoring:
        scores = {}
        for i, member in enumerate(members):
            scores[("s1", member)] = str(D(base[i]) / 2)
            scores[("s2", member)] = str(D(base[i]) / 2 + shift + bias[i] * 0)
        entries = tuple(CrossEntry(s, m, "1.3", D(p), AT, "x") for (s, m), p in scores.items())
        return CrossScoring("c", CrossSettings(), {s: tuple(members) for s in scorers}, entries)

    plain = aggregate(cross_with(0), "1.3", D(40), D("0.01"), members)
    shifted = aggregate(cross_with(3), "1.3", D(40), D("0.01"), members)
    order = sorted(members, key=lambda m: plain[m].exact[Aggregate.ZSCORE] or 0)
    again = sorted(members, key=lambda m: shifted[m].exact[Aggregate.ZSCORE] or 0)
    assert [plain[m].exact[Aggregate.ZSCORE] is None for m in members] == [False] * 3
    assert [base[members.index(m)] for m in order] == [base[members.index(m)] for m in again]
    for member in members:
        value = shifted[member].exact[Aggregate.ZSCORE]
        assert value is not None and 0 <= value <= 40


def test_counted_points_replace_or_weigh() -> None:
    cross = _cross({("a", "c"): "9", ("b", "c"): "8"})
    cell = aggregate(cross, "1.3", D(10), D("0.01"), ["c"])["c"]
    off = cross
    assert counted_points(cell, off, D("7.5"), D("0.01")) is None
    replace = CrossScoring("c", CrossSettings(Aggregate.MEAN, CrossMode.REPLACE), cross.assigned,
                           cross.entries)
    assert counted_points(cell, replace, D("7.5"), D("0.01")) == D("8.50")
    weigh = CrossScoring("c", CrossSettings(Aggregate.MEAN, CrossMode.WEIGH, D("0.25")),
                         cross.assigned, cross.entries)
    # 0.75 × 7.5 + 0.25 × 8.5 = 7.75
    assert counted_points(cell, weigh, D("7.5"), D("0.01")) == D("7.75")
    assert counted_points(cell, weigh, None, D("0.01")) == D("8.50")


# -- flags ----------------------------------------------------------------------------------
def _flags(scores: dict[tuple[str, str], str], types: dict[str, str]) -> set[tuple[str, str]]:
    members = sorted({m for _, m in scores})
    scorers = sorted({s for s, _ in scores})
    entries = tuple(CrossEntry(s, m, "1.3", D(p), AT, "x") for (s, m), p in scores.items())
    cross = CrossScoring("c", CrossSettings(), {s: tuple(members) for s in scorers}, entries)
    cells = aggregate(cross, "1.3", D(10), D("0.01"), members)
    return {(f.scorer, f.kind) for f in scorer_flags(cells, "1.3", D("0.5"), types)}


def test_a_consistently_lenient_scorer_is_flagged_and_only_it() -> None:
    usual = dict(zip("abcd", (5, 6, 4, 5), strict=True))
    scores = {(s, m): str(p) for s in "uvw" for m, p in usual.items()}
    scores.update({("t", m): str(p + 2) for m, p in usual.items()})
    flags = _flags(scores, {})
    assert ("t", "deviates") in flags
    assert not {s for s, kind in flags if kind == "deviates"} - {"t"}
    scores[("t", "a")] = "5"  # once in line with the others: not consistent any more
    assert ("t", "deviates") not in _flags(scores, {})


def test_one_score_for_everyone_is_flagged() -> None:
    scores = {(s, m): str(p) for s in "uv" for m, p in zip("abc", (5, 6, 4), strict=True)}
    scores.update({("s", m): "5" for m in "abc"})
    flags = _flags(scores, {})
    assert ("s", "flat") in flags
    assert ("u", "flat") not in flags
    del scores[("s", "c")]
    assert ("s", "flat") not in _flags(scores, {})  # two scores are too few to say


def test_own_type_favour_is_flagged() -> None:
    members = ["a", "b", "c", "d"]
    scores = {("s", m): p for m, p in zip(members, ("9", "5", "5", "5"), strict=True)}
    scores.update({("t", m): "5" for m in members if m != "a"} | {("t", "a"): "5"})
    scores.update({("u", m): "5" for m in members} | {("u", "b"): "6"})
    entries = tuple(CrossEntry(s, m, "1.3", D(p), AT, "x") for (s, m), p in scores.items())
    cross = CrossScoring("c", CrossSettings(), {s: tuple(members) for s in "stu"}, entries)
    cells = aggregate(cross, "1.3", D(10), D("0.01"), members)
    types = {"a": "red", "s": "red", "b": "x", "c": "x", "d": "x", "t": "y", "u": "z"}
    flags = {(f.scorer, f.kind) for f in scorer_flags(cells, "1.3", D("0.5"), types)}
    assert ("s", "own_type") in flags
    assert ("t", "own_type") not in flags


# -- the workspace ----------------------------------------------------------------------------
def test_actions_are_recorded_and_refusals_change_nothing(
        make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry, actor=LEAD) as ws:
        ws.cross_assign("c2018")
        with pytest.raises(DeliberationError, match="cannot score itself"):
            ws.cross_set("c2018", "hoi-a", "hoi-a", "1.3", D(5))
        with pytest.raises(DeliberationError, match="not a judged criterion"):
            ws.cross_set("c2018", "hoi-a", "hoi-b", "1.2", D(5))
        with pytest.raises(DeliberationError, match=r"multiple of 0\.5"):
            ws.cross_set("c2018", "hoi-a", "hoi-b", "1.3", D("5.2"))
        with pytest.raises(DeliberationError, match="not a member unit"):
            ws.cross_set("c2018", "hoi-x", "hoi-b", "1.3", D(5))
        before = (root / "campaigns/c2018/cross.toml").read_bytes()
        ws.cross_set("c2018", "hoi-a", "hoi-b", "1.3", D(9))
        ws.cross_set("c2018", "hoi-c", "hoi-b", "1.3", D(8))
        ws.cross_abstain("c2018", "hoi-b", "hoi-a", "1.3", "chưa đủ minh chứng")
        ws.cross_recuse("c2018", "hoi-c", "hoi-a", "cùng lãnh đạo")
        ws.cross_remove_scorer("c2018", "hoi-c", "rút khỏi khối")
        ws.cross_configure("c2018", Aggregate.MEAN, CrossMode.REPLACE)
        assert (root / "campaigns/c2018/cross.toml").read_bytes() != before
        results = ws.cross_results("c2018")
        assert results.cells["1.3"]["hoi-b"].scores == {"hoi-a": D(9)}
        assert results.counted[("hoi-b", "1.3")] == D("9.00")
        board = ws.scoreboard("c2018")
        assert board.points_of("hoi-b", list(board.table_for("hoi-b").leaves())[2]) == D("9.00")
    kinds = [e.change.kind for e in read_chain(root)[0]]
    for kind in ("cross.assigned", "cross.score", "cross.abstained", "cross.recused",
                 "cross.scorer_removed", "cross.setting"):
        assert kind in kinds
    with Workspace.open(root, registry=registry) as ws:
        kept = ws.cross_scoring("c2018")
        assert [e.scorer for e in kept.entries] == ["hoi-a", "hoi-c", "hoi-b"]
        assert kept.is_removed("hoi-c")


def test_only_the_lead_recuses(make_ws: Callable[[], Path], registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry,
                        actor=parse_actor("member:Hội Ca Dao")) as ws:
        ws.cross_assign("c2018")
        with pytest.raises(DeliberationError, match="only the bloc's lead"):
            ws.cross_recuse("c2018", "hoi-c", "hoi-a", "xung đột")
        with pytest.raises(DeliberationError, match="reason"):
            ws.cross_abstain("c2018", "hoi-b", "hoi-a", "1.3", "  ")


def test_unassigned_scorer_is_refused(make_ws: Callable[[], Path],
                                      registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry, actor=LEAD) as ws:
        with pytest.raises(DeliberationError, match="not assigned"):
            ws.cross_set("c2018", "hoi-a", "hoi-b", "1.3", D(5))
        ws.cross_assign("c2018", 1)
        with pytest.raises(DeliberationError, match="not assigned"):
            ws.cross_set("c2018", "hoi-a", "hoi-c", "1.3", D(5))


def test_a_locked_campaign_refuses_cross_scores(make_ws: Callable[[], Path],
                                                registry: PluginRegistry) -> None:
    root = make_ws()
    with Workspace.open(root, writable=True, registry=registry, actor=LEAD) as ws:
        ws.cross_assign("c2018")
        for member in ("hoi-a", "hoi-b"):
            if ws.submissions("c2018")[member].status.value != "verified":
                ws.verify_submission("c2018", member)
        ws.lock_campaign("c2018")
        with pytest.raises(ReviewError, match="locked"):
            ws.cross_set("c2018", "hoi-a", "hoi-b", "1.3", D(5))


def test_opening_checks_cross_and_awards_files(make_ws: Callable[[], Path],
                                               registry: PluginRegistry) -> None:
    root = make_ws()
    folder = root / "campaigns" / "c2018"
    (folder / "cross.toml").write_text(
        'method = "median"\n[[scores]]\nscorer = "hoi-a"\nmember = "hoi-b"\ncode = "1.3"\n'
        'points = 5\nabstain = "x"\nat = 2018-12-25T09:00:00Z\n', "utf-8")
    with pytest.raises(ValidationError) as caught:
        Workspace.open(root, registry=registry)
    assert "campaigns/c2018/cross.toml:2" in str(caught.value)
    (folder / "cross.toml").write_text(
        '[[scorers]]\nscorer = "hoi-z"\nmembers = ["hoi-a"]\n', "utf-8")
    (folder / "awards.toml").write_text('rules = "vn-2023"\nleaders_total = 0\n', "utf-8")
    with pytest.raises(ValidationError) as caught:
        Workspace.open(root, registry=registry)
    assert "campaigns/c2018/awards.toml:2: leaders_total" in str(caught.value)
    (folder / "awards.toml").unlink()
    with Workspace.open(root, registry=registry) as ws:  # a unit no longer there: a warning
        assert any("'hoi-z' is not a member unit" in str(w) for w in ws.warnings)
