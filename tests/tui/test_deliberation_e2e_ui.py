"""Issue 10's "Done when" from the UI, on a copy of the bundled sample's year-end campaign
(which carries every member's cross-scores, the meeting, proposals and ballots): a
cross-score entered, an abstention and a recusal, the aggregate made to count and shown;
the stability report on the deliberation panel; a unit proposed by the council with its
reason; a show of hands and a secret ballot, tallied; the minutes written as .md and .docx
(every member's name and the change log's head); `emulation audit verify` passes, also
against the head the minutes carry."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from docx import Document
from textual.widgets import Select

from emulation_cli import main
from emulation_core import Aggregate, CrossMode, sample_workspace_path
from emulation_tui.screens.awards import OverrideForm
from emulation_tui.screens.ballot_form import HandsBallotForm
from emulation_tui.screens.cross_forms import CrossSettingForm, RecuseForm
from emulation_tui.screens.deliberation import DeliberationScreen
from emulation_tui.screens.deliberation_forms import CrossScoreForm, SecretBallotForm
from emulation_tui.screens.minutes_dialog import MinutesDialog
from emulation_tui.session import open_session

from .conftest import clock, new_app
from .delib_tools import fill, problem, save, screen_text

C = "2018-ca-nam"


async def test_the_deliberation_from_the_ui(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "ws"
    shutil.copytree(sample_workspace_path(), copy)
    monkeypatch.setenv("EMULATION_AS", "lead:Nguyễn Văn An")
    session = open_session(copy, clock=clock)
    ws = session.ws
    members = [m.id for m in ws.bloc.members if ws.campaign(C).takes_part(m.id)]
    entries = len(ws.cross_scoring(C).entries)
    app = new_app(session)
    try:
        async with app.run_test(size=(120, 40)) as pilot:
            app.push_screen(DeliberationScreen(session, C))
            await pilot.pause()
            panel = app.screen
            for _ in range(100):  # the stability report comes from a thread, when ready
                if "Tiêu chí chấm trực tiếp, thay đổi một bước" in screen_text(panel):
                    break
                await pilot.pause(0.1)
            assert "Tiêu chí chấm trực tiếp, thay đổi một bước" in screen_text(panel)
            await pilot.press("x")  # cross-scoring
            await pilot.pause()
            cross = app.screen

            async def form(key: str) -> object:
                await pilot.press(key)
                await pilot.pause()
                return app.screen

            score = await form("c")
            assert isinstance(score, CrossScoreForm)
            fill(score, scorer="hoi-vhnt", member="lien-hiep-khkt", code="1.1.2", points="4")
            await save(pilot, app)
            score = await form("c")
            fill(score, scorer="hoi-vhnt", member="hoi-khuyen-hoc", code="1.5",
                 reason="Chưa nhận đủ hồ sơ")
            await save(pilot, app)
            recuse = await form("r")
            assert isinstance(recuse, RecuseForm)
            fill(recuse, scorer="hoi-nha-bao", member="hoi-vhnt",
                 reason="Hai hội cùng tổ chức một cuộc thi")
            await save(pilot, app)
            setting = await form("s")
            assert isinstance(setting, CrossSettingForm)
            fill(setting, method="median", mode="replace")
            await save(pilot, app)
            assert app.screen is cross
            text = screen_text(cross)
            for said in ("Trung vị ★", "Chưa nhận đủ hồ sơ", "Hai hội cùng tổ chức một cuộc thi",
                         "thay điểm thẩm định"):
                assert said in text
            record = ws.cross_scoring(C)
            assert len(record.entries) == entries + 2
            assert record.is_recused("hoi-nha-bao", "hoi-vhnt")
            assert (record.settings.method, record.settings.mode) == (Aggregate.MEDIAN,
                                                                      CrossMode.REPLACE)
            await pilot.press("escape")
            await pilot.pause()

            await pilot.press("a")  # award proposals
            await pilot.pause()
            awards = app.screen
            assert "06/2022/QH15" in screen_text(awards)
            ineligible = next(d.member for d in ws.proposals(C).decisions
                              if d.award == "merit" and not d.eligible and d.member in members)
            override = await form("i")
            assert isinstance(override, OverrideForm)
            fill(override, award="merit", member=ineligible,
                 reason="Thành tích đột xuất trong cứu trợ bão lũ")
            await save(pilot, app)
            assert "Hội đồng đề nghị: Thành tích đột xuất" in screen_text(awards)
            assert ineligible in ws.proposals(C).proposed("merit")
            await pilot.press("escape")
            await pilot.pause()

            await pilot.press("v")  # ballots
            await pilot.pause()
            ballots = app.screen
            hands = await form("h")
            assert isinstance(hands, HandsBallotForm)
            fill(hands, award="merit", candidate=ineligible)
            for member in members[:8]:
                hands.query_one(f"#vote-{member}", Select).value = "for"
            hands.query_one(f"#vote-{members[8]}", Select).value = "against"
            await save(pilot, app)
            assert app.screen is ballots, problem(hands)
            leader = ws.proposals(C).proposed("provincial_flag")[0]
            secret = await form("b")
            assert isinstance(secret, SecretBallotForm)
            fill(secret, award="provincial_flag", candidate=leader, count_for="8",
                 count_against="1")
            await save(pilot, app)
            assert app.screen is ballots, problem(secret)
            text = " ".join(screen_text(ballots).split())
            assert "bỏ phiếu kín" in text and "giơ tay" in text
            _, outcome = ws.ballot_results(C)
            assert outcome[("merit", ineligible)].key == "vote.elected"
            assert outcome[("provincial_flag", leader)].key == "vote.elected"
            await pilot.press("escape")
            await pilot.pause()

            await pilot.press("m")  # the minutes
            await pilot.pause()
            dialog = app.screen
            assert isinstance(dialog, MinutesDialog)
            await app.workers.wait_for_complete()  # written on a thread
            await pilot.pause()
            said = screen_text(dialog)
    finally:
        session.close()
    folder = copy.absolute() / "exports"
    md, docx = folder / f"{C}-bien-ban.md", folder / f"{C}-bien-ban.docx"
    assert str(md) in said and str(docx) in said
    head = md.read_text("utf-8").split("`")[1]
    assert len(head) == 64 and head in said
    document = Document(str(docx))
    words = "\n".join([*(p.text for p in document.paragraphs),
                       *(c.text for t in document.tables for r in t.rows for c in r.cells)])
    assert head in words
    for member in session.bloc.members:
        assert member.name in words
    assert main(["audit", "verify", str(copy)]) == 0
    assert main(["audit", "verify", str(copy), "--expect", head]) == 0
