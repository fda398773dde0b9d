"""The deliberation meeting recorded from the UI (`m` on the ballots screen, or the palette),
as `emulation meeting` records it: the minutes then carry its time, place, chair, secretary
and attendance instead of "(chưa ghi)", and the show of hands starts from who attended; a
date or time that cannot be read is refused under the form, nothing recorded."""

from __future__ import annotations

import datetime as dt

from docx import Document
from textual.widgets import Input, Select

from emulation_tui.app import EmulationApp
from emulation_tui.screens.ballot_form import HandsBallotForm
from emulation_tui.screens.ballots import BallotsScreen
from emulation_tui.screens.meeting_form import MeetingForm, read_time
from emulation_tui.screens.minutes_dialog import MinutesDialog, minutes_path
from emulation_tui.session import Session

from .delib_tools import problem, screen_text

C = "2018-6t"


def test_a_time_is_read_as_hours_and_minutes() -> None:
    assert read_time("8:30") == dt.time(8, 30)
    assert read_time("14h") == dt.time(14, 0)
    for wrong in ("25:00", "8:61", "tám giờ"):
        try:
            read_time(wrong)
        except Exception as error:  # the catalog's words, with what was typed
            assert wrong in str(error)
        else:
            raise AssertionError(wrong)


async def test_the_meeting_is_recorded_and_the_minutes_carry_it(
        app: EmulationApp, session: Session) -> None:
    absent = session.bloc.members[-1]
    async with app.run_test(size=(120, 40)) as pilot:
        app.push_screen(BallotsScreen(session, C))
        await pilot.pause()
        assert "m để ghi" in screen_text(app.screen)
        await pilot.press("m")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, MeetingForm)
        for name, value in (("date", "31/02/2018"), ("time", "8:30"), ("place", "Hạ Long"),
                            ("chair", "Nguyễn Văn An"), ("secretary", "Trần Thị Bình")):
            form.query_one(f"#meeting-{name}", Input).value = value
        form.query_one(f"#meeting-at-{absent.id}", Select).value = "absent"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is form and "31/02/2018" in problem(form)  # no such day
        assert session.ws.deliberation(C).meeting.at is None
        form.query_one("#meeting-date", Input).value = "20/07/2018"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, BallotsScreen)
        assert "20/07/2018 08:30 tại Hạ Long" in screen_text(app.screen)
        await pilot.press("h")
        await pilot.pause()
        hands = app.screen
        assert isinstance(hands, HandsBallotForm)
        assert hands.query_one(f"#at-{absent.id}", Select).value == "absent"
        await pilot.press("escape")
        await pilot.pause()
        app.push_screen(MinutesDialog(session, C))
        await app.workers.wait_for_complete()
        await pilot.pause()
    meeting = session.ws.deliberation(C).meeting
    assert meeting.at == dt.datetime(2018, 7, 20, 8, 30)
    assert (meeting.place, meeting.chair, meeting.secretary) == (
        "Hạ Long", "Nguyễn Văn An", "Trần Thị Bình")
    assert absent.id not in meeting.attended
    assert len(meeting.attended) == len(session.bloc.members) - 1
    words = "\n".join(p.text for p in Document(
        str(minutes_path(session, C, ".docx"))).paragraphs)
    assert "Hạ Long" in words and "Nguyễn Văn An" in words and "Trần Thị Bình" in words
    assert "(chưa ghi)" not in words.split("II.")[0]
