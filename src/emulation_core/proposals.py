"""Award proposals under a rule set: who is eligible, who is proposed, and why.

Awards are decided in the rule set's order of dependence (an award that ``needs`` or
``excludes`` another comes after it). For each award, the council's recorded inclusions
(an ineligible unit proposed with an override reason) take their places first; then the
eligible units in rank order fill what the quota leaves. A group of units sharing a rank
that does not fit whole into the last places is left out together, with that reason:
the council decides between them by vote. A quota is never exceeded.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from attrs import frozen

from .awarderrors import DeliberationError
from .awardfile import Override
from .messages import Message
from .model import Campaign, PeriodKind, RatingBand
from .ranking import RankedMember
from .value_object import ValueObject

if TYPE_CHECKING:
    from .awardrules import AwardRule, RuleSet

__all__ = ["Decision", "Proposals", "propose", "standing"]


def standing(overrides: Sequence[Override], award: str) -> dict[str, Override]:
    """The council's standing decision per unit on ``award``: the latest one."""
    return {o.member: o for o in overrides if o.award == award}


@frozen
class Decision(ValueObject):
    """One unit and one award: proposed or not, every reason, and the override if any."""

    member: str
    award: str
    rank: int
    eligible: bool
    proposed: bool
    reasons: tuple[Message, ...]
    override: str = ""


@frozen
class Proposals(ValueObject):
    """The proposal list of a campaign under ``rules``: each award's quota and decisions."""

    rules: RuleSet
    quotas: Mapping[str, int]
    decisions: tuple[Decision, ...]

    def proposed(self, award: str) -> tuple[str, ...]:
        return tuple(d.member for d in self.decisions if d.award == award and d.proposed)


History = Callable[[str, int], RatingBand | str | None]
"""A member's rating in the year-end campaign of a year: the band, None (no rating), or
the text "none" when the workspace has no such campaign."""


def _order(rules: RuleSet) -> list[AwardRule]:
    """Awards so that each comes after those it needs or excludes."""
    done: list[AwardRule] = []
    waiting = list(rules.awards.values())
    while waiting:
        ready = [a for a in waiting if all(d in {x.key for x in done} or d not in rules.awards
                                           for d in (*a.needs, *a.excludes))]
        if not ready:  # a cycle: keep the file's order for the rest
            ready = waiting[:1]
        for award in ready:
            waiting.remove(award)
            done.append(award)
    return done


def _band(campaign: Campaign, key: str | None) -> RatingBand | None:
    return next((b for b in campaign.bands if b.key == key), None)


def _conditions(rule: AwardRule, place: RankedMember, campaign: Campaign,
                history: History) -> list[Message]:
    """Why the unit does not meet the award's own standard (empty: it does)."""
    score = place.score
    member = score.member.id
    failed = []
    wanted = _band(campaign, rule.band)
    if wanted is not None and (score.rating is None or score.rating.minimum < wanted.minimum):
        failed.append(Message("award.band", {"band": wanted.label,
                                             "got": score.rating.label if score.rating
                                             else "—"}))
    if rule.min_score is not None and score.total < rule.min_score:
        failed.append(Message("award.min_score", {"min": rule.min_score,
                                                  "total": score.total}))
    if rule.max_deductions is not None and score.deductions > rule.max_deductions:
        failed.append(Message("award.deductions", {"max": rule.max_deductions,
                                                   "got": score.deductions}))
    if rule.leaders_only and place.rank != 1:
        failed.append(Message("award.leader", {"rank": place.rank}))
    for back in range(1, rule.excellent_years):
        year = campaign.year - back
        found = history(member, year)
        if found == "none":
            failed.append(Message("award.no_year", {"year": str(year)}))
            break
        if not isinstance(found, RatingBand) or found.key != "excellent":
            failed.append(Message("award.not_excellent", {"year": str(year)}))
            break
    return failed


