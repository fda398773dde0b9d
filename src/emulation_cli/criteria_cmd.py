"""``emulation criteria import`` / ``export`` / ``template``: a campaign's criteria table
from and to a spreadsheet (the layout of docs/forms.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from attrs import evolve
from rich import box
from rich.console import Console
from rich.table import Table

from emulation_core.atomic import atomic_write
from emulation_core.changes import campaign_changes
from emulation_core.criteria import CriteriaTable, Criterion, Node
from emulation_core.criteria_xlsx import criteria_workbook, parameters_text, workbook_data
from emulation_core.criteria_xlsx_read import read_criteria_file
from emulation_core.errors import EmulationError
from emulation_core.numbers import format_points
from emulation_core.templates import criteria_template_path
from emulation_core.workspace import Workspace

from .arguments import usage
from .audit_cmd import acting, add_as_option
from .language import say
from .output import safe
from .setup_cmd import print_changes

__all__ = ["register"]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``criteria`` and its verbs to the ``emulation`` parser."""
    criteria = commands.add_parser("criteria", help="a campaign's criteria table as XLSX",
                                   description="Bring a campaign's criteria table in from a "
                                               "spreadsheet, or write it out to one.")
    sub = criteria.add_subparsers(title="criteria commands", metavar="COMMAND")
    p = sub.add_parser("import", help="replace a campaign's table with one from an XLSX file",
                       description="Read the table from FILE.xlsx (layout: docs/forms.md), "
                                   "report every problem by sheet and cell, show the table, "
                                   "and save it only when it is valid (the checks of "
                                   "opening; recorded in the change log).")
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("-c", "--campaign", required=True, metavar="C")
    p.add_argument("file", type=Path, metavar="FILE.xlsx")
    p.add_argument("--check", action="store_true",
                   help="show the table and what would change; save nothing")
    add_as_option(p)
    p.set_defaults(func=_import)

    p = sub.add_parser("export", help="write a campaign's table to an XLSX file",
                       description="Write the campaign's table in the layout that 'criteria "
                                   "import' reads, so that it round-trips unchanged.")
    p.add_argument("workspace", type=Path, metavar="WS")
    p.add_argument("-c", "--campaign", required=True, metavar="C")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    p.set_defaults(func=_export)

    p = sub.add_parser("template", help="write the blank criteria template (an example table)",
                       description="Copy the template that ships with emulation: the layout "
                                   "with a small example table and instructions.")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.xlsx")
    p.set_defaults(func=_template)
    criteria.set_defaults(func=lambda _: usage(criteria))


def _known_types(ws: Workspace) -> set[str]:
    return set(ws.registry.types) | {m.type for m in ws.bloc.members}


def _import(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace, writable=not args.check, actor=acting(args)) as ws:
        campaign = ws.campaign(args.campaign)
        table = read_criteria_file(args.file, str(args.file), _known_types(ws))
        show_table(table)
        new = evolve(campaign, table=table)
        changes = campaign_changes(campaign, new)
        what = say("cli.criteria.of", campaign=args.campaign)
        if args.check:
            print_changes(changes, what)
            Console(highlight=False).print(say("cli.criteria.checked"))
            return 0
        ws.save_campaign(new)
        print_changes(changes, what)
    return 0


def _export(args: argparse.Namespace) -> int:
    with Workspace.open(args.workspace) as ws:
        table = ws.campaign(args.campaign).table
    _write(args.output, workbook_data(criteria_workbook(table)))
    count = sum(1 for _ in table.leaves())
    Console(highlight=False).print(safe(say("cli.criteria.exported", criteria=count,
                                            indicators=len(table.indicators),
                                            path=str(args.output.resolve()))),
                                   soft_wrap=True)
    return 0


def _template(args: argparse.Namespace) -> int:
    _write(args.output, criteria_template_path().read_bytes())
    Console(highlight=False).print(safe(say("cli.criteria.template",
                                            path=str(args.output.resolve()))), soft_wrap=True)
    return 0


def _write(path: Path, data: bytes) -> None:
    if path.suffix.lower() != ".xlsx":
        raise EmulationError.keyed("usage.xlsx_name", path=path)
    if path.is_dir():
        raise EmulationError.keyed("usage.xlsx_is_folder", path=path)
    atomic_write(path, data)


def show_table(table: CriteriaTable) -> None:
    """The table as it will be saved: one row per section and criterion."""
    view = Table(box=box.SIMPLE_HEAD, title=say(
        "cli.criteria.title", criteria=sum(1 for _ in table.leaves()),
        indicators=len(table.indicators), nominal=format_points(table.nominal)))
    for heading in ("cli.criteria.col.code", "cli.criteria.col.title", "cli.criteria.col.max",
                    "cli.criteria.col.rule", "cli.criteria.col.detail",
                    "cli.criteria.col.applies"):
        view.add_column(say(heading), justify="right" if heading.endswith(".max") else "left")

    def add(node: Node, depth: int) -> None:
        applies = ", ".join(sorted(node.applies_to))
        if isinstance(node, Criterion):
            rule = node.rule
            detail = " ".join(filter(None, (getattr(rule, "indicator", ""),
                                            parameters_text(rule))))
            view.add_row(safe(node.code), safe("  " * depth + node.title),
                         format_points(node.max_points), rule.kind, safe(detail), safe(applies))
            return
        maximum = "" if node.max_points is None else format_points(node.max_points)
        view.add_row(safe(node.code), safe("  " * depth + node.title), maximum,
                     say("cli.criteria.per_type") if node.per_type else "", "", safe(applies),
                     style="bold")
        for child in node.children:
            add(child, depth + 1)

    for section in table.sections:
        add(section, 0)
    Console(highlight=False).print(view)
