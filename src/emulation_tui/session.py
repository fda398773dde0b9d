"""The working state behind the screens: open workspace, campaign, live scoreboard, undo, saves.

Nothing here imports Textual, so the editing rules can be tested and timed on their own.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from attrs import evolve, frozen

from emulation_core import (
    Bloc,
    Campaign,
    CriterionEntry,
    Leadership,
    Member,
    PluginRegistry,
    PreviousPlace,
    RankedMember,
    Scoreboard,
    Status,
    Submission,
    Workspace,
    WorkspaceLockedError,
    add_member,
    atomic_write,
    edit_member,
    previous_places,
    ranking_csv,
    ranking_json,
    remove_member,
    set_leadership,
)

from . import fmt
from .saves import SaveFailure, SaveJob, SaveResult, write_job

__all__ = ["Clock", "EditRefused", "Listener", "SaveFailure", "SaveJob", "SaveResult", "Session",
           "open_session"]

Clock = Callable[[], dt.datetime]
Listener = Callable[[frozenset[str] | None], None]
"""Told which members' data changed (None: everything) after every change to the session."""
T = TypeVar("T")

_UNDO_LIMIT = 200
_NEW = PreviousPlace(took_part=False)
_UNIT_SIDE = frozenset({"self_points", "evidence", "explanation"})
"""Entry fields that are the unit's: changing one reopens a verified report."""


