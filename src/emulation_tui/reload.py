"""Reading the workspace again after a file changed on disk: the lead's unsaved edits are
merged with the files as they are now (:mod:`.merge`) and re-applied, each conflict decided by
the lead with both values shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from textual import work

from .autosave import Autosave
from .i18n import error_text, language, pick, t
from .messages import DataChanged, WorkspaceReloaded

if TYPE_CHECKING:
    from collections.abc import Iterator

    from .merge import Conflict, Edit, Merged, Side
    from .session import Session

__all__ = ["ReadAgain"]


class ReadAgain(Autosave):
    """The app's reading again: the workspace reopened off the UI thread, the edits re-applied
    and saved."""

    def action_reload(self) -> None:
        """Read the workspace from disk again, then re-apply the unsaved edits."""
        from .merge import unsaved_edits

        session = self.session
        if session is None:
            return
        self.notify(t("reload.reading"))
        self._read_again(session, unsaved_edits(session))

    @work(thread=True, group="reload", exclusive=True, exit_on_error=False)
    def _read_again(self, session: Session, edits: tuple[Edit, ...]) -> None:
        """Check the workspace opens, then open it again for writing (off the UI thread)."""
        from emulation_core import EmulationError, ValidationError, Workspace

        from .session import open_session

        path, registry = session.ws.path, session.ws.registry
        try:
            Workspace.open(path, registry=registry).close()
        except (EmulationError, OSError) as exc:
            lines = [p.text(language()) for p in exc.problems] \
                if isinstance(exc, ValidationError) else [error_text(exc)]
            self.post_message(WorkspaceReloaded(None, edits, tuple(lines)))
            return
        with session.write_lock:
            session.close()
            fresh = open_session(path, clock=self.clock, registry=registry)
        worked_on = session.campaign.id if session.campaign is not None else None
        if worked_on is not None and worked_on in fresh.ws.campaigns \
                and (fresh.campaign is None or fresh.campaign.id != worked_on):
            fresh.switch_campaign(worked_on)  # the screens stay on the campaign worked on
        self.post_message(WorkspaceReloaded(fresh, edits))

    def on_workspace_reloaded(self, message: WorkspaceReloaded) -> None:
        from .merge import merge, resolve

        fresh = message.session
        if fresh is None:
            self.notify("\n".join(message.lines), title=t("reload.failed"), severity="error",
                        timeout=15)
            return
        self._shown_failures.clear()
        self._work_on(fresh)
        board = fresh.board
        conflicts: list[tuple[Conflict, Callable[[Side], None]]] = []
        for edit in message.edits:
            theirs = board.submission(edit.member) if board is not None else None
            merged = merge(edit.member, edit.base, edit.mine, theirs)
            if merged.submission is None or merged.submission == theirs:
                continue
            if not merged.conflicts:
                fresh.put(merged.submission)
                continue
            chosen: dict[Conflict, Side] = {}

            def decide(side: Side, conflict: Conflict, chosen: dict[Conflict, Side] = chosen,
                       merged: Merged = merged) -> None:
                chosen[conflict] = side
                if len(chosen) == len(merged.conflicts):
                    settled = resolve(merged, chosen.items())
                    if settled is not None:
                        fresh.put(settled)
                    self.save_now()
            conflicts += [(c, partial(decide, conflict=c)) for c in merged.conflicts]
        self.changes.publish(DataChanged())
        self.notify(t("reload.done", edits=len(message.edits)) if message.edits
                    else t("reload.done_clean"))
        self._ask(iter(conflicts))
        self.save_now()

    def _ask(self, conflicts: Iterator[tuple[Conflict, Callable[[Side], None]]]) -> None:
        """One dialog per conflict, both values shown; esc keeps the lead's."""
        from .screens.dialogs import ChoiceDialog

        following = next(conflicts, None)
        if following is None:
            return
        conflict, decide = following

        def answered(side: str | None) -> None:
            decide("theirs" if side == "theirs" else "mine")
            self._ask(conflicts)

        self.push_screen(ChoiceDialog(self._conflict_title(conflict), [
            ("mine", t("conflict.mine", value=_shown(conflict.mine))),
            ("theirs", t("conflict.theirs", value=_shown(conflict.theirs))),
        ], "mine"), answered)

    def _conflict_title(self, conflict: Conflict) -> str:
        """``Hội …: II.2 Tự chấm — sửa ở hai nơi``."""
        slot = conflict.slot
        what = slot[-1]
        board = self.session.board if self.session is not None else None
        if slot[0] in ("value", "correction") and board is not None:
            indicator = board.table_for(conflict.member).indicators.get(slot[1])
            what = pick(indicator.label, indicator.label_en) if indicator else slot[1]
        elif slot[0] == "entry":
            field = _FIELD_KEYS.get(slot[2])
            what = f"{slot[1]} {t(field) if field else slot[2]}"
        elif slot[0] == "status":
            what = t("col.status")
        return t("conflict.title", member=self._member_name(conflict.member), what=what)


_FIELD_KEYS = {"self_points": "field.self", "verified_points": "field.verified",
               "reason": "field.reason", "evidence": "field.evidence"}


def _shown(value: object) -> str:
    """A conflicting value as the screens show it."""
    from decimal import Decimal

    from emulation_core import Status

    from . import fmt

    if value is None or value == "":
        return t("entry.empty")
    if isinstance(value, Decimal):
        return fmt.number(value)
    if isinstance(value, Status):
        return fmt.status(value)
    return str(value)
