"""Scoring a member in the UI: live re-scoring, refusals, undo, autosave, reopen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from textual.widgets import Input, Label, Static

from emulation_core import PluginRegistry, Status
from emulation_tui.app import EmulationApp
from emulation_tui.screens.dashboard import DashboardScreen
from emulation_tui.screens.scoring import ScoringScreen
from emulation_tui.session import Session, open_session
from emulation_tui.widgets.table import DenseTable

from .conftest import clock, send_back, settle


def _text(app: EmulationApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


async def _open_scoring(app: EmulationApp, pilot: object, member: str) -> ScoringScreen:
    table = app.screen.query_one("#members", DenseTable)
    table.select_key(member)
    await pilot.press("enter")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, ScoringScreen)
    return app.screen


async def test_edit_rescores_ranks_undoes_and_saves(app: EmulationApp, session: Session,
                                                    ws_path: Path,
                                                    registry: PluginRegistry) -> None:
    send_back(session, "ctd-ha-long")  # the lead types the unit's figures
    async with app.run_test(size=(100, 30)) as pilot:
        ranking = [r.score.member.id for r in session.ranking()]
        assert ranking[2:4] == ["kh-cam-pha", "ctd-ha-long"]  # tied on 79, section I decides
        screen = await _open_scoring(app, pilot, "ctd-ha-long")
        screen.table.select_key("III.1")
        await pilot.pause()
        assert "Lớp tập huấn" in _text(app, "#crit-title")
        assert _text(app, "#crit-why") == ("Cách tính: Lớp tập huấn 3 × 5 điểm, tối đa 20 → "
                                           "tính được 15,00; tính điểm: 15,00 (tính từ số liệu)")
        await pilot.press("enter")
        assert app.focused is not None and app.focused.id == "f-v0"
        await pilot.press("end", "backspace", "4")  # 3 training courses → 4: +5 points
        await pilot.pause()
        score = session.board.score("ctd-ha-long")  # type: ignore[union-attr]
        assert score.total == Decimal("84.00")
        assert session.board.rank_of("ctd-ha-long").rank == 3  # type: ignore[union-attr]
        assert "Tổng 84,00/100" in str(screen.query_one("#context", Static).render())
        assert "hạng 3/5" in str(screen.query_one("#context", Static).render())
        assert "20,00/20" in str(screen.table.get_cell("§III", "points"))
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert session.board.score("ctd-ha-long").total == Decimal("79.00")  # type: ignore[union-attr]
        assert screen.query_one("#f-v0", Input).value == "3"
        await pilot.press("end", "backspace", "5")
        await settle(app, pilot)
        assert "đã lưu" in _text(app, "#status-line")
    session.close()
    reopened = open_session(ws_path, clock=session.clock, registry=registry)
    try:
        sub = reopened.board.submission("ctd-ha-long")  # type: ignore[union-attr]
        assert sub is not None and sub.values["trainings"] == Decimal(5)
        assert reopened.board.rank_of("ctd-ha-long").rank == 3  # type: ignore[union-attr]
    finally:
        reopened.close()


async def test_bad_entries_are_refused_inline(app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_scoring(app, pilot, "kh-cam-pha")
        screen.table.select_key("I.2")  # judged 0..20 in steps of 0.5
        await pilot.pause()
        before = session.board.score("kh-cam-pha").total  # type: ignore[union-attr]
        self_field = screen.query_one("#f-self", Input)
        self_field.focus()
        allowed = "chỉ nhận từ 0 đến 20, bước 0,5"
        for typed, reason in (("abc", "không phải số"), ("25", allowed), ("12,3", allowed),
                              ("-1", allowed)):
            self_field.value = typed
            await pilot.pause()
            assert self_field.has_class("-bad")
            assert reason in _text(app, "#f-self-note")
            assert session.board.score("kh-cam-pha").total == before  # type: ignore[union-attr]
        self_field.value = "12,5"
        await pilot.pause()
        assert not self_field.has_class("-bad")
        entry = session.board.submission("kh-cam-pha").entry("I.2")  # type: ignore[union-attr]
        assert entry.self_points == Decimal("12.5")
        screen.table.select_key("I.1")
        await pilot.pause()
        self_field.value = "30,1250"  # finer than the campaign's precision (0.01)
        await pilot.pause()
        assert "chỉ nhận từ 0 đến 40, bước 0,01" in _text(app, "#f-self-note")
        assert session.board.submission("kh-cam-pha").entry("I.1").self_points is None  # type: ignore[union-attr]
        value = screen.query_one("#f-v0", Input)
        value.value = "2,5"  # learning families are counted in whole families
        await pilot.pause()
        assert "số nguyên" in _text(app, "#f-v0-note")


async def test_verify_needs_reasons_then_marks_verified(app: EmulationApp,
                                                        session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_scoring(app, pilot, "ctd-ha-long")
        screen.table.select_key("II.2")
        await pilot.pause()
        screen.query_one("#f-verified", Input).value = "8"
        await pilot.pause()
        assert "lý do" in _text(app, "#f-reason-note")
        screen.table.focus()
        await pilot.press("v")
        await pilot.pause()
        assert "II.2" in str(app.screen.query(".dialog-body").first(Static).render())
        await pilot.press("escape")
        screen.query_one("#f-reason", Input).value = "thiếu biên bản họp"
        await pilot.pause()
        screen.table.focus()
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert session.board.score("ctd-ha-long").status is Status.VERIFIED  # type: ignore[union-attr]
        assert session.ws.submissions("2018-6t")["ctd-ha-long"].status is Status.VERIFIED
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, DashboardScreen)
        assert "3/5" in str(app.screen.query_one("#progress").render())


async def test_read_only_when_another_process_holds_the_workspace(
        ws_path: Path, registry: PluginRegistry,
        make_app: Callable[[Session], EmulationApp]) -> None:
    holder = open_session(ws_path, clock=lambda: dt.datetime(2018, 7, 5), registry=registry)
    assert not holder.read_only
    second = open_session(ws_path, clock=holder.clock, registry=registry)
    try:
        assert second.read_only and second.lock_holder
        app = make_app(second)
        async with app.run_test(size=(100, 30)) as pilot:
            assert "CHỈ ĐỌC" in str(app.screen.query_one("#readonly", Static).render())
            screen = await _open_scoring(app, pilot, "ctd-tinh")
            assert all(field.disabled for field in screen.query(".field Input").results(Input))
            await pilot.press("v")  # un-verify is refused too
            await pilot.pause()
            assert isinstance(app.screen, ScoringScreen)
            assert not second.pending
            assert second.board.score("ctd-tinh").status is Status.VERIFIED  # type: ignore[union-attr]
    finally:
        second.close()
        holder.close()


async def test_undoing_a_new_submission_deletes_its_file(app: EmulationApp, session: Session,
                                                         ws_path: Path,
                                                         registry: PluginRegistry) -> None:
    saved = ws_path / "campaigns" / "2018-6t" / "submissions" / "ctd-uong-bi.toml"
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_scoring(app, pilot, "ctd-uong-bi")  # nothing received yet
        screen.table.select_key("III.1")
        await pilot.pause()
        screen.query_one("#f-v0", Input).value = "2"
        await settle(app, pilot)
        assert saved.exists() and "đã lưu" in _text(app, "#status-line")
        screen.table.focus()
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert not saved.exists() and "đã lưu" in _text(app, "#status-line")
        assert session.board.score("ctd-uong-bi").status is Status.MISSING  # type: ignore[union-attr]
        screen.query_one("#f-v0", Input).value = "1"  # a new one again
        await pilot.pause()
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert not saved.exists()
    session.close()
    reopened = open_session(ws_path, clock=session.clock, registry=registry)
    try:
        assert reopened.board.submission("ctd-uong-bi") is None  # type: ignore[union-attr]
    finally:
        reopened.close()


async def test_explanation_follows_the_interface_language(
        session: Session, make_app: Callable[..., EmulationApp]) -> None:
    app = make_app(session, "en")
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _open_scoring(app, pilot, "ctd-tinh")
        screen.table.select_key("I.1")
        await pilot.pause()
        assert _text(app, "#crit-why") == (
            "How: Blood units 11,380 of target 12,100 (94.05%) × 30 → computed 28.21; counts "
            "28.22 "
            "(verified points, because: chưa đạt chỉ tiêu)")
        screen.table.select_key("II.2")
        await pilot.pause()
        assert _text(app, "#crit-why") == ("How: judged by the scorer; counts 9.50 (verified "
                                           "points, because: thiếu biên bản)")
        await pilot.press("f2")
        await pilot.pause()
        assert _text(app, "#crit-why") == ("Cách tính: chấm trực tiếp; tính điểm: 9,50 (điểm "
                                           "thẩm định, lý do: thiếu biên bản)")


async def test_a_derived_figure_is_entered_through_its_sources(
        tmp_path: Path, make_app: Callable[..., EmulationApp]) -> None:
    """Red Cross funds are scored on a total its plugin derives from cash and goods."""
    import shutil

    from emulation_core import sample_workspace_path

    copy = tmp_path / "sample"
    shutil.copytree(sample_workspace_path(), copy)
    session = open_session(copy, clock=lambda: dt.datetime(2018, 12, 1))
    try:
        send_back(session, "hoi-chu-thap-do")  # the lead types the unit's figures
        app = make_app(session)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await _open_scoring(app, pilot, "hoi-chu-thap-do")
            screen.table.select_key("1.2")
            await pilot.pause()
            labels = [str(label.render()) for label in screen.query(".field Label")
                      .results(Label) if label.parent and label.parent.display]
            assert labels[:2] == ["Tiền mặt vận động cho công tác nhân đạo (đồng)",
                                  "Hàng hóa vận động, quy ra tiền (đồng)"]
            assert str(screen.table.get_cell("1.2", "value")).strip() == "19,3 tỷ"
            screen.query_one("#f-v0", Input).value = "1000000000"
            await pilot.pause()
            assert str(screen.table.get_cell("1.2", "value")).strip() == "7 tỷ"
            assert "ctd_funds_total_vnd" not in session.board.submission(  # type: ignore[union-attr]
                "hoi-chu-thap-do").values
    finally:
        session.close()


async def test_typed_figures_use_the_library_grammar_and_echo_the_reading(
        app: EmulationApp, session: Session) -> None:
    send_back(session, "ctd-ha-long")  # the lead types the unit's figures
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_scoring(app, pilot, "ctd-ha-long")
        screen.table.select_key("I.1")  # blood units: counted in whole units
        await pilot.pause()
        units = screen.query_one("#f-v0", Input)
        units.value = "1.430"
        await pilot.pause()
        assert not units.has_class("-bad")
        assert "đọc là 1 430: một nghìn bốn trăm ba mươi" in _text(app, "#f-v0-note")
        sub = session.board.submission("ctd-ha-long")  # type: ignore[union-attr]
        assert sub is not None and sub.values["blood_units"] == Decimal(1430)
        units.value = "1,430"  # a decimal comma in a count: refused, never guessed
        await pilot.pause()
        assert units.has_class("-bad")
        assert "gõ 1430 nếu là số nguyên hoặc 1,43" in _text(app, "#f-v0-note")
        screen.table.select_key("I.2")  # funds raised: not a count
        await pilot.pause()
        funds = screen.query_one("#f-v0", Input)
        funds.value = "1.430"
        await pilot.pause()
        assert funds.has_class("-bad")
        assert "chưa rõ nghĩa" in _text(app, "#f-v0-note")
        funds.value = "250.000.000"
        await pilot.pause()
        assert "đọc là 250 000 000" in _text(app, "#f-v0-note")
        funds.value = "1.234,5"
        await pilot.pause()
        assert "đọc là 1 234,5" in _text(app, "#f-v0-note")
        sub = session.board.submission("ctd-ha-long")  # type: ignore[union-attr]
        assert sub is not None and sub.values["funds"] == Decimal("1234.5")
        funds.value = "1e999999"
        await pilot.pause()
        assert funds.has_class("-bad")
        assert sub.values["funds"] == Decimal("1234.5")


async def test_stored_figures_read_back_unchanged_in_english(
        make_app: Callable[..., EmulationApp], session: Session) -> None:
    app = make_app(session, "en")  # English shows 11,380: the input must not re-read it
    async with app.run_test(size=(120, 34)) as pilot:
        screen = await _open_scoring(app, pilot, "ctd-tinh")
        screen.table.select_key("I.1")
        await pilot.pause()
        units = screen.query_one("#f-v0", Input)
        assert not units.has_class("-bad")
        assert units.value == "11.380"
        screen.table.select_key("I.2")
        await pilot.pause()
        funds = screen.query_one("#f-v0", Input)
        assert not funds.has_class("-bad")
        assert funds.value == "1200"
        sub = session.board.submission("ctd-tinh")  # type: ignore[union-attr]
        assert sub is not None
        assert (sub.values["blood_units"], sub.values["funds"]) == (11380, 1200)


async def test_a_corrected_figure_shows_beside_the_units_own(
        ws_path: Path, registry: PluginRegistry, make_app: Callable[..., EmulationApp]) -> None:
    from emulation_core import Workspace

    with Workspace.open(ws_path, writable=True, registry=registry) as ws:
        ws.verify_submission("2018-6t", "ctd-ha-long",
                             {"trainings": (Decimal(2), "một lớp chưa có biên bản")})
    session = open_session(ws_path, clock=clock, registry=registry)
    try:
        app = make_app(session)
        async with app.run_test(size=(120, 34)) as pilot:
            screen = await _open_scoring(app, pilot, "ctd-ha-long")
            screen.table.select_key("III.1")
            await pilot.pause()
            assert screen.query_one("#f-v0", Input).value == "2"  # the figure that counts
            note = _text(app, "#f-v0-note")
            assert "đơn vị báo cáo 3 · đã sửa: một lớp chưa có biên bản" in note
            assert session.board.score("ctd-ha-long")  # type: ignore[union-attr]
            (row,) = [s for s in session.board.breakdown("ctd-ha-long")  # type: ignore[union-attr]
                      if s.criterion.code == "III.1"]
            assert row.points == Decimal("10.00")  # 2 courses × 5, not 3 × 5
    finally:
        session.close()


def _dialog_text(app: EmulationApp) -> str:
    return " ".join(str(s.render()) for s in app.screen.query(Static))


async def test_a_draft_is_submitted_with_s_and_only_then_verified(
        app: EmulationApp, session: Session, ws_path: Path, registry: PluginRegistry) -> None:
    from emulation_core import Workspace

    async with app.run_test(size=(120, 34)) as pilot:
        await _open_scoring(app, pilot, "kh-cam-pha")
        board = session.board
        assert board is not None and board.submission("kh-cam-pha").status is Status.DRAFT  # type: ignore[union-attr]
        await pilot.press("v")
        await pilot.pause()
        assert board.submission("kh-cam-pha").status is Status.DRAFT  # type: ignore[union-attr]
        assert "nộp (phím s)" in _dialog_text(app)  # why not, in a dialog enter closes
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("s")  # a dialog says what will change
        await pilot.pause()
        assert "nháp → đã nộp" in str(app.screen.query_one(".dialog-body", Static).render())
        assert board.submission("kh-cam-pha").status is Status.DRAFT  # type: ignore[union-attr]
        await pilot.press("y")
        await settle(app, pilot)
        assert board.submission("kh-cam-pha").status is Status.SUBMITTED  # type: ignore[union-attr]
        await pilot.press("s")  # a submitted report is not submitted again
        await pilot.pause()
        assert "nháp hoặc bị trả lại" in _dialog_text(app)
    session.close()
    with Workspace.open(ws_path, registry=registry) as ws:
        sub = ws.submissions("2018-6t")["kh-cam-pha"]
        assert sub.status is Status.SUBMITTED and sub.submitted_at is not None
        assert [step.status for step in sub.history][-1] is Status.SUBMITTED
