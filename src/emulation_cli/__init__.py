"""The ``emulation`` command line. Every command has ``--help``; bad input exits with 2.

A read-only command run again on inputs that have not changed prints its kept output before
anything else is imported (:mod:`.output_cache`).
"""

from __future__ import annotations

import gc
import os
import sys
from functools import cache

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

    from rich.console import Console

    from emulation_core.messages import Language

    from .output_cache import Recording

__all__ = ["build_parser", "main"]

def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``emulation`` console script: run the command ``argv`` (by default
    the process's own arguments) and give its exit code."""
    program = argv is None
    words = list(sys.argv[1:] if argv is None else argv)
    recording = None
    if program:
        from .output_cache import recording_for, replayed

        if replayed(words):
            return 0
        recording = recording_for(words)
        # Starting allocates much and frees little: the collector waits until the command's
        # modules are imported and its arguments read (see _run).
        gc.disable()
    code = _run(words, program=program, recording=recording)
    if program:
        # The process ends now: keep the interpreter's last collection from walking all the
        # command built (the process's end frees it anyway).
        gc.freeze()
    return code


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser; given the ``command`` about to run, only the module that
    registers it is imported."""
    from .parser import build_parser as build

    return build(command)


def _run(words: list[str], *, program: bool = False, recording: Recording | None = None) -> int:
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
        if recording is None:
            code: int = args.func(args)
        else:
            with recording.capturing(args.workspace):
                code = args.func(args)
            recording.keep(code)
    except BrokenPipeError:  # the reader stopped early (`| head`): what it took was enough
        from .output_cache import silence_stdout

        silence_stdout()
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


@cache
def _stderr() -> Console:
    """The console errors are printed on (rich is imported only when there is one)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _error(message: str, flag: Language | None) -> None:
    from .output import labelled

    _stderr().print(labelled("error", message, flag), soft_wrap=True)
