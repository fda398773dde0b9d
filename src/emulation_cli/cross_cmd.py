"""Cross-scoring (chấm chéo): ``emulation cross assign|set|abstain|recuse|remove|config|show``.

Each change is one recorded step; bad input exits 2 with nothing changed.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from emulation_core.aggregation import median
from emulation_core.awarderrors import DeliberationError
from emulation_core.crossactions import CrossResults
from emulation_core.crossscores import Aggregate, CrossMode, CrossScoring
from emulation_core.errors import EmulationError
from emulation_core.numbers import format_points
from emulation_core.unitnames import name_choices, name_units, unit_names
from emulation_core.workspace import Workspace

from .arguments import campaign_args, usage
from .audit_cmd import acting
from .cross_forms_cmd import register_form_commands
from .language import say
from .output import safe
from .setup_cmd import typed_number

__all__ = ["register"]

_METHOD_HEADS = {Aggregate.MEAN: "mean", Aggregate.MEDIAN: "median",
                 Aggregate.TRIMMED: "trimmed", Aggregate.ZSCORE: "z-score"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``emulation cross …`` to the ``emulation`` parser."""
    cross = commands.add_parser(
        "cross", help="cross-scoring (chấm chéo) of judged criteria",
        description="Members score each other's judged criteria; see docs/awards.md.")
    sub = cross.add_subparsers(title="cross commands", metavar="COMMAND")

    p = sub.add_parser("assign", help="assign scorers: every other member, or N each",
                       description="Assign scorers. Without --each every member scores every "
                                   "other member; --each N gives each member N scorers, "
                                   "balanced. Scores already entered stay on record.")
    campaign_args(p)
    p.add_argument("--each", type=int, metavar="N")
    p.set_defaults(func=_assign)

    p = sub.add_parser("set", help="enter a scorer's points for a member's criterion",
                       description="Enter points (0..max, in the criterion's steps); a later "
                                   "entry supersedes an earlier one, which stays on record.")
    _pair_args(p)
    p.add_argument("code", metavar="CODE")
    p.add_argument("points", metavar="POINTS")
    p.set_defaults(func=_set)

    p = sub.add_parser("abstain", help="a scorer abstains on a member's criterion",
                       description="Record an abstention with its reason; left out of the "
                                   "aggregate, shown apart.")
    _pair_args(p)
    p.add_argument("code", metavar="CODE")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=_abstain)

    p = sub.add_parser("recuse", help="the lead takes a scorer off a member",
                       description="Recuse a scorer from a member (conflict of interest); "
                                   "only the lead (--as lead:NAME). Left out of the aggregate.")
    _pair_args(p)
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=_recuse)

    p = sub.add_parser("remove", help="take a scorer off the campaign",
                       description="Remove a scorer: its scores stay on record, marked, and "
                                   "no longer count.")
    campaign_args(p)
    p.add_argument("-s", "--scorer", required=True, metavar="S")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(func=_remove)

    p = sub.add_parser("config", help="which aggregate counts, and how",
                       description="The campaign's setting: --method mean|median|trimmed|"
                                   "zscore; --mode off (shown only) | replace | weigh; "
                                   "--weight W, the cross-score's share when weighed (0..1).")
    campaign_args(p)
    p.add_argument("--method", choices=[a.value for a in Aggregate])
    p.add_argument("--mode", choices=[m.value for m in CrossMode])
    p.add_argument("--weight", metavar="W")
    p.set_defaults(func=_config)

    register_form_commands(sub)

    p = sub.add_parser("show", help="per-criterion table, every method side by side, flags",
                       description="Each judged criterion: every scorer's points (abstained, "
                                   "recused, removed marked), the mean, median, trimmed mean "
                                   "and z-score aggregate, what counts, and flagged scorers.")
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("-c", "--campaign", required=True, metavar="C")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--scorer", metavar="S", help="one scorer's table instead: each score it "
                                                 "gave beside the others' median")
    p.set_defaults(func=_show)
    cross.set_defaults(func=lambda _: usage(cross))


def _pair_args(p: argparse.ArgumentParser) -> None:
    campaign_args(p)
    p.add_argument("-s", "--scorer", required=True, metavar="S", help="the scoring member")
    p.add_argument("-m", "--member", required=True, metavar="M", help="the member scored")


def _open(args: argparse.Namespace) -> Workspace:
    ws = Workspace.open(args.workspace, writable=True, actor=acting(args))
    try:
        ws.campaign(args.campaign)
    except BaseException:
        ws.close()
        raise
    return ws


def _say(text: str) -> None:
    Console(highlight=False).print(safe(text), soft_wrap=True)


