"""Entry rules of the scoring editor: where Enter lands, no overwrite on arrival, refused text
never stays, undo restores exactly, fast key sequences land in the right criterion, warnings."""

from __future__ import annotations

from decimal import Decimal

import pytest
from textual import events
from textual.widgets import Input, Static

from emulation_core import Criterion, FormulaRule, JudgedRule, YesNoRule
from emulation_tui.app import EmulationApp
from emulation_tui.entry import doubt, read_typed, shares
from emulation_tui.i18n import Language, set_language
from emulation_tui.session import Session

from .conftest import field_note, open_criterion, send_back


def _self_points(session: Session, member: str, code: str) -> Decimal | None:
    return session.working_submission(member).entry(code).self_points


async def test_enter_on_a_judged_criterion_lands_on_a_visible_field(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-uong-bi", "II.2")
        await pilot.press("enter")
        focused = app.focused
        assert isinstance(focused, Input) and focused.id == "f-self"
        assert focused.parent is not None and focused.parent.display
        assert focused.region.width > 0  # on screen, not in a hidden row
        await pilot.press("7")
        await pilot.pause()
        assert _self_points(session, "ctd-uong-bi", "II.2") == Decimal(7)
        seen = []
        for _ in range(4):  # Enter walks the visible fields only, then back to the table
            await pilot.press("enter")
            seen.append(app.focused.id if app.focused else None)
        assert seen == ["f-verified", "f-reason", "f-evidence", "criteria"]
        assert screen.table.has_focus


async def test_arriving_does_not_select_and_undo_restores_exactly(
        app: EmulationApp, session: Session) -> None:
    send_back(session, "ctd-ha-long")  # the lead types the unit's figures
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")  # 3 training courses
        field = screen.query_one("#f-v0", Input)
        await pilot.press("enter", "0", "0")
        await pilot.pause()
        assert field.value == "300"  # typed after what was there, nothing overwritten
        assert "trước: 3" in field_note(screen, "f-v0")  # the edit says what it replaced
        await pilot.press("escape", "enter", "1")  # back again: still no overwrite
        await pilot.pause()
        assert field.value == "3001"
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert field.value == "300"
        assert session.working_submission("ctd-ha-long").values["trainings"] == 300
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert field.value == "3"
        assert session.working_submission("ctd-ha-long").values["trainings"] == 3


async def test_refused_text_gives_way_to_the_stored_figure(app: EmulationApp,
                                                          session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "II.2")  # self points 9
        field = screen.query_one("#f-self", Input)
        await pilot.press("enter", "x")
        await pilot.pause()
        assert field.value == "9x" and field.has_class("-bad")
        await pilot.press("escape")
        await pilot.pause()
        assert field.value == "9" and not field.has_class("-bad")
        assert "không nhận «9x», giữ 9" in field_note(screen, "f-self")
        assert _self_points(session, "ctd-ha-long", "II.2") == Decimal(9)
        await pilot.press("enter", "5")  # 95 is beyond 10: refused, then the cursor leaves
        await pilot.press("escape", "down", "up")
        await pilot.pause()
        assert field.value == "9" and not field.has_class("-bad")


async def test_fast_keys_after_a_cursor_move_land_in_the_new_criterion(
        app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_criterion(app, pilot, "ctd-uong-bi", "III.1")
        await pilot.press("enter", "4")
        await pilot.press("escape", "up", "up", "enter", "6")  # no pause: to II.2's self points
        await pilot.pause()
        assert session.working_submission("ctd-uong-bi").values["trainings"] == 4
        assert _self_points(session, "ctd-uong-bi", "II.2") == Decimal(6)


def _burst(app: EmulationApp, *keys: str) -> None:
    """Send ``keys`` the way a fast typist does: all queued at once, none waiting for the
    screen to catch up (the pilot's press waits for idle after each key)."""
    driver = app._driver
    assert driver is not None
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        driver.send_message(event)


@pytest.mark.parametrize(("keys", "trainings", "cursor"), [
    (("enter", "4"), "34", "III.1"),
    (("enter", "4", "escape", "up", "up"), "34", "II.2"),
    (("enter", "end", "4", "escape", "down", "up"), "34", "III.1"),
])
async def test_a_burst_of_keys_puts_each_figure_in_its_criterion(
        app: EmulationApp, session: Session, keys: tuple[str, ...], trainings: str,
        cursor: str) -> None:
    """Enter, digits, esc and arrows within the same millisecond: the figure lands in the
    field enter reached, at its end, and is not lost; the cursor ends where the arrows
    took it."""
    send_back(session, "ctd-ha-long")  # the lead types the unit's figures
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "III.1")  # 3 trainings
        _burst(app, *keys)
        await pilot.pause()
        await pilot.pause()
        assert session.working_submission("ctd-ha-long").values["trainings"] == \
            Decimal(trainings)
        assert screen.table.current_key == cursor


async def test_digits_typed_on_the_table_are_not_lost_silently(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        await open_criterion(app, pilot, "ctd-ha-long", "III.1")
        await pilot.press("5")
        await pilot.pause()
        assert any("Enter" in str(n.message) for n in app._notifications)


async def test_implausible_figures_are_flagged_not_refused(app: EmulationApp,
                                                          session: Session) -> None:
    send_back(session, "ctd-ha-long")  # the lead types the unit's figures
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "ctd-ha-long", "II.1")  # yes/no, now 1
        await pilot.press("enter", "backspace", "2")
        await pilot.pause()
        assert "0 hoặc 1" in field_note(screen, "f-v0")
        assert screen.query_one("#f-v0", Input).has_class("-doubt")
        assert session.working_submission("ctd-ha-long").values["report_on_time"] == 2
        await pilot.press("escape")
        screen.table.select_key("I.1")  # blood units 4,000 against a target of 4,000
        await pilot.pause()
        await pilot.press("enter", "home", "1")  # 14 000
        await pilot.pause()
        assert "gấp 3 lần chỉ tiêu 4 000" in field_note(screen, "f-v0")


YES_NO = Criterion("1", "Báo cáo", Decimal(5), YesNoRule("done"))
JUDGED = Criterion("2", "Chất lượng", Decimal(5), JudgedRule(Decimal(1)))


@pytest.mark.parametrize(("value", "readers", "target", "others", "flagged"), [
    (Decimal(1), [YES_NO], None, [], None),
    (Decimal(2), [YES_NO], None, [], "0 hoặc 1"),
    (Decimal(2), [JUDGED], None, [], None),
    (Decimal(300), [], Decimal(100), [], None),
    (Decimal(301), [], Decimal(100), [], "gấp 3 lần"),
    (Decimal(1000), [], None, [Decimal(100)], None),
    (Decimal(1001), [], None, [Decimal(100), Decimal(7)], "cao nhất 100"),
    (Decimal(1001), [], None, [], None),
])
def test_doubt_names_what_looks_mistyped(value: Decimal, readers: list[Criterion],
                                         target: Decimal | None, others: list[Decimal],
                                         flagged: str | None) -> None:
    found = doubt(value, "done", readers, target, others)
    if flagged is None:
        assert found is None
    else:
        assert found is not None and flagged in found


ON_TIME = Criterion("3", "Báo cáo đúng hạn", Decimal(6),
                    FormulaRule("6 * min(on_time, due) / due + 0 * best(due)"))


@pytest.mark.parametrize(("key", "value", "flagged"), [
    ("on_time", Decimal(6), None),
    ("on_time", Decimal(7), "lớn hơn Báo cáo phải nộp (6)"),
    ("due", Decimal(5), "nhỏ hơn Báo cáo đúng hạn (6)"),
    ("due", Decimal(6), None),
])
def test_doubt_flags_a_part_above_its_whole(key: str, value: Decimal,
                                            flagged: str | None) -> None:
    """More reports on time than reports due: the formula divides one by the other."""
    assert shares([ON_TIME, YES_NO]) == {("on_time", "due")}
    figures = {"on_time": Decimal(6), "due": Decimal(6)}
    labels = {"on_time": "Báo cáo đúng hạn", "due": "Báo cáo phải nộp"}
    found = doubt(value, key, [ON_TIME], None, [], figures, labels)
    if flagged is None:
        assert found is None
    else:
        assert found is not None and flagged in found


async def test_next_unfinished_and_disputed_criteria(app: EmulationApp, session: Session) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_criterion(app, pilot, "kh-tinh", "II.1")
        await pilot.press("l")  # verified 18,5 against 19 claimed: the only disputed one
        assert screen.table.current_key == "I.2"
        await pilot.press("l", "L")
        assert screen.table.current_key == "I.2"
        await pilot.press("n")
        assert any("chưa xong" in str(n.message) for n in app._notifications)
        session.set_entry("kh-tinh", "II.2", self_points=None, verified_points=None)
        await pilot.press("n")
        assert screen.table.current_key == "II.2"


@pytest.mark.parametrize(("lang", "reason", "hint"), [
    ("vi", "'1.430' chưa rõ nghĩa: 1430 (hàng nghìn) hay 1,43 (số thập phân)?",
     "(gợi ý: gõ 1430 nếu là số nguyên"),
    ("en", "'1.430' is ambiguous: 1430 (thousands) or 1,43 (a decimal)?",
     "(hint: write 1430 for the whole number"),
])
def test_a_refused_figure_is_said_from_the_library_catalog(lang: Language, reason: str,
                                                           hint: str) -> None:
    set_language(lang)  # the autouse fixture puts Vietnamese back
    value, refusal = read_typed(" 1.430 ")
    assert value is None and refusal is not None
    assert refusal.startswith(reason) and hint in refusal


async def test_the_bloc_best_is_named_in_the_explanation(app: EmulationApp) -> None:
    async with app.run_test(size=(100, 30)) as pilot:
        # funds, against the bloc's best
        screen = await open_criterion(app, pilot, "ctd-ha-long", "I.2")
        why = str(screen.query_one("#crit-why", Static).render())
        assert "so với cao nhất khối 1 200 (CTĐ tỉnh)" in why
