"""The workspace's cross-scoring actions: assign scorers, enter, abstain, recuse, remove,
set how the cross-score counts; and what the cross-scores come to.

Each action is one recorded step: cross.toml and its change-log entries together. A
locked campaign refuses them all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from attrs import evolve, frozen

from .awarderrors import DeliberationError
from .crossscores import (
    CROSS_FILE,
    Aggregate,
    CrossEntry,
    CrossMode,
    CrossScoring,
    CrossSettings,
    Recusal,
    ScorerRemoval,
    dump_cross,
    read_cross,
)
from .errors import Problem, ValidationError
from .model import Submission
from .rules import JudgedRule
from .tomlsource import TomlSource, read_toml_text
from .unitnames import name_choices, named, unit_names
from .value_object import ValueObject

if TYPE_CHECKING:
    from pathlib import Path

    from .actor import Actor
    from .aggregation import CellAggregate
    from .change import Change
    from .criteria import CriteriaTable, Criterion
    from .crossflags import ScorerFlag
    from .documentcache import DocumentCache
    from .model import Bloc, Campaign
    from .recording import RecordedFiles

__all__ = ["CrossActions", "CrossResults", "JudgedGroup"]

JudgedGroup = tuple[str, "Criterion", tuple[str, ...]]
"""A judged criterion's code, the criterion, and the members scored on it."""


@frozen
class CrossResults(ValueObject):
    """Every judged criterion's aggregates (code → member → cell) and the scorer flags."""

    cross: CrossScoring
    cells: Mapping[str, Mapping[str, CellAggregate]]
    flags: tuple[ScorerFlag, ...]
    counted: Mapping[tuple[str, str], Decimal]  # (member, code) → points that count


def _now(now: dt.datetime | None) -> dt.datetime:
    return now or dt.datetime.now(dt.UTC).replace(microsecond=0)


