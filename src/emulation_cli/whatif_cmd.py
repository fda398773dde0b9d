"""``emulation whatif``: how stable the ranking is (docs/awards.md)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rich.console import Console

from emulation_core.crosssteps import campaign_stability
from emulation_core.errors import EmulationError
from emulation_core.messages import render
from emulation_core.stability import PointsChange, Stability
from emulation_core.stabilitytext import stability_lines
from emulation_core.unitnames import name_choices, unit_names
from emulation_core.workspace import Workspace

from .language import LANG_VAR, explanation_language
from .output import safe

__all__ = ["register"]

def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``emulation whatif`` to the ``emulation`` parser."""
    p = commands.add_parser(
        "whatif", help="how stable the ranking is: the smallest changes that move it",
        description="For each pair of neighbours, the smallest change in one criterion that "
                    "swaps them; for each member, what it needs for the next band and the "
                    "next rank (cheapest criteria, in points and figures); for judged "
                    "criteria, whether one step of any score changes the ranking.")
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("-c", "--campaign", metavar="C")
    p.add_argument("-m", "--member", metavar="M", help="only this member's pairs and needs")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--lang", choices=("vi", "en"),
                   help=f"language of the report (default: ${LANG_VAR}, else vi)")
    p.set_defaults(func=_whatif)


def _whatif(args: argparse.Namespace) -> int:
    args.lang = explanation_language(args.lang)
    with Workspace.open(args.workspace) as ws:
        campaign = ws.campaign(args.campaign) if args.campaign else ws.latest_campaign()
        if campaign is None:
            raise EmulationError.keyed("usage.no_campaign", path=str(args.workspace))
        if args.member is not None and ws.bloc.member(args.member) is None:
            known = name_choices(unit_names(ws.bloc), (m.id for m in ws.bloc.members))
            raise EmulationError.keyed("usage.not_a_member", member=args.member, known=known)
        report = campaign_stability(ws, campaign.id, member=args.member)
        names = unit_names(ws.bloc)
    if args.format == "json":
        print(json.dumps(as_json(report), ensure_ascii=False, indent=2))
        return 0
    console = Console(highlight=False)
    console.print(safe(render("whatif.title", args.lang, campaign=campaign.id)))
    for line in stability_lines(report, names, args.lang):
        console.print(safe(line), soft_wrap=True)
    return 0


def _change_json(change: PointsChange) -> dict[str, Any]:
    return {"member": change.member, "code": change.code, "old": str(change.old),
            "new": str(change.new), "delta": str(change.delta),
            "figure": None if change.figure is None else {
                "indicator": change.figure.indicator, "old": str(change.figure.old),
                "new": str(change.figure.new)}}


def as_json(report: Stability) -> dict[str, Any]:
    return {
        "pairs": [{"upper": p.upper, "lower": p.lower,
                   "gains": [_change_json(c) for c in p.gains],
                   "losses": [_change_json(c) for c in p.losses]} for p in report.pairs],
        "members": [{"member": n.member, "rank": n.rank,
                     "band": n.band.key if n.band else None,
                     "next_band": n.next_band.key if n.next_band else None,
                     "for_band": [_change_json(c) for c in n.for_band],
                     "for_rank": [_change_json(c) for c in n.for_rank]} for n in report.needs],
        "judged_steps": [{"member": s.member, "code": s.code, "direction": s.direction,
                          "scorer": s.scorer or None, "moved": list(s.moved)}
                         for s in report.steps],
        "judged_checked": report.judged_checked,
    }
