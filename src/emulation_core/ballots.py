"""Votes on award candidates: each ballot checked, and the tally under the rule set (the
ballot as recorded, :class:`~emulation_core.awardfile.Ballot`, is part of awards.toml).

A ballot is one vote on one candidate for one award: the member units present, those
absent who voted in writing, and the votes — named (show of hands: who voted for, against,
abstained) or counted only (secret ballot). A later ballot on the same candidate and award
is a further round; the latest round is the result, the earlier ones stay on record.

Quorum: more than ``quorum`` of all member units took part (present or in writing). A
candidate passes with votes for more than ``pass_share`` of the base (all member units, or
those who took part), or at least that share when the rule is not strict. When more
candidates pass than the award's quota, those with more votes for go first; a tie at the
last place is not decided here: it needs a further round (the published policy).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import TYPE_CHECKING

from attrs import frozen

from .awarderrors import DeliberationError
from .awardfile import Ballot, VoteMethod
from .messages import Message
from .unitnames import name_units
from .value_object import ValueObject

if TYPE_CHECKING:
    from .awardrules import BallotRule

__all__ = ["Tally", "check_ballot", "results", "tally"]


def check_ballot(ballot: Ballot, members: Sequence[str], proposed: Sequence[str],
                 names: Mapping[str, str] | None = None) -> None:
    """Refuse (DeliberationError) a ballot that cannot stand: a candidate not proposed for
    the award, a voter who is not a member unit, a member counted twice, more votes than
    voters. The refusal names units by ``names`` (id → name; :func:`.unitnames.unit_names`)."""
    names = names or {}
    if ballot.candidate not in proposed:
        raise DeliberationError("vote.not_proposed", candidate=name_units(names,
                                                                          [ballot.candidate]),
                                award=ballot.award, proposed=name_units(names, proposed) or "—")
    known = set(members)
    named = (*ballot.voters, *ballot.voted_for, *ballot.against, *ballot.abstained)
    strangers = sorted({m for m in named if m not in known})
    if strangers:
        raise DeliberationError("vote.not_member", who=name_units(names, strangers))
    twice = sorted({m for m in ballot.voters if ballot.voters.count(m) > 1})
    votes = (*ballot.voted_for, *ballot.against, *ballot.abstained)
    twice += sorted({m for m in votes if votes.count(m) > 1} - set(twice))
    if twice:
        raise DeliberationError("vote.twice", who=name_units(names, twice))
    if ballot.method is VoteMethod.HANDS:
        absent = sorted(set(votes) - set(ballot.voters))
        if absent:
            raise DeliberationError("vote.not_present", who=name_units(names, absent))
    counts = ballot.counts()
    if min(counts) < 0 or sum(counts) > len(ballot.voters):
        raise DeliberationError("vote.too_many", votes=sum(counts),
                                voters=len(ballot.voters))


@frozen
class Tally(ValueObject):
    """A ballot counted: quorum, votes, the votes needed, and whether it passes."""

    ballot: Ballot
    round: int
    members: int
    quorum_met: bool
    votes_for: int
    votes_against: int
    abstentions: int
    needed: int
    passed: bool
    why: Message


def _needed(rule: BallotRule, base: int) -> int:
    """The fewest votes for that pass: more than share × base (strict), or at least it."""
    bar = Fraction(rule.pass_share) * base
    whole = int(bar)  # bar ≥ 0: int() rounds down
    if rule.strict:
        return whole + 1
    return whole if whole == bar else whole + 1


def tally(ballot: Ballot, round_number: int, members: int, rule: BallotRule) -> Tally:
    """Count one ballot of a bloc of ``members`` units under ``rule``."""
    voters = len(ballot.voters)
    quorum_met = Fraction(voters) > Fraction(rule.quorum) * members
    votes_for, against, abstentions = ballot.counts()
    base = members if rule.base == "members" else voters
    needed = _needed(rule, base)
    passed = quorum_met and votes_for >= needed
    if not quorum_met:
        why = Message("vote.no_quorum", {"voters": voters, "members": members})
    elif passed:
        why = Message("vote.passed", {"votes": votes_for, "needed": needed})
    else:
        why = Message("vote.failed", {"votes": votes_for, "needed": needed})
    return Tally(ballot, round_number, members, quorum_met, votes_for, against, abstentions,
                 needed, passed, why)


def results(ballots: Sequence[Ballot], members: int, rule: BallotRule,
            quotas: Mapping[str, int]) -> tuple[list[Tally], dict[tuple[str, str], Message]]:
    """Every ballot tallied (rounds numbered per candidate and award), and the outcome of
    each candidate's latest round: elected within the quota, or why not."""
    tallies: list[Tally] = []
    rounds: dict[tuple[str, str], int] = {}
    latest: dict[tuple[str, str], Tally] = {}
    for ballot in ballots:
        key = (ballot.award, ballot.candidate)
        rounds[key] = rounds.get(key, 0) + 1
        counted = tally(ballot, rounds[key], members, rule)
        tallies.append(counted)
        latest[key] = counted
    outcome: dict[tuple[str, str], Message] = {}
    for award in sorted({a for a, _ in latest}):
        passed = sorted((t for (a, _), t in latest.items() if a == award and t.passed),
                        key=lambda t: -t.votes_for)
        limit = quotas.get(award, len(passed))
        for (a, candidate), counted in latest.items():
            if a == award and not counted.passed:
                outcome[(a, candidate)] = counted.why
        if len(passed) <= limit:
            for counted in passed:
                outcome[(award, counted.ballot.candidate)] = Message("vote.elected", {})
            continue
        last = passed[limit - 1].votes_for if limit > 0 else None
        for counted in passed:
            candidate = counted.ballot.candidate
            if last is None or counted.votes_for < last:
                outcome[(award, candidate)] = Message("vote.over_quota", {"quota": limit})
            elif counted.votes_for > last or sum(
                    1 for t in passed if t.votes_for >= last) <= limit:
                outcome[(award, candidate)] = Message("vote.elected", {})
            else:
                outcome[(award, candidate)] = Message("vote.tie", {"votes": last,
                                                                  "quota": limit})
    return tallies, outcome
