"""The deliberation meeting (họp bình xét) from the UI, as ``emulation meeting`` records it:
its date and time, place, chair, secretary and the member units attending. The minutes
carry them; the show of hands starts from the attendance."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Input, Label, Select, Static

from emulation_core import DateError, EmulationError, Meeting, printable, read_date

from .. import fmt
from ..i18n import t
from .deliberation_forms import DeliberationForm

__all__ = ["MeetingForm", "read_time"]


def read_time(text: str) -> dt.time:
    """``8:00`` or ``08:30`` (hours 0–23, minutes 0–59); refused with the catalog's reason."""
    hours, colon, minutes = text.strip().replace("h", ":").partition(":")
    try:
        return dt.time(int(hours), int(minutes or "0")) if colon or hours else dt.time(0)
    except ValueError:
        raise EmulationError(t("meeting.err.time", value=text.strip())) from None


class MeetingForm(DeliberationForm):
    """The meeting as recorded (or empty), every field to change; ``ctrl+s`` records it."""

    def compose(self) -> ComposeResult:
        meeting = self.ws.deliberation(self.campaign_id).meeting
        at = meeting.at
        attended = set(meeting.attended)
        with Vertical(classes="box tall"):
            yield Static(Text(t("meeting.title"), style="bold"), classes="dialog-title")
            with VerticalScroll(classes="ballot-rows", can_focus=False):
                for name, value, label, example in (
                        ("date", fmt.date(at.date()) if at else "", "meeting.date",
                         "meeting.date.placeholder"),
                        ("time", f"{at:%H:%M}" if at else "", "meeting.time",
                         "meeting.time.placeholder"),
                        ("place", meeting.place, "meeting.place", "meeting.place.placeholder"),
                        ("chair", meeting.chair, "meeting.chair", "meeting.chair.placeholder"),
                        ("secretary", meeting.secretary, "meeting.secretary",
                         "meeting.secretary.placeholder")):
                    yield Label(t(label))
                    yield Input(value, id=f"meeting-{name}", placeholder=t(example))
                yield Label(t("meeting.attended"))
                for member, unit in self.members:
                    with Horizontal(classes="ballot-row"):
                        yield Label(printable(unit), classes="ballot-name")
                        yield Select([(t("ballots.present"), "present"),
                                      (t("ballots.absent"), "absent")],
                                     id=f"meeting-at-{member}", allow_blank=False,
                                     value="present" if member in attended or not attended
                                     else "absent")
            yield from self.buttons()

    def meeting(self) -> Meeting:
        """The meeting as filled in (a date that cannot be read, or a time, is refused)."""
        try:
            day = read_date(self.text("meeting-date"))
        except DateError:
            raise EmulationError(t("meeting.err.date",
                                   value=self.text("meeting-date"))) from None
        at = dt.datetime.combine(day, read_time(self.text("meeting-time") or "0:00"))
        attended = tuple(m for m, _ in self.members
                         if self.query_one(f"#meeting-at-{m}", Select).value == "present")
        return Meeting(at, self.text("meeting-place"), self.text("meeting-chair"),
                       self.text("meeting-secretary"), attended)

    def save(self) -> str:
        meeting = self.meeting()
        self.change(lambda ws: ws.record_meeting(self.campaign_id, meeting))
        assert meeting.at is not None
        return t("meeting.saved", at=f"{fmt.date(meeting.at.date())} {meeting.at:%H:%M}",
                 count=len(meeting.attended))
