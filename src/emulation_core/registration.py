"""Registration (đăng ký thi đua): what each member unit registers for a campaign year
besides its targets: the movements and programmes it joins and the fields it will lead,
and the date the emulation agreement (giao ước) was signed.

``campaigns/<id>/registrations.toml``::

    signed = 2026-02-15                  # the agreement's signing date (optional)

    [[hoi-chu-thap-do]]
    kind = "field"                       # movement, programme or field
    text = "Vận động hiến máu tình nguyện"
    tag = "y tế"                         # optional field tag
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

from .errors import Problem
from .serialize.reader import Reader
from .text import nfc
from .tomlsource import TomlSource
from .value_object import ValueObject

if TYPE_CHECKING:
    from .change import Change

__all__ = [
    "ContentKind",
    "RegisteredItem",
    "Registrations",
    "dump_registrations",
    "read_registrations",
    "registration_changes",
]


class ContentKind(enum.StrEnum):
    """What a registered item is."""

    MOVEMENT = "movement"    # phong trào thi đua the unit joins
    PROGRAMME = "programme"  # chương trình, đề án it takes part in
    FIELD = "field"          # lĩnh vực it will lead (chủ trì)


def _clean(text: str) -> str:
    return " ".join(nfc(text).split())


@frozen
class RegisteredItem(ValueObject):
    """One registered movement, programme or field: free text, with an optional tag."""

    kind: ContentKind
    text: str = field(converter=_clean)
    tag: str = field(default="", converter=_clean)


@frozen
class Registrations(ValueObject):
    """A campaign's registered content by member id, and the agreement's signing date."""

    campaign: str
    signed: dt.date | None = None
    items: Mapping[str, tuple[RegisteredItem, ...]] = field(factory=dict)

    def of(self, member_id: str) -> tuple[RegisteredItem, ...]:
        return self.items.get(member_id, ())


def read_registrations(source: TomlSource, campaign_id: str,
                       members: frozenset[str]) -> tuple[Registrations | None, list[Problem]]:
    """Read registrations.toml; ``members`` are the units taking part in the campaign."""
    r = Reader(source)
    signed = r.get(source.data, (), "signed", dt.date, default=None)
    items: dict[str, tuple[RegisteredItem, ...]] = {}
    for member_id, raw in source.data.items():
        if member_id == "signed":
            continue
        if member_id not in members:
            r.fail_keyed((member_id,), "plan.not_taking_part", member=member_id,
                         members=", ".join(sorted(members)) or "—")
            continue
        if not isinstance(raw, list) or not all(isinstance(x, dict) for x in raw):
            r.fail((member_id,), "expected [[member]] tables of kind, text and tag")
            continue
        found: list[RegisteredItem] = []
        for i, entry in enumerate(raw):
            path = (member_id, i)
            r.unknown_keys(entry, path, {"kind", "text", "tag"})
            raw_kind = r.text(entry, path, "kind", default=ContentKind.FIELD.value)
            try:
                kind = ContentKind(raw_kind)
            except ValueError:
                r.fail((*path, "kind"), f"{raw_kind!r} is not one of "
                       + ", ".join(k.value for k in ContentKind))
                continue
            text = r.text(entry, path, "text")
            tag = r.text(entry, path, "tag", default="")
            if text is not None and not text.strip():
                r.fail((*path, "text"), "is empty", "write what the unit registers")
            elif text is not None:
                item = RegisteredItem(kind, text, tag or "")
                if item in found:
                    r.fail((*path, "text"), f"{item.text!r} is registered twice",
                           "remove one of them")
                found.append(item)
        if found:
            items[member_id] = tuple(found)
    if r.problems:
        return None, list(r.problems)
    return Registrations(campaign_id, signed, items), []


def dump_registrations(regs: Registrations) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    if regs.signed is not None:
        doc["signed"] = regs.signed
    for member_id in sorted(regs.items):
        doc[member_id] = [{"kind": item.kind.value, "text": item.text,
                           **({"tag": item.tag} if item.tag else {})}
                          for item in regs.items[member_id]]
    return doc


def _item_text(item: RegisteredItem) -> str:
    return f"{item.kind.value}: {item.text}" + (f" [{item.tag}]" if item.tag else "")


def registration_changes(old: Registrations | None, new: Registrations) -> list[Change]:
    """What changed: the signing date, and each item added or removed per member."""
    from .change import Change

    before = old or Registrations(new.campaign)
    found = []
    if before.signed != new.signed:
        found.append(Change("registration.signed", campaign=new.campaign, field="signed",
                            old=before.signed.isoformat() if before.signed else None,
                            new=new.signed.isoformat() if new.signed else None))
    for member_id in sorted(before.items.keys() | new.items.keys()):
        was, now = before.of(member_id), new.of(member_id)
        found += [Change("registration.removed", campaign=new.campaign, member=member_id,
                         field=item.kind.value, old=_item_text(item))
                  for item in was if item not in now]
        found += [Change("registration.added", campaign=new.campaign, member=member_id,
                         field=item.kind.value, new=_item_text(item))
                  for item in now if item not in was]
    return found
