"""Argument set-ups several commands share: a campaign of a workspace, changed as someone,
and a command group run without its command."""

from __future__ import annotations

import argparse
from pathlib import Path

from .acting import add_as_option

__all__ = ["campaign_args", "usage"]


def campaign_args(parser: argparse.ArgumentParser) -> None:
    """``WS -c C [--as NAME]``: the workspace, the campaign changed, and who changes it."""
    parser.add_argument("workspace", type=Path, metavar="WS")
    parser.add_argument("-c", "--campaign", required=True, metavar="C")
    add_as_option(parser)


def usage(parser: argparse.ArgumentParser) -> int:
    """A command group run without a command: its help, exit code 2."""
    parser.print_help()
    return 2
