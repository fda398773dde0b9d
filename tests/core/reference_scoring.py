"""The scoring engine as it was before the incremental and integer work, kept as an oracle.

A plain, non-incremental transcription of the previous ``Scoreboard``: every member scored
from scratch with the rules' compiled functions, Fractions for the bonus and deduction
parts, every sum taken over every criterion, bands sorted on each look-up. The differential
properties in ``test_engine_differential.py`` check the live engine against it.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from emulation_core import (
    AdjustmentRule,
    Bloc,
    Campaign,
    CriteriaTable,
    MemberScore,
    RankBy,
    RankedMember,
    SectionScore,
    Status,
    Submission,
    rank,
)
from emulation_core.blocstats import BlocStats, BlocTracker, Report
from emulation_core.exact import round_half_away
from emulation_core.lateness import days_late
from emulation_core.numbers import ZERO, quantize
from emulation_core.plan import Plan

_IN_BLOC = (Status.SUBMITTED, Status.VERIFIED, Status.LOCKED)
_NOTHING: Mapping[str, Decimal] = {}


def reference_scores(bloc: Bloc, campaign: Campaign, tables: Mapping[str, CriteriaTable],
                     subs: Mapping[str, Submission]) -> dict[str, MemberScore]:
    """Every member's score, computed the previous engine's way."""
    plans = {t: Plan(table, t, campaign.precision, campaign.tie_break)
             for t, table in tables.items()}
    values = {m.id: subs[m.id].counted_values if m.id in subs else _NOTHING
              for m in bloc.members}
    skipped = {m.id: campaign.skipped_criteria(m.id, tables[m.type]) for m in bloc.members}
    stats: dict[object, BlocStats] = {}
    for key in {k for p in plans.values() for k in p.bloc_keys if k is not None}:
        criterion = key[1]
        rule = criterion.rule
        tracker = BlocTracker(rule.bloc_indicators)  # type: ignore[union-attr]
        reports: dict[str, Report] = {}
        for member in bloc.members:
            sub = subs.get(member.id)
            if key not in plans[member.type].bloc_keys or sub is None \
                    or sub.status not in _IN_BLOC or criterion.code in skipped[member.id]:
                continue
            targets = campaign.targets_for(member.id)
            reports[member.id] = tuple(
                (values[member.id].get(k, ZERO), targets.get(k) or None)
                for k in tracker.indicators)
        tracker.load(reports)
        stats[key] = tracker.stats
    return {m.id: _member(m.id, m.type, bloc, campaign, plans[m.type], subs, values[m.id],
                          skipped[m.id], stats) for m in bloc.members}


def _member(member_id: str, type_key: str, bloc: Bloc, campaign: Campaign, plan: Plan,
            subs: Mapping[str, Submission], values: Mapping[str, Decimal],
            skipped: frozenset[str], stats: Mapping[object, BlocStats]) -> MemberScore:
    member = next(m for m in bloc.members if m.id == member_id)
    sub = subs.get(member_id)
    targets = campaign.targets_for(member_id)
    counts = sub is not None and sub.status is not Status.MISSING
    points: list[Decimal] = []
    claimed: list[Decimal] = []
    for i, criterion in enumerate(plan.leaves):
        if not counts or criterion.code in skipped:
            points.append(ZERO)
            claimed.append(ZERO)
            continue
        assert sub is not None
        scorer, key = plan.scorers[i], plan.bloc_keys[i]
        computed = None if scorer is None else scorer(
            values, targets, BlocStats() if key is None else stats[key])
        entry = sub.entries.get(criterion.code)
        if entry is None:
            points.append(ZERO if computed is None else computed)
            claimed.append(points[-1])
            continue
        own, verified = entry.self_points, entry.reviewed_points
        points.append(verified if verified is not None else computed if computed is not None
                      else own if own is not None else ZERO)
        claimed.append(own if own is not None else computed if computed is not None else ZERO)
    status = sub.status if sub is not None else Status.MISSING
    sections = tuple(SectionScore(s.code, s.title, s.title_en, sum(points[a:b], ZERO), n)
                     for s, a, b, n in plan.sections)
    late_days = days_late(sub, campaign)
    late = campaign.lateness.deduction(late_days)
    total = sum((s.points for s in sections), ZERO) - late
    bonus, deductions = ZERO, late
    for i, criterion in enumerate(plan.leaves):
        rule = criterion.rule
        if not isinstance(rule, AdjustmentRule):
            continue
        counted = points[i]
        entry = sub.entries.get(criterion.code) if sub is not None else None
        if counts and criterion.code not in skipped \
                and (entry is None or entry.reviewed_points is None):
            plus, minus = rule.parts(values)
            taken = max(ZERO, min(round_half_away(minus, campaign.precision),
                                  round_half_away(plus, campaign.precision) - counted))
            bonus += counted + taken
            deductions += taken
        elif counted > 0:
            bonus += counted
        else:
            deductions -= counted
    reachable = plan.nominal
    for criterion in plan.leaves:
        if not criterion.is_adjustment and criterion.code in skipped:
            reachable -= criterion.max_points
    percent = quantize(total * 100 / reachable, campaign.precision) if reachable > 0 else ZERO
    rating = None if status is Status.MISSING else campaign.rating_for(
        percent if campaign.rank_by is RankBy.PERCENT else total)
    ties = {key: sum((points[i] for i in where), ZERO) for key, where in plan.ties.items()}
    return MemberScore(member, status, sections, total, sum(claimed, ZERO),
                       total if status in (Status.VERIFIED, Status.LOCKED) else None,
                       bonus, deductions, reachable, percent, rating, ties, late_days, late)


def reference_ranking(scores: Mapping[str, MemberScore],
                      campaign: Campaign) -> tuple[RankedMember, ...]:
    return rank(scores.values(), campaign.tie_break, campaign.rank_by)
