"""The cyclic garbage collector paused while a large bloc is scored.

Scoring 10,000 members builds a few hundred thousand lists, tuples and ints that form no
reference cycles, yet their allocation sets off the collector again and again, each pass
walking everything the process holds (about a sixth of a full score). :func:`paused`
turns it off for such a step and back on after it; it leaves it alone when the caller has
already turned it off (the UI does while it starts) and for small blocs.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["PAUSE_FROM", "paused"]

PAUSE_FROM = 1_000
"""Blocs of this many members or more are scored with the collector paused."""


@contextmanager
def paused(members: int) -> Iterator[None]:
    """Run the block with the collector off when ``members`` reaches :data:`PAUSE_FROM`."""
    if members < PAUSE_FROM or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
