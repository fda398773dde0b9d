"""The council leaves out an eligible unit (recorded, with its reason), and the minutes are
written to a file chosen by its suffix: library calls on a copy of the sample."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from emulation_core import (
    Actor,
    EmulationError,
    Role,
    Workspace,
    sample_workspace_path,
    write_minutes,
)
from emulation_core.audit import read_chain

C = "2018-ca-nam"


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    root = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), root)
    opened = Workspace.open(root, writable=True)
    opened.act_as(Actor("Nguyễn Văn An", Role.LEAD))
    yield opened
    opened.close()


def test_leaving_out_an_eligible_unit_is_recorded_with_its_reason(ws: Workspace) -> None:
    before = ws.proposals(C)
    merit = before.proposed("merit")
    assert merit, "the sample proposes certificates of merit"
    left_out = merit[0]
    ws.exclude_proposal(C, left_out, "merit", "đang xem xét đơn thư")
    after = ws.proposals(C)
    assert left_out not in after.proposed("merit")
    decision = next(d for d in after.decisions if d.member == left_out and d.award == "merit")
    assert decision.eligible and not decision.proposed
    assert "Hội đồng không đề nghị: đang xem xét đơn thư" in [m.text("vi")
                                                             for m in decision.reasons]
    assert ws.deliberation(C).overrides[-1].exclude
    entries, _, _ = read_chain(ws.path)
    last = entries[-1].change
    assert (last.kind, last.member, last.field, last.reason) == (
        "awards.override", left_out, "merit", "đang xem xét đơn thư")
    reopened = Workspace.open(ws.path)  # the file reads back as written
    assert reopened.proposals(C) == after


def test_leaving_out_needs_a_reason_and_a_known_award(ws: Workspace) -> None:
    member = ws.proposals(C).proposed("merit")[0]
    before = ws.deliberation(C)
    with pytest.raises(EmulationError) as caught:
        ws.exclude_proposal(C, member, "merit", "  ")
    short = ws.bloc.member(member).short_name  # type: ignore[union-attr]
    assert caught.value.text("vi") == f"cần ghi lý do không đề nghị {short}"  # by name
    with pytest.raises(EmulationError, match="no_such_award"):
        ws.exclude_proposal(C, member, "no_such_award", "x")
    assert ws.deliberation(C) == before


def test_a_proposal_taken_back_frees_its_place_for_another(ws: Workspace) -> None:
    flag = ws.proposals(C).proposed("provincial_flag")
    assert len(flag) == 1
    ws.exclude_proposal(C, flag[0], "provincial_flag", "rút")
    other = next(m.id for m in ws.bloc.members if m.id != flag[0])
    ws.override_proposal(C, other, "provincial_flag", "thành tích đột xuất")
    assert ws.proposals(C).proposed("provincial_flag") == (other,)


@pytest.mark.parametrize("suffix", [".md", ".docx"])
def test_minutes_written_by_suffix(ws: Workspace, suffix: str) -> None:
    path = ws.path / "exports" / f"bien-ban{suffix}"
    minutes = write_minutes(ws, C, path)
    if suffix == ".md":
        text = path.read_text("utf-8")
    else:
        text = "\n".join(p.text for p in Document(str(path)).paragraphs)
        text += "\n".join(c.text for t in Document(str(path)).tables for r in t.rows
                          for c in r.cells)
    assert minutes.head in text
    for member in ws.bloc.members:
        assert member.name in text


def test_minutes_refuse_another_suffix(ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(EmulationError) as caught:
        write_minutes(ws, C, tmp_path / "bien-ban.pdf")
    assert "bien-ban.pdf: write the minutes to a .md or .docx file" in caught.value.text("en")
    assert not (tmp_path / "bien-ban.pdf").exists()


def test_each_scorers_sheet_keeps_every_score_and_says_why_it_does_not_count(
        ws: Workspace) -> None:
    from decimal import Decimal

    from emulation_core import cross_sheets

    sheets = cross_sheets(ws, C)
    cross = sheets.results.cross
    scorer = sheets.scorers[0]
    rows = sheets.sheet(scorer)
    assigned = cross.assigned[scorer]
    owed = {(m, c) for m in assigned for c in sheets.judged[m]}
    assert owed <= {(r.member, r.code) for r in rows}  # every pair it owes is listed
    member, code = next((r.member, r.code) for r in rows)
    ws.cross_set(C, scorer, member, code, Decimal(1))
    ws.cross_remove_scorer(C, scorer, "không dự họp")
    after = cross_sheets(ws, C).sheet(scorer)
    assert len(after) == len(rows)  # nothing dropped
    assert {(r.state, r.reason) for r in after} == {("removed", "không dự họp")}
    entered = next(r for r in after if (r.member, r.code) == (member, code))
    assert entered.points == Decimal(1)
    other = next(s for s in sheets.scorers if s != scorer)
    target = cross.assigned[other][0]
    ws.cross_recuse(C, other, target, "cùng cơ quan")
    states = {r.member: r.state for r in cross_sheets(ws, C).sheet(other)}
    assert states[target] == "recused"
