"""When a submission was received, and how many days after the campaign's deadline.

The deadline is a date in the bloc's time (Vietnam, UTC+7, no daylight saving): a
submission received at any time on the deadline day is on time; each later day in the
bloc's time is one day late. Times stored without an offset are read as the bloc's time.
"""

from __future__ import annotations

import datetime as dt

from .model import Campaign, Status, Submission

__all__ = ["BLOC_TIME", "bloc_date", "days_late"]

BLOC_TIME = dt.timezone(dt.timedelta(hours=7), "ICT")
"""Vietnam's time, in which deadlines are counted."""


def bloc_date(moment: dt.datetime) -> dt.date:
    """The day ``moment`` falls on in the bloc's time."""
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(BLOC_TIME).date()


def days_late(sub: Submission | None, campaign: Campaign) -> int:
    """Whole days between the deadline and the received date (0: on time, or not received:
    a draft or a missing submission is not late, it counts as 0 points until it arrives)."""
    if sub is None or sub.submitted_at is None or sub.status in (Status.MISSING, Status.DRAFT):
        return 0
    return max(0, (bloc_date(sub.submitted_at) - campaign.deadline).days)
