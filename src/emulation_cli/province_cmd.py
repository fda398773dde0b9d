"""``emulation province DIR…``: the province's roll-up of many blocs (docs/awards.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from emulation_core.errors import EmulationError
from emulation_core.messages import LANGUAGES, render
from emulation_core.reports.writing import write_export

from .language import LANG_VAR, error_language, explanation_language
from .output import labelled, safe

__all__ = ["register"]

_FORMATS = ("md", "json", "xlsx")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``emulation province`` to the ``emulation`` parser."""
    p = commands.add_parser(
        "province", help="the province's list over many blocs' workspaces",
        description="Read many workspaces (one bloc each) and list each bloc's leading "
                    "units and proposals, the Government-flag quota over all bloc leaders, "
                    "its candidates, and units proposed by more than one bloc. A folder "
                    "that cannot be read is named and left out; the rest are still listed "
                    "(exit code 2).")
    p.add_argument("workspaces", type=Path, nargs="+", metavar="DIR")
    p.add_argument("--year", type=int, metavar="Y", help="the year-end campaign of year Y "
                                                         "(default: each bloc's latest)")
    p.add_argument("--format", choices=_FORMATS,
                   help="md (default), json or xlsx; without it, -o FILE's suffix")
    p.add_argument("-o", "--output", type=Path, metavar="FILE",
                   help="write to FILE instead of standard output (xlsx needs it)")
    p.add_argument("--lang", choices=LANGUAGES,
                   help=f"language of headings and messages (default: ${LANG_VAR}, else vi)")
    p.set_defaults(func=_province)


def _format(args: argparse.Namespace) -> str:
    if args.format is not None:
        return str(args.format)
    suffix = args.output.suffix.lower().lstrip(".") if args.output is not None else ""
    return suffix if suffix in _FORMATS else "md"


def _province(args: argparse.Namespace) -> int:
    from emulation_core.province import province_rollup
    from emulation_core.provincetext import (
        other_shares_text,
        province_json,
        province_markdown,
    )

    lang, said = explanation_language(args.lang), error_language(args.lang)
    fmt = _format(args)
    if fmt == "xlsx" and args.output is None:
        raise EmulationError.keyed("usage.xlsx_needs_file")
    found = province_rollup(args.workspaces, args.year)
    errors = Console(stderr=True, highlight=False)
    for skipped in found.skipped:
        errors.print(labelled("error", skipped.text(said), args.lang), soft_wrap=True)
    if found.other_shares:
        errors.print(labelled("warning", other_shares_text(found, said), args.lang),
                     soft_wrap=True)
    if fmt == "xlsx":
        from emulation_core.provincebook import province_workbook

        data = province_workbook(found, lang)
    else:
        text = province_json(found) if fmt == "json" else province_markdown(found, lang)
        data = text.encode("utf-8")
    if args.output is None:
        print(data.decode("utf-8"), end="")
    else:
        write_export(args.output, data)
        Console(highlight=False).print(safe(render("province.written", lang,
                                                   path=args.output.resolve())))
    if found.skipped:
        errors.print(safe(render("province.left_out", said, count=len(found.skipped),
                                 read=len(found.blocs))), soft_wrap=True)
        return 2
    return 0
