"""The ``emulation`` command line's parser: each command's module registers its commands, and
a run imports only the one it needs."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any, NoReturn

from emulation_core import __version__

__all__ = ["build_parser"]

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
        import_module(f".{module}", __package__).register(commands)
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
    out by :class:`_Formatter`, and whose refusals are said in the language of errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._words: list[str] = []

    def parse_known_args(self, args: Sequence[str] | None = None,  # type: ignore[override]
                         namespace: argparse.Namespace | None = None,
                         ) -> tuple[argparse.Namespace, list[str]]:
        self._words = list(sys.argv[1:] if args is None else args)
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        from .usage_errors import usage_refusal

        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {usage_refusal(message, self._words)}\n")
