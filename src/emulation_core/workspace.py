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

This module is the facade: opening, creating and reading. Reading the campaigns is in
:mod:`.loading`, changing the workspace in :mod:`.editing`, and the review, cross-scoring and
award actions in :mod:`.reviewing`, :mod:`.crossactions` and :mod:`.awardactions`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from attrs import evolve

from .atomic import WorkspaceLock, remove_stale_temp_files
from .awardactions import AwardActions
from .cachedir import cache_folder
from .checks import submission_findings
from .criteria import CriteriaTable
from .crossactions import CrossActions
from .crossscores import CrossScoring
from .documentcache import DocumentCache
from .editing import EditActions
from .errors import (
    EmulationError,
    Problem,
    UnsafePathError,
    ValidationError,
    WorkspaceNotFoundError,
)
from .faults import fault_at
from .fsguard import ensure_folder
from .loading import SCHEMA_VERSION, WORKSPACE_FILE, WorkspaceLoading
from .locking import CampaignLock
from .messages import Language, Message
from .model import Bloc, Campaign, Submission
from .plugins import PluginRegistry, default_registry
from .recording import RecordedFiles, finish_interrupted_change, interrupted_change
from .registration import Registrations
from .review import ReviewError
from .reviewing import ReviewActions
from .saving import bloc_problems
from .scoring import Scoreboard
from .serialize import check_schema, dump_bloc, read_bloc
from .tomlsource import TomlSource, format_path

if TYPE_CHECKING:
    from .actor import Actor
    from .trail import Clock

__all__ = ["Workspace"]


class Workspace(EditActions, WorkspaceLoading, ReviewActions, CrossActions, AwardActions):
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
        self._cross_read: dict[str, tuple[TomlSource, CrossScoring]] = {}
        self._documents = DocumentCache(path, None)  # files read after opening: parsed
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
        Files unchanged since an earlier open are not parsed again (see
        :mod:`~emulation_core.documentcache`); every check is made all the same.
        """
        root = Path(path)
        if writable:
            finish_interrupted_change(root)
        if not os.path.lexists(root / WORKSPACE_FILE):
            raise WorkspaceNotFoundError(root)
        documents = DocumentCache(root, cache_folder())
        source = documents.load(root / WORKSPACE_FILE, WORKSPACE_FILE)
        if isinstance(source, Problem):
            raise ValidationError([source])
        check_schema(source, SCHEMA_VERSION)
        bloc, problems = read_bloc(source)
        if bloc is None:
            raise ValidationError(problems)
        ws = cls(root, bloc, registry or default_registry())
        ws._files.remember(source)
        ws.warnings += filter(None, [interrupted_change(root)])
        ws._documents = documents
        problems += ws._load_campaigns()
        ws._documents = DocumentCache(root, None)
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
        documents.save()  # only a workspace without problems is cached
        if writable:
            from .actor import resolve_actor  # who writes: only for a writer

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
        from .change import Change  # a writer's: opening to read never imports these
        from .planned import plan

        root = Path(path)
        if (root / WORKSPACE_FILE).exists():
            raise EmulationError.keyed("workspace.exists", path=root)
        if root.exists() and any(root.iterdir()):
            raise EmulationError.keyed("workspace.not_empty", path=root)
        planned = plan(root / WORKSPACE_FILE, WORKSPACE_FILE, dump_bloc(bloc, SCHEMA_VERSION), None)
        problems = bloc_problems(planned, SCHEMA_VERSION)
        if problems:  # before the folder is made: a refused bloc leaves nothing behind
            raise ValidationError(problems)
        from .actor import resolve_actor

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

    def folder(self, name: str) -> Path:
        """The workspace's own folder ``name`` (``exports``, ``forms``), created when
        missing. A name that is not one folder's name, a symbolic link or a file in its
        place is refused (:class:`~emulation_core.UnsafePathError`): nothing is ever made
        outside the workspace. Creating an empty folder changes no data, so a read-only
        workspace makes it too."""
        if name in ("", ".", "..") or Path(name).name != name or os.sep in name \
                or (os.altsep is not None and os.altsep in name):
            raise UnsafePathError(Path(name), Message("unsafe.not_inside"),
                                  Message("unsafe.not_inside.hint"))
        folder = self.path / name
        ensure_folder(self.path, folder)
        return folder

    # -- reading ----------------------------------------------------------------------
    def campaign(self, campaign_id: str) -> Campaign:
        try:
            return self.campaigns[campaign_id]
        except KeyError:
            known = ", ".join(self.campaigns) or "none"
            raise EmulationError.keyed("workspace.no_campaign", campaign=repr(campaign_id),
                                       known=known) from None

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

    def check_submission(self, sub: Submission, lang: Language = "en") -> list[str]:
        """Problems with an edited submission, as sentences in ``lang``, before it is
        saved."""
        return [message.text(lang) for message in self.submission_messages(sub)]

    def submission_messages(self, sub: Submission) -> list[Message]:
        """Problems with an edited submission, as catalog messages (a plugin's own checks
        are said as the plugin words them)."""
        member = self.bloc.member(sub.member)
        if member is None:
            return [Message("workspace.not_member", {"member": repr(sub.member)})]
        table = self.table_for(sub.campaign, member.type)
        codes = {c.code: c for c in table.leaves()}
        precision = self.campaign(sub.campaign).precision
        messages = [Message("finding.at", {"path": format_path(path), "message": message})
                    for path, message in submission_findings(sub, table, codes, precision)]
        validate = self.registry.hook(member.type, "validate")
        if validate is not None:
            try:
                messages += [Message("workspace.plugin_says", {"text": text})
                             for text in validate(sub)]
            except Exception as exc:  # plugin hook: report, never crash
                messages.append(Message("workspace.plugin_check_failed", {
                    "type": repr(member.type), "error": f"{type(exc).__name__}: {exc}",
                    "at": fault_at(exc)}))
        return messages

    # -- internals --------------------------------------------------------------------
    def _writable(self) -> None:
        if self.read_only:
            raise EmulationError.keyed("workspace.read_only", path=self.path)

    def _unlocked(self, campaign_id: str) -> None:
        """Refuse (:class:`ReviewError`) any change to a locked campaign."""
        if campaign_id in self.locks and self.locks[campaign_id].locked:
            raise ReviewError("lock.refused", campaign=campaign_id)

    def _sub_path(self, sub: Submission) -> Path:
        return self.path / "campaigns" / sub.campaign / "submissions" / f"{sub.member}.toml"

    def _sub_display(self, sub: Submission) -> str:
        return f"campaigns/{sub.campaign}/submissions/{sub.member}.toml"

