"""Submissions under review: ``values set``, ``submit``, ``return``, ``verify``,
``explain``, ``answer``, ``lock``, ``unlock``. Each changes one step, prints what changed,
and exits 2 with nothing changed on bad input."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from decimal import Decimal

from rich.console import Console

from emulation_core.change import Change
from emulation_core.changes import submission_changes
from emulation_core.errors import EmulationError
from emulation_core.model import Submission
from emulation_core.numbers import format_points
from emulation_core.saved import Saved
from emulation_core.verdict import Verdict
from emulation_core.workspace import Workspace

from .arguments import campaign_args, usage
from .audit_cmd import acting
from .language import error_language, say
from .output import labelled, safe
from .setup_cmd import print_changes, typed_number

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the review commands to the ``emulation`` parser."""
    values = commands.add_parser("values", help="the unit's reported figures",
                                 description="The figures a member unit reports.")
    sub = values.add_subparsers(title="values commands", metavar="COMMAND")
    p = sub.add_parser("set", help="set reported figures (KEY=VALUE …)",
                       description="Set the unit's reported indicator figures; others are "
                                   "kept. A unit without a submission gets a draft. Numbers "
                                   "as people write them: 1.430, 12,5.")
    _member_args(p)
    p.add_argument("pairs", nargs="+", metavar="KEY=VALUE")
    p.set_defaults(func=_values_set)
    values.set_defaults(func=lambda _: usage(values))

    p = commands.add_parser("submit", help="submit (or resubmit) a unit's report",
                            description="Submit a draft, or resubmit a returned report; the "
                                        "first submit sets the received date.")
    _member_args(p)
    p.set_defaults(func=_submit)

    p = commands.add_parser("return", help="return a report for revision, with a reason",
                            description="Send a submitted (or verified) report back to the "
                                        "unit for revision; the reason is mandatory.")
    _member_args(p)
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=_return)

    p = commands.add_parser("verify", help="verify a report, with corrected figures",
                            description="Verify a submitted report. Each --value KEY=VALUE "
                                        "corrects a figure, kept beside the unit's own, and "
                                        "needs its --reason (given after it).")
    _member_args(p)
    p.add_argument("--value", action="append", default=[], metavar="KEY=VALUE")
    p.add_argument("--reason", action="append", default=[], metavar="TEXT")
    p.set_defaults(func=_verify)

    p = commands.add_parser("explain", help="the unit's explanation of a criterion",
                            description="Record the unit's explanation (giải trình) of a "
                                        "criterion, usually one the verifier corrected. A "
                                        "verified report goes back to submitted, to be "
                                        "verified again.")
    _member_args(p)
    p.add_argument("--criterion", required=True, metavar="CODE")
    p.add_argument("--text", required=True, metavar="TEXT")
    p.set_defaults(func=_explain)

    p = commands.add_parser("answer", help="the verifier's answer to an explanation",
                            description="Record the verifier's answer to the unit's "
                                        "explanation and, with --points, the points after "
                                        "the explanation (they count from then on).")
    _member_args(p)
    p.add_argument("--criterion", required=True, metavar="CODE")
    p.add_argument("--text", required=True, metavar="TEXT")
    p.add_argument("--verdict", choices=[v.value for v in Verdict],
                   help="what was decided: accepted, rejected or partly (accepted in part)")
    p.add_argument("--points", metavar="P", help="the points after the explanation")
    p.set_defaults(func=_answer)

    p = commands.add_parser("lock", help="lock a campaign after the bloc's meeting",
                            description="Lock the campaign: every report must be verified; "
                                        "nothing in it can change until unlocked.")
    campaign_args(p)
    p.add_argument("--reason", default="", metavar="TEXT", help="e.g. the meeting")
    p.set_defaults(func=_lock)

    p = commands.add_parser("unlock", help="unlock a campaign, with a reason",
                            description="Unlock a locked campaign; the reason is recorded.")
    campaign_args(p)
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=_unlock)


def _member_args(p: argparse.ArgumentParser) -> None:
    campaign_args(p)
    p.add_argument("-m", "--member", required=True, metavar="M")


