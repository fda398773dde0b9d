"""The built-in general type: a bloc scored on the common criteria only needs no plugin."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from attrs import evolve
from tests.conftest import BLOC, make_campaign

from emulation_core import (
    ENV_VAR,
    GENERAL_TYPE,
    CriterionEntry,
    PluginRegistry,
    Status,
    Submission,
    Workspace,
)

D = Decimal


def test_a_bloc_on_common_criteria_only_is_set_up_saved_reopened_and_ranked(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, "")  # no plugin at all may be loaded
    registry = PluginRegistry()
    assert registry.get("chung") is GENERAL_TYPE
    bloc = evolve(BLOC, members=tuple(evolve(m, type="chung") for m in BLOC.members))
    root = tmp_path / "ws"
    with Workspace.create(root, bloc, registry) as ws:
        ws.save_campaign(make_campaign())
        ws.save_submission(Submission("hoi-a", "c2018", Status.SUBMITTED,
                                      {"members": D(5), "plan": D(1)},
                                      {"1.3": CriterionEntry(D(9))}))
        ws.save_submission(Submission("hoi-b", "c2018", Status.SUBMITTED,
                                      {"members": D(20), "plan": D(1), "late": D(2)},
                                      {"1.3": CriterionEntry(D(6))}))
        saved = ws.scoreboard("c2018")
    with Workspace.open(root, registry=PluginRegistry()) as ws:
        assert ws.warnings == []
        assert ws.bloc == bloc
        board = ws.scoreboard("c2018")
        common = make_campaign().table
        assert ws.table_for("c2018", "chung") == common  # nothing added, nothing left out
        assert board.scores == saved.scores
        totals = {m.id: board.score(m.id).total for m in bloc.members}
        assert totals["hoi-a"] > 0 and totals["hoi-b"] > 0 and totals["hoi-c"] == 0
        order = [r.score.member.id for r in board.ranking]
        assert order == sorted(totals, key=lambda k: -totals[k])


def test_the_general_type_is_listed_first_even_when_plugins_are_restricted() -> None:
    registry = PluginRegistry(found=[], allowed="")
    first = registry.plugins[0]
    assert (first.name, first.source, first.type) == ("chung", "built-in", GENERAL_TYPE)
    assert (GENERAL_TYPE.name, GENERAL_TYPE.name_en) == ("Đơn vị chung", "General unit")
    assert not any(True for _ in GENERAL_TYPE.section.leaves())
