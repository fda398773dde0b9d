"""The error deliberation refuses with: cross-scores, proposals and ballots."""

from __future__ import annotations

from .errors import EmulationError

__all__ = ["DeliberationError"]


class DeliberationError(EmulationError):
    """A cross-score, proposal or ballot that is refused; said from the message catalog."""

    def __init__(self, key: str, /, **values: object) -> None:
        self._say(key, **values)
