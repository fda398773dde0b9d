"""The entry panel's fields: what each input edits, which figures a criterion asks for,
and one row of label, input and note."""

from __future__ import annotations

from attrs import frozen
from textual.containers import Horizontal
from textual.widgets import Label

from emulation_core import Criterion, Status, Submission

from ..session import Session
from ..widgets.prose import Prose
from ..widgets.typing_input import TypingInput
from .criterion_list import criterion_indicators

__all__ = ["EntryField", "correcting", "entry_figures", "field_row"]


@frozen
class EntryField:
    """One input of the editor: an indicator value, or a field of the criterion's entry."""

    kind: str  # "value", "self_points", "verified_points", "reason", "evidence"
    key: str = ""  # the indicator key, for values


def correcting(sub: Submission) -> bool:
    """Whether figures typed now are the verifier's corrections, not the unit's own."""
    return sub.status in (Status.SUBMITTED, Status.VERIFIED)


def entry_figures(session: Session, member_id: str, criterion: Criterion) -> list[str]:
    """The figures the editor asks for: the criterion's indicators, and in place of one the
    type's plugin derives, the reported figures no criterion reads (its sources)."""
    keys = criterion_indicators(criterion)
    member = session.bloc.member(member_id)
    kind = session.ws.registry.get(member.type) if member is not None else None
    board = session.board
    if kind is None or board is None or not kind.derived.intersection(keys):
        return keys
    read = {k for c in board.table_for(member_id).leaves() for k in c.rule.indicators}
    return [k for k in keys if k not in kind.derived] + [
        i.key for i in kind.reported_indicators if i.key not in read]


def field_row(field_id: str, *, wide: bool = False) -> Horizontal:
    """A label, an input and a note (hint or the reason an entry is refused)."""
    return Horizontal(
        Label(classes="field-label"),
        TypingInput(id=field_id, compact=True, classes="text" if wide else "number",
                    select_on_focus=False),
        Prose(id=f"{field_id}-note", classes="note short" if wide else "note"),
        id=f"{field_id}-row", classes="field")
