"""The live engine equals the previous one (``reference_scoring``) on random campaigns.

Every rule kind, tie-break chains, both ranking measures, not-assigned criteria, missing,
draft and verified reports, and incremental edits read between as the UI reads them. Equal
means equal in every field, and with the same ``repr`` (so the same Decimal exponents too:
``3.00`` is not ``3``).
"""

from __future__ import annotations

from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

from emulation_core import Bloc, Campaign, Scoreboard, Status, Submission

from .reference_scoring import reference_ranking, reference_scores
from .test_properties import BOARD, TYPE, board_of, scenarios, submissions

ReportMaker = Callable[[str, object], st.SearchStrategy[Submission | None]]


def replay_edits(live: Scoreboard, bloc: Bloc, campaign: Campaign, subs: dict[str, Submission],
                 data: st.DataObject, reports: ReportMaker) -> dict[str, Submission]:
    """Apply up to eight drawn edits to ``live``; return the submissions they leave."""
    current = dict(subs)
    for _ in range(data.draw(st.integers(0, 8))):
        member = data.draw(st.sampled_from(bloc.members)).id
        edited = data.draw(reports(member, campaign.table))
        if edited is None:
            edited = Submission(member, "c", Status.MISSING)
        live.update(edited)
        current[member] = edited
        if data.draw(st.booleans()):
            live.ranking  # noqa: B018 - read between edits, as the UI does
    return current

@BOARD
@given(scenarios(), st.data())
def test_live_engine_equals_the_reference_after_edits(
        scenario: tuple[Bloc, Campaign, dict[str, Submission]], data: st.DataObject) -> None:
    bloc, campaign, subs = scenario
    live = board_of(bloc, campaign, subs)
    current = replay_edits(live, bloc, campaign, subs, data, submissions)
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, current)
    assert dict(live.scores) == expected
    assert repr(dict(live.scores)) == repr(expected)
    ranking = reference_ranking(expected, campaign)
    assert live.ranking == ranking
    assert repr(live.ranking) == repr(ranking)
