"""The change log commands: ``audit verify``, ``audit log`` and ``audit whoami``."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from emulation_core.actor import Role
from emulation_core.audit import HEAD_FILE, LOG_FILE, AuditEntry, read_chain
from emulation_core.errors import EmulationError, WorkspaceNotFoundError
from emulation_core.journal import JOURNAL
from emulation_core.text import nfc
from emulation_core.trail import verify_workspace

from .acting import acting, add_as_option
from .arguments import usage
from .language import say, say_count
from .output import labelled, safe

__all__ = ["acting", "add_as_option", "register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``emulation audit …`` to the ``emulation`` parser."""
    audit = commands.add_parser("audit", help="check and read the change log",
                                description="Check and read the workspace's hash-chained "
                                            "change log (docs/workspace.md).")
    sub = audit.add_subparsers(title="audit commands", metavar="COMMAND")

    p = sub.add_parser("verify", help="check the change log and every file against it",
                       description="Check the chain of the change log and every tracked file "
                                   "against it. Exit 0 with the head hash and entry count, "
                                   "or 2 naming the first broken entry or file.")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--expect", metavar="HEAD",
                   help="a chain head recorded earlier (e.g. in the minutes): also check "
                        "that the log still holds it")
    p.set_defaults(func=_verify)

    p = sub.add_parser("log", help="print the history of changes",
                       description="Print the change log, oldest first; filters combine.")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("--campaign", "-c", metavar="C", help="only changes to campaign C")
    p.add_argument("--member", "-m", metavar="M", help="only changes to member M")
    p.add_argument("--code", metavar="CODE", help="only changes to criterion CODE")
    p.add_argument("--who", metavar="NAME", help="only changes by people whose name or role "
                                                  "contains NAME")
    p.add_argument("--since", metavar="DATE", help="only changes on or after DATE "
                                                   "(YYYY-MM-DD, or an ISO time; UTC)")
    p.add_argument("--kind", metavar="KIND", help="only changes of KIND, or of kinds "
                                                  "starting with KIND. (e.g. submission)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_log)

    p = sub.add_parser("whoami", help="show who changes are recorded as",
                       description="Show the person and role changes are recorded as "
                                   "(from --as, $EMULATION_AS or identity.toml).")
    add_as_option(p)
    p.set_defaults(func=_whoami)
    audit.set_defaults(func=lambda _: usage(audit))


def _workspace(path: Path) -> Path:
    if not os.path.lexists(path / "workspace.toml"):
        raise WorkspaceNotFoundError(path)
    return path


def _verify(args: argparse.Namespace) -> int:
    root = _workspace(args.workspace)
    err = Console(stderr=True, highlight=False)
    if not os.path.lexists(root / LOG_FILE) and not os.path.lexists(root / HEAD_FILE):
        _broken(err, say("cli.audit.no_log", file=LOG_FILE))
        return 2
    result = verify_workspace(root)
    if result.pending:
        _broken(err, say("cli.audit.pending", file=JOURNAL))
        return 2
    if result.broken is not None:
        _broken(err, str(result.broken))
        err.print(safe(say("cli.audit.before_broken", count=str(result.state.count))),
                  soft_wrap=True)
        return 2
    if args.expect and all(e.head != args.expect.strip().lower() for e in result.entries):
        _broken(err, say("cli.audit.no_head", file=LOG_FILE, head=args.expect))
        return 2
    for problem in result.files:
        _broken(err, str(problem))
    if result.files:
        err.print(safe(say_count(len(result.files), "cli.audit.file_differs",
                                 "cli.audit.files_differ")), soft_wrap=True)
        return 2
    count = result.state.count
    Console(highlight=False).print(safe(say(
        "cli.audit.checks_one" if count == 1 else "cli.audit.checks", root=str(root),
        count=str(count), head=result.state.head)), soft_wrap=True)
    return 0


def _broken(console: Console, message: str) -> None:
    console.print(labelled("broken", message), soft_wrap=True)


def _since(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise EmulationError.keyed("usage.since", text=text) from None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _matches(entry: AuditEntry, args: argparse.Namespace, since: dt.datetime | None) -> bool:
    change = entry.change
    who = nfc(args.who).casefold() if args.who else None
    kind = args.kind
    return all((
        args.campaign is None or change.campaign == args.campaign,
        args.member is None or change.member == args.member,
        args.code is None or change.code == args.code,
        who is None or who in entry.by.name.casefold() or who == entry.by.role.value,
        since is None or entry.at >= since,
        kind is None or change.kind == kind or change.kind.startswith(kind.rstrip(".") + "."),
    ))


def _log(args: argparse.Namespace) -> int:
    root = _workspace(args.workspace)
    since = _since(args.since)
    entries, _, broken = read_chain(root)
    shown = [e for e in entries if _matches(e, args, since)]
    if args.format == "json":
        sys.stdout.write(json.dumps([_record(e) for e in shown], ensure_ascii=False,
                                    indent=2) + "\n")
    else:
        _print_entries(shown)
    if broken is not None:
        err = Console(stderr=True, highlight=False)
        _broken(err, str(broken))
        err.print(say("cli.audit.trusted"), soft_wrap=True)
        return 2
    return 0


def _record(entry: AuditEntry) -> dict[str, Any]:
    change = entry.change
    return {
        "seq": entry.seq,
        "at": entry.at.isoformat(),
        "by": {"name": entry.by.name, "role": entry.by.role.value},
        "kind": change.kind,
        "campaign": change.campaign,
        "member": change.member,
        "code": change.code,
        "field": change.field,
        "old": change.old,
        "new": change.new,
        "reason": change.reason,
        "files": dict(change.files),
        "head": entry.head,
    }


_TABLE_FROM = 150
"""The width from which ``audit log`` prints one row per entry; narrower, each entry takes
a few lines (when, who, what; of what, old → new; reason) wrapped under its number."""


def _print_entries(entries: Iterable[AuditEntry]) -> None:
    console = Console()
    if console.width >= _TABLE_FROM:
        console.print(_table(entries))
    else:
        console.print(_lines(entries))


def _parts(entry: AuditEntry) -> tuple[str, str, str, str]:
    """When, who, what it changed (campaign, member, code, field) and old → new."""
    change = entry.change
    target = " ".join(p for p in (change.campaign, change.member, change.code,
                                  change.field) if p)
    values = "" if change.old is None and change.new is None else \
        f"{_shown(change.old)} → {_shown(change.new)}"
    return (entry.at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M"),
            f"{entry.by.name} ({_role(entry.by.role)})", target, values)


def _table(entries: Iterable[AuditEntry]) -> Table:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(say("cli.audit.col.when"), no_wrap=True)
    table.add_column(say("cli.audit.col.who"))
    table.add_column(say("cli.audit.col.what"), no_wrap=True)
    for name in ("cli.audit.col.of", "cli.audit.col.values", "cli.audit.col.reason"):
        table.add_column(say(name))
    for entry in entries:
        when, who, target, values = _parts(entry)
        table.add_row(str(entry.seq), when, safe(who), safe(entry.change.kind), safe(target),
                      safe(values), safe(entry.change.reason))
    return table


def _lines(entries: Iterable[AuditEntry]) -> Table:
    """Each entry under its number: when (UTC) · who · what, then of what: old → new, then
    the reason, each wrapped at the terminal's width."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(justify="right", no_wrap=True, min_width=4)
    grid.add_column(overflow="fold")
    for entry in entries:
        when, who, target, values = _parts(entry)
        body = Text(f"{when} UTC · ", style="dim")
        body.append(safe(who))
        body.append(" · ")
        body.append(safe(entry.change.kind, "bold"))
        if target or values:
            body.append("\n")
            body.append(safe(target + (": " if target and values else "") + values))
        if entry.change.reason:
            body.append("\n")
            body.append(safe(f"“{entry.change.reason}”", "italic"))
        grid.add_row(Text(str(entry.seq), style="bold"), body)
    return grid


def _shown(value: str | None) -> str:
    if value is None:
        return "–"
    return value[:12] + "…" if len(value) == 64 and value.isalnum() else value  # a SHA-256


def _whoami(args: argparse.Namespace) -> int:
    actor = acting(args)
    Console(highlight=False).print(safe(f"{actor.name} ({_role(actor.role)})"))
    return 0


_ROLES = {Role.LEAD: "cli.role.lead", Role.DEPUTY: "cli.role.deputy",
          Role.MEMBER: "cli.role.member", Role.OUTSIDE: "cli.role.outside",
          Role.UNSTATED: "cli.role.unstated"}


def _role(role: Role) -> str:
    """A role in the language of the command's sentences (``lead``; ``trưởng khối``)."""
    return say(_ROLES[role])
