"""Award proposals and votes: ``emulation awards``, ``meeting``, ``vote``, ``tally``
(docs/awards.md). Changes are recorded; bad input exits 2 with nothing changed."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from emulation_core.awardfile import Ballot, Meeting, VoteMethod
from emulation_core.ballots import Tally
from emulation_core.errors import EmulationError
from emulation_core.messages import Language, Message, render
from emulation_core.proposals import Proposals
from emulation_core.workspace import Workspace

from .audit_cmd import acting, add_as_option
from .language import LANG_VAR, error_language, explanation_language, say
from .output import safe

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``awards``, ``meeting``, ``vote`` and ``tally`` to the ``emulation`` parser."""
    p = commands.add_parser(
        "awards", help="award proposals under the campaign's rule set, with reasons",
        description="Every unit against every award of the campaign's rule set: proposed "
                    "or not, and why. --rules, --leaders-total, --propose and --exclude "
                    "change the campaign's awards.toml (recorded).")
    _common(p, campaign_required=False)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--lang", choices=("vi", "en"),
                   help=f"language of the report (default: ${LANG_VAR}, else vi)")
    p.add_argument("--rules", metavar="ID", help="name the rule set the campaign uses")
    p.add_argument("--leaders-total", type=int, metavar="N",
                   help="how many units lead the province's blocs and clusters (the "
                        "Government-flag share is counted over them)")
    p.add_argument("--propose", metavar="M", help="the council proposes M although the rules "
                                                  "do not find it eligible (needs --award "
                                                  "and --reason)")
    p.add_argument("--exclude", metavar="M", help="the council leaves out M although the "
                                                  "rules find it eligible (needs --award and "
                                                  "--reason)")
    p.add_argument("--award", metavar="AWARD")
    p.add_argument("--reason", metavar="TEXT")
    p.set_defaults(func=_awards)

    p = commands.add_parser("meeting", help="record the deliberation meeting",
                            description="Time, place, chair, secretary and the member units "
                                        "attending the meeting (họp bình xét).")
    _common(p)
    p.add_argument("--at", required=True, metavar="YYYY-MM-DDTHH:MM")
    p.add_argument("--place", default="", metavar="TEXT")
    p.add_argument("--chair", default="", metavar="NAME")
    p.add_argument("--secretary", default="", metavar="NAME")
    p.add_argument("--attended", default="", metavar="M,M,…")
    p.set_defaults(func=_meeting)

    p = commands.add_parser(
        "vote", help="record a ballot on a proposed candidate",
        description="One ballot on one candidate for one award. Show of hands: --for, "
                    "--against, --abstain name the units; secret ballot: --for-count, "
                    "--against-count, --abstain-count. --present and --written list who "
                    "took part. A later ballot on the same candidate is a further round.")
    _common(p)
    p.add_argument("--award", required=True, metavar="AWARD")
    p.add_argument("--candidate", required=True, metavar="M")
    p.add_argument("--method", choices=[m.value for m in VoteMethod], default="hands")
    p.add_argument("--present", required=True, metavar="M,M,…|all")
    p.add_argument("--written", default="", metavar="M,M,…",
                   help="absent units that voted in writing")
    for name in ("for", "against", "abstain"):
        p.add_argument(f"--{name}", dest=f"{name}_", default="", metavar="M,M,…")
        p.add_argument(f"--{name}-count", type=int, default=0, metavar="N")
    p.set_defaults(func=_vote)

    p = commands.add_parser("tally", help="every ballot counted and each candidate's result",
                            description="Quorum, votes, the votes needed and the result of "
                                        "each ballot, and each candidate's outcome.")
    _common(p, acts=False)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--lang", choices=("vi", "en"),
                   help=f"language of the report (default: ${LANG_VAR}, else vi)")
    p.set_defaults(func=_tally)


def _common(p: argparse.ArgumentParser, *, campaign_required: bool = True,
            acts: bool = True) -> None:
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("-c", "--campaign", required=campaign_required, metavar="C")
    if acts:
        add_as_option(p)


def _ids(text: str, everyone: list[str]) -> tuple[str, ...]:
    if text.strip() == "all":
        return tuple(everyone)
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _campaign(ws: Workspace, args: argparse.Namespace) -> str:
    if args.campaign:
        return ws.campaign(args.campaign).id
    latest = ws.latest_campaign()
    if latest is None:
        raise EmulationError.keyed("usage.no_campaign", path=str(ws.path))
    return latest.id


def _awards(args: argparse.Namespace) -> int:
    args.lang = explanation_language(args.lang)
    changes = args.rules or args.leaders_total is not None or args.propose or args.exclude
    for flag, given in (("--propose", args.propose), ("--exclude", args.exclude)):
        if given and not (args.award and args.reason):
            raise EmulationError.keyed("usage.needs_award_reason", flag=flag)
    with Workspace.open(args.workspace, writable=bool(changes),
                        actor=acting(args) if changes else None) as ws:
        campaign = _campaign(ws, args)
        if args.rules or args.leaders_total is not None:
            ws.use_award_rules(campaign, args.rules, args.leaders_total)
        if args.propose:
            ws.override_proposal(campaign, args.propose, args.award, args.reason)
        if args.exclude:
            ws.exclude_proposal(campaign, args.exclude, args.award, args.reason)
        proposals = ws.proposals(campaign)
        names = {m.id: m.name for m in ws.bloc.members}
    if args.format == "json":
        print(json.dumps(proposals_json(proposals, args.lang), ensure_ascii=False, indent=2))
        return 0
    print_proposals(proposals, names, args.lang)
    return 0


