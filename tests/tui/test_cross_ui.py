"""The cross-scoring screen: assign, enter, abstain, recuse, remove a scorer, the setting;
the aggregates side by side with the one that counts, flags and per-scorer tables."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from textual.command import CommandInput, CommandPalette

from emulation_core import Actor, Aggregate, CrossMode, Role
from emulation_tui.app import EmulationApp
from emulation_tui.screens.cross_forms import (
    AssignForm,
    CrossSettingForm,
    RecuseForm,
    RemoveScorerForm,
)
from emulation_tui.screens.cross_scoring import CrossScoringScreen
from emulation_tui.screens.deliberation_forms import CrossScoreForm
from emulation_tui.session import Session

from .delib_tools import cross_ready, fill, problem, save, scores, screen_text


async def _open(app: EmulationApp, pilot: object) -> CrossScoringScreen:
    assert app.session is not None and app.session.campaign is not None
    app.push_screen(CrossScoringScreen(app.session, app.session.campaign.id))
    await pilot.pause()  # type: ignore[attr-defined]
    screen = app.screen
    assert isinstance(screen, CrossScoringScreen)
    return screen


async def test_opens_from_the_palette_and_assigns_n_each(app: EmulationApp,
                                                         session: Session) -> None:
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        palette.query_one(CommandInput).value = "cham cheo"
        await pilot.pause(0.4)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CrossScoringScreen)
        assert "Chưa phân công" in screen_text(screen)
        await pilot.press("a")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, AssignForm)
        fill(form, each="0")
        await save(pilot, app)
        assert "số nguyên dương" in problem(form)  # refused in place, nothing saved
        assert not session.ws.cross_scoring("2018-6t").assigned
        fill(form, each="2")
        await save(pilot, app)
        assert app.screen is screen
        assigned = session.ws.cross_scoring("2018-6t").assigned
        assert all(len(members) == 2 for members in assigned.values())
        scored = [m for members in assigned.values() for m in members]
        assert all(scored.count(m.id) == 2 for m in session.bloc.members)  # balanced
        assert "5 đơn vị chấm, 10 lượt chấm" in screen_text(screen)


async def test_scores_aggregates_flags_and_what_counts(app: EmulationApp,
                                                       session: Session) -> None:
    member, code, scorers = cross_ready(session)
    scores(session, member, code, dict(zip(scorers, ("4", "6", "8.5", "9"), strict=False)))
    assert session.board is not None
    section = session.board.scores[member].section("II")
    assert section is not None
    before = section.points  # the verified II.2 (9.5) counts
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        text = screen_text(screen)
        for head in ("TB", "Trung vị ★", "TB cắt", "Điểm z", "★ tính", "trung bình bỏ"):
            assert head in text
        assert "6,88" in text  # the mean of 4, 6, 8.5 and 9, rounded half away from zero
        assert "7,25" in text  # the median and the trimmed mean
        assert "6.88" not in text
        await pilot.press("s")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CrossSettingForm)
        fill(form, method="mean", mode="replace")
        await save(pilot, app)
        settings = session.ws.cross_scoring("2018-6t").settings
        assert (settings.method, settings.mode) == (Aggregate.MEAN, CrossMode.REPLACE)
        text = screen_text(screen)
        assert "TB ★" in text and "Tính theo: trung bình ★; thay điểm thẩm định" in text
        counted = session.ws.cross_results("2018-6t").counted[(member, code)]
        assert counted == Decimal("6.88")
        section = session.board.scores[member].section("II")  # the UI counts it now
        assert section is not None
        assert section.points - before == counted - Decimal("9.5")


async def test_abstain_recuse_remove_stay_on_record_marked(app: EmulationApp,
                                                           session: Session) -> None:
    member, code, scorers = cross_ready(session)
    first, second, third = scorers[:3]
    scores(session, member, code, {first: "7", second: "8"})
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("c")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, CrossScoreForm)
        fill(form, scorer=third, member=member, code=code)
        await save(pilot, app)
        assert "cần ghi lý do" in problem(form)  # an abstention needs its reason
        fill(form, reason="không nắm được hoạt động")
        await save(pilot, app)
        assert app.screen is screen
        await pilot.press("r")
        await pilot.pause()
        recuse = app.screen
        assert isinstance(recuse, RecuseForm)
        fill(recuse, scorer=first, member=member, reason="cùng cơ quan chủ quản")
        await save(pilot, app)
        await pilot.press("x")
        await pilot.pause()
        remove = app.screen
        assert isinstance(remove, RemoveScorerForm)
        fill(remove, scorer=second, reason="không dự họp")
        await save(pilot, app)
        cross = session.ws.cross_scoring("2018-6t")
        assert cross.is_recused(first, member) and cross.is_removed(second)
        assert len(cross.entries) == 3  # nothing lost
        text = screen_text(screen)
        for said in ("không nắm được hoạt động", "cùng cơ quan chủ quản", "không dự họp",
                     "trưởng khối cho không chấm", "rút khỏi việc chấm"):
            assert said in text
        names = {m.id: m.short_name for m in session.bloc.members}
        while f"Bảng điểm của {names[second]}" not in screen_text(screen):
            await pilot.press("right_square_bracket")
            await pilot.pause()
        text = screen_text(screen)
        assert "đã rút: không dự họp" in text and "đã rút, không tính" in text
        assert "8,00" in text  # the removed scorer's score, still shown


async def test_recusal_by_a_member_is_refused_with_the_catalogs_message(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    member, _, scorers = cross_ready(session)
    session.ws.act_as(Actor("Lê Văn Cường", Role.DEPUTY))
    app = make_app(session, "en")
    async with app.run_test(size=(120, 40)) as pilot:
        await _open(app, pilot)
        await pilot.press("r")
        await pilot.pause()
        form = app.screen
        fill(form, scorer=scorers[0], member=member, reason="conflict")
        await save(pilot, app)
        assert app.screen is form
        assert "only the bloc's lead recuses a scorer" in problem(form)
        assert not session.ws.cross_scoring("2018-6t").recusals
