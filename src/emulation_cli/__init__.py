"""The ``emulation`` command line. Every command has ``--help``; bad input exits with 2."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from rich.console import Console
from rich.text import Text

from emulation_core import __version__
from emulation_core.errors import EmulationError, ValidationError

from . import (
    audit_cmd,
    awards_cmd,
    criteria_cmd,
    cross_cmd,
    export_cmd,
    forms_cmd,
    minutes_cmd,
    plugins_cmd,
    province_cmd,
    register_cmd,
    review_cmd,
    setup_cmd,
    whatif_cmd,
    workspace_cmd,
)
from .language import error_language
from .output import safe

__all__ = ["main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="emulation",
        description="Run a Vietnamese emulation bloc (khối thi đua): score, rank, review.",
    )
    parser.add_argument("--version", action="version", version=f"emulation {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    workspace_cmd.register(commands)
    plugins_cmd.register(commands)
    audit_cmd.register(commands)
    setup_cmd.register(commands)
    register_cmd.register(commands)
    review_cmd.register(commands)
    criteria_cmd.register(commands)
    forms_cmd.register(commands)
    export_cmd.register(commands)
    cross_cmd.register(commands)
    whatif_cmd.register(commands)
    awards_cmd.register(commands)
    minutes_cmd.register(commands)
    province_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``emulation`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    err = Console(stderr=True, highlight=False)
    lang = error_language(getattr(args, "lang", None))
    try:
        code: int = args.func(args)
    except ValidationError as exc:
        count = len(exc.problems)
        for problem in exc.problems:
            _error(err, problem.text(lang))
        err.print(f"{count} problem{'s' if count != 1 else ''} found; nothing was changed.")
        return 2
    except EmulationError as exc:
        _error(err, exc.text(lang))
        return 2
    except BrokenPipeError:  # the reader stopped early (`| head`): what it took was enough
        _silence_stdout()
        return 0
    except OSError as exc:  # a disk full, a permission, a vanished folder
        where = f"{exc.filename}: " if exc.filename else ""
        _error(err, f"{where}{exc.strerror or exc}; check the path and its permissions")
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback for debugging
        if os.environ.get("EMULATION_DEBUG"):
            raise
        _error(err, f"unexpected {type(exc).__name__}: {exc}. This is a bug in emulation; "
                    "rerun with EMULATION_DEBUG=1 to see the details, and report them.")
        return 1
    return code


def _silence_stdout() -> None:
    """Point standard output at nothing, so that the interpreter's final flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _error(console: Console, message: str) -> None:
    console.print(Text.assemble(("error", "bold red"), ": ", safe(message)), soft_wrap=True)
