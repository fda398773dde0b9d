"""The working state behind the screens: open workspace, campaign, live scoreboard, undo, saves.

:class:`Session` puts together the session's state (:mod:`.state`), its edits and their undo
(:mod:`.edits`) and saving them (:mod:`.saves`), and adds the changes made through the
library that save the edits first: switching campaign, members, leadership. Nothing here
imports Textual, so the editing rules can be tested and timed on their own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from attrs import evolve

from emulation_core import (
    Campaign,
    Leadership,
    Member,
    PluginRegistry,
    Submission,
    Workspace,
    WorkspaceLockedError,
    add_member,
    edit_campaign,
    edit_member,
    remove_member,
    set_leadership,
)

from .edits import PendingEdits
from .saves import SaveFailure, SaveJob, SaveResult, SessionSaves
from .state import Clock, EditRefused, Listener

__all__ = ["Clock", "EditRefused", "Listener", "SaveFailure", "SaveJob", "SaveResult", "Session",
           "open_session"]

T = TypeVar("T")


class Session(PendingEdits, SessionSaves):
    """One open workspace and the campaign being worked on."""

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

    def save_member(self, member: Member, replacing: str | None = None, *,
                    join: str | None = None) -> None:
        """Add ``member``, or change the member with id ``replacing`` to it. A unit added
        takes part in the campaigns created from now on, and also in the campaign ``join``
        when given (one step of the change log with its addition).

        The library refuses (``ValidationError``) what would not reopen, e.g. a new type
        for a unit that has submissions.
        """
        if replacing is None:
            if self.bloc.member(member.id) is not None:
                raise EditRefused("member.id_taken", id=member.id)
            self.change(lambda ws: _add_member(ws, member, join))
            return
        self.change(lambda ws: edit_member(ws, replacing, name=member.name,
                                           short_name=member.short_name, type_key=member.type))

    def joinable_campaign(self) -> Campaign | None:
        """The campaign being worked on, when a unit added now could take part in it too
        (it is not locked); None otherwise."""
        campaign = self.campaign
        if campaign is None or self.ws.is_locked(campaign.id):
            return None
        return campaign

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


    def _before_bloc_change(self) -> None:
        if self.read_only:
            raise EditRefused("readonly.refused")
        if self.save():
            raise EditRefused("save.pending_failed")

    def _after_bloc_change(self) -> None:
        self._undo = [u for u in self._undo if self.bloc.member(u.member) is not None]
        self._rebuild()


def _add_member(ws: Workspace, member: Member, join: str | None) -> None:
    with ws.transaction():
        add_member(ws, member)
        if join is not None:
            campaign = ws.campaign(join)
            taking_part = campaign.members or ()  # written down by add_member
            edit_campaign(ws, evolve(campaign, members=(*taking_part, member.id)))


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
