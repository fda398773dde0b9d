"""The fast stability report gives exactly the answers of the plain one (every criterion
bisected on its own, :mod:`.stability_reference`), with few scoreboard updates: on random
campaigns of every rule kind, tie-break and ranking measure, and on the 176-criterion table."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from emulation_core import Bloc, Campaign, Scoreboard, Submission
from emulation_core.stability import stability
from emulation_core.stabilitytrial import smallest

from .stability_reference import reference_stability
from .test_properties import board_of, scenarios

BENCH = Path(__file__).resolve().parents[2] / "bench"
Scenario = tuple[Bloc, Campaign, dict[str, Submission]]


class Counted:
    """Counts a scoreboard's updates."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.updates = 0
        update = Scoreboard.update

        def counting(board: Scoreboard, sub: Submission) -> None:
            self.updates += 1
            update(board, sub)

        monkeypatch.setattr(Scoreboard, "update", counting)


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counted]:
    yield Counted(monkeypatch)


def _places(board: Scoreboard) -> list[tuple[str, int, Decimal]]:
    return [(p.score.member.id, p.rank, p.score.total) for p in board.ranking]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_the_report_is_the_plain_bisections_one(scenario: Scenario, data: st.DataObject,
                                                ) -> None:
    bloc, campaign, subs = scenario
    member = data.draw(st.none() | st.sampled_from([m.id for m in bloc.members]))
    figures = data.draw(st.booleans())
    board = board_of(bloc, campaign, subs)
    before = _places(board)
    fast = stability(board, member=member, figures=figures)
    assert _places(board) == before  # everything put back
    assert fast == reference_stability(board_of(bloc, campaign, subs), member=member,
                                       figures=figures)


@given(st.integers(0, 300), st.integers(0, 300), st.none() | st.integers(-5, 400))
def test_the_search_finds_the_smallest_whatever_the_guess(threshold: int, most: int,
                                                          guess: int | None) -> None:
    tried: list[int] = []

    def holds(k: int) -> bool:
        tried.append(k)
        return k >= threshold

    found = smallest(holds, most, guess)
    expected = next((k for k in range(1, most + 1) if k >= threshold), None)
    assert found == expected
    assert all(1 <= k <= most for k in tried)
    if guess is not None and expected is not None and guess == max(expected, 1):
        assert len(tried) <= 2  # a right guess is settled by two trials


def _large_board() -> Scoreboard:
    sys.path.insert(0, str(BENCH))
    try:
        import synthetic
    finally:
        sys.path.remove(str(BENCH))
    bloc = synthetic.build_bloc(20)
    campaign = synthetic.build_campaign(bloc, synthetic.build_large_table())
    subs: Mapping[str, Submission] = synthetic.build_submissions(bloc, campaign)
    return Scoreboard(bloc, campaign, {synthetic.TYPE: campaign.table}, subs)


def test_the_176_criterion_table_takes_few_board_updates(counted: Counted) -> None:
    """Every criterion bisected on its own took 72,522 updates (about 21 s); criteria
    that move the ranking alike are tried once, from a guess, each trial one update."""
    board = _large_board()
    report = stability(board)
    assert report.pairs and report.needs and report.judged_checked > 1000
    assert counted.updates < 3000


def test_one_members_report_on_the_176_criterion_table(counted: Counted) -> None:
    board = _large_board()
    member = board.ranking[10].score.member.id
    fast = stability(board, member=member)
    updates = counted.updates
    assert fast == reference_stability(_large_board(), member=member)
    assert updates * 10 < counted.updates - updates  # the plain way: ten times as many
