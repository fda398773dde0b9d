"""BlocTracker keeps every bloc figure, with who set it, equal to figures taken afresh, while
reports change one at a time (it skips the recount when a changed report reaches none)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from emulation_core.blocstats import BlocTracker, Report

D = Decimal
MEMBERS = ("m1", "m2", "m3", "m4", "m5")
INDICATORS = ("a", "b")

results = st.sampled_from([D(0), D(1), D("2.5"), D(4), D(10), D(25)])
targets = st.none() | st.sampled_from([D(1), D(4), D(8), D("12.5")])
reports = st.none() | st.tuples(*(st.tuples(results, targets) for _ in INDICATORS))
changes = st.lists(st.tuples(st.sampled_from(MEMBERS), reports), min_size=1, max_size=25)


def fresh(current: dict[str, Report]) -> BlocTracker:
    tracker = BlocTracker(INDICATORS)
    tracker.load(current)
    return tracker


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(MEMBERS), reports.filter(bool)), changes)
def test_figures_after_each_change_equal_figures_taken_afresh(
        start: dict[str, Report], steps: list[tuple[str, Report | None]]) -> None:
    live = fresh(start)
    current = dict(start)
    for member, report in steps:
        before = live.stats
        moved = live.record(member, report)
        if report is None:
            current.pop(member, None)
        else:
            current[member] = report
        expected = fresh(current).stats
        assert live.stats == expected
        assert moved == (expected != before)


def test_the_best_setter_lowering_its_result_moves_the_best() -> None:
    tracker = BlocTracker(("a",))
    tracker.load({"m1": ((D(10), None),), "m2": ((D(4), None),), "m3": ((D(1), None),)})
    assert tracker.record("m1", ((D(2), None),))
    assert tracker.stats.of("a").best.members == ("m2",)


def test_a_result_equal_to_the_worst_joins_its_setters() -> None:
    tracker = BlocTracker(("a",))
    tracker.load({"m1": ((D(1), None),), "m2": ((D(9), None),), "m3": ((D(5), None),)})
    assert tracker.record("m3", ((D(1), None),))
    assert tracker.stats.of("a").worst.members == ("m1", "m3")


def test_a_change_short_of_every_figure_leaves_them_as_they_are() -> None:
    tracker = BlocTracker(("a",))
    tracker.load({"m1": ((D(1), D(2)),), "m2": ((D(9), D(3)),), "m3": ((D(5), D(4)),)})
    before = tracker.stats
    assert not tracker.record("m3", ((D(6), D(4)),))
    assert tracker.stats is before


def test_a_ratio_equal_to_the_best_ratio_joins_its_setters() -> None:
    tracker = BlocTracker(("a",))
    tracker.load({"m1": ((D(10), D(4)),), "m2": ((D(1), D(1)),), "m3": ((D(0), None),)})
    assert tracker.record("m2", ((D("2.5"), D(1)),))  # 2.5 ÷ 1 = 10 ÷ 4, short of the rest
    assert tracker.stats.of("a").best_ratio.members == ("m1", "m2")
    assert tracker.stats.of("a").best.members == ("m1",)
