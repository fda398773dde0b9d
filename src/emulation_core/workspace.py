"""A workspace on disk: a folder of TOML files for one bloc and its campaigns.

Layout::

    workspace.toml                      schema version, bloc, members, lead/deputy per year
    campaigns/<id>/campaign.toml        title, period, dates, bands, tie-break, precision
    campaigns/<id>/criteria.toml        indicators and the criteria table
    campaigns/<id>/targets.toml         registered targets per member (optional)
    campaigns/<id>/submissions/<member>.toml
    campaigns/<id>/lock.toml            the campaign's lock (optional; see :mod:`.locking`)

Everything is validated at once on open; every problem is reported with file and line.
Saves are atomic and skip files whose content did not change; a file changed on disk
by someone else since it was read is never overwritten.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import TracebackType

from attrs import evolve

from .actor import Actor, resolve_actor
from .atomic import WorkspaceLock, remove_stale_temp_files
from .audit import Change
from .awardactions import AwardActions
from .changes import bloc_changes, campaign_changes, submission_changes
from .checks import submission_findings
from .criteria import CriteriaTable, Criterion
from .crossactions import CrossActions
from .errors import (
    EmulationError,
    Problem,
    ValidationError,
    WorkspaceNotFoundError,
)
from .fsguard import outside_reason
from .locking import CampaignLock, read_lock
from .messages import render
from .model import Bloc, Campaign, Status, Submission
from .plugins import PluginRegistry, default_registry
from .recording import RecordedFiles, finish_interrupted_change, interrupted_change
from .registration import (
    Registrations,
    dump_registrations,
    read_registrations,
    registration_changes,
)
from .review import ReviewError, reopened, with_step
from .reviewing import ReviewActions, Saved
from .saving import Planned, bloc_problems, campaign_problems, plan, submission_problems
from .scoring import Scoreboard
from .serialize import (
    BlocTypes,
    check_schema,
    dump_bloc,
    dump_submission,
    previous_link_problems,
    read_bloc,
    read_campaign,
    read_submission,
)
from .text import unsafe_id_reason
from .tomlsource import TomlSource, format_path, load_toml
from .trail import Clock

__all__ = ["SCHEMA_VERSION", "Workspace"]

SCHEMA_VERSION = 1
_FILE = "workspace.toml"
_REGISTRATIONS = "registrations.toml"


class Workspace(ReviewActions, CrossActions, AwardActions):
    """An open workspace. Use :meth:`open` or :meth:`create`; close it (or use ``with``)."""

    def __init__(self, path: Path, bloc: Bloc, registry: PluginRegistry) -> None:
        self.path = path
        self.bloc = bloc
        self.registry = registry
        self.campaigns: dict[str, Campaign] = {}
        self.registrations: dict[str, Registrations] = {}
        self.warnings: list[Problem] = []
        self.locks: dict[str, CampaignLock] = {}
        self._subs: dict[str, dict[str, Submission]] = {}
        self._tables: dict[str, dict[str, CriteriaTable]] = {}
        self._files = RecordedFiles(path)
        self._lock = WorkspaceLock(path)

    # -- opening ----------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path, *, writable: bool = False,
             registry: PluginRegistry | None = None, actor: Actor | None = None,
             clock: Clock | None = None) -> Workspace:
        """Load and validate the workspace at ``path``.

        With ``writable=True`` the workspace is locked against other writers
        (:class:`~emulation_core.WorkspaceLockedError` if another process holds it), a
        change a crash interrupted is finished or undone, and files changed outside the
        program are recorded in the change log; changes are recorded as ``actor`` (default:
        :func:`~emulation_core.resolve_actor`), dated by ``clock`` (default: now).
        Raises :class:`~emulation_core.ValidationError` listing every problem found.
        """
        root = Path(path)
        if writable:
            finish_interrupted_change(root)
        if not os.path.lexists(root / _FILE):
            raise WorkspaceNotFoundError(root)
        source = load_toml(root / _FILE, _FILE, root)
        if isinstance(source, Problem):
            raise ValidationError([source])
        check_schema(source, SCHEMA_VERSION)
        bloc, problems = read_bloc(source)
        if bloc is None:
            raise ValidationError(problems)
        ws = cls(root, bloc, registry or default_registry())
        ws._files.remember(source)
        ws.warnings += filter(None, [interrupted_change(root)])
        problems += ws._load_campaigns()
        missing: dict[str, list[int]] = {}
        for index, member in enumerate(bloc.members):
            if member.type not in ws.registry.types:
                missing.setdefault(member.type, []).append(index)
        for type_key, indexes in missing.items():
            names = ", ".join(bloc.members[i].id for i in indexes)
            ws.warnings.append(source.keyed_problem(
                ("members", indexes[0], "type"), "workspace.type_missing",
                reason=ws.registry.missing_reason(type_key), members=names))
        if problems:
            raise ValidationError(problems)
        if writable:
            ws._lock.acquire()
            try:
                remove_stale_temp_files(root)
                ws._files.start(actor or resolve_actor(), clock)
            except BaseException:
                ws.close()
                raise
        return ws

    @classmethod
    def create(cls, path: str | Path, bloc: Bloc, registry: PluginRegistry | None = None,
               actor: Actor | None = None, clock: Clock | None = None) -> Workspace:
        """Write a new workspace holding ``bloc`` at ``path`` (an empty or new folder); its
        change log starts with a ``bloc.created`` entry by ``actor`` (entries dated by
        ``clock``, default: now)."""
        root = Path(path)
        if (root / _FILE).exists():
            raise EmulationError(f"{root}: a workspace already exists here")
        if root.exists() and any(root.iterdir()):
            raise EmulationError(f"{root}: folder is not empty; choose a new or empty folder")
        planned = plan(root / _FILE, _FILE, dump_bloc(bloc, SCHEMA_VERSION), None)
        problems = bloc_problems(planned, SCHEMA_VERSION)
        if problems:  # before the folder is made: a refused bloc leaves nothing behind
            raise ValidationError(problems)
        root.mkdir(parents=True, exist_ok=True)
        ws = cls(root, bloc, registry or default_registry())
        ws._lock.acquire()
        ws._files.start(actor or resolve_actor(), clock)
        with ws._files.change() as log:
            log.append(Change("bloc.created", new=bloc.name))
            ws._files.write(planned)
        (root / "campaigns").mkdir(exist_ok=True)
        return ws

    def close(self) -> None:
        """Release the writer lock, if held."""
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    @property
    def read_only(self) -> bool:
        return not self._lock.held

    @property
    def actor(self) -> Actor | None:
        """Who changes are recorded as; None when the workspace is read-only."""
        return self._files.trail.actor if self._files.trail else None

    def act_as(self, actor: Actor) -> None:
        """Record every change from now on as ``actor`` (the person at the keyboard changed
        who they are). Raises for a read-only workspace."""
        self._writable()
        assert self._files.trail is not None
        self._files.trail.actor = actor

    # -- reading ----------------------------------------------------------------------
    def campaign(self, campaign_id: str) -> Campaign:
        try:
            return self.campaigns[campaign_id]
        except KeyError:
            known = ", ".join(self.campaigns) or "none"
            raise EmulationError(f"no campaign {campaign_id!r} (campaigns: {known})") from None

    def latest_campaign(self) -> Campaign | None:
        """The campaign with the latest end date, the usual one to work on."""
        return max(self.campaigns.values(), key=lambda c: (c.end, c.id), default=None)

    def table_for(self, campaign_id: str, type_key: str) -> CriteriaTable:
        """The criteria a member of ``type_key`` is scored on in the campaign."""
        tables = self._tables.setdefault(campaign_id, {})
        if type_key not in tables:
            plugin = self.registry.get(type_key)
            tables[type_key] = self.campaign(campaign_id).table.for_type(
                type_key, plugin.section if plugin else None,
                plugin.indicator_map if plugin else None)
        return tables[type_key]

    def submissions(self, campaign_id: str) -> Mapping[str, Submission]:
        self.campaign(campaign_id)
        return self._subs.get(campaign_id, {})

    def scoreboard(self, campaign_id: str) -> Scoreboard:
        """Score and rank the campaign; the board re-scores as submissions change."""
        campaign = self.campaign(campaign_id)
        bloc = evolve(self.bloc, members=tuple(
            m for m in self.bloc.members if campaign.takes_part(m.id)))
        types = {m.type for m in bloc.members}
        derivers = {t: d for t in types if (d := self.registry.hook(t, "derive"))}
        return Scoreboard(bloc, campaign,
                          {t: self.table_for(campaign_id, t) for t in types},
                          self.cross_counted_submissions(campaign_id), derivers)

    def check_submission(self, sub: Submission) -> list[str]:
        """Problems with an edited submission, as sentences, before it is saved."""
        member = self.bloc.member(sub.member)
        if member is None:
            return [f"{sub.member!r} is not a member of the bloc"]
        table = self.table_for(sub.campaign, member.type)
        codes = {c.code: c for c in table.leaves()}
        messages = [f"{format_path(path)}: {message}" for path, message, _ in
                    submission_findings(sub, table, codes, self.campaign(sub.campaign).precision)]
        validate = self.registry.hook(member.type, "validate")
        if validate is not None:
            try:
                messages.extend(validate(sub))
            except Exception as exc:  # plugin hook: report, never crash
                messages.append(f"plugin {member.type!r} failed to check this submission "
                                f"({type(exc).__name__}: {exc})")
        return messages

    # -- writing ----------------------------------------------------------------------
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
        self._writable()
        self._unlocked(sub.campaign)
        messages = self.check_submission(sub)
        if messages:
            raise ValidationError([Problem(self._sub_display(sub), None, "", m)
                                   for m in messages])
        previous = self._subs.get(sub.campaign, {}).get(sub.member)
        if previous == sub:
            return Saved(sub)
        if previous is not None and previous.status is Status.LOCKED and not campaign_lock:
            raise ReviewError("lock.refused", campaign=sub.campaign)
        stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
        warnings: tuple[str, ...] = ()
        if reopened(previous, sub):
            sub = evolve(sub, status=Status.SUBMITTED)
            warnings = (render("review.reopened", "en", member=sub.member),)
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
        self._writable()
        planned = self._files.plan(self.path / _FILE, _FILE, dump_bloc(bloc, SCHEMA_VERSION))
        problems = bloc_problems(planned, SCHEMA_VERSION)
        kept = {m.id for m in bloc.members}
        for member in bloc.members:
            old = self.bloc.member(member.id)
            if old is not None and old.type != member.type and self._has_submissions(member.id):
                problems.append(Problem(_FILE, None, "members", (
                    f"{member.id!r} has submissions scored as type {old.type!r}; its type "
                    "cannot change")))
        for member in self.bloc.members:
            if member.id not in kept and self._has_data(member.id):
                problems.append(Problem(_FILE, None, "members", (
                    f"{member.id!r} has submissions or targets; remove it with "
                    "remove_member")))
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
            raise EmulationError(f"no member {member_id!r} in the bloc")
        years = [str(t.year) for t in self.bloc.leadership if member_id in (t.lead, t.deputy)]
        if years:
            raise EmulationError(f"{member_id!r} is lead or deputy in {', '.join(years)}; "
                                 "choose someone else for those years first")
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

    def save_campaign(self, campaign: Campaign) -> None:
        """Save a campaign's settings, criteria table and targets.

        Refused (``ValidationError``, nothing written) when opening would refuse any of the
        three files as they would be written, or a saved submission read against the new
        table and precision, with the same messages.
        """
        self._writable()
        if campaign.id in self.campaigns and not self._pins_members(campaign):
            self._unlocked(campaign.id)
        reason = unsafe_id_reason(campaign.id)
        if reason:
            raise ValidationError([Problem("campaigns", None, "id",
                                           f"{campaign.id!r} {reason}")])
        files = self._files.campaign_files(campaign)
        bloc = self._bloc_types(self.bloc)
        problems = self._campaign_problems(campaign, bloc, files) + submission_problems(
            campaign, self._subs.get(campaign.id, {}), bloc)
        if problems:
            raise ValidationError(problems)
        with self._files.change() as log:
            log += campaign_changes(self.campaigns.get(campaign.id), campaign)
            for planned in files.values():
                self._files.write(planned)
        self.campaigns[campaign.id] = campaign
        self._tables.pop(campaign.id, None)

    def _campaign_problems(self, campaign: Campaign, bloc: BlocTypes,
                           files: dict[str, Planned] | None = None, *,
                           fresh: bool = False) -> list[Problem]:
        """What opening would refuse in the campaign's files, with ``bloc``."""
        links = {c.id: c.previous for c in self.campaigns.values()}
        links[campaign.id] = campaign.previous
        return campaign_problems(
            campaign.id, files or self._files.campaign_files(campaign, fresh=fresh), bloc, links,
            {c: f"campaigns/{c}/campaign.toml" for c in links})

    # -- internals --------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise EmulationError(f"{self.path}: workspace is open read-only; changes are not "
                                 "saved (another program may hold it)")

    def _pins_members(self, campaign: Campaign) -> bool:
        """Whether the only change is recording who took part (the bloc's members so far,
        as adding a member does): allowed on a locked campaign, as nothing it shows moves."""
        old = self.campaigns[campaign.id]
        return old.members is None and evolve(campaign, members=None) == old \
            and campaign.members == tuple(m.id for m in self.bloc.members)

    def _unlocked(self, campaign_id: str) -> None:
        """Refuse (:class:`ReviewError`) any change to a locked campaign."""
        if campaign_id in self.locks and self.locks[campaign_id].locked:
            raise ReviewError("lock.refused", campaign=campaign_id)

    def _sub_path(self, sub: Submission) -> Path:
        return self.path / "campaigns" / sub.campaign / "submissions" / f"{sub.member}.toml"

    def _sub_display(self, sub: Submission) -> str:
        return f"campaigns/{sub.campaign}/submissions/{sub.member}.toml"

    def _load_campaigns(self) -> list[Problem]:
        problems: list[Problem] = []
        folder = self.path / "campaigns"
        if not folder.is_dir() or self._outside(folder, "campaigns", problems):
            return problems
        bloc_types = self._bloc_types(self.bloc)
        metas: dict[str, TomlSource] = {}
        for campaign_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
            rel = f"campaigns/{campaign_dir.name}"
            if self._outside(campaign_dir, rel, problems):
                continue
            reason = unsafe_id_reason(campaign_dir.name)
            if reason:
                problems.append(Problem(rel, None, "", f"campaign folder name {reason}",
                                        "rename the folder"))
                continue
            sources = {}
            for name in ("campaign", "criteria", "targets", "lock"):
                path = campaign_dir / f"{name}.toml"
                if name in ("targets", "lock") and not os.path.lexists(path):
                    continue
                loaded = load_toml(path, f"{rel}/{name}.toml", self.path)
                if isinstance(loaded, Problem):
                    problems.append(loaded)
                else:
                    sources[name] = loaded
                    self._files.remember(loaded)
            if "campaign" in sources:
                metas[campaign_dir.name] = sources["campaign"]
            if "campaign" not in sources or "criteria" not in sources:
                continue
            campaign, found = read_campaign(campaign_dir.name, sources["campaign"],
                                            sources["criteria"], sources.get("targets"),
                                            bloc_types)
            problems += found
            if campaign is None:
                continue
            self.campaigns[campaign.id] = campaign
            if "lock" in sources:
                lock, found = read_lock(sources["lock"])
                problems += found
                if lock is not None:
                    self.locks[campaign.id] = lock
            self._check_types(campaign, sources["criteria"])
            problems += self._load_submissions(campaign, campaign_dir / "submissions", rel)
            problems += self._load_registrations(campaign, campaign_dir, rel)
            problems += self.cross_problems(campaign.id) + self.awards_problems(campaign.id)
        links = {c.id: c.previous for c in self.campaigns.values()}
        for campaign_id, why in previous_link_problems(links, metas).items():
            problems.append(metas[campaign_id].keyed_problem(("previous",), why.key,
                                                             **why.values))
        return problems

    def _load_registrations(self, campaign: Campaign, folder: Path, rel: str,
                            ) -> list[Problem]:
        path = folder / _REGISTRATIONS
        if not os.path.lexists(path):
            return []
        loaded = load_toml(path, f"{rel}/{_REGISTRATIONS}", self.path)
        if isinstance(loaded, Problem):
            return [loaded]
        self._files.remember(loaded)
        regs, problems = read_registrations(loaded, campaign.id, self._taking_part(campaign))
        if regs is not None:
            self.registrations[campaign.id] = regs
        return problems

    def _taking_part(self, campaign: Campaign) -> frozenset[str]:
        return frozenset(m.id for m in self.bloc.members if campaign.takes_part(m.id))

    def save_registrations(self, regs: Registrations) -> list[Change]:
        """Save a campaign's registrations (refused, ``ValidationError``, when opening would
        refuse the file); the changes made, also recorded in the change log."""
        self._writable()
        campaign = self.campaign(regs.campaign)
        self._unlocked(campaign.id)
        display = f"campaigns/{campaign.id}/{_REGISTRATIONS}"
        planned = self._files.plan(self.path / "campaigns" / campaign.id / _REGISTRATIONS,
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

    def _outside(self, folder: Path, display: str, problems: list[Problem]) -> bool:
        """Record a problem and return True when ``folder`` leads out of the workspace."""
        reason = outside_reason(self.path, folder)
        if reason:
            problems.append(Problem(display, None, "", reason,
                                    "keep the workspace's folders inside it, not as links"))
        return reason is not None

    def _bloc_types(self, bloc: Bloc) -> BlocTypes:
        """What the campaigns' targets are checked against, for ``bloc``."""
        return BlocTypes({m.id: m.type for m in bloc.members},
                         {k: (t.section, t.indicator_map) for k, t in self.registry.types.items()})

    def _check_types(self, campaign: Campaign, criteria: TomlSource) -> None:
        """Warn when per-type sections do not fill their slot (totals not comparable)."""
        for slot in campaign.table.per_type_slots():
            if slot.max_points is None:
                continue
            for type_key in sorted({m.type for m in self.bloc.members}):
                plugin = self.registry.get(type_key)
                if plugin is not None and plugin.section.nominal != slot.max_points:
                    self.warnings.append(Problem(
                        criteria.display, None, f"section {slot.code}",
                        f"type {type_key!r} brings criteria worth {plugin.section.nominal}, "
                        f"the slot expects {slot.max_points}: totals are not comparable",
                        "set the slot's max_points to match, or update the plugin"))

    def _load_submissions(self, campaign: Campaign, folder: Path, rel: str) -> list[Problem]:
        problems: list[Problem] = []
        subs: dict[str, Submission] = {}
        self._subs[campaign.id] = subs
        if not folder.is_dir() or self._outside(folder, f"{rel}/submissions", problems):
            return problems
        members = {m.id: m for m in self.bloc.members}
        codes: dict[str, dict[str, Criterion]] = {}
        for path in sorted(folder.glob("*.toml")):
            display = f"{rel}/submissions/{path.name}"
            member = members.get(path.stem)
            if member is None:
                problems.append(Problem(display, None, "", f"{path.stem!r} is not a member",
                                        "name the file after a member id in workspace.toml"))
                continue
            loaded = load_toml(path, display, self.path)
            if isinstance(loaded, Problem):
                problems.append(loaded)
                continue
            self._files.remember(loaded)
            table = self.table_for(campaign.id, member.type)
            if member.type not in codes:
                codes[member.type] = {c.code: c for c in table.leaves()}
            sub, found = read_submission(loaded, member.id, campaign.id, table,
                                         codes[member.type], campaign.precision,
                                         type_known=member.type in self.registry.types)
            problems += found
            if sub is not None:
                subs[member.id] = sub
        return problems

