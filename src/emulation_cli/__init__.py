"""The ``emulation`` command line. Every command has ``--help``; bad input exits with 2."""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from functools import cache
from importlib import import_module
from typing import TYPE_CHECKING, Any

from emulation_core import __version__

if TYPE_CHECKING:
    from rich.console import Console

    from emulation_core.messages import Language

__all__ = ["main"]

# The modules that register commands, in the order help lists them, and the commands each
# one registers: a run imports only its command's module (every module for help, --version
# or a name not listed here). A test keeps this table equal to what the modules register.
_MODULES = ("workspace_cmd", "ui_cmd", "plugins_cmd", "audit_cmd", "setup_cmd", "register_cmd",
            "review_cmd", "criteria_cmd", "forms_cmd", "export_cmd", "cross_cmd", "whatif_cmd",
            "awards_cmd", "minutes_cmd", "province_cmd")
_COMMANDS = {
    **dict.fromkeys(("init", "validate", "score", "rank"), "workspace_cmd"),
    **dict.fromkeys(("demo", "tui"), "ui_cmd"),
    "plugins": "plugins_cmd",
    "audit": "audit_cmd",
    **dict.fromkeys(("member", "leadership", "campaign", "targets"), "setup_cmd"),
    **dict.fromkeys(("register", "overlap"), "register_cmd"),
    **dict.fromkeys(("values", "submit", "return", "verify", "explain", "answer", "lock",
                      "unlock"), "review_cmd"),
    "criteria": "criteria_cmd",
    "forms": "forms_cmd",
    "export": "export_cmd",
    "cross": "cross_cmd",
    "whatif": "whatif_cmd",
    **dict.fromkeys(("awards", "meeting", "vote", "tally"), "awards_cmd"),
    "minutes": "minutes_cmd",
    "province": "province_cmd",
}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given the ``command`` about to run, only the module that
    registers it is imported."""
    parser = _Parser(
        prog="emulation",
        description="Run a Vietnamese emulation bloc (khối thi đua): score, rank, review.",
    )
    parser.add_argument("--version", action="version", version=f"emulation {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    home = _COMMANDS.get(command or "")
    for module in (home,) if home else _MODULES:
        import_module(f".{module}", __name__).register(commands)
    return parser


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, as wide as the terminal, found without importing shutil:
    argparse makes a formatter for every argument it adds (to check its metavar), and
    argparse's own way to the width imports shutil, which loads the bz2, lzma and zlib
    libraries a command never uses. The width is found as shutil finds it."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position,
                         _terminal_columns() - 2 if width is None else width)


def _terminal_columns() -> int:
    """``$COLUMNS`` if a positive number, else the width of the terminal standard output
    is on, else 80."""
    with contextlib.suppress(KeyError, ValueError):
        columns = int(os.environ["COLUMNS"])
        if columns > 0:
            return columns
    stdout = sys.__stdout__
    try:
        return (os.get_terminal_size(stdout.fileno()).columns if stdout else 0) or 80
    except (ValueError, OSError):  # not a terminal, or standard output closed
        return 80


class _Parser(argparse.ArgumentParser):
    """A parser whose help, and every subcommand's (their parsers are of its class), is laid
    out by :class:`_Formatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``emulation`` console script: run the command ``argv`` (by default
    the process's own arguments) and give its exit code."""
    program = argv is None
    words = list(sys.argv[1:] if argv is None else argv)
    if program:
        # Starting allocates much and frees little: the collector waits until the command's
        # modules are imported and its arguments read (see _run).
        gc.disable()
    code = _run(words, program=program)
    if program:
        # The process ends now: keep the interpreter's last collection from walking all the
        # command built (the process's end frees it anyway).
        gc.freeze()
    return code


def _run(words: list[str], *, program: bool = False) -> int:
    parser = build_parser(words[0] if words else None)
    args = parser.parse_args(words)
    if program:  # what the start built lives as long as the process: left out of collections
        gc.freeze()
        gc.enable()
    if not hasattr(args, "func"):
        parser.print_help()
        return 2
    flag = getattr(args, "lang", None)  # as typed: a command may set args.lang for itself
    try:
        code: int = args.func(args)
    except BrokenPipeError:  # the reader stopped early (`| head`): what it took was enough
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        return _failed(exc, flag)
    return code


def _failed(exc: Exception, flag: Language | None) -> int:
    """Say what went wrong in one line (or one per problem) and give the exit code. The
    library's errors are imported only here: `demo` and `tui` start the UI without them."""
    from emulation_core.errors import EmulationError, ValidationError

    from .language import error_language, say

    lang = error_language(flag)
    if isinstance(exc, ValidationError):
        count = len(exc.problems)
        for problem in exc.problems:
            _error(problem.text(lang), flag)
        _stderr().print(say("cli.problem_found" if count == 1 else "cli.problems_found",
                            flag, count=count))
        return 2
    if isinstance(exc, EmulationError):
        _error(exc.text(lang), flag)
        return 2
    if isinstance(exc, OSError):  # a disk full, a permission, a vanished folder
        where = f"{exc.filename}: " if exc.filename else ""
        _error(say("cli.os_error", where=where, reason=exc.strerror or str(exc)), flag)
        return 2
    if os.environ.get("EMULATION_DEBUG"):  # a bug: one line, the traceback for debugging
        raise exc
    _error(say("cli.bug", kind=type(exc).__name__, error=str(exc)), flag)
    return 1


def _silence_stdout() -> None:
    """Point standard output at nothing, so that the interpreter's final flush cannot fail."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


@cache
def _stderr() -> Console:
    """The console errors are printed on (rich is imported only when there is one)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _error(message: str, flag: Language | None) -> None:
    from .output import labelled

    _stderr().print(labelled("error", message, flag), soft_wrap=True)