class CrossActions:
    """Mixed into :class:`~emulation_core.Workspace`."""

    if TYPE_CHECKING:
        path: Path
        bloc: Bloc
        warnings: list[Problem]
        _files: RecordedFiles
        _cross_read: dict[str, tuple[TomlSource, CrossScoring]]
        _documents: DocumentCache

        @property
        def actor(self) -> Actor | None: ...
        def campaign(self, campaign_id: str) -> Campaign: ...
        def table_for(self, campaign_id: str, type_key: str) -> CriteriaTable: ...
        def submissions(self, campaign_id: str) -> Mapping[str, Submission]: ...
        def actor_text(self) -> str: ...
        def _writable(self) -> None: ...
        def _unlocked(self, campaign_id: str) -> None: ...

    # -- reading ----------------------------------------------------------------------
    def cross_scoring(self, campaign_id: str) -> CrossScoring:
        """The campaign's cross-scoring as on disk (empty when it has none). A file whose
        text is the one last read is not parsed and checked again."""
        self.campaign(campaign_id)
        path = self._cross_path(campaign_id)
        if not path.exists():
            return CrossScoring(campaign_id)
        display = self._cross_display(campaign_id)
        text = read_toml_text(path, display, self.path)
        if isinstance(text, Problem):
            raise ValidationError([text])
        kept = self._cross_read.get(campaign_id)
        if kept is None or kept[0].text != text:
            source = self._documents.parse(path, display, text)
            if isinstance(source, Problem):
                raise ValidationError([source])
            cross, problems = read_cross(source, campaign_id)
            if cross is None:
                raise ValidationError(problems)
            kept = self._cross_read[campaign_id] = (source, cross)
        self._files.remember(kept[0])
        return kept[1]

    def cross_problems(self, campaign_id: str) -> list[Problem]:
        """What is wrong in the campaign's cross.toml, as opening the workspace reports it:
        what its reader refuses. A scorer or member that does not take part (e.g. a unit
        removed from the bloc since) is a warning: its records stay."""
        try:
            cross = self.cross_scoring(campaign_id)
        except ValidationError as error:
            return list(error.problems)
        members = set(self._taking_part_ids(campaign_id))
        named = {*cross.assigned, *(m for ms in cross.assigned.values() for m in ms),
                 *(e.scorer for e in cross.entries), *(e.member for e in cross.entries),
                 *(r.scorer for r in cross.recusals), *(r.member for r in cross.recusals),
                 *(r.scorer for r in cross.removals)}
        self.warnings += [Problem.keyed(self._cross_display(campaign_id), None, "",
                                        "cross_scores.left_campaign", who=who,
                                        campaign=campaign_id)
                          for who in sorted(named - members)]
        return []

    def judged_criteria(self, campaign_id: str, member_id: str) -> dict[str, Criterion]:
        """The member's judged criteria in the campaign, by code: what is cross-scored."""
        member = self.bloc.member(member_id)
        if member is None:
            return {}
        table = self.table_for(campaign_id, member.type)
        return {c.code: c for c in table.leaves() if isinstance(c.rule, JudgedRule)}

    def judged_groups(self, campaign_id: str) -> list[JudgedGroup]:
        """Each judged criterion with the members scored on it, by code. Members whose
        tables put different criteria under one code (a per-type section) are separate
        groups: their scores are never pooled."""
        groups: list[tuple[str, Criterion, list[str]]] = []
        for member in self._taking_part_ids(campaign_id):
            for code, criterion in self.judged_criteria(campaign_id, member).items():
                group = next((g for g in groups if g[0] == code and g[1] == criterion), None)
                if group is None:
                    groups.append((code, criterion, [member]))
                else:
                    group[2].append(member)
        return sorted(((code, criterion, tuple(members)) for code, criterion, members
                       in groups), key=lambda group: group[0])

    def cross_results(self, campaign_id: str, *, counted_only: bool = False) -> CrossResults:
        """Each judged criterion aggregated by every method, flags, and what counts; with
        ``counted_only``, what counts alone (as scoring needs): only the campaign's method
        is worked out and no flags are raised."""
        campaign = self.campaign(campaign_id)
        cross = self.cross_scoring(campaign_id)
        if counted_only and cross.settings.mode is CrossMode.OFF:
            return CrossResults(cross, {}, (), {})  # none counts: the reviewed scores stand
        from .aggregation import aggregate, counted_points
        from .crossflags import scorer_flags

        methods = (cross.settings.method,) if counted_only else tuple(Aggregate)
        types = {m.id: m.type for m in self.bloc.members}
        cells: dict[str, dict[str, CellAggregate]] = {}
        flags: list[ScorerFlag] = []
        counted: dict[tuple[str, str], Decimal] = {}
        subs = self.submissions(campaign_id)
        for code, criterion, holders in self.judged_groups(campaign_id):
            maximum = criterion.max_points or Decimal(0)
            found = aggregate(cross, code, maximum, campaign.precision, holders, methods)
            cells.setdefault(code, {}).update(found)
            rule = criterion.rule
            step = rule.step if isinstance(rule, JudgedRule) else Decimal(0)
            if not counted_only:
                flags += scorer_flags(found, code, step, types)
            for member, cell in found.items():
                sub = subs.get(member)
                reviewed = sub.entry(code).reviewed_points if sub is not None else None
                points = counted_points(cell, cross, reviewed, campaign.precision)
                if points is not None:
                    counted[(member, code)] = points
        return CrossResults(cross, cells, tuple(flags), counted)

    def cross_counted_submissions(self, campaign_id: str) -> dict[str, Submission]:
        """The campaign's submissions with each cross-scored criterion's counted points in
        place of the reviewed ones (as the campaign's cross-scoring setting says)."""
        subs = dict(self.submissions(campaign_id))
        path = self._cross_path(campaign_id)
        if not path.exists():
            return subs
        counted = self.cross_results(campaign_id, counted_only=True).counted
        for (member, code), points in counted.items():
            sub = subs.get(member)
            if sub is None:
                continue
            entry = sub.entry(code)
            entry = evolve(entry, explained_points=None, verified_points=points,
                           reason=entry.reason or "chấm chéo / cross-scored")
            subs[member] = evolve(sub, entries={**sub.entries, code: entry})
        return subs

    # -- writing ----------------------------------------------------------------------
    def cross_assign(self, campaign_id: str, each: int | None = None) -> CrossScoring:
        """Assign scorers (every other member, or ``each`` per member, balanced); scores
        already entered stay on record."""
        from .change import Change

        cross = self._editable(campaign_id)
        from .crossassign import assign_scorers

        assigned = assign_scorers(self._taking_part_ids(campaign_id), each)
        new = evolve(cross, assigned=assigned)
        self._save_cross(new, [Change(
            "cross.assigned", campaign_id, field="scorers", old=_assigned_text(cross.assigned),
            new=_assigned_text(assigned))])
        return new

    def cross_set(self, campaign_id: str, scorer: str, member: str, code: str,
                  points: Decimal, *, now: dt.datetime | None = None) -> CrossScoring:
        """Enter a scorer's points for a member's judged criterion."""
        return self.cross_enter(campaign_id, [(scorer, member, code, points, "")], now=now)

    def cross_abstain(self, campaign_id: str, scorer: str, member: str, code: str,
                      reason: str, *, now: dt.datetime | None = None) -> CrossScoring:
        """Record that a scorer abstains on a member's criterion, with the reason."""
        return self.cross_enter(campaign_id, [(scorer, member, code, None, reason)], now=now)

    def cross_enter(self, campaign_id: str,
                    rows: Sequence[tuple[str, str, str, Decimal | None, str]], *,
                    now: dt.datetime | None = None, source: str = "",
                    where: Sequence[str] = ()) -> CrossScoring:
        """Enter several scores at once, in one recorded step: each row is (scorer,
        member, code, points, reason), points None for an abstention with its reason.
        Any row that cannot stand refuses them all: one row raises its
        :class:`DeliberationError`; several raise a ValidationError naming ``source`` and
        each refused row's place (``where[i]``, else ``row i``)."""
        from .change import Change

        cross = self._editable(campaign_id)
        stamp, by = _now(now), self.actor_text()
        entries, problems = [], []
        for number, row in enumerate(rows):
            try:
                entries.append(self._entry(campaign_id, cross, *row, stamp, by))
            except DeliberationError as error:
                if len(rows) == 1:
                    raise
                place = where[number] if number < len(where) else f"row {number + 1}"
                problems.append(Problem.keyed(source or self._cross_display(campaign_id),
                                              None, place, error.key, **error.values))
        if problems:
            raise ValidationError(problems)
        current = cross.current()
        changes = []
        for entry in entries:
            key = (entry.scorer, entry.member, entry.code)
            changes.append(Change(
                "cross.abstained" if entry.points is None else "cross.score", campaign_id,
                entry.member, entry.code, field=entry.scorer, old=_entry_text(current.get(key)),
                new=_entry_text(entry), reason=entry.abstain))
            current[key] = entry
        new = evolve(cross, entries=(*cross.entries, *entries))
        self._save_cross(new, changes)
        return new

    def cross_recuse(self, campaign_id: str, scorer: str, member: str, reason: str, *,
                     now: dt.datetime | None = None) -> CrossScoring:
        """The lead takes a scorer off a member (conflict of interest), with the reason."""
        from .change import Change

        actor = self.actor
        from .actor import Role

        if actor is None or actor.role is not Role.LEAD:
            raise DeliberationError("cross_scores.lead_only", actor=self.actor_text())
        if not reason.strip():
            raise DeliberationError("cross_scores.reason")
        cross = self._editable(campaign_id)
        self._pair(campaign_id, cross, scorer, member)
        recusal = Recusal(scorer, member, reason.strip(), _now(now), self.actor_text())
        new = evolve(cross, recusals=(*cross.recusals, recusal))
        self._save_cross(new, [Change("cross.recused", campaign_id, member, field=scorer,
                                      new="recused", reason=recusal.reason)])
        return new

    def cross_remove_scorer(self, campaign_id: str, scorer: str, reason: str, *,
                            now: dt.datetime | None = None) -> CrossScoring:
        """Take a scorer off the campaign; its scores stay on record, marked, not counted."""
        from .change import Change

        if not reason.strip():
            raise DeliberationError("cross_scores.reason")
        cross = self._editable(campaign_id)
        self._known(campaign_id, scorer)
        removal = ScorerRemoval(scorer, reason.strip(), _now(now), self.actor_text())
        new = evolve(cross, removals=(*cross.removals, removal))
        self._save_cross(new, [Change("cross.scorer_removed", campaign_id, field=scorer,
                                      new="removed", reason=removal.reason)])
        return new

    def cross_configure(self, campaign_id: str, method: Aggregate | None = None,
                        mode: CrossMode | None = None, weight: Decimal | None = None,
                        ) -> CrossScoring:
        """Set which aggregate counts and whether it replaces or is weighed with the
        reviewed score (``weight``: the cross-score's share, 0..1)."""
        from .change import Change

        cross = self._editable(campaign_id)
        if weight is not None and not 0 <= weight <= 1:
            raise DeliberationError("cross_scores.weight", weight=weight)
        old = cross.settings
        settings = CrossSettings(method or old.method, mode or old.mode,
                                 old.weight if weight is None else weight)
        new = evolve(cross, settings=settings)
        changes = [Change("cross.setting", campaign_id, field=name, old=str(before),
                          new=str(after))
                   for name, before, after in (("method", old.method, settings.method),
                                               ("mode", old.mode, settings.mode),
                                               ("weight", old.weight, settings.weight))
                   if before != after]
        self._save_cross(new, changes)
        return new

    # -- internals --------------------------------------------------------------------
    def _cross_path(self, campaign_id: str) -> Path:
        return self.path / "campaigns" / campaign_id / CROSS_FILE

    def _cross_display(self, campaign_id: str) -> str:
        return f"campaigns/{campaign_id}/{CROSS_FILE}"

    def _taking_part_ids(self, campaign_id: str) -> list[str]:
        campaign = self.campaign(campaign_id)
        return [m.id for m in self.bloc.members if campaign.takes_part(m.id)]

    def _editable(self, campaign_id: str) -> CrossScoring:
        self._writable()
        self._unlocked(campaign_id)
        return self.cross_scoring(campaign_id)

    def _known(self, campaign_id: str, who: str) -> None:
        members = self._taking_part_ids(campaign_id)
        if who not in members:
            raise DeliberationError("cross_scores.not_member", who=named(self.bloc, who),
                                    campaign=campaign_id,
                                    known=name_choices(unit_names(self.bloc), members))

    def _pair(self, campaign_id: str, cross: CrossScoring, scorer: str, member: str) -> None:
        self._known(campaign_id, scorer)
        self._known(campaign_id, member)
        if scorer == member:
            raise DeliberationError("cross_scores.self", scorer=named(self.bloc, scorer))
        if member not in cross.assigned.get(scorer, ()):
            raise DeliberationError("cross_scores.not_assigned", scorer=named(self.bloc, scorer),
                                    member=named(self.bloc, member))

    def _entry(self, campaign_id: str, cross: CrossScoring, scorer: str, member: str,
               code: str, points: Decimal | None, reason: str, at: dt.datetime,
               by: str) -> CrossEntry:
        """The entry, once it can stand: an assigned pair, a scorer not removed, a judged
        criterion of the member, points it allows (or an abstention's reason)."""
        self._pair(campaign_id, cross, scorer, member)
        if cross.is_removed(scorer):
            raise DeliberationError("cross_scores.removed", scorer=named(self.bloc, scorer))
        judged = self.judged_criteria(campaign_id, member)
        if code not in judged:
            raise DeliberationError("cross_scores.not_judged", code=code,
                                    member=named(self.bloc, member),
                                    codes=", ".join(judged) or "—")
        if points is None:
            if not reason.strip():
                raise DeliberationError("cross_scores.reason")
            return CrossEntry(scorer, member, code, None, at, by, reason.strip())
        criterion = judged[code]
        assert isinstance(criterion.rule, JudgedRule)
        problem = criterion.rule.check(points, criterion.max_points or Decimal(0))
        if problem is not None:
            raise DeliberationError("cross_scores.points", member=named(self.bloc, member),
                                    code=code,
                                    reason=problem)
        return CrossEntry(scorer, member, code, points, at, by)

    def _save_cross(self, cross: CrossScoring, changes: list[Change]) -> None:
        path = self._cross_path(cross.campaign)
        planned = self._files.plan(path, self._cross_display(cross.campaign),
                                   dump_cross(cross), fresh=True)
        _, problems = read_cross(planned.source(), cross.campaign)
        if problems:
            raise ValidationError(problems)
        with self._files.change() as log:
            log += changes
            self._files.write(planned)


def _entry_text(entry: CrossEntry | None) -> str | None:
    if entry is None:
        return None
    return "abstain" if entry.points is None else str(entry.points)


def _assigned_text(assigned: Mapping[str, tuple[str, ...]]) -> str | None:
    if not assigned:
        return None
    return "; ".join(f"{s}: {', '.join(m)}" for s, m in assigned.items())

