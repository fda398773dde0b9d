"""A submission's figures in integers (``intfigures``): the points after an explanation are
the ones the integer engine counts, the figures kept beside a submission go when it goes,
and ``forget_engine`` drops everything the engine keeps for the next board."""

from __future__ import annotations

import gc
import sys
from decimal import Decimal

import pytest
from attrs import evolve
from hypothesis import given
from hypothesis import strategies as st

from emulation_core import (
    Bloc,
    Campaign,
    Correction,
    CriterionEntry,
    Scoreboard,
    Status,
    Submission,
    intfigures,
    intmatrix,
    nameorder,
)
from emulation_core import colinputs as held_module
from emulation_core.intfigures import (
    entry_points,
    figures_of,
    forget_all,
    forget_engine,
    split_whole,
)
from emulation_core.units import Units

from .reference_scoring import reference_ranking, reference_scores
from .test_columns import columns_from
from .test_properties import BOARD, TYPE, board_of, scenarios
from .test_ranking import TABLE, board

D = Decimal
Scenario = tuple[Bloc, Campaign, dict[str, Submission]]


@st.composite
def explained(draw: st.DrawFn) -> Scenario:
    """A scenario where some reviewed entries were explained to other points."""
    bloc, campaign, subs = draw(scenarios())
    changed = {}
    for member_id, sub in subs.items():
        entries = dict(sub.entries)
        for code, entry in entries.items():
            if draw(st.booleans()):
                criterion = campaign.table.find(code)
                assert criterion is not None
                low, high = int(criterion.lowest), int(criterion.highest)
                entries[code] = evolve(entry, explained_points=D(draw(st.integers(low, high))))
        changed[member_id] = evolve(sub, entries=entries)
    return bloc, campaign, changed


@BOARD
@given(explained())
def test_the_points_after_an_explanation_count(scenario: Scenario) -> None:
    bloc, campaign, subs = scenario
    live = board_of(bloc, campaign, subs)
    expected = reference_scores(bloc, campaign, {TYPE: campaign.table}, subs)
    assert repr(dict(live.scores)) == repr(expected)
    assert repr(live.ranking) == repr(reference_ranking(expected, campaign))


def test_an_explained_entry_counts_its_new_points_as_reviewed() -> None:
    units = Units(D("0.01"), 0)
    assert entry_points(CriterionEntry(D(3), D(2), explained_points=D("2.5")), units) \
        == (250, True)
    assert entry_points(CriterionEntry(D(3), None, explained_points=D(1)), units) == (100, True)
    assert entry_points(CriterionEntry(D(3), D(2)), units) == (200, True)
    assert entry_points(CriterionEntry(D(3)), units) == (300, False)
    assert entry_points(CriterionEntry(), units) == (None, False)


def test_the_figures_kept_go_with_their_submission() -> None:
    units = Units(D("0.01"), 0)
    sub = Submission("m0", "c", Status.SUBMITTED, {"a": D(3)},
                     {"1.1": CriterionEntry(D(2))})
    figures = figures_of(sub, sub.values, units)
    assert figures_of(sub, sub.values, units) is figures  # converted once
    assert (figures.whole, figures.picked) == ({"a": 3}, {"1.1": 200})
    key = id(sub)
    assert key in intfigures._KEPT
    del sub
    gc.collect()
    assert key not in intfigures._KEPT


def test_forget_engine_drops_the_columns_matrices_and_name_orders() -> None:
    with columns_from(1):
        ranked = board([("Hội An", 2, 1, 0), ("Hội Bình", 1, 1, 1), ("Hội Đông", 0, 2, 0)])
        assert ranked.ranking[0].score.member.name == "Hội An"  # ranked from columns
        assert held_module._HELD and nameorder._KEPT
        forget_engine()
        assert not held_module._HELD and not nameorder._KEPT and not intmatrix._HELD


def test_a_submission_going_after_everything_was_dropped_reports_nothing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    raised: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", raised.append)
    sub = Submission("m0", "c", Status.SUBMITTED, {"a": D(3)}, {})
    figures_of(sub, sub.values, Units(D(1), 0))
    forget_all()
    del sub
    gc.collect()
    assert raised == []


def test_the_whole_numbers_remembered_stay_few(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(intfigures, "_WHOLE", {})
    monkeypatch.setattr(intfigures, "_WHOLE_MOST", 3)
    values = {f"v{i}": D(i) / 2 for i in range(8)}
    for _ in range(2):  # read again: the ones remembered and the others agree
        whole, fractional = split_whole(values)
        assert whole == {f"v{i}": i // 2 for i in range(0, 8, 2)}
        assert fractional == {f"v{i}": D(i) / 2 for i in range(1, 8, 2)}
        assert len(intfigures._WHOLE) == 3


def test_entered_points_count_beside_a_verifiers_correction() -> None:
    # m0 self-scores 40 + 30 and the verifier corrects a figure it reported; m1 has 40 + 25
    corrected = Submission("m0", "c", Status.VERIFIED, {"late": D(2)},
                           {"1.1": CriterionEntry(D(40)), "2.1": CriterionEntry(D(30))},
                           corrections={"late": Correction(D(0), "báo cáo đúng hạn")})
    edited = board([("Hội An", 40, 30, 2), ("Hội Bình", 40, 25, 0)])
    edited.update(corrected)
    fresh = Scoreboard(edited.bloc, edited.campaign, {"t": TABLE},
                       {"m0": corrected, "m1": Submission(
                           "m1", "c", Status.SUBMITTED, {"late": D(0)},
                           {"1.1": CriterionEntry(D(40)), "2.1": CriterionEntry(D(25))})})
    for ranked in (edited, fresh):
        assert [(p.score.member.id, p.rank, p.value) for p in ranked.ranking] \
            == [("m0", 1, D(70)), ("m1", 2, D(65))]