def _assign(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        cross = ws.cross_assign(args.campaign, args.each)
    for scorer, members in cross.assigned.items():
        _say(f"cross.assigned {args.campaign}/{scorer}: {', '.join(members)}")
    return 0


def _set(args: argparse.Namespace) -> int:
    points = typed_number(args.points, "POINTS")
    with _open(args) as ws:
        ws.cross_set(args.campaign, args.scorer, args.member, args.code, points)
    _say(f"cross.score {args.campaign}/{args.member}/{args.code}/{args.scorer}: {points}")
    return 0


def _abstain(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        ws.cross_abstain(args.campaign, args.scorer, args.member, args.code, args.reason)
    _say(f"cross.abstained {args.campaign}/{args.member}/{args.code}/{args.scorer}: "
         f"{args.reason.strip()}")
    return 0


def _recuse(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        ws.cross_recuse(args.campaign, args.scorer, args.member, args.reason)
    _say(f"cross.recused {args.campaign}/{args.member}/{args.scorer}: {args.reason.strip()}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    with _open(args) as ws:
        ws.cross_remove_scorer(args.campaign, args.scorer, args.reason)
    _say(f"cross.scorer_removed {args.campaign}/{args.scorer}: {args.reason.strip()}")
    return 0


def _config(args: argparse.Namespace) -> int:
    if args.method is None and args.mode is None and args.weight is None:
        raise EmulationError.keyed("usage.cross_config")
    weight = None if args.weight is None else typed_number(args.weight, "--weight")
    with _open(args) as ws:
        cross = ws.cross_configure(
            args.campaign, Aggregate(args.method) if args.method else None,
            CrossMode(args.mode) if args.mode else None, weight)
    settings = cross.settings
    _say(f"cross.setting {args.campaign}: method={settings.method.value} "
         f"mode={settings.mode.value} weight={settings.weight}")
    return 0


def _mark(cross: CrossScoring, scorer: str, member: str, code: str) -> str:
    """What a scorer's cell shows: its points, or why it does not count."""
    entry = cross.current().get((scorer, member, code))
    if member not in cross.assigned.get(scorer, ()):
        return "" if entry is None else say("cli.cross.mark.not_assigned",
                                            points=str(entry.points))
    if cross.is_removed(scorer):
        return say("cli.cross.mark.removed") if entry is None or entry.points is None \
            else say("cli.cross.mark.removed_points", points=str(entry.points))
    if cross.is_recused(scorer, member):
        return say("cli.cross.mark.recused")
    if entry is None:
        return "…"
    return say("cli.cross.mark.abstained") if entry.points is None \
        else format_points(entry.points)


def _show(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        results = ws.cross_results(args.campaign)
        names = unit_names(ws.bloc)
        titles = _titles(ws, args.campaign)
    if args.format == "json":
        print(json.dumps(_as_json(results), ensure_ascii=False, indent=2))
        return 0
    if args.scorer is not None:
        return _scorer_table(results, args.scorer, names)
    console = Console(highlight=False)
    cross = results.cross
    settings = cross.settings
    weighed = settings.mode is CrossMode.WEIGH
    console.print(safe(say("cli.cross.heading_weighed" if weighed else "cli.cross.heading",
                           campaign=args.campaign, method=settings.method.value,
                           mode=settings.mode.value, weight=str(settings.weight))))
    for code, cells in results.cells.items():
        for title, members in titles.get(code, [(code, frozenset(cells))]):
            _print_table(console, results, code, title, members, names)
    for flag in results.flags:
        console.print(safe(say("cli.cross.flag_by", code=flag.code,
                               scorer=names.get(flag.scorer, flag.scorer), kind=flag.kind,
                               amount=format_points(_decimal(flag.amount)))))
    for recusal in cross.recusals:
        console.print(safe(say("cli.cross.recused", scorer=name_units(names, [recusal.scorer]),
                               member=name_units(names, [recusal.member]), by=recusal.by,
                               reason=recusal.reason)))
    for removal in cross.removals:
        console.print(safe(say("cli.cross.removed", scorer=name_units(names, [removal.scorer]),
                               by=removal.by, reason=removal.reason)))
    for entry in cross.current().values():
        if entry.points is None:
            console.print(safe(say("cli.cross.abstained",
                                   scorer=name_units(names, [entry.scorer]),
                                   member=name_units(names, [entry.member]), code=entry.code,
                                   reason=entry.abstain)))
    return 0


def _titles(ws: Workspace, campaign: str) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """Each judged code's tables with their members: one titled by the code, or, when
    per-type tables put different criteria under one code, one per criterion, its title
    naming the member types it is for."""
    types = {m.id: m.type for m in ws.bloc.members}
    found: dict[str, list[frozenset[str]]] = {}
    for code, _, holders in ws.judged_groups(campaign):
        found.setdefault(code, []).append(frozenset(holders))
    titles: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for code, groups in found.items():
        for members in groups:
            named = ", ".join(sorted({types[m] for m in members}))
            title = code if len(groups) == 1 else say("cli.cross.types_title", code=code,
                                                          types=named)
            titles.setdefault(code, []).append((title, members))
    return titles


def _print_table(console: Console, results: CrossResults, code: str, title: str,
                 members: frozenset[str], names: dict[str, str]) -> None:
    """The cross-scores of ``code`` for ``members``, every method side by side."""
    cross = results.cross
    rows: list[tuple[Text | str, ...]] = []
    for member, cell in results.cells[code].items():
        if member not in members:
            continue
        marks = [f"{names.get(s, s)} {mark}" for s in cross.assigned
                 if (mark := _mark(cross, s, member, code))]
        if not cell.scores and not any(e.member == member and e.code == code
                                       for e in cross.entries):
            continue
        counted = results.counted.get((member, code))
        rows.append((safe(names.get(member, member)), safe("; ".join(marks)),
                     *(format_points(cell.rounded[m]) if cell.rounded[m] is not None
                       else "—" for m in Aggregate),
                     format_points(counted) if counted is not None
                     else say("cli.cross.reviewed")))
    if not rows:
        console.print(safe(say("cli.cross.none_yet", title=title)))
        return
    table = Table(title=safe(title), box=box.SIMPLE_HEAVY)
    table.add_column(say("cli.cross.col.member"))
    table.add_column(say("cli.cross.col.scorers"))
    for method in Aggregate:
        table.add_column(_METHOD_HEADS[method], justify="right")
    table.add_column(say("cli.cross.col.counts"), justify="right")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _scorer_table(results: CrossResults, scorer: str, names: dict[str, str]) -> int:
    """One scorer's scores, each beside the median of the others' for the same member."""
    cross = results.cross
    if scorer not in cross.assigned and not any(e.scorer == scorer for e in cross.entries):
        raise DeliberationError("crossform.not_scorer", scorer=name_units(names, [scorer]),
                                campaign=cross.campaign,
                                scorers=name_choices(names, cross.assigned))
    table = Table(title=f"{names.get(scorer, scorer)}", box=box.SIMPLE_HEAVY)
    for head in ("cli.cross.col.criterion", "cli.cross.col.member"):
        table.add_column(say(head))
    for head in ("cli.cross.col.points", "cli.cross.col.others", "cli.cross.col.deviation"):
        table.add_column(say(head), justify="right")
    for (who, member, code), entry in sorted(cross.current().items()):
        if who != scorer:
            continue
        cell = results.cells.get(code, {}).get(member)
        others = [p for s, p in (cell.scores.items() if cell else ()) if s != scorer]
        middle = median([Fraction(p) for p in others]) if others else None
        shown = _mark(cross, scorer, member, code)
        gap = "—" if entry.points is None or middle is None or cell is None \
            or scorer not in cell.scores else format_points(_decimal(Fraction(entry.points)
                                                                     - middle))
        table.add_row(code, safe(names.get(member, member)), safe(shown),
                      "—" if middle is None else format_points(_decimal(middle)), gap)
    console = Console(highlight=False)
    console.print(table)
    for flag in results.flags:
        if flag.scorer == scorer:
            console.print(safe(say("cli.cross.flag", code=flag.code, kind=flag.kind,
                                   amount=format_points(_decimal(flag.amount)))))
    return 0


def _decimal(value: Any) -> Decimal:
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"))


def _as_json(results: CrossResults) -> dict[str, Any]:
    cross = results.cross
    return {
        "method": cross.settings.method.value, "mode": cross.settings.mode.value,
        "weight": str(cross.settings.weight),
        "criteria": {code: {member: {
            "scores": {s: str(p) for s, p in cell.scores.items()},
            **{m.value: None if cell.rounded[m] is None else str(cell.rounded[m])
               for m in Aggregate},
            "counted": None if (member, code) not in results.counted
            else str(results.counted[(member, code)]),
        } for member, cell in cells.items()} for code, cells in results.cells.items()},
        "flags": [{"scorer": f.scorer, "code": f.code, "kind": f.kind,
                   "amount": str(_decimal(f.amount))} for f in results.flags],
        "recusals": [{"scorer": x.scorer, "member": x.member, "reason": x.reason}
                     for x in cross.recusals],
        "removals": [{"scorer": x.scorer, "reason": x.reason} for x in cross.removals],
    }
