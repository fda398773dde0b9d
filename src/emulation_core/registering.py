"""Entering registrations: a member's registered content, and the agreement's signing date.

Each function validates, saves ``registrations.toml`` through the workspace (the rules of
opening; recorded in the change log) and returns the changes made. Changes after the
signing date are allowed; the change log dates them and the overlap report lists them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from attrs import evolve

from .change import Change
from .dates import read_date
from .errors import Problem, ValidationError
from .messages import Message
from .registration import RegisteredItem, Registrations
from .text import nfc
from .workspace import Workspace

__all__ = ["register_content", "sign_agreement"]


def _current(ws: Workspace, campaign_id: str) -> Registrations:
    ws.campaign(campaign_id)
    return ws.registrations.get(campaign_id) or Registrations(campaign_id)


def register_content(ws: Workspace, campaign_id: str, member_id: str, *,
                     add: Iterable[RegisteredItem] = (),
                     remove: Iterable[str] = ()) -> list[Change]:
    """Add items to a member's registered content, and remove those whose text is in
    ``remove`` (compared after NFC and case folding). An item registered already is not
    added twice; a text to remove that is not registered is refused."""
    regs = _current(ws, campaign_id)
    display = f"campaigns/{campaign_id}/registrations.toml"
    items = list(regs.of(member_id))
    for text in remove:
        wanted = " ".join(nfc(text).casefold().split())
        kept = [i for i in items if i.text.casefold() != wanted]
        if len(kept) == len(items):
            registered = "; ".join(i.text for i in items) or Message("register.nothing_yet")
            raise ValidationError([Problem.keyed(display, None, member_id,
                                                 "register.not_registered", text=text,
                                                 member=member_id, registered=registered)])
        items = kept
    for item in add:
        if not item.text:
            raise ValidationError([Problem.keyed(display, None, member_id,
                                                 "register.empty_item")])
        if item not in items:
            items.append(item)
    new_items = {k: v for k, v in regs.items.items() if k != member_id}
    if items:
        new_items[member_id] = tuple(items)
    return ws.save_registrations(evolve(regs, items=new_items))


def sign_agreement(ws: Workspace, campaign_id: str,
                   signed: dt.date | str | None) -> list[Change]:
    """Record the date the emulation agreement (giao ước) was signed (None: not yet), a
    date or text :func:`~emulation_core.dates.read_date` reads (raising ``DateError``)."""
    day = read_date(signed) if isinstance(signed, str) else signed
    return ws.save_registrations(evolve(_current(ws, campaign_id), signed=day))
