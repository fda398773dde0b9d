"""After a file changed on disk: read the workspace again and re-apply the lead's unsaved edits.

Each edited submission is merged three ways, field by field (an indicator's figure, a
criterion entry's field, a correction, the status): ``base`` as the program last read or
wrote it, ``mine`` as the lead left it, ``theirs`` as it is on disk now. What only one side
changed is taken from that side; what both changed to different values is a
:class:`Conflict` the lead decides, both values shown. Nothing the lead typed is dropped
without being asked. No Textual here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Literal

import attrs
from attrs import evolve, frozen

from emulation_core import CriterionEntry, Status, Submission

if TYPE_CHECKING:
    from .session import Session

__all__ = ["Conflict", "Edit", "Merged", "Side", "merge", "resolve", "unsaved_edits"]

Slot = tuple[str, ...]
"""Where a field lives: ("value", key), ("correction", key), ("entry", code, field),
("status",)."""
Side = Literal["mine", "theirs"]

_ENTRY_FIELDS = tuple(f.name for f in attrs.fields(CriterionEntry))


@frozen
class Edit:
    """A member's unsaved edit: the submission as last read or written, and as the lead
    left it (None: the lead undid its creation)."""

    member: str
    base: Submission | None
    mine: Submission | None


def unsaved_edits(session: Session) -> tuple[Edit, ...]:
    """Every edit of ``session`` not on disk yet (pending, or refused by the last save)."""
    board = session.board
    if board is None:
        return ()
    saved = session.ws.submissions(board.campaign.id)
    edits = []
    for member in sorted(session.pending | set(session.failures)):
        mine = board.submission(member)
        if mine is not None and mine.status is Status.MISSING:
            mine = None
        edits.append(Edit(member, saved.get(member), mine))
    return tuple(edits)


@frozen
class Conflict:
    """A field both the lead and the file on disk changed, to different values."""

    member: str
    slot: Slot
    base: object
    mine: object
    theirs: object


@frozen
class Merged:
    """A member's submission with every change that does not conflict applied, and the
    conflicts still to decide (the submission holds the lead's value there meanwhile)."""

    member: str
    submission: Submission | None
    conflicts: tuple[Conflict, ...] = ()


def _slots(sub: Submission | None) -> dict[Slot, object]:
    if sub is None:
        return {}
    found: dict[Slot, object] = {("status",): sub.status}
    found.update({("value", k): v for k, v in sub.values.items()})
    found.update({("correction", k): v for k, v in sub.corrections.items()})
    for code, entry in sub.entries.items():
        for name in _ENTRY_FIELDS:
            found[("entry", code, name)] = getattr(entry, name)
    return found


def _empty(slot: Slot) -> object:
    """What a missing slot holds: no figure, or an entry field's default."""
    if slot[0] == "entry":
        return getattr(CriterionEntry(), slot[2])
    return None


def _with_slots(sub: Submission, chosen: Mapping[Slot, object]) -> Submission:
    values = dict(sub.values)
    corrections = dict(sub.corrections)
    entries: dict[str, dict[str, object]] = {
        code: attrs.asdict(entry, recurse=False) for code, entry in sub.entries.items()}
    status = sub.status
    for slot, value in chosen.items():
        kind = slot[0]
        if kind == "status":
            status = value if isinstance(value, Status) else status
        elif kind in ("value", "correction"):
            target: dict[str, object] = values if kind == "value" else corrections  # type: ignore[assignment]
            if value is None:
                target.pop(slot[1], None)
            else:
                target[slot[1]] = value
        else:
            entries.setdefault(slot[1], {})[slot[2]] = value
    built = {code: CriterionEntry(**fields) for code, fields in entries.items()}  # type: ignore[arg-type]
    return evolve(sub, status=status, values=values, corrections=corrections,
                  entries={c: e for c, e in built.items() if e != CriterionEntry()})


def merge(member: str, base: Submission | None, mine: Submission | None,
          theirs: Submission | None) -> Merged:
    """Three-way merge of one member's submission (see the module's docstring)."""
    if mine is None or mine == base:
        return Merged(member, theirs)
    start = theirs or mine
    b, m, t = _slots(base), _slots(mine), _slots(theirs)
    chosen: dict[Slot, object] = {}
    conflicts = []
    for slot in sorted(set(b) | set(m) | set(t)):
        empty = _empty(slot)
        was, now, disk = b.get(slot, empty), m.get(slot, empty), t.get(slot, empty)
        if now in (was, disk):
            chosen[slot] = disk if theirs is not None else now
        elif disk == was:
            chosen[slot] = now
        else:
            chosen[slot] = now
            conflicts.append(Conflict(member, slot, was, now, disk))
    return Merged(member, _with_slots(start, chosen), tuple(conflicts))


def resolve(merged: Merged, choices: Iterable[tuple[Conflict, Side]]) -> Submission | None:
    """The merged submission with each conflict settled by the lead's choice."""
    if merged.submission is None:
        return None
    picked = {c.slot: c.mine if side == "mine" else c.theirs for c, side in choices}
    return _with_slots(merged.submission, picked) if picked else merged.submission
