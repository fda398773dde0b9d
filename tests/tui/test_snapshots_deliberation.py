"""Screenshots of the deliberation screens (cross-scoring, award proposals, ballots) at
80×24 and 120×40, over the fixture's campaign with cross-scores, an abstention, a recusal, a
removed scorer, an override and two ballots; and the show-of-hands form.

Regenerate with ``pytest tests/tui/test_snapshots_deliberation.py --snapshot-update`` and
look at the SVGs under ``__snapshots__`` before committing them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from emulation_core import Actor, Ballot, Role, VoteMethod
from emulation_tui.app import EmulationApp
from emulation_tui.screens.awards import AwardsScreen
from emulation_tui.screens.ballot_form import HandsBallotForm
from emulation_tui.screens.ballots import BallotsScreen
from emulation_tui.screens.cross_scoring import CrossScoringScreen
from emulation_tui.screens.deliberation_view import DeliberationView
from emulation_tui.session import Session

from .delib_tools import cross_ready, scores

C = "2018-6t"
AT = dt.datetime(2018, 7, 6, 9, 0, tzinfo=dt.UTC)
SCREENS: dict[str, type[DeliberationView]] = {
    "cross": CrossScoringScreen, "awards": AwardsScreen, "ballots": BallotsScreen}


def _deliberated(session: Session) -> None:
    ws = session.ws
    member, code, scorers = cross_ready(session)
    scores(session, member, code, dict(zip(scorers, ("4", "6", "8.5", "9"), strict=False)))
    pairs = [(s, m) for s, targets in ws.cross_scoring(C).assigned.items() for m in targets
             if m != member and s != scorers[3]]
    ws.cross_abstain(C, *pairs[0], code, "không nắm được", now=AT)
    ws.cross_recuse(C, *pairs[1], "cùng cơ quan", now=AT)
    ws.cross_remove_scorer(C, scorers[3], "không dự họp", now=AT)
    ws.exclude_proposal(C, ws.bloc.members[3].id, "merit", "đang thanh tra")
    leader = ws.proposals(C).proposed("provincial_flag")[0]
    members = tuple(m.id for m in ws.bloc.members)
    ws.record_ballot(C, Ballot("provincial_flag", leader, VoteMethod.HANDS, members[:4],
                               (members[4],), voted_for=members[:4], against=(members[4],)),
                     now=AT)
    ws.record_ballot(C, Ballot("provincial_flag", leader, VoteMethod.SECRET, members,
                               for_count=2, against_count=3), now=AT)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("name", sorted(SCREENS))
def test_deliberation_screens(session: Session, make_app: Callable[..., EmulationApp],
                              snap_compare: Callable[..., bool], name: str,
                              size: tuple[int, int]) -> None:
    _deliberated(session)
    app = make_app(session)

    async def show(pilot: Any) -> None:
        await pilot.app.push_screen(SCREENS[name](session, C))
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=show)




@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_show_of_hands_form(session: Session, make_app: Callable[..., EmulationApp],
                            snap_compare: Callable[..., bool], size: tuple[int, int]) -> None:
    """The form is drawn over the dashboard, whose title bar names who is acting: that is
    set here, not left to the environment the session was opened in (the pictures once
    named the login 'root' on one run and the lead on another)."""
    session.ws.act_as(Actor("Nguyễn Văn An", Role.LEAD))
    app = make_app(session)

    async def show(pilot: Any) -> None:
        await pilot.app.push_screen(HandsBallotForm(session, C))
        await pilot.pause()

    assert snap_compare(app, terminal_size=size, run_before=show)
