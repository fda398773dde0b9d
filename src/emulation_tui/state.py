"""The session's state: the open workspace, the campaign worked on, its live scoreboard, the
edits not saved yet, and what the screens read from them.

Editing is in :mod:`.edits`, saving in :mod:`.saves`; :class:`~.session.Session` puts them
together. Nothing here imports Textual.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from attrs import frozen

from emulation_core import (
    Bloc,
    Campaign,
    Leadership,
    PreviousPlace,
    RankedMember,
    Scoreboard,
    Status,
    Submission,
    Workspace,
    atomic_write,
    previous_places,
    ranking_csv,
    ranking_json,
)

from . import fmt

if TYPE_CHECKING:
    from .saves import SaveFailure

__all__ = ["Clock", "EditRefused", "Listener", "SessionState", "UndoStep"]

Clock = Callable[[], dt.datetime]
Listener = Callable[[frozenset[str] | None], None]
"""Told which members' data changed (None: everything) after every change to the session."""

_NEW = PreviousPlace(took_part=False)


class EditRefused(Exception):
    """An edit that may not be made; the message key says why (see i18n)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values




@frozen
class UndoStep:
    """A member's submission as it was before an edit (None: it had none)."""

    member: str
    before: Submission | None


class SessionState:
    """One open workspace and the campaign being worked on: what the session holds."""

    def __init__(self, ws: Workspace, *, clock: Clock, lock_holder: str | None = None) -> None:
        self.ws = ws
        self.clock = clock
        self.lock_holder = lock_holder
        self.campaign: Campaign | None = ws.latest_campaign()
        self.board: Scoreboard | None = None
        self.pending: set[str] = set()
        self.failures: dict[str, SaveFailure] = {}
        self._undo: list[UndoStep] = []
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

    def _board(self) -> Scoreboard:
        if self.board is None:
            raise EditRefused("campaign.none")
        return self.board

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
