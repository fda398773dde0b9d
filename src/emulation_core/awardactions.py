"""The workspace's award actions: the rule set a campaign uses, proposals with reasons,
the council's overrides, the meeting and its ballots.

Each change is one recorded step: awards.toml and its change-log entries together. A
locked campaign refuses them all.

Opening a workspace reads awards.toml (:meth:`AwardActions.awards_problems`) but works out
nothing: the rule sets, the proposals and the ballot tallies are imported by the methods
that use them.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from attrs import evolve

from .awarderrors import DeliberationError
from .awardfile import (
    AWARDS_FILE,
    Ballot,
    Deliberation,
    Meeting,
    Override,
    dump_awards,
    read_awards,
)
from .errors import Problem, ValidationError
from .messages import Message
from .model import RatingBand
from .unitnames import name_choices, named, unit_names

if TYPE_CHECKING:
    from pathlib import Path

    from .awardrules import RuleSet
    from .ballots import Tally
    from .change import Change
    from .documentcache import DocumentCache
    from .model import Bloc, Campaign
    from .proposals import Proposals
    from .recording import RecordedFiles
    from .scoring import Scoreboard

__all__ = ["AwardActions"]


class AwardActions:
    """Mixed into :class:`~emulation_core.Workspace`."""

    if TYPE_CHECKING:
        path: Path
        bloc: Bloc
        campaigns: dict[str, Campaign]
        warnings: list[Problem]
        _files: RecordedFiles
        _documents: DocumentCache

        def campaign(self, campaign_id: str) -> Campaign: ...
        def scoreboard(self, campaign_id: str) -> Scoreboard: ...
        def actor_text(self) -> str: ...
        def _writable(self) -> None: ...
        def _unlocked(self, campaign_id: str) -> None: ...

    # -- reading ----------------------------------------------------------------------
    def deliberation(self, campaign_id: str) -> Deliberation:
        """The campaign's awards.toml as on disk (the defaults when it has none)."""
        self.campaign(campaign_id)
        path = self._awards_path(campaign_id)
        if not path.exists():
            return Deliberation(campaign_id)
        source = self._documents.load(path, self._awards_display(campaign_id))
        if isinstance(source, Problem):
            raise ValidationError([source])
        record, problems = read_awards(source, campaign_id)
        if record is None:
            raise ValidationError(problems)
        self._files.remember(source)
        return record

    def awards_problems(self, campaign_id: str) -> list[Problem]:
        """What is wrong in the campaign's awards.toml, as opening the workspace reports it:
        what its reader refuses. A unit named that does not take part (e.g. removed from the
        bloc since) is a warning: the records stay."""
        try:
            record = self.deliberation(campaign_id)
        except ValidationError as error:
            return list(error.problems)
        members = set(self._members_of(campaign_id))
        named = {*record.meeting.attended, *(o.member for o in record.overrides)}
        for ballot in record.ballots:
            named |= {ballot.candidate, *ballot.voters, *ballot.voted_for, *ballot.against,
                      *ballot.abstained}
        self.warnings += [Problem.keyed(self._awards_display(campaign_id), None, "",
                                        "award.left_campaign", who=who, campaign=campaign_id)
                          for who in sorted(named - members)]
        return []

    def rule_set(self, campaign_id: str) -> RuleSet:
        """The award rule set the campaign names (bundled, or the workspace's own)."""
        return self._rules(self.deliberation(campaign_id).rules)

    def _rules(self, key: str) -> RuleSet:
        """The award rule set ``key`` names (bundled, or the workspace's own)."""
        from .awardrules import load_rule_set

        return load_rule_set(key, self.path)

    def proposals(self, campaign_id: str) -> Proposals:
        """Every unit against every award, with the reasons (see :mod:`.proposals`)."""
        record = self.deliberation(campaign_id)
        rules = self._rules(record.rules)
        board = self.scoreboard(campaign_id)
        boards: dict[str, Scoreboard] = {campaign_id: board}

        def rating(other: str, member: str) -> RatingBand | None:
            if other not in boards:
                boards[other] = self.scoreboard(other)
            scores = boards[other].scores
            return scores[member].rating if member in scores else None

        from .proposals import propose, year_end_history

        history = year_end_history(self.campaigns, rating)
        return propose(rules, self.campaign(campaign_id), board.ranking, history,
                       record.overrides, record.leaders_total)

    def ballot_results(self, campaign_id: str,
                       ) -> tuple[list[Tally], dict[tuple[str, str], Message]]:
        """Every ballot tallied, and each candidate's outcome."""
        from .ballots import results

        record = self.deliberation(campaign_id)
        rules = self._rules(record.rules)
        quotas = self.proposals(campaign_id).quotas
        return results(record.ballots, len(self._members_of(campaign_id)), rules.ballot,
                       quotas)

    # -- writing ----------------------------------------------------------------------
    def use_award_rules(self, campaign_id: str, rules: str | None = None,
                        leaders_total: int | None = None) -> Deliberation:
        """Name the rule set the campaign uses, and how many bloc leaders a leaders' share
        is counted over."""
        from .change import Change

        record = self._editable_awards(campaign_id)
        new = record
        if rules is not None:
            self._rules(rules)  # refuses an unknown or broken one
            new = evolve(new, rules=rules)
        if leaders_total is not None:
            if leaders_total < 1:
                raise DeliberationError("award.leaders_total", value=leaders_total)
            new = evolve(new, leaders_total=leaders_total)
        changes = [Change("awards.setting", campaign_id, field=name, old=str(old),
                          new=str(value))
                   for name, old, value in (("rules", record.rules, new.rules),
                                            ("leaders_total", record.leaders_total,
                                             new.leaders_total)) if old != value]
        self._save_awards(new, changes)
        return new

    def override_proposal(self, campaign_id: str, member: str, award: str,
                          reason: str) -> Deliberation:
        """The council proposes ``member`` for ``award`` although the rules do not find it
        eligible; ``reason`` is required and the quota must have room."""
        from .change import Change

        record = self._editable_awards(campaign_id)
        if not reason.strip():
            raise DeliberationError("award.override_reason", member=named(self.bloc, member))
        self._member_in(campaign_id, member)
        rules = self._rules(record.rules)
        if award not in rules.awards:
            raise DeliberationError("award.unknown", award=award,
                                    known=", ".join(rules.awards))
        from .proposals import standing

        proposals = self.proposals(campaign_id)
        forced = [m for m, o in standing(record.overrides, award).items()
                  if not o.exclude and m != member]
        if len(forced) + 1 > proposals.quotas[award]:
            raise DeliberationError("award.quota_exceeded", award=award,
                                    quota=proposals.quotas[award])
        new = evolve(record, overrides=(*record.overrides,
                                        Override(member, award, reason.strip())))
        self._save_awards(new, [Change("awards.override", campaign_id, member, field=award,
                                       new="proposed", reason=reason.strip())])
        return new

    def exclude_proposal(self, campaign_id: str, member: str, award: str,
                         reason: str) -> Deliberation:
        """The council leaves ``member`` out of ``award`` although the rules find it eligible
        (or takes back its own earlier proposal); ``reason`` is required."""
        from .change import Change

        record = self._editable_awards(campaign_id)
        if not reason.strip():
            raise DeliberationError("award.exclude_reason", member=named(self.bloc, member))
        self._member_in(campaign_id, member)
        rules = self._rules(record.rules)
        if award not in rules.awards:
            raise DeliberationError("award.unknown", award=award,
                                    known=", ".join(rules.awards))
        new = evolve(record, overrides=(*record.overrides,
                                        Override(member, award, reason.strip(), exclude=True)))
        self._save_awards(new, [Change("awards.override", campaign_id, member, field=award,
                                       new="left out", reason=reason.strip())])
        return new

    def record_meeting(self, campaign_id: str, meeting: Meeting) -> Deliberation:
        """Record the deliberation meeting: time, place, chair, secretary, attendance."""
        from .change import Change

        record = self._editable_awards(campaign_id)
        for member in meeting.attended:
            self._member_in(campaign_id, member)
        new = evolve(record, meeting=meeting)
        self._save_awards(new, [Change("awards.meeting", campaign_id,
                                       old=_meeting_text(record.meeting),
                                       new=_meeting_text(meeting))])
        return new

    def record_ballot(self, campaign_id: str, ballot: Ballot, *,
                      now: dt.datetime | None = None) -> Tally:
        """Record one ballot on a proposed candidate (refused: a candidate not proposed,
        a voter not a member unit, a member counted twice); returns its tally."""
        from .ballots import check_ballot, results
        from .change import Change

        record = self._editable_awards(campaign_id)
        proposals = self.proposals(campaign_id)
        check_ballot(ballot, self._members_of(campaign_id), proposals.proposed(ballot.award),
                     unit_names(self.bloc))
        stamp = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
        ballot = evolve(ballot, at=stamp, by=self.actor_text())
        new = evolve(record, ballots=(*record.ballots, ballot))
        for_, against, abstain = ballot.counts()
        self._save_awards(new, [Change(
            "awards.ballot", campaign_id, ballot.candidate, field=ballot.award,
            new=f"{ballot.method.value}: for {for_}, against {against}, abstain {abstain}; "
                f"present {len(ballot.present)}, in writing {len(ballot.written)}")])
        rules = self._rules(record.rules)
        tallies, _ = results(new.ballots, len(self._members_of(campaign_id)), rules.ballot,
                             proposals.quotas)
        return tallies[-1]

    # -- internals --------------------------------------------------------------------
    def _awards_path(self, campaign_id: str) -> Path:
        return self.path / "campaigns" / campaign_id / AWARDS_FILE

    def _awards_display(self, campaign_id: str) -> str:
        return f"campaigns/{campaign_id}/{AWARDS_FILE}"

    def _members_of(self, campaign_id: str) -> list[str]:
        campaign = self.campaign(campaign_id)
        return [m.id for m in self.bloc.members if campaign.takes_part(m.id)]

    def _member_in(self, campaign_id: str, member: str) -> None:
        members = self._members_of(campaign_id)
        if member not in members:
            raise DeliberationError("cross_scores.not_member", who=named(self.bloc, member),
                                    campaign=campaign_id,
                                    known=name_choices(unit_names(self.bloc), members))

    def _editable_awards(self, campaign_id: str) -> Deliberation:
        self._writable()
        self._unlocked(campaign_id)
        return self.deliberation(campaign_id)

    def _save_awards(self, record: Deliberation, changes: list[Change]) -> None:
        planned = self._files.plan(self._awards_path(record.campaign),
                                   self._awards_display(record.campaign),
                                   dump_awards(record), fresh=True)
        _, problems = read_awards(planned.source(), record.campaign)
        if problems:
            raise ValidationError(problems)
        with self._files.change() as log:
            log += changes
            self._files.write(planned)


def _meeting_text(meeting: Meeting) -> str | None:
    if meeting == Meeting():
        return None
    when = meeting.at.isoformat() if meeting.at else ""
    return f"{when} {meeting.place}; chair {meeting.chair}; attended " \
           f"{', '.join(meeting.attended)}".strip()

