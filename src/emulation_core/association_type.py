"""The association-type contract: what a plugin declares (the structural check run on every
plugin when it loads is in :mod:`.type_check`, discovery in :mod:`.plugins`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from attrs import field, frozen

from .criteria import Indicator, Section
from .model import Submission
from .scoring import Deriver
from .value_object import ValueObject

__all__ = ["API_VERSION", "AssociationType", "Validator"]

API_VERSION = 1

Validator = Callable[[Submission], Iterable[str]]


def _indicator_tuple(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return tuple(value)


def _key_set(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@frozen
class AssociationType(ValueObject):
    """What a plugin declares about one association type.

    ``section`` holds the type's core-task criteria with local codes (``"1"``, ``"2.1"``);
    a campaign places them in its per-type slot and prefixes the slot's code. ``derive``
    computes extra indicators from reported ones (e.g. a total from two amounts) and
    ``derived`` names the keys it returns; ``validate`` returns member-facing messages about
    a submission. The evidence a criterion requires is the criterion's own ``evidence``.
    """

    key: str
    name: str
    name_en: str
    api_version: int
    section: Section
    indicators: tuple[Indicator, ...] = field(default=(), converter=_indicator_tuple)
    derive: Deriver | None = None
    validate: Validator | None = None
    derived: frozenset[str] = field(default=frozenset(), converter=_key_set)

    @property
    def indicator_map(self) -> dict[str, Indicator]:
        return {i.key: i for i in self.indicators}

    @property
    def reported_indicators(self) -> tuple[Indicator, ...]:
        """The indicators a member reports (those the ``derive`` hook computes left out)."""
        return tuple(i for i in self.indicators if i.key not in self.derived)
