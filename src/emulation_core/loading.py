"""Reading a workspace's campaigns from disk: their files, locks, submissions and
registrations, each checked as it is read, every problem collected with file and line.

Mixed into :class:`~emulation_core.Workspace`, whose :meth:`~emulation_core.Workspace.open`
calls :meth:`WorkspaceLoading._load_campaigns` once the bloc is read.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import Problem
from .fsguard import outside_reason
from .locking import CampaignLock, read_lock
from .messages import Message
from .registration import Registrations, read_registrations
from .serialize import BlocTypes, previous_link_problems, read_campaign, read_submission
from .serialize.targets import targets_problems
from .text import unsafe_id_key
from .tomlsource import TomlSource

if TYPE_CHECKING:
    from .criteria import CriteriaTable, Criterion
    from .documentcache import DocumentCache
    from .model import Bloc, Campaign, Submission
    from .plugins import PluginRegistry
    from .recording import RecordedFiles

__all__ = ["REGISTRATIONS_FILE", "SCHEMA_VERSION", "WORKSPACE_FILE", "WorkspaceLoading"]

SCHEMA_VERSION = 1
WORKSPACE_FILE = "workspace.toml"
REGISTRATIONS_FILE = "registrations.toml"


class WorkspaceLoading:
    """Mixed into :class:`~emulation_core.Workspace`."""

    if TYPE_CHECKING:
        path: Path
        bloc: Bloc
        registry: PluginRegistry
        campaigns: dict[str, Campaign]
        registrations: dict[str, Registrations]
        warnings: list[Problem]
        locks: dict[str, CampaignLock]
        _subs: dict[str, dict[str, Submission]]
        _files: RecordedFiles
        _documents: DocumentCache

        def table_for(self, campaign_id: str, type_key: str) -> CriteriaTable: ...
        def cross_problems(self, campaign_id: str) -> list[Problem]: ...
        def awards_problems(self, campaign_id: str) -> list[Problem]: ...

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
            reason = unsafe_id_key(campaign_dir.name)
            if reason:
                problems.append(Problem.keyed(rel, None, "", "plan.folder_name",
                                              reason=Message(reason)))
                continue
            sources = {}
            for name in ("campaign", "criteria", "targets", "lock"):
                path = campaign_dir / f"{name}.toml"
                if name in ("targets", "lock") and not os.path.lexists(path):
                    continue
                loaded = self._documents.load(path, f"{rel}/{name}.toml")
                if isinstance(loaded, Problem):
                    problems.append(loaded)
                else:
                    sources[name] = loaded
                    self._files.remember(loaded)
            if "campaign" in sources:
                metas[campaign_dir.name] = sources["campaign"]
            if "campaign" not in sources or "criteria" not in sources:
                if "targets" in sources:  # its own problems are said all the same
                    problems += targets_problems(sources["targets"], bloc_types)
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
        path = folder / REGISTRATIONS_FILE
        if not os.path.lexists(path):
            return []
        loaded = self._documents.load(path, f"{rel}/{REGISTRATIONS_FILE}")
        if isinstance(loaded, Problem):
            return [loaded]
        self._files.remember(loaded)
        regs, problems = read_registrations(loaded, campaign.id, self._taking_part(campaign))
        if regs is not None:
            self.registrations[campaign.id] = regs
        return problems

    def _taking_part(self, campaign: Campaign) -> frozenset[str]:
        return frozenset(m.id for m in self.bloc.members if campaign.takes_part(m.id))

    def _outside(self, folder: Path, display: str, problems: list[Problem]) -> bool:
        """Record a problem and return True when ``folder`` leads out of the workspace."""
        reason = outside_reason(self.path, folder)
        if reason:
            problems.append(Problem.keyed(display, None, "", "unsafe.outside_folder",
                                          **reason.values))
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
                problems.append(Problem.keyed(display, None, "", "workspace.file_not_member",
                                              member=repr(path.stem)))
                continue
            loaded = self._documents.load(path, display)
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