class EditRefused(Exception):
    """An edit that may not be made; the message key says why (see i18n)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


@frozen
class _Undo:
    member: str
    before: Submission | None


class Session:
    """One open workspace and the campaign being worked on."""

    def __init__(self, ws: Workspace, *, clock: Clock, lock_holder: str | None = None) -> None:
        self.ws = ws
        self.clock = clock
        self.lock_holder = lock_holder
        self.campaign: Campaign | None = ws.latest_campaign()
        self.board: Scoreboard | None = None
        self.pending: set[str] = set()
        self.failures: dict[str, SaveFailure] = {}
        self._undo: list[_Undo] = []
        self._absent: set[str] = set()
        """Members whose submission's creation was undone: the board shows them as missing,
        and saving deletes the file."""
        self._group: tuple[str, ...] | None = None
        self._previous: tuple[Mapping[str, PreviousPlace] | None] | None = None
        self.listeners: list[Listener] = []
        self.write_lock = threading.Lock()
        """Held while files are written (by a save worker or on this thread)."""
        self._rebuild()

    # -- reading ----------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        return self.ws.read_only

    @property
    def bloc(self) -> Bloc:
        return self.ws.bloc

    def today(self) -> dt.date:
        return self.clock().date()

    def campaigns(self) -> list[Campaign]:
        """Campaigns, latest first."""
        return sorted(self.ws.campaigns.values(), key=lambda c: (c.end, c.id), reverse=True)

    def leadership(self) -> Leadership | None:
        return self.bloc.leadership_for(self.campaign.year) if self.campaign else None

    def ranking(self) -> tuple[RankedMember, ...]:
        return self.board.ranking if self.board else ()

    def previous_place(self, member_id: str) -> PreviousPlace | None:
        """Where the member stood in the campaign's previous campaign; None when there is
        no previous campaign (see :func:`~emulation_core.previous_places`)."""
        if self._previous is None:
            found = previous_places(self.ws, self.campaign.id) if self.campaign else None
            self._previous = (found,)
        places = self._previous[0]
        return None if places is None else places.get(member_id, _NEW)

    def previous_rank(self, member_id: str) -> int | None:
        """The member's rank in the previous campaign, if it was ranked there."""
        place = self.previous_place(member_id)
        return None if place is None else place.rank

    def export_ranking(self) -> list[Path]:
        """Write the ranking as CSV and JSON to ``exports/`` in the workspace folder.

        Exports are files of their own, so this works in read-only mode too; the JSON is the
        stable form documented for ``emulation rank --format json``.
        """
        if self.campaign is None:
            return []
        ranking = self.ranking()
        folder = self.ws.path / "exports"
        written = []
        precision = self.campaign.precision
        for suffix, text in (("csv", ranking_csv(ranking, precision=precision)),
                             ("json", ranking_json(ranking, precision=precision))):
            path = folder / f"{self.campaign.id}-xep-hang.{suffix}"
            atomic_write(path, text.encode("utf-8"), root=self.ws.path)
            written.append(path)
        return written

    def verified_count(self) -> tuple[int, int]:
        """How many submissions are verified (or locked), out of all members."""
        if self.board is None:
            return 0, len(self.bloc.members)
        done = sum(1 for s in self.board.scores.values()
                   if s.status in (Status.VERIFIED, Status.LOCKED))
        return done, len(self.board.scores)

    def working_submission(self, member_id: str) -> Submission:
        """The member's submission, or a new empty one to start editing."""
        board = self._board()
        sub = board.submission(member_id)
        if sub is not None:
            return sub
        return Submission(member_id, board.campaign.id, status=Status.MISSING)

    # -- editing ----------------------------------------------------------------------
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

    def set_status(self, member_id: str, status: Status) -> None:
        """Move a submission to ``status`` (a separate undo step)."""
        sub = self.working_submission(member_id)
        self._check_writable(sub)
        self.break_group()
        self._apply(evolve(sub, status=status), None)
        self.break_group()

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

    def reload(self) -> None:
        """Read the campaign and its submissions again (after a lock or an unlock); the
        edits before it can no longer be undone."""
        self._undo.clear()
        self._rebuild()

    def unexplained_adjustments(self, member_id: str) -> list[str]:
        """Codes whose verified points differ from the claimed ones with no reason given."""
        board = self._board()
        sub = board.submission(member_id)
        if sub is None:
            return []
        codes = []
        for score in board.breakdown(member_id):
            entry = sub.entry(score.criterion.code)
            claimed = score.self_points if score.self_points is not None else score.computed
            if entry.verified_points is not None and entry.verified_points != claimed \
                    and not entry.reason:
                codes.append(score.criterion.code)
        return codes

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

    # -- saving -----------------------------------------------------------------------
    def save(self) -> list[SaveFailure]:
        """Save every edited submission now, on this thread; returns those that could not be
        saved (the app saves on a worker instead: :meth:`start_save`, :meth:`finish_save`)."""
        job = self.start_save()
        if job is None:
            return list(self.failures.values())
        return self.finish_save(job, write_job(self.ws, job, self.write_lock))

    def start_save(self) -> SaveJob | None:
        """What to write for the pending edits, taken now; None when there is nothing."""
        board = self.board
        if board is None or self.read_only or not self.pending:
            return None
        writes = tuple((m, None if m in self._absent else board.submission(m))
                       for m in sorted(self.pending))
        return SaveJob(board.campaign.id, writes, board)

    def finish_save(self, job: SaveJob, results: tuple[SaveResult, ...]) -> list[SaveFailure]:
        """Take in what a save wrote; returns the submissions that could not be saved.

        A member edited again while its file was written stays pending; one written as it
        still is takes the library's additions (status steps, received date).
        """
        board = self.board
        current = board is job.board and board is not None
        stamped = set()
        for result in results:
            member = result.member
            if result.failure is not None:
                self.failures[member] = result.failure
                continue
            self.failures.pop(member, None)
            if not current or board is None:
                continue
            sent = job.sent(member)
            if sent is None:
                if member in self._absent:
                    self.pending.discard(member)
            elif board.submission(member) is sent:
                self.pending.discard(member)
                if result.saved is not None and result.saved != sent:
                    board.update(result.saved)
                    stamped.add(member)
        if stamped:
            self._changed(frozenset(stamped))
        return list(self.failures.values())

    def switch_campaign(self, campaign_id: str) -> list[SaveFailure]:
        """Save, then work on another campaign (undo history is cleared)."""
        failures = self.save()
        if failures:
            return failures
        self.campaign = self.ws.campaign(campaign_id)
        self._undo.clear()
        self._rebuild()
        return []

    # -- members ----------------------------------------------------------------------
    def member_data(self, member_id: str) -> list[tuple[Campaign, Submission | None, bool, bool]]:
        """Per campaign holding any: the member's submission, whether it has targets, and
        whether it has criteria not assigned (what removing the member deletes)."""
        found = []
        for campaign in self.campaigns():
            sub = self.ws.submissions(campaign.id).get(member_id)
            targets = member_id in campaign.targets
            skipped = member_id in campaign.not_assigned
            if sub is not None or targets or skipped:
                found.append((campaign, sub, targets, skipped))
        return found

    def change(self, make: Callable[[Workspace], T]) -> T:
        """Make a change through the library (``make`` gets the workspace): edits pending
        are saved first, and the screens redraw from what the workspace holds afterwards,
        whether the library accepted the change or refused it."""
        self._before_bloc_change()
        try:
            with self.write_lock:
                return make(self.ws)
        finally:
            self._after_bloc_change()

    def save_member(self, member: Member, replacing: str | None = None) -> None:
        """Add ``member``, or change the member with id ``replacing`` to it.

        The library refuses (``ValidationError``) what would not reopen, e.g. a new type
        for a unit that has submissions.
        """
        if replacing is None:
            if self.bloc.member(member.id) is not None:
                raise EditRefused("member.id_taken", id=member.id)
            self.change(lambda ws: add_member(ws, member))
            return
        self.change(lambda ws: edit_member(ws, replacing, name=member.name,
                                           short_name=member.short_name, type_key=member.type))

    def remove_member(self, member_id: str) -> None:
        """Remove the unit with its submissions, targets, registrations and not-assigned
        entries. The library refuses (``EmulationError``) while the unit is a lead or deputy.
        """
        self.change(lambda ws: remove_member(ws, member_id))

    def set_leader(self, member_id: str, role: str, year: int | None = None) -> None:
        """Make the member the lead or the deputy for ``year`` (the campaign's year)."""
        if year is None:
            if self.campaign is None:
                raise EditRefused("campaign.none")
            year = self.campaign.year
        current = self.bloc.leadership_for(year) or Leadership(year, member_id)
        if role == "lead":
            lead, deputy = member_id, None if current.deputy == member_id else current.deputy
        else:
            if current.lead == member_id:
                raise EditRefused("member.lead_not_deputy")
            lead, deputy = current.lead, member_id
        self.change(lambda ws: set_leadership(ws, year, lead, deputy))

    # -- internals --------------------------------------------------------------------
    def _board(self) -> Scoreboard:
        if self.board is None:
            raise EditRefused("campaign.none")
        return self.board

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
            absent = sub.member in self._absent
            self._undo.append(_Undo(sub.member, None if absent else board.submission(sub.member)))
            del self._undo[:-_UNDO_LIMIT]
        self._absent.discard(sub.member)
        self._group = key
        board.update(sub)
        self.pending.add(sub.member)
        self._changed(frozenset({sub.member}))

    def _before_bloc_change(self) -> None:
        if self.read_only:
            raise EditRefused("readonly.refused")
        if self.save():
            raise EditRefused("save.pending_failed")

    def _after_bloc_change(self) -> None:
        self._undo = [u for u in self._undo if self.bloc.member(u.member) is not None]
        self._rebuild()

    def _rebuild(self) -> None:
        if self.campaign is not None:  # the workspace may hold a newer copy (targets)
            self.campaign = self.ws.campaign(self.campaign.id)
        self.board = self.ws.scoreboard(self.campaign.id) if self.campaign else None
        fmt.set_precision(self.campaign.precision if self.campaign else fmt.DEFAULT_PRECISION)
        self._absent.clear()
        self._previous = None
        self._group = None
        self._changed(None)

    def _changed(self, members: frozenset[str] | None) -> None:
        for listener in self.listeners:
            listener(members)

    def close(self) -> None:
        """Release the workspace (its writer lock)."""
        self.ws.close()


def open_session(path: Path, *, clock: Clock,
                 registry: PluginRegistry | None = None) -> Session:
    """Open the workspace for writing, or read-only when another process holds it.

    Raises :class:`~emulation_core.EmulationError` when it cannot be opened at all.
    """
    try:
        ws = Workspace.open(path, writable=True, registry=registry)
    except WorkspaceLockedError as exc:
        ws = Workspace.open(path, registry=registry)
        return Session(ws, clock=clock, lock_holder=exc.holder)
    return Session(ws, clock=clock)
