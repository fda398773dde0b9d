"""``emulation cross form`` and ``cross import``: scorers' XLSX sheets, made and imported like
member forms (docs/awards.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

from emulation_core.awarderrors import DeliberationError
from emulation_core.errors import EmulationError
from emulation_core.messages import LANGUAGES, render
from emulation_core.reports.writing import write_export
from emulation_core.workspace import Workspace

from .arguments import campaign_args
from .audit_cmd import acting
from .language import LANG_VAR, error_language, explanation_language, say
from .output import labelled, safe

__all__ = ["register_form_commands"]


def register_form_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``cross form`` and ``cross import`` to the ``cross`` parser."""
    p = sub.add_parser("form", help="scorers' sheets as XLSX, to fill in",
                       description="Write a scorer's form (-s S -o FILE.xlsx), or every "
                                   "scorer's form into a folder (--out DIR): each member and "
                                   "judged criterion it is assigned, with the maximum and "
                                   "step; fill the points, or a reason to abstain.")
    campaign_args(p)
    p.add_argument("-s", "--scorer", metavar="S", help="only this scorer's form (with -o)")
    p.add_argument("-o", "--output", type=Path, metavar="FILE.xlsx")
    p.add_argument("--out", type=Path, metavar="DIR", help="the folder for every scorer's "
                                                            "form (default: the current one)")
    p.add_argument("--lang", choices=LANGUAGES,
                   help=f"language of the form's headings (default: ${LANG_VAR}, else vi)")
    p.set_defaults(func=_form)

    p = sub.add_parser("import", help="enter filled scorers' sheets",
                       description="Enter every filled row of each scorer's form, one "
                                   "recorded step per form, or nothing of a form with a "
                                   "wrong row (each named); the other forms are entered.")
    campaign_args(p)
    p.add_argument("forms", type=Path, nargs="+", metavar="FILE.xlsx")
    p.set_defaults(func=_import)


def _say(text: str) -> None:
    Console(highlight=False).print(safe(text), soft_wrap=True)


def _form(args: argparse.Namespace) -> int:
    from emulation_core.crossforms import make_scorer_forms, scorer_form

    lang = explanation_language(args.lang)
    if args.scorer is None:
        if args.output is not None:
            raise DeliberationError("crossform.one_form")
        folder = args.out or Path(".")
        if not folder.is_dir():
            raise DeliberationError("crossform.no_folder", folder=str(folder))
        with Workspace.open(args.workspace) as ws:
            ws.campaign(args.campaign)
            written = make_scorer_forms(ws, args.campaign, folder, lang)
        _say(say("cli.crossform.written", args.lang, count=len(written),
                 folder=str(folder.resolve())))
        return 0
    if args.output is None or args.out is not None:
        raise DeliberationError("crossform.needs_output")
    if args.output.suffix.lower() != ".xlsx":
        raise DeliberationError("crossform.suffix", path=str(args.output))
    with Workspace.open(args.workspace) as ws:
        ws.campaign(args.campaign)
        data = scorer_form(ws, args.campaign, args.scorer, lang)
    write_export(args.output, data)
    _say(say("cli.crossform.one_written", args.lang, scorer=args.scorer,
             path=str(args.output)))
    return 0


def _import(args: argparse.Namespace) -> int:
    from emulation_core.crossforms import import_scorer_form

    lang = error_language(None)
    errors = Console(stderr=True, highlight=False)
    refused = 0
    with Workspace.open(args.workspace, writable=True, actor=acting(args)) as ws:
        ws.campaign(args.campaign)
        for form in args.forms:
            try:
                count = import_scorer_form(ws, args.campaign, form)
            except EmulationError as error:
                if len(args.forms) == 1:
                    raise
                refused += 1
                text = error.text(lang)  # names the form and row; else name it here
                for line in text.splitlines() if form.name in text else [f"{form}: {text}"]:
                    errors.print(labelled("error", line), soft_wrap=True)
                continue
            _say(render("cli.crossform.entered", lang, campaign=args.campaign, count=count,
                        form=form.name))
    if refused:
        errors.print(safe(render("crossform.refused", lang, refused=refused,
                                 count=len(args.forms))), soft_wrap=True)
        return 2
    return 0
