"""``emulation minutes``: the deliberation meeting's minutes (biên bản), Markdown or DOCX."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from emulation_core.atomic import atomic_write
from emulation_core.audit import GENESIS
from emulation_core.errors import EmulationError
from emulation_core.minutes import build_minutes, minutes_markdown
from emulation_core.workspace import Workspace

from .language import say
from .output import labelled, safe

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``emulation minutes`` to the ``emulation`` parser."""
    p = commands.add_parser(
        "minutes", help="the minutes of the deliberation meeting (biên bản), Markdown or DOCX",
        description="Write the minutes: meeting, ranking and ratings, how ties were broken, "
                    "the stability paragraph, proposals with reasons, ballots and results, "
                    "and the change log's head hash.")
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("-c", "--campaign", metavar="C")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.md|FILE.docx")
    p.set_defaults(func=_minutes)


def _minutes(args: argparse.Namespace) -> int:
    suffix = args.output.suffix.lower()
    if suffix not in (".md", ".docx"):
        raise EmulationError.keyed("award.minutes_suffix", path=f"-o {args.output}")
    with Workspace.open(args.workspace) as ws:
        campaign = ws.campaign(args.campaign) if args.campaign else ws.latest_campaign()
        if campaign is None:
            raise EmulationError.keyed("usage.no_campaign", path=str(args.workspace))
        minutes = build_minutes(ws, campaign.id)
    if suffix == ".docx":
        from emulation_core.minutesdocx import minutes_docx  # python-docx only when asked for

        data = minutes_docx(minutes)
    else:
        data = minutes_markdown(minutes).encode("utf-8")
    atomic_write(args.output, data)
    if minutes.head == GENESIS:
        Console(stderr=True, highlight=False).print(
            labelled("warning", say("cli.minutes.no_log", path=str(args.workspace))),
            soft_wrap=True)
    Console(highlight=False).print(safe(say("cli.minutes.written", path=str(args.output),
                                            head=minutes.head)), soft_wrap=True)
    return 0
