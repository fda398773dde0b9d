"""Dates typed by people: ISO ``2026-01-15`` or the Vietnamese day-first ``15/01/2026``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from types import MappingProxyType

from .messages import Language, render

__all__ = ["DateError", "read_date"]

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
_DAY_FIRST = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", re.ASCII)


class DateError(ValueError):
    """A date that cannot be read: ``message`` says why, ``hint`` how to write it (English).

    ``key`` and ``values`` name the message-catalog entry (its hint: ``key.hint``), so that
    :meth:`message_text` and :meth:`hint_text` say it in Vietnamese too.
    """

    def __init__(self, key: str, /, **values: object) -> None:
        self.key = key
        self.values: Mapping[str, object] = MappingProxyType(values)
        self.message = render(key, "en", **values)
        self.hint = render(f"{key}.hint", "en", **values)
        super().__init__(self.message)

    def message_text(self, lang: Language = "en") -> str:
        """Why the date is refused, in ``lang``."""
        return render(self.key, lang, **self.values)

    def hint_text(self, lang: Language = "en") -> str:
        """How to write it, in ``lang``."""
        return render(f"{self.key}.hint", lang, **self.values)


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