def _said(reasons: tuple[Message, ...], lang: Language) -> str:
    return "; ".join(m.text(lang) for m in reasons)


def proposals_json(proposals: Proposals, lang: Language) -> dict[str, Any]:
    rules = proposals.rules
    return {
        "rules": {"id": rules.id, "version": rules.version, "title": rules.title,
                  "valid_from": rules.valid_from.isoformat(),
                  "basis": [{"ref": b.ref, "date": b.date.isoformat(), "says": b.says}
                            for b in rules.basis]},
        "quotas": dict(proposals.quotas),
        "decisions": [{"member": d.member, "award": d.award, "rank": d.rank,
                       "eligible": d.eligible, "proposed": d.proposed,
                       "override": d.override or None,
                       "reasons": [m.text(lang) for m in d.reasons]}
                      for d in proposals.decisions],
    }


def print_proposals(proposals: Proposals, names: dict[str, str], lang: Language) -> None:
    console = Console(highlight=False)
    rules = proposals.rules
    console.print(safe(say("cli.awards.rules", lang, title=rules.title, id=rules.id,
                           version=str(rules.version),
                           valid_from=f"{rules.valid_from:%d/%m/%Y}")), soft_wrap=True)
    for basis in rules.basis:
        console.print(safe(f"  {basis.ref} ({basis.date.strftime('%d/%m/%Y')})"))
    for key, rule in rules.awards.items():
        table = Table(title=safe(say("cli.awards.title", lang, award=rule.label,
                                     quota=proposals.quotas[key])), box=box.SIMPLE_HEAVY)
        for head in ("#", say("cli.awards.col.member", lang),
                     say("cli.awards.col.proposed", lang), say("cli.awards.col.why", lang)):
            table.add_column(head)
        for decision in proposals.decisions:
            if decision.award != key:
                continue
            table.add_row(str(decision.rank), safe(names.get(decision.member,
                                                               decision.member)),
                          say("cli.awards.yes" if decision.proposed else "cli.awards.no",
                              lang),
                          safe(_said(decision.reasons, lang)))
        console.print(table)


def _meeting(args: argparse.Namespace) -> int:
    try:
        at = dt.datetime.fromisoformat(args.at)
    except ValueError:
        raise EmulationError.keyed("usage.meeting_at", value=repr(args.at)) from None
    with Workspace.open(args.workspace, writable=True, actor=acting(args)) as ws:
        members = [m.id for m in ws.bloc.members]
        ws.record_meeting(args.campaign, Meeting(at, args.place, args.chair, args.secretary,
                                                 _ids(args.attended, members)))
    Console(highlight=False).print(safe(f"awards.meeting {args.campaign}: {args.at} "
                                        f"{args.place}"))
    return 0


def _vote(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, writable=True, actor=acting(args)) as ws:
        members = [m.id for m in ws.bloc.members]
        method = VoteMethod(args.method)
        named = any((args.for_, args.against_, args.abstain_))
        counted = any((args.for_count, args.against_count, args.abstain_count))
        if method is VoteMethod.HANDS and counted:
            raise EmulationError.keyed("usage.hands_names_voters")
        if method is VoteMethod.SECRET and named:
            raise EmulationError.keyed("usage.secret_counts_only")
        ballot = Ballot(args.award, args.candidate, method, _ids(args.present, members),
                        _ids(args.written, members), _ids(args.for_, members),
                        _ids(args.against_, members), _ids(args.abstain_, members),
                        args.for_count, args.against_count, args.abstain_count)
        counted_tally = ws.record_ballot(args.campaign, ballot)
    Console(highlight=False).print(safe(_tally_line(counted_tally, error_language(None))),
                                   soft_wrap=True)
    return 0


_METHOD_KEYS = {VoteMethod.HANDS: "vote.method.hands", VoteMethod.SECRET: "vote.method.secret"}


def _tally_line(counted: Tally, lang: Language) -> str:
    ballot = counted.ballot
    return render("vote.line", lang, award=ballot.award, candidate=ballot.candidate,
                  round=counted.round, method=render(_METHOD_KEYS[ballot.method], lang),
                  votes_for=counted.votes_for, against=counted.votes_against,
                  abstain=counted.abstentions, voters=len(ballot.voters),
                  members=counted.members, why=counted.why)


def _tally(args: argparse.Namespace) -> int:
    args.lang = explanation_language(args.lang)
    with Workspace.open(args.workspace) as ws:
        campaign = _campaign(ws, args)
        tallies, outcome = ws.ballot_results(campaign)
    if args.format == "json":
        print(json.dumps({
            "ballots": [{"award": t.ballot.award, "candidate": t.ballot.candidate,
                         "round": t.round, "method": t.ballot.method.value,
                         "voters": len(t.ballot.voters), "members": t.members,
                         "quorum": t.quorum_met, "for": t.votes_for,
                         "against": t.votes_against, "abstain": t.abstentions,
                         "needed": t.needed, "passed": t.passed,
                         "why": t.why.text(args.lang)} for t in tallies],
            "results": [{"award": a, "candidate": c, "result": m.text(args.lang)}
                        for (a, c), m in sorted(outcome.items())],
        }, ensure_ascii=False, indent=2))
        return 0
    console = Console(highlight=False)
    if not tallies:
        console.print(safe(say("cli.tally.none", args.lang, campaign=campaign)))
    for counted in tallies:
        console.print(safe(_tally_line(counted, args.lang)), soft_wrap=True)
    for (award, candidate), message in sorted(outcome.items()):
        console.print(safe(f"{award} {candidate}: {message.text(args.lang)}"))
    return 0
