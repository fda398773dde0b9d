"""Registration commands: ``register`` (registered content, signing date) and ``overlap``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table

from emulation_core.audit import AuditEntry
from emulation_core.errors import EmulationError
from emulation_core.overlap import OverlapGroup, late_changes, overlaps
from emulation_core.registering import register_content, sign_agreement
from emulation_core.registration import ContentKind, RegisteredItem, Registrations
from emulation_core.workspace import Workspace

from .audit_cmd import acting, add_as_option
from .language import say, say_count
from .output import safe
from .setup_cmd import print_changes, typed_date

__all__ = ["register"]

_TAG_MARK = "|"


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``register`` and ``overlap`` to the ``emulation`` parser."""
    p = commands.add_parser(
        "register", help="register content: movements, programmes, fields led",
        description="Add to (or remove from) a member's registered content for a campaign, "
                    "or record the agreement's signing date. A field may carry a tag: "
                    "--field 'Hiến máu tình nguyện|y tế'.")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("-c", "--campaign", required=True, metavar="C")
    p.add_argument("-m", "--member", metavar="M")
    for kind in ContentKind:
        p.add_argument(f"--{kind.value}", action="append", default=[], metavar="TEXT",
                       help=f"register a {kind.value} (repeatable; TEXT|TAG for a tag)")
    p.add_argument("--remove", action="append", default=[], metavar="TEXT",
                   help="remove the registered item with this text (repeatable)")
    p.add_argument("--signed", metavar="DATE", help="the agreement's signing date "
                                                    "(2026-02-15 or 15/02/2026)")
    add_as_option(p)
    p.set_defaults(func=_register)

    p = commands.add_parser(
        "overlap", help="content or fields registered by more than one member",
        description="Group registered items that match after Vietnamese-aware "
                    "normalisation, with who registered what, and list changes made after "
                    "the agreement was signed.")
    p.add_argument("workspace", type=Path, metavar="WORKSPACE")
    p.add_argument("-c", "--campaign", required=True, metavar="C")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_overlap)


def _items(args: argparse.Namespace) -> list[RegisteredItem]:
    found = []
    for kind in ContentKind:
        for raw in getattr(args, kind.value):
            text, _, tag = raw.partition(_TAG_MARK)
            if not text.strip():
                raise EmulationError.keyed("usage.register_no_text", kind=kind.value, raw=raw)
            found.append(RegisteredItem(kind, text, tag))
    return found


def _register(args: argparse.Namespace) -> int:
    items = _items(args)
    signed = typed_date(args.signed, "--signed") if args.signed is not None else None
    if (items or args.remove) and args.member is None:
        raise EmulationError.keyed("usage.register_member")
    if not items and not args.remove and signed is None:
        raise EmulationError.keyed("usage.register_nothing")
    with Workspace.open(args.workspace, writable=True, actor=acting(args)) as ws:
        with ws.transaction():
            changes = sign_agreement(ws, args.campaign, signed) if signed else []
            if items or args.remove:
                changes += register_content(ws, args.campaign, args.member, add=items,
                                            remove=args.remove)
        print_changes(changes, f"{args.campaign}/{args.member or 'registrations'}")
    return 0


def _overlap(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        ws.campaign(args.campaign)
        regs = ws.registrations.get(args.campaign) or Registrations(args.campaign)
        groups = overlaps(regs)
        late = late_changes(ws.path, regs)
        names = {m.id: m.short_name for m in ws.bloc.members}
    if args.format == "json":
        print(json.dumps(_records(regs, groups, late), ensure_ascii=False, indent=2))
        return 0
    console = Console(highlight=False)
    if not groups:
        console.print(safe(say("cli.register.no_overlap", campaign=args.campaign)))
    for number, group in enumerate(groups, 1):
        table = Table(title=safe(say("cli.register.group", number=number, label=group.label,
                                     count=len(group.members))),
                      box=box.SIMPLE, title_justify="left")
        for column in ("cli.register.col.member", "cli.register.col.kind",
                       "cli.register.col.text", "cli.register.col.tag"):
            table.add_column(say(column))
        for entry in group.entries:
            table.add_row(safe(names.get(entry.member, entry.member)),
                          safe(say(_KIND_KEYS[entry.item.kind])), safe(entry.item.text),
                          safe(entry.item.tag))
        console.print(table)
    if regs.signed is not None:
        console.print(safe(say_count(len(late), "cli.register.signed_one",
                                     "cli.register.signed", date=f"{regs.signed:%d/%m/%Y}")))
        for logged in late:
            console.print(safe(_late_line(logged)), soft_wrap=True)
    return 0


_KIND_KEYS = {ContentKind.MOVEMENT: "cli.register.kind.movement",
              ContentKind.PROGRAMME: "cli.register.kind.programme",
              ContentKind.FIELD: "cli.register.kind.field"}


def _late_line(logged: AuditEntry) -> str:
    """A registration change after the signing: when, who, the member, added or removed
    what (the item as the change log holds it, ``kind: text [tag]``, its kind said)."""
    change = logged.change
    item = str(change.new if change.new is not None else change.old or "")
    kind, sep, rest = item.partition(": ")
    if sep and kind in set(ContentKind):
        item = f"{say(_KIND_KEYS[ContentKind(kind)])}: {rest}"
    key = "cli.register.removed" if change.kind == "registration.removed" \
        else "cli.register.added"
    return say(key, at=f"{logged.at:%d/%m/%Y}", who=logged.by.name,
               member=change.member or "", item=item)


def _records(regs: Registrations, groups: list[OverlapGroup], late: list[AuditEntry],
             ) -> dict[str, Any]:
    return {
        "campaign": regs.campaign,
        "signed": regs.signed.isoformat() if regs.signed else None,
        "groups": [{"label": g.label, "members": list(g.members),
                    "entries": [{"member": e.member, "kind": e.item.kind.value,
                                 "text": e.item.text, "tag": e.item.tag}
                                for e in g.entries]} for g in groups],
        "changed_after_signing": [{"at": e.at.isoformat(), "by": e.by.name,
                                   "member": e.change.member, "kind": e.change.kind,
                                   "old": e.change.old, "new": e.change.new} for e in late],
    }
