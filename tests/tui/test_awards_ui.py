"""The awards, ballots and minutes screens: proposals with every reason, the rule set and
its legal basis, the council's overrides with a reason; named and secret ballots, the
tally, refusals in the catalog's words; the minutes written as .md and .docx."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document
from textual.command import CommandInput, CommandPalette
from textual.widgets import Select
from textual.widgets.select import InvalidSelectValueError

import emulation_core
from emulation_core.awarderrors import DeliberationError
from emulation_core.ballots import check_ballot
from emulation_tui.app import EmulationApp
from emulation_tui.screens.awards import AwardsScreen, OverrideForm
from emulation_tui.screens.ballot_form import ATTENDANCE, VOTES, HandsBallotForm
from emulation_tui.screens.ballots import BallotsScreen
from emulation_tui.screens.cross_scoring import CrossScoringScreen
from emulation_tui.screens.deliberation_forms import CrossScoreForm, SecretBallotForm
from emulation_tui.screens.minutes_dialog import MinutesDialog
from emulation_tui.session import Session

from .delib_tools import cross_ready, fill, problem, save, screen_text

C = "2018-6t"


async def _palette(app: EmulationApp, pilot: object, query: str) -> None:
    await pilot.press("ctrl+p")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    palette = app.screen
    assert isinstance(palette, CommandPalette)
    palette.query_one(CommandInput).value = query
    await pilot.pause(0.4)  # type: ignore[attr-defined]
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_proposals_with_reasons_and_overrides(app: EmulationApp, session: Session) -> None:
    proposals = session.ws.proposals(C)
    leader = proposals.proposed("provincial_flag")[0]
    other = next(d.member for d in proposals.decisions
                 if d.award == "merit" and not d.eligible)
    async with app.run_test(size=(120, 40)) as pilot:
        await _palette(app, pilot, "de nghi khen thuong")
        screen = app.screen
        assert isinstance(screen, AwardsScreen)
        text = screen_text(screen)
        for said in ("Bộ quy tắc vn-2023", "06/2022/QH15", "5007/BNV-TĐKT",
                     "Cờ thi đua của UBND tỉnh — chỉ tiêu 1, đề nghị 1",
                     "đạt tiêu chuẩn, xếp thứ 1, trong chỉ tiêu", "không dẫn đầu khối"):
            assert said in text
        await pilot.press("x")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, OverrideForm)
        fill(form, award="provincial_flag", member=leader)
        await save(pilot, app)
        assert "cần ghi lý do không đề nghị" in problem(form)  # the catalog's words
        assert session.ws.proposals(C).proposed("provincial_flag") == (leader,)
        fill(form, reason="đang bị thanh tra")
        await save(pilot, app)
        assert app.screen is screen
        assert session.ws.proposals(C).proposed("provincial_flag") == ()
        assert "Hội đồng không đề nghị: đang bị thanh tra" in screen_text(screen)
        await pilot.press("i")
        await pilot.pause()
        form = app.screen
        fill(form, award="merit", member=other, reason="thành tích đột xuất")
        await save(pilot, app)
        assert other in session.ws.proposals(C).proposed("merit")
        assert "Hội đồng đề nghị: thành tích đột xuất" in screen_text(screen)
    kinds = [o.exclude for o in session.ws.deliberation(C).overrides]
    assert kinds == [True, False]


async def test_named_and_secret_ballots_and_the_tally(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    leader = session.ws.proposals(C).proposed("provincial_flag")[0]
    members = [m.id for m in session.bloc.members]
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        await _palette(app, pilot, "bieu quyet")
        screen = app.screen
        assert isinstance(screen, BallotsScreen)
        assert "Chưa có lần biểu quyết nào" in screen_text(screen)
        await pilot.press("h")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, HandsBallotForm)
        fill(form, award="provincial_flag", candidate=members[1])
        await save(pilot, app)
        assert "không có trong danh sách đề nghị" in problem(form)  # not proposed
        fill(form, candidate=leader)
        form.query_one(f"#at-{members[4]}", Select).value = "absent"
        form.query_one(f"#vote-{members[4]}", Select).value = "for"
        await save(pilot, app)
        assert "không có mặt và không gửi ý kiến bằng văn bản" in problem(form)
        form.query_one(f"#at-{members[4]}", Select).value = "written"
        for member in members[:3]:
            form.query_one(f"#vote-{member}", Select).value = "for"
        form.query_one(f"#vote-{members[3]}", Select).value = "against"
        await save(pilot, app)
        assert app.screen is screen
        ballot = session.ws.deliberation(C).ballots[-1]
        assert ballot.written == (members[4],) and len(ballot.present) == 4
        assert ballot.voted_for == (*members[:3], members[4])
        text = screen_text(screen)
        assert "giơ tay 5/5 4 1 0 3 ✔ đạt" in " ".join(text.split())
        assert "Cờ thi đua của UBND tỉnh · CTĐ tỉnh: được đề nghị" in text
        await pilot.press("b")
        await pilot.pause()
        secret = app.screen
        assert isinstance(secret, SecretBallotForm)
        fill(secret, award="provincial_flag", candidate=leader, count_for="2",
             count_against="9")
        await save(pilot, app)
        assert "nhiều hơn 5 đơn vị biểu quyết" in problem(secret)
        fill(secret, count_against="3")
        await save(pilot, app)
        text = screen_text(screen)
        assert "bỏ phiếu kín 5/5 2 3 0 3 ✗ không đạt" in " ".join(text.split())
        assert "CTĐ tỉnh: không đạt: 2 phiếu đồng ý, cần 3" in text  # round 2 stands
        assert len(session.ws.deliberation(C).ballots) == 2


async def test_a_locked_campaign_refuses_a_ballot(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    locked = "2017-nam"  # every report verified: it can be locked
    leader = session.bloc.members[0].id  # locked is refused before anything else
    session.ws.lock_campaign(locked)
    app = make_app(session, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(BallotsScreen(session, locked))
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        form = app.screen
        fill(form, award="provincial_flag", candidate=leader, count_for="3")
        await save(pilot, app)
        assert app.screen is form and "locked" in problem(form)
    assert session.ws.deliberation(locked).ballots == ()


async def test_minutes_written_from_the_palette(app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await _palette(app, pilot, "bien ban")
        dialog = app.screen
        assert isinstance(dialog, MinutesDialog)
        await app.workers.wait_for_complete()  # written on a thread
        await pilot.pause()
        text = screen_text(dialog)
    folder = session.ws.path.absolute() / "exports"
    md, docx = folder / f"{C}-bien-ban.md", folder / f"{C}-bien-ban.docx"
    assert str(md) in text and str(docx) in text  # the full paths
    head = md.read_text("utf-8").split("`")[1]
    assert f"mã chuỗi nhật ký {head}" in text
    document = Document(str(docx))
    words = "\n".join(p.text for p in document.paragraphs)
    words += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert head in words
    for member in session.bloc.members:
        assert member.name in words


async def test_the_show_of_hands_form_cannot_name_a_stranger_or_a_unit_twice(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    """Issue 10's "a vote from a non-member" and "a second ballot from the same member"
    cannot be made in the form (they are refused by the library, pinned from the CLI):
    one row per member unit, each with one attendance and one vote, every choice a member;
    whatever is picked, the ballot names no stranger and no unit twice."""
    members = [m.id for m in session.bloc.members]
    leader = session.ws.proposals(C).proposed("provincial_flag")[0]
    draw = random.Random(20181228)
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(HandsBallotForm(session, C))
        await pilot.pause()
        form = app.screen
        assert isinstance(form, HandsBallotForm)
        rows = [s.id for s in form.query(Select) if s.id and s.id.startswith("at-")]
        assert rows == [f"at-{m}" for m in members]  # one row each, no other
        for widget_id, stranger in (("candidate", "hoi-ma"), (f"at-{members[0]}", "twice"),
                                    (f"vote-{members[0]}", "for,against")):
            with pytest.raises(InvalidSelectValueError):
                form.query_one(f"#{widget_id}", Select).value = stranger
        fill(form, award="provincial_flag", candidate=leader)
        refused = set()
        for _ in range(60):
            for member in members:
                form.query_one(f"#at-{member}", Select).value = draw.choice(ATTENDANCE)
                form.query_one(f"#vote-{member}", Select).value = draw.choice(VOTES)
            ballot = form.ballot()
            votes = (*ballot.voted_for, *ballot.against, *ballot.abstained)
            for named in (ballot.voters, votes):
                assert len(set(named)) == len(named) and set(named) <= set(members)
            try:
                check_ballot(ballot, members, [leader])
            except DeliberationError as error:
                refused.add(error.key)
        assert refused == {"vote.not_present"}  # an absent unit voting: the only refusal


async def test_a_scorer_scoring_itself_and_a_proposal_without_a_reason_are_refused(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    """Issue 10's bad input that the forms can make: refused in the catalog's words,
    naming the unit by its short name, nothing saved."""
    member, code, _ = cross_ready(session)
    short = session.bloc.member(member).short_name  # type: ignore[union-attr]
    other = next(d.member for d in session.ws.proposals(C).decisions
                 if d.award == "merit" and not d.eligible)
    other_short = session.bloc.member(other).short_name  # type: ignore[union-attr]
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(CrossScoringScreen(session, C))
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CrossScoreForm)
        fill(form, scorer=member, member=member, code=code, points="5")
        await save(pilot, app)
        assert f"{short} không được chấm chính mình" in problem(form)
        assert member not in problem(form)
        assert not session.ws.cross_scoring(C).entries
        await pilot.press("escape")
        await pilot.pause()
        app.push_screen(AwardsScreen(session, C))
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, OverrideForm)
        fill(form, award="merit", member=other)
        await save(pilot, app)
        assert f"cần ghi lý do đề nghị {other_short}" in problem(form)
        assert other not in session.ws.proposals(C).proposed("merit")
    assert session.ws.deliberation(C).overrides == ()


async def test_a_quota_larger_than_the_bloc_is_said_on_the_award_screens(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    """A workspace rule set whose quota exceeds the bloc: the award and ballot screens say
    which rule set to correct (no traceback), and a ballot is refused in the form."""
    bundled = Path(emulation_core.__file__).parent / "rulesets" / "vn-2023.toml"
    text = bundled.read_text("utf-8")
    assert "\ncount = 1 " in text
    (session.ws.path / "rulesets").mkdir()
    (session.ws.path / "rulesets" / "vn-2023.toml").write_text(
        text.replace("\ncount = 1 ", "\ncount = 20 "), "utf-8")
    said = "là 20, nhiều hơn 5 đơn vị được xét; sửa bộ quy tắc vn-2023"
    app = make_app(session)
    async with app.run_test(size=(120, 40)) as pilot:
        for screen in (AwardsScreen(session, C), BallotsScreen(session, C)):
            app.push_screen(screen)
            await pilot.pause()
            assert said in " ".join(screen_text(screen).split())
        await pilot.press("b")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, SecretBallotForm)
        fill(form, award="provincial_flag", candidate=session.bloc.members[0].id,
             count_for="3")
        await save(pilot, app)
        assert said in " ".join(problem(form).split())
    assert session.ws.deliberation(C).ballots == ()
