"""Who a command that changes the workspace acts as: the ``--as`` option and its reading."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from emulation_core.actor import Actor

__all__ = ["acting", "add_as_option"]


def add_as_option(parser: argparse.ArgumentParser) -> None:
    """Give a command that changes the workspace the ``--as NAME`` option."""
    parser.add_argument("--as", dest="as_", metavar="NAME",
                        help="who makes the change: NAME or ROLE:NAME, ROLE one of lead, "
                             "deputy, member (default: $EMULATION_AS, else identity.toml)")


def acting(args: argparse.Namespace) -> Actor:
    """The person a command acts as: ``--as``, else ``$EMULATION_AS``, else identity.toml."""
    from emulation_core.actor import resolve_actor  # a command that only reads never needs it

    return resolve_actor(getattr(args, "as_", None))
