"""Editing the session's submissions in memory: each edit checked (read-only, locked), the
status it moves a report to, grouped keystrokes as one undo step, and the member queued as
pending until :mod:`.saves` writes it. No Textual here.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import evolve

from emulation_core import CriterionEntry, Status, Submission

from .state import EditRefused, SessionState, UndoStep

__all__ = ["PendingEdits"]

_UNDO_LIMIT = 200
_UNIT_SIDE = frozenset({"self_points", "evidence", "explanation"})
"""Entry fields that are the unit's: changing one reopens a verified report."""


class PendingEdits(SessionState):
    """The session's edits: applied to the live scoreboard at once, saved later."""

    def set_value(self, member_id: str, indicator: str, value: Decimal | None) -> None:
        """Set (or clear, with None) a reported indicator value."""
        sub = self._editable(member_id, unit_side=True)
        values = dict(sub.values)
        if value is None:
            values.pop(indicator, None)
        else:
            values[indicator] = value
        self._apply(evolve(sub, values=values), ("value", indicator))

    def set_entry(self, member_id: str, code: str, **changes: Any) -> None:
        """Change fields of a criterion entry (self_points, verified_points, reason, evidence)."""
        sub = self._editable(member_id, unit_side=bool(_UNIT_SIDE.intersection(changes)))
        entry = evolve(sub.entry(code), **changes)
        entries = dict(sub.entries)
        if entry == CriterionEntry():
            entries.pop(code, None)
        else:
            entries[code] = entry
        field = ",".join(sorted(changes))
        self._apply(evolve(sub, entries=entries), (f"entry:{field}", code))

    def put(self, sub: Submission) -> None:
        """Take ``sub`` as the member's submission, as an edit (re-applied after a reload)."""
        self._check_writable(self.working_submission(sub.member))
        self._apply(sub, None)

    def recorded(self, sub: Submission) -> None:
        """Show a submission the library saved as a recorded review step; the member's
        earlier edits can no longer be undone past it."""
        self._board().update(sub)
        self._undo = [u for u in self._undo if u.member != sub.member]
        self._absent.discard(sub.member)
        self.pending.discard(sub.member)
        self._group = None
        self._changed(frozenset({sub.member}))

    def break_group(self) -> None:
        """End the current run of keystrokes: the next edit starts a new undo step."""
        self._group = None

    def undo(self) -> str | None:
        """Restore the submission as it was before the last edit; returns the member id."""
        if not self._undo:
            return None
        step = self._undo.pop()
        board = self._board()
        before = step.before or Submission(step.member, board.campaign.id, status=Status.MISSING)
        board.update(before)
        self._group = None
        if step.before is None:
            self._absent.add(step.member)
        else:
            self._absent.discard(step.member)
        self.pending.add(step.member)
        self._changed(frozenset({step.member}))
        return step.member


    def _check_writable(self, sub: Submission) -> None:
        if self.read_only:
            raise EditRefused("readonly.refused")
        if sub.status is Status.LOCKED or self.ws.is_locked(sub.campaign):
            raise EditRefused("edit.locked")

    def _editable(self, member_id: str, *, unit_side: bool) -> Submission:
        """The submission to edit: a new one is a draft (submitting sets the received
        date); what the unit reported changed in a verified one needs verifying again."""
        sub = self.working_submission(member_id)
        self._check_writable(sub)
        if sub.status is Status.MISSING:
            sub = evolve(sub, status=Status.DRAFT)
        elif unit_side and sub.status is Status.VERIFIED:
            sub = evolve(sub, status=Status.SUBMITTED)
        return sub

    def _apply(self, sub: Submission, group: tuple[str, str] | None) -> None:
        board = self._board()
        key = (sub.member, *group) if group else None
        if key is None or key != self._group:
            before = None if sub.member in self._absent else board.submission(sub.member)
            self._undo.append(UndoStep(sub.member, before))
            del self._undo[:-_UNDO_LIMIT]
        self._absent.discard(sub.member)
        self._group = key
        board.update(sub)
        self.pending.add(sub.member)
        self._changed(frozenset({sub.member}))
