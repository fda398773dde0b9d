"""Setting up the bloc: ``member``, ``leadership``, ``campaign`` and ``targets`` commands."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from attrs import asdict, evolve, frozen
from rich import box
from rich.console import Console
from rich.table import Table

from emulation_core.campaigns import (
    NO_TARGET,
    CampaignPlan,
    edit_campaign,
    new_campaign,
    set_targets,
    targets_not_entered,
)
from emulation_core.change import Change
from emulation_core.criteria import CriteriaTable
from emulation_core.dates import DateError, read_date
from emulation_core.errors import EmulationError, Problem, ValidationError
from emulation_core.messages import Message, UnreadableText
from emulation_core.model import Member, PeriodKind, RankBy
from emulation_core.numbers import NumberError, read_number
from emulation_core.roster import add_member, edit_member, remove_member, set_leadership
from emulation_core.serialize import Reader, read_criteria
from emulation_core.tomlsource import load_toml
from emulation_core.workspace import Workspace

from .audit_cmd import acting, add_as_option
from .language import say, say_count
from .output import safe

__all__ = ["NO_TARGET_WORD", "print_changes", "register", "typed_date", "typed_number"]

NO_TARGET_WORD = "none"
"""What ``targets set`` takes as a value for "this unit has no target" (KEY=none)."""


def typed_date(text: str, option: str) -> dt.date:
    """A date from the command line, or a clear error naming ``option``."""
    try:
        return read_date(text)
    except DateError as exc:
        raise _refused(option, exc) from None


def typed_number(text: str, where: str, *, integer: bool = False) -> Decimal:
    """A number typed with the people grammar (docs/numbers.md), or a clear error."""
    try:
        return read_number(text, integer=integer).value
    except NumberError as exc:
        raise _refused(where, exc) from None


def _refused(where: str, error: UnreadableText) -> EmulationError:
    """``where``: why the typed text is refused; how to write it."""
    return EmulationError.keyed("usage.typed", where=where,
                                reason=Message(error.key, error.values),
                                hint=Message(f"{error.key}.hint", error.values))


def print_changes(changes: Sequence[Change], what: str) -> None:
    """Print each change made, one a line, or say that nothing changed."""
    console = Console(highlight=False)
    if not changes:
        console.print(safe(say("cli.nothing_changed", what=what)))
        return
    for change in changes:
        of = "/".join(p for p in (change.campaign, change.member, change.code, change.field)
                      if p)
        values = "" if change.old is None and change.new is None else \
            f": {_value(change.old)} → {_value(change.new)}"
        console.print(safe(f"{change.kind} {of}{values}"), soft_wrap=True)


def _value(value: object) -> str:
    """A change's old or new value as shown: ``∅`` for nothing (none, or empty text)."""
    return "∅" if value is None or value == "" else str(value)


