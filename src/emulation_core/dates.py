"""Dates typed by people: ISO ``2026-01-15`` or the Vietnamese day-first ``15/01/2026``."""

from __future__ import annotations

import datetime as dt
import re

from .messages import UnreadableText

__all__ = ["DateError", "read_date"]

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", re.ASCII)


class DateError(UnreadableText):
    """A date that cannot be read: ``message`` says why, ``hint`` how to write it (English);
    ``message_text`` and ``hint_text`` in either language (catalog ``date.*``)."""


def read_date(text: str) -> dt.date:
    """Read ``YYYY-MM-DD`` or ``DD/MM/YYYY`` (also ``DD.MM.YYYY``); day first, never month
    first. Raises :class:`DateError`."""
    shown = text.strip()
    iso = _ISO.fullmatch(shown)
    day_first = _DAY_FIRST.fullmatch(shown)
    if iso:
        year, month, day = (int(g) for g in iso.groups())
    elif day_first:
        day, month, year = (int(g) for g in day_first.groups())
    else:
        raise DateError("date.form", text=shown)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise DateError("date.calendar", text=shown, day=day, month=month) from None
