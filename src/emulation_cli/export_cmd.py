"""``emulation export``: the campaign's results as a file for the province."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from emulation_core.errors import EmulationError
from emulation_core.messages import LANGUAGES
from emulation_core.reports import FORMATS, export_bytes, report_for, write_export
from emulation_core.workspace import Workspace

from .language import LANG_VAR, explanation_language, say
from .output import safe
from .setup_cmd import typed_date

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export`` to the ``emulation`` parser."""
    p = commands.add_parser(
        "export", help="write the ranking and score sheets to a file",
        description="Write a campaign's ranking and every member's score sheet to FILE "
                    "(formats and columns: docs/exports.md). The file is replaced whole or "
                    "not at all; its folder must exist.")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--campaign", "-c", metavar="C", help="campaign id (default: the latest)")
    p.add_argument("--format", "-f", choices=FORMATS,
                   help="file format (default: from FILE's suffix)")
    p.add_argument("--output", "-o", type=Path, required=True, metavar="FILE",
                   help="the file to write")
    p.add_argument("--lang", choices=LANGUAGES,
                   help=f"language of headers and labels (default: ${LANG_VAR}, else vi)")
    p.add_argument("--raw", action="store_true",
                   help="CSV only: the stable English keys and plain numbers of "
                        "'emulation rank --format csv'")
    p.add_argument("--place", default="",
                   help="DOCX only: the place on the date line (default: dots to fill in)")
    p.add_argument("--date", metavar="DATE",
                   help="DOCX only: the document's date (default: today)")
    p.set_defaults(func=_export)


def _format(args: argparse.Namespace) -> str:
    fmt: str | None = args.format
    if fmt is None:
        suffix = args.output.suffix.lower().lstrip(".")
        if suffix not in FORMATS:
            raise EmulationError.keyed("usage.format_unknown", path=args.output,
                                       formats=", ".join(FORMATS))
        fmt = suffix
    if args.raw and fmt != "csv":
        raise EmulationError.keyed("usage.raw_csv")
    return fmt


def _export(args: argparse.Namespace) -> int:
    fmt = _format(args)
    day = typed_date(args.date, "--date") if args.date else None
    lang = explanation_language(args.lang)
    with Workspace.open(args.workspace) as ws:
        campaign = ws.campaign(args.campaign) if args.campaign else ws.latest_campaign()
        if campaign is None:
            raise EmulationError.keyed("usage.no_campaign", path=args.workspace)
        report = report_for(ws, campaign.id, lang)
    path = args.output.absolute()
    write_export(path, export_bytes(report, fmt, raw=args.raw, place=args.place,
                                    date=day))
    Console(highlight=False).print(safe(say(
        "cli.export.written", args.lang, path=str(path), format=fmt,
        count=len(report.ranking), campaign=campaign.id)), soft_wrap=True)
    return 0
