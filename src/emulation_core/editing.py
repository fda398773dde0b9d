"""Changing a workspace: saving submissions, the bloc, campaigns and registrations,
removing a member, deleting a submission, and grouping saves in one all-or-nothing step.

Each save is checked as opening would check the file it writes (nothing is written when
it is refused) and recorded in the change log. Mixed into :class:`~emulation_core.Workspace`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from attrs import evolve

from .errors import EmulationError, Problem, ValidationError
from .loading import REGISTRATIONS_FILE, SCHEMA_VERSION, WORKSPACE_FILE
from .messages import Message
from .model import Bloc, Campaign, Status, Submission
from .registration import (
    Registrations,
    dump_registrations,
    read_registrations,
    registration_changes,
)
from .review import ReviewError, reopened, with_step
from .saving import bloc_problems, campaign_problems, submission_problems
from .serialize import dump_bloc, dump_submission
from .text import unsafe_id_key

if TYPE_CHECKING:
    from pathlib import Path

    from .change import Change
    from .criteria import CriteriaTable
    from .locking import CampaignLock
    from .planned import Planned
    from .recording import RecordedFiles
    from .saved import Saved
    from .serialize import BlocTypes

__all__ = ["EditActions"]


class EditActions:
    """Mixed into :class:`~emulation_core.Workspace`."""

    if TYPE_CHECKING:
        path: Path
        bloc: Bloc
        campaigns: dict[str, Campaign]
        registrations: dict[str, Registrations]
        _subs: dict[str, dict[str, Submission]]
        _tables: dict[str, dict[str, CriteriaTable]]
        _files: RecordedFiles

        def campaign(self, campaign_id: str) -> Campaign: ...
        def submission_messages(self, sub: Submission) -> list[Message]: ...
        def lock_state(self, campaign_id: str) -> CampaignLock: ...
        def actor_text(self) -> str: ...
        def _writable(self) -> None: ...
        def _unlocked(self, campaign_id: str) -> None: ...
        def _sub_path(self, sub: Submission) -> Path: ...
        def _sub_display(self, sub: Submission) -> str: ...
        def _bloc_types(self, bloc: Bloc) -> BlocTypes: ...
        def _taking_part(self, campaign: Campaign) -> frozenset[str]: ...

    def save_submission(self, sub: Submission, *, now: dt.datetime | None = None) -> Submission:
        """Validate and save one member's submission; returns it as saved (see
        :meth:`update_submission`, which also returns the save's warnings)."""
        return self.update_submission(sub, now=now).submission

    def update_submission(self, sub: Submission, *, now: dt.datetime | None = None,
                          campaign_lock: bool = False) -> Saved:
        """Validate and save one member's submission, with ``updated_at`` set.

        A status change must be an allowed review step (:mod:`.review`); it is recorded in
        the submission's history as the workspace's actor. Editing what the unit reported
        in a verified submission puts it back to ``submitted``, with a warning. Refused
        while the campaign is locked. ``now`` (default: the current UTC time) is the stamp.
        """
        from .changes import submission_changes  # what a save needs: imported by saves only
        from .planned import plan
        from .saved import Saved

        self._writable()
        self._unlocked(sub.campaign)
        messages = self.submission_messages(sub)
        if messages:
            raise ValidationError([_problem(self._sub_display(sub), m) for m in messages])
        previous = self._subs.get(sub.campaign, {}).get(sub.member)
        if previous == sub:
            return Saved(sub)
        if previous is not None and previous.status is Status.LOCKED and not campaign_lock:
            raise ReviewError("lock.refused", campaign=sub.campaign)
        stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
        warnings: tuple[Message, ...] = ()
        if reopened(previous, sub):
            sub = evolve(sub, status=Status.SUBMITTED)
            warnings = (Message("review.reopened", {"member": sub.member}),)
        sub = with_step(previous, sub, self.actor_text(), stamp, campaign_lock=campaign_lock)
        stamped = evolve(sub, updated_at=stamp)
        with self._files.change() as log:
            log += submission_changes(previous, stamped, self.campaign(sub.campaign).precision)
            self._files.write(plan(self._sub_path(sub), self._sub_display(sub),
                                   dump_submission(stamped), None))
        self._subs.setdefault(sub.campaign, {})[sub.member] = stamped
        return Saved(stamped, warnings)

    def save_bloc(self, bloc: Bloc) -> None:
        """Save the bloc, its members and leadership.

        Refused (``ValidationError``) when the workspace would not open again: what opening
        refuses in workspace.toml, or in a campaign's targets with the new members and
        types; a removed member that still has submissions or targets (use
        :meth:`remove_member`), or a new type for a member that has submissions.
        """
        from .changes import bloc_changes

        self._writable()
        planned = self._files.plan(self.path / WORKSPACE_FILE, WORKSPACE_FILE,
                                   dump_bloc(bloc, SCHEMA_VERSION))
        problems = bloc_problems(planned, SCHEMA_VERSION)
        kept = {m.id for m in bloc.members}
        for member in bloc.members:
            old = self.bloc.member(member.id)
            if old is not None and old.type != member.type and self._has_submissions(member.id):
                problems.append(Problem.keyed(WORKSPACE_FILE, None, "members",
                                              "roster.type_fixed", member=member.id,
                                              type=old.type))
        for member in self.bloc.members:
            if member.id not in kept and self._has_data(member.id):
                problems.append(Problem.keyed(WORKSPACE_FILE, None, "members",
                                              "roster.has_data", member=member.id))
        if not problems:
            for campaign in self.campaigns.values():
                problems += self._campaign_problems(campaign, self._bloc_types(bloc), fresh=True)
        if problems:
            raise ValidationError(problems)
        with self._files.change() as log:
            log += bloc_changes(self.bloc, bloc)
            self._files.write(planned)
        self.bloc = bloc

    def remove_member(self, member_id: str) -> None:
        """Remove a member unit with its submissions, targets and not-assigned entries.

        Refused while the unit is a lead or deputy in any year: change that first.
        """
        self._writable()
        if self.bloc.member(member_id) is None:
            raise EmulationError.keyed("roster.unknown", member=member_id)
        years = [str(t.year) for t in self.bloc.leadership if member_id in (t.lead, t.deputy)]
        if years:
            raise EmulationError.keyed("roster.leads", member=member_id,
                                       years=", ".join(years))
        for campaign in self.campaigns.values():
            if self._has_data_in(campaign, member_id) \
                    or member_id in self.lock_state(campaign.id).finals:
                self._unlocked(campaign.id)
        with self.transaction():  # one step: all of these files, or none
            for campaign in list(self.campaigns.values()):
                if member_id in self._subs.get(campaign.id, {}):
                    self.delete_submission(campaign.id, member_id)
                if member_id in campaign.targets or member_id in campaign.not_assigned \
                        or member_id in campaign.no_target or member_id in (campaign.members
                                                                            or ()):
                    self.save_campaign(evolve(
                        campaign,
                        targets={k: v for k, v in campaign.targets.items() if k != member_id},
                        not_assigned={k: v for k, v in campaign.not_assigned.items()
                                      if k != member_id},
                        no_target={k: v for k, v in campaign.no_target.items()
                                   if k != member_id},
                        members=None if campaign.members is None else tuple(
                            m for m in campaign.members if m != member_id)))
            for regs in list(self.registrations.values()):
                if member_id in regs.items:
                    self.save_registrations(evolve(regs, items={
                        k: v for k, v in regs.items.items() if k != member_id}))
            self.save_bloc(evolve(self.bloc, members=tuple(
                m for m in self.bloc.members if m.id != member_id)))

    @contextlib.contextmanager
    def transaction(self, reason: str = "") -> Iterator[None]:
        """Make the saves inside one all-or-nothing step of the change log, with ``reason``
        on each entry that has none. If anything inside raises, nothing is saved and the
        workspace in memory is as before."""
        self._writable()
        bloc, campaigns = self.bloc, dict(self.campaigns)
        subs = {c: dict(s) for c, s in self._subs.items()}
        try:
            with self._files.change(reason):
                yield
        except BaseException:
            self.bloc = bloc
            self.campaigns.clear()
            self.campaigns.update(campaigns)
            for campaign_id in self._subs.keys() - subs.keys():
                del self._subs[campaign_id]
            for campaign_id, kept in subs.items():  # in place: scoreboards may hold them
                self._subs.setdefault(campaign_id, {}).clear()
                self._subs[campaign_id].update(kept)
            self._tables.clear()
            raise

    def delete_submission(self, campaign_id: str, member_id: str) -> None:
        """Delete a member's submission file: the member counts as not submitted again."""
        from .changes import submission_changes

        self._writable()
        self._unlocked(campaign_id)
        path = self._sub_path(Submission(member_id, campaign_id))
        with self._files.change() as log:
            log += submission_changes(self._subs.get(campaign_id, {}).get(member_id), None)
            self._files.delete(path)
        self._subs.get(campaign_id, {}).pop(member_id, None)

    def _has_submissions(self, member_id: str) -> bool:
        return any(member_id in subs for subs in self._subs.values())

    def _has_data_in(self, campaign: Campaign, member_id: str) -> bool:
        return member_id in self._subs.get(campaign.id, {}) or member_id in campaign.targets \
            or member_id in campaign.not_assigned

    def _has_data(self, member_id: str) -> bool:
        return self._has_submissions(member_id) or any(
            member_id in c.targets or member_id in c.not_assigned
            for c in self.campaigns.values()) or any(
            member_id in r.items for r in self.registrations.values())

    def save_campaign(self, campaign: Campaign, *,
                      carried: Mapping[str, Submission] | None = None) -> None:
        """Save a campaign's settings, criteria table and targets.

        Refused (``ValidationError``, nothing written) when opening would refuse any of the
        three files as they would be written, or a saved submission read against the new
        table and precision, with the same messages. ``carried``: submissions of the
        campaign saved with it, in the same change, read against the new table (their
        scores under the codes of criteria the new table moved).
        """
        from .changes import campaign_changes, submission_changes
        from .planned import plan

        self._writable()
        if campaign.id in self.campaigns and not self._pins_members(campaign):
            self._unlocked(campaign.id)
        reason = unsafe_id_key(campaign.id)
        if reason:
            raise ValidationError([Problem.keyed("campaigns", None, "id", "plan.bad_id",
                                                 campaign=campaign.id, reason=Message(reason))])
        files = self._files.campaign_files(campaign)
        bloc = self._bloc_types(self.bloc)
        saved = self._subs.get(campaign.id, {})
        carried = carried or {}
        problems = self._campaign_problems(campaign, bloc, files) + submission_problems(
            campaign, {**saved, **carried}, bloc)
        if problems:
            raise ValidationError(problems)
        with self._files.change() as log:
            log += campaign_changes(self.campaigns.get(campaign.id), campaign)
            for planned in files.values():
                self._files.write(planned)
            for sub in carried.values():
                log += submission_changes(saved.get(sub.member), sub, campaign.precision)
                self._files.write(plan(self._sub_path(sub), self._sub_display(sub),
                                       dump_submission(sub), None))
        self.campaigns[campaign.id] = campaign
        self._tables.pop(campaign.id, None)
        if carried:
            self._subs.setdefault(campaign.id, {}).update(carried)

    def _campaign_problems(self, campaign: Campaign, bloc: BlocTypes,
                           files: dict[str, Planned] | None = None, *,
                           fresh: bool = False) -> list[Problem]:
        """What opening would refuse in the campaign's files, with ``bloc``."""
        links = {c.id: c.previous for c in self.campaigns.values()}
        links[campaign.id] = campaign.previous
        return campaign_problems(
            campaign.id, files or self._files.campaign_files(campaign, fresh=fresh), bloc, links,
            {c: f"campaigns/{c}/campaign.toml" for c in links})


    def save_registrations(self, regs: Registrations) -> list[Change]:
        """Save a campaign's registrations (refused, ``ValidationError``, when opening would
        refuse the file); the changes made, also recorded in the change log."""
        self._writable()
        campaign = self.campaign(regs.campaign)
        self._unlocked(campaign.id)
        display = f"campaigns/{campaign.id}/{REGISTRATIONS_FILE}"
        planned = self._files.plan(self.path / "campaigns" / campaign.id / REGISTRATIONS_FILE,
                                   display, dump_registrations(regs))
        _, problems = read_registrations(planned.source(), campaign.id,
                                         self._taking_part(campaign))
        if problems:
            raise ValidationError([evolve(p, line=None) for p in problems])
        changes = registration_changes(self.registrations.get(campaign.id), regs)
        with self._files.change() as log:
            log += changes
            self._files.write(planned)
        self.registrations[campaign.id] = regs
        return changes


    def _pins_members(self, campaign: Campaign) -> bool:
        """Whether the only change is recording who took part (the bloc's members so far,
        as adding a member does): allowed on a locked campaign, as nothing it shows moves."""
        old = self.campaigns[campaign.id]
        return old.members is None and evolve(campaign, members=None) == old \
            and campaign.members == tuple(m.id for m in self.bloc.members)


def _problem(display: str, message: Message) -> Problem:
    """A submission's problem as a file problem: a finding names its field, and its hint
    comes with it."""
    inner = message.values.get("message")
    if message.key == "finding.at" and isinstance(inner, Message):
        return Problem.keyed(display, None, str(message.values["path"]), inner.key,
                             **inner.values)
    return Problem.keyed(display, None, "", message.key, **message.values)