def _writable(args: argparse.Namespace) -> Workspace:
    return Workspace.open(args.workspace, writable=True, actor=acting(args))


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``member``, ``leadership``, ``campaign`` and ``targets`` to the parser."""
    _register_members(commands)
    _register_campaigns(commands)
    p = commands.add_parser(
        "targets", help="register targets per indicator",
        description="Register a member's targets for a campaign.").add_subparsers(
        title="targets commands", metavar="COMMAND")
    s = p.add_parser("set", help="set targets, or 'no target', per indicator",
                     description="KEY=VALUE sets a target (Vietnamese numbers: 1.430, "
                                 "250.000.000, 12,5); KEY=none registers that the unit has no "
                                 "target; KEY= clears it back to 'not entered yet'.")
    _workspace_args(s)
    s.add_argument("-c", "--campaign", required=True, metavar="C")
    s.add_argument("-m", "--member", required=True, metavar="M")
    s.add_argument("pairs", nargs="+", metavar="KEY=VALUE")
    s.set_defaults(func=_targets_set)


def _workspace_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    add_as_option(p)


def _register_members(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser("member", help="add, edit, remove or list member units",
                              description="Manage the bloc's member units.").add_subparsers(
        title="member commands", metavar="COMMAND")
    p = sub.add_parser("add", help="add a member unit", description="Add a member unit; "
                       "campaigns that exist already keep the members they had.")
    _workspace_args(p)
    p.add_argument("id", metavar="ID", help="short id (a slug, e.g. hoi-nha-bao)")
    p.add_argument("--name", required=True, help="full name")
    p.add_argument("--short", required=True, help="short name for narrow tables")
    p.add_argument("--type", required=True, help="association type key (emulation plugins)")
    p.set_defaults(func=_member_add)
    p = sub.add_parser("edit", help="change a member's name, short name or type")
    _workspace_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--name")
    p.add_argument("--short")
    p.add_argument("--type", help="only while the member has no submissions")
    p.set_defaults(func=_member_edit)
    p = sub.add_parser("remove", help="remove a member with its submissions and targets")
    _workspace_args(p)
    p.add_argument("id", metavar="ID")
    p.set_defaults(func=_member_remove)
    p = sub.add_parser("list", help="list the member units")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.set_defaults(func=_member_list)

    lead = commands.add_parser("leadership", help="the lead and deputy of each year",
                               description="Record the bloc's lead (Trưởng khối) and deputy "
                                           "(Phó khối) per year.").add_subparsers(
        title="leadership commands", metavar="COMMAND")
    p = lead.add_parser("set", help="set the lead and deputy of a year")
    _workspace_args(p)
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--lead", required=True, metavar="M")
    p.add_argument("--deputy", metavar="M")
    p.set_defaults(func=_leadership_set)


def _register_campaigns(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sub = commands.add_parser("campaign", help="create, edit or list campaigns",
                              description="Manage the bloc's campaigns.").add_subparsers(
        title="campaign commands", metavar="COMMAND")
    p = sub.add_parser("new", help="create a campaign, empty or rolled over",
                       description="Create a campaign for the bloc's current members. Dates: "
                                   "2026-01-15 or 15/01/2026. With --from, the table, bands "
                                   "and settings of that campaign are taken over (no "
                                   "submissions; targets only with --copy-targets).")
    _workspace_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--title", required=True)
    p.add_argument("--period", required=True, choices=[k.value for k in PeriodKind])
    p.add_argument("--year", required=True, type=int)
    for name in ("start", "end", "deadline"):
        p.add_argument(f"--{name}", required=True, metavar="DATE")
    p.add_argument("--from", dest="from_", metavar="CAMPAIGN",
                   help="roll over from this campaign")
    p.add_argument("--copy-targets", action="store_true",
                   help="with --from: also copy its targets and 'no target' entries")
    p.add_argument("--criteria", type=Path, metavar="FILE",
                   help="a criteria.toml to start the table from")
    _setting_args(p)
    p.set_defaults(func=_campaign_new)
    p = sub.add_parser("edit", help="change a campaign's settings",
                       description="Change a campaign's settings; refused if the campaign "
                                   "would not open again or its submissions would not read.")
    _workspace_args(p)
    p.add_argument("id", metavar="ID")
    p.add_argument("--title")
    p.add_argument("--period", choices=[k.value for k in PeriodKind])
    p.add_argument("--year", type=int)
    for name in ("start", "end", "deadline"):
        p.add_argument(f"--{name}", metavar="DATE")
    _setting_args(p)
    p.set_defaults(func=_campaign_edit)
    p = sub.add_parser("list", help="list the campaigns")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.set_defaults(func=_campaign_list)


def _setting_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--precision", metavar="P", help="points rounded to P, e.g. 0.01")
    p.add_argument("--rank-by", choices=[k.value for k in RankBy])
    p.add_argument("--tie-break", metavar="KEYS",
                   help="comma-separated keys, e.g. section:1,deductions ('' for none)")


def _member_add(args: argparse.Namespace) -> int:
    with _writable(args) as ws:
        print_changes(add_member(ws, Member(args.id, args.name, args.short, args.type)),
                      args.id)
    return 0


def _member_edit(args: argparse.Namespace) -> int:
    with _writable(args) as ws:
        print_changes(edit_member(ws, args.id, name=args.name, short_name=args.short,
                                  type_key=args.type), args.id)
    return 0


def _member_remove(args: argparse.Namespace) -> int:
    with _writable(args) as ws:
        print_changes(remove_member(ws, args.id), args.id)
    return 0


def _member_list(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        table = Table(box=box.SIMPLE)
        for column in ("cli.member.col.id", "cli.member.col.name", "cli.member.col.short",
                       "cli.member.col.type"):
            table.add_column(say(column))
        for m in ws.bloc.members:
            table.add_row(safe(m.id), safe(m.name), safe(m.short_name), safe(m.type))
        Console().print(table)
        for term in ws.bloc.leadership:
            Console().print(safe(say("cli.leadership", year=str(term.year), lead=term.lead,
                                     deputy=term.deputy or "—")))
    return 0


def _leadership_set(args: argparse.Namespace) -> int:
    with _writable(args) as ws:
        print_changes(set_leadership(ws, args.year, args.lead, args.deputy),
                      f"leadership {args.year}")
    return 0


@frozen
class _Settings:
    precision: Decimal | None
    rank_by: RankBy | None
    tie_break: tuple[str, ...] | None

    def given(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self, recurse=False).items() if v is not None}


def _settings(args: argparse.Namespace) -> _Settings:
    return _Settings(
        typed_number(args.precision, "--precision") if args.precision is not None else None,
        RankBy(args.rank_by) if args.rank_by is not None else None,
        None if args.tie_break is None else tuple(
            k.strip() for k in args.tie_break.split(",") if k.strip()))


def _campaign_new(args: argparse.Namespace) -> int:
    plan = CampaignPlan(args.id, args.title, PeriodKind(args.period), args.year,
                        typed_date(args.start, "--start"), typed_date(args.end, "--end"),
                        typed_date(args.deadline, "--deadline"))
    settings = _settings(args)
    table = _criteria_file(args.criteria) if args.criteria is not None else None
    if args.copy_targets and args.from_ is None:
        raise EmulationError.keyed("usage.copy_targets")
    with _writable(args) as ws:
        print_changes(new_campaign(
            ws, plan, table=table, rolled_from=args.from_, copy_targets=args.copy_targets,
            precision=settings.precision, rank_by=settings.rank_by,
            tie_break=settings.tie_break), args.id)
    return 0


def _criteria_file(path: Path) -> CriteriaTable | None:
    if not path.exists():  # a name typed on the command line: no backup to restore
        raise ValidationError([Problem.keyed(str(path), None, "", "cli.file_missing")])
    source = load_toml(path, str(path), path.parent)
    if isinstance(source, Problem):
        raise ValidationError([source])
    reader = Reader(source)
    table = read_criteria(reader, source.data)
    if reader.problems:
        raise ValidationError(reader.problems)
    return table


def _campaign_edit(args: argparse.Namespace) -> int:
    changes = _settings(args).given()
    for name in ("title", "year"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    if args.period is not None:
        changes["period"] = PeriodKind(args.period)
    for name in ("start", "end", "deadline"):
        if getattr(args, name) is not None:
            changes[name] = typed_date(getattr(args, name), f"--{name}")
    with _writable(args) as ws:
        campaign = evolve(ws.campaign(args.id), **changes)
        print_changes(edit_campaign(ws, campaign), args.id)
    return 0


_WIDE = 110
"""From this many columns on, ``campaign list`` is a table; narrower, two lines a campaign."""


def _campaign_list(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        campaigns = sorted(ws.campaigns.values(), key=lambda c: (c.start, c.id))
        sizes = {c.id: len(c.members) if c.members is not None else len(ws.bloc.members)
                 for c in campaigns}
    console = Console(highlight=False)
    if console.width < _WIDE:  # ids whole (they are typed into commands), nothing cut
        for c in campaigns:
            console.print(safe(f"{c.id}  {c.title}"))
            console.print(safe("    " + say(
                "cli.campaign.line", period=c.period.value, year=str(c.year),
                start=f"{c.start:%d/%m/%Y}", end=f"{c.end:%d/%m/%Y}",
                deadline=f"{c.deadline:%d/%m/%Y}",
                members=say_count(sizes[c.id], "cli.count.member", "cli.count.members"))
                + (say("cli.campaign.from", previous=c.previous) if c.previous else "")))
        return 0
    table = Table(box=box.SIMPLE)
    for column in ("cli.campaign.col.id", "cli.campaign.col.title",
                   "cli.campaign.col.period", "cli.campaign.col.year",
                   "cli.campaign.col.start", "cli.campaign.col.end",
                   "cli.campaign.col.deadline", "cli.campaign.col.members",
                   "cli.campaign.col.from"):
        table.add_column(say(column), no_wrap=column != "cli.campaign.col.title")
    for c in campaigns:
        table.add_row(*(safe(v) for v in (
            c.id, c.title, c.period.value, c.year, c.start.strftime("%d/%m/%Y"),
            c.end.strftime("%d/%m/%Y"), c.deadline.strftime("%d/%m/%Y"), sizes[c.id],
            c.previous or "")))
    console.print(table)
    return 0


def _targets_set(args: argparse.Namespace) -> int:
    pairs: list[tuple[str, str]] = []
    for pair in args.pairs:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise EmulationError.keyed("usage.target_pair", pair=pair, none=NO_TARGET_WORD)
        pairs.append((key.strip(), raw.strip()))
    with _writable(args) as ws:
        member = ws.bloc.member(args.member)
        indicators = ws.table_for(args.campaign, member.type).indicators if member else {}
        values: dict[str, Decimal | None] = {}
        clear: list[str] = []
        for key, raw in pairs:
            if raw.casefold() in (NO_TARGET_WORD, "không"):
                values[key] = NO_TARGET
            elif not raw:
                clear.append(key)
            else:
                indicator = indicators.get(key)
                values[key] = typed_number(raw, key, integer=bool(indicator and
                                                                  indicator.integer))
        print_changes(set_targets(ws, args.campaign, args.member, values, clear=clear),
                      f"{args.campaign}/{args.member}")
        missing = targets_not_entered(ws, args.campaign).get(args.member)
        if missing:
            Console(stderr=True, highlight=False).print(safe(say(
                "cli.targets.missing", member=args.member, none=NO_TARGET_WORD,
                keys=", ".join(missing))), soft_wrap=True)
    return 0