def _open(args: argparse.Namespace) -> Workspace:
    ws = Workspace.open(args.workspace, writable=True, actor=acting(args))
    try:
        ws.campaign(args.campaign)
        if getattr(args, "member", None) is not None and ws.bloc.member(args.member) is None:
            known = ", ".join(m.id for m in ws.bloc.members) or "none"
            raise EmulationError.keyed("usage.not_a_member", member=args.member, known=known)
    except BaseException:
        ws.close()
        raise
    return ws


def _figures(ws: Workspace, args: argparse.Namespace, pairs: Sequence[str],
             option: str) -> dict[str, Decimal]:
    """``KEY=VALUE`` pairs as the member's indicator figures, or a clear error."""
    member = ws.bloc.member(args.member)
    assert member is not None
    indicators = ws.table_for(args.campaign, member.type).indicators
    found: dict[str, Decimal] = {}
    for pair in pairs:
        key, equals, text = pair.partition("=")
        key = key.strip()
        if not equals or not key:
            raise EmulationError.keyed("usage.key_value", option=option, pair=pair)
        if key not in indicators:
            raise EmulationError.keyed("usage.no_indicator", option=option, pair=pair,
                                       member=args.member, key=key,
                                       known=", ".join(sorted(indicators)))
        found[key] = typed_number(text, f"{option} {key}", integer=indicators[key].integer)
    return found


def _report(ws: Workspace, args: argparse.Namespace, act: Callable[[], Saved],
            what: str) -> int:
    before = ws.submissions(args.campaign).get(args.member)
    saved = act()
    _print(before, saved.submission, ws, what)
    err = Console(stderr=True, highlight=False)
    for warning in saved.warnings:
        err.print(labelled("warning", warning.text(error_language(None))), soft_wrap=True)
    return 0


def _print(before: Submission | None, after: Submission, ws: Workspace, what: str) -> None:
    changes: list[Change] = submission_changes(before, after,
                                               ws.campaign(after.campaign).precision)
    print_changes([c for c in changes if c.kind != "submission.updated_at"], what)


def _member_in(args: argparse.Namespace) -> str:
    """The heading of the member's submission in the campaign, for its changes."""
    return say("cli.member_in", member=args.member, campaign=args.campaign)


def _values_set(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        figures = _figures(ws, args, args.pairs, "values set")
        return _report(ws, args, lambda: ws.set_values(args.campaign, args.member, figures),
                       _member_in(args))


def _submit(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        return _report(ws, args, lambda: ws.submit(args.campaign, args.member),
                       _member_in(args))


def _return(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        return _report(ws, args, lambda: ws.return_submission(args.campaign, args.member,
                                                              args.reason),
                       _member_in(args))


def _verify(args: argparse.Namespace) -> int:
    if len(args.value) != len(args.reason):
        raise EmulationError.keyed("usage.value_reason", values=len(args.value),
                                   reasons=len(args.reason))
    with _open(args) as ws:
        figures = _figures(ws, args, args.value, "--value")
        if len(figures) != len(args.value):
            raise EmulationError.keyed("usage.value_twice")
        corrections = {key: (value, reason) for (key, value), reason
                       in zip(figures.items(), args.reason, strict=True)}
        return _report(ws, args, lambda: ws.verify_submission(args.campaign, args.member,
                                                              corrections),
                       _member_in(args))


def _explain(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        return _report(ws, args, lambda: ws.add_explanation(
            args.campaign, args.member, args.criterion, args.text),
            _member_in(args))


def _answer(args: argparse.Namespace) -> int:
    points = None if args.points is None else typed_number(args.points, "--points")
    with _open(args) as ws:
        verdict = None if args.verdict is None else Verdict(args.verdict)
        return _report(ws, args, lambda: ws.answer_explanation(
            args.campaign, args.member, args.criterion, args.text, points, verdict=verdict),
            _member_in(args))


def _lock(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        lock = ws.lock_campaign(args.campaign, reason=args.reason)
        console = Console(highlight=False)
        console.print(safe(say("cli.locked", campaign=args.campaign,
                               count=len(lock.finals))))
        comma = error_language(None) == "vi"
        precision = ws.campaign(args.campaign).precision
        for member, total in sorted(lock.finals.items()):
            console.print(safe(f"  {member}: "
                               f"{format_points(total, comma=comma, precision=precision)}"))
    return 0


def _unlock(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        ws.unlock_campaign(args.campaign, args.reason)
        Console(highlight=False).print(safe(f"campaign.unlocked {args.campaign}: "
                                            f"{args.reason.strip()}"))
    return 0