def propose(rules: RuleSet, campaign: Campaign, ranking: Sequence[RankedMember],
            history: History, overrides: Sequence[Override] = (),
            leaders_total: int | None = None) -> Proposals:
    """Every unit of ``ranking`` against every award of ``rules``.

    ``history`` gives earlier years' ratings; ``leaders_total`` is how many units were voted
    bloc or cluster leaders over whom a ``share_of = "leaders"`` quota is counted (default:
    the units ranked first here).
    """
    from .awardrules import quota  # the rule sets are read only when awards are proposed

    members = len(ranking)
    leaders = leaders_total if leaders_total is not None \
        else sum(1 for p in ranking if p.rank == 1)
    quotas: dict[str, int] = {}
    decisions: list[Decision] = []
    standard: dict[str, set[str]] = {}  # award → units meeting its standard
    chosen: dict[str, set[str]] = {}
    for rule in _order(rules):
        base = leaders if rule.share_of == "leaders" else members
        if rule.count is not None and rule.count > base:
            raise DeliberationError("award.quota_too_large", award=rule.label,
                                    count=rule.count, base=base, rules=rules.id)
        limit = quota(rule.count, rule.share, base)
        quotas[rule.key] = limit
        failing: dict[str, list[Message]] = {}
        for place in ranking:
            member = place.score.member.id
            failed = _conditions(rule, place, campaign, history)
            for need in rule.needs:
                if need in standard and member not in standard[need]:
                    failed.append(Message("award.needs", {"award": rules.awards[need].label}))
            failing[member] = failed
        standard[rule.key] = {m for m, f in failing.items() if not f}
        taken: list[str] = []
        said: dict[str, list[Message]] = {m: list(f) for m, f in failing.items()}
        decided = standing(overrides, rule.key)
        forced = {m: o.reason for m, o in decided.items() if not o.exclude}
        barred = {m: o.reason for m, o in decided.items() if o.exclude}
        for member, reason in barred.items():
            if member in said:
                said[member].append(Message("award.council_excluded", {"reason": reason}))
        for member in forced:
            if len(taken) < limit:
                taken.append(member)
            elif member in said:
                said[member].append(Message("award.quota_full", {"quota": limit, "rank": 0}))
        open_places = [p for p in ranking if p.score.member.id not in forced
                       and p.score.member.id not in barred
                       and not failing[p.score.member.id]
                       and not any(p.score.member.id in chosen.get(x, ())
                                   for x in rule.excludes)]
        for place in ranking:
            member = place.score.member.id
            for other in rule.excludes:
                if member in chosen.get(other, ()):
                    said[member].append(Message("award.excluded",
                                                {"award": rules.awards[other].label}))
        index = 0
        while index < len(open_places):
            rank = open_places[index].rank
            group = [p for p in open_places[index:] if p.rank == rank]
            index += len(group)
            room = limit - len(taken)
            if len(group) <= room:
                taken += [p.score.member.id for p in group]
                continue
            for p in group:
                said[p.score.member.id].append(Message(
                    "award.quota_tie" if room > 0 else "award.quota_full",
                    {"quota": limit, "rank": rank}))
            if room > 0:
                break
        for place in open_places[index:]:
            said[place.score.member.id].append(Message("award.quota_full",
                                                       {"quota": limit, "rank": place.rank}))
        chosen[rule.key] = set(taken)
        for place in ranking:
            member = place.score.member.id
            proposed = member in chosen[rule.key]
            reasons = said[member]
            if proposed and member in forced:
                reasons = [*reasons, Message("award.override", {"reason": forced[member]})]
            elif proposed:
                reasons = [Message("award.meets", {"rank": place.rank})]
            decisions.append(Decision(member, rule.key, place.rank, not failing[member],
                                      proposed, tuple(dict.fromkeys(reasons)),
                                      forced.get(member, "")))
    return Proposals(rules, quotas, tuple(decisions))


def year_end_history(campaigns: Mapping[str, Campaign],
                     rating: Callable[[str, str], RatingBand | None]) -> History:
    """A :data:`History` reading the workspace's year-end campaigns (``rating(campaign,
    member)`` gives a member's band in a campaign)."""
    by_year = {c.year: c.id for c in sorted(campaigns.values(), key=lambda c: c.end)
               if c.period is PeriodKind.YEAR_END}

    def history(member: str, year: int) -> RatingBand | str | None:
        campaign = by_year.get(year)
        return "none" if campaign is None else rating(campaign, member)

    return history

