"""``emulation province DIR…``: the province's roll-up of many blocs (docs/awards.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from rich.console import Console

from emulation_core.atomic import atomic_write
from emulation_core.errors import EmulationError
from emulation_core.province import ProvinceList, province_markdown, province_rollup

from .output import safe

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``emulation province`` to the ``emulation`` parser."""
    p = commands.add_parser(
        "province", help="the province's list over many blocs' workspaces",
        description="Read many workspaces (one bloc each) and list each bloc's leading "
                    "units and proposals, the Government-flag quota over all bloc leaders, "
                    "its candidates, and units proposed by more than one bloc.")
    p.add_argument("workspaces", type=Path, nargs="+", metavar="DIR")
    p.add_argument("--year", type=int, metavar="Y", help="the year-end campaign of year Y "
                                                         "(default: each bloc's latest)")
    p.add_argument("--format", choices=("md", "json"), default="md")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write to FILE instead of standard output")
    p.set_defaults(func=_province)


def _json(found: ProvinceList) -> str:
    return json.dumps({
        "blocs": [{"path": b.path, "bloc": b.bloc, "campaign": b.campaign,
                   "leaders": list(b.leaders),
                   "proposed": {label: list(units) for label, units in b.proposed},
                   "government_flag_candidates": list(b.candidates)} for b in found.blocs],
        "leaders_total": found.leaders_total,
        "government_share": None if found.government_share is None
        else str(found.government_share),
        "government_quota": found.government_quota,
        "candidates": [{"bloc": bloc, "unit": unit} for bloc, unit in found.candidates],
        "conflicts": [{"unit": unit, "blocs": list(blocs)} for unit, blocs in found.conflicts],
    }, ensure_ascii=False, indent=2) + "\n"


def _province(args: argparse.Namespace) -> int:
    found = province_rollup(args.workspaces, args.year)
    text = _json(found) if args.format == "json" else province_markdown(found)
    if args.output is None:
        print(text, end="")
        return 0
    if args.output.is_dir():
        raise EmulationError(f"-o {args.output}: a folder; name a file")
    atomic_write(args.output, text.encode("utf-8"))
    Console(highlight=False).print(safe(f"province list written to {args.output}"))
    return 0
