"""``emulation forms make`` / ``forms import``: one XLSX form per member, filled forms
read back (layouts: docs/forms.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console

from emulation_core.errors import EmulationError
from emulation_core.forms import FormChange, apply_forms, make_forms, planned_changes, read_forms
from emulation_core.workspace import Workspace

from .arguments import usage
from .audit_cmd import acting, add_as_option
from .language import error_language, say, say_count
from .output import labelled, safe
from .setup_cmd import print_changes

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``forms`` and its verbs to the ``emulation`` parser."""
    forms = commands.add_parser("forms", help="member forms as XLSX: make, import",
                                description="Make one XLSX form per member unit, and import "
                                            "the filled forms as the units' reported figures.")
    sub = forms.add_subparsers(title="forms commands", metavar="COMMAND")
    p = sub.add_parser("make", help="write one XLSX form per member of a campaign",
                       description="Write CAMPAIGN__MEMBER.xlsx for every member taking part: "
                                   "its indicators with registered targets, its self-scored "
                                   "criteria, validated input cells, a running self-score.")
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("-c", "--campaign", metavar="C", help="campaign id (default: the latest)")
    p.add_argument("--out", type=Path, default=Path("."), metavar="DIR",
                   help="folder to write the forms into (default: the current folder)")
    p.set_defaults(func=_make)

    p = sub.add_parser("import", help="import filled forms (XLSX or CSV)",
                       description="Check every cell of every form, show what changes per "
                                   "member, and save all of them after confirmation, or none.")
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("-c", "--campaign", metavar="C",
                   help="the campaign the forms are for (default: the latest); forms of any "
                        "other campaign are refused")
    p.add_argument("--yes", action="store_true", help="apply without asking (for scripts)")
    add_as_option(p)
    p.set_defaults(func=_import)
    forms.set_defaults(func=lambda _: usage(forms))


def _campaign(ws: Workspace, campaign_id: str | None) -> str:
    """The campaign asked for, else the latest."""
    campaign = ws.campaign(campaign_id) if campaign_id else ws.latest_campaign()
    if campaign is None:
        raise EmulationError.keyed("usage.no_campaign", path=ws.path)
    return campaign.id


def _make(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        campaign = ws.campaign(_campaign(ws, args.campaign))
        if args.out.exists() and not args.out.is_dir():
            raise EmulationError.keyed("usage.out_is_file", path=args.out)
        args.out.mkdir(parents=True, exist_ok=True)
        written = make_forms(ws, campaign.id, args.out)
    console = Console(highlight=False)
    for path in written:
        console.print(safe(str(path.resolve())), soft_wrap=True)
    console.print(safe(say("cli.forms.written", count=len(written), campaign=campaign.id,
                           folder=str(args.out.resolve()))), soft_wrap=True)
    return 0


def _show(planned: list[FormChange]) -> None:
    """What each form changes, under a heading naming the member and the file."""
    console = Console(highlight=False)
    for change in planned:
        what = say("cli.member_in", member=change.figures.member,
                   campaign=change.figures.campaign)
        console.print(safe(f"{what} ({change.figures.display}):", "bold"), soft_wrap=True)
        print_changes([c for c in change.changes if c.kind != "submission.updated_at"], what)


def _confirm(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise EmulationError.keyed("usage.confirm_yes")
    answer = input(say("cli.forms.confirm")).strip().casefold()
    return answer in ("y", "yes", "c", "có")


def _import(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, writable=True, actor=acting(args)) as ws:
        forms = read_forms(ws, args.files, _campaign(ws, args.campaign))
        planned = planned_changes(ws, forms)
        _show(planned)
        if not any(change.changes for change in planned):
            return 0
        if not _confirm(args):
            Console(highlight=False).print(say("cli.forms.not_applied"))
            return 1
        warnings = apply_forms(ws, planned)
    err = Console(stderr=True, highlight=False)
    for warning in warnings:
        err.print(labelled("warning", warning.text(error_language(None))), soft_wrap=True)
    changed = sum(1 for change in planned if change.changes)
    Console(highlight=False).print(safe(say_count(changed, "cli.forms.imported_one",
                                                  "cli.forms.imported")))
    return 0
